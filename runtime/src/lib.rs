//! The runtime of the `yandex-direct` bindings: transport, authentication, agency headers,
//! limits, retries, units, typed errors, paging, the v4 Live envelope and finance tokens, the
//! Reports transport and reader, and the Measurement Protocol encoder and sender. One quota
//! [`governor`] serves every API; the Google REST protocol (`google`: the GA4 Data API, its
//! service-account auth) is behind the `google` feature, the Yandex Metrica Reporting API's
//! transport (`metrica`: OAuth, typed errors, its limits) behind `metrica`.
//!
//! It knows no generated type. Generated code depends on it and implements its traits: a
//! method's [`MethodInfo`] names its request and response types, [`ItemResult`] splits
//! per-item results, `reports::ReportRequest` is a report definition, and the Measurement
//! Protocol tables are data (`measurement::DialectSpec`, `measurement::Ga4Rules`) handed to
//! the hit builders and the sender. Users depend on `yandex-direct`, which re-exports this crate
//! as its `runtime` module.

#![warn(missing_docs)]

pub mod client;
#[cfg(feature = "time")]
pub mod dates;
pub mod error;
pub mod finance;
#[cfg(feature = "google")]
pub mod google;
pub mod governor;
pub mod limiter;
#[cfg(feature = "measurement")]
pub mod measurement;
pub mod method;
#[cfg(feature = "metrica")]
pub mod metrica;
pub mod nullable;
pub mod paging;
pub mod paging_stream;
#[cfg(feature = "reports")]
pub mod reports;
pub mod results;
pub mod retry;
pub mod roundtrip;
pub mod suggest;
mod transport;
pub mod units;
pub mod v4;
pub mod wire;

/// The HTTP client crate, for `ClientBuilder::http_client` (the same version the runtime uses).
pub use reqwest;

pub use client::{BodyLimits, Client, ClientBuilder, Config, Response, ResponseMeta, Token};
pub use error::{ApiError, BodyTooLarge, DecodeError, Error, ErrorKind};
pub use finance::{
    FileCounter, FinanceCredentials, FinanceOperation, InMemoryCounter, OperationCounter,
};
pub use governor::{Governor, QuotaError, QuotaKey, QuotaPolicy};
pub use limiter::Limiter;
pub use method::{Access, Api, Method, MethodEntry, MethodInfo, RetiredMethod, Successor};
pub use nullable::Nullable;
pub use paging_stream::{AllPages, Pages};
pub use results::{split_results, ItemResult, ResultList, SplitResults};
pub use retry::RetryPolicy;
pub use units::{Units, UnitsSnapshot, UnitsTracker};
pub use wire::{FlexNumber, Items, UnknownFields, Unrecognized};
