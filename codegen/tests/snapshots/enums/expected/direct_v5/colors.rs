// @generated from schema/direct_v5/colors.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/colors.json`.
use ::yandex_direct::runtime as rt;
mod serde;
/// A color; unknown values are kept.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColorEnum {
    /// Sent as `RED`.
    Red,
    /// Sent as `DARK_GREEN`.
    DarkGreen,
    /// Sent as `SELF`.
    Self_,
    /// Sent as `TYPE`.
    Type,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ColorEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Red,
        Self::DarkGreen,
        Self::Self_,
        Self::Type,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "RED",
            Self::DarkGreen => "DARK_GREEN",
            Self::Self_ => "SELF",
            Self::Type => "TYPE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RED" => Self::Red,
            "DARK_GREEN" => Self::DarkGreen,
            "SELF" => Self::Self_,
            "TYPE" => Self::Type,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ColorEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ColorEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `Paint::glossy`.
///
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
/// A type the services share (`schema/direct_v5/colors.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Paint {
    /// Required. Sent as `Color`.
    pub color: ColorEnum,
    /// Optional. Sent as `Glossy`.
    pub glossy: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `Mix`.
    pub mix: ::core::option::Option<::std::vec::Vec<ColorEnum>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Paint {
    /// A `Paint` with its required fields (`Color`); the others start absent.
    pub fn new(color: ColorEnum) -> Self {
        Self {
            color,
            glossy: ::core::option::Option::None,
            mix: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Glossy`.
    #[inline]
    #[must_use]
    pub fn with_glossy(mut self, value: YesNoEnum) -> Self {
        self.glossy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Mix`.
    #[inline]
    #[must_use]
    pub fn with_mix(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ColorEnum>,
        >,
    ) -> Self {
        self.mix = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
