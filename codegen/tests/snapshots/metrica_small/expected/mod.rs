// @generated from schema/metrica/fields.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Code generated from `schema/metrica/fields.json` and `schema/metrica/endpoints.json`.
//! Regenerate with `cargo run -p codegen`.
pub mod endpoints;
pub mod fields;
pub mod responses;
