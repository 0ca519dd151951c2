//! `zcw doctor`: "Check this computer" on the command line, as text or JSON for a support ticket.

use clap::Args;
use zcw_core::doctor::check_this_computer;
use zcw_core::Context;

use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print JSON (no secret is ever in it) for a support ticket.
    #[arg(long)]
    json: bool,
}

/// Exits 0 when everything is fine, 1 when something needs doing.
pub fn doctor(ctx: &Context, args: &DoctorArgs) -> CliResult<u8> {
    let report = crate::runtime::runtime().block_on(check_this_computer(ctx));
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("reports serialise")
        );
    } else {
        println!("Checking this computer for zcw {}:", report.version);
        for check in &report.checks {
            let mark = if check.ok { "ok     " } else { "PROBLEM" };
            println!("{mark} {}: {}", check.title, check.detail);
            if let Some(fix) = &check.fix {
                println!("        What to do: {fix}");
            }
        }
        let problems = report.checks.iter().filter(|c| !c.ok).count();
        match problems {
            0 => println!("Everything looks fine ({} ms).", report.took_ms),
            n => println!("{n} to look at ({} ms).", report.took_ms),
        }
    }
    Ok(u8::from(!report.all_ok()))
}
