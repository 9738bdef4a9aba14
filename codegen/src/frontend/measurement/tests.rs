//! The Measurement Protocol frontend against the committed schema and broken copies of it.

use super::load;
use crate::Diagnostic;

fn schema_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

fn faults_for(files: &[(&str, &str)]) -> Vec<Diagnostic> {
    let dir = std::env::temp_dir().join(format!(
        "mp-schema-test-{}-{}",
        std::process::id(),
        files.len() * 1000 + files.iter().map(|f| f.1.len()).sum::<usize>()
    ));
    let m = dir.join("measurement");
    std::fs::create_dir_all(&m).unwrap();
    for name in ["ua.json", "metrica.json", "ga4.json"] {
        let real = std::fs::read_to_string(schema_dir().join("measurement").join(name)).unwrap();
        let text = files
            .iter()
            .find(|f| f.0 == name)
            .map(|f| f.1.to_string())
            .unwrap_or(real);
        std::fs::write(m.join(name), text).unwrap();
    }
    let mut d = Vec::new();
    let s = load(&dir, &mut d);
    assert!(s.is_none());
    std::fs::remove_dir_all(&dir).unwrap();
    d
}

#[test]
fn malformed_json_reports_line_and_column() {
    let d = faults_for(&[("ga4.json", "{\n  \"endpoints\": ,\n}")]);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(d[0].file.ends_with("ga4.json"));
    assert!(
        d[0].location.starts_with("line 2, column"),
        "{}",
        d[0].location
    );
}

#[test]
fn every_fault_is_reported_with_its_path() {
    let ua = std::fs::read_to_string(schema_dir().join("measurement/ua.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&ua).unwrap();
    v["params"][0]["type"] = "float".into();
    v["params"][1]["hit_types"] = serde_json::json!(["pageviews"]);
    v["params"][2]["key"] = "x<nope>".into();
    v["hit_rules"]["event"]["constructors"][0]["params"] = serde_json::json!(["ec"]);
    let text = serde_json::to_string_pretty(&v).unwrap();
    let d = faults_for(&[("ua.json", &text)]);
    let shown: Vec<String> = d
        .iter()
        .map(|x| format!("{}: {}", x.location, x.message))
        .collect();
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("params[0].type: unknown type `float`")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("params[1].hit_types[0]")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("params[2].key: placeholder `<nope>`")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("hit_rules.event.constructors.new")),
        "{shown:#?}"
    );
}

#[test]
fn a_fault_of_shape_names_its_json_path() {
    let ua = std::fs::read_to_string(schema_dir().join("measurement/ua.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&ua).unwrap();
    v["params"][3]["max_length"] = 10.into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let d = faults_for(&[("ua.json", &text)]);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(d[0].file.ends_with("ua.json"));
    assert_eq!(d[0].location, "params[3].max_length");
    assert!(
        d[0].message.starts_with("unknown field `max_length`"),
        "{}",
        d[0].message
    );

    let ga4 = std::fs::read_to_string(schema_dir().join("measurement/ga4.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&ga4).unwrap();
    v["limits"]["max_events"] = "many".into();
    v["reserved_event_names"] = 3.into();
    v["reserved_names"] = serde_json::json!([]);
    let text = serde_json::to_string_pretty(&v).unwrap();
    let d = faults_for(&[("ga4.json", &text)]);
    let shown: Vec<String> = d
        .iter()
        .map(|x| format!("{}: {}", x.location, x.message))
        .collect();
    for expected in [
        "limits.max_events: expected a positive integer",
        "reserved_event_names: expected an array of strings",
        "reserved_names: unknown field `reserved_names`",
    ] {
        assert!(
            shown.iter().any(|s| s == expected),
            "{expected}: {shown:#?}"
        );
    }
}

#[test]
fn formats_and_ga4_event_rules_are_checked() {
    let ua = std::fs::read_to_string(schema_dir().join("measurement/ua.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&ua).unwrap();
    let params = v["params"].as_array_mut().unwrap();
    let tid = params.iter_mut().find(|p| p["key"] == "tid").unwrap();
    tid["format"] = "tracking".into();
    let qt = params.iter_mut().find(|p| p["key"] == "qt").unwrap();
    qt["format"] = "counter_id".into();
    let ua_text = serde_json::to_string_pretty(&v).unwrap();
    let ga4 = std::fs::read_to_string(schema_dir().join("measurement/ga4.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&ga4).unwrap();
    v["event_rules"][0]["required"] = serde_json::json!(["Not A Name"]);
    v["event_rules"][1]["event"] = v["event_rules"][0]["event"].clone();
    let ga4_text = serde_json::to_string_pretty(&v).unwrap();
    let d = faults_for(&[("ua.json", &ua_text), ("ga4.json", &ga4_text)]);
    let shown: Vec<String> = d
        .iter()
        .map(|x| format!("{}: {}", x.location, x.message))
        .collect();
    for expected in [
        ".format: unknown format `tracking`",
        ".format: only text values have a format",
        "event_rules[0].required[0]: `Not A Name` is not a GA4 parameter name",
        "event_rules[1].event: `",
    ] {
        assert!(
            shown.iter().any(|s| s.contains(expected)),
            "{expected}: {shown:#?}"
        );
    }
}
