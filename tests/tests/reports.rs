//! The Reports service: the generated field table and `ReportDefinition` checks, and
//! `Client::report` against a local HTTP server (polling, TSV, both error forms).

use std::time::{Duration, Instant};

use integration_tests::support::{builder, TOKEN};
use yandex_direct::direct_v5::reports::{
    DateRangeType, Field, FieldPlace, FieldRole, FilterOperator, ReportDefinition,
    ReportDefinitionError, ReportType, SortOrder, FIELD_COMPATIBILITY,
};
use yandex_direct::runtime::reports::{parse_xml_error, Report, ReportOptions, TsvLayout};
use yandex_direct::{Client, Error, ErrorKind};
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

// ---------------------------------------------------------------------------------------------
// A local server answering from a script, recording what it received.

/// One scripted answer.
fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Reply {
    headers
        .iter()
        .fold(Reply::new(status), |reply, (name, value)| {
            reply.header(*name, *value)
        })
        .body(body.to_owned())
}

/// Starts a server on 127.0.0.1 answering the `script` in order; the last answer repeats.
async fn serve(script: Vec<Reply>) -> ScriptedServer {
    let server = ScriptedServer::with_script(script.clone())
        .await
        .expect("the server starts");
    if let Some(last) = script.last() {
        server.set_fallback(last.clone());
    }
    server
}

fn client(url: &str) -> Client {
    builder(url)
        .client_login("advertiser-1")
        .accept_language("en")
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

fn ad_report() -> ReportDefinition {
    ReportDefinition::new(
        "ads-yesterday",
        ReportType::AdPerformanceReport,
        DateRangeType::Yesterday,
        [Field::AdId, Field::Clicks, Field::Cost],
    )
}

const FULL_TSV: &str = "\"ads-yesterday (2024-05-01 - 2024-05-01)\"\nAdId\tClicks\tCost\n11\t3\t15.20\n12\t--\t0.00\nTotal rows: 2\n";

// ---------------------------------------------------------------------------------------------
// The generated table and checks.

#[test]
fn compatibility_table_matches_the_schema_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    let mut faults = Vec::new();
    let schema = codegen::frontend::reports::load(&dir, &mut faults).expect("reports.json exists");
    assert!(faults.is_empty(), "{faults:?}");
    let file = &schema;
    assert_eq!(FIELD_COMPATIBILITY.len(), file.fields.len());
    assert_eq!(ReportType::KNOWN.len(), file.report_types.len());
    for (entry, field) in FIELD_COMPATIBILITY.iter().zip(&file.fields) {
        assert_eq!(entry.field.as_str(), field.name);
        assert_eq!(
            Field::from_wire(&field.name)
                .compatibility()
                .map(|c| c.field.clone()),
            Some(entry.field.clone())
        );
        let names = |list: &[ReportType]| {
            list.iter()
                .map(|r| r.as_str().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(entry.field_names),
            field.field_names,
            "{}",
            field.name
        );
        assert_eq!(names(entry.filter), field.filter, "{}", field.name);
        assert_eq!(names(entry.order_by), field.order_by, "{}", field.name);
        assert_eq!(entry.roles.len(), field.roles.len(), "{}", field.name);
    }
}

#[test]
fn the_table_knows_where_fields_go() {
    let keyword = Field::Keyword.compatibility().unwrap();
    assert_eq!(
        keyword.role(&ReportType::SearchQueryPerformanceReport),
        Some(FieldRole::Filter)
    );
    assert_eq!(
        keyword.places(&ReportType::SearchQueryPerformanceReport),
        vec![FieldPlace::Filter]
    );
    assert_eq!(
        Field::AdId.allowed_in(
            &ReportType::AccountPerformanceReport,
            FieldPlace::FieldNames
        ),
        Some(false)
    );
    assert_eq!(
        Field::AdId.allowed_in(&ReportType::AdPerformanceReport, FieldPlace::FieldNames),
        Some(true)
    );
    assert_eq!(
        Field::from_wire("BrandNewField")
            .allowed_in(&ReportType::CustomReport, FieldPlace::FieldNames),
        None
    );
    assert!(Field::from_wire("BrandNewField").is_unrecognized());
    assert_eq!(Field::from_wire("AdId"), Field::AdId);
    // Wire form round trip.
    let json = serde_json::to_string(&Field::Cpv).unwrap();
    assert_eq!(json, "\"CPV\"");
    let back: ReportType = serde_json::from_str("\"SOMETHING_NEW_REPORT\"").unwrap();
    assert_eq!(back.as_str(), "SOMETHING_NEW_REPORT");
}

#[test]
fn a_valid_definition_passes_and_serializes_to_the_wire_shape() {
    let def = ReportDefinition::new(
        "q1",
        ReportType::SearchQueryPerformanceReport,
        DateRangeType::CustomDate,
        [Field::Query, Field::Clicks],
    )
    .with_dates("2024-01-01", "2024-01-31")
    .with_filter(Field::Keyword, FilterOperator::In, ["buy", "sell"])
    .with_order_by(Field::Clicks, Some(SortOrder::Descending))
    .with_limit(100)
    .with_include_vat(false)
    .with_include_discount(true);
    def.validate().unwrap();
    let json = serde_json::to_value(&def).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "SelectionCriteria": {"DateFrom": "2024-01-01", "DateTo": "2024-01-31",
                "Filter": [{"Field": "Keyword", "Operator": "IN", "Values": ["buy", "sell"]}]},
            "FieldNames": ["Query", "Clicks"],
            "Page": {"Limit": 100},
            "OrderBy": [{"Field": "Clicks", "SortOrder": "DESCENDING"}],
            "ReportName": "q1",
            "ReportType": "SEARCH_QUERY_PERFORMANCE_REPORT",
            "DateRangeType": "CUSTOM_DATE",
            "Format": "TSV",
            "IncludeVAT": "NO",
            "IncludeDiscount": "YES"
        })
    );
}

#[test]
fn a_disallowed_field_is_refused_with_where_and_why() {
    // Keyword may only filter a search query report.
    let def = ReportDefinition::new(
        "q",
        ReportType::SearchQueryPerformanceReport,
        DateRangeType::Yesterday,
        [Field::Keyword],
    );
    let err = def.validate().unwrap_err();
    assert_eq!(
        err,
        ReportDefinitionError::FieldNotAllowed {
            field: Field::Keyword,
            report_type: ReportType::SearchQueryPerformanceReport,
            place: FieldPlace::FieldNames,
            allowed_in: vec![FieldPlace::Filter],
        }
    );
    let text = err.to_string();
    assert!(text.contains("`Keyword`"), "{text}");
    assert!(text.contains("FieldNames"), "{text}");
    assert!(text.contains("SEARCH_QUERY_PERFORMANCE_REPORT"), "{text}");

    // AdId does not exist in an account report at all.
    let def = ReportDefinition::new(
        "a",
        ReportType::AccountPerformanceReport,
        DateRangeType::Yesterday,
        [Field::Clicks],
    )
    .with_order_by(Field::AdId, None);
    match def.validate().unwrap_err() {
        ReportDefinitionError::FieldNotAllowed {
            place, allowed_in, ..
        } => {
            assert_eq!(place, FieldPlace::OrderBy);
            assert!(allowed_in.is_empty());
        }
        other => panic!("{other:?}"),
    }

    // Filter-only usage: AdGroupName can be a column but not a filter.
    let def = ad_report().with_filter(Field::AdGroupName, FilterOperator::Equals, ["x"]);
    assert!(matches!(
        def.validate(),
        Err(ReportDefinitionError::FieldNotAllowed {
            place: FieldPlace::Filter,
            ..
        })
    ));
}

#[test]
fn other_definition_checks() {
    assert_eq!(
        ReportDefinition::new("x", ReportType::CustomReport, DateRangeType::Today, []).validate(),
        Err(ReportDefinitionError::NoFieldNames)
    );
    let twice = ad_report()
        .with_filter(Field::Clicks, FilterOperator::GreaterThan, ["1"])
        .with_filter(Field::Clicks, FilterOperator::LessThan, ["9"]);
    assert_eq!(
        twice.validate(),
        Err(ReportDefinitionError::DuplicateFilterField(Field::Clicks))
    );
    let no_dates = ReportDefinition::new(
        "x",
        ReportType::CustomReport,
        DateRangeType::CustomDate,
        [Field::Clicks],
    );
    assert_eq!(
        no_dates.validate(),
        Err(ReportDefinitionError::DatesRequired)
    );
    assert!(matches!(
        ad_report()
            .with_dates("2024-01-01", "2024-01-02")
            .validate(),
        Err(ReportDefinitionError::DatesNotAllowed(_))
    ));
    let goals = ad_report().with_goals((0..11).map(|i| i.to_string()));
    assert_eq!(
        goals.validate(),
        Err(ReportDefinitionError::TooManyGoals(11))
    );
    // Unknown fields and report types are left to the API.
    ad_report()
        .with_order_by(Field::from_wire("FutureField"), None)
        .validate()
        .unwrap();
    ReportDefinition::new(
        "x",
        ReportType::from_wire("FUTURE_REPORT"),
        DateRangeType::Today,
        [Field::Keyword],
    )
    .validate()
    .unwrap();
}

// ---------------------------------------------------------------------------------------------
// TSV parsing.

#[test]
fn tsv_with_title_header_and_summary() {
    let report = Report::parse(FULL_TSV, TsvLayout::default(), &[]).unwrap();
    assert_eq!(
        report.title.as_deref(),
        Some("\"ads-yesterday (2024-05-01 - 2024-05-01)\"")
    );
    assert_eq!(report.columns, ["AdId", "Clicks", "Cost"]);
    assert_eq!(report.total_rows, Some(2));
    assert_eq!(report.rows.len(), 2);
    assert_eq!(report.get(0, "Cost"), Some("15.20"));
    assert_eq!(report.get(1, "Clicks"), None, "`--` is missing");
    assert_eq!(report.rows[1][1], None);
    assert_eq!(report.get(1, "AdId"), Some("12"));
}

#[test]
fn tsv_with_column_header_only() {
    let body = "AdId\tCtr\tImpressions\r\n2775655\t8.52\t89686\r\n2775656\t7.49\t97842\r\n";
    let layout = TsvLayout {
        title: false,
        column_header: true,
        summary: false,
    };
    let report = Report::parse(body, layout, &[]).unwrap();
    assert_eq!(report.title, None);
    assert_eq!(report.total_rows, None);
    assert_eq!(report.columns, ["AdId", "Ctr", "Impressions"]);
    assert_eq!(report.get(1, "Impressions"), Some("97842"));
}

#[test]
fn tsv_without_column_header_takes_the_field_names() {
    let body = "1\t2\nTotal rows: 1\n";
    let layout = TsvLayout {
        title: false,
        column_header: false,
        summary: true,
    };
    let columns = vec!["AdId".to_owned(), "Clicks".to_owned()];
    let report = Report::parse(body, layout, &columns).unwrap();
    assert_eq!(report.get(0, "Clicks"), Some("2"));
    assert_eq!(report.total_rows, Some(1));
}

#[test]
fn tsv_faults_are_reported() {
    let bad_row = "A\tB\n1\n";
    let layout = TsvLayout {
        title: false,
        column_header: true,
        summary: false,
    };
    assert!(Report::parse(bad_row, layout, &[])
        .unwrap_err()
        .contains("line 2: the row has 1 cells"));
    let wrong_total = "t\nA\n1\nTotal rows: 5\n";
    assert!(Report::parse(wrong_total, TsvLayout::default(), &[])
        .unwrap_err()
        .contains("5"));
    let empty_report = "t\nA\tB\nTotal rows: 0\n";
    let report = Report::parse(empty_report, TsvLayout::default(), &[]).unwrap();
    assert!(report.rows.is_empty());
    // Cut before its summary: refused, not a short report.
    let cut = "t\nA\tB\n1\t2\n3\t4\n";
    assert!(Report::parse(cut, TsvLayout::default(), &[])
        .unwrap_err()
        .contains("cut short"));
}

/// Found by the fuzz harness: without a summary in the layout, a last row that reads like one
/// is data (it used to be taken for the summary, and a row could go missing unnoticed).
#[test]
fn a_row_that_reads_like_a_summary_is_data_when_there_is_none() {
    let layout = TsvLayout {
        title: false,
        column_header: true,
        summary: false,
    };
    let body = "CampaignName\nSpring\nTotal rows: 1\n";
    let report = Report::parse(body, layout, &[]).unwrap();
    assert_eq!(report.total_rows, None);
    assert_eq!(report.rows.len(), 2);
    assert_eq!(report.get(1, "CampaignName"), Some("Total rows: 1"));
    // With a summary, only the exact last line is one.
    let body = "CampaignName\nTotal rows: 1\nTotal rows: 1\n";
    let with_summary = TsvLayout {
        summary: true,
        ..layout
    };
    let report = Report::parse(body, with_summary, &[]).unwrap();
    assert_eq!(report.total_rows, Some(1));
    assert_eq!(report.get(0, "CampaignName"), Some("Total rows: 1"));
}

#[test]
fn xml_error_with_error_message_element() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<reports:reportDownloadError xmlns:reports="http://api.direct.yandex.com/v5/reports">
  <reports:ApiError>
    <reports:requestId>111</reports:requestId>
    <reports:errorCode>53</reports:errorCode>
    <reports:errorMessage>Authorization error</reports:errorMessage>
    <reports:errorDetail>Token &amp; login missing</reports:errorDetail>
  </reports:ApiError>
</reports:reportDownloadError>"#;
    let e = parse_xml_error(xml, 400, None).unwrap();
    assert_eq!(e.code, 53);
    assert_eq!(e.message, "Authorization error");
    assert_eq!(e.detail, "Token & login missing");
    assert_eq!(e.request_id.as_deref(), Some("111"));
    assert_eq!(e.kind(), ErrorKind::Auth);
    assert!(parse_xml_error("<html>busy</html>", 502, None).is_none());
}

// ---------------------------------------------------------------------------------------------
// Client::report against a local server.

#[tokio::test]
async fn queued_report_is_polled_honouring_retry_in_then_parsed() {
    let server = serve(vec![
        answer(202, &[("retryIn", "1"), ("reportsInQueue", "3")], ""),
        answer(
            200,
            &[("RequestId", "req-2"), ("reportsInQueue", "2")],
            FULL_TSV,
        ),
    ])
    .await;
    let options = ReportOptions {
        processing_mode: Some(yandex_direct::runtime::reports::ProcessingMode::Offline),
        return_money_in_micros: true,
        ..ReportOptions::default()
    };
    let started = Instant::now();
    let report = client(&server.base_url())
        .report(&ad_report(), &options)
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_secs(1),
        "retryIn: 1 not honoured: {elapsed:?}"
    );
    assert_eq!(report.polls, 1);
    assert_eq!(report.request_id.as_deref(), Some("req-2"));
    assert_eq!(report.reports_in_queue, Some(2));
    assert_eq!(report.total_rows, Some(2));
    assert_eq!(report.get(0, "AdId"), Some("11"));

    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    for request in &seen {
        assert_eq!(request.request_line(), "POST /json/v5/reports HTTP/1.1");
        assert_eq!(
            request.header("Authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(request.header("Client-Login"), Some("advertiser-1"));
        assert_eq!(request.header("Accept-Language"), Some("en"));
        assert_eq!(request.header("processingMode"), Some("offline"));
        assert_eq!(request.header("returnMoneyInMicros"), Some("true"));
        assert_eq!(request.header("skipReportHeader"), Some("false"));
        assert_eq!(request.header("skipColumnHeader"), Some("false"));
        assert_eq!(request.header("skipReportSummary"), Some("false"));
    }
    assert_eq!(
        seen[0].body, seen[1].body,
        "the same report is asked for again"
    );
    let body = seen[0].json().expect("the client sends JSON");
    assert_eq!(body["params"]["ReportType"], "AD_PERFORMANCE_REPORT");
    assert_eq!(
        body["params"]["FieldNames"],
        serde_json::json!(["AdId", "Clicks", "Cost"])
    );
    assert_eq!(body["params"]["Format"], "TSV");
    assert_eq!(body["params"]["IncludeVAT"], "YES");
    assert_eq!(body["params"]["SelectionCriteria"], serde_json::json!({}));
    assert!(body.get("method").is_none());
}

#[tokio::test]
async fn the_total_wait_is_bounded() {
    let server = serve(vec![answer(201, &[("retryIn", "60")], "")]).await;
    let options = ReportOptions {
        max_wait: Duration::from_secs(10),
        ..ReportOptions::default()
    };
    let started = Instant::now();
    let err = client(&server.base_url())
        .report(&ad_report(), &options)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "gave up without waiting past the bound"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn json_error_with_string_code() {
    let body = r#"{"error":{"error_code":"8000","error_detail":"FieldNames has a wrong enum value","request_id":"1655084722","error_string":"Invalid request"}}"#;
    let server = serve(vec![answer(400, &[], body)]).await;
    let err = client(&server.base_url())
        .report(&ad_report(), &ReportOptions::default())
        .await
        .unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.code, 8000);
    assert_eq!(api.http_status, 400);
    assert_eq!(api.message, "Invalid request");
    assert_eq!(api.detail, "FieldNames has a wrong enum value");
    assert_eq!(api.request_id.as_deref(), Some("1655084722"));
    assert_eq!(err.kind(), Some(ErrorKind::InvalidRequest));
}

#[tokio::test]
async fn json_error_with_http_200_is_an_error_not_a_report() {
    let body =
        r#"{"error":{"error_code":152,"error_string":"Not enough units","error_detail":""}}"#;
    let server = serve(vec![answer(200, &[("RequestId", "r-152")], body)]).await;
    let err = client(&server.base_url())
        .report(&ad_report(), &ReportOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(152));
    assert_eq!(err.request_id(), Some("r-152"));
}

#[tokio::test]
async fn xml_error_with_http_400() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<reports:reportDownloadError xmlns:reports="http://api.direct.yandex.com/v5/reports">
	<reports:ApiError>
		<reports:requestId>8695244274068608439</reports:requestId>
		<reports:errorCode>4000</reports:errorCode>
		<reports:errorString>Invalid request parameters</reports:errorString>
		<reports:errorDetail>ReportName must be unique</reports:errorDetail>
	</reports:ApiError>
</reports:reportDownloadError>"#;
    let server = serve(vec![answer(400, &[("Content-Type", "text/xml")], xml)]).await;
    let err = client(&server.base_url())
        .report(&ad_report(), &ReportOptions::default())
        .await
        .unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.code, 4000);
    assert_eq!(api.http_status, 400);
    assert_eq!(api.message, "Invalid request parameters");
    assert_eq!(api.detail, "ReportName must be unique");
    assert_eq!(api.request_id.as_deref(), Some("8695244274068608439"));
}

#[tokio::test]
async fn a_502_without_error_body_is_a_transport_error() {
    let server = serve(vec![answer(502, &[], "Bad Gateway")]).await;
    let err = client(&server.base_url())
        .report(&ad_report(), &ReportOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.http_status(), Some(502));
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn a_disallowed_field_is_refused_before_sending() {
    let server = serve(vec![answer(200, &[], FULL_TSV)]).await;
    let def = ReportDefinition::new(
        "bad",
        ReportType::CampaignPerformanceReport,
        DateRangeType::Last7Days,
        [Field::CampaignId, Field::Query],
    );
    let err = client(&server.base_url())
        .report(&def, &ReportOptions::default())
        .await
        .unwrap_err();
    match &err {
        Error::InvalidRequest(message) => {
            assert!(message.contains("`Query`"), "{message}");
            assert!(message.contains("CAMPAIGN_PERFORMANCE_REPORT"), "{message}");
            assert!(message.contains("FieldNames"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.not_executed());
    assert!(server.requests().is_empty(), "nothing reached the server");
}

#[tokio::test]
async fn skip_headers_are_sent_and_the_layout_follows() {
    let server = serve(vec![answer(200, &[], "11\t3\t1.5\n12\t4\t--\n")]).await;
    let options = ReportOptions {
        skip_report_header: true,
        skip_column_header: true,
        skip_report_summary: true,
        ..ReportOptions::default()
    };
    let report = client(&server.base_url())
        .report(&ad_report(), &options)
        .await
        .unwrap();
    assert_eq!(report.columns, ["AdId", "Clicks", "Cost"]);
    assert_eq!(report.get(1, "Cost"), None);
    assert_eq!(report.get(1, "Clicks"), Some("4"));
    let seen = server.requests();
    assert_eq!(seen[0].header("skipReportHeader"), Some("true"));
    assert_eq!(seen[0].header("skipColumnHeader"), Some("true"));
    assert_eq!(seen[0].header("skipReportSummary"), Some("true"));
    assert_eq!(seen[0].header("processingMode"), Some("auto"));
}
