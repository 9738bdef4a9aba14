// @generated from schema/ by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Code generated from `schema/`. Regenerate with `cargo run -p codegen`.
/// Measurement Protocol hits, from `schema/measurement/`.
#[cfg(feature = "measurement")]
pub mod measurement;
