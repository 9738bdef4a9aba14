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

// ---------------------------------------------------------------------------------------------
// Streaming typed rows from the fake server's Reports service.

mod streaming {
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use integration_tests::support::{client, fake_server};
    use serde::Deserialize;
    use serde_json::json;
    use yandex_direct::direct_v5::campaigns;
    use yandex_direct::direct_v5::reports::ReportsSchema;
    use yandex_direct::direct_v5::reports::{
        AttributionModel, DateRangeType, Field, ReportDefinition, ReportType,
    };
    use yandex_direct::prelude::*;
    use yandex_direct::runtime::reports::{
        report_read_error, Cell, Decimal, Money, OutputFormat, ProcessingMode, ReadOptions,
        ReportDate, ReportFieldType, ReportOptions, ReportProgress, ReportReader, ReportSchema,
        ReportStatus,
    };
    use yandex_direct::{Client, Error, ErrorKind};
    use yandex_direct_fake_server::reports::{ReportFault, ReportQueue};
    use yandex_direct_fake_server::FakeServer;

    /// A fake server with two campaigns and a queue answering 201, 202, then the report, with
    /// `retryIn: 0` (the client's floor of `min_poll_pause` applies).
    async fn server_with_campaigns() -> (FakeServer, Client) {
        let server = fake_server().await;
        server.set_report_queue(ReportQueue {
            polls_until_ready: 2,
            retry_in: "0".into(),
        });
        let client = client(&server.base_url());
        for name in ["Spring", "Summer"] {
            let request: campaigns::AddRequest = serde_json::from_value(json!({"Campaigns": [{
                "Name": name,
                "StartDate": "2030-01-01",
                "TextCampaign": {"BiddingStrategy": {
                    "Search": {"BiddingStrategyType": "HIGHEST_POSITION"},
                    "Network": {"BiddingStrategyType": "SERVING_OFF"}
                }}
            }]}))
            .unwrap();
            client.campaigns().add(request).await.unwrap();
        }
        (server, client)
    }

    fn campaign_days(name: &str) -> ReportDefinition {
        ReportDefinition::new(
            name,
            ReportType::CampaignPerformanceReport,
            DateRangeType::CustomDate,
            [
                Field::CampaignId,
                Field::CampaignName,
                Field::Date,
                Field::Impressions,
                Field::Clicks,
                Field::Cost,
                Field::Ctr,
            ],
        )
        .with_dates("2024-06-01", "2024-06-03")
    }

    fn quick(options: ReportOptions) -> ReportOptions {
        ReportOptions {
            min_poll_pause: Duration::from_millis(1),
            max_wait: Duration::from_secs(5),
            ..options
        }
    }

    /// (CampaignId, Date) -> (Clicks, Cost in micros, Ctr) of a report read with `options`.
    type Figures = BTreeMap<(i64, String), (i64, i64, String)>;

    async fn figures(
        client: &Client,
        name: &str,
        options: &ReportOptions,
    ) -> (Figures, Option<String>) {
        let mut stream = client
            .report_stream(&campaign_days(name), options)
            .await
            .unwrap();
        let mut figures = Figures::new();
        while let Some(row) = stream.next_row().await.unwrap() {
            let Some(Cell::Integer(id)) = row.get("CampaignId").unwrap() else {
                panic!("CampaignId is an integer: {row:?}")
            };
            let Some(Cell::Date(date)) = row.get("Date").unwrap() else {
                panic!("Date is a date: {row:?}")
            };
            let Some(Cell::Integer(clicks)) = row.get("Clicks").unwrap() else {
                panic!("Clicks is an integer: {row:?}")
            };
            let Some(Cell::Money(cost)) = row.get("Cost").unwrap() else {
                panic!("Cost is money: {row:?}")
            };
            let ctr = match row.get("Ctr").unwrap() {
                Some(Cell::Percent(ctr)) => ctr.to_string(),
                Some(Cell::Missing) => "--".into(),
                other => panic!("Ctr is a percentage: {other:?}"),
            };
            assert!(matches!(
                row.get("CampaignName").unwrap(),
                Some(Cell::Text("Spring" | "Summer"))
            ));
            figures.insert((id, date.to_string()), (clicks, cost.micros, ctr));
        }
        assert_eq!(
            stream.total_rows(),
            (!options.skip_report_summary).then_some(6)
        );
        (figures, stream.title().map(str::to_owned))
    }

    #[tokio::test]
    async fn every_header_combination_gives_the_same_typed_figures() {
        let (server, client) = server_with_campaigns().await;
        let mut reference: Option<Figures> = None;
        let mut case = 0;
        for mode in [
            ProcessingMode::Online,
            ProcessingMode::Offline,
            ProcessingMode::Auto,
        ] {
            for bits in 0..16u8 {
                case += 1;
                let options = quick(ReportOptions {
                    processing_mode: Some(mode),
                    return_money_in_micros: bits & 1 != 0,
                    skip_report_header: bits & 2 != 0,
                    skip_column_header: bits & 4 != 0,
                    skip_report_summary: bits & 8 != 0,
                    ..ReportOptions::default()
                });
                let before = server.requests().len();
                let (figures, title) = figures(&client, &format!("case-{case}"), &options).await;
                assert_eq!(figures.len(), 6, "2 campaigns x 3 days, {options:?}");
                assert_eq!(title.is_some(), !options.skip_report_header, "{options:?}");
                if let Some(title) = title {
                    assert!(title.contains(&format!("case-{case}")), "{title}");
                }
                match &reference {
                    None => reference = Some(figures),
                    Some(reference) => assert_eq!(&figures, reference, "{options:?}"),
                }
                let requests = server.requests();
                let sent = &requests[before..];
                let expected_requests = if mode == ProcessingMode::Online { 1 } else { 3 };
                assert_eq!(sent.len(), expected_requests, "{options:?}");
                for request in sent {
                    assert_eq!(request.header("processingMode"), Some(mode.as_str()));
                    let flag = |b: bool| Some(if b { "true" } else { "false" });
                    assert_eq!(
                        request.header("returnMoneyInMicros"),
                        flag(options.return_money_in_micros)
                    );
                    assert_eq!(
                        request.header("skipReportHeader"),
                        flag(options.skip_report_header)
                    );
                    assert_eq!(
                        request.header("skipColumnHeader"),
                        flag(options.skip_column_header)
                    );
                    assert_eq!(
                        request.header("skipReportSummary"),
                        flag(options.skip_report_summary)
                    );
                    assert_eq!(request.header("Accept-Encoding"), Some("gzip"));
                }
            }
        }
        // Not all figures are zero: the comparison above compared something.
        let reference = reference.unwrap();
        assert!(reference
            .values()
            .any(|(clicks, cost, _)| *clicks > 0 && *cost > 0));
    }

    #[tokio::test]
    async fn progress_events_come_in_order() {
        let (_server, client) = server_with_campaigns().await;
        let events = Arc::new(Mutex::new(Vec::new()));
        let sink = events.clone();
        let options = quick(ReportOptions {
            processing_mode: Some(ProcessingMode::Offline),
            ..ReportOptions::default()
        });
        let mut stream = client
            .report_stream_with_progress(
                &campaign_days("progress"),
                &options,
                Some(Box::new(move |event: &ReportProgress| {
                    sink.lock().unwrap().push(event.clone())
                })),
            )
            .await
            .unwrap();
        let mut rows = 0;
        while stream.next_row().await.unwrap().is_some() {
            rows += 1;
        }
        assert_eq!(rows, 6);
        assert_eq!(stream.polls(), 2);
        let events = events.lock().unwrap().clone();
        assert_eq!(events.len(), 4, "{events:?}");
        assert!(
            matches!(
                events[0],
                ReportProgress::Queued {
                    polls: 1,
                    reports_in_queue: Some(_),
                    ..
                }
            ),
            "{events:?}"
        );
        assert!(
            matches!(events[1], ReportProgress::Building { polls: 2, .. }),
            "{events:?}"
        );
        let ReportProgress::Downloading { bytes, rows: 0 } = events[2] else {
            panic!("{events:?}")
        };
        assert!(bytes > 0);
        assert_eq!(
            events[3],
            ReportProgress::Done {
                bytes: stream.bytes_read(),
                rows: 6
            }
        );
    }

    #[tokio::test]
    async fn a_queued_report_is_resumed_after_a_restart_without_starting_another() {
        let (server, first_process) = server_with_campaigns().await;
        let options = quick(ReportOptions {
            processing_mode: Some(ProcessingMode::Offline),
            ..ReportOptions::default()
        });
        let definition = campaign_days("nightly-2024-06");
        let before = server.requests().len();
        let status = first_process
            .report_status(&definition, &options)
            .await
            .unwrap();
        assert!(
            matches!(
                status,
                ReportStatus::Queued {
                    retry_in: Some(_),
                    ..
                }
            ),
            "{status:?}"
        );
        drop(first_process);

        // A new process, a new client: the same definition finds the same report.
        let second_process = client(&server.base_url());
        let status = second_process
            .report_status(&definition, &options)
            .await
            .unwrap();
        assert!(
            matches!(status, ReportStatus::Building { .. }),
            "still the first report: {status:?}"
        );
        let stream = second_process
            .report_stream(&definition, &options)
            .await
            .unwrap();
        assert_eq!(stream.polls(), 0, "ready at once: no new report was queued");
        let rows: Vec<serde_json::Value> = stream.collect().await.unwrap();
        assert_eq!(rows.len(), 6);
        let sent = &server.requests()[before..];
        assert_eq!(sent.len(), 3);
        assert!(sent.windows(2).all(|w| w[0].body == w[1].body));

        // Another name is another report: queued from the start.
        let status = second_process
            .report_status(&campaign_days("nightly-2024-07"), &options)
            .await
            .unwrap();
        assert!(matches!(status, ReportStatus::Queued { .. }), "{status:?}");
    }

    #[tokio::test]
    async fn a_truncated_body_is_an_error_never_a_short_report() {
        let (server, client) = server_with_campaigns().await;
        let options = quick(ReportOptions {
            processing_mode: Some(ProcessingMode::Online),
            ..ReportOptions::default()
        });
        server.inject_report_fault(ReportFault::Truncated);
        let mut stream = client
            .report_stream(&campaign_days("cut"), &options)
            .await
            .unwrap();
        let mut rows = 0;
        let error = loop {
            match stream.next_row().await {
                Ok(Some(_)) => rows += 1,
                Ok(None) => panic!("a cut report ended without an error after {rows} rows"),
                Err(e) => break e,
            }
        };
        assert!(rows < 6);
        let read = report_read_error(&error).expect("a report read error");
        assert!(read.is_truncated(), "{error}");
        assert!(error.to_string().contains("cut short"), "{error}");

        // The buffered call refuses it too.
        server.inject_report_fault(ReportFault::Truncated);
        let error = client
            .report(&campaign_days("cut-2"), &options)
            .await
            .unwrap_err();
        assert!(
            report_read_error(&error).is_some_and(|e| e.is_truncated()),
            "{error}"
        );
    }

    #[tokio::test]
    async fn server_faults_stay_typed_errors() {
        let (server, client) = server_with_campaigns().await;
        let options = quick(ReportOptions {
            processing_mode: Some(ProcessingMode::Online),
            ..ReportOptions::default()
        });
        // A 500 is temporary: retried, and the report arrives.
        server.inject_report_fault(ReportFault::Http500);
        let rows: Vec<serde_json::Value> = client
            .report_stream(&campaign_days("after-500"), &options)
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert_eq!(rows.len(), 6);
        // 502 on every try: a transport error with the status.
        for _ in 0..4 {
            server.inject_report_fault(ReportFault::Http502);
        }
        let error = client
            .report_stream(&campaign_days("502"), &options)
            .await
            .unwrap_err();
        assert!(
            matches!(
                error,
                Error::Transport {
                    status: Some(502),
                    ..
                }
            ),
            "{error:?}"
        );
        // The XML error is an API error with its code.
        server.inject_report_fault(ReportFault::XmlError(53));
        let error = client
            .report_stream(&campaign_days("xml"), &options)
            .await
            .unwrap_err();
        let Error::Api(api) = &error else {
            panic!("{error:?}")
        };
        assert_eq!(api.code, 53);
        assert_eq!(api.http_status, 400);
        assert_eq!(error.kind(), Some(ErrorKind::Auth));
        // A definition the server refuses: a JSON error with HTTP 400.
        let refused = ReportDefinition::new(
            "refused",
            ReportType::CampaignPerformanceReport,
            DateRangeType::CustomDate,
            [Field::CampaignId],
        )
        .with_dates("2024-06-03", "2024-06-01");
        let error = client.report_stream(&refused, &options).await.unwrap_err();
        assert!(
            matches!(&error, Error::Api(api) if api.code == 8000 && api.http_status == 400),
            "{error:?}"
        );
    }

    #[tokio::test]
    async fn goal_columns_are_typed_as_their_field() {
        let (_server, client) = server_with_campaigns().await;
        let definition = ReportDefinition::new(
            "goals",
            ReportType::CustomReport,
            DateRangeType::Last7Days,
            [
                Field::CampaignId,
                Field::Conversions,
                Field::CostPerConversion,
            ],
        )
        .with_goals(["123", "456"])
        .with_attribution_models([AttributionModel::Lc, AttributionModel::Fc]);
        for micros in [false, true] {
            let options = quick(ReportOptions {
                processing_mode: Some(ProcessingMode::Online),
                return_money_in_micros: micros,
                ..ReportOptions::default()
            });
            let mut stream = client.report_stream(&definition, &options).await.unwrap();
            let mut rows = 0;
            while let Some(row) = stream.next_row().await.unwrap() {
                rows += 1;
                assert!(
                    matches!(
                        row.get("Conversions_123_LC").unwrap(),
                        Some(Cell::Decimal(_))
                    ),
                    "{row:?}"
                );
                assert!(
                    matches!(
                        row.get("Conversions_456_FC").unwrap(),
                        Some(Cell::Decimal(_))
                    ),
                    "{row:?}"
                );
                assert!(
                    matches!(
                        row.get("CostPerConversion_456_LC").unwrap(),
                        Some(Cell::Money(_))
                    ),
                    "{row:?}"
                );
            }
            assert_eq!(rows, 2);
            let columns = stream.columns();
            assert_eq!(columns.len(), 9);
            assert_eq!(columns.names()[1], "Conversions_123_LC");
            assert_eq!(columns.types()[8], ReportFieldType::Money);
        }
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct CampaignDay {
        #[serde(rename = "CampaignId")]
        campaign_id: i64,
        #[serde(rename = "CampaignName")]
        name: String,
        #[serde(rename = "Date")]
        date: ReportDate,
        #[serde(rename = "Clicks")]
        clicks: u32,
        /// Micros, whatever the report's money form.
        #[serde(rename = "Cost")]
        cost: Money,
        #[serde(rename = "Ctr")]
        ctr: Option<Decimal>,
    }

    #[tokio::test]
    async fn rows_deserialize_into_a_user_struct_in_both_money_forms() {
        let (_server, client) = server_with_campaigns().await;
        let mut read = Vec::new();
        for micros in [false, true] {
            let options = quick(ReportOptions {
                processing_mode: Some(ProcessingMode::Online),
                return_money_in_micros: micros,
                ..ReportOptions::default()
            });
            let rows: Vec<CampaignDay> = client
                .report_stream(&campaign_days(&format!("struct-{micros}")), &options)
                .await
                .unwrap()
                .collect()
                .await
                .unwrap();
            assert_eq!(rows.len(), 6);
            assert_eq!(rows[0].date.to_string(), "2024-06-01");
            assert!(rows.iter().any(|r| r.name == "Summer"));
            read.push(rows);
        }
        assert_eq!(
            read[0], read[1],
            "units and micros read to the same exact money"
        );
        assert!(read[0].iter().any(|r| r.cost.micros > 0 && r.clicks > 0));
        assert!(read[0].iter().all(|r| r.cost.micros % 10_000 == 0));
    }

    const SAMPLE: &str = "\"sample (2024-06-01 - 2024-06-01)\"\nCampaignId\tCampaignName\tDate\tClicks\tCost\tCtr\tAdNetworkType\n70000001\tSpring, \"sale\"\t2024-06-01\t3\t0.10\t4.35\tSEARCH\n70000002\t--\t2024-06-01\t--\t0.20\t--\tSOMETHING_NEW\nTotal rows: 2\n";

    fn read_sample(body: &str, micros: bool) -> ReportReader<&[u8]> {
        let mut options = ReadOptions::new(ReportsSchema::field_type);
        options.money_in_micros = micros;
        ReportReader::new(body.as_bytes(), options)
    }

    #[test]
    fn money_in_units_and_micros_is_exact() {
        let micros_body = SAMPLE
            .replace("\t0.10\t", "\t100000\t")
            .replace("\t0.20\t", "\t200000\t");
        for (body, micros) in [(SAMPLE.to_owned(), false), (micros_body, true)] {
            let mut reader = read_sample(&body, micros);
            let mut total = 0;
            while let Some(row) = reader.next_row().unwrap() {
                let Some(Cell::Money(cost)) = row.get("Cost").unwrap() else {
                    panic!()
                };
                total += cost.micros;
            }
            // 0.10 + 0.20 is exactly 0.30, unlike in floating point.
            assert_eq!(Money::from_micros(total).to_units_string(), "0.30");
            assert_eq!(total, 300_000);
        }
    }

    #[test]
    fn the_file_reader_writes_csv_and_json_lines() {
        let mut csv = Vec::new();
        let mut reader = read_sample(SAMPLE, false);
        let mut writer =
            yandex_direct::runtime::reports::RowWriter::new(&mut csv, OutputFormat::Csv);
        while let Some(row) = reader.next_row().unwrap() {
            writer.write_row(&row).unwrap();
        }
        writer.finish(reader.columns()).unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "CampaignId,CampaignName,Date,Clicks,Cost,Ctr,AdNetworkType\n70000001,\"Spring, \"\"sale\"\"\",2024-06-01,3,0.10,4.35,SEARCH\n70000002,,2024-06-01,,0.20,,SOMETHING_NEW\n"
        );
        let mut jsonl = Vec::new();
        let mut reader = read_sample(SAMPLE, false);
        let mut writer =
            yandex_direct::runtime::reports::RowWriter::new(&mut jsonl, OutputFormat::JsonLines);
        while let Some(row) = reader.next_row().unwrap() {
            writer.write_row(&row).unwrap();
        }
        writer.finish(reader.columns()).unwrap();
        let text = String::from_utf8(jsonl).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            r#"{"CampaignId":70000001,"CampaignName":"Spring, \"sale\"","Date":"2024-06-01","Clicks":3,"Cost":0.10,"Ctr":4.35,"AdNetworkType":"SEARCH"}"#
        );
        let second: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(second["CampaignName"], serde_json::Value::Null);
        assert_eq!(
            second["AdNetworkType"], "SOMETHING_NEW",
            "an enum value added later reads like the others"
        );
    }

    #[test]
    fn a_cell_that_does_not_fit_its_type_names_line_and_column() {
        let body = SAMPLE.replace("\t3\t", "\tthree\t");
        let mut reader = read_sample(&body, false);
        let row = reader.next_row().unwrap().unwrap();
        let error = row.get("Clicks").unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.column.as_deref(), Some("Clicks"));
        assert!(
            error.to_string().contains("`three` is not a whole number"),
            "{error}"
        );
        let error = row.deserialize::<CampaignDay>().unwrap_err();
        assert_eq!(error.column.as_deref(), Some("Clicks"), "{error}");
        // A missing value where the struct has no Option.
        let body = SAMPLE.replace("\t0.20\t", "\t--\t");
        let rows: Vec<Result<CampaignDay, _>> = read_sample(&body, false).deserialize().collect();
        let error = rows[1].as_ref().unwrap_err();
        assert!(
            error.to_string().contains("line 4, column `CampaignName`"),
            "{error}"
        );
    }

    #[test]
    fn a_file_without_its_summary_or_with_a_wrong_count_is_refused() {
        let cut = SAMPLE.replace("Total rows: 2\n", "");
        let mut reader = read_sample(&cut, false);
        let error = loop {
            match reader.next_row() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("no error"),
                Err(e) => break e,
            }
        };
        assert!(error.is_truncated(), "{error}");
        let more = SAMPLE.replace("Total rows: 2", "Total rows: 3");
        let mut reader = read_sample(&more, false);
        let error = loop {
            match reader.next_row() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("no error"),
                Err(e) => break e,
            }
        };
        assert!(
            error.is_truncated() && error.to_string().contains("says 3 rows"),
            "{error}"
        );
    }

    #[test]
    fn the_schema_types_every_field() {
        for (field, expected) in [
            ("Cost", ReportFieldType::Money),
            ("Clicks", ReportFieldType::Integer),
            ("Ctr", ReportFieldType::Percent),
            ("Date", ReportFieldType::Date),
            ("Device", ReportFieldType::Enum),
        ] {
            assert_eq!(ReportsSchema::field_type(field), Some(expected), "{field}");
        }
        for entry in yandex_direct::direct_v5::reports::FIELD_COMPATIBILITY.iter() {
            assert!(
                ReportsSchema::field_type(entry.field.as_str()).is_some(),
                "{:?}",
                entry.field
            );
        }
    }
}
