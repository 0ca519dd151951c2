//! A connection's sign-in made again through the customer: `zcw request new NAME --reconnect`,
//! answered by an admin who kept the connection (straight to the sign-in) or removed it (the
//! secret again, the same client only), imported into the connection in place.

use zcw_test_support::{Run, TEST_CLIENT_ID, TEST_SECRET};

use crate::onboarding::{arg, fingerprint, TwoParties};

/// The client secret after the admin regenerated it in the console.
const REGENERATED: &str = "fedcba9876543210fedcba9876543210fedcba9876";

impl TwoParties {
    /// A request for "acme-crm" answered, signed in and imported: the staff's connection works.
    fn imported(&self) {
        let fingerprint = self.request("acme-crm", &["--with-refresh-token", "--dc", "us"]);
        self.answer("acme-crm", &fingerprint);
        let (reply, _) = self.reply("acme-crm");
        self.staff(&["request", "import", &arg(&reply)])
            .success()
            .stdout_has("Imported \"acme-crm\".");
    }

    /// `zcw request new acme-crm --reconnect ...`: the request file (as zcw takes it) and its
    /// fingerprint.
    fn reconnect_request(&self, extra: &[&str]) -> (String, String) {
        let out = arg(&self.file("acme-crm-reconnect.zcwrequest"));
        let mut args = vec![
            "request",
            "new",
            "acme-crm",
            "--reconnect",
            "--from",
            "Acme Integrations",
            "--out",
            &out,
        ];
        args.extend_from_slice(extra);
        let made = self
            .staff(&args)
            .success()
            .stdout_has("Made the reconnect request \"acme-crm\"");
        let fingerprint = fingerprint(&made.stdout);
        (out, fingerprint)
    }

    /// The admin's `zcw add acme-crm --request FILE --fingerprint F [EXTRA]`, the secret piped.
    fn admin_add(&self, request: &str, fingerprint: &str, extra: &[&str], secret: &str) -> Run {
        self.admin_zcw()
            .args(["add", "acme-crm", "--request", request])
            .args(["--fingerprint", fingerprint])
            .args(extra)
            .stdin(secret)
            .run()
    }

    /// `zcw check acme-crm` on the staff's side, with API calls going to the emulator.
    fn staff_check(&self) -> Run {
        self.staff_zcw()
            .env("ZCW_API_URL", self.zoho.url())
            .args(["check", "acme-crm", "--passphrase-file", &self.pass()])
            .run()
    }

    /// The staff hold exactly one "acme-crm", and its token is one Zoho accepts.
    fn one_working_connection(&self) {
        let listed = self.staff_plain(&["list"]).success();
        assert_eq!(
            listed.stdout.matches("acme-crm").count(),
            1,
            "{}",
            listed.stdout
        );
        let token = self.staff(&["token", "acme-crm"]).success();
        assert!(self.zoho.access_token_valid(token.stdout.trim()));
    }
}

#[test]
fn a_reconnect_answered_by_an_admin_who_kept_the_connection_goes_straight_to_the_sign_in() {
    let parties = TwoParties::start();
    parties.imported();
    // The customer's admin changed their password with "terminate all API tokens".
    parties.zoho.revoke_all();
    parties.zoho.end_access_tokens();
    parties
        .staff_check()
        .exit(4)
        .stdout_has("acme-crm: needs a new sign-in")
        .stdout_has("zcw request new acme-crm --reconnect");

    let (request, fingerprint) = parties.reconnect_request(&[]);
    let text = std::fs::read_to_string(parties.file("acme-crm-reconnect.zcwrequest")).unwrap();
    assert!(
        text.contains(TEST_CLIENT_ID) && text.contains("\"zcwRequest\": 2"),
        "{text}"
    );
    // The admin kept "acme-crm" with that client: nothing to enter, the sign-in is what is left.
    let exchanges = parties.zoho.exchanges();
    parties
        .admin_add(&request, &fingerprint, &[], "")
        .success()
        .stderr_has(&format!(
            "Asks:         to sign in again with the client {TEST_CLIENT_ID}"
        ))
        .stdout_has("is kept here with that client: nothing else to enter")
        .stdout_has("zcw login acme-crm");
    parties
        .admin(&["login", "acme-crm", "--timeout", "30"])
        .success();
    assert_eq!(parties.zoho.exchanges(), exchanges + 1);
    let (reply, _) = parties.reply("acme-crm");

    parties
        .staff(&["request", "import", &arg(&reply)])
        .success()
        .stdout_has("Reply to the reconnect request for \"acme-crm\"")
        .stdout_has("Reconnected \"acme-crm\"")
        .stdout_has("The earlier sign-in no longer worked at Zoho.")
        .never_shows(TEST_SECRET);
    parties.one_working_connection();
    parties.staff_check().success().stdout_has("acme-crm: ");
    // The same connection: its name and client kept, the request answered.
    let show = parties
        .staff_plain(&["show", "acme-crm", "--json"])
        .success()
        .json();
    assert_eq!(show["clientId"], TEST_CLIENT_ID);
    parties
        .staff(&["request", "list"])
        .success()
        .stdout_has("Answered");
}

#[test]
fn a_reconnect_answered_by_an_admin_who_removed_the_connection_takes_the_same_client_only() {
    let parties = TwoParties::start();
    parties.imported();
    // The admin removed the connection from their computer (the sign-in stays at Zoho) and
    // regenerated the client's secret; the staff want a scope more.
    parties
        .admin(&["remove", "acme-crm", "--yes", "--local-only"])
        .success();
    let (request, fingerprint) = parties.reconnect_request(&["--scopes", "ZohoCRM.org.READ"]);

    // Another client: refused, nothing saved.
    parties
        .admin_add(
            &request,
            &fingerprint,
            &["--client-id", "1000.ANOTHERCLIENTANOTHERCLIENT0123"],
            TEST_SECRET,
        )
        .exit(2)
        .stderr_has("the Client ID given is another client's");
    parties.admin(&["list"]).success().never_shows("acme-crm");

    // A connection of the admin's own under that name and client is not handed over.
    parties
        .admin_zcw()
        .args([
            "add",
            "acme-crm",
            "--client-id",
            TEST_CLIENT_ID,
            "--template",
            "hotglue",
        ])
        .stdin(TEST_SECRET)
        .run()
        .success();
    parties
        .admin_add(&request, &fingerprint, &[], "")
        .exit(2)
        .stderr_has("was not made from a request");
    parties
        .admin(&["remove", "acme-crm", "--yes", "--local-only"])
        .success();

    parties.zoho.register_client(
        TEST_CLIENT_ID,
        REGENERATED,
        &[
            "https://hotglue.xyz/callback",
            &format!("http://localhost:{}/callback", parties.port),
        ],
    );
    parties
        .admin_add(&request, &fingerprint, &[], REGENERATED)
        .success()
        .stdout_has("zcw login acme-crm");
    let show = parties
        .admin(&["show", "acme-crm", "--json"])
        .success()
        .json();
    assert_eq!(show["clientId"], TEST_CLIENT_ID);
    assert!(
        show["scopes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "ZohoCRM.org.READ"),
        "{show}"
    );
    parties
        .admin(&["login", "acme-crm", "--timeout", "30"])
        .success();
    let (reply, _) = parties.reply("acme-crm");

    let revoked = parties.zoho.revocations();
    parties
        .staff(&["request", "import", &arg(&reply)])
        .success()
        .stdout_has("Reconnected \"acme-crm\"")
        .stdout_has("its client secret was regenerated")
        .stdout_has("The earlier sign-in was revoked at Zoho.")
        .never_shows(REGENERATED);
    assert_eq!(
        parties.zoho.revocations(),
        revoked + 1,
        "the old refresh token"
    );
    parties.one_working_connection();
    // A refresh with the regenerated secret: Zoho accepts it.
    let refreshes = parties.zoho.refreshes();
    parties
        .staff(&["token", "acme-crm", "--force-refresh"])
        .success();
    assert_eq!(parties.zoho.refreshes(), refreshes + 1);
}

#[test]
fn a_reconnect_on_the_team_store_reaches_every_machine_in_place() {
    use crate::onboarding::PASSPHRASE;
    use crate::team::Team;
    use zcw_test_support::openbao::ROOT_TOKEN;

    let team = Team::start();
    let laptop = team.machine("laptop", ROOT_TOKEN);
    let server = team.machine("server", ROOT_TOKEN);
    // The customer's admin: a computer of their own, with the encrypted file.
    let customer = team.bare_machine("customer", &[]);
    let dir = tempfile::tempdir().unwrap();
    let passphrase = dir.path().join("passphrase.txt");
    std::fs::write(&passphrase, format!("{PASSPHRASE}\n")).unwrap();
    let passphrase = arg(&passphrase);
    let file = |name: &str| arg(&dir.path().join(name));
    let admin = |args: &[&str], stdin: &str| {
        team.zcw(&customer)
            .args(args)
            .args(["--passphrase-file", &passphrase])
            .stdin(stdin)
            .run()
    };
    let answer = |request: &str, extra: &[&str], secret: &str, reply: &str| {
        let mut args = vec!["add", "acme", "--request", request];
        args.extend_from_slice(extra);
        let added = admin(&args, secret).success();
        admin(&["login", "acme", "--timeout", "30"], "").success();
        admin(&["reply", "acme", "--out", reply], "").success();
        added
    };
    admin(&["store", "--use", "file"], "").success();
    let port = team.port.to_string();

    let made = team
        .run(
            &laptop,
            &[
                "request",
                "new",
                "acme",
                "--template",
                "hotglue",
                "--port",
                &port,
                "--dc",
                "us",
                "--with-refresh-token",
                "--from",
                "Acme Integrations",
                "--out",
                &file("acme.zcwrequest"),
            ],
        )
        .success();
    let first = fingerprint(&made.stdout);
    answer(
        &file("acme.zcwrequest"),
        &["--client-id", TEST_CLIENT_ID, "--fingerprint", &first],
        TEST_SECRET,
        &file("acme.zcwreply"),
    );
    team.run(&laptop, &["request", "import", &file("acme.zcwreply")])
        .success()
        .stdout_has("Imported \"acme\"");
    team.run(&server, &["token", "acme"]).success();

    // Zoho ends the sign-in: no machine of the team can refresh.
    team.zoho.revoke_all();
    team.zoho.end_access_tokens();
    team.run(&server, &["token", "acme", "--force-refresh"])
        .exit(4);

    let made = team
        .run(
            &laptop,
            &[
                "request",
                "new",
                "acme",
                "--reconnect",
                "--from",
                "Acme Integrations",
                "--out",
                &file("again.zcwrequest"),
            ],
        )
        .success();
    let again = fingerprint(&made.stdout);
    answer(
        &file("again.zcwrequest"),
        &["--fingerprint", &again],
        "",
        &file("again.zcwreply"),
    )
    .stdout_has("is kept here with that client");
    team.run(&laptop, &["request", "import", &file("again.zcwreply")])
        .success()
        .stdout_has("Reconnected \"acme\"");

    // The server sees the new sign-in at its next call, with no refresh: one connection, working.
    let refreshes = team.zoho.refreshes();
    let token = team.run(&server, &["token", "acme"]).success();
    assert!(team.zoho.access_token_valid(token.stdout.trim()));
    assert_eq!(team.zoho.refreshes(), refreshes);
    let listed = team.run(&server, &["list"]).success();
    let rows = listed
        .stdout
        .lines()
        .filter(|l| l.starts_with("acme "))
        .count();
    assert_eq!(rows, 1, "{}", listed.stdout);
}
