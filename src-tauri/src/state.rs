//! What the shell keeps while it runs: the core's context (settings, connections, HTTP), the draft
//! file, and the sign-in in progress, or why the app cannot work on this computer. The encrypted
//! file store's passphrase, once entered, stays unlocked inside the connections (in memory only,
//! wiped on exit).

use std::sync::{Arc, Mutex};

use zcw_core::api::check::RecentChecks;
use zcw_core::clipboard::Clipboard;
use zcw_core::draft::DraftStore;
use zcw_core::oauth::sign_in::SignInSlot;
use zcw_core::onboarding::request::Request;
use zcw_core::onboarding::staff::{Created, Opened, Proof};
use zcw_core::Context;

use crate::error::{Error, Result};

#[derive(Debug)]
pub struct Ready {
    pub ctx: Arc<Context>,
    pub drafts: DraftStore,
    pub sign_in: SignInSlot,
    /// Kept for the app's lifetime: on Linux a copied value lasts only while its owner serves it.
    pub clipboard: Arc<Clipboard>,
    /// The request being answered (the admin's side), as the core read it.
    pub answering: Mutex<Option<Request>>,
    /// A request that arrived while another was being answered, until the admin chooses.
    pub incoming: Mutex<Option<Request>>,
    /// A reply opened and proven (the staff's side), until the staff confirm or discard it.
    pub importing: Mutex<Option<(Opened, Option<Proof>)>>,
    /// The request just made (the staff's side), until it is saved or copied.
    pub made: Mutex<Option<Created>>,
    /// The self_client.json imported last, which the person may ask to delete.
    pub self_client_file: Mutex<Option<std::path::PathBuf>>,
    /// Connection checks made lately: the connections screen checks each at most this often.
    pub health: RecentChecks,
}

/// How long a connection's check is shown before the connections screen checks it again.
pub const CHECK_EVERY_SECS: u64 = 5 * 60;

/// Where a request the app was given went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offered {
    /// It is the one being answered now.
    Answering,
    /// Another is being answered: it waits until the admin chooses (nothing is replaced silently).
    Waiting,
}

impl Ready {
    /// Takes a request to answer: at once when none (or the very same one) is being answered.
    /// Another one, even with the same ID, waits: the admin may have read the first one's
    /// fingerprint already.
    pub fn offer_request(&self, request: Request) -> Offered {
        let mut answering = lock(&self.answering);
        match answering.as_ref() {
            Some(current) if *current != request => {
                *lock(&self.incoming) = Some(request);
                Offered::Waiting
            }
            _ => {
                *answering = Some(request);
                *lock(&self.incoming) = None;
                Offered::Answering
            }
        }
    }

    /// Answers the waiting request whose fingerprint the admin saw instead of the current one;
    /// `None` when it is not (or no longer) there.
    pub fn switch_request(&self, fingerprint: &str) -> Option<Request> {
        let incoming = lock(&self.incoming).take_if(|r| r.fingerprint() == fingerprint)?;
        *lock(&self.answering) = Some(incoming.clone());
        Some(incoming)
    }

    /// The request being answered, if it is the one whose fingerprint the admin saw: what step 3
    /// saves against is what the admin confirmed.
    pub fn answering(&self, fingerprint: &str) -> Option<Request> {
        lock(&self.answering)
            .clone()
            .filter(|r| r.fingerprint() == fingerprint)
    }
}

pub fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[derive(Debug)]
pub enum AppState {
    Ready(Box<Ready>),
    /// The settings could not be read (no home folder): every command says why.
    Unusable(zcw_core::Error),
}

impl AppState {
    pub fn new(ctx: Context) -> Self {
        AppState::Ready(Box::new(Ready {
            drafts: DraftStore::in_dir(&ctx.config.config_dir),
            ctx: Arc::new(ctx),
            sign_in: SignInSlot::default(),
            clipboard: Arc::new(Clipboard::default()),
            answering: Mutex::new(None),
            incoming: Mutex::new(None),
            importing: Mutex::new(None),
            made: Mutex::new(None),
            self_client_file: Mutex::new(None),
            health: RecentChecks::new(CHECK_EVERY_SECS),
        }))
    }

    pub fn ready(&self) -> Result<&Ready> {
        match self {
            AppState::Ready(ready) => Ok(ready.as_ref()),
            AppState::Unusable(problem) => Err(Error::Startup {
                cause: Box::new(crate::error::problem(problem)),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(name: &str) -> Request {
        let key = age::x25519::Identity::generate().to_public().to_string();
        let spec = zcw_core::onboarding::request::RequestSpec {
            name: name.into(),
            from: "Acme Integrations".into(),
            input: zcw_core::WizardInput {
                template: zcw_core::registration::Template::Hotglue,
                ..zcw_core::WizardInput::default()
            },
            dc: Some("eu".into()),
            scopes: vec!["ZohoCRM.modules.ALL".into()],
            refresh_token: false,
            lifetime_secs: 86_400,
            reconnect: None,
        };
        Request::new(&spec, &key, zcw_core::clock::now()).unwrap()
    }

    #[test]
    fn a_request_arriving_while_another_is_answered_waits_for_the_admin() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(Context::open(zcw_core::config::Config::in_dir(dir.path())));
        let ready = state.ready().unwrap();
        let (first, second) = (request("first"), request("second"));
        // The same ID with another key: a request changed on the way.
        let swapped = Request {
            public_key: request("first").public_key,
            ..first.clone()
        };
        let (fp1, fp2) = (first.fingerprint(), second.fingerprint());
        assert_eq!(ready.offer_request(first.clone()), Offered::Answering);
        // The same request again (a second double-click) is still the one answered.
        assert_eq!(ready.offer_request(first.clone()), Offered::Answering);
        assert_eq!(ready.offer_request(swapped.clone()), Offered::Waiting);
        assert_eq!(ready.offer_request(second.clone()), Offered::Waiting);
        // Step 3 saves only against the request whose fingerprint the admin saw.
        assert!(ready.answering(&fp1).is_some());
        assert!(ready.answering(&fp2).is_none());
        assert!(ready.answering(&swapped.fingerprint()).is_none());
        assert!(
            ready.switch_request(&swapped.fingerprint()).is_none(),
            "replaced since"
        );
        assert_eq!(
            ready.switch_request(&fp2).map(|r| r.id),
            Some(second.id.clone())
        );
        assert!(ready.answering(&fp1).is_none());
        assert!(ready.answering(&fp2).is_some());
        assert!(ready.switch_request(&fp2).is_none(), "taken once");
    }
}
