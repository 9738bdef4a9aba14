//! The hand-written runtime: transport, errors and the wire building blocks the generated types
//! use. Nothing in this folder is generated.

pub mod cli_call;
pub mod client;
pub mod error;
pub mod finance;
pub mod limiter;
#[cfg(feature = "measurement")]
pub mod measurement;
pub mod method;
pub mod nullable;
pub mod paging;
pub mod paging_stream;
#[cfg(feature = "reports")]
pub mod reports;
pub mod results;
pub mod retry;
pub mod roundtrip;
pub mod units;
pub mod v4;
#[cfg(feature = "live")]
pub mod v4_workflows;
pub mod wire;

pub use client::{Client, ClientBuilder, Config, Response, ResponseMeta, Token, Units};
pub use error::{ApiError, DecodeError, Error, ErrorKind};
pub use finance::{FileCounter, FinanceCredentials, InMemoryCounter, OperationCounter};
pub use limiter::Limiter;
pub use method::{Access, Api, MethodEntry, MethodInfo};
pub use nullable::Nullable;
pub use results::{split_results, ItemResult, ResultList, SplitResults};
pub use retry::RetryPolicy;
pub use units::{UnitsSnapshot, UnitsTracker};
pub use wire::{FlexNumber, Items, UnknownFields, Unrecognized};
