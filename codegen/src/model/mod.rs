//! Stage 2, the model: what the frontends loaded and checked, resolved into the one structure
//! the emitter reads: final Rust names, flattened inheritance, every reference resolved.
//!
//! The model owns its types: it depends on no frontend, and the emitter reads nothing else.

pub mod direct;
pub mod measurement;
pub mod metrica;
pub mod reports;
pub mod rest;

pub use direct::DirectModel;
pub use measurement::MeasurementModel;
pub use reports::ReportsModel;

/// The whole schema, resolved: every API the emitter writes bindings for.
#[derive(Debug, Clone)]
pub struct Model {
    /// Direct v5 and v4 Live (services, methods, types).
    pub direct: DirectModel,
    /// The Reports service, when `schema/direct_v5/reports.json` exists.
    pub reports: Option<ReportsModel>,
    /// The Measurement Protocol, when `schema/measurement/` exists.
    pub measurement: Option<MeasurementModel>,
}
