//! The Measurement Protocol part of the schema (`schema/measurement/`): load, validate, emit.
//!
//! `ua.json` and `metrica.json` describe the key=value dialects (parameters, types, byte limits,
//! hit types, index ranges, requirements, typed constructors, collections); `ga4.json` the GA4
//! JSON protocol (body fields, limits, reserved names). The format is documented in
//! `schema/measurement/README.md`.

mod emit;
mod load;
mod model;

use std::path::Path;

pub use model::{
    CollectionDef, DialectDef, EcommerceDef, Ga4Def, HitRuleDef, MeasurementSchema, ParamDef, Part,
};

use crate::{Diagnostic, GeneratedFile};

/// Loads and validates `schema_dir/measurement/`, pushing every fault into `diagnostics`.
/// `None` when the folder does not exist (or has faults).
pub fn load(schema_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<MeasurementSchema> {
    load::load(&schema_dir.join("measurement"), diagnostics)
}

/// Whether the schema has a Measurement Protocol part (the root module then declares it).
pub fn is_present(schema: &Option<MeasurementSchema>) -> bool {
    schema.is_some()
}

/// The generated files, relative to the output folder, under `measurement/`, with the default
/// [`crate::emit::Options`].
pub fn emit(schema: &Option<MeasurementSchema>) -> Result<Vec<GeneratedFile>, String> {
    emit_with(schema, &crate::emit::Options::default())
}

/// The generated files, relative to the output folder, under `measurement/`, naming the runtime
/// by `options.runtime_path`.
pub fn emit_with(
    schema: &Option<MeasurementSchema>,
    options: &crate::emit::Options,
) -> Result<Vec<GeneratedFile>, String> {
    match schema {
        Some(s) => emit::emit(s, &crate::emit::runtime_path(options)?),
        None => Ok(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_dir() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
    }

    #[test]
    fn the_schema_loads_and_emits_deterministically() {
        let mut d = Vec::new();
        let s = load(&schema_dir(), &mut d);
        assert!(d.is_empty(), "{d:#?}");
        let a = emit(&s).unwrap();
        let b = emit(&s).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 4, "mod, params (with the GA4 rules), ua, metrica");
        for f in &a {
            assert!(f.contents.starts_with("// @generated"));
        }
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
            let real =
                std::fs::read_to_string(schema_dir().join("measurement").join(name)).unwrap();
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
}
