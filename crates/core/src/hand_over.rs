//! Hand-over: where the credentials go next, per integration (Optiply's dashboard, a Catalyst
//! function, your own scripts), and the values a program run by `zcw exec` or `zcw export` gets.
//! Secret values are never part of what a UI receives: it names them, and Rust copies them.

use serde::Serialize;

use crate::connection::Connection;
use crate::context::Context;
use crate::dc::DataCentre;
use crate::error::Result;
use crate::oauth::tokens::{access_token_with, Freshness};
use crate::registration::{Template, HOTGLUE_REDIRECT_URI};
use crate::secret::RefreshToken;
use crate::secret_store::{EntryName, SecretKind};

/// A secret a UI may ask Rust to copy, read from its store at the moment of the click.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecretValue {
    ClientSecret,
    RefreshToken,
}

/// One value to hand over: shown and copied as is, or (a secret) only named. The app names it by
/// its key (`value-client-id`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Value {
    pub key: &'static str,
    /// The value itself; `None` for a secret.
    pub value: Option<String>,
    /// Which secret this is, for a secret.
    pub secret: Option<SecretValue>,
}

impl Value {
    fn shown(key: &'static str, value: String) -> Self {
        Value {
            key,
            value: Some(value),
            secret: None,
        }
    }

    fn secret(key: &'static str, secret: SecretValue) -> Self {
        Value {
            key,
            value: None,
            secret: Some(secret),
        }
    }
}

/// A few lines of code, for one language edition.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snippet {
    pub edition: &'static str,
    pub file: String,
    pub code: String,
}

/// A way of handing over (`handover-way-<kind>`), with its steps (`handover-step-<kind>`) and,
/// where it helps, code to paste.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Way {
    pub kind: &'static str,
    pub steps: Vec<&'static str>,
    pub snippets: Vec<Snippet>,
}

/// Everything step 5 shows for a connection, as kinds and values: the app words its title,
/// introduction, ways and warnings from its catalog (`handover-<template>-title`, …) with `args`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HandOver {
    pub connection: String,
    pub template: Template,
    /// The values the words name: the connection's name, the function's, the variables'.
    pub args: std::collections::BTreeMap<&'static str, String>,
    pub values: Vec<Value>,
    pub ways: Vec<Way>,
    /// Warnings, by kind (`handover-warning-<kind>`).
    pub warnings: Vec<&'static str>,
}

/// The environment variable names the credentials go by.
pub const CLIENT_ID_VAR: &str = "ZOHO_CLIENT_ID";
pub const CLIENT_SECRET_VAR: &str = "ZOHO_CLIENT_SECRET";
pub const ACCESS_TOKEN_VAR: &str = "ZOHO_ACCESS_TOKEN";
pub const REFRESH_TOKEN_VAR: &str = "ZOHO_REFRESH_TOKEN";
pub const API_DOMAIN_VAR: &str = "ZOHO_API_DOMAIN";
pub const ACCOUNTS_URL_VAR: &str = "ZOHO_ACCOUNTS_URL";
pub const DC_VAR: &str = "ZOHO_DC";

/// The accounts server and API domain of a connection: what Zoho said at sign-in, else its DC's.
fn servers(connection: &Connection) -> (String, String) {
    let dc = DataCentre::by_id(&connection.dc).ok();
    let signed_in = connection.signed_in.as_ref();
    let accounts = signed_in
        .map(|s| s.accounts_server.clone())
        .or_else(|| dc.map(|dc| dc.accounts_url.to_string()))
        .unwrap_or_default();
    let api = signed_in
        .and_then(|s| s.api_domain.clone())
        .or_else(|| dc.map(|dc| dc.api_domain.to_string()))
        .unwrap_or_default();
    (accounts, api)
}

impl HandOver {
    pub fn for_connection(connection: &Connection) -> Self {
        let name = &connection.name;
        let client_id = Value::shown("client-id", connection.client_id.clone());
        let client_secret = Value::secret("client-secret", SecretValue::ClientSecret);
        let function = connection.input.catalyst.function.trim().to_string();
        let args = [
            ("name", name.clone()),
            ("function", function.clone()),
            ("hotglue", HOTGLUE_REDIRECT_URI.to_string()),
            ("idVar", CLIENT_ID_VAR.to_string()),
            ("secretVar", CLIENT_SECRET_VAR.to_string()),
            ("tokenVar", ACCESS_TOKEN_VAR.to_string()),
            ("apiVar", API_DOMAIN_VAR.to_string()),
            ("accountsVar", ACCOUNTS_URL_VAR.to_string()),
            ("dcVar", DC_VAR.to_string()),
        ]
        .into_iter()
        .collect();
        let hand_over = |values, ways, warnings| HandOver {
            connection: name.clone(),
            template: connection.template,
            args,
            values,
            ways,
            warnings,
        };
        match connection.template {
            Template::Hotglue => hand_over(
                vec![client_id, client_secret],
                vec![Way {
                    kind: "optiply",
                    steps: vec!["optiply-add", "optiply-paste", "optiply-consent"],
                    snippets: Vec::new(),
                }],
                Vec::new(),
            ),
            Template::Catalyst => {
                let constants = Way {
                    kind: "constants",
                    steps: vec!["constants-node", "constants-python", "constants-client"],
                    snippets: Vec::new(),
                };
                let environment = Way {
                    kind: "environment",
                    steps: vec!["environment-open", "environment-add", "environment-replace"],
                    snippets: vec![
                        Snippet {
                            edition: "Node.js",
                            file: format!("functions/{function}/index.js"),
                            code: format!("const CLIENTID = process.env.{CLIENT_ID_VAR};\nconst CLIENT_SECRET = process.env.{CLIENT_SECRET_VAR};"),
                        },
                        Snippet {
                            edition: "Python",
                            file: format!("functions/{function}/main.py"),
                            code: format!("CLIENT_ID = os.environ[\"{CLIENT_ID_VAR}\"]  # with `import os` at the top\nCLIENT_SECRET = os.environ[\"{CLIENT_SECRET_VAR}\"]"),
                        },
                    ],
                };
                hand_over(
                    vec![client_id, client_secret],
                    vec![environment, constants],
                    vec!["never-commit"],
                )
            }
            Template::Custom | Template::SelfClient => {
                let (accounts, api) = servers(connection);
                let mut values = vec![
                    client_id,
                    client_secret,
                    Value::shown("accounts-server", accounts),
                    Value::shown("api-domain", api),
                ];
                if connection.signed_in.is_some() {
                    values.push(Value::secret("refresh-token", SecretValue::RefreshToken));
                }
                hand_over(
                    values,
                    vec![Way {
                        kind: "command-line",
                        steps: vec!["zcw-exec", "zcw-token", "zcw-export"],
                        snippets: vec![Snippet {
                            edition: "Shell",
                            file: "any script".into(),
                            code: format!("curl -H \"Authorization: Zoho-oauthtoken $(zcw token {name})\" \\\n  \"$(zcw export {name} --format json | jq -r .{API_DOMAIN_VAR})/crm/v2/org\""),
                        }],
                    }],
                    Vec::new(),
                )
            }
        }
    }
}

/// Which secrets to add to an environment (none unless asked for).
#[derive(Debug, Clone, Copy, Default)]
pub struct WithSecrets {
    pub client_secret: bool,
    pub refresh_token: bool,
}

/// The variables a program gets from `zcw exec` (and `zcw export` prints), each value wiped from
/// memory when dropped.
#[derive(Debug)]
pub struct Environment {
    pub vars: Vec<(&'static str, zeroize::Zeroizing<String>)>,
}

impl Environment {
    /// Whether a value is a secret that needs asking for before it is shown.
    pub fn is_secret(name: &str) -> bool {
        name == CLIENT_SECRET_VAR || name == REFRESH_TOKEN_VAR
    }
}

/// How long the access token handed to a program lasts at least.
pub const EXEC_TOKEN_LIFETIME_SECS: u64 = 300;

/// Builds the environment for connection `name`: an access token valid at least five minutes
/// (refreshed first when needed), and the secrets asked for.
pub async fn environment(ctx: &Context, name: &str, with: WithSecrets) -> Result<Environment> {
    let token =
        access_token_with(ctx, name, Freshness::LastsAtLeast(EXEC_TOKEN_LIFETIME_SECS)).await?;
    let connection = ctx.connections.get(name)?;
    let (accounts, api) = servers(&connection);
    let api = token.api_domain.clone().unwrap_or(api);
    let value = |s: &str| zeroize::Zeroizing::new(s.to_string());
    let mut vars = vec![
        (CLIENT_ID_VAR, value(&connection.client_id)),
        (ACCESS_TOKEN_VAR, value(token.access_token.expose())),
        (API_DOMAIN_VAR, value(&api)),
        (ACCOUNTS_URL_VAR, value(&accounts)),
        (DC_VAR, value(&connection.dc)),
    ];
    if with.client_secret {
        let secret = ctx.connections.client_secret(name)?;
        vars.push((CLIENT_SECRET_VAR, value(secret.expose())));
    }
    if with.refresh_token {
        vars.push((REFRESH_TOKEN_VAR, value(refresh_token(ctx, name)?.expose())));
    }
    Ok(Environment { vars })
}

/// The stored refresh token of a connection.
pub fn refresh_token(ctx: &Context, name: &str) -> Result<RefreshToken> {
    let connection = ctx.connections.get(name)?;
    let store = ctx.connections.store_of(&connection)?;
    store
        .get(&EntryName::new(name, SecretKind::RefreshToken))?
        .map(|t| RefreshToken::new(secrecy::ExposeSecret::expose_secret(&t)))
        .ok_or_else(|| {
            crate::error::SignInError::NeedsSignIn {
                name: name.to_string(),
                why: crate::oauth::error::NoSignIn::NoRefreshToken,
            }
            .into()
        })
}

/// A secret of a connection, read from its store now (for the clipboard).
pub fn secret_value(
    ctx: &Context,
    name: &str,
    which: SecretValue,
) -> Result<zeroize::Zeroizing<String>> {
    Ok(match which {
        SecretValue::ClientSecret => {
            zeroize::Zeroizing::new(ctx.connections.client_secret(name)?.expose().to_string())
        }
        SecretValue::RefreshToken => {
            zeroize::Zeroizing::new(refresh_token(ctx, name)?.expose().to_string())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registration::WizardInput;
    use crate::testing::TestContext;

    fn connection(template: Template) -> Connection {
        let mut input = WizardInput {
            template,
            ..WizardInput::default()
        };
        input.catalyst.project = "p".into();
        input.catalyst.org = "1".into();
        input.catalyst.function = "lead_manager_function".into();
        input.custom.homepage = "https://acme.example".into();
        let plan = input.plan().unwrap();
        Connection::new(
            "crm".into(),
            "1000.ID".into(),
            input,
            &plan,
            crate::secret_store::Place::Keychain,
        )
    }

    #[test]
    fn every_template_names_its_secrets_without_their_values() {
        for template in Template::ALL {
            let hand_over = HandOver::for_connection(&connection(template));
            let secret = hand_over
                .values
                .iter()
                .find(|v| v.key == "client-secret")
                .unwrap();
            assert_eq!(secret.value, None);
            assert_eq!(secret.secret, Some(SecretValue::ClientSecret));
            assert_eq!(hand_over.values[0].value.as_deref(), Some("1000.ID"));
        }
    }

    #[test]
    fn optiply_is_told_where_to_paste_and_who_signs_in() {
        let hand_over = HandOver::for_connection(&connection(Template::Hotglue));
        assert_eq!(hand_over.ways[0].kind, "optiply");
        assert_eq!(
            hand_over.ways[0].steps,
            ["optiply-add", "optiply-paste", "optiply-consent"]
        );
        assert_eq!(hand_over.args["hotglue"], "https://hotglue.xyz/callback");
    }

    #[test]
    fn catalyst_gets_the_tutorials_constants_and_the_safer_environment_variables() {
        let hand_over = HandOver::for_connection(&connection(Template::Catalyst));
        let kinds: Vec<_> = hand_over.ways.iter().map(|w| w.kind).collect();
        assert_eq!(kinds, ["environment", "constants"]);
        assert_eq!(hand_over.args["function"], "lead_manager_function");
        assert_eq!(hand_over.warnings, ["never-commit"]);
        let text = serde_json::to_string(&hand_over).unwrap();
        for needle in [
            "functions/lead_manager_function/index.js",
            "functions/lead_manager_function/main.py",
            "process.env.ZOHO_CLIENT_ID",
            "os.environ[\\\"ZOHO_CLIENT_SECRET\\\"]",
        ] {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
        for snippet in &hand_over.ways[0].snippets {
            assert_eq!(snippet.code.lines().count(), 2, "{}", snippet.code);
        }
    }

    #[test]
    fn custom_shows_the_servers_and_the_refresh_token_once_connected() {
        let mut connection = connection(Template::Custom);
        let hand_over = HandOver::for_connection(&connection);
        assert_eq!(
            hand_over.values[2].value.as_deref(),
            Some("https://accounts.zoho.com")
        );
        assert_eq!(
            hand_over.values[3].value.as_deref(),
            Some("https://www.zohoapis.com")
        );
        assert!(!hand_over.values.iter().any(|v| v.key == "refresh-token"));
        connection.signed_in = Some(crate::connection::SignedIn {
            accounts_server: "https://accounts.zoho.eu".into(),
            api_domain: Some("https://www.zohoapis.eu".into()),
            location: None,
            email: None,
            granted_scopes: Vec::new(),
            connected_at: 0,
            access_expires_at: 0,
            recent_refreshes: Vec::new(),
        });
        let hand_over = HandOver::for_connection(&connection);
        assert_eq!(
            hand_over.values[2].value.as_deref(),
            Some("https://accounts.zoho.eu")
        );
        assert!(hand_over
            .values
            .iter()
            .any(|v| v.secret == Some(SecretValue::RefreshToken)));
        assert_eq!(hand_over.ways[0].kind, "command-line");
        assert_eq!(hand_over.args["name"], "crm");
        assert!(hand_over.ways[0].snippets[0].code.contains("zcw token crm"));
    }

    #[tokio::test]
    async fn the_environment_holds_secrets_only_when_asked() {
        let s = TestContext::with_connection("crm");
        let err = environment(&s.ctx, "crm", WithSecrets::default())
            .await
            .unwrap_err();
        assert_eq!(err.category(), crate::Category::NeedsSignIn);
    }
}
