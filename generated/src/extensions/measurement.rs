//! The generated Measurement Protocol tables by dialect, for code that picks the dialect at run
//! time (the typed builders in `measurement::ua` and `measurement::metrica` pass their table
//! themselves).

use crate::runtime::measurement::{Dialect, DialectSpec, Ga4Error, Ga4Request, SenderConfig};

/// The generated parameter table of `dialect`.
pub fn spec(dialect: Dialect) -> &'static DialectSpec {
    match dialect {
        Dialect::Ua => &crate::measurement::params::UA,
        Dialect::Metrica => &crate::measurement::params::METRICA,
    }
}

/// A [`SenderConfig`] for `dialect` with the generated tables: its real collector, POST,
/// strict byte limits, a queue of 1000, a 10 s timeout.
pub fn sender_config(dialect: Dialect) -> SenderConfig {
    SenderConfig::new(spec(dialect), &crate::measurement::params::GA4)
}

/// Checks a GA4 request against the generated GA4 rules (what the sender does before sending).
pub fn validate_ga4(request: &Ga4Request) -> Result<(), Ga4Error> {
    request.validate(&crate::measurement::params::GA4)
}
