//! What the quota governor needs to know about a GA4 Data API call: the property and quota
//! category it is charged to, the shape its cost is learnt under, whether it counts as
//! potentially thresholded, and the `propertyQuota` figures of its answer.

use crate::governor::{ga4_buckets, Demand, Figure, Ga4Category, QuotaKey, QuotaPolicy};

/// Dimensions that make a request potentially thresholded (120 such requests an hour).
pub const THRESHOLDED_DIMENSIONS: [&str; 5] = [
    "userAgeBracket",
    "userGender",
    "brandingInterest",
    "audienceId",
    "audienceName",
];

/// The report methods whose requests take `returnPropertyQuota`.
const REPORT_METHODS: [&str; 4] = [
    "runReport",
    "runPivotReport",
    "runRealtimeReport",
    "runFunnelReport",
];

/// The batch methods: each of their `requests` is a report request.
const BATCH_METHODS: [&str; 2] = ["batchRunReports", "batchRunPivotReports"];

/// The property (`123`) and the method (`runReport`, `metadata`, `audienceExports`) of a
/// Data API path such as `v1beta/properties/123:runReport`.
fn property_and_method(path: &str) -> Option<(&str, &str)> {
    let after = path.split_once("properties/")?.1;
    let end = after.find([':', '/', '?']).unwrap_or(after.len());
    let (property, rest) = after.split_at(end);
    if property.is_empty() {
        return None;
    }
    let method = rest
        .trim_start_matches([':', '/'])
        .split(['/', '?', ':'])
        .next()
        .unwrap_or("");
    Some((property, method))
}

/// The quota category of a call, `None` for calls the quotas page does not meter
/// (`audienceExports.get`, `list`, `query`).
fn category(http: &reqwest::Method, method: &str) -> Option<Ga4Category> {
    match method {
        "runRealtimeReport" => Some(Ga4Category::Realtime),
        "runFunnelReport" => Some(Ga4Category::Funnel),
        "runReport"
        | "runPivotReport"
        | "batchRunReports"
        | "batchRunPivotReports"
        | "checkCompatibility"
        | "metadata" => Some(Ga4Category::Core),
        "audienceExports" if http == reqwest::Method::POST => Some(Ga4Category::Core),
        _ => None,
    }
}

/// The report requests of a body: the body itself, or a batch's `requests`.
fn report_requests<'a>(
    method: &str,
    body: &'a mut serde_json::Value,
) -> Vec<&'a mut serde_json::Map<String, serde_json::Value>> {
    if BATCH_METHODS.contains(&method) {
        match body.get_mut("requests").and_then(|r| r.as_array_mut()) {
            Some(requests) => requests
                .iter_mut()
                .filter_map(|r| r.as_object_mut())
                .collect(),
            None => Vec::new(),
        }
    } else if REPORT_METHODS.contains(&method) {
        body.as_object_mut().into_iter().collect()
    } else {
        Vec::new()
    }
}

/// The governor's demand for a Data API call of `http` to `path` with `body`, or `None` when
/// the call is not metered. With `return_property_quota`, every report request that does not
/// say otherwise gets `"returnPropertyQuota": true`, so that its answer reports the figures.
pub fn demand(
    http: &reqwest::Method,
    path: &str,
    body: Option<&mut serde_json::Value>,
    return_property_quota: bool,
    policy: QuotaPolicy,
) -> Option<Demand> {
    let (property, method) = property_and_method(path)?;
    let category = category(http, method)?;
    let mut demand = Demand::new(QuotaKey::ga4(property, category)).with_policy(policy);
    let Some(body) = body else {
        return Some(demand.with_shape(Demand::shape_of(&(method, ""))));
    };
    let mut thresholded = 0;
    let mut shape = body.clone();
    for request in report_requests(method, &mut shape) {
        // Pages of one report cost alike: paging is not part of the shape.
        for paging in ["offset", "limit", "returnPropertyQuota"] {
            request.remove(paging);
        }
        let names_thresholded = request
            .get("dimensions")
            .and_then(|d| d.as_array())
            .is_some_and(|dimensions| {
                dimensions.iter().any(|d| {
                    d.get("name")
                        .and_then(|n| n.as_str())
                        .is_some_and(|n| THRESHOLDED_DIMENSIONS.contains(&n))
                })
            });
        thresholded += i64::from(names_thresholded);
    }
    if return_property_quota {
        for request in report_requests(method, body) {
            request
                .entry("returnPropertyQuota")
                .or_insert(serde_json::Value::Bool(true));
        }
    }
    demand = demand
        .with_shape(Demand::shape_of(&(method, shape.to_string())))
        .with_count(
            ga4_buckets::POTENTIALLY_THRESHOLDED_REQUESTS_PER_HOUR,
            thresholded,
        );
    Some(demand)
}

/// The `propertyQuota` figures of an answer: its own, or for a batch those of its reports
/// together (consumed added up, the least remaining).
pub fn figures(answer: &[u8]) -> Vec<Figure> {
    #[derive(serde::Deserialize)]
    struct Answer {
        #[serde(rename = "propertyQuota")]
        property_quota: Option<serde_json::Value>,
        #[serde(default)]
        reports: Vec<Report>,
        #[serde(rename = "pivotReports", default)]
        pivot_reports: Vec<Report>,
    }
    #[derive(serde::Deserialize)]
    struct Report {
        #[serde(rename = "propertyQuota")]
        property_quota: Option<serde_json::Value>,
    }
    let Ok(answer) = serde_json::from_slice::<Answer>(answer) else {
        return Vec::new();
    };
    if let Some(quota) = &answer.property_quota {
        return Figure::from_property_quota(quota);
    }
    let mut combined: Vec<Figure> = Vec::new();
    for quota in answer
        .reports
        .iter()
        .chain(&answer.pivot_reports)
        .filter_map(|r| r.property_quota.as_ref())
    {
        for figure in Figure::from_property_quota(quota) {
            match combined.iter_mut().find(|f| f.bucket == figure.bucket) {
                Some(seen) => {
                    seen.consumed += figure.consumed;
                    seen.remaining = seen.remaining.min(figure.remaining);
                }
                None => combined.push(figure),
            }
        }
    }
    combined
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::Method;
    use serde_json::json;

    #[test]
    fn paths_name_the_property_and_the_category() {
        assert_eq!(
            property_and_method("v1beta/properties/123:runReport"),
            Some(("123", "runReport"))
        );
        assert_eq!(
            property_and_method("/v1beta/properties/123/metadata"),
            Some(("123", "metadata"))
        );
        assert_eq!(
            property_and_method("v1beta/properties/9/audienceExports/5:query"),
            Some(("9", "audienceExports"))
        );
        let key = |http, path| demand(&http, path, None, true, QuotaPolicy::Fail).map(|d| d.key);
        assert_eq!(
            key(Method::POST, "v1beta/properties/7:runRealtimeReport"),
            Some(QuotaKey::ga4("7", Ga4Category::Realtime))
        );
        assert_eq!(
            key(Method::GET, "v1beta/properties/7/metadata"),
            Some(QuotaKey::ga4("7", Ga4Category::Core))
        );
        assert_eq!(
            key(Method::POST, "v1beta/properties/7/audienceExports"),
            Some(QuotaKey::ga4("7", Ga4Category::Core))
        );
        assert_eq!(
            key(Method::GET, "v1beta/properties/7/audienceExports"),
            None
        );
        assert_eq!(key(Method::GET, "v1beta/operations/1"), None);
    }

    #[test]
    fn report_bodies_ask_for_the_quota_unless_they_say_otherwise() {
        let mut body = json!({"dimensions": [{"name": "date"}], "limit": "10"});
        demand(
            &Method::POST,
            "v1beta/properties/1:runReport",
            Some(&mut body),
            true,
            QuotaPolicy::Fail,
        );
        assert_eq!(body["returnPropertyQuota"], json!(true));
        let mut opted_out = json!({"returnPropertyQuota": false});
        demand(
            &Method::POST,
            "v1beta/properties/1:runReport",
            Some(&mut opted_out),
            true,
            QuotaPolicy::Fail,
        );
        assert_eq!(opted_out["returnPropertyQuota"], json!(false));
        let mut batch = json!({"requests": [{"limit": 5}, {"offset": 5}]});
        demand(
            &Method::POST,
            "v1beta/properties/1:batchRunReports",
            Some(&mut batch),
            true,
            QuotaPolicy::Fail,
        );
        assert_eq!(batch["requests"][1]["returnPropertyQuota"], json!(true));
        assert!(batch.get("returnPropertyQuota").is_none());
        let mut not_asked = json!({"dimensions": []});
        demand(
            &Method::POST,
            "v1beta/properties/1:runReport",
            Some(&mut not_asked),
            false,
            QuotaPolicy::Fail,
        );
        assert!(not_asked.get("returnPropertyQuota").is_none());
        let mut compatibility = json!({"dimensions": []});
        demand(
            &Method::POST,
            "v1beta/properties/1:checkCompatibility",
            Some(&mut compatibility),
            true,
            QuotaPolicy::Fail,
        );
        assert!(compatibility.get("returnPropertyQuota").is_none());
    }

    #[test]
    fn pages_share_a_shape_and_thresholded_reports_are_counted() {
        let shape = |body: serde_json::Value| {
            let mut body = body;
            let d = demand(
                &Method::POST,
                "v1beta/properties/1:batchRunReports",
                Some(&mut body),
                true,
                QuotaPolicy::Fail,
            )
            .expect("metered");
            (d.shape, d.counts)
        };
        let page = |offset: i64, age: &str| {
            json!({"requests": [
                {"dimensions": [{"name": age}], "offset": offset, "limit": 100},
                {"dimensions": [{"name": "userGender"}, {"name": "date"}]},
            ]})
        };
        let (first, counts) = shape(page(0, "userAgeBracket"));
        let (second, _) = shape(page(100, "userAgeBracket"));
        assert_eq!(first, second);
        assert_eq!(
            counts,
            vec![("potentiallyThresholdedRequestsPerHour".into(), 2)]
        );
        let (other, counts) = shape(page(0, "country"));
        assert_ne!(first, other);
        assert_eq!(counts[0].1, 1);
    }

    #[test]
    fn batch_figures_add_up_what_the_reports_consumed() {
        let answer = json!({"reports": [
            {"propertyQuota": {"tokensPerHour": {"consumed": 5, "remaining": 95}}},
            {"propertyQuota": {"tokensPerHour": {"consumed": 7, "remaining": 88}}},
        ]});
        assert_eq!(
            figures(answer.to_string().as_bytes()),
            vec![Figure::new("tokensPerHour", 12, 88)]
        );
        let single =
            json!({"rows": [], "propertyQuota": {"tokensPerDay": {"consumed": 3, "remaining": 9}}});
        assert_eq!(
            figures(single.to_string().as_bytes()),
            vec![Figure::new("tokensPerDay", 3, 9)]
        );
        assert!(figures(b"{\"kind\": \"analyticsData#runReport\"}").is_empty());
    }
}
