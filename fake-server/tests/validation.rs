//! Per-item validation of the stored services over real HTTP: a faulty item gets its `Errors`
//! with the code of the reference (8000 for faulty values, 8800 for unknown ids, 8300 for changes
//! to archived objects) while the other items of the same call succeed; malformed requests fail
//! as a whole with 8000.

mod support;

use serde_json::json;
use support::{error_codes, id_of, text_campaign, Fake};
use yandex_direct_fake_server::validate::{INVALID_VALUE, LENGTH_LIMITS};

#[tokio::test]
async fn an_empty_keyword_is_refused_and_the_others_are_added() {
    let fake = Fake::start().await;
    let (_, group, _) = fake.campaign_group_keyword().await;
    let result = fake
        .call(
            "keywords",
            "add",
            json!({"Keywords": [
                {"Keyword": "", "AdGroupId": group},
                {"Keyword": "   ", "AdGroupId": group},
                {"Keyword": "fridge repair", "AdGroupId": group}
            ]}),
        )
        .await;
    let results = result["AddResults"].as_array().expect("AddResults");
    assert_eq!(results.len(), 3);
    assert_eq!(error_codes(&results[0]), [INVALID_VALUE]);
    assert_eq!(error_codes(&results[1]), [INVALID_VALUE]);
    let details = results[0]["Errors"][0]["Details"]
        .as_str()
        .unwrap_or_default();
    assert!(details.contains("Keyword"), "{details}");
    assert!(results[0]["Errors"][0]["Message"].is_string());
    id_of(&results[2]);
    let stored = fake.server.with_store("fake-advertiser", |s| {
        s.list(yandex_direct_fake_server::Kind::Keyword).len()
    });
    assert_eq!(stored, 2, "`buy a fridge` and `fridge repair`");
}

#[tokio::test]
async fn a_campaign_needs_its_type_structure_and_strategy() {
    let fake = Fake::start().await;
    let mut without_strategy = text_campaign("No strategy");
    without_strategy["TextCampaign"] = json!({"CounterIds": {"Items": [1]}});
    let mut two_types = text_campaign("Two types");
    two_types["DynamicTextCampaign"] = two_types["TextCampaign"].clone();
    let result = fake
        .call(
            "campaigns",
            "add",
            json!({"Campaigns": [
                {"Name": "No type", "StartDate": "2030-01-01"},
                without_strategy,
                two_types,
                text_campaign("Fine")
            ]}),
        )
        .await;
    let results = result["AddResults"].as_array().expect("AddResults");
    for (i, needle) in [(0, "TextCampaign"), (1, "BiddingStrategy"), (2, "only one")] {
        assert_eq!(error_codes(&results[i]), [INVALID_VALUE], "item {i}");
        let details = results[i]["Errors"][0]["Details"]
            .as_str()
            .unwrap_or_default();
        assert!(details.contains(needle), "item {i}: {details}");
    }
    let id = id_of(&results[3]);
    let got = fake
        .call(
            "campaigns",
            "get",
            json!({"SelectionCriteria": {}, "FieldNames": ["Id", "Name"]}),
        )
        .await;
    assert_eq!(got["Campaigns"], json!([{"Id": id, "Name": "Fine"}]));
}

#[tokio::test]
async fn a_strategy_needs_search_and_network() {
    // The schema makes both required: the typed decoding refuses the whole request.
    let fake = Fake::start().await;
    let mut campaign = text_campaign("Half a strategy");
    campaign["TextCampaign"]["BiddingStrategy"] =
        json!({"Search": {"BiddingStrategyType": "HIGHEST_POSITION"}});
    let code = fake
        .error_code("campaigns", "add", json!({"Campaigns": [campaign]}))
        .await;
    assert_eq!(code, 8000);
}

#[tokio::test]
async fn dates_are_yyyy_mm_dd() {
    let fake = Fake::start().await;
    let mut bad_start = text_campaign("Bad start");
    bad_start["StartDate"] = json!("not-a-date");
    let mut bad_end = text_campaign("Bad end");
    bad_end["EndDate"] = json!("2030-02-30");
    let mut good = text_campaign("Good");
    good["EndDate"] = json!("2030-12-31");
    let result = fake
        .call(
            "campaigns",
            "add",
            json!({"Campaigns": [bad_start, bad_end, good]}),
        )
        .await;
    let results = result["AddResults"].as_array().expect("AddResults");
    assert_eq!(error_codes(&results[0]), [INVALID_VALUE]);
    assert!(results[0]["Errors"][0]["Details"]
        .as_str()
        .is_some_and(|d| d.contains("StartDate") && d.contains("YYYY-MM-DD")));
    assert_eq!(error_codes(&results[1]), [INVALID_VALUE]);
    let id = id_of(&results[2]);

    // Updates are checked too; an unknown id is 8800.
    let result = fake
        .call(
            "campaigns",
            "update",
            json!({"Campaigns": [
                {"Id": id, "EndDate": "31.12.2030"},
                {"Id": id, "Name": ""},
                {"Id": 1, "Name": "Nobody"},
                {"Id": id, "Name": "Renamed", "EndDate": "2031-01-31"}
            ]}),
        )
        .await;
    let results = result["UpdateResults"].as_array().expect("UpdateResults");
    assert_eq!(error_codes(&results[0]), [INVALID_VALUE]);
    assert_eq!(error_codes(&results[1]), [INVALID_VALUE]);
    assert_eq!(error_codes(&results[2]), [8800]);
    assert_eq!(id_of(&results[3]), id);
}

#[tokio::test]
async fn empty_names_and_ad_texts_are_refused() {
    let fake = Fake::start().await;
    let (campaign, group, _) = fake.campaign_group_keyword().await;
    let result = fake
        .call(
            "campaigns",
            "add",
            json!({"Campaigns": [{"Name": " ", "StartDate": "2030-01-01",
                "TextCampaign": text_campaign("x")["TextCampaign"].clone()}]}),
        )
        .await;
    assert_eq!(error_codes(&result["AddResults"][0]), [INVALID_VALUE]);
    let result = fake
        .call(
            "adgroups",
            "add",
            json!({"AdGroups": [{"Name": "", "CampaignId": campaign, "RegionIds": [1]}]}),
        )
        .await;
    assert_eq!(error_codes(&result["AddResults"][0]), [INVALID_VALUE]);
    let ad = |title: &str, text: &str| {
        json!({"AdGroupId": group, "TextAd": {"Title": title, "Text": text, "Mobile": "NO",
            "Href": "https://example.com"}})
    };
    let result = fake
        .call(
            "ads",
            "add",
            json!({"Ads": [ad("", "Fridges"), ad("Fridges", ""), ad("Fridges", "Cheap fridges")]}),
        )
        .await;
    let results = result["AddResults"].as_array().expect("AddResults");
    assert_eq!(error_codes(&results[0]), [INVALID_VALUE]);
    assert_eq!(error_codes(&results[1]), [INVALID_VALUE]);
    id_of(&results[2]);
}

#[tokio::test]
async fn length_limits_come_from_one_table() {
    // The reference gives no limit for names, so only the keyword word limit exists.
    let limit = LENGTH_LIMITS
        .iter()
        .find(|l| l.endpoint == "keywords" && l.field == "Keyword")
        .expect("the keyword limit");
    assert!(!limit.source.is_empty());
    assert!(LENGTH_LIMITS.iter().all(|l| l.field != "Name"));

    let fake = Fake::start().await;
    let (_, group, _) = fake.campaign_group_keyword().await;
    let longest = "x".repeat(limit.max_chars);
    let too_long = "x".repeat(limit.max_chars + 1);
    let result = fake
        .call(
            "keywords",
            "add",
            json!({"Keywords": [
                {"Keyword": format!("buy {too_long}"), "AdGroupId": group},
                {"Keyword": format!("buy {longest}"), "AdGroupId": group}
            ]}),
        )
        .await;
    let results = result["AddResults"].as_array().expect("AddResults");
    assert_eq!(error_codes(&results[0]), [INVALID_VALUE]);
    id_of(&results[1]);

    // A long campaign name is taken as it is.
    let result = fake
        .call(
            "campaigns",
            "add",
            json!({"Campaigns": [text_campaign(&"n".repeat(1000))]}),
        )
        .await;
    id_of(&result["AddResults"][0]);
}

#[tokio::test]
async fn malformed_requests_fail_as_a_whole() {
    let fake = Fake::start().await;
    let unknown_field = json!({"Campaigns": [{"Name": "x", "StartDate": "2030-01-01", "Nope": 1}]});
    assert_eq!(
        fake.error_code("campaigns", "add", unknown_field).await,
        8000
    );
    let missing_required = json!({"Keywords": [{"Keyword": "fridge"}]});
    assert_eq!(
        fake.error_code("keywords", "add", missing_required).await,
        8000
    );
    let wrong_type = json!({"SelectionCriteria": {"Ids": ["one"]}, "FieldNames": ["Id"]});
    assert_eq!(fake.error_code("vcards", "get", wrong_type).await, 8000);
}

#[tokio::test]
async fn an_archived_campaign_cannot_be_changed() {
    // As recorded from the real API: per-item 8300 for suspend/resume of an archived campaign.
    let fake = Fake::start().await;
    let added = fake
        .call(
            "campaigns",
            "add",
            json!({"Campaigns": [text_campaign("Old")]}),
        )
        .await;
    let id = id_of(&added["AddResults"][0]);
    let ids = json!({"SelectionCriteria": {"Ids": [id]}});
    let archived = fake.call("campaigns", "archive", ids.clone()).await;
    assert_eq!(archived["ArchiveResults"][0], json!({"Id": id}));
    for (method, key) in [("suspend", "SuspendResults"), ("resume", "ResumeResults")] {
        let result = fake.call("campaigns", method, ids.clone()).await;
        assert_eq!(error_codes(&result[key][0]), [8300], "{method}");
    }
    let result = fake
        .call(
            "campaigns",
            "update",
            json!({"Campaigns": [{"Id": id, "Name": "New"}]}),
        )
        .await;
    assert_eq!(error_codes(&result["UpdateResults"][0]), [8300]);
    let result = fake.call("campaigns", "unarchive", ids.clone()).await;
    assert_eq!(result["UnarchiveResults"][0], json!({"Id": id}));
    let result = fake.call("campaigns", "resume", ids).await;
    assert_eq!(result["ResumeResults"][0], json!({"Id": id}));
}
