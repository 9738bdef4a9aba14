//! Typed dates (`yandex_direct::dates`, feature `time`) given to the generated string setters:
//! the wire text is the API's form, and text of another form is refused naming it.

use serde_json::{json, Value};
use yandex_direct::dates::{Date, DateTime};
use yandex_direct::direct_v5::{campaigns, changes};

fn encoded(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("generated types encode")
}

#[test]
fn a_date_given_to_a_constructor_is_sent_as_yyyy_mm_dd() {
    let start = Date::parse("2030-01-01").expect("a valid date");
    let end = Date::parse("2030-12-31").expect("a valid date");
    let request = campaigns::AddRequest::new([
        campaigns::CampaignAddItem::new("Spring", start).with_end_date(end)
    ]);
    let body = encoded(&request);
    let item = &body["Campaigns"][0];
    assert_eq!(item["StartDate"], json!("2030-01-01"));
    assert_eq!(item["EndDate"], json!("2030-12-31"));
    assert!(
        serde_json::to_string(&request)
            .expect("encodes")
            .contains(r#""StartDate":"2030-01-01""#),
        "{body}"
    );
}

#[test]
fn a_timestamp_round_trips_through_the_changes_service_types() {
    let since = DateTime::parse("2030-01-01T09:30:00Z").expect("a valid timestamp");
    let request = changes::CheckCampaignsRequest::new(since);
    assert_eq!(
        encoded(&request),
        json!({"Timestamp": "2030-01-01T09:30:00Z"})
    );
    // The timestamp the API answers with is read back from the generated string field.
    let response: changes::CheckCampaignsResponse =
        serde_json::from_value(json!({"Timestamp": "2030-01-02T00:00:00Z"})).expect("decodes");
    let next = DateTime::parse(&response.timestamp).expect("the API's form");
    assert!(next > since);
    assert_eq!(String::from(next), response.timestamp);
}

#[test]
fn text_of_another_form_is_refused_naming_it() {
    let error = Date::parse("01.01.2030").expect_err("not YYYY-MM-DD");
    assert_eq!(error.text(), "01.01.2030");
    assert!(error.to_string().contains("\"01.01.2030\""), "{error}");
    let error = DateTime::parse("2030-01-01T09:30:00+03:00").expect_err("not UTC");
    assert!(
        error.to_string().contains("\"2030-01-01T09:30:00+03:00\""),
        "{error}"
    );
}
