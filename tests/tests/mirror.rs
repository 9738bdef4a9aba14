//! The local mirror (`yandex-direct-mirror`) against the fake server: a first sync, edits on the
//! server, incremental syncs that fetch only what changed, syncs stopped between any two steps,
//! several logins, and units running out.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use integration_tests::support::{client, fake_server, temp_dir};
use serde_json::{json, Value};
use tools::mirror_data::{seed_account, Account};
use yandex_direct_fake_server::{FakeServer, Kind};
use yandex_direct_mirror::{Mirror, Outcome, Progress, SqliteStorage, Step, SyncOptions};

const LOGIN: &str = "mirror-client";

/// Every object table and the dictionaries, row by row, as text: what two databases must agree
/// on. The sync bookkeeping (`sync_state`, `units_log`) is left out.
type Dump = BTreeMap<String, Vec<Vec<String>>>;

fn dump(path: &Path) -> Dump {
    let storage = SqliteStorage::open(path).expect("the database opens");
    let connection = storage.connection();
    let mut out = Dump::new();
    for (table, query) in [
        ("campaigns", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM campaigns ORDER BY login, id"),
        ("ad_groups", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM ad_groups ORDER BY login, id"),
        ("ads", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM ads ORDER BY login, id"),
        ("keywords", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM keywords ORDER BY login, id"),
        ("dictionaries", "SELECT name, json FROM dictionaries ORDER BY name"),
    ] {
        let mut statement = connection.prepare(query).expect("query prepares");
        let columns = statement.column_count();
        let rows = statement
            .query_map([], |row| {
                (0..columns)
                    .map(|i| {
                        let value: yandex_direct_mirror::rusqlite::types::Value = row.get(i)?;
                        Ok(format!("{value:?}"))
                    })
                    .collect::<Result<Vec<String>, _>>()
            })
            .expect("query runs")
            .collect::<Result<Vec<_>, _>>()
            .expect("rows read");
        out.insert(table.to_owned(), rows);
    }
    out
}

/// 3 campaigns, 6 ad groups, 12 ads, 24 keywords.
fn small_account(server: &FakeServer, login: &str) -> Account {
    seed_account(server, login, 3, 6, 12, 24)
}

/// Edits of every kind: added, changed, deleted, moved to another campaign.
fn edit(server: &FakeServer, login: &str, account: &Account) {
    server.with_store(login, |store| {
        // Added: an ad group with an ad and a keyword.
        let group = store
            .insert(
                Kind::AdGroup,
                Some(account.campaigns[0]),
                json!({"Name": "new group"}),
            )
            .expect("the campaign exists");
        store.insert(
            Kind::Ad,
            Some(group),
            json!({"TextAd": {"Title": "new ad"}}),
        );
        store.insert(
            Kind::Keyword,
            Some(group),
            json!({"Keyword": "new keyword"}),
        );
        // Changed.
        assert!(store.set_field(
            Kind::Campaign,
            account.campaigns[1],
            "Name",
            json!("renamed")
        ));
        assert!(store.set_field(Kind::Ad, account.ads[0], "State", json!("SUSPENDED")));
        assert!(store.set_field(Kind::Keyword, account.keywords[0], "Bid", json!(42_000_000)));
        // Deleted: a keyword, an ad, an ad group (with its ads and keywords), a campaign.
        assert!(store.remove(Kind::Keyword, account.keywords[1]));
        assert!(store.remove(Kind::Ad, account.ads[1]));
        // An ad deleted from a group where nothing else changes (ad 4 is the only edit of
        // group 4): `check` reports no ad group for it, only `NotFound` by ad id.
        assert!(store.remove(Kind::Ad, account.ads[4]));
        assert!(store.remove(Kind::AdGroup, account.ad_groups[2]));
        assert!(store.remove(Kind::Campaign, account.campaigns[2]));
        // Moved: ad group 0 (campaign 0) into campaign 1, with its ads and keywords.
        assert!(store.move_ad_group(account.ad_groups[0], account.campaigns[1]));
    });
}

/// A fresh full sync of `login` into a new database in `dir`: the reference state.
async fn reference(server: &FakeServer, dir: &Path, logins: &[&str]) -> Dump {
    let path = dir.join("reference.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let report = mirror
        .sync(&client(&server.base_url()), logins)
        .await
        .expect("syncs");
    assert!(report.logins.iter().all(|l| l.outcome == Outcome::Complete));
    drop(mirror);
    let out = dump(&path);
    std::fs::remove_file(&path).ok();
    out
}

fn stop_after(steps: usize) -> SyncOptions {
    let done = Arc::new(AtomicUsize::new(0));
    SyncOptions {
        progress: Some(Arc::new(move |event: &Progress| {
            if matches!(event, Progress::StepDone { .. })
                && done.fetch_add(1, Ordering::SeqCst) + 1 == steps
            {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })),
        ..SyncOptions::default()
    }
}

#[tokio::test]
async fn a_first_sync_downloads_everything_with_key_columns_and_the_json_as_received() {
    let server = fake_server().await;
    let account = small_account(&server, LOGIN);
    let dir = temp_dir();
    let path = dir.path().join("mirror.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let events = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = events.clone();
    let options = SyncOptions {
        progress: Some(Arc::new(move |event: &Progress| {
            seen.lock().unwrap().push(event.clone());
            ControlFlow::Continue(())
        })),
        ..SyncOptions::default()
    };
    let report = mirror
        .sync_with(&client(&server.base_url()), &[LOGIN], &options)
        .await
        .expect("syncs");
    let login = &report.logins[0];
    assert_eq!(login.outcome, Outcome::Complete);
    assert!(login.full);
    assert_eq!(login.applied.added, 3 + 6 + 12 + 24);
    assert_eq!(
        login.units,
        server.units_spent(LOGIN),
        "every unit the server charged is counted"
    );
    assert_eq!(login.requests as usize, server.requests_of(LOGIN));
    let steps: Vec<Step> = login.steps.iter().map(|(s, _, _)| *s).collect();
    assert_eq!(steps, Step::ALL.to_vec());
    let done: Vec<Step> = events
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            Progress::StepDone { step, .. } => Some(*step),
            _ => None,
        })
        .collect();
    assert_eq!(done, Step::ALL.to_vec(), "a progress event per step");

    let status = mirror.status().expect("status");
    assert_eq!(status.len(), 1);
    assert_eq!(status[0].counts, [3, 6, 12, 24]);
    assert!(status[0].timestamp.is_some() && status[0].pending.is_none());
    assert_eq!(status[0].last_run_units, login.units);
    drop(mirror);

    // Key columns for SQL, and the object as the API sent it.
    let storage = SqliteStorage::open(&path).expect("reopens");
    assert_eq!(
        storage.schema_version().expect("version"),
        1,
        "migrations are not applied twice"
    );
    let (campaign_id, name, json): (i64, String, String) = storage
        .connection()
        .query_row(
            "SELECT campaign_id, name, json FROM keywords WHERE login = ?1 AND id = ?2",
            [LOGIN, &account.keywords[5].to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the keyword is stored");
    let stored: Value = serde_json::from_str(&json).expect("JSON");
    let on_server = server.with_store(LOGIN, |s| {
        Value::Object(
            s.objects[&Kind::Keyword][&account.keywords[5]]
                .fields
                .clone(),
        )
    });
    assert_eq!(name, "keyword 5");
    assert_eq!(campaign_id, on_server["CampaignId"].as_i64().unwrap());
    assert_eq!(
        stored, on_server,
        "every field of the keyword, as the server has it"
    );
    let units_rows: i64 = storage
        .connection()
        .query_row(
            "SELECT count(*) FROM units_log WHERE login = ?1",
            [LOGIN],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(units_rows, 6, "units are logged per step");
}

#[tokio::test]
async fn a_second_sync_fetches_only_what_changed_and_equals_a_fresh_full_sync() {
    let server = fake_server().await;
    let account = small_account(&server, LOGIN);
    let dir = temp_dir();
    let path = dir.path().join("mirror.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let client = client(&server.base_url());
    mirror.sync(&client, &[LOGIN]).await.expect("first sync");
    let full_units = server.units_spent(LOGIN);

    // Nothing changed: no object is fetched.
    server.clear_requests();
    let quiet = mirror.sync(&client, &[LOGIN]).await.expect("quiet sync");
    assert!(!quiet.logins[0].full);
    assert_eq!(quiet.logins[0].applied, Default::default());
    for service in ["campaigns", "adgroups", "ads", "keywords"] {
        assert_eq!(
            server.count(service, "get"),
            0,
            "{service}.get on a quiet sync"
        );
    }

    edit(&server, LOGIN, &account);
    server.clear_requests();
    let before = server.units_spent(LOGIN);
    let report = mirror.sync(&client, &[LOGIN]).await.expect("second sync");
    let login = &report.logins[0];
    assert_eq!(login.outcome, Outcome::Complete);
    assert!(!login.full);
    assert_eq!(login.units, server.units_spent(LOGIN) - before);
    // checkDictionaries, checkCampaigns, check by campaign, by ad group and by ad, one get per
    // kind and two keywords.get (the ids of the changed groups' keywords, then those modified):
    // the same few requests whatever the size of the account.
    assert_eq!(login.requests, 10, "{:?}", login.steps);
    assert!(full_units > 0);
    // Only the changed objects are asked for, by id.
    let asked = |service: &str| -> Vec<Value> {
        server
            .requests()
            .iter()
            .filter(|r| r.service == service && r.method.as_deref() == Some("get"))
            .map(|r| {
                serde_json::from_slice::<Value>(&r.body).unwrap()["params"]["SelectionCriteria"]
                    .clone()
            })
            .collect()
    };
    let campaigns = asked("campaigns");
    assert_eq!(campaigns.len(), 1);
    assert_eq!(
        campaigns[0]["Ids"],
        json!([account.campaigns[1]]),
        "only the renamed campaign"
    );
    let groups = asked("adgroups");
    assert_eq!(groups.len(), 1);
    let group_ids = groups[0]["Ids"].as_array().unwrap().len();
    assert!(
        group_ids <= 4,
        "the new, moved and touched groups only: {}",
        groups[0]
    );
    let keyword_gets = asked("keywords");
    assert!(keyword_gets.iter().all(|c| c.get("CampaignIds").is_none()));
    assert!(keyword_gets
        .iter()
        .any(|c| c.get("ModifiedSince").is_some()));
    assert_eq!(server.count("changes", "checkCampaigns"), 1);
    assert_eq!(
        login.requests as usize,
        server.requests_of(LOGIN),
        "every request counted"
    );
    assert!(login.applied.added >= 3 && login.applied.changed >= 3 && login.applied.removed >= 4);
    drop(mirror);

    assert_eq!(dump(&path), reference(&server, dir.path(), &[LOGIN]).await);
}

#[tokio::test]
async fn a_sync_stopped_between_any_two_steps_and_run_again_ends_as_an_uninterrupted_one() {
    let server = fake_server().await;
    let account = small_account(&server, LOGIN);
    let dir = temp_dir();
    let client = client(&server.base_url());

    // A first (full) sync stopped after each step k, then run again.
    let full = reference(&server, dir.path(), &[LOGIN]).await;
    for k in 1..Step::ALL.len() {
        let path = dir.path().join(format!("full-{k}.sqlite"));
        let mirror = Mirror::open(&path).expect("opens");
        let stopped = mirror
            .sync_with(&client, &[LOGIN], &stop_after(k))
            .await
            .expect("syncs");
        assert_eq!(
            stopped.logins[0].outcome,
            Outcome::Stopped {
                after: Some(Step::ALL[k - 1])
            }
        );
        assert!(mirror.status().unwrap()[0].pending.is_some() || k == 1);
        let rerun = mirror.sync(&client, &[LOGIN]).await.expect("syncs again");
        assert_eq!(rerun.logins[0].outcome, Outcome::Complete);
        assert!(
            rerun.logins[0].full,
            "the interrupted full download goes on"
        );
        drop(mirror);
        assert_eq!(dump(&path), full, "full sync stopped after {k} steps");
    }

    // An incremental sync stopped after each step k, then run again.
    let base = dir.path().join("base.sqlite");
    let mirror = Mirror::open(&base).expect("opens");
    mirror.sync(&client, &[LOGIN]).await.expect("first sync");
    drop(mirror);
    edit(&server, LOGIN, &account);
    let after_edits = reference(&server, dir.path(), &[LOGIN]).await;
    for k in 1..Step::ALL.len() {
        let path = dir.path().join(format!("incremental-{k}.sqlite"));
        std::fs::copy(&base, &path).expect("copy");
        let mirror = Mirror::open(&path).expect("opens");
        let stopped = mirror
            .sync_with(&client, &[LOGIN], &stop_after(k))
            .await
            .expect("syncs");
        assert_eq!(
            stopped.logins[0].outcome,
            Outcome::Stopped {
                after: Some(Step::ALL[k - 1])
            }
        );
        let rerun = mirror.sync(&client, &[LOGIN]).await.expect("syncs again");
        assert_eq!(rerun.logins[0].outcome, Outcome::Complete);
        assert!(!rerun.logins[0].full);
        drop(mirror);
        assert_eq!(
            dump(&path),
            after_edits,
            "incremental sync stopped after {k} steps"
        );
    }
}

#[tokio::test]
async fn two_logins_sync_at_once_each_with_its_own_timestamp_and_units() {
    let server = fake_server().await;
    let a = seed_account(&server, "agency-client-a", 2, 4, 8, 16);
    let b = seed_account(&server, "agency-client-b", 3, 3, 3, 3);
    // The clocks of the two stores differ: each login has its own Timestamp.
    server.with_store("agency-client-b", |s| {
        for _ in 0..50 {
            s.set_field(Kind::Campaign, b.campaigns[0], "Name", json!("busy"));
        }
    });
    let dir = temp_dir();
    let path = dir.path().join("agency.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let client = client(&server.base_url());
    let report = mirror
        .sync(&client, &["agency-client-a", "agency-client-b"])
        .await
        .expect("syncs");
    assert_eq!(report.logins.len(), 2);
    for login in &report.logins {
        assert_eq!(login.outcome, Outcome::Complete);
        assert_eq!(login.units, server.units_spent(&login.login));
    }
    let status = mirror.status().expect("status");
    assert_eq!(status[0].login, "agency-client-a");
    assert_eq!(status[0].counts, [2, 4, 8, 16]);
    assert_eq!(status[1].counts, [3, 3, 3, 3]);
    assert_ne!(status[0].timestamp, status[1].timestamp);
    assert!(server
        .requests()
        .iter()
        .all(|r| r.header("Client-Login") == Some(r.login.as_str())));

    // An edit of one login is fetched for that login only.
    server.with_store("agency-client-a", |s| {
        s.set_field(Kind::AdGroup, a.ad_groups[0], "Name", json!("changed"))
    });
    server.clear_requests();
    let report = mirror
        .sync(&client, &["agency-client-a", "agency-client-b"])
        .await
        .expect("syncs");
    assert_eq!(report.logins[0].applied.changed, 1);
    assert_eq!(report.logins[1].applied, Default::default());
    assert_eq!(server.count_of("agency-client-a", "adgroups", "get"), 1);
    assert_eq!(server.count_of("agency-client-b", "adgroups", "get"), 0);
    drop(mirror);
    assert_eq!(
        dump(&path),
        reference(&server, dir.path(), &["agency-client-a", "agency-client-b"]).await
    );
}

#[tokio::test]
async fn units_running_out_mid_sync_stop_at_a_step_boundary_and_the_sync_resumes() {
    let server = fake_server().await;
    small_account(&server, LOGIN);
    let dir = temp_dir();
    let client = client(&server.base_url());
    let full = reference(&server, dir.path(), &[LOGIN]).await;
    let full_units = server.units_spent(LOGIN);

    // The API's daily limit: error 152 in the middle; the step is not written.
    let path = dir.path().join("units.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    server.set_units_limit(LOGIN, full_units + full_units / 2);
    let report = mirror
        .sync(&client, &[LOGIN])
        .await
        .expect("a clean stop, not an error");
    let stopped_at = match report.logins[0].outcome {
        Outcome::UnitsExhausted { step } => step,
        ref other => panic!("expected units exhausted, got {other:?}"),
    };
    assert_ne!(stopped_at, Step::Dictionaries);
    let status = mirror.status().unwrap();
    assert!(status[0].pending.is_some(), "the sync is pending");
    assert!(
        status[0].timestamp.is_none(),
        "no Timestamp without all the data"
    );
    assert_eq!(
        status[0].units, report.logins[0].units,
        "units of the stopped step are logged too"
    );
    server.set_units_limit(LOGIN, 1_000_000);
    let resumed = mirror.sync(&client, &[LOGIN]).await.expect("resumes");
    assert_eq!(resumed.logins[0].outcome, Outcome::Complete);
    let resumed_steps: Vec<Step> = resumed.logins[0].steps.iter().map(|(s, _, _)| *s).collect();
    assert!(resumed_steps.contains(&stopped_at));
    assert!(
        !resumed_steps.contains(&Step::Campaigns) || stopped_at == Step::Campaigns,
        "steps done before are not done again: {resumed_steps:?}"
    );
    drop(mirror);
    assert_eq!(dump(&path), full);

    // A budget of the mirror's own: no step is started past it.
    let path = dir.path().join("budget.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let options = SyncOptions {
        units_budget: Some(1),
        ..SyncOptions::default()
    };
    let report = mirror
        .sync_with(&client, &[LOGIN], &options)
        .await
        .expect("syncs");
    assert_eq!(
        report.logins[0].outcome,
        Outcome::BudgetReached {
            next: Step::Changes
        }
    );
    assert_eq!(report.logins[0].steps.len(), 1, "only the first step ran");
    let resumed = mirror.sync(&client, &[LOGIN]).await.expect("resumes");
    assert_eq!(resumed.logins[0].outcome, Outcome::Complete);
    drop(mirror);
    assert_eq!(dump(&path), full);
}

#[tokio::test]
async fn fields_and_enum_values_the_schema_does_not_know_are_stored_as_received() {
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    let timestamp = r#"{"result": {"Timestamp": "2030-01-01T00:00:00Z"}}"#;
    let campaign = json!({"Id": 7, "Name": "future", "State": "HIBERNATING", "Type": "TEXT_CAMPAIGN",
                          "FutureField": {"Depth": [1, 2]},
                          "TextCampaign": {"FuturePart": "kept"}});
    let server = ScriptedServer::start().await.expect("scripted server");
    server.script([
        Reply::json(timestamp),           // checkDictionaries
        Reply::json(r#"{"result": {}}"#), // dictionaries.get
        Reply::json(timestamp),           // checkDictionaries: the full sync's start
        Reply::json(json!({"result": {"Campaigns": [campaign.clone()]}}).to_string()),
        Reply::json(r#"{"result": {}}"#), // adgroups.get
        Reply::json(r#"{"result": {}}"#), // ads.get
        Reply::json(r#"{"result": {}}"#), // keywords.get
    ]);
    let dir = temp_dir();
    let path = dir.path().join("future.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let report = mirror
        .sync(&client(&server.base_url()), &[LOGIN])
        .await
        .expect("syncs");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert_eq!(
        server.replies_left(),
        0,
        "every scripted answer was asked for"
    );
    drop(mirror);
    let storage = SqliteStorage::open(&path).expect("reopens");
    let (state, json_text): (String, String) = storage
        .connection()
        .query_row("SELECT state, json FROM campaigns WHERE id = 7", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("the campaign is stored");
    assert_eq!(
        state, "HIBERNATING",
        "an enum value added after generation, as sent"
    );
    assert_eq!(serde_json::from_str::<Value>(&json_text).unwrap(), campaign);
}

/// The `json` of object `id` in `table`.
fn stored_json(path: &Path, table: &str, id: i64) -> Value {
    let storage = SqliteStorage::open(path).expect("the database opens");
    let text: String = storage
        .connection()
        .query_row(
            &format!("SELECT json FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{table} {id} is stored: {e}"));
    serde_json::from_str(&text).expect("the stored json parses")
}

#[tokio::test]
async fn campaigns_ad_groups_and_ads_of_other_types_keep_their_type_specific_fields() {
    let server = fake_server().await;
    small_account(&server, LOGIN);
    let smart = json!({"CounterId": 4242, "TrackingParams": "utm_source=direct"});
    let dynamic = json!({"DomainUrl": "shop.example"});
    let mobile_ad =
        json!({"Title": "Install", "Text": "Our app", "TrackingUrl": "https://t.example/1"});
    let (campaign, group, ad) = server.with_store(LOGIN, |store| {
        let campaign = store
            .insert(
                Kind::Campaign,
                None,
                json!({"Type": "SMART_CAMPAIGN", "SmartCampaign": smart}),
            )
            .expect("a campaign");
        let group = store
            .insert(
                Kind::AdGroup,
                Some(campaign),
                json!({"Type": "DYNAMIC_TEXT_AD_GROUP", "DynamicTextAdGroup": dynamic}),
            )
            .expect("the campaign exists");
        let ad = store
            .insert(
                Kind::Ad,
                Some(group),
                json!({"Type": "MOBILE_APP_AD", "MobileAppAd": mobile_ad}),
            )
            .expect("the ad group exists");
        (campaign, group, ad)
    });
    let dir = temp_dir();
    let path = dir.path().join("types.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let client = client(&server.base_url());
    let report = mirror.sync(&client, &[LOGIN]).await.expect("syncs");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert_eq!(
        stored_json(&path, "campaigns", campaign)["SmartCampaign"],
        smart
    );
    assert_eq!(
        stored_json(&path, "campaigns", campaign)["Type"],
        "SMART_CAMPAIGN"
    );
    assert_eq!(
        stored_json(&path, "ad_groups", group)["DynamicTextAdGroup"],
        dynamic
    );
    assert_eq!(stored_json(&path, "ads", ad)["MobileAppAd"], mobile_ad);

    // Changed type-specific fields come through an incremental sync too.
    let smart2 = json!({"CounterId": 4343, "TrackingParams": "utm_source=direct"});
    let dynamic2 = json!({"DomainUrl": "shop2.example"});
    let mobile_ad2 =
        json!({"Title": "Play", "Text": "Our app", "TrackingUrl": "https://t.example/1"});
    server.with_store(LOGIN, |store| {
        assert!(store.set_field(Kind::Campaign, campaign, "SmartCampaign", smart2.clone()));
        assert!(store.set_field(Kind::AdGroup, group, "DynamicTextAdGroup", dynamic2.clone()));
        assert!(store.set_field(Kind::Ad, ad, "MobileAppAd", mobile_ad2.clone()));
    });
    let report = mirror.sync(&client, &[LOGIN]).await.expect("syncs again");
    assert!(!report.logins[0].full, "an incremental sync");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert_eq!(
        stored_json(&path, "campaigns", campaign)["SmartCampaign"],
        smart2
    );
    assert_eq!(
        stored_json(&path, "ad_groups", group)["DynamicTextAdGroup"],
        dynamic2
    );
    assert_eq!(stored_json(&path, "ads", ad)["MobileAppAd"], mobile_ad2);
    drop(mirror);
    assert_eq!(dump(&path), reference(&server, dir.path(), &[LOGIN]).await);
}

#[tokio::test]
async fn a_step_sends_up_to_five_requests_of_a_login_at_once_and_writes_the_same_state() {
    let server = fake_server().await;
    // 50 campaigns: the ad group, ad and keyword steps each send 5 requests (10 campaigns a
    // request), which the server holds until all 5 are in flight.
    seed_account(&server, LOGIN, 50, 100, 200, 400);
    server.hold_until_in_flight(5, std::time::Duration::from_secs(1));
    let dir = temp_dir();
    let path = dir.path().join("concurrent.sqlite");
    let mirror = Mirror::open(&path).expect("opens");
    let report = mirror
        .sync(&client(&server.base_url()), &[LOGIN])
        .await
        .expect("syncs");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert_eq!(server.max_in_flight(LOGIN), 5, "five at once, never more");
    let ad_group_requests = report.logins[0]
        .steps
        .iter()
        .find(|(step, _, _)| *step == Step::AdGroups)
        .map(|(_, _, requests)| *requests);
    assert_eq!(ad_group_requests, Some(5));
    drop(mirror);
    let stored = dump(&path);
    assert_eq!(stored["ad_groups"].len(), 100);
    assert_eq!(stored["keywords"].len(), 400);
    // Written in a stable order: the same rows as a sync without concurrency pressure.
    server.hold_until_in_flight(1, std::time::Duration::from_millis(1));
    assert_eq!(stored, reference(&server, dir.path(), &[LOGIN]).await);
}

#[tokio::test]
async fn requests_in_flight_lowers_the_requests_sent_at_once() {
    let server = fake_server().await;
    seed_account(&server, LOGIN, 30, 60, 60, 60);
    // Held until 2 are in flight: with one at a time each waits out the timeout instead.
    server.hold_until_in_flight(2, std::time::Duration::from_millis(100));
    let dir = temp_dir();
    let mirror = Mirror::open(dir.path().join("one.sqlite")).expect("opens");
    let options = SyncOptions {
        requests_in_flight: Some(1),
        ..SyncOptions::default()
    };
    let report = mirror
        .sync_with(&client(&server.base_url()), &[LOGIN], &options)
        .await
        .expect("syncs");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert_eq!(server.max_in_flight(LOGIN), 1);
}
