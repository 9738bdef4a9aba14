// @generated from schema/measurement by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Measurement Protocol: typed hit builders and the parameter tables, generated from
//! `schema/measurement/`. The encoder and the sender are in the runtime.
/// Typed hit builders of the Google Universal Analytics Measurement Protocol v1 dialect.
pub mod ua;
/// Typed hit builders of the Yandex Metrica Measurement Protocol dialect.
pub mod metrica;
/// Parameter tables of every dialect, and the GA4 limits and reserved names.
pub mod params;
