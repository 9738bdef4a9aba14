//! Typed bindings of the Google Analytics Data API (GA4), generated from its Discovery document
//! (`schema/ga4_data/`, imported by `cargo run -p codegen -- import --from-discovery`).
//!
//! - [`types`]: every schema of the document as a struct (every field optional, unknown keys
//!   and explicit `null`s kept so that decoding and encoding again gives back the same JSON),
//!   every inline enum as an open enum (an unknown value is kept and sent back);
//! - [`methods`]: every method as a unit struct implementing [`Method`] (name, HTTP method, path
//!   template, quota category, request and response types) with its parameters struct;
//! - [`find_method`], [`find_schema`]: the same by name, for tools;
//! - [`roundtrip`]: decode and re-encode JSON lines by method name.
//!
//! - [`client`]: the typed client ([`Ga4Client`]) over the runtime's Google transport and quota
//!   governor, requests checked before sending ([`check`]; names against the property's
//!   cached `getMetadata` with [`names`]), `runReport` paged into typed rows.
//!
//! ```
//! use ga4_data::methods::{RunReport, RunReportParams};
//! use ga4_data::types::{DateRange, Metric, RunReportRequest};
//! use ga4_data::Method;
//!
//! let params = RunReportParams { property: "properties/1234".into() };
//! assert_eq!(RunReport::path(&params).unwrap(), "v1beta/properties/1234:runReport");
//! let request = RunReportRequest {
//!     date_ranges: Some(vec![DateRange {
//!         start_date: Some("7daysAgo".into()),
//!         end_date: Some("today".into()),
//!         ..Default::default()
//!     }]),
//!     metrics: Some(vec![Metric { name: Some("activeUsers".into()), ..Default::default() }]),
//!     limit: Some(10_000),
//!     ..Default::default()
//! };
//! let body = serde_json::to_value(&request).unwrap();
//! assert_eq!(body["limit"], "10000"); // int64 travels as a string
//! ```
#![warn(missing_docs)]

pub mod check;
pub mod client;
pub mod error;
pub mod lookup;
pub mod method;
pub mod names;
pub mod roundtrip;

/// The wire-format building blocks of the generated types: the runtime's own `wire` module.
pub use yandex_direct_runtime::wire;

// Formatted by prettyplease when generated; the descriptions are Google's text as published,
// with its bare URLs and brackets.
#[rustfmt::skip]
#[allow(rustdoc::bare_urls, rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]
mod generated;

pub use client::{Ga4Client, PropertyId, RequestCheckError};
pub use generated::v1beta;
pub use generated::v1beta::{methods, types, BASE_URL, SCHEMAS};
pub use lookup::{find_method, find_schema};
pub use method::{HttpMethod, Method, MethodEntry, NoBody, QuotaCategory, SchemaEntry};
pub use wire::{Double, Unrecognized};

// The guide's GA4 page, present only when rustdoc collects doctests: its example is compiled.
#[cfg(doctest)]
#[doc = include_str!("../../../docs/ga4.md")]
pub struct Ga4Guide;
