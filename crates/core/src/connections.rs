//! Saved connections, wherever they live: a router over the homes ([`crate::home`]). A name is
//! looked up on this computer first, then in the team store this machine uses; which home a
//! connection is in is derived from where it is found, never saved. Both the app and the CLI go
//! through here.

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use serde::Serialize;

use crate::connection::{self, Connection};
use crate::connection_book::not_found;
use crate::connection_book::NewConnections;
use crate::error::{Error, FileStoreError, InputError, Result, StoreError, TeamError};
use crate::home::local::LocalHome;
use crate::home::{Damaged, Home};
use crate::http::HttpClient;
use crate::oauth::accounts::AccountsServers;
use crate::registration::WizardInput;
use crate::rules;
use crate::secret::{ClientSecret, Passphrase, TeamToken};
use crate::secret_store::{Backend, EntryName, Place, SecretKind, SecretStore};
use crate::team::auth::TeamCredentials;
use crate::team::home::TeamHome;
use crate::team::settings::TeamSettings;
use crate::token_cache::{CachedToken, Want};
use crate::updates::Updates;

/// What a new connection is made of, apart from its secret.
#[derive(Debug, Clone)]
pub struct NewConnection {
    pub name: String,
    pub client_id: String,
    pub input: WizardInput,
}

/// The outcome of saving a secret, for "Saved in {store} · ••••abcd".
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedSecret {
    pub connection: Connection,
    pub stored_in: &'static str,
    pub secret_last4: String,
    /// Shape warnings about the client ID or secret (saved all the same).
    pub warnings: Vec<crate::note::Note>,
}

/// The active secret store, as shown to the user.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoreStatus {
    /// Where new connections' secrets go: this computer's store, or the team store.
    pub active: Place,
    /// This computer's store (for connections made here).
    pub local: Backend,
    pub description: &'static str,
    pub label: &'static str,
    /// Whether the encrypted file exists (so choosing it asks for the passphrase once, not twice).
    pub file_exists: bool,
    pub file_path: PathBuf,
    /// Whether the encrypted file's passphrase was entered in this process.
    pub unlocked: bool,
    /// The team store this machine is set up for, if any.
    pub team: Option<TeamSettings>,
}

/// What checking a new connection found: problems that block saving, warnings that do not.
#[derive(Debug, Default)]
pub struct NewConnectionCheck {
    pub problems: Vec<InputError>,
    pub warnings: Vec<crate::note::Note>,
}

impl NewConnectionCheck {
    /// The check in the shape a UI shows next to its fields.
    pub fn report(&self) -> CheckReport {
        CheckReport {
            problems: self
                .problems
                .iter()
                .map(|e| Error::from(e.clone()).to_problem())
                .collect(),
            warnings: self.warnings.clone(),
        }
    }
}

/// A [`NewConnectionCheck`], serialisable.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub problems: Vec<crate::Problem>,
    pub warnings: Vec<crate::note::Note>,
}

/// Makes the HTTP client a team store is reached through (its own CA, its own timeouts).
pub type TeamHttp = Arc<dyn Fn(&TeamSettings) -> Result<Arc<dyn HttpClient>> + Send + Sync>;

/// Every connection the homes hold, with what could not be read.
#[derive(Debug, Default)]
pub struct Overview {
    pub connections: Vec<Connection>,
    /// Connections a home holds but will not use (a damaged team record).
    pub damaged: Vec<Damaged>,
    /// A home that could not be read at all (the team store sealed, or away).
    pub unreadable: Vec<Error>,
}

/// What choosing a team store found.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamCheck {
    pub address: String,
    /// How many connections the team store already holds.
    pub connections: usize,
    /// Where the token came from (never the token).
    pub token_source: crate::team::auth::TokenSource,
}

/// Connections and their secrets: those in one config folder, and those in the team store it
/// names.
pub struct Connections {
    local: Arc<LocalHome>,
    team_credentials: RwLock<TeamCredentials>,
    /// The team home, once connected in this process.
    team: RwLock<Option<Arc<TeamHome>>>,
    team_http: TeamHttp,
    /// The accounts servers a record may name.
    accounts: AccountsServers,
}

impl std::fmt::Debug for Connections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connections")
            .field("dir", &self.dir())
            .field("unlocked", &self.is_unlocked())
            .finish_non_exhaustive()
    }
}

impl Connections {
    pub fn new(dir: &Path, keychain: Arc<dyn SecretStore>) -> Self {
        Connections {
            local: Arc::new(LocalHome::new(dir, keychain)),
            team_credentials: RwLock::new(TeamCredentials::default()),
            team: RwLock::new(None),
            team_http: Arc::new(|settings: &TeamSettings| crate::team::http_client(settings)),
            accounts: AccountsServers::dc_table(),
        }
    }

    /// Where the agent listens (`zcw unlock`): the encrypted file is used through it when
    /// this process has not unlocked the store itself.
    pub fn with_agent_socket(mut self, socket: PathBuf) -> Self {
        self.local_while_built().set_agent_socket(socket);
        self
    }

    /// The scrypt work factor for the encrypted file's key (`Config::scrypt_work_factor`).
    pub fn with_scrypt_work_factor(mut self, log_n: Option<u8>) -> Self {
        self.local_while_built().set_scrypt_work_factor(log_n);
        self
    }

    fn local_while_built(&mut self) -> &mut LocalHome {
        Arc::get_mut(&mut self.local)
            .expect("the local home is not shared while the connections are built")
    }

    /// The accounts servers records are checked against (the configuration's).
    pub fn with_accounts(mut self, accounts: AccountsServers) -> Self {
        self.accounts = accounts;
        self
    }

    /// How the team store is reached (tests: canned answers).
    pub fn with_team_http(mut self, team_http: TeamHttp) -> Self {
        self.team_http = team_http;
        self
    }

    /// Where a team store's token may come from.
    pub fn with_team_credentials(self, credentials: TeamCredentials) -> Self {
        *self
            .team_credentials
            .write()
            .unwrap_or_else(PoisonError::into_inner) = credentials;
        self
    }

    /// The running agent, if there is one.
    pub fn agent(&self) -> Option<crate::agent::protocol::AgentInfo> {
        self.local
            .agent_socket()
            .and_then(crate::agent::client::ping)
    }

    fn credentials(&self) -> TeamCredentials {
        self.team_credentials
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn connect_team(
        &self,
        settings: &TeamSettings,
        credentials: &TeamCredentials,
    ) -> Result<Arc<TeamHome>> {
        Ok(Arc::new(TeamHome::connect(
            settings,
            credentials,
            (self.team_http)(settings)?,
            self.accounts.clone(),
            self.dir().to_path_buf(),
        )?))
    }

    /// The team home, or `None` when this machine has none; connected once per process.
    fn team_home(&self) -> Result<Option<Arc<TeamHome>>> {
        let Some(settings) = self.local.book()?.team else {
            return Ok(None);
        };
        let connected = self
            .team
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        if let Some(team) = connected.filter(|team| *team.settings() == settings) {
            return Ok(Some(team));
        }
        let team = self.connect_team(&settings, &self.credentials())?;
        *self.team.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&team));
        Ok(Some(team))
    }

    /// The homes, this computer's first.
    fn homes(&self) -> Result<Vec<Arc<dyn Home>>> {
        let mut homes: Vec<Arc<dyn Home>> = vec![Arc::clone(&self.local) as Arc<dyn Home>];
        if let Some(team) = self.team_home()? {
            homes.push(team);
        }
        Ok(homes)
    }

    /// The home new connections go to.
    pub(crate) fn active_home(&self) -> Result<Arc<dyn Home>> {
        if self.local.book()?.new_connections == NewConnections::Team {
            return Ok(self.team_home()?.ok_or(TeamError::NotSetUp)?);
        }
        Ok(Arc::clone(&self.local) as Arc<dyn Home>)
    }

    /// Fails now, as saving would, when the active store cannot take secrets yet (the encrypted
    /// file store still needs its passphrase): for work that cannot be repeated, such as
    /// exchanging a one-time code, before it is done.
    pub fn ensure_ready_to_save(&self) -> Result<()> {
        let book = self.local.book()?;
        if book.new_connections == NewConnections::Here {
            self.local
                .store(book.secret_store)?
                .get(&EntryName::probe())?;
        }
        Ok(())
    }

    /// A connection and the home it lives in (one look-up for both).
    pub fn locate(&self, name: &str) -> Result<(Connection, Arc<dyn Home>)> {
        if let Some(connection) = self.local.find(name)? {
            return Ok((connection, Arc::clone(&self.local) as Arc<dyn Home>));
        }
        if let Some(team) = self.team_home()? {
            if let Some(connection) = team.find(name)? {
                return Ok((connection, team));
            }
        }
        Err(not_found(name))
    }

    /// Makes a team store the store for new connections: connects, checks that the token may
    /// list its connections, then saves the settings. Existing connections stay where they are.
    pub fn use_team(&self, settings: TeamSettings) -> Result<TeamCheck> {
        self.use_team_with(settings, None)
    }

    /// [`Connections::use_team`] with a token the user typed (kept for this process only, and
    /// tried before any other).
    pub fn use_team_with(
        &self,
        settings: TeamSettings,
        token: Option<TeamToken>,
    ) -> Result<TeamCheck> {
        // Another team store (or another way in): the AppRole token kept for the one left goes.
        if self.local.book()?.team.as_ref() != Some(&settings) {
            crate::team::token_sink::remove(&crate::team::token_sink::path_in(self.dir()));
        }
        let mut credentials = self.credentials();
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            credentials.entered = Some(secrecy::SecretString::from(token.expose().to_string()));
        }
        let team = self.connect_team(&settings, &credentials)?;
        let connections = team.check()?;
        let check = TeamCheck {
            address: settings.shown_addresses(),
            connections,
            token_source: team.token_source().clone(),
        };
        self.local.update_book(|book| {
            book.team = Some(settings);
            book.new_connections = NewConnections::Team;
            Ok(())
        })?;
        *self
            .team_credentials
            .write()
            .unwrap_or_else(PoisonError::into_inner) = credentials;
        *self.team.write().unwrap_or_else(PoisonError::into_inner) = Some(team);
        Ok(check)
    }

    /// Whether a name is taken in any home (ignoring case).
    pub(crate) fn name_taken(&self, name: &str) -> Result<bool> {
        for home in self.homes()? {
            if home.name_taken(name)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn dir(&self) -> &Path {
        self.local.dir()
    }

    /// This computer's keychain these connections use (for "Check this computer").
    pub fn keychain(&self) -> Arc<dyn SecretStore> {
        self.local.keychain()
    }

    /// Opens the encrypted file with its passphrase, once for this process. A wrong
    /// passphrase leaves it locked.
    pub fn unlock(&self, passphrase: Passphrase) -> Result<()> {
        self.local.unlock(passphrase, false)
    }

    /// Changes the encrypted file's passphrase: `current` opens it, and only its key is
    /// wrapped again in `new` (the secrets file is not rewritten; an agent keeps working).
    pub fn change_file_passphrase(&self, current: Passphrase, new: &Passphrase) -> Result<()> {
        self.local.change_passphrase(current, new)
    }

    /// Forgets the passphrase.
    pub fn lock(&self) {
        self.local.lock();
    }

    pub fn is_unlocked(&self) -> bool {
        self.local.is_unlocked()
    }

    /// The store holding a connection's secrets.
    pub fn store_of(&self, connection: &Connection) -> Result<Arc<dyn SecretStore>> {
        let (current, home) = self.locate(&connection.name)?;
        home.secrets(&current)
    }

    /// Changes a connection's metadata, in its home (under the file lock here, with
    /// check-and-set in the team store, where `change` runs again if another machine wrote first).
    pub fn update<T>(&self, name: &str, mut change: impl FnMut(&mut Connection) -> T) -> Result<T> {
        let (_, home) = self.locate(name)?;
        let mut result = None;
        let found = home.update(name, &mut |connection| result = Some(change(connection)))?;
        match (found, result) {
            (true, Some(result)) => Ok(result),
            _ => Err(not_found(name)),
        }
    }

    pub fn store_status(&self) -> Result<StoreStatus> {
        let book = self.local.book()?;
        let local = book.secret_store;
        let active = match book.new_connections {
            NewConnections::Here => Place::from(local),
            NewConnections::Team => Place::TeamStore,
        };
        let file_path = self.local.file_store_path();
        Ok(StoreStatus {
            active,
            local,
            description: active.describe(),
            label: active.label(),
            file_exists: file_path.exists(),
            file_path,
            unlocked: self.is_unlocked()
                || (local == Backend::EncryptedFile && self.agent().is_some()),
            team: book.team,
        })
    }

    /// Makes `backend` the store for new secrets. The encrypted file is created (or its passphrase
    /// checked) first, and stays unlocked. Existing connections keep their secrets where they are.
    pub fn use_store(&self, backend: Backend, passphrase: Option<Passphrase>) -> Result<()> {
        if backend == Backend::EncryptedFile {
            match passphrase {
                Some(passphrase) => self.local.unlock(passphrase, true)?,
                None if self.is_unlocked() => {}
                None => return Err(FileStoreError::PassphraseNeeded.into()),
            }
        }
        self.local.update_book(|book| {
            book.secret_store = backend;
            book.new_connections = NewConnections::Here;
            Ok(())
        })
    }

    /// How long a copied secret stays on the clipboard (`None`: until something else is copied).
    pub fn clipboard_clear_after(&self) -> Result<Option<std::time::Duration>> {
        let secs = self.local.book()?.clipboard_clear_secs;
        Ok((secs > 0).then(|| std::time::Duration::from_secs(secs)))
    }

    /// Sets it (0 keeps copies until something else is copied).
    pub fn set_clipboard_clear_secs(&self, secs: u64) -> Result<()> {
        self.local.update_book(|book| {
            book.clipboard_clear_secs = secs;
            Ok(())
        })
    }

    /// The app's language as chosen in it (`None`: the operating system's). The app checks it is
    /// one of its own before using it.
    pub fn language(&self) -> Result<Option<String>> {
        Ok(self.local.book()?.language)
    }

    /// Keeps the language chosen in the app (`None`: follow the operating system again).
    pub fn set_language(&self, tag: Option<String>) -> Result<()> {
        self.local.update_book(|book| {
            book.language = tag;
            Ok(())
        })
    }

    /// The update settings and what the app last found.
    pub fn updates(&self) -> Result<Updates> {
        Ok(self.local.book()?.updates)
    }

    /// Changes the update settings or records a look; returns them as kept.
    pub fn change_updates(&self, change: impl FnOnce(&mut Updates)) -> Result<Updates> {
        let mut kept = Updates::default();
        self.local.update_book(|book| {
            change(&mut book.updates);
            kept = book.updates.clone();
            Ok(())
        })?;
        Ok(kept)
    }

    /// Every connection in every home that could be read: this computer's, then the team
    /// store's (a local one shadows a team one of the same name).
    pub fn list(&self) -> Result<Vec<Connection>> {
        let overview = self.overview()?;
        Ok(overview.connections)
    }

    /// Every connection, the damaged ones, and the homes that could not be read. Fails only when
    /// this computer's own connections file cannot be read.
    /// Deletes a damaged team record (see [`TeamHome::delete_damaged`]); whether it did.
    pub fn delete_damaged(&self, name: &str) -> Result<bool> {
        match self.team_home()? {
            Some(team) => team.delete_damaged(name),
            None => Ok(false),
        }
    }

    pub fn overview(&self) -> Result<Overview> {
        let mut overview = Overview {
            connections: self.local.list()?.connections,
            ..Overview::default()
        };
        let team = match self.team_home() {
            Ok(team) => team,
            Err(e) => {
                overview.unreadable.push(e);
                None
            }
        };
        if let Some(team) = team {
            match team.list() {
                Ok(listed) => {
                    for shared in listed.connections {
                        if !overview
                            .connections
                            .iter()
                            .any(|c| c.name.eq_ignore_ascii_case(&shared.name))
                        {
                            overview.connections.push(shared);
                        }
                    }
                    overview.damaged = listed.damaged;
                }
                Err(e) => overview.unreadable.push(e),
            }
        }
        Ok(overview)
    }

    pub fn get(&self, name: &str) -> Result<Connection> {
        Ok(self.locate(name)?.0)
    }

    /// A connection of this computer and its home, if the name is one (no team request).
    pub fn locate_here(&self, name: &str) -> Result<Option<(Connection, Arc<dyn Home>)>> {
        Ok(self
            .local
            .find(name)?
            .map(|connection| (connection, Arc::clone(&self.local) as Arc<dyn Home>)))
    }

    /// A team connection's cached token, with one read of the team store, when `want` takes it;
    /// `None` when the full token path must run.
    pub fn quick_team_token(&self, name: &str, want: Want) -> Result<Option<CachedToken>> {
        match self.team_home()? {
            Some(team) => team.quick_token(name, want),
            None => Ok(None),
        }
    }

    /// A connection for a details screen: with when its cached access token expires, as its
    /// home keeps it (for a team connection, whichever machine refreshed it last). Best effort:
    /// a store that needs its passphrase first still shows the connection.
    pub fn details(&self, name: &str) -> Result<Connection> {
        let (mut connection, home) = self.locate(name)?;
        if connection.signed_in.is_some() {
            if let Ok(cached) = home.cached(&connection) {
                if let (Some(signed_in), Some(token)) =
                    (connection.signed_in.as_mut(), cached.token)
                {
                    signed_in.access_expires_at = token.expires_at;
                }
            }
        }
        Ok(connection)
    }

    /// A free name suggested from a client name.
    pub fn suggest_name(&self, client_name: &str) -> Result<String> {
        let names: Vec<String> = self.list()?.into_iter().map(|c| c.name).collect();
        Ok(connection::suggest_name(client_name, &names))
    }

    /// Checks a new connection without saving it: every problem, and shape warnings. Fails only
    /// when the connections file cannot be read.
    pub fn check_new(
        &self,
        new: &NewConnection,
        secret: Option<&ClientSecret>,
    ) -> Result<NewConnectionCheck> {
        let mut check = NewConnectionCheck::default();
        match rules::connection_name(&new.name) {
            Ok(name) if self.name_taken(&name)? => {
                check.problems.push(InputError::ConnectionExists { name });
            }
            Ok(_) => {}
            Err(e) => check.problems.push(e),
        }
        match rules::client_id(&new.client_id) {
            Ok((_, warning)) => check.warnings.extend(warning),
            Err(e) => check.problems.push(e),
        }
        if let Some(secret) = secret {
            match rules::client_secret(secret.expose()) {
                Ok(warning) => check.warnings.extend(warning),
                Err(e) => check.problems.push(e),
            }
        }
        if let Err(problems) = new.input.plan() {
            check.problems.extend(problems);
        }
        Ok(check)
    }

    /// Settles changes the keychain may have finished after they timed out.
    pub fn reconcile(&self) -> Result<()> {
        self.local.reconcile()
    }

    /// Saves a new connection in the active home: the secret first (written, read back,
    /// compared), then the metadata. When the secret cannot be stored, nothing is written.
    pub fn add(&self, new: &NewConnection, secret: &ClientSecret) -> Result<SavedSecret> {
        self.local.tidy();
        let NewConnectionCheck { problems, warnings } = self.check_new(new, Some(secret))?;
        if let Some(first) = problems.into_iter().next() {
            return Err(first.into());
        }
        let name = rules::connection_name(&new.name)?;
        let (client_id, _) = rules::client_id(&new.client_id)?;
        let plan = new.input.plan().map_err(|mut e| e.remove(0))?;
        let book = self.local.book()?;
        let place = match book.new_connections {
            NewConnections::Here => book.secret_store.into(),
            NewConnections::Team => Place::TeamStore,
        };
        let home = self.active_home()?;
        let connection = Connection::new(name, client_id, new.input.clone(), &plan, place);
        // The other homes were checked above; the home's own check is atomic.
        home.create(&connection, secret)?;
        Ok(SavedSecret {
            stored_in: home.place(&connection).describe(),
            connection,
            secret_last4: secret.last4(),
            warnings,
        })
    }

    /// Replaces the client secret of a connection (after regenerating it in the console).
    pub fn set_secret(&self, name: &str, secret: &ClientSecret) -> Result<SavedSecret> {
        self.local.tidy();
        let (existing, home) = self.locate(name)?;
        let warning = rules::client_secret(secret.expose())?;
        home.set_secret(&existing, secret)?;
        let connection = self.update(name, |c| c.clone())?;
        Ok(SavedSecret {
            stored_in: home.place(&connection).describe(),
            connection,
            secret_last4: secret.last4(),
            warnings: warning.into_iter().collect(),
        })
    }

    /// Renames a connection, moving its secrets to entries under the new name.
    pub fn rename(&self, old: &str, new: &str) -> Result<Connection> {
        self.local.tidy();
        let (existing, home) = self.locate(old)?;
        let new = rules::connection_name(new)?;
        if !new.eq_ignore_ascii_case(old) && self.name_taken(&new)? {
            return Err(InputError::ConnectionExists { name: new }.into());
        }
        home.rename(&existing, &new)
    }

    /// Deletes a connection with its secrets, under its claim (so a refresh running at the same
    /// moment cannot write a token back). If the secrets cannot be deleted, the connection
    /// stays, so nothing is left behind unnamed.
    pub fn remove(&self, name: &str) -> Result<()> {
        self.local.tidy();
        let (existing, home) = self.locate(name)?;
        home.claim_to_replace(&existing)?.forget(true)
    }

    /// The stored client secret of a connection.
    pub fn client_secret(&self, name: &str) -> Result<ClientSecret> {
        let (connection, home) = self.locate(name)?;
        let store = home.secrets(&connection)?;
        store
            .get(&EntryName::new(name, SecretKind::ClientSecret))?
            .map(|s| ClientSecret::new(secrecy::ExposeSecret::expose_secret(&s)))
            .ok_or_else(|| {
                StoreError::SecretMissing {
                    name: name.to_string(),
                    store: home.place(&connection),
                }
                .into()
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::KeychainError;
    use crate::secret_store::memory::{Call, MemoryStore};

    #[test]
    fn the_kept_approle_token_goes_when_the_machine_moves_to_another_team_store() {
        let dir = tempfile::tempdir().unwrap();
        let team = Arc::new(crate::http::fake::CannedHttp::new());
        let team_http = Arc::clone(&team) as Arc<dyn HttpClient>;
        let ctx = crate::Context::with_parts(
            crate::config::Config::in_dir(dir.path()),
            Arc::new(MemoryStore::new()),
            Arc::new(crate::http::fake::CannedHttp::new()),
        )
        .with_team_http(Arc::new(move |_| Ok(Arc::clone(&team_http))));
        let settings = |address: &str| {
            crate::team::settings::TeamInput {
                address: address.into(),
                ..Default::default()
            }
            .settings()
            .unwrap()
        };
        let sink = crate::team::token_sink::path_in(dir.path());
        let join = |address: &str| {
            team.answer(200, r#"{"data":{"keys":[]}}"#);
            ctx.connections
                .use_team_with(settings(address), Some(TeamToken::new("s.token")))
                .unwrap();
        };
        join("http://127.0.0.1:8200");
        std::fs::write(&sink, "{}").unwrap();
        // The same store again: kept.
        join("http://127.0.0.1:8200");
        assert!(sink.exists());
        // Another one: gone.
        join("http://127.0.0.1:8300");
        assert!(
            !sink.exists(),
            "the last team store's token was left behind"
        );
    }

    const SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";
    const ID: &str = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";

    fn new_connection(name: &str) -> NewConnection {
        let mut input = WizardInput::default();
        input.catalyst.project = "LeadManager".into();
        input.catalyst.org = "60012345678".into();
        NewConnection {
            name: name.into(),
            client_id: ID.into(),
            input,
        }
    }

    fn setup() -> (tempfile::TempDir, Arc<MemoryStore>, Connections) {
        let dir = tempfile::tempdir().unwrap();
        let keychain = Arc::new(MemoryStore::new());
        let connections = Connections::new(dir.path(), keychain.clone());
        (dir, keychain, connections)
    }

    fn add(connections: &Connections, name: &str) {
        connections
            .add(&new_connection(name), &ClientSecret::new(SECRET))
            .unwrap();
    }

    #[test]
    fn add_stores_the_secret_with_a_label_and_the_connection_without_it() {
        let (dir, keychain, connections) = setup();
        let saved = connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET))
            .unwrap();
        assert_eq!(saved.secret_last4, "6789");
        assert_eq!(saved.stored_in, Backend::Keychain.describe());
        assert!(saved.warnings.is_empty());
        assert_eq!(
            keychain.label("crm/client_secret").unwrap(),
            "Zoho client secret: crm"
        );
        assert_eq!(connections.client_secret("crm").unwrap().expose(), SECRET);

        let connection = connections.get("crm").unwrap();
        assert_eq!(connection.client_id, ID);
        assert_eq!(connection.dc, "us");
        assert_eq!(connection.redirect_uris.len(), 3);
        assert_eq!(connection.loopback_uri, "http://localhost:47823/callback");
        let file = std::fs::read_to_string(dir.path().join("connections.json")).unwrap();
        assert!(!file.contains(SECRET));
    }

    #[test]
    fn names_are_unique_and_inputs_checked_before_anything_is_stored() {
        let (_dir, keychain, connections) = setup();
        add(&connections, "crm");
        let err = connections
            .add(&new_connection("CRM"), &ClientSecret::new(SECRET))
            .unwrap_err();
        assert_eq!(err.kind(), "connection_exists");

        let mut swapped = new_connection("other");
        swapped.client_id = SECRET.into();
        let err = connections
            .add(&swapped, &ClientSecret::new(ID))
            .unwrap_err();
        assert_eq!(err.kind(), "client_id_looks_like_secret");
        let check = connections
            .check_new(&swapped, Some(&ClientSecret::new(ID)))
            .unwrap();
        let kinds: Vec<_> = check.problems.iter().map(InputError::kind).collect();
        assert_eq!(
            kinds,
            ["client_id_looks_like_secret", "client_secret_looks_like_id"]
        );
        assert_eq!(keychain.len(), 1);
    }

    #[test]
    fn keychain_unavailable_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let connections = Connections::new(dir.path(), Arc::new(MemoryStore::unavailable()));
        let err = connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET))
            .unwrap_err();
        assert_eq!(err.kind(), "keychain_unavailable");
        assert_eq!(err.category(), crate::error::Category::SecretStore);
        assert!(!dir.path().join("connections.json").exists());
    }

    #[test]
    fn every_store_failure_on_add_leaves_no_connection_behind() {
        let failures = [
            (
                Call::Set,
                KeychainError::Locked {
                    reason: "locked".into(),
                },
            ),
            (Call::Get, KeychainError::Timeout { seconds: 5 }),
            (
                Call::Set,
                KeychainError::Failure {
                    reason: "dbus".into(),
                },
            ),
        ];
        for (call, error) in failures {
            let (_dir, keychain, connections) = setup();
            let kind = error.kind();
            keychain.fail_next(call, error);
            let err = connections
                .add(&new_connection("crm"), &ClientSecret::new(SECRET))
                .unwrap_err();
            assert_eq!(err.kind(), kind);
            assert!(connections.list().unwrap().is_empty(), "{kind}");
        }
    }

    #[test]
    fn a_save_the_keychain_finished_too_late_is_tidied_up_at_the_next_change() {
        let (_dir, keychain, connections) = setup();
        keychain.time_out_next(Call::Set);
        let err = connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET))
            .unwrap_err();
        assert_eq!(err.kind(), "keychain_timeout");
        assert!(!err.to_string().contains("Nothing was saved"), "{err}");
        assert!(
            err.to_string()
                .contains("may still finish the change later"),
            "{err}"
        );
        // The late write left an entry that no connection owns.
        assert_eq!(keychain.accounts(), ["crm/client_secret"]);
        assert!(connections.list().unwrap().is_empty());

        // The next change, even to another connection, removes the orphan.
        add(&connections, "other");
        assert_eq!(keychain.accounts(), ["other/client_secret"]);
        connections.reconcile().unwrap();
        let file = std::fs::read_to_string(connections.dir().join("connections.json")).unwrap();
        assert!(!file.contains("uncertain"), "{file}");
    }

    #[test]
    fn an_uncertain_name_that_was_saved_after_all_keeps_its_secret() {
        let (_dir, keychain, connections) = setup();
        add(&connections, "crm");
        keychain.time_out_next(Call::Set);
        let other = "abcdefabcdefabcdefabcdefabcdefabcdefabcdef";
        assert!(connections
            .set_secret("crm", &ClientSecret::new(other))
            .is_err());
        connections.reconcile().unwrap();
        assert_eq!(connections.client_secret("crm").unwrap().expose(), other);
    }

    #[test]
    fn a_failed_move_keeps_the_old_name_working() {
        let (_dir, keychain, connections) = setup();
        add(&connections, "crm");
        keychain.fail_next(Call::Set, KeychainError::Locked { reason: "x".into() });
        let err = connections.rename("crm", "crm-eu").unwrap_err();
        assert_eq!(err.kind(), "keychain_locked");
        assert_eq!(connections.client_secret("crm").unwrap().expose(), SECRET);
        assert!(connections.get("crm").is_ok());
    }

    #[test]
    fn a_failed_delete_keeps_the_connection_so_nothing_is_left_unnamed() {
        let (_dir, keychain, connections) = setup();
        add(&connections, "crm");
        keychain.fail_next(Call::Delete, KeychainError::Timeout { seconds: 5 });
        assert_eq!(
            connections.remove("crm").unwrap_err().kind(),
            "keychain_timeout"
        );
        assert!(connections.get("crm").is_ok());
    }

    #[test]
    fn a_read_failure_and_a_missing_secret_are_told_apart() {
        let (_dir, keychain, connections) = setup();
        add(&connections, "crm");
        keychain.fail_next(Call::Get, KeychainError::Locked { reason: "x".into() });
        assert_eq!(
            connections.client_secret("crm").unwrap_err().kind(),
            "keychain_locked"
        );
        keychain
            .delete(&EntryName::new("crm", SecretKind::ClientSecret))
            .unwrap();
        let err = connections.client_secret("crm").unwrap_err();
        assert_eq!(err.kind(), "secret_missing");
        assert_eq!(
            err.next_step(),
            Some(crate::error::NextStep::ReplaceSecret {
                connection: "crm".into()
            })
        );
    }

    #[test]
    fn shape_warnings_do_not_block() {
        let (_dir, _keychain, connections) = setup();
        let mut odd = new_connection("odd");
        odd.client_id = "1000.lowercase".into();
        let saved = connections
            .add(&odd, &ClientSecret::new("shortsecret"))
            .unwrap();
        assert_eq!(saved.warnings.len(), 2);
    }

    #[test]
    fn replace_rename_and_remove() {
        let (_dir, keychain, connections) = setup();
        add(&connections, "crm");
        let other = "abcdefabcdefabcdefabcdefabcdefabcdefabcdef";
        let saved = connections
            .set_secret("crm", &ClientSecret::new(other))
            .unwrap();
        assert_eq!(saved.secret_last4, "cdef");
        assert_eq!(connections.client_secret("crm").unwrap().expose(), other);

        let renamed = connections.rename("crm", "crm-eu").unwrap();
        assert_eq!(renamed.name, "crm-eu");
        assert_eq!(connections.client_secret("crm-eu").unwrap().expose(), other);
        assert_eq!(
            keychain.label("crm-eu/client_secret").unwrap(),
            "Zoho client secret: crm-eu"
        );
        assert!(keychain.label("crm/client_secret").is_none());
        assert_eq!(
            connections.get("crm").unwrap_err().kind(),
            "connection_not_found"
        );

        connections.remove("crm-eu").unwrap();
        assert!(keychain.is_empty());
        assert!(connections.list().unwrap().is_empty());
    }

    #[test]
    fn the_encrypted_file_store_is_used_only_when_chosen_and_once_unlocked() {
        let (dir, keychain, connections) = setup();
        assert_eq!(connections.store_status().unwrap().active, Place::Keychain);
        assert_eq!(
            connections
                .use_store(Backend::EncryptedFile, None)
                .unwrap_err()
                .kind(),
            "passphrase_needed"
        );
        connections
            .use_store(
                Backend::EncryptedFile,
                Some(Passphrase::new("correct horse battery")),
            )
            .unwrap();
        let status = connections.store_status().unwrap();
        assert_eq!(status.active, Place::EncryptedFile);
        assert!(status.file_exists && status.unlocked);
        add(&connections, "crm");
        assert!(keychain.is_empty());

        // Another process (or a restart) starts locked.
        let again = Connections::new(dir.path(), keychain.clone());
        let err = again.client_secret("crm").unwrap_err();
        assert_eq!(err.kind(), "passphrase_needed");
        assert_eq!(
            err.next_step(),
            Some(crate::error::NextStep::EnterPassphrase)
        );
        let wrong = again
            .unlock(Passphrase::new("wrong horse battery"))
            .unwrap_err();
        assert_eq!(wrong.kind(), "wrong_passphrase");
        assert!(!again.is_unlocked());
        again
            .unlock(Passphrase::new("correct horse battery"))
            .unwrap();
        assert_eq!(again.client_secret("crm").unwrap().expose(), SECRET);

        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(path).unwrap();
                assert!(!bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()));
            }
        }

        // A new passphrase: this process keeps the store open, the next one needs the new one.
        let new = Passphrase::new("battery staple horse");
        assert_eq!(
            again
                .change_file_passphrase(Passphrase::new("wrong horse battery"), &new)
                .unwrap_err()
                .kind(),
            "wrong_passphrase"
        );
        again
            .change_file_passphrase(Passphrase::new("correct horse battery"), &new)
            .unwrap();
        assert_eq!(again.client_secret("crm").unwrap().expose(), SECRET);
        let next = Connections::new(dir.path(), keychain);
        assert_eq!(
            next.unlock(Passphrase::new("correct horse battery"))
                .unwrap_err()
                .kind(),
            "wrong_passphrase"
        );
        next.unlock(new).unwrap();
        assert_eq!(next.client_secret("crm").unwrap().expose(), SECRET);
    }

    #[test]
    fn unlocking_a_store_that_does_not_exist_says_so() {
        let (_dir, _keychain, connections) = setup();
        let err = connections
            .unlock(Passphrase::new("correct horse battery"))
            .unwrap_err();
        assert_eq!(err.kind(), "file_store_missing");
    }
}
