//! `bench-mirror`: the local mirror's figures of the README's Performance section.
//!
//! ```text
//! cargo run --release -p tools --bin bench-mirror -- [ROUNDS]
//! ```
//!
//! The fake server holds one account of 100 campaigns, 10,000 ad groups, 50,000 ads and 200,000
//! keywords. A mirror is filled by a first sync. Then, each round: 1% of each kind is edited at
//! random on the server (names, states, bids; a tenth of the keyword edits are a deletion and
//! an addition), and, side by side, the mirror is brought up to date by an incremental sync and
//! a fresh database by a full download, each with up to 5 requests of a step at once (the
//! default) and, on a second mirror, with one at a time. Printed: units, requests and wall time
//! of each, medians and ranges over the rounds, and the ratios. Targets: at least 20x fewer
//! units and 10x less time.
//! Before the timed syncs of a round, one direct lookup by parent lets the fake server rebuild
//! its parent index (which it does lazily after changes), as a real server keeps its own.
//!
//! Workers on PostgreSQL with shared limits:
//!
//! ```text
//! cargo run --release -p tools --bin bench-mirror -- workers postgres://USER@HOST:PORT/DB [ROUNDS] [LOGINS]
//! ```
//!
//! 40 logins (default) of 5 campaigns, 50 ad groups, 100 ads and 400 keywords on a fake server
//! allowing 5 requests in flight per login; a first sync fills the mirror. Then for 1, 2 and 4
//! worker processes (this program again, `ydirect sync --all-logins --shared-limits` in
//! substance), each round edits 1% of every login and the workers share one round: printed,
//! the wall time of each round, the units spent and the answers 506 (goal 0).

use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tools::mirror_data::{change_fraction, seed_account};
use yandex_direct::{Client, RetryPolicy};
use yandex_direct_fake_server::{FakeConfig, FakeServer};
use yandex_direct_mirror::{Mirror, Outcome, Progress, SyncOptions};

const LOGIN: &str = "bench-advertiser";

struct Run {
    units: i64,
    requests: u64,
    seconds: f64,
}

/// Prints each step's wall time to stderr.
fn step_times() -> yandex_direct_mirror::ProgressHook {
    let started = Arc::new(Mutex::new(Instant::now()));
    Arc::new(move |event: &Progress| {
        let mut started = started.lock().unwrap_or_else(|e| e.into_inner());
        match event {
            Progress::StepStarted { .. } => *started = Instant::now(),
            Progress::StepDone {
                step,
                units,
                requests,
                ..
            } => eprintln!(
                "  {:<12} {:>8.3} s {units:>6} units {requests:>3} requests",
                step.as_str(),
                started.elapsed().as_secs_f64()
            ),
            Progress::Started { .. } => {}
        }
        ControlFlow::Continue(())
    })
}

async fn sync(mirror: &Mirror, client: &Client, full: bool, in_flight: usize) -> Run {
    let options = SyncOptions {
        full,
        requests_in_flight: Some(in_flight),
        progress: Some(step_times()),
        ..SyncOptions::default()
    };
    let start = Instant::now();
    let report = mirror
        .sync_with(client, &[LOGIN], &options)
        .await
        .unwrap_or_else(|e| panic!("sync failed: {e}"));
    let seconds = start.elapsed().as_secs_f64();
    let login = &report.logins[0];
    assert_eq!(login.outcome, Outcome::Complete, "{:?}", login.outcome);
    Run {
        units: login.units,
        requests: login.requests,
        seconds,
    }
}

fn stats(values: &[f64]) -> (f64, f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    (
        sorted[sorted.len() / 2],
        sorted[0],
        sorted[sorted.len() - 1],
    )
}

/// A full download into a fresh database, deleted afterwards.
async fn full_download(
    dir: &std::path::Path,
    client: &Client,
    round: usize,
    in_flight: usize,
) -> Run {
    let path = dir.join(format!("full-{round}-{in_flight}.sqlite"));
    let fresh = Mirror::open(&path).expect("opens");
    let run = sync(&fresh, client, true, in_flight).await;
    drop(fresh);
    for suffix in ["", "-wal", "-shm"] {
        std::fs::remove_file(format!("{}{suffix}", path.display())).ok();
    }
    run
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("workers") => return workers(&args[2..]).await,
        Some("worker") => return worker(&args[2..]).await,
        _ => {}
    }
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let config = FakeConfig {
        daily_units: i64::MAX / 4,
        ..FakeConfig::default()
    };
    let server = FakeServer::start(config).await.expect("fake server starts");
    let seeding = Instant::now();
    let account = seed_account(&server, LOGIN, 100, 10_000, 50_000, 200_000);
    eprintln!("seeded in {:.1} s", seeding.elapsed().as_secs_f64());
    let client = Client::builder("bench-token")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let dir = tempfile::tempdir().expect("temporary folder");
    let mirror = Mirror::open(dir.path().join("incremental.sqlite")).expect("opens");
    let first = sync(&mirror, &client, false, 5).await;
    eprintln!(
        "first sync: {} units, {} requests, {:.2} s",
        first.units, first.requests, first.seconds
    );
    // The same syncs with one request at a time, for the effect of sending 5 at once.
    let serial = Mirror::open(dir.path().join("serial.sqlite")).expect("opens");
    sync(&serial, &client, false, 1).await;
    let mut rng = fastrand::Rng::with_seed(11);
    let (mut incremental, mut full) = (Vec::new(), Vec::new());
    let (mut incremental_serial, mut full_serial) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let edits = change_fraction(&server, LOGIN, &account, 0.01, &mut rng);
        // The fake server rebuilds its parent index after changes on the first lookup by
        // parent; a real server keeps its indexes: build it before the timed syncs.
        let warm = serde_json::json!({"SelectionCriteria": {"AdGroupIds": [account.ad_groups[0]]},
                                      "FieldNames": ["Id"]});
        server
            .with_store(LOGIN, |s| s.execute("keywords", "get", &warm).map(|_| ()))
            .expect("a keywords.get by ad group");
        let inc = sync(&mirror, &client, false, 5).await;
        let all = full_download(dir.path(), &client, round, 5).await;
        incremental_serial.push(sync(&serial, &client, false, 1).await);
        full_serial.push(full_download(dir.path(), &client, round, 1).await);
        eprintln!(
            "round {round}: {edits:?}; incremental {} units {} requests {:.3} s; full {} units {} requests {:.3} s",
            inc.units, inc.requests, inc.seconds, all.units, all.requests, all.seconds
        );
        incremental.push(inc);
        full.push(all);
    }
    let pick = |runs: &[Run], f: fn(&Run) -> f64| stats(&runs.iter().map(f).collect::<Vec<_>>());
    println!("| sync after 1% changes | units | requests | wall time, s |");
    println!("|---|---|---|---|");
    for (name, runs) in [
        ("incremental", &incremental),
        ("full re-download", &full),
        ("incremental, 1 request at a time", &incremental_serial),
        ("full re-download, 1 request at a time", &full_serial),
    ] {
        let units = pick(runs, |r| r.units as f64);
        let requests = pick(runs, |r| r.requests as f64);
        let time = pick(runs, |r| r.seconds);
        println!(
            "| {name} | {:.0} ({:.0}-{:.0}) | {:.0} ({:.0}-{:.0}) | {:.3} ({:.3}-{:.3}) |",
            units.0, units.1, units.2, requests.0, requests.1, requests.2, time.0, time.1, time.2
        );
    }
    let ratios = |over: &[Run], under: &[Run], f: fn(&Run) -> f64| {
        let r: Vec<f64> = under.iter().zip(over).map(|(i, a)| f(a) / f(i)).collect();
        stats(&r)
    };
    for (name, over, under) in [
        ("full / incremental, same round", &full, &incremental),
        (
            "full / incremental, 1 request at a time",
            &full_serial,
            &incremental_serial,
        ),
        ("1 at a time / 5 at once, full", &full_serial, &full),
        (
            "1 at a time / 5 at once, incremental",
            &incremental_serial,
            &incremental,
        ),
    ] {
        let units = ratios(over, under, |r| r.units as f64);
        let requests = ratios(over, under, |r| r.requests as f64);
        let time = ratios(over, under, |r| r.seconds);
        println!(
            "| {name} | {:.1}x ({:.1}-{:.1}) | {:.1}x ({:.1}-{:.1}) | {:.1}x ({:.1}-{:.1}) |",
            units.0, units.1, units.2, requests.0, requests.1, requests.2, time.0, time.1, time.2
        );
    }
    println!("medians and (min-max) of {rounds} rounds");
}

/// The parent of the workers benchmark: the fake server, the rounds, the figures.
async fn workers(args: &[String]) {
    let db = args.first().expect("workers: the PostgreSQL URL");
    let rounds: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let logins: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(40);
    let server = FakeServer::start(FakeConfig {
        daily_units: i64::MAX / 4,
        max_concurrent: 5,
        ..FakeConfig::default()
    })
    .await
    .expect("fake server starts");
    let names: Vec<String> = (0..logins).map(|i| format!("bench-client-{i}")).collect();
    let accounts: Vec<_> = names
        .iter()
        .map(|login| seed_account(&server, login, 5, 50, 100, 400))
        .collect();
    let client = Client::builder("bench-token")
        .base_url(server.base_url())
        .build()
        .expect("client");
    let mirror = Mirror::connect(db).expect("the database");
    let all: Vec<&str> = names.iter().map(String::as_str).collect();
    mirror.sync(&client, &all).await.expect("the first sync");
    drop(mirror);
    let mut rng = fastrand::Rng::with_seed(7);
    let units = |server: &FakeServer| -> i64 { names.iter().map(|l| server.units_spent(l)).sum() };
    println!("workers  round  seconds  units  answers-506");
    for count in [1usize, 2, 4] {
        for round in 1..=rounds {
            for (login, account) in names.iter().zip(&accounts) {
                change_fraction(&server, login, account, 0.01, &mut rng);
            }
            let before = units(&server);
            let start = Instant::now();
            let children: Vec<_> = (0..count)
                .map(|_| {
                    std::process::Command::new(std::env::current_exe().expect("this program"))
                        .args(["worker", &server.base_url(), db])
                        .stdout(std::process::Stdio::piped())
                        .spawn()
                        .expect("a worker starts")
                })
                .collect();
            let mut busy = 0usize;
            for child in children {
                let out = child.wait_with_output().expect("the worker ends");
                let text = String::from_utf8_lossy(&out.stdout);
                busy += text
                    .split_whitespace()
                    .find_map(|w| w.strip_prefix("busy="))
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0);
            }
            println!(
                "{count:>7}  {round:>5}  {:>7.2}  {:>5}  {busy:>11}",
                start.elapsed().as_secs_f64(),
                units(&server) - before
            );
        }
    }
}

/// One worker process: a round of every login, the limits shared through the database.
async fn worker(args: &[String]) {
    let (base_url, db) = (&args[0], &args[1]);
    let store = yandex_direct_mirror::PostgresQuotaStore::connect(db)
        .await
        .expect("the quota store");
    let governor = yandex_direct::runtime::governor::Governor::builder()
        .shared_store(Arc::new(store))
        .build();
    let client = Client::builder("bench-token")
        .base_url(base_url.clone())
        .retry_policy(RetryPolicy::none())
        .governor(governor.clone())
        .build()
        .expect("client");
    let mirror = Mirror::connect(db).expect("the database");
    let outcome = mirror
        .sync_all_logins(&client, &SyncOptions::default())
        .await;
    governor.flush().await;
    let busy = match &outcome {
        Err(e) if e.api().and_then(|a| a.code()) == Some(506) => 1,
        _ => 0,
    };
    if let Err(e) = &outcome {
        eprintln!("worker: {e}");
    }
    println!("busy={busy}");
}
