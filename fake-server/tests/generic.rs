//! The services without special behaviour, served from the schema over real HTTP: every answer
//! is checked strictly against the method's response type.

mod support;

use serde_json::{json, Value};
use support::{error_codes, id_of, Fake};
use yandex_direct::prelude::*;

#[tokio::test]
async fn bids_set_and_get() {
    let fake = Fake::start().await;
    let (campaign, group, keyword) = fake.campaign_group_keyword().await;
    let set = fake
        .call(
            "bids",
            "set",
            json!({"Bids": [
                {"KeywordId": keyword, "Bid": 15_000_000, "ContextBid": 3_000_000},
                {"KeywordId": 1, "Bid": 1_000_000}
            ]}),
        )
        .await;
    // As recorded from the real API: `{"SetResults": [{"KeywordId": ...}]}`.
    assert_eq!(set["SetResults"][0], json!({"KeywordId": keyword}));
    assert_eq!(error_codes(&set["SetResults"][1]), [8800]);

    let got = fake
        .call(
            "bids",
            "get",
            json!({"SelectionCriteria": {"CampaignIds": [campaign]},
                   "FieldNames": ["KeywordId", "AdGroupId", "CampaignId", "Bid", "ContextBid"]}),
        )
        .await;
    assert_eq!(
        got["Bids"],
        json!([{"KeywordId": keyword, "AdGroupId": group, "CampaignId": campaign,
                "Bid": 15_000_000, "ContextBid": 3_000_000}])
    );

    // By ad group, for every keyword in it; and the typed client decodes the answer.
    let set = fake
        .call(
            "bids",
            "set",
            json!({"Bids": [{"AdGroupId": group, "Bid": 7_000_000}]}),
        )
        .await;
    assert_eq!(set["SetResults"][0], json!({"AdGroupId": group}));
    let request: yandex_direct::direct_v5::bids::GetRequest = serde_json::from_value(json!({
        "SelectionCriteria": {"KeywordIds": [keyword]}, "FieldNames": ["KeywordId", "Bid"]
    }))
    .expect("a bids.get request");
    let response = fake.client().bids().get(request).await.expect("bids.get");
    let bids = serde_json::to_value(response.into_inner()).expect("encodes");
    assert_eq!(
        bids["Bids"],
        json!([{"KeywordId": keyword, "Bid": 7_000_000}])
    );

    let set = fake
        .call(
            "bids",
            "setAuto",
            json!({"Bids": [{"KeywordId": keyword, "Scope": ["SEARCH"]}]}),
        )
        .await;
    assert_eq!(set["SetAutoResults"][0], json!({"KeywordId": keyword}));
}

#[tokio::test]
async fn keyword_bids_follow_the_keywords() {
    let fake = Fake::start().await;
    let (_, _, keyword) = fake.campaign_group_keyword().await;
    let set = fake
        .call(
            "keywordbids",
            "set",
            json!({"KeywordBids": [{"KeywordId": keyword, "SearchBid": 9_000_000}]}),
        )
        .await;
    assert_eq!(set["SetResults"][0], json!({"KeywordId": keyword}));
    let got = fake
        .call(
            "keywordbids",
            "get",
            json!({"SelectionCriteria": {"KeywordIds": [keyword]}, "FieldNames": ["KeywordId"]}),
        )
        .await;
    assert_eq!(got["KeywordBids"], json!([{"KeywordId": keyword}]));
}

#[tokio::test]
async fn sitelinks_are_kept_and_a_duplicate_set_is_warned_about() {
    let fake = Fake::start().await;
    let set = json!({"Sitelinks": [{"Title": "Delivery", "Href": "https://example.com/d"}]});
    let added = fake
        .call("sitelinks", "add", json!({"SitelinksSets": [set.clone()]}))
        .await;
    let id = id_of(&added["AddResults"][0]);
    let again = fake
        .call("sitelinks", "add", json!({"SitelinksSets": [set]}))
        .await;
    // As recorded from the real API: the existing set's id with warning 10120.
    assert_eq!(again["AddResults"][0]["Id"], json!(id));
    assert_eq!(again["AddResults"][0]["Warnings"][0]["Code"], json!(10120));
    let got = fake
        .call(
            "sitelinks",
            "get",
            json!({"SelectionCriteria": {"Ids": [id]}, "FieldNames": ["Id", "Sitelinks"],
                   "SitelinkFieldNames": ["Title"]}),
        )
        .await;
    assert_eq!(got["SitelinksSets"][0]["Id"], json!(id));
    let deleted = fake
        .call(
            "sitelinks",
            "delete",
            json!({"SelectionCriteria": {"Ids": [id, 5]}}),
        )
        .await;
    assert_eq!(deleted["DeleteResults"][0], json!({"Id": id}));
    assert_eq!(error_codes(&deleted["DeleteResults"][1]), [8800]);
}

#[tokio::test]
async fn vcards_retargeting_lists_and_shared_sets() {
    let fake = Fake::start().await;
    let (campaign, _, _) = fake.campaign_group_keyword().await;
    let vcard = fake
        .call(
            "vcards",
            "add",
            json!({"VCards": [{"CampaignId": campaign, "Country": "Russia", "City": "Moscow",
                "CompanyName": "Shop", "WorkTime": "0;4;10;0;18;0",
                "Phone": {"CountryCode": "+7", "CityCode": "495", "PhoneNumber": "1234567"}}]}),
        )
        .await;
    let vcard = id_of(&vcard["AddResults"][0]);
    let got = fake
        .call(
            "vcards",
            "get",
            json!({"SelectionCriteria": {"Ids": [vcard]}, "FieldNames": ["Id", "CampaignId", "City"]}),
        )
        .await;
    assert_eq!(
        got["VCards"],
        json!([{"Id": vcard, "CampaignId": campaign, "City": "Moscow"}])
    );

    let list = |name: &str| json!({"Name": name, "Rules": [{"Operator": "ALL", "Arguments": [{"ExternalId": 1}]}]});
    let added = fake
        .call(
            "retargetinglists",
            "add",
            json!({"RetargetingLists": [list("Buyers"), list("")]}),
        )
        .await;
    let id = id_of(&added["AddResults"][0]);
    assert_eq!(error_codes(&added["AddResults"][1]), [8000]);
    let updated = fake
        .call(
            "retargetinglists",
            "update",
            json!({"RetargetingLists": [{"Id": id, "Name": "Old buyers"}, {"Id": 3, "Name": "x"}]}),
        )
        .await;
    assert_eq!(updated["UpdateResults"][0], json!({"Id": id}));
    assert_eq!(error_codes(&updated["UpdateResults"][1]), [8800]);
    let got = fake
        .call(
            "retargetinglists",
            "get",
            json!({"FieldNames": ["Id", "Name"]}),
        )
        .await;
    assert_eq!(
        got["RetargetingLists"],
        json!([{"Id": id, "Name": "Old buyers"}])
    );

    // Paging: `LimitedBy` while more are left.
    for i in 0..3 {
        fake.call(
            "negativekeywordsharedsets",
            "add",
            json!({"NegativeKeywordSharedSets": [{"Name": format!("set {i}"), "NegativeKeywords": ["free"]}]}),
        )
        .await;
    }
    let page =
        |offset: i64| json!({"FieldNames": ["Id", "Name"], "Page": {"Limit": 2, "Offset": offset}});
    let first = fake.call("negativekeywordsharedsets", "get", page(0)).await;
    assert_eq!(
        first["NegativeKeywordSharedSets"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(first["LimitedBy"], json!(2));
    let rest = fake.call("negativekeywordsharedsets", "get", page(2)).await;
    assert_eq!(rest["NegativeKeywordSharedSets"][0]["Name"], json!("set 2"));
    assert!(rest.get("LimitedBy").is_none());
}

#[tokio::test]
async fn bid_modifiers_and_images_answer_in_their_own_shapes() {
    let fake = Fake::start().await;
    let (campaign, _, _) = fake.campaign_group_keyword().await;
    let added = fake
        .call(
            "bidmodifiers",
            "add",
            json!({"BidModifiers": [{"CampaignId": campaign, "MobileAdjustment": {"BidModifier": 120}}]}),
        )
        .await;
    let ids = added["AddResults"][0]["Ids"].clone();
    let id = ids[0].as_i64().expect("AddResults[0].Ids[0]");
    let set = fake
        .call(
            "bidmodifiers",
            "set",
            json!({"BidModifiers": [{"Id": id, "BidModifier": 150}, {"Id": 2, "BidModifier": 10}]}),
        )
        .await;
    assert_eq!(set["SetResults"][0], json!({"Id": id}));
    assert_eq!(error_codes(&set["SetResults"][1]), [8800]);
    let got = fake
        .call(
            "bidmodifiers",
            "get",
            json!({"SelectionCriteria": {"CampaignIds": [campaign], "Levels": ["CAMPAIGN"]},
                   "FieldNames": ["Id", "CampaignId"]}),
        )
        .await;
    assert_eq!(
        got["BidModifiers"],
        json!([{"Id": id, "CampaignId": campaign}])
    );

    let image = fake
        .call(
            "adimages",
            "add",
            json!({"AdImages": [{"ImageData": "aGVsbG8=", "Name": "logo.png"}]}),
        )
        .await;
    let hash = image["AddResults"][0]["AdImageHash"].clone();
    assert!(hash.as_str().is_some_and(|h| !h.is_empty()), "{image}");
    let got = fake
        .call(
            "adimages",
            "get",
            json!({"SelectionCriteria": {"AdImageHashes": [hash]}, "FieldNames": ["AdImageHash", "Name"]}),
        )
        .await;
    assert_eq!(
        got["AdImages"],
        json!([{"AdImageHash": hash, "Name": "logo.png"}])
    );
    let deleted = fake
        .call(
            "adimages",
            "delete",
            json!({"SelectionCriteria": {"AdImageHashes": [hash, "nope"]}}),
        )
        .await;
    assert_eq!(deleted["DeleteResults"][0], json!({"AdImageHash": hash}));
    assert_eq!(error_codes(&deleted["DeleteResults"][1]), [8800]);
}

#[tokio::test]
async fn methods_that_keep_nothing_answer_a_minimal_valid_result() {
    let fake = Fake::start().await;
    let dictionaries = fake
        .call(
            "dictionaries",
            "get",
            json!({"DictionaryNames": ["Currencies", "TimeZones"]}),
        )
        .await;
    assert_eq!(dictionaries, json!({"Currencies": [], "TimeZones": []}));
    let clients = fake
        .call(
            "clients",
            "get",
            json!({"FieldNames": ["Login", "ClientId"]}),
        )
        .await;
    assert_eq!(clients["Clients"][0]["Login"], json!("fake-advertiser"));
    let volume = fake
        .call(
            "keywordsresearch",
            "hasSearchVolume",
            json!({"SelectionCriteria": {"Keywords": ["fridge", "oven"], "RegionIds": [225]},
                   "FieldNames": ["Keyword", "AllDevices"]}),
        )
        .await;
    assert_eq!(
        volume["HasSearchVolumeResults"][1]["Keyword"],
        json!("oven"),
        "{volume}"
    );
    fake.call(
        "keywordsresearch",
        "deduplicate",
        json!({"Keywords": [{"Keyword": "fridge"}]}),
    )
    .await;
    for (service, params) in [
        ("turbopages", json!({"FieldNames": ["Id"]})),
        ("businesses", json!({"FieldNames": ["Id"]})),
        (
            "leads",
            json!({"SelectionCriteria": {"TurboPageIds": [1]}, "FieldNames": ["Id"]}),
        ),
        ("feeds", json!({"FieldNames": ["Id"]})),
        (
            "strategies",
            json!({"SelectionCriteria": {}, "FieldNames": ["Id"]}),
        ),
    ] {
        let got = fake.call(service, "get", params).await;
        assert_eq!(got, json!({}), "{service}.get with nothing stored");
    }
}

/// `keywordsresearch.deduplicate` answers what to add, update and delete, in the form of its
/// response type.
#[tokio::test]
async fn deduplicate_answers_the_keywords_to_add_update_and_delete() {
    let fake = Fake::start().await;
    let result = fake
        .call(
            "keywordsresearch",
            "deduplicate",
            json!({"Keywords": [
                {"Id": 1, "Keyword": "buy fridge -used"},
                {"Id": 2, "Keyword": "fridge buy", "Weight": 3},
                {"Keyword": "buy fridge online"},
                {"Keyword": ""}
            ]}),
        )
        .await;
    assert_eq!(
        result,
        json!({
            "Add": [{"Keyword": "buy fridge online"}],
            "Update": [{"Id": 2, "Keyword": "fridge buy -used -online"}],
            "Delete": {"Ids": [1]},
            "Failure": [{"Position": 4, "Errors": [{"Code": 8000, "Message": "Invalid request",
                          "Details": "Keyword `` has no words to search for"}]}]
        })
    );
}

#[tokio::test]
async fn every_method_of_the_schema_is_served() {
    let fake = Fake::start().await;
    let mut unsupported = Vec::new();
    let mut served = 0;
    for service in yandex_direct::direct_v5::SERVICES {
        for method in yandex_direct_fake_server::schema::METHOD_NAMES {
            if yandex_direct::direct_v5::find_method(service, method).is_none() {
                continue;
            }
            let Some(body) = yandex_direct_fake_server::schema::minimal_request(service, method)
            else {
                panic!("no minimal request for {service}.{method}");
            };
            let answer = fake.raw(service, method, body["params"].clone()).await;
            match answer.pointer("/error/error_code").and_then(Value::as_i64) {
                Some(3500) => unsupported.push(format!("{service}.{method}")),
                Some(_) => {}
                None => {
                    let result = &answer["result"];
                    let fits =
                        yandex_direct_fake_server::schema::check_result(service, method, result);
                    assert!(fits.is_ok(), "{service}.{method}: {result}: {fits:?}");
                    served += 1;
                }
            }
        }
    }
    assert!(unsupported.is_empty(), "answered 3500: {unsupported:?}");
    assert!(
        served >= 100,
        "only {served} methods answered with a result"
    );
}
