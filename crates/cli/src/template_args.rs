//! The options that describe what is being connected, shared by `zcw uris` and `zcw add`.

use clap::{Args, ValueEnum};
use zcw_core::registration::{CatalystInput, CustomInput, HotglueInput};
use zcw_core::{DataCentre, Template, WizardInput};

use crate::error::{CliError, CliResult};

/// `--template`'s values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TemplateChoice {
    /// A Zoho Catalyst app (the LeadManager tutorial).
    Catalyst,
    /// A hotglue connector, such as Optiply's.
    Hotglue,
    /// Your own homepage and redirect URIs.
    Custom,
}

impl From<TemplateChoice> for Template {
    fn from(choice: TemplateChoice) -> Self {
        match choice {
            TemplateChoice::Catalyst => Template::Catalyst,
            TemplateChoice::Hotglue => Template::Hotglue,
            TemplateChoice::Custom => Template::Custom,
        }
    }
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// What you are connecting.
    #[arg(long, value_enum)]
    template: Option<TemplateChoice>,
    /// Data centre: us, eu, in, au, jp, ca, sa, cn or uk (default us; for a request: the
    /// customer chooses).
    #[arg(long)]
    dc: Option<String>,
    /// Client name to register (default: a suggestion for the template).
    #[arg(long)]
    client_name: Option<String>,
    /// Port of this app's loopback redirect URI http://localhost:PORT/callback.
    #[arg(long)]
    port: Option<String>,
    /// Catalyst: project name.
    #[arg(long, default_value = "")]
    project: String,
    /// Catalyst: org ID, or a Catalyst console address containing it.
    #[arg(long, default_value = "")]
    org: String,
    /// Catalyst: development or production.
    #[arg(long = "env")]
    environment: Option<String>,
    /// Catalyst: function name (crm_crud, or lead_manager_function for the Python edition).
    #[arg(long)]
    function: Option<String>,
    /// Catalyst: port of `catalyst serve`.
    #[arg(long)]
    serve_port: Option<String>,
    /// Hotglue and custom: your homepage URL.
    #[arg(long)]
    homepage: Option<String>,
    /// Custom: an Authorized Redirect URI (repeat for several).
    #[arg(long = "redirect")]
    redirects: Vec<String>,
}

impl TemplateArgs {
    /// The data centre given, if one was.
    pub fn dc(&self) -> Option<&str> {
        self.dc.as_deref()
    }

    /// The same input the wizard's first step would hold.
    pub fn to_input(&self) -> CliResult<WizardInput> {
        let defaults = WizardInput::default();
        let catalyst_defaults = CatalystInput::default();
        let template = Template::from(self.template.ok_or(CliError::MissingOption {
            option: "--template catalyst|hotglue|custom",
            what: "what you are connecting",
        })?);
        Ok(WizardInput {
            dc: self
                .dc
                .clone()
                .unwrap_or_else(|| DataCentre::DEFAULT_ID.into()),
            template,
            client_name: self
                .client_name
                .clone()
                .unwrap_or_else(|| template.suggested_client_name().to_string()),
            loopback_port: self.port.clone().unwrap_or(defaults.loopback_port),
            catalyst: CatalystInput {
                project: self.project.clone(),
                org: self.org.clone(),
                environment: self
                    .environment
                    .clone()
                    .unwrap_or(catalyst_defaults.environment),
                function: self.function.clone().unwrap_or(catalyst_defaults.function),
                serve_port: self
                    .serve_port
                    .clone()
                    .unwrap_or(catalyst_defaults.serve_port),
            },
            hotglue: HotglueInput {
                homepage: self.homepage.clone().unwrap_or(defaults.hotglue.homepage),
            },
            custom: CustomInput {
                homepage: self.homepage.clone().unwrap_or_default(),
                redirect_uris: self.redirects.clone(),
            },
        })
    }
}
