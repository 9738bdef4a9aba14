// @generated from schema/measurement by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Measurement Protocol: typed hit builders generated from `schema/measurement/`, plus the
//! runtime (encoding, byte limits, batching, sending, validation answers, GA4).
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! use yandex_direct::measurement::{ua, Outgoing, Sender, SenderConfig, Dialect};
//!
//! let hit = ua::Pageview::new("UA-1-1", "555", "https://example.com/a")
//!     .document_title("Home")
//!     .build()?;
//! let mut sender = Sender::new(SenderConfig::new(Dialect::Ua))?;
//! let report = sender.send(vec![(1, Outgoing::Hit(hit))]).await;
//! assert!(report.all_accepted());
//! # Ok(())
//! # }
//! ```
use crate::runtime::measurement as rt;
///Typed hit builders of the Google Universal Analytics Measurement Protocol v1 dialect.
pub mod ua;
///Typed hit builders of the Yandex Metrica Measurement Protocol dialect.
pub mod metrica;
/// GA4 limits and reserved names.
pub mod ga4;
/// Parameter tables of every dialect.
pub mod params;
pub use rt::*;
