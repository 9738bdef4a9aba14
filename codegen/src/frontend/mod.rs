//! Stage 1, the frontends: each part of `schema/` read from its files, its shape checked by
//! serde (with the JSON path of a fault) and its rules checked, into one [`Model`]:
//!
//! - [`direct`]: `schema/direct_v5/*.json` and `schema/direct_v4/*.json` (services, methods,
//!   types), resolved by [`direct::resolve()`];
//! - [`reports`]: `schema/direct_v5/reports.json` (the Reports service's fields and enums);
//! - [`measurement`]: `schema/measurement/` (the Measurement Protocol dialects and GA4);
//! - [`rest`]: `schema/ga4_data/` (REST APIs imported from a Discovery document), loaded on
//!   its own by [`rest::load`]: it is generated into a crate of its own;
//! - [`metrica`]: `schema/metrica/fields.json` (the Metrica Reporting API's fields).
//!
//! Every fault of every part is collected before the run stops, each with its file and where in
//! the file it is.

pub mod direct;
pub mod measurement;
pub mod metrica;
pub mod reports;
pub mod rest;

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::model::Model;
use crate::{Diagnostic, Diagnostics};

/// Loads, checks and resolves the whole schema under `schema_dir`; every fault found when it
/// cannot.
pub fn load(schema_dir: &Path) -> Result<Model, Diagnostics> {
    let mut diagnostics = Vec::new();
    let direct = direct::load_direct(schema_dir, &mut diagnostics);
    let reports = reports::load(schema_dir, &mut diagnostics);
    let measurement = measurement::load(schema_dir, &mut diagnostics);
    if diagnostics.is_empty() {
        direct::validate::validate(&direct, &mut diagnostics);
    }
    if !diagnostics.is_empty() {
        diagnostics.sort();
        diagnostics.dedup();
        return Err(Diagnostics(diagnostics));
    }
    Ok(Model {
        direct: direct::resolve(&direct),
        reports,
        measurement,
    })
}

/// Reads and parses one JSON file of the schema, or pushes a diagnostic saying why it cannot.
pub fn read_json<T: DeserializeOwned>(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<T> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_json(path, &text, diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic::new(path, "", format!("cannot read: {e}")));
            None
        }
    }
}

/// Parses JSON text of the schema into `T`: malformed JSON is reported by line and column, a
/// value of the wrong shape (a missing or unknown key, a wrong kind of value) by its JSON path.
/// `path` is only used in diagnostics.
pub fn parse_json<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    // Syntax first, so that malformed JSON is reported by line and column.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        diagnostics.push(Diagnostic::new(
            path,
            format!("line {}, column {}", e.line(), e.column()),
            format!("malformed JSON: {e}"),
        ));
        return None;
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(value) => Some(value),
        Err(e) => {
            let inner = e.inner();
            let message = inner.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            diagnostics.push(Diagnostic::new(
                path,
                e.path().to_string(),
                format!(
                    "{message} (line {}, column {})",
                    inner.line(),
                    inner.column()
                ),
            ));
            None
        }
    }
}
