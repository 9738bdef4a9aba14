//! Typed dimensions and metrics of the Yandex Metrica Reporting API (`/stat/v1/data`),
//! generated from its reference tables (`schema/metrica/fields.json`, imported by
//! `cargo run -p codegen -- import --from-metrica`).
//!
//! - [`fields`]: every dimension and metric (name, template parameters, filter operators,
//!   metric type, first date) and the older Direct spellings, as tables;
//! - [`Field`]: a name looked up in them; parametrised names resolve to their template with
//!   the values filled in, an unknown name gets a did-you-mean, and [`Field::unchecked`] takes
//!   a name the schema does not know yet;
//! - [`Filter`]: a typed filter expression rendered to the API's filter grammar;
//! - [`Query`]: a query checked before it is sent ([`QueryError`] says what the API would
//!   refuse).
//!
//! ```
//! use metrica_reporting::Field;
//!
//! let source = Field::parse("ym:s:lastsignTrafficSource").unwrap();
//! assert_eq!(source.template().unwrap().name, "ym:s:<attribution>TrafficSource");
//! assert_eq!(source.value("attribution"), Some("lastsign"));
//!
//! let goal = Field::parse("ym:s:goal123visits").unwrap();
//! assert_eq!(goal.value("goal_id"), Some("123"));
//!
//! let typo = Field::parse("ym:s:vists").unwrap_err();
//! assert_eq!(typo.suggestions, ["ym:s:visits"]);
//! ```
#![warn(missing_docs)]

// Formatted by prettyplease when generated.
#[rustfmt::skip]
mod generated;
pub mod filter;
pub mod lookup;
pub mod query;
pub mod schema;

pub use filter::{Filter, FilterValue, Quantifier};
pub use generated::fields;
pub use lookup::{Field, UnknownField};
pub use query::{Query, QueryError};
pub use schema::{
    AliasDef, FieldDef, FieldKind, MetricType, Operator, Placeholder, PlaceholderForm,
};
