// The crate's README is its documentation: its Rust blocks are doctests. One of them sends
// hits, so they are tested where the `measurement` feature is on (`cargo test --workspace`
// turns it on); `cargo test -p yandex-direct` alone, without it, leaves them out rather than
// failing on an import. The project's README and the guide (`docs/`) are compiled as doctests
// the same way, in the module `guide` below.
#![cfg_attr(any(not(doctest), feature = "measurement"), doc = include_str!("../README.md"))]
#![warn(missing_docs)]

/// The runtime: transport, errors, retries, limits, units, paging, wire building blocks.
pub use yandex_direct_runtime as runtime;

// Formatted by prettyplease when generated; `cargo fmt` leaves it as the generator wrote it.
#[rustfmt::skip]
mod generated;

mod extensions;

pub use extensions::lookup::{find_method, find_retired};
#[cfg(feature = "live")]
pub use extensions::v4_workflows;
pub use generated::direct_v4;
pub use generated::direct_v5;

/// Typed dates (feature `time`): [`dates::Date`] (`YYYY-MM-DD`) and [`dates::DateTime`]
/// (`YYYY-MM-DDTHH:MM:SSZ`), which convert into the strings every generated setter takes.
///
/// ```
/// # #[cfg(feature = "campaigns")]
/// # fn main() -> Result<(), yandex_direct::dates::DateError> {
/// use yandex_direct::dates::Date;
/// use yandex_direct::direct_v5::campaigns::CampaignAddItem;
///
/// let item = CampaignAddItem::new("Spring", Date::parse("2030-01-01")?);
/// assert_eq!(item.start_date, "2030-01-01");
/// # Ok(())
/// # }
/// # #[cfg(not(feature = "campaigns"))]
/// # fn main() {}
/// ```
#[cfg(feature = "time")]
pub use yandex_direct_runtime::dates;

/// The traits that put each service on the `Client` (`client.campaigns()`, `client.live()`).
pub mod prelude {
    pub use crate::direct_v4::DirectV4Services as _;
    pub use crate::direct_v5::DirectV5Services as _;
}

/// Measurement Protocol (Universal Analytics, Yandex Metrica, GA4): the generated typed hit
/// builders and tables, the runtime's encoder and sender, and the tables by dialect.
///
/// ```no_run
/// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
/// use yandex_direct::measurement::{sender_config, ua, Dialect, Outgoing, Sender};
///
/// let hit = ua::Pageview::new("UA-1-1", "555", "https://example.com/a")
///     .document_title("Home")
///     .build()?;
/// let mut sender = Sender::new(sender_config(Dialect::Ua))?;
/// let report = sender.send(vec![(1, Outgoing::Hit(hit))]).await;
/// assert!(report.all_accepted());
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "measurement")]
pub mod measurement {
    pub use crate::extensions::measurement::{
        line_sender_config, parse_line, sender_config, spec, validate_ga4, TABLES,
    };
    pub use crate::generated::measurement::*;
    pub use crate::runtime::measurement::*;
}
// The project's README, the guide's pages and the runtime's README, present only when rustdoc
// collects doctests, so that every Rust block a reader sees is compiled (and the `no_run` ones
// type-checked). Pages with a Measurement Protocol example need the `measurement` feature.
#[cfg(doctest)]
mod guide {
    #[cfg(feature = "measurement")]
    #[doc = include_str!("../../README.md")]
    pub struct ProjectReadme;
    #[doc = include_str!("../../docs/getting-started.md")]
    pub struct GettingStarted;
    #[doc = include_str!("../../docs/client.md")]
    pub struct Client;
    #[doc = include_str!("../../docs/paging.md")]
    pub struct Paging;
    #[cfg(feature = "reports")]
    #[doc = include_str!("../../docs/reports.md")]
    pub struct Reports;
    #[doc = include_str!("../../docs/v4.md")]
    pub struct V4;
    #[cfg(feature = "measurement")]
    #[doc = include_str!("../../docs/measurement.md")]
    pub struct Measurement;
    #[doc = include_str!("../../docs/mirror.md")]
    pub struct Mirror;
    #[doc = include_str!("../../docs/fake-server.md")]
    pub struct FakeServer;
    #[doc = include_str!("../../docs/regenerating.md")]
    pub struct Regenerating;
    #[doc = include_str!("../../docs/cli.md")]
    pub struct Cli;
    #[doc = include_str!("../../docs/robustness.md")]
    pub struct Robustness;
    #[cfg(feature = "reports")]
    #[doc = include_str!("../../runtime/README.md")]
    pub struct RuntimeReadme;
}

pub use runtime::results::{warnings, ItemFailure, SplitResults};
pub use runtime::{split_results, ItemResult, Limiter, RetryPolicy};
pub use runtime::{AllPages, Pages, ResponseMeta, Units};
pub use runtime::{ApiError, Client, ClientBuilder, Error, ErrorKind, Nullable, Response};
