//! The generated types against the wire format: every method of every service, request and
//! response, decoded and encoded back unchanged; strict requests; forward compatibility.

use codegen::frontend::direct::format::TypeDef;
use codegen::frontend::direct::validate::{Index, Target};
use codegen::frontend::direct::{load_direct, DirectSchema};
use std::collections::BTreeMap;

use serde_json::{json, Map, Value};
use yandex_direct::direct_v5;

fn schema() -> DirectSchema {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    let mut faults = Vec::new();
    let schema = load_direct(&dir, &mut faults);
    assert!(faults.is_empty(), "{faults:?}");
    schema
}

/// Which fields an example fills in.
#[derive(Clone, Copy, PartialEq)]
enum Fill {
    /// Every field, nillable ones alternately `null`.
    Everything,
    /// Required fields only.
    RequiredOnly,
}

struct Examples<'a> {
    index: Index<'a>,
    fill: Fill,
    nulls: std::cell::Cell<u32>,
}

impl<'a> Examples<'a> {
    fn value(&self, file: usize, reference: &'a str, depth: usize) -> Value {
        match self
            .index
            .resolve(file, reference)
            .expect("validated schema")
        {
            Target::Primitive(p) => match p {
                "long" | "integer" => json!(9_007_199_254_740_993_i64), // > 2^53 and > i32
                "int" => json!(-7),
                "decimal" | "double" | "float" => json!(12.75),
                "boolean" => json!(true),
                "dateTime" => json!("2026-11-23T10:00:00"),
                "date" => json!("2026-11-23"),
                _ => json!("текст \"quoted\" \\ text"),
            },
            Target::Named(_, TypeDef::Enum(e)) => json!(e.values[e.values.len() / 2]),
            Target::Named(f, TypeDef::Array(items)) => {
                json!([self.value(f, &items.item, depth + 1)])
            }
            Target::Named(f, TypeDef::Items(items)) => {
                json!({"Items": [self.value(f, &items.item, depth + 1)]})
            }
            Target::Named(f, ty @ TypeDef::Struct(_)) => {
                let mut object = Map::new();
                for (field_file, field) in self.index.all_fields(f, ty).expect("validated") {
                    let wanted = field.required
                        || (self.fill == Fill::Everything && depth < 6 && !field.boxed);
                    if !wanted {
                        continue;
                    }
                    if field.nillable && !field.required && self.fill == Fill::Everything {
                        let n = self.nulls.get();
                        self.nulls.set(n + 1);
                        if n.is_multiple_of(2) {
                            object.insert(field.name.clone(), Value::Null);
                            continue;
                        }
                    }
                    let value = self.value(field_file, &field.ty, depth + 1);
                    let value = if field.repeated {
                        json!([value])
                    } else {
                        value
                    };
                    object.insert(field.name.clone(), value);
                }
                Value::Object(object)
            }
        }
    }
}

/// Every method of every service (v5 and v4 Live), with full and minimal requests and responses:
/// decoding and encoding again gives the same JSON. Requests with an unknown field or without a
/// required field are refused, naming the field; unknown fields in responses are kept.
#[test]
fn every_method_round_trips_requests_and_responses() {
    let schema = schema();
    let mut checked = 0;
    let mut methods = BTreeMap::new();
    for fill in [Fill::Everything, Fill::RequiredOnly] {
        let examples = Examples {
            index: Index::new(&schema),
            fill,
            nulls: Default::default(),
        };
        for (i, loaded) in schema.files.iter().enumerate() {
            let Some(service) = &loaded.file.service else {
                continue;
            };
            let v4 = loaded.api == "direct_v4";
            let (param_key, result_key) = if v4 {
                ("param", "data")
            } else {
                ("params", "result")
            };
            for method in &service.methods {
                if fill == Fill::Everything {
                    *methods.entry(loaded.api.clone()).or_insert(0) += 1;
                }
                let entry = if v4 {
                    yandex_direct::direct_v4::find_method("live", &method.name)
                } else {
                    direct_v5::find_method(&service.endpoint, &method.name)
                }
                .unwrap_or_else(|| panic!("{}.{} is not generated", service.endpoint, method.name));
                let kind = if fill == Fill::Everything {
                    "full"
                } else {
                    "minimal"
                };
                let case = format!("{}.{} ({kind})", service.endpoint, method.name);

                let mut request = json!({"method": method.name});
                if let Some(param) = &method.request {
                    request[param_key] = examples.value(i, param, 0);
                }
                let encoded = (entry.request)(&serde_json::to_vec(&request).unwrap())
                    .unwrap_or_else(|e| panic!("{case} request: {e}\n{request:#}"));
                assert_eq!(encoded, request, "{case} request");

                let response = json!({result_key: examples.value(i, &method.response, 0)});
                let encoded = (entry.response)(&serde_json::to_vec(&response).unwrap())
                    .unwrap_or_else(|e| panic!("{case} response: {e}"));
                assert_eq!(encoded, response, "{case} response");
                checked += 2;

                if fill != Fill::RequiredOnly {
                    continue;
                }
                if request[param_key].is_object() {
                    let mut unknown = request.clone();
                    unknown[param_key]["SurelyNotAField"] = json!(1);
                    let error =
                        (entry.request)(&serde_json::to_vec(&unknown).unwrap()).unwrap_err();
                    assert!(
                        error
                            .to_string()
                            .contains("unknown field `SurelyNotAField`"),
                        "{case}: {error}"
                    );
                    assert_eq!(error.path, param_key, "{case}");
                    checked += 1;
                }
                if let Some((key, _)) = request[param_key].as_object().and_then(|o| o.iter().next())
                {
                    let mut missing = request.clone();
                    missing[param_key].as_object_mut().unwrap().remove(key);
                    let error =
                        (entry.request)(&serde_json::to_vec(&missing).unwrap()).unwrap_err();
                    assert!(
                        error
                            .to_string()
                            .contains(&format!("missing field `{key}`")),
                        "{case}: {error}"
                    );
                    checked += 1;
                }
                if response[result_key].is_object() {
                    let mut extra = response.clone();
                    extra[result_key]["FieldFromTheFuture"] = json!({"a": [1, null]});
                    let encoded = (entry.response)(&serde_json::to_vec(&extra).unwrap()).unwrap();
                    assert_eq!(encoded, extra, "{case}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(
        methods.get("direct_v5"),
        Some(&112),
        "every v5 operation is generated"
    );
    assert_eq!(
        methods.get("direct_v4"),
        Some(&32),
        "every served v4 Live method is generated"
    );
    println!("{checked} round trips over {methods:?} methods");
}

#[test]
fn nillable_fields_keep_absent_null_and_value_apart() {
    use direct_v5::campaigns::{CampaignUpdateItem, UpdateRequest};
    use yandex_direct::Nullable;

    let wire = json!({"Campaigns": [
        {"Id": 1, "EndDate": null},
        {"Id": 2, "EndDate": "2026-12-31"},
        {"Id": 3}
    ]});
    let request: UpdateRequest = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(request.campaigns[0].end_date, Nullable::Null);
    assert_eq!(
        request.campaigns[1].end_date,
        Nullable::Value("2026-12-31".to_owned())
    );
    assert_eq!(request.campaigns[2].end_date, Nullable::Absent);
    assert_eq!(serde_json::to_value(&request).unwrap(), wire);

    let built = UpdateRequest::new(vec![
        CampaignUpdateItem::new(1).with_end_date("2027-01-01".to_owned()),
        {
            let mut clear = CampaignUpdateItem::new(2);
            clear.end_date = Nullable::Null;
            clear
        },
        CampaignUpdateItem::new(3),
    ]);
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"Campaigns": [{"Id": 1, "EndDate": "2027-01-01"}, {"Id": 2, "EndDate": null}, {"Id": 3}]})
    );
}

#[test]
fn unknown_enum_values_are_kept() {
    use direct_v5::ads::AdTypeEnum;
    let known: AdTypeEnum = serde_json::from_value(json!("TEXT_AD")).unwrap();
    assert_eq!(known, AdTypeEnum::TextAd);
    assert!(!known.is_unrecognized());
    let new: AdTypeEnum = serde_json::from_value(json!("RESPONSIVE_AD")).unwrap();
    assert!(new.is_unrecognized());
    assert_eq!(new.as_str(), "RESPONSIVE_AD");
    assert_eq!(serde_json::to_value(&new).unwrap(), json!("RESPONSIVE_AD"));
    assert_eq!(AdTypeEnum::from("TEXT_AD"), AdTypeEnum::TextAd);
    assert!(AdTypeEnum::KNOWN
        .iter()
        .all(|v| AdTypeEnum::from_wire(v.as_str()) == *v));
}

#[test]
fn responses_from_a_newer_api_survive_a_round_trip() {
    let body = json!({"result": {"Ads": [{
        "Id": 34216599, "Type": "RESPONSIVE_AD", "State": "OFF", "AgeLabel": null,
        "FutureAd": {"Title": "new ad type"}, "Status": "ACCEPTED"
    }], "LimitedBy": 1}});
    let entry = direct_v5::find_method("ads", "get").unwrap();
    let encoded = (entry.response)(&serde_json::to_vec(&body).unwrap()).unwrap();
    assert_eq!(encoded, body);

    let typed: yandex_direct::runtime::method::ResponseEnvelope<direct_v5::ads::GetResponse> =
        serde_json::from_value(body).unwrap();
    let ad = &typed.result.unwrap().ads.unwrap()[0];
    assert_eq!(ad.id, Some(34216599));
    assert_eq!(
        ad.unknown_fields.get("FutureAd"),
        Some(&json!({"Title": "new ad type"}))
    );
}

#[test]
fn ids_beyond_i32_and_exact_numbers() {
    let body = json!({"result": {"Keywords": [{"Id": 31714249487_i64, "Bid": 15000000, "AdGroupId": 4560252809_i64}]}});
    let entry = direct_v5::find_method("keywords", "get").unwrap();
    assert_eq!(
        (entry.response)(&serde_json::to_vec(&body).unwrap()).unwrap(),
        body
    );
}

#[test]
fn requests_are_refused_with_the_path_of_the_fault() {
    let entry = direct_v5::find_method("campaigns", "get").unwrap();
    let error = (entry.request)(br#"{"method": "get", "params": {"FieldNames": ["Id"], "SelectionCriteria": {"Ids": [1, "two"]}}}"#).unwrap_err();
    assert_eq!(error.path, "params.SelectionCriteria.Ids[1]");
    assert!(error.message.contains("expected i64"), "{error}");

    let error = (entry.request)(
        br#"{"method": "get", "params": {"FieldNames": ["Id"], "Page": {"Limit": null}}}"#,
    )
    .unwrap_err();
    assert_eq!(error.path, "params.Page");
    assert!(error.message.contains("`Limit` may not be null"), "{error}");

    let error = (entry.request)(br#"{"method": "get", "params": {"FieldNames": ["Id"]}} trailing"#)
        .unwrap_err();
    assert!(error.message.contains("trailing"), "{error}");
}

#[test]
fn paging_traits_follow_limited_by() {
    use yandex_direct::runtime::paging::{PagedRequest, PagedResponse};
    let mut request = direct_v5::keywords::GetRequest::new(
        direct_v5::keywords::KeywordsSelectionCriteria::new(),
        vec![direct_v5::keywords::KeywordFieldEnum::Id],
    );
    request.set_page_offset(10000);
    assert_eq!(
        serde_json::to_value(&request).unwrap()["Page"],
        json!({"Offset": 10000})
    );
    request.set_page_offset(20000);
    assert_eq!(
        serde_json::to_value(&request).unwrap()["Page"],
        json!({"Offset": 20000})
    );
    let page: direct_v5::keywords::GetResponse =
        serde_json::from_value(json!({"Keywords": [{"Id": 1}, {"Id": 2}], "LimitedBy": 2}))
            .unwrap();
    assert_eq!(page.limited_by(), Some(2));
    assert_eq!(page.into_items().len(), 2);
    let last: direct_v5::keywords::GetResponse = serde_json::from_value(json!({})).unwrap();
    assert_eq!(last.limited_by(), None);
    assert!(last.into_items().is_empty());
}

#[test]
fn v4_numbers_sent_as_strings_survive() {
    let entry = yandex_direct::direct_v4::find_method("live", "GetClientsUnits").unwrap();
    let body =
        json!({"data": [{"Login": "agrom", "UnitsRest": "0"}, {"Login": "b", "UnitsRest": 120}]});
    let encoded = (entry.response)(&serde_json::to_vec(&body).unwrap()).unwrap();
    assert_eq!(encoded, body);
    let typed: yandex_direct::runtime::method::V4ResponseEnvelope<
        yandex_direct::direct_v4::live::ArrayOfClientsUnitInfo,
    > = serde_json::from_value(body).unwrap();
    let units = typed.data.unwrap();
    assert_eq!(units[0].units_rest.as_ref().map(|n| n.get()), Some(0));
    assert_eq!(
        units[0].units_rest.as_ref().and_then(|n| n.quoted_text()),
        Some("0")
    );
    assert_eq!(units[1].units_rest.as_ref().map(|n| n.get()), Some(120));

    let error =
        (entry.response)(br#"{"data": [{"Login": "a", "UnitsRest": "many"}]}"#).unwrap_err();
    assert_eq!(error.path, "data[0].UnitsRest");
    let error_body =
        json!({"error_code": 53, "error_str": "Authorization error", "error_detail": ""});
    assert_eq!(
        (entry.response)(&serde_json::to_vec(&error_body).unwrap()).unwrap(),
        error_body
    );
    let request = (entry.request)(
        br#"{"method": "GetClientsUnits", "param": ["agrom"], "locale": "en", "token": "t"}"#,
    );
    assert!(request.is_ok(), "{request:?}");
    let no_param = yandex_direct::direct_v4::find_method("live", "GetVersion").unwrap();
    let error = (no_param.request)(br#"{"method": "GetVersion", "param": 1}"#).unwrap_err();
    assert!(error.message.contains("takes no `param`"), "{error}");
}

/// The `roundtrip` example's line protocol.
#[test]
fn roundtrip_lines_answer_in_order() {
    use yandex_direct::runtime::roundtrip;
    let answer_line = |line: &str| roundtrip::answer_line(line, yandex_direct::find_method);
    let ok = answer_line(
        r#"{"api": "v5", "service": "campaigns", "method": "get", "part": "request", "extra": 1,
            "body": {"method": "get", "params": {"FieldNames": ["Id"], "SelectionCriteria": {"Ids": [9007199254740993]}}}}"#,
    );
    assert_eq!(
        ok,
        json!({"ok": true, "body": {"method": "get", "params": {"FieldNames": ["Id"], "SelectionCriteria": {"Ids": [9007199254740993_i64]}}}})
    );
    let refused = answer_line(
        r#"{"api": "v5", "service": "campaigns", "method": "get", "part": "request", "body": {"method": "get", "params": {"FieldNames": "Id"}}}"#,
    );
    assert_eq!(refused["ok"], json!(false));
    assert!(
        refused["error"]
            .as_str()
            .unwrap()
            .contains("params.FieldNames"),
        "{refused}"
    );
    let v4 = answer_line(
        r#"{"api": "v4", "service": "", "method": "GetClientsUnits", "part": "response", "body": {"data": [{"Login": "a", "UnitsRest": "10"}]}}"#,
    );
    assert_eq!(
        v4,
        json!({"ok": true, "body": {"data": [{"Login": "a", "UnitsRest": "10"}]}})
    );
    for (line, expected) in [
        (
            r#"{"api": "v6", "service": "x", "method": "get", "part": "request", "body": {}}"#,
            "unknown api `v6`",
        ),
        (
            r#"{"api": "v5", "service": "nope", "method": "get", "part": "request", "body": {}}"#,
            "unknown v5 method `nope.get`",
        ),
        (
            r#"{"api": "v5", "service": "campaigns", "method": "get", "part": "middle", "body": {}}"#,
            "unknown part `middle`",
        ),
        (
            r#"{"api": "v5", "service": "campaigns", "method": "get", "part": "request"}"#,
            "no `body`",
        ),
        ("not json", "not JSON"),
    ] {
        let answer = answer_line(line);
        assert_eq!(answer["ok"], json!(false), "{line}");
        assert!(
            answer["error"].as_str().unwrap().contains(expected),
            "{answer} for {line}"
        );
    }
}
