//! The generated answers, error body and parameters: decoding and encoding again gives back the
//! same JSON value. The answers below are written by hand from the documented shapes of the
//! Reporting API's answers; none was captured from the real API.

use metrica_reporting::{
    decode, find_endpoint, roundtrip, BytimeResponse, ComparisonDrilldownResponse,
    ComparisonParams, ComparisonResponse, DataParams, DataResponse, DrilldownParams,
    DrilldownResponse, EndpointParams, ErrorResponse, ErrorType, Nullable, ParamError, Query,
};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};

/// Decodes `input` as `T`, encodes it again and asserts the JSON value is the same; gives the
/// decoded value.
fn round_trip<T: DeserializeOwned + Serialize>(input: &Value) -> T {
    let bytes = serde_json::to_vec(input).unwrap();
    let decoded: T = decode(&bytes).unwrap_or_else(|e| panic!("does not decode: {e}"));
    let again = serde_json::to_value(&decoded).unwrap();
    assert_eq!(&again, input, "the value changed in the round trip");
    decoded
}

/// A `data` answer with the documented keys, written by hand.
fn handwritten_data_answer() -> Value {
    json!({
        "query": {
            "ids": [44147844], "dimensions": ["ym:s:lastsignTrafficSource", "ym:s:browser"],
            "metrics": ["ym:s:visits", "ym:s:bounceRate"], "sort": ["-ym:s:visits"],
            "date1": "2026-11-01", "date2": "2026-11-30", "limit": 100, "offset": 1,
            "group": "Week", "auto_group_size": "1", "attr_name": "", "quantile": "50",
            "offline_window": "21", "attribution": "LastSign", "currency": "RUB",
            "adfox_event_id": "0", "accuracy": "medium", "new_echo_key": {"x": [1]}
        },
        "data": [
            {"dimensions": [
                {"name": "Search engine traffic", "icon_id": "2", "icon_type": "traffic-source", "id": "organic", "url": null},
                {"name": "Yandex Browser", "icon_id": "115", "icon_type": "browser", "id": "115", "favicon": null}
             ],
             "metrics": [1532, 18.276762402088774]},
            {"dimensions": [{"name": null, "id": 7}, {"id": "other"}],
             "metrics": [0, null]}
        ],
        "total_rows": 2, "total_rows_rounded": false, "sampled": false,
        "contains_sensitive_data": false, "sample_share": 1, "sample_size": 1532,
        "sample_space": 1532, "data_lag": 128,
        "totals": [1532, 18.276762402088774], "min": [0, 0.0], "max": [1532, 100]
    })
}

#[test]
fn a_data_answer_round_trips_and_reads_typed() {
    let answer: DataResponse = round_trip(&handwritten_data_answer());
    let rows = answer.data.as_ref().unwrap();
    let first = &rows[0];
    let source = &first.dimensions.as_ref().unwrap()[0];
    assert_eq!(
        source.name.value().map(String::as_str),
        Some("Search engine traffic")
    );
    assert!(source.url.is_null());
    assert!(!source.favicon.is_present());
    let metrics = first.metrics.as_ref().unwrap();
    assert_eq!(metrics[0].as_i64(), Some(1532));
    assert_eq!(metrics[1].as_f64(), Some(18.276762402088774));
    assert!(rows[1].metrics.as_ref().unwrap()[1].is_null());
    assert_eq!(answer.total_rows, Some(2));
    assert_eq!(answer.data_lag, Some(128));
    let echo = answer.query.as_ref().unwrap();
    assert_eq!(echo.auto_group_size.as_ref().unwrap().get(), 1);
    assert_eq!(
        echo.auto_group_size.as_ref().unwrap().quoted_text(),
        Some("1")
    );
    assert_eq!(echo.limit.as_ref().unwrap().quoted_text(), None);
    assert!(echo.unknown_fields.contains_key("new_echo_key"));
}

#[test]
fn absent_and_null_stay_apart() {
    let absent: DataResponse = round_trip(&json!({"data": [{"dimensions": [{}]}]}));
    let null: DataResponse = round_trip(
        &json!({"data": [{"dimensions": [{"name": null, "id": null}]}], "totals": null}),
    );
    let dimension =
        |r: &DataResponse| r.data.as_ref().unwrap()[0].dimensions.as_ref().unwrap()[0].clone();
    assert_eq!(dimension(&absent).name, Nullable::Absent);
    assert_eq!(dimension(&null).name, Nullable::Null);
    assert!(dimension(&null).id.is_null());
    // A `null` where the field is not nullable is kept beside the field.
    assert_eq!(null.totals, None);
    assert_eq!(null.unknown_fields.get("totals"), Some(&Value::Null));
}

#[test]
fn floats_keep_all_17_significant_digits_and_integers_stay_integers() {
    // As the server writes them: 17 significant digits, integers past 2^53 and past i64.
    let text = r#"{
        "data": [{"metrics": [0.10000000000000001, 1.2345678901234567, 9007199254740993,
                              -3, 1e300, 5.0e-324, 2.5]}],
        "totals": [0.30000000000000004, 12345678901234567890, 1.7976931348623157e308]
    }"#;
    let input: Value = serde_json::from_str(text).unwrap();
    let answer: DataResponse = round_trip(&input);
    let text = serde_json::to_string(&answer).unwrap();
    assert!(text.contains("1.2345678901234567"), "{text}");
    assert!(text.contains("0.30000000000000004"), "{text}");
    assert!(
        text.contains("9007199254740993"),
        "an integer past 2^53 is not rounded: {text}"
    );
    assert!(text.contains("12345678901234567890"), "{text}");
    let totals = answer.totals.unwrap();
    assert_eq!(totals[1].as_i64(), None, "beyond i64");
    assert_eq!(
        totals[1].number().unwrap().as_u64(),
        Some(12345678901234567890)
    );
}

#[test]
fn unknown_keys_are_kept_at_every_level() {
    let input = json!({
        "future": 1,
        "query": {"ids": ["44147844"], "metrics": ["ym:s:visits"], "future": [true]},
        "data": [{"future": "row", "dimensions": [{"name": "x", "future": {"a": null}}],
                  "metrics": [1]}],
        "totals": [1]
    });
    let answer: DataResponse = round_trip(&input);
    assert_eq!(answer.unknown_fields["future"], json!(1));
    let row = &answer.data.as_ref().unwrap()[0];
    assert_eq!(row.unknown_fields["future"], json!("row"));
    assert_eq!(
        row.dimensions.as_ref().unwrap()[0].unknown_fields["future"],
        json!({"a": null})
    );
    let ids = answer.query.unwrap().ids.unwrap();
    assert_eq!(ids[0].get(), 44147844);
    assert_eq!(ids[0].quoted_text(), Some("44147844"));
}

#[test]
fn a_bytime_answer_with_arrays_of_arrays_round_trips() {
    let answer: BytimeResponse = round_trip(&json!({
        "query": {"ids": [1], "metrics": ["ym:s:visits", "ym:s:users"], "group": "day",
                  "date1": "2026-11-01", "date2": "2026-11-03"},
        "data": [{"dimensions": [{"name": "Desktop", "id": "desktop"}],
                  "metrics": [[10, 12, 9], [8, 10.5, 7]]}],
        "time_intervals": [["2026-11-01", "2026-11-01"], ["2026-11-02", "2026-11-02"],
                           ["2026-11-03", "2026-11-03"]],
        "totals": [[31], [23]], "min": [[9], [7]], "max": [[12], [10.5]],
        "total_rows": 1, "sampled": false, "sample_share": 0.5, "data_lag": 0,
        "contains_sensitive_data": false
    }));
    let series = &answer.data.as_ref().unwrap()[0].metrics.as_ref().unwrap()[1];
    assert_eq!(series[1].as_f64(), Some(10.5));
    assert_eq!(answer.totals.as_ref().unwrap()[0][0].as_i64(), Some(31));
    assert_eq!(answer.time_intervals.as_ref().unwrap()[2][0], "2026-11-03");
    assert_eq!(answer.sample_share.unwrap().as_f64(), Some(0.5));
}

#[test]
fn drilldown_and_comparison_answers_round_trip() {
    let drilldown: DrilldownResponse = round_trip(&json!({
        "query": {"ids": [1], "dimensions": ["ym:s:regionCountry", "ym:s:regionCity"]},
        "data": [{"dimension": {"name": "Russia", "id": "225", "iso_name": "RU"},
                  "metrics": [100, 2.5], "expand": true},
                 {"dimension": {"name": null, "id": null}, "metrics": [1, 0], "expand": false}],
        "totals": [101, 2.4752475247524752], "total_rows": 2
    }));
    assert_eq!(drilldown.data.as_ref().unwrap()[0].expand, Some(true));

    let comparison: ComparisonResponse = round_trip(&json!({
        "query": {"ids": [1], "metrics": ["ym:s:visits"], "date1_a": "2026-10-01"},
        "data": [{"dimensions": [{"name": "Chrome", "id": "3"}],
                  "metrics": {"a": [40], "b": [55.5], "c": [1]}}],
        "totals": {"a": [40], "b": [55.5]}, "min": {"a": [40], "b": [55.5]},
        "max": {"a": [40], "b": [55.5]}, "total_rows": 1, "sampled": true, "sample_share": 0.1
    }));
    let metrics = comparison.data.as_ref().unwrap()[0]
        .metrics
        .clone()
        .unwrap();
    assert_eq!(metrics.b.unwrap()[0].as_f64(), Some(55.5));
    assert_eq!(metrics.unknown_fields["c"], json!([1]));

    let tree: ComparisonDrilldownResponse = round_trip(&json!({
        "data": [{"dimension": {"name": "Moscow", "id": "213"},
                  "metrics": {"a": [1], "b": [2]}, "expand": false}],
        "totals": {"a": [1], "b": [2]}
    }));
    assert_eq!(tree.data.unwrap()[0].expand, Some(false));
}

#[test]
fn the_error_body_round_trips_with_known_and_unknown_error_types() {
    let error: ErrorResponse = round_trip(&json!({
        "errors": [
            {"error_type": "quota_parallel_requests", "message": "Too many parallel requests"},
            {"error_type": "brand_new_kind", "message": "?", "location": "metrics", "extra": 1}
        ],
        "code": 429, "message": "Too many parallel requests"
    }));
    let errors = error.errors.unwrap();
    assert_eq!(errors[0].error_type, Some(ErrorType::QuotaParallelRequests));
    let unknown = errors[1].error_type.clone().unwrap();
    assert!(matches!(unknown, ErrorType::Unrecognized(_)));
    assert_eq!(unknown.as_str(), "brand_new_kind");
    assert_eq!(errors[1].location.as_deref(), Some("metrics"));
    assert_eq!(error.code, Some(429));
    assert!(ErrorType::KNOWN.contains(&"backend_error"));
}

#[test]
fn bad_input_is_a_clear_error_naming_where() {
    let bad = br#"{"data": [{"metrics": [1, 2]}, {"metrics": [3, "four"]}]}"#;
    let error = decode::<DataResponse>(bad).unwrap_err();
    assert_eq!(error.path, "data[1].metrics[1]");
    assert!(error.to_string().contains("a metric value"), "{error}");

    let error = decode::<DataResponse>(br#"{"total_rows": "many"}"#).unwrap_err();
    assert_eq!(error.path, "total_rows");
    let error = decode::<BytimeResponse>(br#"{"totals": [1]}"#).unwrap_err();
    assert_eq!(error.path, "totals[0]");
    let error = decode::<DataResponse>(br#"{"data": [}"#).unwrap_err();
    assert!(error.message.contains("line 1"), "{error}");
    let error = decode::<DataResponse>(br#"{} trailing"#).unwrap_err();
    assert!(error.message.contains("trailing"), "{error}");
    let error = decode::<ErrorResponse>(br#"{"errors": [{"error_type": 5}]}"#).unwrap_err();
    assert_eq!(error.path, "errors[0].error_type");
}

#[test]
fn parameters_render_to_pairs_and_parse_back() {
    let pairs = [
        ("ids", "44147844,123"),
        ("metrics", "ym:s:visits,ym:s:users"),
        ("dimensions", "ym:ad:directOrder"),
        ("filters", "ym:s:browser=='Chrome'"),
        ("date1", "7daysAgo"),
        ("limit", "100"),
        ("offset", "1"),
        ("attribution", "lastsign"),
        ("direct_client_logins", "client-a,client-b"),
        ("include_undefined", "true"),
        ("goal_id", "123"),
        ("future_param", "x"),
    ];
    let params = DataParams::from_pairs(pairs).unwrap();
    assert_eq!(params.ids, Some(vec![44147844, 123]));
    assert_eq!(params.limit, Some(100));
    assert_eq!(params.include_undefined, Some(true));
    assert_eq!(
        params.unknown_params,
        [("future_param".to_string(), "x".to_string())]
    );
    let rendered = params.to_pairs();
    let expected: Vec<(String, String)> = [
        ("ids", "44147844,123"),
        ("metrics", "ym:s:visits,ym:s:users"),
        ("dimensions", "ym:ad:directOrder"),
        ("filters", "ym:s:browser=='Chrome'"),
        ("date1", "7daysAgo"),
        ("limit", "100"),
        ("offset", "1"),
        ("attribution", "lastsign"),
        ("goal_id", "123"),
        ("direct_client_logins", "client-a,client-b"),
        ("include_undefined", "true"),
        ("future_param", "x"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(
        rendered, expected,
        "the schema's order, then the unknown ones"
    );
    assert_eq!(DataParams::from_pairs(rendered).unwrap(), params);

    let comparison = ComparisonParams::from_pairs([
        ("ids", "1"),
        ("filters_a", "ym:s:isNewUser=='Yes'"),
        ("filters_b", "ym:s:isNewUser=='No'"),
        ("date1_a", "2026-10-01"),
        ("date2_b", "2026-11-30"),
    ])
    .unwrap();
    assert_eq!(comparison.date2_b.as_deref(), Some("2026-11-30"));
    let drilldown =
        DrilldownParams::from_pairs([("ids", "1"), ("parent_id", r#"["225"]"#)]).unwrap();
    assert_eq!(drilldown.parent_id.as_deref(), Some(r#"["225"]"#));
    assert_eq!(DrilldownParams::PATH, "/stat/v1/data/drilldown");
}

#[test]
fn bad_parameters_are_refused_naming_the_parameter() {
    let error = DataParams::from_pairs([("ids", "1"), ("limit", "-5")]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "parameter `limit`: `-5` is not a non-negative integer"
    );
    let error = DataParams::from_pairs([("ids", "1"), ("limit", "007")]).unwrap_err();
    assert!(matches!(error, ParamError::Invalid { .. }), "{error}");
    let error = DataParams::from_pairs([("ids", "1,x")]).unwrap_err();
    assert!(error.to_string().contains("`ids`"), "{error}");
    let error = DataParams::from_pairs([("ids", "1"), ("include_undefined", "yes")]).unwrap_err();
    assert!(error.to_string().contains("`true` or `false`"), "{error}");
    let error = DataParams::from_pairs([("ids", "1"), ("ids", "2")]).unwrap_err();
    assert_eq!(
        error,
        ParamError::Repeated {
            parameter: "ids".into()
        }
    );
    let error = DataParams::from_pairs([("metrics", "ym:s:visits")]).unwrap_err();
    assert_eq!(error, ParamError::Missing { parameter: "ids" });
    let error = DataParams::from_json(&json!({"ids": 1})).unwrap_err();
    assert!(error.to_string().contains("JSON string"), "{error}");
}

#[test]
fn a_checked_query_becomes_data_parameters() {
    let mut query =
        Query::new(44147844, &["ym:s:visits"], &["ym:s:lastsignTrafficSource"]).unwrap();
    query.limit = Some(10);
    let params = query.data_params().unwrap();
    assert_eq!(params.ids, Some(vec![44147844]));
    assert_eq!(
        params.dimensions,
        Some(vec!["ym:s:lastsignTrafficSource".to_string()])
    );
    let pairs = params.to_pairs();
    assert_eq!(pairs[0], ("ids".to_string(), "44147844".to_string()));
    assert!(pairs.contains(&("limit".to_string(), "10".to_string())));
    query.limit = Some(100_001);
    assert!(query.data_params().is_err(), "the checks stay");
}

#[test]
fn roundtrip_lines_cover_every_endpoint_and_part() {
    let answer = |line: Value| roundtrip::answer_line(&line.to_string());
    for method in [
        "data",
        "bytime",
        "drilldown",
        "comparison",
        "comparison/drilldown",
    ] {
        let request = json!({"ids": "1", "metrics": "ym:s:visits", "unknown": "kept"});
        let out =
            answer(json!({"api": "metrica", "method": method, "part": "request", "body": request}));
        assert_eq!(out, json!({"ok": true, "body": request}), "{method}");
        let response = json!({"data": [], "total_rows": 0, "new": null});
        let out = answer(
            json!({"api": "metrica", "method": method, "part": "response", "body": response}),
        );
        assert_eq!(out, json!({"ok": true, "body": response}), "{method}");
        let error = json!({"errors": [{"error_type": "backend_error"}], "code": 503});
        let out =
            answer(json!({"api": "metrica", "method": method, "part": "error", "body": error}));
        assert_eq!(out, json!({"ok": true, "body": error}), "{method}");
    }
    let out = answer(
        json!({"api": "metrica", "method": "data", "part": "response",
                            "body": {"data": [{"metrics": ["x"]}]}}),
    );
    assert_eq!(out["ok"], json!(false));
    assert!(
        out["error"]
            .as_str()
            .unwrap()
            .contains("data[0].metrics[0]"),
        "{out}"
    );
    let out = answer(json!({"api": "metrica", "method": "bytme", "part": "response", "body": {}}));
    assert!(
        out["error"]
            .as_str()
            .unwrap()
            .contains("did you mean `bytime`"),
        "{out}"
    );
    let out = answer(json!({"api": "metrica", "method": "data", "part": "reply", "body": {}}));
    assert!(
        out["error"].as_str().unwrap().contains("unknown part"),
        "{out}"
    );
    assert_eq!(
        find_endpoint("/stat/v1/data/comparison/drilldown")
            .unwrap()
            .name,
        "comparison/drilldown"
    );
    assert_eq!(find_endpoint("data/bytime").unwrap().name, "bytime");
}
