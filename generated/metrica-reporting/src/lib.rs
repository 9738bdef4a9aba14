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
//!   refuse), turned into an endpoint's parameters ([`Query::data_params`]);
//! - [`endpoints`]: a generated parameters struct per endpoint ([`DataParams`],
//!   [`BytimeParams`], [`DrilldownParams`], [`ComparisonParams`], [`ComparisonDrilldownParams`])
//!   that renders to query pairs and parses back ([`EndpointParams`]), and the [`ENDPOINTS`]
//!   table ([`find_endpoint`]);
//! - [`responses`]: the generated answers ([`DataResponse`], [`BytimeResponse`],
//!   [`DrilldownResponse`], [`ComparisonResponse`], [`ComparisonDrilldownResponse`]) and the
//!   error body ([`ErrorResponse`] with the open enum [`ErrorType`]). Decoding and encoding
//!   again gives back the same JSON value: unknown keys are kept, `null` stays apart from
//!   absence, metrics stay the numbers sent ([`MetricValue`]); [`decode`] names where a fault is;
//! - [`client`] (feature `client`, on by default): [`MetricaReporting`], a method per endpoint
//!   over the runtime's Metrica transport, [`Pages`] of typed [`Row`]s up to `total_rows`, and
//!   the crate's [`Error`];
//! - `direct_costs` (feature `direct-costs`, off by default): Direct's cost per campaign and
//!   day joined to Metrica's `ym:ad:` visits, goal reaches and revenue.
//!
//! ```
//! use metrica_reporting::{decode, DataResponse};
//!
//! let body = br#"{"data": [{"dimensions": [{"name": "Yandex", "id": null}],
//!                 "metrics": [12, 0.5]}], "total_rows": 1, "new_key": true}"#;
//! let answer: DataResponse = decode(body).unwrap();
//! let row = &answer.data.as_ref().unwrap()[0];
//! assert_eq!(row.metrics.as_ref().unwrap()[1].as_f64(), Some(0.5));
//! assert!(row.dimensions.as_ref().unwrap()[0].id.is_null());
//! let again = serde_json::to_value(&answer).unwrap();
//! assert_eq!(again, serde_json::from_slice::<serde_json::Value>(body).unwrap());
//! ```
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
#[cfg(feature = "client")]
pub mod client;
#[cfg(feature = "direct-costs")]
pub mod direct_costs;
pub mod endpoint;
#[cfg(feature = "client")]
pub mod error;
pub mod filter;
pub mod lookup;
pub mod query;
pub mod roundtrip {
    //! The Metrica half of the `roundtrip` example (see [`crate::endpoint`]).
    pub use crate::endpoint::{answer_line, reencode_part};
}
pub mod schema;
pub mod wire;

pub use endpoint::find_endpoint;
pub use generated::endpoints::{
    BytimeParams, ComparisonDrilldownParams, ComparisonParams, DataParams, DrilldownParams,
    ENDPOINTS,
};
pub use generated::responses::{
    BytimeResponse, BytimeRow, ComparisonDrilldownResponse, ComparisonDrilldownRow,
    ComparisonResponse, ComparisonRow, DataResponse, DataRow, DimensionValue, DrilldownResponse,
    DrilldownRow, ErrorDetail, ErrorResponse, ErrorType, QueryEcho, SegmentMetrics,
};
pub use generated::{endpoints, responses};
pub use wire::{decode, DecodeError, Endpoint, EndpointParams, MetricValue, ParamError};
pub use yandex_direct_runtime::nullable::Nullable;

pub use filter::{Filter, FilterValue, Quantifier};
pub use generated::fields;
pub use lookup::{Field, UnknownField};
pub use query::{Query, QueryError};

#[cfg(feature = "client")]
pub use client::{MetricaReporting, Pages, Row};
#[cfg(feature = "client")]
pub use error::{ApiError, Error};
pub use schema::{
    AliasDef, FieldDef, FieldKind, MetricType, Operator, Placeholder, PlaceholderForm,
};

// The guide's Metrica page, present only when rustdoc collects doctests: its examples run
// against the fake Metrica server.
#[cfg(all(doctest, feature = "client"))]
#[doc = include_str!("../../../docs/metrica.md")]
pub struct MetricaGuide;

// The guide's page on costs joined to outcomes, present only when rustdoc collects doctests
// with the `direct-costs` feature: its worked example runs against the fake servers.
#[cfg(all(doctest, feature = "direct-costs"))]
#[doc = include_str!("../../../docs/costs-and-outcomes.md")]
pub struct CostsAndOutcomesGuide;
