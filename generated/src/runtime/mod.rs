//! The hand-written runtime: transport, errors and the wire building blocks the generated types
//! use. Nothing in this folder is generated.

pub mod client;
pub mod error;
pub mod finance;
pub mod method;
pub mod nullable;
pub mod paging;
pub mod roundtrip;
pub mod v4;
#[cfg(feature = "live")]
pub mod v4_workflows;
pub mod wire;
pub mod retry;
pub mod limiter;
pub mod units;
pub mod results;
pub mod paging_stream;
pub mod cli_call;
#[cfg(feature = "reports")]
pub mod reports;
#[cfg(feature = "measurement")]
pub mod measurement;

pub use client::{Client, ClientBuilder, Config, Response, ResponseMeta, Token, Units};
pub use error::{ApiError, DecodeError, Error, ErrorKind};
pub use finance::{FileCounter, FinanceCredentials, InMemoryCounter, OperationCounter};
pub use method::{Access, Api, MethodEntry, MethodInfo};
pub use nullable::Nullable;
pub use wire::{FlexNumber, Items, UnknownFields, Unrecognized};
pub use limiter::Limiter;
pub use results::{split_results, ItemResult, ResultList, SplitResults};
pub use retry::RetryPolicy;
pub use units::{UnitsSnapshot, UnitsTracker};
