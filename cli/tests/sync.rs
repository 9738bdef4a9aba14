//! `ydirect sync` end to end: the binary against the fake server on 127.0.0.1, with a mirror
//! database in a temporary folder.

use std::path::Path;

use serde_json::json;
use yandex_direct_fake_server::{FakeConfig, FakeServer, Kind};

mod common;
use common::{start_fake_server, text, ydirect};

const LOGIN: &str = "cli-client";

/// One campaign with two ad groups, each with an ad and two keywords; the first group's id.
fn seed(server: &FakeServer) -> i64 {
    server.with_store(LOGIN, |store| {
        let campaign = store
            .insert(Kind::Campaign, None, json!({"Name": "Spring"}))
            .expect("campaign");
        let mut first = None;
        for g in 0..2 {
            let group = store
                .insert(
                    Kind::AdGroup,
                    Some(campaign),
                    json!({"Name": format!("group {g}")}),
                )
                .expect("group");
            first.get_or_insert(group);
            store.insert(Kind::Ad, Some(group), json!({"TextAd": {"Title": "ad"}}));
            for k in 0..2 {
                store.insert(
                    Kind::Keyword,
                    Some(group),
                    json!({"Keyword": format!("kw {g} {k}")}),
                );
            }
        }
        first.expect("a group")
    })
}

fn sync_args<'a>(db: &'a str, url: &'a str) -> Vec<&'a str> {
    vec!["sync", "--db", db, "--login", LOGIN, "--base-url", url]
}

fn db_path(dir: &Path) -> String {
    dir.join("mirror.sqlite").display().to_string()
}

#[test]
fn sync_prints_progress_and_a_summary_status_shows_the_login_and_a_second_sync_is_incremental() {
    let (_runtime, server) = start_fake_server(FakeConfig::default());
    let group = seed(&server);
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = db_path(dir.path());
    let url = server.base_url();

    let out = ydirect(&sync_args(&db, &url), Some("token"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("sync {LOGIN}: full download")),
        "{stderr}"
    );
    for (n, step) in [
        "dictionaries",
        "changes",
        "campaigns",
        "ad_groups",
        "ads",
        "keywords",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            stderr.contains(&format!("sync {LOGIN}: step {}/6 {step}: ", n + 1)),
            "a plain progress line per step when stderr is not a terminal: {stderr}"
        );
    }
    let stdout = text(&out.stdout);
    let units = server.units_spent(LOGIN);
    assert!(
        stdout.starts_with(&format!(
            "{LOGIN}: full complete: added 9, changed 0, removed 0; {units} units, "
        )),
        "{stdout}"
    );

    let status = ydirect(&["sync", "--db", &db, "--status"], None);
    assert_eq!(
        status.status.code(),
        Some(0),
        "no token needed: {}",
        text(&status.stderr)
    );
    let status = text(&status.stdout);
    let row = status.lines().nth(1).expect("a row per login");
    let cells: Vec<&str> = row.split('\t').collect();
    assert_eq!(cells[0], LOGIN);
    assert!(cells[1].ends_with('Z'), "the Timestamp: {row}");
    assert_eq!(cells[2], "-", "nothing pending");
    assert_eq!(&cells[3..7], &["1", "2", "2", "4"]);
    assert_eq!(cells[7], units.to_string());

    server.with_store(LOGIN, |s| {
        assert!(s.set_field(Kind::AdGroup, group, "Name", json!("renamed")));
    });
    let out = ydirect(&sync_args(&db, &url), Some("token"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with(&format!(
            "{LOGIN}: incremental complete: added 0, changed 1, removed 0;"
        )),
        "{stdout}"
    );
}

#[test]
fn without_a_token_sync_says_where_to_put_one() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = db_path(dir.path());
    let out = ydirect(
        &["sync", "--db", &db, "--base-url", "http://127.0.0.1:9"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("no token: set YANDEX_DIRECT_TOKEN or pass --token-file"),
        "{stderr}"
    );
}

#[test]
fn a_rejected_token_and_spent_units_are_explained_with_what_to_do() {
    let (_runtime, server) = start_fake_server(FakeConfig {
        tokens: Some(vec!["good".to_owned()]),
        ..FakeConfig::default()
    });
    seed(&server);
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = db_path(dir.path());
    let url = server.base_url();

    let out = ydirect(&sync_args(&db, &url), Some("expired"));
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("get a new OAuth token"), "{stderr}");

    // Enough units for the first steps only: a clean stop, then the rest on the next run.
    server.set_units_limit(LOGIN, 40);
    let out = ydirect(&sync_args(&db, &url), Some("good"));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("units are restored through the day"),
        "{stderr}"
    );
    assert!(stderr.contains("run the sync again in an hour"), "{stderr}");
    let status = text(&ydirect(&["sync", "--db", &db, "--status"], None).stdout);
    assert!(status.contains("\tafter "), "the sync is pending: {status}");

    server.set_units_limit(LOGIN, 100_000);
    let out = ydirect(&sync_args(&db, &url), Some("good"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(": full complete:"));
    let status = text(&ydirect(&["sync", "--db", &db, "--status"], None).stdout);
    let row = status.lines().nth(1).expect("a row");
    assert!(row.contains("\t-\t1\t2\t2\t4\t"), "{row}");
}
