//! `zcw`: the Zoho Credential Wizard on the command line.

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use zcw_core::browser::open_in_browser;
use zcw_core::registration::{CatalystInput, CustomInput, HotglueInput};
use zcw_core::{DataCentre, Error, RegistrationPlan, Template, WizardInput};

/// Exit code for input the user must correct.
const EXIT_BAD_INPUT: u8 = 2;
/// Exit code for anything else that failed.
const EXIT_FAILURE: u8 = 1;

#[derive(Parser)]
#[command(
    name = "zcw",
    version,
    about = "Register Zoho OAuth clients and get working tokens"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print what to enter in the Zoho API console: client name, homepage and redirect URIs.
    Uris(UrisArgs),
    /// Open the Zoho API console of a data centre in the browser ($BROWSER if set).
    Console {
        /// Data centre: us, eu, in, au, jp, ca, sa, cn or uk.
        #[arg(long, default_value = DataCentre::DEFAULT_ID)]
        dc: String,
        /// Print the address instead of opening it.
        #[arg(long)]
        print: bool,
    },
}

#[derive(Args)]
struct UrisArgs {
    /// What you are connecting.
    #[arg(long, value_enum)]
    template: Template,
    /// Data centre: us, eu, in, au, jp, ca, sa, cn or uk.
    #[arg(long, default_value = DataCentre::DEFAULT_ID)]
    dc: String,
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
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

impl UrisArgs {
    fn to_input(&self) -> WizardInput {
        let defaults = WizardInput::default();
        let catalyst_defaults = CatalystInput::default();
        WizardInput {
            dc: self.dc.clone(),
            template: self.template,
            client_name: self
                .client_name
                .clone()
                .unwrap_or_else(|| self.template.suggested_client_name().to_string()),
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
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Uris(args) => uris(&args),
        Command::Console { dc, print } => console(&dc, print),
    }
}

fn uris(args: &UrisArgs) -> ExitCode {
    match args.to_input().plan() {
        Ok(plan) if args.json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&plan).expect("plans serialise")
            );
            ExitCode::SUCCESS
        }
        Ok(plan) => {
            print!("{}", plan_as_text(&plan));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                report(problem);
            }
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn console(dc: &str, print: bool) -> ExitCode {
    let result = DataCentre::by_id(dc).and_then(|dc| {
        let url = dc.checked_console_url()?;
        if print {
            println!("{url}");
        } else {
            open_in_browser(&url)?;
            eprintln!("Opened {url} in your browser.");
        }
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e);
            if e.field().is_some() {
                ExitCode::from(EXIT_BAD_INPUT)
            } else {
                ExitCode::from(EXIT_FAILURE)
            }
        }
    }
}

/// Prints an error to stderr, prefixed with the option to correct when there is one.
fn report(error: &Error) {
    match error.field() {
        Some(field) => eprintln!("zcw: {}: {error}", field.cli_flag()),
        None => eprintln!("zcw: {error}"),
    }
}

fn plan_as_text(plan: &RegistrationPlan) -> String {
    const WIDTH: usize = 16;
    let mut out = String::new();
    let mut line = |label: &str, value: &str| {
        out.push_str(&format!("{label:<WIDTH$}{value}\n"));
    };
    line(
        "Data centre:",
        &format!(
            "{} ({}) · console {}",
            plan.dc.id.to_uppercase(),
            plan.dc.domain,
            plan.dc.console_url
        ),
    );
    line("Client type:", plan.client_type);
    line("Client name:", &plan.client_name);
    line("Homepage URL:", &plan.homepage);
    for (i, uri) in plan.redirect_uris.iter().enumerate() {
        line(if i == 0 { "Redirect URIs:" } else { "" }, uri);
    }
    for note in &plan.notes {
        line("Note:", note);
    }
    out
}
