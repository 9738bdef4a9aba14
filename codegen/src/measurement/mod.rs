//! The Measurement Protocol part of the schema (`schema/measurement/`): load, validate, emit.
//!
//! Placeholder until the Measurement Protocol schema lands: nothing is loaded or emitted.

use std::path::Path;

use crate::{Diagnostic, GeneratedFile};

/// The loaded and validated Measurement Protocol schema.
#[derive(Debug, Clone, Default)]
pub struct MeasurementSchema {}

/// Loads and validates `schema_dir/measurement/`, pushing every fault into `diagnostics`.
/// `None` when the folder does not exist.
pub fn load(_schema_dir: &Path, _diagnostics: &mut Vec<Diagnostic>) -> Option<MeasurementSchema> {
    None
}

/// Whether the schema has a Measurement Protocol part (the root module then declares it).
pub fn is_present(schema: &Option<MeasurementSchema>) -> bool {
    schema.is_some()
}

/// The generated files, relative to the output folder, under `measurement/`.
pub fn emit(_schema: &Option<MeasurementSchema>) -> Result<Vec<GeneratedFile>, String> {
    Ok(Vec::new())
}
