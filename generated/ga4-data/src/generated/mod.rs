// @generated from schema/ga4_data/ by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Code generated from `schema/ga4_data/`. Regenerate with `cargo run -p codegen`.
/// Google Analytics Data API v1beta (`schema/ga4_data/v1beta.json`).
pub mod v1beta;
