//! `ydirect sync` by several worker processes on one PostgreSQL mirror: two processes running
//! `--all-logins` rounds at once, and a worker killed mid-sync (`kill -9`) whose login is taken
//! over after its lease. Skipped, saying so, where the machine has no PostgreSQL server (a
//! failure with `REQUIRE_POSTGRES=1`).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use integration_tests::mirror_db::{postgres, Backend};
use serde_json::json;
use tools::mirror_data::seed_account;
use yandex_direct_fake_server::{FakeConfig, FakeServer, Kind};

mod common;
use common::{start_fake_server, text, ydirect};

/// `ydirect sync --db DB --base-url URL` with `args`, started in the background.
fn spawn_sync(db: &str, url: &str, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .args(["sync", "--db", db, "--base-url", url])
        .args(args)
        .env("YANDEX_DIRECT_TOKEN", "token")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ydirect starts")
}

/// A fresh full sync of `logins` into database `name`: the reference state.
fn reference(backend: &Backend, server: &FakeServer, name: &str, logins: &[&str]) {
    let db = backend.database(name);
    let url = server.base_url();
    let mut args = vec!["sync", "--db", &db, "--base-url", &url];
    for login in logins {
        args.extend(["--login", login]);
    }
    let out = ydirect(&args, Some("token"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn two_processes_run_all_logins_rounds_at_once_and_the_mirror_equals_a_reference_sync() {
    let test = "two_processes_run_all_logins_rounds_at_once_and_the_mirror_equals_a_reference_sync";
    let Some(backend) = postgres(test) else {
        return;
    };
    let (_runtime, server) = start_fake_server(FakeConfig::default());
    let logins: Vec<String> = (0..6).map(|i| format!("worker-client-{i}")).collect();
    let names: Vec<&str> = logins.iter().map(String::as_str).collect();
    let accounts: Vec<_> = names
        .iter()
        .map(|login| seed_account(&server, login, 10, 20, 20, 40))
        .collect();
    let db = backend.database("shared");
    let url = server.base_url();
    reference(&backend, &server, "shared", &names);
    for (login, account) in names.iter().zip(&accounts) {
        server.with_store(login, |store| {
            assert!(store.set_field(Kind::Campaign, account.campaigns[0], "Name", json!("new")));
            assert!(store.remove(Kind::Keyword, account.keywords[3]));
        });
    }
    server.clear_requests();
    // Each request waits for a second one of its login: two syncs of a login at once would be
    // seen by the server.
    server.hold_until_in_flight(6, Duration::from_millis(20));

    let workers = [
        spawn_sync(&db, &url, &["--all-logins"]),
        spawn_sync(&db, &url, &["--all-logins"]),
    ];
    let mut synced = Vec::new();
    for worker in workers {
        let out = worker.wait_with_output().expect("the worker ends");
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
        assert!(!stderr.contains("506"), "{stderr}");
        synced.extend(
            stdout
                .lines()
                .filter(|line| line.contains(": incremental complete:"))
                .map(|line| line.split(':').next().unwrap_or_default().to_owned()),
        );
    }
    synced.sort();
    synced.dedup();
    assert_eq!(synced, logins, "every login synced in the round");
    for login in &names {
        assert!(server.max_in_flight(login) <= 5, "{login}");
        assert!(
            server.count_of(login, "changes", "checkCampaigns") <= 2,
            "{login}: at most once by each worker"
        );
    }
    server.hold_until_in_flight(1, Duration::from_millis(1));
    reference(&backend, &server, "reference", &names);
    assert_eq!(backend.dump("shared"), backend.dump("reference"));
}

#[test]
fn a_worker_killed_mid_sync_leaves_its_login_to_the_next_after_its_lease() {
    let test = "a_worker_killed_mid_sync_leaves_its_login_to_the_next_after_its_lease";
    let Some(backend) = postgres(test) else {
        return;
    };
    let (_runtime, server) = start_fake_server(FakeConfig::default());
    let login = "killed-client";
    seed_account(&server, login, 20, 40, 40, 80);
    let db = backend.database("mirror");
    let url = server.base_url();
    // Slow answers: the worker is still syncing when it is killed.
    server.hold_until_in_flight(6, Duration::from_millis(300));
    let mut worker = spawn_sync(&db, &url, &["--login", login, "--lease-seconds", "3"]);
    let deadline = Instant::now() + Duration::from_secs(60);
    while server.requests_of(login) < 4 {
        assert!(Instant::now() < deadline, "the worker sent no requests");
        assert!(
            worker.try_wait().expect("wait").is_none(),
            "the worker ended early"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    worker.kill().expect("kill -9");
    let killed_at = Instant::now();
    worker.wait().expect("reaped");
    server.hold_until_in_flight(1, Duration::from_millis(1));

    // Within the lease: skipped, and said so.
    let out = ydirect(
        &[
            "sync",
            "--db",
            &db,
            "--base-url",
            &url,
            "--login",
            login,
            "--skip-locked",
        ],
        Some("token"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        killed_at.elapsed() < Duration::from_secs(3),
        "checked within the lease"
    );
    assert!(
        text(&out.stderr).contains(&format!("{login}: skipped, another worker is syncing it")),
        "{}",
        text(&out.stderr)
    );
    // By default: waits for the lease, then completes the mirror.
    let out = ydirect(
        &["sync", "--db", &db, "--base-url", &url, "--login", login],
        Some("token"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The lease was last renewed at most a third of it (1 s) before the kill.
    assert!(
        killed_at.elapsed() >= Duration::from_millis(1800),
        "not before the lease expired: {:?}",
        killed_at.elapsed()
    );
    assert!(
        text(&out.stdout).contains("complete"),
        "{}",
        text(&out.stdout)
    );
    reference(&backend, &server, "reference", &[login]);
    assert_eq!(backend.dump("mirror"), backend.dump("reference"));
}

#[test]
fn an_unreachable_postgresql_database_is_a_clear_error() {
    let out = ydirect(
        &[
            "sync",
            "--db",
            "postgres://mirror@127.0.0.1:1/direct",
            "--login",
            "a",
            "--base-url",
            "http://127.0.0.1:1",
        ],
        Some("token"),
    );
    assert_eq!(out.status.code(), Some(1), "a local failure");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("mirror database: connecting to the database")
            && stderr.contains("refused"),
        "what failed and why: {stderr}"
    );
}
