// The README is the crate's documentation: its Rust blocks are doctests. One of them sends
// hits, so they are tested where the `measurement` feature is on (`cargo test --workspace`
// turns it on); `cargo test -p yandex-direct` alone, without it, leaves them out rather than
// failing on an import.
#![cfg_attr(any(not(doctest), feature = "measurement"), doc = include_str!("../../README.md"))]
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
pub use runtime::results::{warnings, ItemFailure, SplitResults};
pub use runtime::{split_results, ItemResult, Limiter, RetryPolicy};
pub use runtime::{AllPages, Pages, ResponseMeta, Units};
pub use runtime::{ApiError, Client, ClientBuilder, Error, ErrorKind, Nullable, Response};
