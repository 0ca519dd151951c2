//! Turns the wizard's raw inputs into what the user registers in the Zoho API console.

use serde::{Deserialize, Serialize};

use crate::dc::DataCentre;
use crate::error::{Error, InputError, Problem};
use crate::field::Field;
use crate::note::Note;
use crate::rules;

/// The loopback port this app suggests: fixed, so the registered redirect URI stays valid, and below
/// 49152 so it is outside the ephemeral range operating systems hand out.
pub const DEFAULT_LOOPBACK_PORT: u16 = 47823;
/// The port `catalyst serve` listens on.
pub const DEFAULT_SERVE_PORT: u16 = 3000;
/// The one client type every template registers.
pub const CLIENT_TYPE: &str = "Server-based Applications";
pub const SELF_CLIENT_TYPE: &str = "Self Client";
pub const HOTGLUE_REDIRECT_URI: &str = "https://hotglue.xyz/callback";
pub const DEFAULT_HOTGLUE_HOMEPAGE: &str = "https://www.optiply.com";
/// The function names of the LeadManager tutorial's editions.
pub const CATALYST_FUNCTIONS: [(&str, &str); 2] = [
    ("crm_crud", "Node.js and Java editions"),
    ("lead_manager_function", "Python edition"),
];

/// What the integration being connected is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Template {
    /// A Zoho Catalyst app (the LeadManager tutorial).
    Catalyst,
    /// A hotglue connector, such as Optiply's.
    Hotglue,
    /// Your own homepage and redirect URIs.
    Custom,
    /// Zoho's Self Client: one per Zoho account, no redirect URI; a grant code made in the
    /// console (https://www.zoho.com/accounts/protocol/oauth/self-client/overview.html).
    #[serde(rename = "self-client")]
    SelfClient,
}

impl Template {
    pub const ALL: [Template; 3] = [Template::Catalyst, Template::Hotglue, Template::Custom];

    pub fn id(self) -> &'static str {
        match self {
            Template::Catalyst => "catalyst",
            Template::Hotglue => "hotglue",
            Template::Custom => "custom",
            Template::SelfClient => "self-client",
        }
    }

    /// How the template is named to people.
    pub fn label(self) -> &'static str {
        match self {
            Template::Catalyst => "Catalyst app",
            Template::Hotglue => "Hotglue / Optiply",
            Template::Custom => "Custom",
            Template::SelfClient => "Self Client",
        }
    }

    /// Whether the integration signs in to Zoho by itself once it has the Client ID and Client
    /// Secret (hotglue opens Zoho's consent page; a Catalyst app keeps each user's refresh token),
    /// so a sign-in from this computer would only spend one of Zoho's 20 refresh tokens per user.
    pub fn signs_in_itself(self) -> bool {
        matches!(self, Template::Catalyst | Template::Hotglue)
    }

    /// The scopes a sign-in from this computer starts with: the Catalyst tutorial works on CRM
    /// records; hotglue and one's own scripts say nothing, so the person chooses.
    pub fn suggested_scopes(self) -> &'static [&'static str] {
        match self {
            Template::Catalyst => &["ZohoCRM.modules.ALL"],
            Template::Hotglue | Template::Custom | Template::SelfClient => &[],
        }
    }

    pub fn suggested_client_name(self) -> &'static str {
        match self {
            Template::Catalyst => "LeadManagerApp",
            Template::Hotglue => "Optiply Hotglue",
            Template::Custom => "My Zoho Client",
            Template::SelfClient => "Self Client",
        }
    }
}

/// Catalyst inputs, kept as typed so a draft can hold half-finished values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CatalystInput {
    pub project: String,
    pub org: String,
    pub environment: String,
    pub function: String,
    pub serve_port: String,
}

impl Default for CatalystInput {
    fn default() -> Self {
        CatalystInput {
            project: String::new(),
            org: String::new(),
            environment: "development".into(),
            function: CATALYST_FUNCTIONS[0].0.into(),
            serve_port: DEFAULT_SERVE_PORT.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HotglueInput {
    pub homepage: String,
}

impl Default for HotglueInput {
    fn default() -> Self {
        HotglueInput {
            homepage: DEFAULT_HOTGLUE_HOMEPAGE.into(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CustomInput {
    pub homepage: String,
    pub redirect_uris: Vec<String>,
}

/// Everything the first wizard step asks, as typed. Every template's inputs are kept, so switching
/// template and back loses nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct WizardInput {
    pub dc: String,
    pub template: Template,
    pub client_name: String,
    pub loopback_port: String,
    pub catalyst: CatalystInput,
    pub hotglue: HotglueInput,
    pub custom: CustomInput,
}

impl Default for WizardInput {
    fn default() -> Self {
        WizardInput {
            dc: DataCentre::DEFAULT_ID.into(),
            template: Template::Catalyst,
            client_name: Template::Catalyst.suggested_client_name().into(),
            loopback_port: DEFAULT_LOOPBACK_PORT.to_string(),
            catalyst: CatalystInput::default(),
            hotglue: HotglueInput::default(),
            custom: CustomInput::default(),
        }
    }
}

/// What to enter in the Zoho API console, plus where this app will listen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegistrationPlan {
    pub dc: &'static DataCentre,
    pub template: Template,
    pub client_type: &'static str,
    pub client_name: String,
    pub homepage: String,
    /// Every Authorized Redirect URI, the template's first and this app's loopback URI last.
    pub redirect_uris: Vec<String>,
    pub loopback_port: u16,
    pub loopback_uri: String,
    /// The integration signs in to Zoho by itself: after the secret, the next step is the
    /// hand-over, not a sign-in from this computer.
    pub signs_in_itself: bool,
    /// Things to double-check, where Zoho's documentation is silent.
    pub notes: Vec<Note>,
}

/// The loopback redirect URI this app listens on. Always `localhost`: Zoho rejects 127.0.0.1.
pub fn loopback_uri(port: u16) -> String {
    format!("http://localhost:{port}/callback")
}

/// Collects every problem rather than stopping at the first, so each field can show its own.
#[derive(Default)]
struct Checker {
    problems: Vec<InputError>,
}

impl Checker {
    fn check<T>(&mut self, result: Result<T, InputError>) -> Option<T> {
        result.map_err(|e| self.problems.push(e)).ok()
    }
}

impl WizardInput {
    /// Validates every input and builds the plan, or returns every problem found.
    pub fn plan(&self) -> Result<RegistrationPlan, Vec<InputError>> {
        let mut c = Checker::default();
        let dc = c.check(DataCentre::by_id(&self.dc));
        let client_name = c.check(rules::client_name(
            &self.client_name,
            self.template.suggested_client_name(),
        ));
        let loopback_port = c.check(rules::port(
            Field::LoopbackPort,
            &self.loopback_port,
            rules::LOOPBACK_PORTS,
        ));
        let mut notes = Vec::new();
        let template_part = match self.template {
            Template::Catalyst => self.catalyst_part(&mut c, dc, loopback_port, &mut notes),
            Template::Hotglue => c
                .check(rules::web_address(
                    Field::HotglueHomepage,
                    &self.hotglue.homepage,
                ))
                .map(|homepage| (homepage, vec![HOTGLUE_REDIRECT_URI.to_string()])),
            Template::Custom => self.custom_part(&mut c),
            // Registered by Zoho itself: nothing to enter, no redirect URI.
            Template::SelfClient => Some((String::new(), Vec::new())),
        };
        let (Some(dc), Some(client_name), Some(loopback_port), Some((homepage, mut redirect_uris))) =
            (dc, client_name, loopback_port, template_part)
        else {
            return Err(c.problems);
        };
        if !c.problems.is_empty() {
            return Err(c.problems);
        }
        let loopback_uri = loopback_uri(loopback_port);
        if self.template != Template::SelfClient && !redirect_uris.contains(&loopback_uri) {
            redirect_uris.push(loopback_uri.clone());
        }
        if !dc.console_confirmed {
            notes.push(Note::new(
                "console-unconfirmed",
                &[
                    ("dc", dc.id.to_uppercase()),
                    ("console", dc.console_url.to_string()),
                    ("accounts", dc.accounts_url.to_string()),
                ],
                format!(
                    "Zoho has not confirmed the {} console address {}. If it does not open, sign in at {} and choose API Console from there.",
                    dc.id.to_uppercase(),
                    dc.console_url,
                    dc.accounts_url
                ),
            ));
        }
        Ok(RegistrationPlan {
            dc,
            template: self.template,
            client_type: if self.template == Template::SelfClient {
                SELF_CLIENT_TYPE
            } else {
                CLIENT_TYPE
            },
            client_name,
            homepage,
            redirect_uris,
            loopback_port,
            loopback_uri,
            signs_in_itself: self.template.signs_in_itself(),
            notes,
        })
    }

    /// Like [`WizardInput::plan`], with problems in their serialisable form and what the form
    /// shows while it is incomplete.
    pub fn preview(&self) -> Preview {
        let loopback_uri = rules::port(
            Field::LoopbackPort,
            &self.loopback_port,
            rules::LOOPBACK_PORTS,
        )
        .ok()
        .map(loopback_uri);
        let org_id_taken = rules::org_id_taken_from_address(&self.catalyst.org);
        let (plan, problems) = match self.plan() {
            Ok(plan) => (Some(plan), Vec::new()),
            Err(problems) => (
                None,
                problems
                    .into_iter()
                    .map(|e| Error::from(e).to_problem())
                    .collect(),
            ),
        };
        Preview {
            plan,
            problems,
            loopback_uri,
            org_id_taken,
        }
    }

    fn catalyst_part(
        &self,
        c: &mut Checker,
        dc: Option<&'static DataCentre>,
        loopback_port: Option<u16>,
        notes: &mut Vec<Note>,
    ) -> Option<(String, Vec<String>)> {
        let input = &self.catalyst;
        let project = c.check(rules::catalyst_project_slug(&input.project));
        let org = c.check(rules::catalyst_org_id(&input.org));
        let environment = match input.environment.trim() {
            "development" => Some("development"),
            "production" => Some("production"),
            other => c.check(Err(InputError::UnknownEnvironment {
                given: other.to_string(),
            })),
        };
        let function = c.check(rules::catalyst_function(&input.function));
        let serve_port = c.check(rules::port(
            Field::CatalystServePort,
            &input.serve_port,
            rules::SERVE_PORTS,
        ));
        if let (Some(serve), Some(loopback)) = (serve_port, loopback_port) {
            if serve == loopback {
                c.check::<()>(Err(InputError::PortsClash { port: serve }));
            }
        }
        let (project, org, environment, function, serve_port, dc) =
            (project?, org?, environment?, function?, serve_port?, dc?);
        let (host, host_documented) = dc.catalyst_host();
        if !host_documented {
            notes.push(Note::new(
                "catalyst-host-assumed",
                &[("dc", dc.id.to_uppercase()), ("host", host.to_string())],
                format!(
                    "Zoho does not document Catalyst's host for the {} data centre, so {host} is assumed. Compare the app domain with your app's URL in the Catalyst console.",
                    dc.id.to_uppercase()
                ),
            ));
        }
        if environment == "production" {
            notes.push(Note::new(
                "production-unconfirmed",
                &[],
                "The production app domain (.production.) is not confirmed by Zoho. Compare it with your app's URL in the Catalyst console.".to_string(),
            ));
        }
        let app_domain = format!("https://{project}-{org}.{environment}.{host}");
        let redirects = vec![
            format!("{app_domain}/server/{function}/generateToken"),
            format!("http://localhost:{serve_port}/server/{function}/generateToken"),
        ];
        Some((format!("{app_domain}/app/index.html"), redirects))
    }

    fn custom_part(&self, c: &mut Checker) -> Option<(String, Vec<String>)> {
        let homepage = c.check(rules::web_address(
            Field::CustomHomepage,
            &self.custom.homepage,
        ));
        let mut redirects = Vec::new();
        let mut all_ok = true;
        for uri in self
            .custom
            .redirect_uris
            .iter()
            .filter(|u| !u.trim().is_empty())
        {
            match c.check(rules::web_address(Field::CustomRedirectUris, uri)) {
                Some(uri) if !redirects.contains(&uri) => redirects.push(uri),
                Some(_) => {}
                None => all_ok = false,
            }
        }
        all_ok.then_some((homepage?, redirects))
    }
}

/// What the wizard's first step offers, so a UI hard-codes no Zoho facts.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WizardOptions {
    pub data_centres: &'static [DataCentre],
    pub templates: Vec<TemplateOption>,
    pub catalyst_functions: Vec<FunctionOption>,
    pub defaults: WizardInput,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateOption {
    pub id: Template,
    pub label: &'static str,
    pub suggested_client_name: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct FunctionOption {
    pub name: &'static str,
    pub edition: &'static str,
}

impl WizardOptions {
    pub fn get() -> Self {
        WizardOptions {
            data_centres: &crate::dc::DATA_CENTRES,
            templates: Template::ALL
                .map(|id| TemplateOption {
                    id,
                    label: id.label(),
                    suggested_client_name: id.suggested_client_name(),
                })
                .into(),
            catalyst_functions: CATALYST_FUNCTIONS
                .map(|(name, edition)| FunctionOption { name, edition })
                .into(),
            defaults: WizardInput::default(),
        }
    }
}

/// The answer to "what would I register?" for a form that may still be incomplete.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub plan: Option<RegistrationPlan>,
    pub problems: Vec<Problem>,
    /// This app's redirect URI for the port typed so far, once the port is valid.
    pub loopback_uri: Option<String>,
    /// The org ID found in a pasted Catalyst console address.
    pub org_id_taken: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalyst(dc: &str, project: &str, org: &str) -> WizardInput {
        WizardInput {
            dc: dc.into(),
            catalyst: CatalystInput {
                project: project.into(),
                org: org.into(),
                ..CatalystInput::default()
            },
            ..WizardInput::default()
        }
    }

    fn kinds(input: &WizardInput) -> Vec<(&'static str, Option<Field>)> {
        input
            .plan()
            .unwrap_err()
            .iter()
            .map(|e| (e.kind(), e.field()))
            .collect()
    }

    #[test]
    fn catalyst_tutorial_in_us() {
        let plan = catalyst("us", "LeadManager", "60012345678").plan().unwrap();
        let domain = "https://leadmanager-60012345678.development.catalystserverless.com";
        assert_eq!(plan.client_type, "Server-based Applications");
        assert_eq!(plan.client_name, "LeadManagerApp");
        assert_eq!(plan.homepage, format!("{domain}/app/index.html"));
        assert_eq!(
            plan.redirect_uris,
            [
                format!("{domain}/server/crm_crud/generateToken"),
                "http://localhost:3000/server/crm_crud/generateToken".to_string(),
                "http://localhost:47823/callback".to_string(),
            ]
        );
        assert_eq!(plan.loopback_uri, "http://localhost:47823/callback");
        assert!(plan.notes.is_empty());
    }

    #[test]
    fn catalyst_uses_the_dc_host_python_function_and_custom_ports() {
        let mut input = catalyst(
            "eu",
            "Lead Manager",
            "https://console.catalyst.zoho.eu/baas/777/project/1",
        );
        input.catalyst.function = "lead_manager_function".into();
        input.catalyst.serve_port = "3100".into();
        input.loopback_port = "40000".into();
        let plan = input.plan().unwrap();
        let domain = "https://leadmanager-777.development.catalystserverless.eu";
        assert_eq!(plan.homepage, format!("{domain}/app/index.html"));
        assert_eq!(
            plan.redirect_uris,
            [
                format!("{domain}/server/lead_manager_function/generateToken"),
                "http://localhost:3100/server/lead_manager_function/generateToken".to_string(),
                "http://localhost:40000/callback".to_string(),
            ]
        );
        let india = catalyst("in", "x", "1").plan().unwrap();
        assert!(india
            .homepage
            .starts_with("https://x-1.development.catalystserverless.in/"));
    }

    #[test]
    fn catalyst_in_an_undocumented_dc_or_production_carries_a_note() {
        let plan = catalyst("jp", "p", "1").plan().unwrap();
        assert!(plan.homepage.contains(".catalystserverless.com/"));
        assert_eq!(plan.notes.len(), 1);
        assert!(plan.notes[0].contains("JP"));
        let mut input = catalyst("us", "p", "1");
        input.catalyst.environment = "production".into();
        let plan = input.plan().unwrap();
        assert!(plan
            .homepage
            .starts_with("https://p-1.production.catalystserverless.com/"));
        assert!(plan.notes[0].contains("production"));
    }

    #[test]
    fn every_bad_catalyst_field_is_reported_at_once() {
        let mut input = catalyst("eu", "lead_manager", "abc");
        input.catalyst.function = String::new();
        input.catalyst.environment = "staging".into();
        input.client_name = "Lead-Manager".into();
        input.loopback_port = "80".into();
        assert_eq!(
            kinds(&input),
            [
                ("client_name_invalid_chars", Some(Field::ClientName)),
                ("port_out_of_range", Some(Field::LoopbackPort)),
                ("project_name_invalid_chars", Some(Field::CatalystProject)),
                ("org_id_not_numeric", Some(Field::CatalystOrg)),
                ("unknown_environment", Some(Field::CatalystEnvironment)),
                ("function_name_empty", Some(Field::CatalystFunction)),
            ]
        );
    }

    #[test]
    fn loopback_port_must_differ_from_the_serve_port() {
        let mut input = catalyst("us", "p", "1");
        input.loopback_port = "3000".into();
        assert_eq!(kinds(&input), [("ports_clash", Some(Field::LoopbackPort))]);
    }

    #[test]
    fn hotglue_adds_its_callback_and_the_loopback() {
        let input = WizardInput {
            template: Template::Hotglue,
            client_name: Template::Hotglue.suggested_client_name().into(),
            ..WizardInput::default()
        };
        let plan = input.plan().unwrap();
        assert_eq!(plan.homepage, DEFAULT_HOTGLUE_HOMEPAGE);
        assert_eq!(
            plan.redirect_uris,
            [
                "https://hotglue.xyz/callback",
                "http://localhost:47823/callback"
            ]
        );
        let mut bad = input.clone();
        bad.hotglue.homepage = "http://acme.example".into();
        assert_eq!(
            kinds(&bad),
            [("url_not_https", Some(Field::HotglueHomepage))]
        );
    }

    #[test]
    fn custom_keeps_order_drops_blanks_and_duplicates() {
        let input = WizardInput {
            template: Template::Custom,
            custom: CustomInput {
                homepage: "https://acme.example".into(),
                redirect_uris: vec![
                    "https://acme.example/oauth/callback".into(),
                    "  ".into(),
                    "http://localhost:8080/cb".into(),
                    "https://acme.example/oauth/callback".into(),
                    "http://localhost:47823/callback".into(),
                ],
            },
            ..WizardInput::default()
        };
        let plan = input.plan().unwrap();
        assert_eq!(
            plan.redirect_uris,
            [
                "https://acme.example/oauth/callback",
                "http://localhost:8080/cb",
                "http://localhost:47823/callback"
            ]
        );
    }

    #[test]
    fn custom_reports_each_bad_redirect() {
        let input = WizardInput {
            template: Template::Custom,
            custom: CustomInput {
                homepage: "https://acme.example/?utm=1".into(),
                redirect_uris: vec![
                    "http://127.0.0.1:8080/cb".into(),
                    "http://acme.example/cb".into(),
                ],
            },
            ..WizardInput::default()
        };
        assert_eq!(
            kinds(&input),
            [
                ("url_has_query_or_fragment", Some(Field::CustomHomepage)),
                ("url_loopback_ip", Some(Field::CustomRedirectUris)),
                ("url_not_https", Some(Field::CustomRedirectUris)),
            ]
        );
    }

    #[test]
    fn uk_plan_warns_about_the_unconfirmed_console() {
        let plan = catalyst("uk", "p", "1").plan().unwrap();
        assert!(plan.notes.iter().any(|n| n.contains("api-console.zoho.uk")));
    }

    #[test]
    fn preview_serialises_problems_with_field_ids() {
        let preview = catalyst("us", "", "").preview();
        assert!(preview.plan.is_none());
        let json = serde_json::to_value(&preview).unwrap();
        assert_eq!(json["problems"][0]["field"], "catalyst-project");
        assert_eq!(json["problems"][1]["field"], "catalyst-org");
        assert_eq!(json["problems"][1]["kind"], "org_id_empty");
    }

    #[test]
    fn preview_shows_the_loopback_address_and_a_taken_org_id_while_incomplete() {
        let mut input = catalyst(
            "eu",
            "",
            "https://console.catalyst.zoho.eu/baas/777/project",
        );
        input.loopback_port = "40001".into();
        let preview = input.preview();
        assert!(preview.plan.is_none());
        assert_eq!(
            preview.loopback_uri.as_deref(),
            Some("http://localhost:40001/callback")
        );
        assert_eq!(preview.org_id_taken.as_deref(), Some("777"));
        assert_eq!(preview.problems[0].field_label, Some("project name"));
        input.loopback_port = "80".into();
        assert_eq!(input.preview().loopback_uri, None);
    }

    #[test]
    fn draft_inputs_deserialise_with_missing_fields_defaulted() {
        let input: WizardInput =
            serde_json::from_str(r#"{"dc":"eu","template":"hotglue"}"#).unwrap();
        assert_eq!(input.dc, "eu");
        assert_eq!(input.template, Template::Hotglue);
        assert_eq!(input.loopback_port, "47823");
        assert_eq!(input.catalyst.function, "crm_crud");
    }
}
