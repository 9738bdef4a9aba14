//! The local mirror (`yandex-direct-mirror`) against the fake server: a first sync, edits on the
//! server, incremental syncs that fetch only what changed, syncs stopped between any two steps,
//! several logins, and units running out. Every test runs on SQLite and on a throwaway
//! PostgreSQL server (skipped, saying so, where the machine has none; see `mirror_db`).

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use integration_tests::mirror_db::{Backend, Dump};
use integration_tests::support::{client, fake_server};
use serde_json::{json, Value};
use tools::mirror_data::{seed_account, Account};
use yandex_direct_fake_server::{FakeServer, Kind};
use yandex_direct_mirror::{Outcome, Progress, Step, SyncOptions};

const LOGIN: &str = "mirror-client";

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

/// A fresh full sync of `logins` into a new database: the reference state.
async fn reference(server: &FakeServer, backend: &Backend, logins: &[&str]) -> Dump {
    let name = backend.fresh("reference");
    let mirror = backend.mirror(&name);
    let report = mirror
        .sync(&client(&server.base_url()), logins)
        .await
        .expect("syncs");
    assert!(report.logins.iter().all(|l| l.outcome == Outcome::Complete));
    drop(mirror);
    backend.dump(&name)
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

async fn a_first_sync_downloads_everything_with_key_columns_and_the_json_as_received(
    backend: &Backend,
) {
    let server = fake_server().await;
    let account = small_account(&server, LOGIN);
    let path = "mirror";
    let mirror = backend.mirror(path);
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
    // Reopened: the migrations are not applied again.
    drop(backend.mirror(path));
    assert_eq!(
        backend.schema_version(path),
        // PostgreSQL also holds the shared limits' tables (migration 3).
        match backend {
            Backend::Sqlite(_) => 2,
            Backend::Postgres(_) => 3,
        },
        "migrations are not applied twice"
    );
    let keyword = backend.query(
        path,
        &format!(
            "SELECT campaign_id, name, json FROM keywords WHERE login = '{LOGIN}' AND id = {}",
            account.keywords[5]
        ),
    );
    let [campaign_id, name, json] = &keyword[..][0][..] else {
        panic!("the keyword is stored: {keyword:?}")
    };
    let campaign_id: i64 = campaign_id.as_deref().unwrap().parse().unwrap();
    let name = name.clone().unwrap();
    let json = json.clone().unwrap();
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
    let units_rows = backend.value(
        path,
        &format!("SELECT count(*) FROM units_log WHERE login = '{LOGIN}'"),
    );
    assert_eq!(
        units_rows.as_deref(),
        Some("6"),
        "units are logged per step"
    );
}

async fn a_second_sync_fetches_only_what_changed_and_equals_a_fresh_full_sync(backend: &Backend) {
    let server = fake_server().await;
    let account = small_account(&server, LOGIN);
    let path = "mirror";
    let mirror = backend.mirror(path);
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

    assert_eq!(
        backend.dump(path),
        reference(&server, backend, &[LOGIN]).await
    );
}

async fn a_sync_stopped_between_any_two_steps_and_run_again_ends_as_an_uninterrupted_one(
    backend: &Backend,
) {
    let server = fake_server().await;
    let account = small_account(&server, LOGIN);
    let client = client(&server.base_url());

    // A first (full) sync stopped after each step k, then run again.
    let full = reference(&server, backend, &[LOGIN]).await;
    for k in 1..Step::ALL.len() {
        let path = &format!("full-{k}");
        let mirror = backend.mirror(path);
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
        assert_eq!(
            backend.dump(path),
            full,
            "full sync stopped after {k} steps"
        );
    }

    // An incremental sync stopped after each step k, then run again.
    let base = "base";
    let mirror = backend.mirror(base);
    mirror.sync(&client, &[LOGIN]).await.expect("first sync");
    drop(mirror);
    edit(&server, LOGIN, &account);
    let after_edits = reference(&server, backend, &[LOGIN]).await;
    for k in 1..Step::ALL.len() {
        let path = &format!("incremental-{k}");
        backend.copy(base, path);
        let mirror = backend.mirror(path);
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
            backend.dump(path),
            after_edits,
            "incremental sync stopped after {k} steps"
        );
    }
}

async fn two_logins_sync_at_once_each_with_its_own_timestamp_and_units(backend: &Backend) {
    let server = fake_server().await;
    let a = seed_account(&server, "agency-client-a", 2, 4, 8, 16);
    let b = seed_account(&server, "agency-client-b", 3, 3, 3, 3);
    // The clocks of the two stores differ: each login has its own Timestamp.
    server.with_store("agency-client-b", |s| {
        for _ in 0..50 {
            s.set_field(Kind::Campaign, b.campaigns[0], "Name", json!("busy"));
        }
    });
    let path = "agency";
    let mirror = backend.mirror(path);
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
        backend.dump(path),
        reference(&server, backend, &["agency-client-a", "agency-client-b"]).await
    );
}

async fn units_running_out_mid_sync_stop_at_a_step_boundary_and_the_sync_resumes(
    backend: &Backend,
) {
    let server = fake_server().await;
    small_account(&server, LOGIN);
    let client = client(&server.base_url());
    let full = reference(&server, backend, &[LOGIN]).await;
    let full_units = server.units_spent(LOGIN);

    // The API's daily limit: error 152 in the middle; the step is not written.
    let path = "units";
    let mirror = backend.mirror(path);
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
    assert_eq!(backend.dump(path), full);

    // A budget of the mirror's own: no step is started past it.
    let path = "budget";
    let mirror = backend.mirror(path);
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
    assert_eq!(backend.dump(path), full);
}

async fn fields_and_enum_values_the_schema_does_not_know_are_stored_as_received(backend: &Backend) {
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
    let path = "future";
    let mirror = backend.mirror(path);
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
    let stored = backend.query(path, "SELECT state, json FROM campaigns WHERE id = 7");
    let [Some(state), Some(json_text)] = &stored[..][0][..] else {
        panic!("the campaign is stored: {stored:?}")
    };
    assert_eq!(
        state, "HIBERNATING",
        "an enum value added after generation, as sent"
    );
    assert_eq!(serde_json::from_str::<Value>(json_text).unwrap(), campaign);
}

/// The `json` of object `id` in `table`.
fn stored_json(backend: &Backend, path: &str, table: &str, id: i64) -> Value {
    let text = backend
        .value(path, &format!("SELECT json FROM {table} WHERE id = {id}"))
        .unwrap_or_else(|| panic!("{table} {id} is stored"));
    serde_json::from_str(&text).expect("the stored json parses")
}

async fn campaigns_ad_groups_and_ads_of_other_types_keep_their_type_specific_fields(
    backend: &Backend,
) {
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
    let path = "types";
    let mirror = backend.mirror(path);
    let client = client(&server.base_url());
    let report = mirror.sync(&client, &[LOGIN]).await.expect("syncs");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert_eq!(
        stored_json(backend, path, "campaigns", campaign)["SmartCampaign"],
        smart
    );
    assert_eq!(
        stored_json(backend, path, "campaigns", campaign)["Type"],
        "SMART_CAMPAIGN"
    );
    assert_eq!(
        stored_json(backend, path, "ad_groups", group)["DynamicTextAdGroup"],
        dynamic
    );
    assert_eq!(
        stored_json(backend, path, "ads", ad)["MobileAppAd"],
        mobile_ad
    );

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
        stored_json(backend, path, "campaigns", campaign)["SmartCampaign"],
        smart2
    );
    assert_eq!(
        stored_json(backend, path, "ad_groups", group)["DynamicTextAdGroup"],
        dynamic2
    );
    assert_eq!(
        stored_json(backend, path, "ads", ad)["MobileAppAd"],
        mobile_ad2
    );
    drop(mirror);
    assert_eq!(
        backend.dump(path),
        reference(&server, backend, &[LOGIN]).await
    );
}

async fn a_step_sends_up_to_five_requests_of_a_login_at_once_and_writes_the_same_state(
    backend: &Backend,
) {
    let server = fake_server().await;
    // 50 campaigns: the ad group, ad and keyword steps each send 5 requests (10 campaigns a
    // request), which the server holds until all 5 are in flight.
    seed_account(&server, LOGIN, 50, 100, 200, 400);
    server.hold_until_in_flight(5, std::time::Duration::from_secs(1));
    let path = "concurrent";
    let mirror = backend.mirror(path);
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
    let stored = backend.dump(path);
    assert_eq!(stored["ad_groups"].len(), 100);
    assert_eq!(stored["keywords"].len(), 400);
    // Written in a stable order: the same rows as a sync without concurrency pressure.
    server.hold_until_in_flight(1, std::time::Duration::from_millis(1));
    assert_eq!(stored, reference(&server, backend, &[LOGIN]).await);
}

async fn requests_in_flight_lowers_the_requests_sent_at_once(backend: &Backend) {
    let server = fake_server().await;
    seed_account(&server, LOGIN, 30, 60, 60, 60);
    // Held until 2 are in flight: with one at a time each waits out the timeout instead.
    server.hold_until_in_flight(2, std::time::Duration::from_millis(100));
    let mirror = backend.mirror("one");
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

/// Each test above, once per storage.
macro_rules! on_every_backend {
    ($($test:ident),* $(,)?) => {
        mod on_every_backend {
            $(
                #[tokio::test]
                async fn $test() {
                    for backend in integration_tests::mirror_db::backends(stringify!($test)) {
                        eprintln!("{} on {}", stringify!($test), backend.kind());
                        super::$test(&backend).await;
                    }
                }
            )*
        }
    };
}

on_every_backend!(
    a_first_sync_downloads_everything_with_key_columns_and_the_json_as_received,
    a_second_sync_fetches_only_what_changed_and_equals_a_fresh_full_sync,
    a_sync_stopped_between_any_two_steps_and_run_again_ends_as_an_uninterrupted_one,
    two_logins_sync_at_once_each_with_its_own_timestamp_and_units,
    units_running_out_mid_sync_stop_at_a_step_boundary_and_the_sync_resumes,
    fields_and_enum_values_the_schema_does_not_know_are_stored_as_received,
    campaigns_ad_groups_and_ads_of_other_types_keep_their_type_specific_fields,
    a_step_sends_up_to_five_requests_of_a_login_at_once_and_writes_the_same_state,
    requests_in_flight_lowers_the_requests_sent_at_once,
    a_lease_left_by_a_killed_worker_holds_its_login_until_it_expires,
);

/// A worker that died holding a login's lease: `skip_locked` says who holds it, a default sync
/// waits, and takes the login over once the lease has expired (not before), ending as an
/// uninterrupted sync does.
async fn a_lease_left_by_a_killed_worker_holds_its_login_until_it_expires(backend: &Backend) {
    use std::time::{Duration, Instant};
    use yandex_direct_mirror::{Lease, Storage};

    let server = fake_server().await;
    small_account(&server, LOGIN);
    let client = client(&server.base_url());
    let path = "abandoned";
    let database = backend.database(path);
    let lease = Duration::from_secs(2);
    {
        // The killed worker: it took the lease and never gave it back.
        let mut storage: Box<dyn Storage> = match backend {
            Backend::Sqlite(_) => {
                Box::new(yandex_direct_mirror::SqliteStorage::open(&database).unwrap())
            }
            Backend::Postgres(_) => {
                Box::new(yandex_direct_mirror::PostgresStorage::connect(&database).unwrap())
            }
        };
        assert_eq!(
            storage.try_lease(LOGIN, "killed worker", lease).unwrap(),
            Lease::Taken
        );
    }
    let taken_at = Instant::now();
    let mirror = backend.mirror(path);
    let skipping = SyncOptions {
        skip_locked: true,
        lease: Some(lease),
        ..SyncOptions::default()
    };
    let skipped = mirror
        .sync_with(&client, &[LOGIN], &skipping)
        .await
        .expect("a skip, not an error");
    assert_eq!(
        skipped.logins[0].outcome,
        Outcome::Locked {
            holder: "killed worker".into()
        }
    );
    assert_eq!(
        server.requests_of(LOGIN),
        0,
        "nothing sent for a locked login"
    );

    let waiting = SyncOptions {
        lease: Some(lease),
        ..SyncOptions::default()
    };
    let report = mirror
        .sync_with(&client, &[LOGIN], &waiting)
        .await
        .expect("syncs after the lease expired");
    assert_eq!(report.logins[0].outcome, Outcome::Complete);
    assert!(
        taken_at.elapsed() >= lease - Duration::from_millis(200),
        "taken over after the lease, not before: {:?}",
        taken_at.elapsed()
    );
    assert!(
        taken_at.elapsed() < lease * 5,
        "not blocked much longer than the lease: {:?}",
        taken_at.elapsed()
    );
    assert!(
        backend
            .query(path, "SELECT login FROM sync_leases")
            .is_empty(),
        "the lease is given back after the sync"
    );
    drop(mirror);
    assert_eq!(
        backend.dump(path),
        reference(&server, backend, &[LOGIN]).await
    );
}

/// Two workers (each its own pool and lease holder, as two processes are) run a round of every
/// login on one PostgreSQL database at once: both succeed, each login is synced once, by one of
/// them, never two syncs of a login at once (at most 5 of its requests in flight, no 506), and
/// the mirror equals a fresh full sync.
#[tokio::test]
async fn two_workers_share_a_round_of_all_logins_on_one_postgresql_database() {
    let test = "two_workers_share_a_round_of_all_logins_on_one_postgresql_database";
    let Some(backend) = integration_tests::mirror_db::postgres(test) else {
        return;
    };
    let server = fake_server().await;
    let logins: Vec<String> = (0..6).map(|i| format!("agency-client-{i}")).collect();
    let accounts: Vec<Account> = logins
        .iter()
        .map(|login| seed_account(&server, login, 12, 24, 24, 48))
        .collect();
    let names: Vec<&str> = logins.iter().map(String::as_str).collect();
    let client = client(&server.base_url());
    let path = "shared";
    backend
        .mirror(path)
        .sync(&client, &names)
        .await
        .expect("the first sync registers the logins");
    for (login, account) in logins.iter().zip(&accounts) {
        edit(&server, login, account);
    }
    server.clear_requests();
    // Each request waits for a second one of its login: two syncs of one login at once would
    // be seen by the server.
    server.hold_until_in_flight(6, std::time::Duration::from_millis(20));

    let (first, second) = (backend.mirror(path), backend.mirror(path));
    let options = SyncOptions {
        logins_at_once: Some(2),
        ..SyncOptions::default()
    };
    let (a, b) = tokio::join!(
        first.sync_all_logins(&client, &options),
        second.sync_all_logins(&client, &options)
    );
    let (a, b) = (a.expect("worker 1 succeeds"), b.expect("worker 2 succeeds"));
    let synced = |report: &yandex_direct_mirror::SyncReport| -> Vec<String> {
        report
            .logins
            .iter()
            .filter(|l| l.outcome == Outcome::Complete)
            .map(|l| l.login.clone())
            .collect()
    };
    let (by_a, by_b) = (synced(&a), synced(&b));
    assert!(
        !by_a.is_empty() && !by_b.is_empty(),
        "the work is shared: {by_a:?} / {by_b:?}"
    );
    let mut all: Vec<String> = by_a.iter().chain(&by_b).cloned().collect();
    all.sort();
    assert_eq!(all, logins, "each login synced once in the round");
    for report in a.logins.iter().chain(&b.logins) {
        assert!(
            matches!(report.outcome, Outcome::Complete | Outcome::Locked { .. }),
            "{report:?}"
        );
    }
    for login in &logins {
        assert!(server.max_in_flight(login) <= 5, "{login}");
        assert_eq!(
            server.count_of(login, "changes", "checkCampaigns"),
            1,
            "{login}: one sync of it"
        );
    }
    drop((first, second));
    server.hold_until_in_flight(1, std::time::Duration::from_millis(1));
    assert_eq!(
        backend.dump(path),
        reference(&server, &backend, &names).await
    );
}

/// The shared limits (`PostgresQuotaStore`): worker processes of `quota-worker` calling one
/// login through the fake server, counted together in one PostgreSQL database.
mod shared_limits {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    use integration_tests::postgres::postgres_or_skip;
    use integration_tests::support::fake_server_with;
    use yandex_direct_fake_server::FakeConfig;

    const WORKER: &str = env!("CARGO_BIN_EXE_quota_worker");
    const LOGIN: &str = "hammered-client";

    /// Runs a worker to its end: its counts `ok`, `quota`, `busy` (506), `other`.
    fn run(base_url: &str, db: &str, args: &[&str]) -> std::process::Child {
        Command::new(WORKER)
            .args([base_url, db, LOGIN])
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("the worker starts")
    }

    fn counts(child: std::process::Child) -> [usize; 4] {
        let out = child.wait_with_output().expect("the worker ends");
        assert!(out.status.success(), "worker failed: {:?}", out.status);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut counts = [0; 4];
        for (i, name) in ["ok=", "quota=", "busy=", "other="].iter().enumerate() {
            counts[i] = text
                .split_whitespace()
                .find_map(|w| w.strip_prefix(name))
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no {name} in {text:?}"));
        }
        counts
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn three_processes_hammering_one_login_never_get_506_with_shared_limits() {
        let test = "three_processes_hammering_one_login_never_get_506_with_shared_limits";
        let Some(postgres) = postgres_or_skip(test) else {
            return;
        };
        let db = postgres.create_database("hammer", None);
        let server = fake_server_with(FakeConfig {
            max_concurrent: 5,
            ..FakeConfig::default()
        })
        .await;
        // Each request waits (a little) for 5 of its login in flight: requests overlap.
        server.hold_until_in_flight(5, Duration::from_millis(15));
        let base = server.base_url();
        let spawn_three = |extra: &[&str]| {
            (0..3)
                .map(|_| {
                    let mut args = vec!["calls", "40", "--tasks", "8"];
                    args.extend_from_slice(extra);
                    run(&base, &db, &args)
                })
                .collect::<Vec<_>>()
        };
        let shared: Vec<[usize; 4]> = spawn_three(&[]).into_iter().map(counts).collect();
        for worker in &shared {
            assert_eq!(
                *worker,
                [40, 0, 0, 0],
                "every call answered, none 506: {shared:?}"
            );
        }
        assert_eq!(server.requests_of(LOGIN), 120);
        assert!(
            server.max_in_flight(LOGIN) <= 5,
            "{}",
            server.max_in_flight(LOGIN)
        );
        assert_eq!(server.max_in_flight(LOGIN), 5, "the 5 slots are used");
        assert!(
            postgres
                .query("hammer", "SELECT slot FROM quota_slots")
                .is_empty(),
            "every slot given back"
        );
        let figures = postgres.query(
            "hammer",
            "SELECT quota_key, bucket, remaining FROM quota_figures",
        );
        assert_eq!(figures.len(), 1, "{figures:?}");
        assert_eq!(figures[0][0].as_deref(), Some("direct hammered-client"));
        assert_eq!(figures[0][1].as_deref(), Some("units"));

        // The control: each process with its own limits alone goes past the login's 5 (the
        // requests wait longer for each other, so that the processes overlap).
        server.hold_until_in_flight(15, Duration::from_millis(100));
        let local: Vec<[usize; 4]> = spawn_three(&["--local"]).into_iter().map(counts).collect();
        let busy: usize = local.iter().map(|c| c[2]).sum();
        assert!(
            busy > 0,
            "without shared limits some calls get 506: {local:?}"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_slots_of_a_killed_process_are_taken_over_after_their_lease() {
        let test = "the_slots_of_a_killed_process_are_taken_over_after_their_lease";
        let Some(postgres) = postgres_or_skip(test) else {
            return;
        };
        let db = postgres.create_database("killed", None);
        let server = fake_server_with(FakeConfig::default()).await;
        let base = server.base_url();
        let lease = Duration::from_millis(1500);
        let lease_ms = lease.as_millis().to_string();
        let mut holder = run(&base, &db, &["hold", "5", "--lease-ms", &lease_ms]);
        let mut said = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(holder.stdout.take().expect("piped")),
            &mut said,
        )
        .expect("the holder says what it holds");
        assert_eq!(said.trim(), "held=5");
        assert_eq!(
            postgres
                .query("killed", "SELECT slot FROM quota_slots")
                .len(),
            5
        );
        // Held longer than the lease: renewed while the process lives.
        std::thread::sleep(lease * 2);
        let caller = run(&base, &db, &["calls", "1", "--lease-ms", &lease_ms]);
        std::thread::sleep(lease / 2);
        assert_eq!(
            server.requests_of(LOGIN),
            0,
            "no slot while the holder lives"
        );
        holder.kill().expect("kill -9");
        let killed_at = Instant::now();
        let _ = holder.wait();
        assert_eq!(counts(caller), [1, 0, 0, 0]);
        let waited = killed_at.elapsed();
        assert!(
            waited >= lease * 2 / 3 - Duration::from_millis(100),
            "taken over after the lease, not before: {waited:?}"
        );
        assert!(waited < lease * 4, "not much after the lease: {waited:?}");
        assert_eq!(server.requests_of(LOGIN), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_budget_spent_by_one_process_stops_the_next() {
        let test = "a_budget_spent_by_one_process_stops_the_next";
        let Some(postgres) = postgres_or_skip(test) else {
            return;
        };
        let db = postgres.create_database("budget", None);
        let server = fake_server_with(FakeConfig::default()).await;
        let base = server.base_url();
        // An empty account: each campaigns.get costs the call's 10 units.
        let first = counts(run(&base, &db, &["calls", "8", "--budget", "45"]));
        assert_eq!(first, [4, 4, 0, 0], "4 calls of 10 units fit in 45");
        assert_eq!(server.requests_of(LOGIN), 4, "refused calls are not sent");
        let second = counts(run(&base, &db, &["calls", "3", "--budget", "45"]));
        assert_eq!(
            second,
            [0, 3, 0, 0],
            "the budget is spent for every process"
        );
        assert_eq!(server.requests_of(LOGIN), 4);
        let spent = postgres.query("budget", "SELECT spent FROM quota_budgets");
        assert_eq!(spent, vec![vec![Some("40".to_owned())]]);
        // A process with a budget of its own is not held back by the shared one.
        let local = counts(run(
            &base,
            &db,
            &["calls", "2", "--budget", "45", "--local"],
        ));
        assert_eq!(local, [2, 0, 0, 0]);
    }
}
