//! `zcw uris` and `zcw console`.

use clap::Args;
use zcw_core::config::Config;
use zcw_core::{DataCentre, RegistrationPlan};

use crate::error::CliResult;
use crate::template_args::TemplateArgs;

#[derive(Debug, Args)]
pub struct UrisArgs {
    #[command(flatten)]
    template: TemplateArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn uris(args: &UrisArgs) -> CliResult<()> {
    let plan = args.template.to_input()?.plan()?;
    if args.json {
        // Scripts read the notes as English sentences, as before the app worded them itself.
        let mut json = serde_json::to_value(&plan).expect("plans serialise");
        json["notes"] = plan.notes.iter().map(|note| note.text.clone()).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&json).expect("plans serialise")
        );
    } else {
        print!("{}", plan_as_text(&plan));
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct ConsoleArgs {
    /// Data centre: us, eu, in, au, jp, ca, sa, cn or uk.
    #[arg(long, default_value = DataCentre::DEFAULT_ID)]
    dc: String,
    /// Print the address instead of opening it.
    #[arg(long)]
    print: bool,
}

pub fn console(config: &Config, args: &ConsoleArgs) -> CliResult<()> {
    let url = DataCentre::by_id(&args.dc)
        .map_err(zcw_core::Error::from)?
        .checked_console_url()
        .map_err(zcw_core::Error::from)?;
    if args.print {
        println!("{url}");
    } else {
        config.browser.open(&url)?;
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
        line("Note:", &note.text);
    }
    out
}
