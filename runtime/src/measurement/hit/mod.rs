//! A hit: an ordered list of typed parameters, built by the generated builders or from JSON.
//!
//! [`Hit`] and its entries live in `entries`, the error in `error`, JSON input in `json`, the
//! builder the generated code wraps in `builder`, collection entries in `group`, and the
//! dialect's requirements in `validate`.

mod builder;
mod entries;
mod error;
mod group;
mod json;
mod validate;

pub(crate) use entries::GroupBlock;
pub(crate) use group::GroupParam;

pub use builder::HitBuilder;
pub use entries::{Hit, Param};
pub use error::HitError;
pub use group::{Group, GroupSpec};
pub use json::OrderedParams;
pub use validate::validate;

#[cfg(test)]
mod tests;
