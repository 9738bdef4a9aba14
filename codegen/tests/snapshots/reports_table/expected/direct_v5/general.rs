// @generated from schema/direct_v5/general.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/general.json`.
use ::yandex_direct::runtime as rt;
mod serde;
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YesNoEnum {
    /// Sent as `YES`.
    Yes,
    /// Sent as `NO`.
    No,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl YesNoEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Yes, Self::No];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "YES",
            Self::No => "NO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "YES" => Self::Yes,
            "NO" => Self::No,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for YesNoEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for YesNoEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
