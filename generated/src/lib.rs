//! Typed bindings for the Yandex Direct API (v5 JSON) and the Measurement Protocol.
//!
//! The types under [`direct_v5`] are generated from the official WSDL by the `codegen` package
//! of this repository; [`runtime`] is the hand-written transport they use.
//!
//! ```no_run
//! # async fn example() -> Result<(), yandex_direct::Error> {
//! use yandex_direct::direct_v5::campaigns::{CampaignFieldEnum, CampaignsSelectionCriteria, GetRequest};
//!
//! let client = yandex_direct::Client::builder("oauth-token").client_login("advertiser").build()?;
//! let request = GetRequest::new(vec![CampaignFieldEnum::Id, CampaignFieldEnum::Name])
//!     .with_selection_criteria(CampaignsSelectionCriteria::new().with_ids(vec![123, 456]));
//! let response = client.campaigns().get(request).await?;
//! for campaign in response.campaigns.iter().flatten() {
//!     println!("{:?} {:?}", campaign.id, campaign.name);
//! }
//! println!("units left: {:?}", response.meta.units.map(|u| u.rest));
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

pub mod runtime;

// Formatted by prettyplease when generated; `cargo fmt` leaves it as the generator wrote it.
#[rustfmt::skip]
mod generated;

pub use generated::direct_v4;
pub use generated::direct_v5;
#[cfg(feature = "measurement")]
pub use generated::measurement;
pub use runtime::{split_results, ItemResult, Limiter, RetryPolicy};
pub use runtime::{ApiError, Client, ClientBuilder, Error, ErrorKind, Nullable, Response};
