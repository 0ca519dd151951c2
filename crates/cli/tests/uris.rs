//! `zcw uris`: every template, text and JSON, and errors that name the option to fix.

use serde_json::Value;

use crate::zcw_in;

fn uris_json(args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    zcw_in(dir.path())
        .arg("uris")
        .args(args)
        .arg("--json")
        .run()
        .success()
        .json()
}

#[test]
fn catalyst_in_eu_with_a_pasted_console_url() {
    let plan = uris_json(&[
        "--template",
        "catalyst",
        "--project",
        "Lead Manager",
        "--org",
        "https://console.catalyst.zoho.eu/baas/60012345678/project/1/Development#/",
        "--dc",
        "eu",
    ]);
    let domain = "https://leadmanager-60012345678.development.catalystserverless.eu";
    assert_eq!(plan["clientType"], "Server-based Applications");
    assert_eq!(plan["clientName"], "LeadManagerApp");
    assert_eq!(plan["homepage"], format!("{domain}/app/index.html"));
    assert_eq!(
        plan["redirectUris"],
        serde_json::json!([
            format!("{domain}/server/crm_crud/generateToken"),
            "http://localhost:3000/server/crm_crud/generateToken",
            "http://localhost:47823/callback",
        ])
    );
    assert_eq!(plan["dc"]["consoleUrl"], "https://api-console.zoho.eu");
}

#[test]
fn catalyst_options_change_function_ports_and_environment() {
    let plan = uris_json(&[
        "--template",
        "catalyst",
        "--project",
        "crm",
        "--org",
        "42",
        "--dc",
        "in",
        "--env",
        "production",
        "--function",
        "lead_manager_function",
        "--serve-port",
        "3100",
        "--port",
        "41000",
    ]);
    let domain = "https://crm-42.production.catalystserverless.in";
    assert_eq!(
        plan["redirectUris"],
        serde_json::json!([
            format!("{domain}/server/lead_manager_function/generateToken"),
            "http://localhost:3100/server/lead_manager_function/generateToken",
            "http://localhost:41000/callback",
        ])
    );
    assert!(plan["notes"][0].as_str().unwrap().contains("production"));
}

#[test]
fn hotglue_default_and_own_homepage() {
    let plan = uris_json(&["--template", "hotglue"]);
    assert_eq!(
        plan["redirectUris"],
        serde_json::json!([
            "https://hotglue.xyz/callback",
            "http://localhost:47823/callback"
        ])
    );
    let plan = uris_json(&[
        "--template",
        "hotglue",
        "--homepage",
        "https://acme.example",
        "--port",
        "40001",
    ]);
    assert_eq!(plan["homepage"], "https://acme.example");
    assert_eq!(plan["loopbackUri"], "http://localhost:40001/callback");
}

#[test]
fn custom_with_several_redirects() {
    let plan = uris_json(&[
        "--template",
        "custom",
        "--homepage",
        "https://acme.example",
        "--redirect",
        "https://acme.example/oauth",
        "--redirect",
        "http://localhost:8080/cb",
    ]);
    assert_eq!(
        plan["redirectUris"],
        serde_json::json!([
            "https://acme.example/oauth",
            "http://localhost:8080/cb",
            "http://localhost:47823/callback"
        ])
    );
}

#[test]
fn text_output_lists_every_value() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = zcw_in(dir.path())
        .args(["uris", "--template", "hotglue", "--dc", "au"])
        .run()
        .success()
        .stdout;
    for expected in [
        "AU (zoho.com.au)",
        "Server-based Applications",
        "Optiply Hotglue",
        "https://www.optiply.com",
        "https://hotglue.xyz/callback",
        "http://localhost:47823/callback",
    ] {
        assert!(
            stdout.contains(expected),
            "{expected} missing from:\n{stdout}"
        );
    }
}

#[test]
fn bad_input_names_the_option_and_the_fix_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let run = zcw_in(dir.path())
        .args([
            "uris",
            "--template",
            "catalyst",
            "--project",
            "Lead-Manager",
            "--org",
            "12ab",
            "--port",
            "80",
        ])
        .run()
        .exit(2)
        .stderr_has("--project: The project name contains \"-\"")
        .stderr_has("--org: The org ID \"12ab\" is not a number")
        .stderr_has("--port: Port 80 is out of range. Use a port from 1024 to 65535.");
    assert!(run.stdout.is_empty(), "{}", run.stdout);

    zcw_in(dir.path())
        .args([
            "uris",
            "--template",
            "custom",
            "--homepage",
            "http://acme.example",
            "--redirect",
            "http://127.0.0.1:9000/cb",
        ])
        .run()
        .exit(2)
        .stderr_has("--homepage: \"http://acme.example\" must start with https://")
        .stderr_has("--redirect: Zoho rejects 127.0.0.1")
        .stderr_has("http://localhost:9000/cb");
}
