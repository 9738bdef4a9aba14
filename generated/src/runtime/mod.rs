//! The hand-written runtime: transport, errors and the wire building blocks the generated types
//! use. Nothing in this folder is generated.

pub mod client;
pub mod error;
pub mod method;
pub mod nullable;
pub mod wire;

pub use client::{Client, ClientBuilder, Config, Response, ResponseMeta, Token, Units};
pub use error::{ApiError, DecodeError, Error, ErrorKind};
pub use method::{Access, Api, MethodEntry, MethodInfo};
pub use nullable::Nullable;
pub use wire::{Items, UnknownFields, Unrecognized};
