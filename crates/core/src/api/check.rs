//! A connection's health: one cheap call with its token (the cached one while it is valid, at most
//! one refresh when it is not), read as a verdict with its cause. The call is the cheapest the
//! granted scopes allow: Zoho CRM's organisation (`GET /crm/v8/org`, `ZohoCRM.org.READ`) or current
//! user (`GET /crm/v8/users?type=CurrentUser`, `ZohoCRM.users.READ`) or one lead
//! (`GET /crm/v8/Leads?fields=Last_Name&per_page=1`, `ZohoCRM.modules.READ` or the Leads module's
//! own; HTTP 204 when there is none yet), else the accounts server's user info
//! (`GET /oauth/user/info`, `AaaServer.profile.READ`)
//! (<https://www.zoho.com/crm/developer/docs/api/v8/get-org-data.html>,
//! <https://www.zoho.com/crm/developer/docs/api/v8/get-users.html>,
//! <https://www.zoho.com/crm/developer/docs/api/v8/get-records.html>,
//! <https://www.zoho.com/accounts/protocol/oauth/use-access-token.html>).

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use serde::Serialize;

use super::call::{call, ApiRequest};
use super::error::ApiError;
use crate::clock;
use crate::connection::Connection;
use crate::error::{Category, Error, NextStep, Problem, Result, ZohoError};
use crate::http::HttpRequest;
use crate::note::Note;
use crate::oauth::tokens::{access_token, access_token_with};
use crate::token_cache::Freshness;
use crate::Context;

/// What a check found, ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The call worked.
    Working,
    /// Zoho could not be reached: nothing is known about the connection.
    Unreachable,
    /// Zoho's rate limit answered instead.
    RateLimited,
    /// Zoho answered with something else that is wrong.
    Failed,
    /// The token works, but its scopes do not cover the call the product needs.
    ScopeMissing,
    /// The sign-in is gone (refresh token revoked, expired or pushed out): sign in again.
    NeedsSignIn,
    /// The client was deleted, or its secret regenerated: replace the secret (or the client).
    ClientRejected,
}

impl Verdict {
    /// In words, for a list.
    pub fn describe(self) -> &'static str {
        match self {
            Verdict::Working => "working",
            Verdict::Unreachable => "Zoho unreachable",
            Verdict::RateLimited => "rate limited",
            Verdict::Failed => "failed",
            Verdict::ScopeMissing => "a scope missing",
            Verdict::NeedsSignIn => "needs a new sign-in",
            Verdict::ClientRejected => "client deleted or its secret changed",
        }
    }
}

/// The call a check makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Probe {
    CrmOrg,
    CrmUser,
    CrmLeads,
    UserInfo,
}

impl Probe {
    /// The cheapest call the scopes allow (`None`: none of these).
    pub fn for_scopes(scopes: &[String]) -> Option<Probe> {
        let has = |wanted: &[&str]| {
            scopes
                .iter()
                .any(|scope| wanted.iter().any(|w| scope.eq_ignore_ascii_case(w)))
        };
        if has(&["ZohoCRM.org.READ", "ZohoCRM.org.ALL"]) {
            Some(Probe::CrmOrg)
        } else if has(&["ZohoCRM.users.READ", "ZohoCRM.users.ALL"]) {
            Some(Probe::CrmUser)
        } else if has(&[
            "ZohoCRM.modules.READ",
            "ZohoCRM.modules.ALL",
            "ZohoCRM.modules.leads.READ",
            "ZohoCRM.modules.leads.ALL",
        ]) {
            Some(Probe::CrmLeads)
        } else if has(&["AaaServer.profile.READ", "AaaServer.profile.ALL"]) {
            Some(Probe::UserInfo)
        } else {
            None
        }
    }
}

/// One connection's health.
#[derive(Debug)]
pub struct Health {
    pub name: String,
    pub verdict: Verdict,
    /// Why, when it is not working (its message, kind and next step).
    pub error: Option<Error>,
    /// What the call reached ("CRM org Acme Ltd"), when it worked.
    pub reached: Option<Note>,
    pub probe: Option<Probe>,
    pub checked_at: u64,
    /// When the access token the check used expires.
    pub token_expires_at: Option<u64>,
    pub scopes: Vec<String>,
    /// Where the connection's secrets are ("Keychain", "Team store").
    pub store: &'static str,
    /// Made from a customer's reply: its sign-in is the customer's to make again.
    pub from_request: bool,
}

/// The one action that fixes what a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    /// Sign in again here (a connection made here).
    SignInAgain,
    /// The customer's admin signs in again (a connection imported from their reply).
    AskCustomer,
    /// The secret was regenerated (or the client deleted): enter the new secret.
    ReplaceSecret,
}

impl Health {
    pub fn action(&self) -> Option<Action> {
        match self.verdict {
            Verdict::NeedsSignIn | Verdict::ScopeMissing if self.from_request => {
                Some(Action::AskCustomer)
            }
            Verdict::NeedsSignIn | Verdict::ScopeMissing => Some(Action::SignInAgain),
            Verdict::ClientRejected => Some(Action::ReplaceSecret),
            _ => None,
        }
    }

    /// Why it is not working, its next step worded by `advice`. A connection whose sign-in is
    /// a customer's is fixed by a reconnect request, not by a sign-in here.
    pub fn problem(&self, advice: impl Fn(&NextStep) -> String) -> Option<Problem> {
        let ask_customer = self.action() == Some(Action::AskCustomer);
        let instead = |step: &NextStep| match step {
            NextStep::SignIn { connection } | NextStep::SignInWithScope { connection, .. }
                if ask_customer =>
            {
                Some(NextStep::AskCustomer {
                    connection: connection.clone(),
                })
            }
            _ => None,
        };
        self.error.as_ref().map(|error| {
            let mut problem = error
                .to_problem_with(|step| advice(&instead(step).unwrap_or_else(|| step.clone())));
            if let Some(step) = problem.next_step.as_ref().and_then(instead) {
                problem.next_step = Some(step);
            }
            problem
        })
    }

    /// The serialisable view a front end shows, its next steps worded by `advice`.
    pub fn view(&self, advice: impl Fn(&NextStep) -> String) -> HealthView {
        HealthView {
            name: self.name.clone(),
            verdict: self.verdict,
            reached: self.reached.as_ref().map(|note| note.text.clone()),
            reached_words: self.reached.clone(),
            problem: self.problem(advice),
            action: self.action(),
            checked_at: self.checked_at,
            token_expires_at: self.token_expires_at,
        }
    }
}

/// A check as the app shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthView {
    pub name: String,
    pub verdict: Verdict,
    pub reached: Option<String>,
    /// The same as a kind and values (`reached-<kind>` in the app's catalogs).
    pub reached_words: Option<Note>,
    pub problem: Option<Problem>,
    pub action: Option<Action>,
    pub checked_at: u64,
    pub token_expires_at: Option<u64>,
}

/// Checks remembered for a while, so that a screen opened again does not call Zoho again.
#[derive(Debug)]
pub struct RecentChecks {
    keep_secs: u64,
    seen: Mutex<HashMap<String, HealthView>>,
}

impl RecentChecks {
    pub fn new(keep_secs: u64) -> Self {
        RecentChecks {
            keep_secs,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// The check of `name` made less than the kept time before `now`.
    pub fn recent(&self, name: &str, now: u64) -> Option<HealthView> {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(name)
            .filter(|seen| now.saturating_sub(seen.checked_at) < self.keep_secs)
            .cloned()
    }

    /// Forgets what was seen of `name` (its secret or sign-in changed, or it went).
    pub fn forget(&self, name: &str) {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(name);
    }

    pub fn remember(&self, view: &HealthView) {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(view.name.clone(), view.clone());
    }
}

/// Checks `name`. Fails only when the connection cannot be read (not found, a secret store that
/// needs its passphrase or does not answer): every answer from Zoho, or none, is a verdict.
pub async fn check(ctx: &Context, name: &str) -> Result<Health> {
    let (connection, home) = ctx.connections.locate(name)?;
    let scopes = connection
        .signed_in
        .as_ref()
        .map(|signed_in| signed_in.granted_scopes.clone())
        .filter(|granted| !granted.is_empty())
        .unwrap_or_else(|| connection.scopes.clone());
    let probe = Probe::for_scopes(&scopes);
    let mut health = Health {
        name: name.to_string(),
        verdict: Verdict::Working,
        error: None,
        reached: None,
        probe,
        checked_at: clock::now(),
        token_expires_at: None,
        scopes,
        store: home.place(&connection).label(),
        from_request: connection.imported_at.is_some(),
    };
    match run_probe(ctx, &connection, probe).await {
        Ok((reached, expires_at)) => {
            health.reached = reached;
            health.token_expires_at = Some(expires_at);
        }
        Err(error) => {
            if matches!(error.category(), Category::SecretStore | Category::Input)
                && !matches!(error, Error::Api(_))
            {
                return Err(error);
            }
            health.verdict = verdict_of(&error);
            health.error = Some(error);
        }
    }
    Ok(health)
}

/// The verdict an error is.
fn verdict_of(error: &Error) -> Verdict {
    match error {
        Error::Zoho(ZohoError::InvalidClient | ZohoError::InvalidClientSecret) => {
            Verdict::ClientRejected
        }
        Error::Api(ApiError::ScopeMissing { .. }) => Verdict::ScopeMissing,
        _ => match error.category() {
            Category::NeedsSignIn => Verdict::NeedsSignIn,
            Category::RateLimited => Verdict::RateLimited,
            Category::Network => Verdict::Unreachable,
            _ => Verdict::Failed,
        },
    }
}

/// Makes the probe's call; returns what it reached (nothing without a probe: Zoho accepting the
/// token is all there is to prove) and the token's expiry.
async fn run_probe(
    ctx: &Context,
    connection: &Connection,
    probe: Option<Probe>,
) -> Result<(Option<Note>, u64)> {
    let name = &connection.name;
    let (target, read): (&str, fn(&serde_json::Value) -> Option<Note>) = match probe {
        Some(Probe::CrmOrg) => ("/crm/v8/org", |answer| {
            answer["org"][0]["company_name"]
                .as_str()
                .map(|org| Note::new("crm-org", &[("org", org.into())], format!("CRM org {org}")))
        }),
        Some(Probe::CrmUser) => ("/crm/v8/users?type=CurrentUser", |answer| {
            answer["users"][0]["email"].as_str().map(|email| {
                Note::new(
                    "crm-user",
                    &[("email", email.into())],
                    format!("CRM user {email}"),
                )
            })
        }),
        Some(Probe::CrmLeads) => ("/crm/v8/Leads?fields=Last_Name&per_page=1", |answer| {
            answer["data"]
                .as_array()
                .map(|_| Note::new("crm-leads", &[], "CRM Leads module".into()))
        }),
        Some(Probe::UserInfo) => {
            let (reached, expires_at) = user_info(ctx, connection).await?;
            return Ok((Some(reached), expires_at));
        }
        // No call the scopes allow: Zoho checks the token before the scope, so its answer to
        // one it does not allow still tells a token it accepts (401 OAUTH_SCOPE_MISMATCH) from
        // one it does not (401 INVALID_TOKEN, then one refresh and one more try)
        // (<https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html>).
        None => {
            let expires_at = access_token(ctx, name).await?.expires_at;
            return match call(ctx, name, &ApiRequest::get("/crm/v8/org")).await {
                Ok(answer) if answer.succeeded() => Ok((None, answer.token_expires_at)),
                Err(Error::Api(ApiError::ScopeMissing { .. })) => Ok((None, expires_at)),
                Ok(answer) => Err(ZohoError::Unexpected {
                    error: format!("HTTP {} from {}", answer.status, answer.url.path()),
                }
                .into()),
                Err(other) => Err(other),
            };
        }
    };
    let answer = call(ctx, name, &ApiRequest::get(target)).await?;
    // Zoho answers a record list without records with 204 and no body.
    if probe == Some(Probe::CrmLeads) && answer.status == 204 {
        return Ok((
            Some(Note::new(
                "crm-no-leads",
                &[],
                "CRM Leads module (no leads yet)".into(),
            )),
            answer.token_expires_at,
        ));
    }
    let json: Option<serde_json::Value> = serde_json::from_str(&answer.body).ok();
    match json.as_ref().and_then(read) {
        Some(reached) if answer.succeeded() => Ok((Some(reached), answer.token_expires_at)),
        _ => Err(ZohoError::Unexpected {
            error: format!(
                "HTTP {} from {}{}",
                answer.status,
                answer.url.path(),
                answer
                    .zoho_code()
                    .map(|code| format!(" ({code})"))
                    .unwrap_or_default()
            ),
        }
        .into()),
    }
}

/// Who the token belongs to, at the accounts server the connection signed in at (checked), with
/// one refresh and one more try when Zoho refuses the token.
async fn user_info(ctx: &Context, connection: &Connection) -> Result<(Note, u64)> {
    let name = &connection.name;
    // The token first: a connection never signed in says so.
    let mut token = access_token(ctx, name).await?;
    let accounts_server = connection
        .signed_in
        .as_ref()
        .map(|signed_in| signed_in.accounts_server.clone())
        .unwrap_or_default();
    // The accounts server that issued the token, checked as a refresh checks it before sending
    // the client secret: Zoho documents the user info there.
    let accounts = ctx.config.accounts.trusted(&accounts_server)?;
    let url = accounts
        .join("/oauth/user/info")
        .expect("a fixed path joins");
    for attempt in 0..2 {
        let request = HttpRequest::get(url.clone())
            .with_authorization(format!("Zoho-oauthtoken {}", token.access_token.expose()));
        let response = ctx.http.send(request).await?;
        if response.status == 401 {
            if attempt == 0 {
                token = access_token_with(ctx, name, Freshness::Refresh).await?;
                continue;
            }
            return Err(ApiError::TokenRefused { name: name.clone() }.into());
        }
        if response.status == 429 {
            return Err(ApiError::ApiRateLimited { name: name.clone() }.into());
        }
        let info: serde_json::Value = serde_json::from_str(&response.body).unwrap_or_default();
        return match info["Email"].as_str() {
            Some(email) if response.status == 200 => {
                let words = format!("Zoho account {email}");
                Ok((
                    Note::new("zoho-account", &[("email", email.into())], words),
                    token.expires_at,
                ))
            }
            _ => Err(ZohoError::Unexpected {
                error: format!("HTTP {} from the user info", response.status),
            }
            .into()),
        };
    }
    unreachable!("the loop returns")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::NetworkError;
    use crate::testing::{TestContext, REFRESHED};

    const ORG: &str = r#"{"org":[{"company_name":"Acme Ltd"}]}"#;

    fn granted(scopes: &[&str]) -> TestContext {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.ctx
            .connections
            .update("crm", |c| {
                c.signed_in.as_mut().unwrap().granted_scopes =
                    scopes.iter().map(ToString::to_string).collect();
            })
            .unwrap();
        s
    }

    #[tokio::test]
    async fn a_working_connection_says_what_it_reached_and_a_valid_token_is_not_refreshed() {
        let s = granted(&["ZohoCRM.org.READ", "AaaServer.profile.READ"]);
        s.http.answer(200, REFRESHED).answer(200, ORG);
        let health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.verdict, Verdict::Working);
        assert_eq!(health.probe, Some(Probe::CrmOrg));
        assert_eq!(
            health.reached.as_ref().map(|n| n.text.as_str()),
            Some("CRM org Acme Ltd")
        );
        assert!(health.token_expires_at.unwrap() > clock::now());
        assert_eq!(health.store, "Keychain");
        s.http.answer(200, ORG);
        let again = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(again.verdict, Verdict::Working);
        assert_eq!(s.http.requests().len(), 3, "one refresh in all");
    }

    #[tokio::test]
    async fn a_connection_granted_only_crm_modules_reads_one_lead() {
        let s = granted(&["ZohoCRM.modules.ALL"]);
        s.http.answer(200, REFRESHED).answer(
            200,
            r#"{"data":[{"Last_Name":"Doe","id":"1"}],"info":{"count":1}}"#,
        );
        let health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.probe, Some(Probe::CrmLeads));
        assert_eq!(health.verdict, Verdict::Working);
        assert_eq!(
            health.reached.as_ref().map(|n| n.text.as_str()),
            Some("CRM Leads module")
        );
        let call = &s.http.requests()[1].1;
        assert!(
            call.ends_with("/crm/v8/Leads?fields=Last_Name&per_page=1"),
            "{call}"
        );
        // No leads yet: 204, and still working.
        s.http.answer(204, "");
        let health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.verdict, Verdict::Working);
        assert_eq!(
            health.reached.as_ref().map(|n| n.text.as_str()),
            Some("CRM Leads module (no leads yet)")
        );
        assert_eq!(
            Probe::for_scopes(&["ZohoCRM.modules.leads.READ".into()]),
            Some(Probe::CrmLeads)
        );
    }

    #[tokio::test]
    async fn without_a_call_its_scopes_allow_zoho_still_says_whether_it_accepts_the_token() {
        let mismatch = r#"{"code":"OAUTH_SCOPE_MISMATCH","status":"error"}"#;
        let s = granted(&["ZohoBooks.fullaccess.all"]);
        s.http.answer(200, REFRESHED).answer(401, mismatch);
        let health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.probe, None);
        assert_eq!(health.verdict, Verdict::Working);
        assert_eq!(s.http.requests().len(), 2, "Zoho was asked");
        // A token Zoho no longer accepts: one refresh, which says the sign-in is gone.
        s.http
            .answer(401, r#"{"code":"INVALID_TOKEN","status":"error"}"#)
            .answer(200, r#"{"error":"invalid_code"}"#);
        let health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.verdict, Verdict::NeedsSignIn);
    }

    #[tokio::test]
    async fn each_failure_is_its_own_verdict() {
        let zoho_error = |code: &str| format!(r#"{{"code":"{code}","status":"error"}}"#);
        // The scopes granted, Zoho's answers in order, and the verdict they make.
        type Case = (&'static [&'static str], Vec<(u16, String)>, Verdict);
        let cases: Vec<Case> = vec![
            (
                &["ZohoCRM.org.READ"],
                vec![(200, r#"{"error":"invalid_code"}"#.into())],
                Verdict::NeedsSignIn,
            ),
            (
                &["ZohoCRM.org.READ"],
                vec![(200, r#"{"error":"invalid_client"}"#.into())],
                Verdict::ClientRejected,
            ),
            (
                &["ZohoCRM.users.READ"],
                vec![
                    (200, REFRESHED.into()),
                    (401, zoho_error("OAUTH_SCOPE_MISMATCH")),
                ],
                Verdict::ScopeMissing,
            ),
            (
                &["ZohoCRM.org.READ"],
                vec![
                    (200, REFRESHED.into()),
                    (429, zoho_error("TOO_MANY_REQUESTS")),
                ],
                Verdict::RateLimited,
            ),
            (
                &["ZohoCRM.org.READ"],
                vec![(200, REFRESHED.into()), (500, zoho_error("INTERNAL_ERROR"))],
                Verdict::Failed,
            ),
        ];
        for (scopes, answers, verdict) in cases {
            let s = granted(scopes);
            for (status, body) in &answers {
                s.http.answer(*status, body);
            }
            let health = check(&s.ctx, "crm").await.unwrap();
            assert_eq!(health.verdict, verdict, "{answers:?}");
            assert!(health.error.is_some());
            assert_eq!(s.http.pending(), 0);
        }
        let s = granted(&["ZohoCRM.org.READ"]);
        s.http.fail(
            NetworkError::Unreachable {
                reason: "Connection refused".into(),
            }
            .into(),
        );
        assert_eq!(
            check(&s.ctx, "crm").await.unwrap().verdict,
            Verdict::Unreachable
        );
        // A connection that is not there is an error, not a verdict.
        assert_eq!(
            check(&s.ctx, "nothing").await.unwrap_err().kind(),
            "connection_not_found"
        );
    }

    #[tokio::test]
    async fn each_verdict_has_its_one_action_and_a_check_is_kept_for_a_while() {
        let s = granted(&["ZohoCRM.org.READ"]);
        s.http.answer(200, r#"{"error":"invalid_code"}"#);
        let mut health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.action(), Some(Action::SignInAgain));
        health.from_request = true;
        assert_eq!(health.action(), Some(Action::AskCustomer));
        health.verdict = Verdict::ClientRejected;
        assert_eq!(health.action(), Some(Action::ReplaceSecret));
        health.verdict = Verdict::Unreachable;
        assert_eq!(health.action(), None);
        let view = health.view(|_| String::new());
        assert!(view.problem.is_some());
        let recent = RecentChecks::new(300);
        recent.remember(&view);
        assert!(recent.recent("crm", view.checked_at + 299).is_some());
        assert!(recent.recent("crm", view.checked_at + 300).is_none());
        assert!(recent.recent("other", view.checked_at).is_none());
    }

    #[tokio::test]
    async fn the_user_info_is_the_probe_without_a_crm_scope_and_retries_once() {
        let s = granted(&["AaaServer.profile.READ"]);
        s.http
            .answer(200, REFRESHED)
            .answer(401, r#"{"error":"invalid_oauthtoken"}"#)
            .answer(200, REFRESHED)
            .answer(200, r#"{"Email":"admin@acme.example"}"#);
        let health = check(&s.ctx, "crm").await.unwrap();
        assert_eq!(health.verdict, Verdict::Working);
        assert_eq!(
            health.reached.as_ref().map(|n| n.text.as_str()),
            Some("Zoho account admin@acme.example")
        );
        let urls: Vec<String> = s.http.requests().into_iter().map(|r| r.1).collect();
        assert_eq!(urls[1], "https://accounts.zoho.eu/oauth/user/info");
    }
}
