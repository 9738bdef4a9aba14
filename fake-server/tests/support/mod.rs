//! Calls to a [`FakeServer`] over real HTTP with raw JSON bodies, so that the tests name wire
//! strings rather than generated Rust names.

#![allow(dead_code)]

use serde_json::{json, Value};
use yandex_direct_fake_server::{FakeConfig, FakeServer};

/// A fake server and an HTTP client for it.
pub struct Fake {
    pub server: FakeServer,
    http: reqwest::Client,
}

impl Fake {
    pub async fn start() -> Fake {
        // Building a `yandex_direct::Client` installs the TLS crypto provider reqwest needs.
        let _ = yandex_direct::Client::builder("test").build();
        Fake {
            server: FakeServer::start(FakeConfig::default())
                .await
                .expect("starts"),
            http: reqwest::Client::new(),
        }
    }

    /// A `yandex_direct::Client` for this server.
    pub fn client(&self) -> yandex_direct::Client {
        yandex_direct::Client::builder("test-token")
            .base_url(self.server.base_url())
            .build()
            .expect("a client")
    }

    /// The whole answer body of `service.method` with `params`.
    pub async fn raw(&self, service: &str, method: &str, params: Value) -> Value {
        let body = json!({"method": method, "params": params});
        let reply = self
            .http
            .post(format!("{}/json/v5/{service}", self.server.base_url()))
            .bearer_auth("test-token")
            .body(body.to_string())
            .send()
            .await
            .expect("sent");
        serde_json::from_slice(&reply.bytes().await.expect("a body")).expect("JSON")
    }

    /// The `result` of `service.method`, checked strictly against the method's response type.
    pub async fn call(&self, service: &str, method: &str, params: Value) -> Value {
        let answer = self.raw(service, method, params).await;
        let result = answer
            .get("result")
            .cloned()
            .unwrap_or_else(|| panic!("{service}.{method}: no result in {answer}"));
        if let Err(e) = yandex_direct_fake_server::schema::check_result(service, method, &result) {
            panic!("{service}.{method}: {result} does not fit the schema: {e}");
        }
        result
    }

    /// The request-level error code of `service.method`.
    pub async fn error_code(&self, service: &str, method: &str, params: Value) -> i64 {
        let answer = self.raw(service, method, params).await;
        answer
            .pointer("/error/error_code")
            .and_then(Value::as_i64)
            .unwrap_or_else(|| panic!("{service}.{method}: no error in {answer}"))
    }

    /// A campaign, an ad group in it and a keyword in that: their ids.
    pub async fn campaign_group_keyword(&self) -> (i64, i64, i64) {
        let campaign = self
            .call(
                "campaigns",
                "add",
                json!({"Campaigns": [text_campaign("Shop")]}),
            )
            .await;
        let campaign = id_of(&campaign["AddResults"][0]);
        let group = self
            .call(
                "adgroups",
                "add",
                json!({"AdGroups": [{"Name": "Fridges", "CampaignId": campaign, "RegionIds": [225]}]}),
            )
            .await;
        let group = id_of(&group["AddResults"][0]);
        let keyword = self
            .call(
                "keywords",
                "add",
                json!({"Keywords": [{"Keyword": "buy a fridge", "AdGroupId": group}]}),
            )
            .await;
        (campaign, group, id_of(&keyword["AddResults"][0]))
    }
}

/// A valid text campaign add item.
pub fn text_campaign(name: &str) -> Value {
    json!({
        "Name": name,
        "StartDate": "2030-01-01",
        "TextCampaign": {"BiddingStrategy": {
            "Search": {"BiddingStrategyType": "HIGHEST_POSITION"},
            "Network": {"BiddingStrategyType": "SERVING_OFF"}
        }}
    })
}

/// The `Id` of a per-item result that succeeded.
pub fn id_of(result: &Value) -> i64 {
    assert!(result.get("Errors").is_none(), "errors in {result}");
    result["Id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no Id in {result}"))
}

/// The codes of a per-item result's `Errors`.
pub fn error_codes(result: &Value) -> Vec<i64> {
    result["Errors"]
        .as_array()
        .map(|errors| errors.iter().filter_map(|e| e["Code"].as_i64()).collect())
        .unwrap_or_default()
}
