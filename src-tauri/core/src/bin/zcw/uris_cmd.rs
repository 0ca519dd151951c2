//! `zcw uris` and `zcw console`.

use clap::Args;
use zcw_core::browser::open_in_browser;
use zcw_core::{DataCentre, Error, RegistrationPlan};

use crate::template_args::TemplateArgs;

#[derive(Args)]
pub struct UrisArgs {
    #[command(flatten)]
    template: TemplateArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn uris(args: &UrisArgs) -> Result<(), Vec<Error>> {
    let plan = args.template.to_input().plan()?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&plan).expect("plans serialise")
        );
    } else {
        print!("{}", plan_as_text(&plan));
    }
    Ok(())
}

pub fn console(dc: &str, print: bool) -> zcw_core::Result<()> {
    let url = DataCentre::by_id(dc)?.checked_console_url()?;
    if print {
        println!("{url}");
    } else {
        open_in_browser(&url)?;
        eprintln!("Opened {url} in your browser.");
    }
    Ok(())
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
