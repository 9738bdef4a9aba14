//! Every per-item result type of the schema gets `ItemResult`, so that `split_results` works for
//! any service's results. The types are found here from the schema's JSON alone (a struct whose
//! own or inherited fields include `Errors` and `Warnings`, lists of `ExceptionNotification`),
//! independently of the emitter's own test, and each must have the impl in its module.

use std::collections::BTreeMap;
use std::path::PathBuf;

use heck::ToUpperCamelCase;
use serde_json::Value;

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

/// `module:Type` -> (fields `(name, type, repeated)`, `extends`), for every struct of an API.
type Structs = BTreeMap<String, (Vec<(String, String, bool)>, Option<String>)>;

fn structs_of(api: &str) -> Structs {
    let mut structs = Structs::new();
    let dir = schema_dir().join(api);
    for entry in std::fs::read_dir(&dir).expect("the schema folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let file: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        let Some(module) = file.get("module").and_then(Value::as_str) else {
            continue; // reports.json has its own format
        };
        for ty in file["types"].as_array().into_iter().flatten() {
            if ty["kind"] != "struct" {
                continue;
            }
            let name = ty["name"].as_str().expect("a type name");
            let qualify = |r: &str| {
                if r.contains(':') {
                    r.to_owned()
                } else {
                    format!("{module}:{r}")
                }
            };
            let fields = ty["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| {
                    (
                        f["name"].as_str().unwrap_or_default().to_owned(),
                        qualify(f["type"].as_str().unwrap_or_default()),
                        f["repeated"].as_bool().unwrap_or(false),
                    )
                })
                .collect();
            let extends = ty["extends"].as_str().map(qualify);
            structs.insert(format!("{module}:{name}"), (fields, extends));
        }
    }
    structs
}

/// Whether `key`'s own or inherited fields make it a per-item result.
fn is_item_result(structs: &Structs, key: &str) -> bool {
    let mut found = (false, false);
    let mut next = Some(key.to_owned());
    while let Some(key) = next {
        let Some((fields, extends)) = structs.get(&key) else {
            break;
        };
        for (name, ty, repeated) in fields {
            let notifications = *repeated && ty.ends_with(":ExceptionNotification");
            found.0 |= notifications && name == "Errors";
            found.1 |= notifications && name == "Warnings";
        }
        next = extends.clone();
    }
    found == (true, true)
}

#[test]
fn every_per_item_result_type_implements_item_result() {
    let rendered = codegen::render(&schema_dir(), &codegen::emit::Options::default())
        .expect("the schema renders");
    let file_of = |api: &str, module: &str| {
        let path = PathBuf::from(format!("{api}/{module}.rs"));
        rendered
            .files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.contents.clone())
            .unwrap_or_default()
    };
    let mut checked = Vec::new();
    let mut missing = Vec::new();
    for api in ["direct_v5", "direct_v4"] {
        let structs = structs_of(api);
        for key in structs.keys().filter(|k| is_item_result(&structs, k)) {
            let (module, name) = key.split_once(':').expect("module:Type");
            let rust = name.to_upper_camel_case();
            let wanted = format!("impl rt::ItemResult for {rust} {{");
            if file_of(api, module).contains(&wanted) {
                checked.push(format!("{module}::{rust}"));
            } else {
                missing.push(format!("{api}::{module}::{rust}"));
            }
        }
    }
    assert!(missing.is_empty(), "no ItemResult for {missing:?}");
    // The shared ones and the service-specific ones users asked about are all there.
    for name in [
        "general::ActionResult",
        "general::ActionResultBase",
        "bids::BidActionResult",
        "keywordbids::KeywordBidActionResult",
        "adimages::AdImageActionResult",
        "advideos::VideoActionResult",
    ] {
        assert!(
            checked.iter().any(|c| c == name),
            "{name} not found in {checked:?}"
        );
    }
    assert!(checked.len() >= 10, "only {checked:?}");
}
