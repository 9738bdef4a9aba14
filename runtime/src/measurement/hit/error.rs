//! Why a hit cannot be built, encoded or sent.

use crate::measurement::spec::HitType;

/// Why a hit cannot be built, encoded or sent. Every variant names the parameter concerned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HitError {
    /// The dialect has no such parameter.
    #[error("parameter `{param}`: unknown in the {dialect} dialect")]
    UnknownParameter {
        /// The name.
        param: String,
        /// `ua` or `metrica`.
        dialect: &'static str,
    },
    /// The value is not of the parameter's type.
    #[error("parameter `{param}`: expected {expected}, got {got}")]
    WrongType {
        /// The name.
        param: String,
        /// Expected type name.
        expected: &'static str,
        /// What came.
        got: String,
    },
    /// An index placeholder is out of its range.
    #[error("parameter `{param}`: index <{index_name}> = {value} is outside {min}..={max}")]
    IndexOutOfRange {
        /// The name.
        param: String,
        /// Placeholder name.
        index_name: &'static str,
        /// The index.
        value: u32,
        /// Smallest allowed.
        min: u16,
        /// Largest allowed.
        max: u16,
    },
    /// The parameter is not sent with this hit type.
    #[error("parameter `{param}`: not allowed with hit type `{hit_type}`")]
    NotForHitType {
        /// The name.
        param: String,
        /// The hit type.
        hit_type: HitType,
    },
    /// The hit type is not accepted by the dialect.
    #[error("parameter `t`: hit type `{hit_type}` is not accepted by the {dialect} dialect")]
    HitTypeNotAccepted {
        /// The value of `t`.
        hit_type: String,
        /// `ua` or `metrica`.
        dialect: &'static str,
    },
    /// A required parameter is missing.
    #[error("parameter `{param}`: required{context}")]
    Missing {
        /// The name, or alternatives (`dl` or `dh`+`dp`).
        param: String,
        /// ` for pageview hits`, ...
        context: String,
    },
    /// The value breaks a rule of the parameter (enumeration, minimum, JSON).
    #[error("parameter `{param}`: {message}")]
    InvalidValue {
        /// The name.
        param: String,
        /// What is wrong.
        message: String,
    },
    /// A text value is longer than its byte limit (strict mode).
    #[error("parameter `{param}`: {bytes} bytes, the limit is {max} bytes")]
    TooLong {
        /// The name.
        param: String,
        /// Actual UTF-8 length.
        bytes: usize,
        /// The limit.
        max: u32,
    },
    /// The encoded hit is larger than the transport allows.
    #[error("parameter `*`: the encoded hit is {bytes} bytes, the limit is {max} bytes ({what})")]
    PayloadTooLarge {
        /// Encoded size.
        bytes: usize,
        /// The limit.
        max: usize,
        /// Which limit.
        what: &'static str,
    },
    /// The hit waited too long to be sent (`qt` / `et` bound).
    #[error("parameter `{param}`: the hit is {age_ms} ms old, the collector drops hits older than {max_ms} ms")]
    TooOld {
        /// `qt` or `et`.
        param: &'static str,
        /// Age in milliseconds.
        age_ms: u64,
        /// The bound.
        max_ms: u64,
    },
}

impl HitError {
    /// The parameter the error is about (`*` for the whole hit).
    pub fn param(&self) -> &str {
        match self {
            HitError::UnknownParameter { param, .. }
            | HitError::WrongType { param, .. }
            | HitError::IndexOutOfRange { param, .. }
            | HitError::NotForHitType { param, .. }
            | HitError::Missing { param, .. }
            | HitError::InvalidValue { param, .. }
            | HitError::TooLong { param, .. } => param,
            HitError::HitTypeNotAccepted { .. } => "t",
            HitError::PayloadTooLarge { .. } => "*",
            HitError::TooOld { param, .. } => param,
        }
    }
}
