// @generated from schema/ by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Code generated from `schema/`. Regenerate with `cargo run -p codegen`.
/// Bindings of `schema/direct_v5/`.
pub mod direct_v5;
