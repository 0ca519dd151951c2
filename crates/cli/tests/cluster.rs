//! The team store on a real three-node OpenBao cluster (Raft): machines given every node's
//! address keep working when the active node is killed in the middle of a refresh (exactly one
//! refresh reaches Zoho), and a cluster that has lost its quorum is said in words, losing nothing.
//! They run in a step of their own (scripts/test.sh, "team store cluster"), one at a time: three
//! `bao` servers each, whose elections starve when the rest of the suite shares two cores.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use zcw_test_support::openbao_cluster::OpenBaoCluster;
use zcw_test_support::{wait_until, wine};

use crate::team::{Machine, Store, Team};

impl Store for OpenBaoCluster {
    fn address_args(&self) -> Vec<String> {
        self.addresses()
            .into_iter()
            .flat_map(|address| ["--vault-addr".to_string(), address])
            .collect()
    }

    fn kv_json(&self, path: &str) -> Option<serde_json::Value> {
        OpenBaoCluster::kv_json(self, path)
    }

    fn kv_put_json(&self, path: &str, record: &serde_json::Value) {
        OpenBaoCluster::kv_put_json(self, path, record);
    }
}

/// A cluster, the admin machine that connected "crm", and three more machines.
fn fleet() -> (Team<OpenBaoCluster>, Machine, Vec<Machine>) {
    let cluster = OpenBaoCluster::start();
    let root = cluster.root_token.clone();
    let team = Team::with(cluster);
    let admin = team.machine("admin", &root);
    team.connected(&admin);
    let machines = (0..3)
        .map(|i| team.machine(&format!("server{i}"), &root))
        .collect();
    (team, admin, machines)
}

/// The cluster's failover is the core's own code: tested on Linux, not again under Wine.
fn under_wine() -> bool {
    wine::skip("the cluster failover is platform-independent code, tested on Linux")
}

#[test]
#[ignore = "a step of its own in scripts/test.sh runs it, one test at a time"]
fn the_active_node_killed_mid_refresh_costs_nothing_and_zoho_sees_one_refresh() {
    if under_wine() {
        return;
    }
    let (mut team, admin, machines) = fleet();
    let stale = team.run(&admin, &["token", "crm"]).success().stdout;
    team.expire_cached_token();
    // Zoho takes a second, so the kill lands while the lease holder waits for it.
    team.zoho
        .behave(|b| b.refresh_delay = Duration::from_secs(1));
    let team_ref = &team;
    let children: Vec<_> = machines
        .iter()
        .flat_map(|machine| {
            (0..10).map(move |_| team_ref.zcw(machine).args(["token", "crm"]).spawn())
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let active = team.bao.active().expect("an active node");
    team.bao.kill(active);
    let outputs: Vec<_> = children
        .into_iter()
        .map(|child| child.wait_with_output().unwrap())
        .collect();
    for out in &outputs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let tokens: BTreeSet<String> = outputs
        .iter()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .collect();
    assert_eq!(tokens.len(), 1, "{tokens:?}");
    let token = tokens.into_iter().next().unwrap();
    assert_ne!(token, stale.trim());
    assert!(team.zoho.access_token_valid(&token));
    assert_eq!(team.zoho.refreshes(), 1, "one refresh for the whole fleet");
    let record = team.bao.kv_json("zcw/tokens/crm").unwrap();
    assert!(record.get("lease").is_none(), "{record}");
}

#[test]
#[ignore = "a step of its own in scripts/test.sh runs it, one test at a time"]
fn a_cluster_without_quorum_says_so_in_time_and_loses_nothing() {
    if under_wine() {
        return;
    }
    let (mut team, admin, machines) = fleet();
    let token = team.run(&admin, &["token", "crm"]).success().stdout;
    // Every node holds the signed-in connection before two die: the survivor answers reads from
    // its own copy (OpenBao's standby reads), and this test is about quorum, not replication lag.
    assert!(
        wait_until(Duration::from_secs(30), || (0..3).all(|i| team
            .bao
            .kv_json_on(i, "zcw/connections/crm")
            .is_some_and(|c| !c["signedIn"].is_null()))),
        "a node never caught up with the sign-in"
    );
    let active = team.bao.active().expect("an active node");
    let down: Vec<usize> = (0..3).filter(|&i| i != active).take(2).collect();
    // The active node and one standby: one of three left.
    for &i in &[active, down[0]] {
        team.bao.kill(i);
    }
    let started = Instant::now();
    team.run(&machines[0], &["token", "crm", "--force-refresh"])
        .exit(3)
        .stderr_has("has lost its quorum")
        .stderr_has("2 of its 3 nodes do not answer");
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(team.zoho.refreshes(), 0);
    // Back to quorum (once the two elect a leader): the connection and its token are still there.
    team.bao.restart(down[0]);
    let mut after = String::new();
    assert!(
        wait_until(Duration::from_secs(90), || {
            let run = team.run(&machines[1], &["token", "crm"]);
            after = run.stdout;
            run.code == Some(0)
        }),
        "the cluster never served again"
    );
    assert_eq!(after, token, "nothing lost");
}
