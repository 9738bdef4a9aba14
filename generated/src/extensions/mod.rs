//! Hand-written code that needs generated types (the runtime crate knows none): method lookup
//! by name, the v4 Wordstat/Forecast workflows and the Measurement Protocol tables by dialect.
//! Nothing in this folder is generated.

pub mod lookup;
#[cfg(feature = "measurement")]
pub mod measurement;
#[cfg(feature = "live")]
pub mod v4_workflows;
