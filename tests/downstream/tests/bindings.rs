//! The bindings this crate's build script generated work as the `yandex-direct` ones do: typed
//! service calls through the runtime, report definitions checked by the runtime, typed hits.

use downstream_build_fixture::direct_v4::live::ArrayOfString;
use downstream_build_fixture::direct_v4::DirectV4Services;
use downstream_build_fixture::direct_v5::reports::{
    DateRangeType, Field, FieldPlace, ReportDefinition, ReportDefinitionError, ReportType,
};
use downstream_build_fixture::direct_v5::shapes::Square;
use downstream_build_fixture::measurement::ua;
use yandex_direct::runtime::measurement::EncodeOptions;
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

#[tokio::test]
async fn a_generated_v4_method_calls_through_the_runtime_client() {
    let server = ScriptedServer::with_script([Reply::json(
        r#"{"data":[{"Login":"agency-client","UnitsRest":31}]}"#,
    )])
    .await
    .expect("scripted server");
    let client = yandex_direct::Client::builder("token")
        .base_url(server.base_url())
        .build()
        .expect("client");
    let units = client
        .live()
        .get_clients_units(ArrayOfString::from(vec!["agency-client".to_owned()]))
        .await
        .expect("the answer decodes into the generated types");
    let first = units.first().expect("one item");
    assert_eq!(first.login.as_deref(), Some("agency-client"));
    let request = &server.requests()[0];
    assert_eq!(request.path(), "/live/v4/json/");
    let body = request.json().expect("JSON");
    assert_eq!(body["method"], "GetClientsUnits");
    assert_eq!(body["param"], serde_json::json!(["agency-client"]));
}

#[test]
fn the_report_definition_is_the_runtimes_over_this_schema() {
    let allowed = ReportDefinition::new(
        "downstream",
        ReportType::CampaignPerformanceReport,
        DateRangeType::Today,
        [Field::CampaignId, Field::Clicks],
    );
    assert_eq!(allowed.validate(), Ok(()));
    let json = serde_json::to_value(&allowed).expect("serializes");
    assert_eq!(
        json["FieldNames"],
        serde_json::json!(["CampaignId", "Clicks"])
    );
    assert_eq!(json["Format"], "TSV");

    // `Keyword` is not a column of a campaign report in this schema's table.
    let refused = ReportDefinition::new(
        "downstream",
        ReportType::CampaignPerformanceReport,
        DateRangeType::Today,
        [Field::Keyword],
    );
    match refused.validate() {
        Err(ReportDefinitionError::FieldNotAllowed { place, .. }) => {
            assert_eq!(place, FieldPlace::FieldNames)
        }
        other => panic!("expected FieldNotAllowed, got {other:?}"),
    }
}

#[test]
fn structs_inherit_and_hits_encode() {
    let square = Square::new(7, 4).with_name("box");
    let json = serde_json::to_value(&square).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({"Id": 7, "Name": "box", "Corners": 4})
    );

    let hit = ua::Pageview::new("UA-1-1", "555", "https://example.com/")
        .build()
        .expect("a valid hit");
    let payload = hit
        .encode(&EncodeOptions::default())
        .expect("encodes")
        .payload;
    assert_eq!(
        payload,
        "v=1&tid=UA-1-1&cid=555&t=pageview&dl=https%3A%2F%2Fexample.com%2F"
    );
}
