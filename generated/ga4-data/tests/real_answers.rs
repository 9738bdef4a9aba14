//! The shapes real answers and requests take decode and encode back to the same JSON value:
//! empty reports, a realtime answer with only `kind`, explicit `null`s, metric values with 17
//! significant digits, error details of different `@type`s, fields and enum values from a newer
//! API.

use ga4_data::error::ErrorResponse;
use ga4_data::roundtrip::reencode_part;
use ga4_data::types::{
    FilterExpression, MetricHeaderType, NumericValue, RunRealtimeReportResponse, RunReportRequest,
    RunReportResponse,
};
use serde_json::{json, Value};

/// Decodes `body` as `method`'s `part` and checks it encodes back to the same value.
fn round_trips(method: &str, part: &str, body: Value) {
    let bytes = serde_json::to_vec(&body).unwrap();
    let again = reencode_part(method, part, &bytes)
        .unwrap_or_else(|e| panic!("{method} {part} does not decode: {e}\n{body}"));
    assert_eq!(again, body, "{method} {part} changed in the round trip");
}

#[test]
fn an_empty_report_has_no_rows_and_no_row_count() {
    let body = json!({
        "dimensionHeaders": [{"name": "country"}],
        "metricHeaders": [{"name": "activeUsers", "type": "TYPE_INTEGER"}],
        "metadata": {"currencyCode": "USD", "timeZone": "America/Los_Angeles"},
        "kind": "analyticsData#runReport"
    });
    round_trips("runReport", "response", body.clone());
    let report: RunReportResponse = serde_json::from_value(body).unwrap();
    assert!(report.rows.is_none());
    assert!(report.row_count.is_none());
    assert_eq!(
        report.metric_headers.unwrap()[0].type_,
        Some(MetricHeaderType::TypeInteger)
    );
}

#[test]
fn a_realtime_answer_can_be_only_its_kind() {
    let body = json!({"kind": "analyticsData#runRealtimeReport"});
    round_trips("runRealtimeReport", "response", body.clone());
    let answer: RunRealtimeReportResponse = serde_json::from_value(body).unwrap();
    assert_eq!(
        answer.kind.as_deref(),
        Some("analyticsData#runRealtimeReport")
    );
    assert!(answer.rows.is_none() && answer.unknown_fields.is_empty());
}

#[test]
fn explicit_nulls_come_back_as_nulls_and_read_as_absent() {
    let body = json!({
        "rows": null,
        "rowCount": null,
        "metadata": {"currencyCode": null, "samplingMetadatas": null},
        "propertyQuota": null,
        "kind": "analyticsData#runReport"
    });
    round_trips("runReport", "response", body.clone());
    let mut report: RunReportResponse = serde_json::from_value(body).unwrap();
    assert!(report.rows.is_none() && report.row_count.is_none());
    // A value set since replaces the kept null.
    report.row_count = Some(3);
    let encoded = serde_json::to_value(&report).unwrap();
    assert_eq!(encoded["rowCount"], json!(3));
    assert_eq!(encoded["rows"], Value::Null);
    assert!(encoded.as_object().unwrap().contains_key("rows"));
}

#[test]
fn metric_values_keep_every_digit() {
    let body = json!({
        "rows": [{
            "dimensionValues": [{"value": "2026-06-01"}],
            "metricValues": [
                {"value": "0.12345678901234567"},
                {"value": "12345678901234567"},
                {"value": "1.0000000000000002"},
                {"value": "3.5e-7"}
            ]
        }],
        "totals": [{"metricValues": [{"value": "98765432109876543"}]}],
        "rowCount": 1
    });
    round_trips("runReport", "response", body.clone());
    let report: RunReportResponse = serde_json::from_value(body).unwrap();
    let rows = report.rows.unwrap();
    let values = rows[0].metric_values.as_ref().unwrap();
    assert_eq!(values[0].value.as_deref(), Some("0.12345678901234567"));
    assert_eq!(values[1].value.as_deref(), Some("12345678901234567"));
}

#[test]
fn int64_values_travel_as_strings_and_numbers_are_accepted() {
    let request: RunReportRequest =
        serde_json::from_value(json!({"limit": "250000", "offset": 10})).unwrap();
    assert_eq!(request.limit, Some(250_000));
    assert_eq!(request.offset, Some(10));
    let encoded = serde_json::to_value(&request).unwrap();
    assert_eq!(encoded, json!({"limit": "250000", "offset": "10"}));
    let error = serde_json::from_value::<RunReportRequest>(json!({"limit": "ten"})).unwrap_err();
    assert!(
        error.to_string().contains("`ten` is not a 64-bit integer"),
        "{error}"
    );
    round_trips(
        "runReport",
        "request",
        json!({"limit": "9223372036854775807"}),
    );
}

#[test]
fn doubles_are_kept_as_written() {
    for value in [
        json!(1),
        json!(1.5),
        json!(100.0),
        json!("NaN"),
        json!("-Infinity"),
    ] {
        let body = json!({"doubleValue": value});
        let numeric: NumericValue = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(serde_json::to_value(&numeric).unwrap(), body);
    }
    let numeric: NumericValue = serde_json::from_value(json!({"doubleValue": "NaN"})).unwrap();
    assert!(numeric.double_value.unwrap().value().unwrap().is_nan());
    assert!(serde_json::from_value::<NumericValue>(json!({"doubleValue": "lots"})).is_err());
}

#[test]
fn error_details_of_different_types_come_back_unchanged() {
    let body = json!({
        "error": {
            "code": 429,
            "message": "Exhausted property tokens per hour for a project per property.",
            "status": "RESOURCE_EXHAUSTED",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "RATE_LIMIT_EXCEEDED",
                    "domain": "googleapis.com",
                    "metadata": {"service": "analyticsdata.googleapis.com"}
                },
                {
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [{"subject": "properties/1234", "description": "tokens"}]
                },
                {
                    "@type": "type.googleapis.com/google.rpc.Help",
                    "links": [{"description": "quotas", "url": "https://developers.google.com/analytics"}]
                },
                {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": null}
            ]
        }
    });
    round_trips("runReport", "error", body.clone());
    let error: ErrorResponse = serde_json::from_value(body).unwrap();
    let error = error.error.unwrap();
    assert_eq!(error.code, Some(429));
    assert_eq!(error.status.as_deref(), Some("RESOURCE_EXHAUSTED"));
    assert_eq!(
        error.detail_types(),
        [
            "type.googleapis.com/google.rpc.ErrorInfo",
            "type.googleapis.com/google.rpc.QuotaFailure",
            "type.googleapis.com/google.rpc.Help",
            "type.googleapis.com/google.rpc.BadRequest"
        ]
    );
    round_trips(
        "runReport",
        "error",
        json!({"error": null, "extra": [1, "two"]}),
    );
}

#[test]
fn fields_and_enum_values_from_a_newer_api_are_kept() {
    let body = json!({
        "metricHeaders": [{"name": "x", "type": "TYPE_FROM_THE_FUTURE", "unit": "ms"}],
        "newTopLevel": {"nested": [1, 2.5, null, "x"]},
        "rowCount": 0
    });
    round_trips("runReport", "response", body.clone());
    let report: RunReportResponse = serde_json::from_value(body).unwrap();
    let header_type = report.metric_headers.unwrap()[0].type_.clone().unwrap();
    assert!(header_type.is_unrecognized());
    assert_eq!(header_type.as_str(), "TYPE_FROM_THE_FUTURE");
}

#[test]
fn the_recursive_filter_expression_nests() {
    let body = json!({
        "dimensionFilter": {
            "notExpression": {
                "notExpression": {
                    "andGroup": {"expressions": [
                        {"filter": {"fieldName": "country", "stringFilter": {"value": "FR", "matchType": "EXACT"}}},
                        {"orGroup": {"expressions": [{"filter": {"fieldName": "city", "emptyFilter": {}}}]}}
                    ]}
                }
            }
        }
    });
    round_trips("runReport", "request", body.clone());
    let request: RunReportRequest = serde_json::from_value(body).unwrap();
    let outer: &FilterExpression = request.dimension_filter.as_ref().unwrap();
    assert!(outer
        .not_expression
        .as_ref()
        .unwrap()
        .not_expression
        .is_some());
}

#[test]
fn the_audience_export_create_answer_is_an_operation() {
    let body = json!({
        "name": "properties/1234/operations/abc",
        "done": false,
        "metadata": {"@type": "type.googleapis.com/google.analytics.data.v1beta.AudienceExportMetadata"},
        "response": null
    });
    round_trips("audienceExports.create", "response", body);
    let entry = ga4_data::find_method("audienceExports.create").unwrap();
    assert_eq!(entry.response_type, Some("Operation"));
}

#[test]
fn malformed_bodies_are_refused_with_where() {
    let error = reencode_part("runReport", "response", br#"{"rowCount": "many"}"#).unwrap_err();
    assert!(error.contains("runReport response"), "{error}");
    assert!(error.contains("column"), "{error}");
    let error = reencode_part("getMetadata", "request", b"{}").unwrap_err();
    assert!(error.contains("sends no body"), "{error}");
    let error = reencode_part("runReport", "reply", b"{}").unwrap_err();
    assert!(error.contains("unknown part"), "{error}");
}

#[test]
fn roundtrip_lines_are_answered_with_the_reencoded_body_or_what_is_wrong() {
    use ga4_data::roundtrip::answer_line;
    let line = json!({"api": "ga4", "method": "runReport", "part": "request",
                      "body": {"limit": 5, "unknownKey": [null]}});
    assert_eq!(
        answer_line(&line.to_string()),
        json!({"ok": true, "body": {"limit": "5", "unknownKey": [null]}})
    );
    let line = json!({"api": "ga4", "method": "properties.getMetadata", "part": "response",
                      "body": {"name": "properties/1/metadata", "dimensions": null}});
    assert_eq!(
        answer_line(&line.to_string())["body"],
        json!({"name": "properties/1/metadata", "dimensions": null})
    );
    for (line, wanted) in [
        (
            json!({"api": "v5", "method": "get", "part": "request", "body": {}}),
            "unknown api `v5`",
        ),
        (
            json!({"api": "ga4", "part": "request", "body": {}}),
            "no string `method`",
        ),
        (
            json!({"api": "ga4", "method": "runReport", "part": "request"}),
            "no `body`",
        ),
        (
            json!({"api": "ga4", "method": "runReport", "part": "response", "body": {"rowCount": "x"}}),
            "runReport response: ",
        ),
    ] {
        let answer = answer_line(&line.to_string());
        assert_eq!(answer["ok"], false);
        let error = answer["error"].as_str().unwrap();
        assert!(error.contains(wanted), "{error}");
    }
    assert_eq!(answer_line("not json")["ok"], false);
}
