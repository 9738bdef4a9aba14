// @generated from schema/ga4_data/v1test.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The types of Fixture API v1test (`schema/ga4_data/v1test.json`): one struct per schema, one open enum per inline enum.
use ::yandex_direct_runtime as rt;
mod serde;
/// Nothing at all.
///
/// Schema `Empty`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Empty {
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Schema `ListPartsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPartsResponse {
    /// JSON `nextPageToken`: string.
    pub next_page_token: ::core::option::Option<::std::string::String>,
    /// JSON `parts`: array of `Part`.
    pub parts: ::core::option::Option<::std::vec::Vec<Part>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A long-running operation.
///
/// Schema `Operation`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Operation {
    /// JSON `done`: boolean.
    pub done: ::core::option::Option<bool>,
    /// JSON `error`: `Status`.
    pub error: ::core::option::Option<Status>,
    /// JSON `metadata`: object of any.
    pub metadata: ::core::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Schema `Part`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Part {
    /// JSON `id`: uint64 (sent as a string of digits).
    pub id: ::core::option::Option<u64>,
    /// A part points back to a thing: a cycle through two types.
    ///
    /// JSON `owner`: `Thing`.
    pub owner: ::core::option::Option<Thing>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Schema `Status`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Status {
    /// JSON `code`: int32.
    pub code: ::core::option::Option<i32>,
    /// JSON `details`: array of objects of any.
    pub details: ::core::option::Option<
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    >,
    /// JSON `message`: string.
    pub message: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A thing; it may hold a smaller thing.
///
/// Schema `Thing`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Thing {
    /// JSON `colors`: array of `ThingColors`.
    pub colors: ::core::option::Option<::std::vec::Vec<ThingColors>>,
    /// How many, as a string.
    ///
    /// JSON `count`: int64 (sent as a string of digits).
    pub count: ::core::option::Option<i64>,
    /// JSON `createTime`: string, format `google-datetime`.
    pub create_time: ::core::option::Option<::std::string::String>,
    /// JSON `fresh`: boolean.
    pub fresh: ::core::option::Option<bool>,
    /// A thing inside.
    ///
    /// JSON `inner`: `Thing`.
    pub inner: ::core::option::Option<::std::boxed::Box<Thing>>,
    /// JSON `labels`: object of string.
    pub labels: ::core::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON `legacy`: string, deprecated.
    pub legacy: ::core::option::Option<::std::string::String>,
    /// Resource name.
    ///
    /// JSON `name`: string, read-only.
    pub name: ::core::option::Option<::std::string::String>,
    /// JSON `parts`: array of `Part`.
    pub parts: ::core::option::Option<::std::vec::Vec<Part>>,
    /// JSON `rank`: int32.
    pub rank: ::core::option::Option<i32>,
    /// JSON `ratio`: double.
    pub ratio: ::core::option::Option<rt::wire::Double>,
    /// JSON `serial`: uint64 (sent as a string of digits).
    pub serial: ::core::option::Option<u64>,
    /// JSON `sizes`: array of int64 (sent as a string of digits).
    pub sizes: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Its state.
    ///
    /// JSON `state`: `ThingState`.
    pub state: ::core::option::Option<ThingState>,
    /// JSON `tags`: array of string.
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A key that is a Rust keyword.
    ///
    /// JSON `type`: string.
    pub type_: ::core::option::Option<::std::string::String>,
    /// JSON `weight`: float.
    pub weight: ::core::option::Option<rt::wire::Double>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `Thing.colors`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThingColors {
    /// `COLOR_UNSPECIFIED`
    ColorUnspecified,
    /// Red.
    ///
    /// `RED`
    Red,
    /// Green.
    ///
    /// `GREEN`
    Green,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ThingColors {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::ColorUnspecified, Self::Red, Self::Green];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ColorUnspecified => "COLOR_UNSPECIFIED",
            Self::Red => "RED",
            Self::Green => "GREEN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "COLOR_UNSPECIFIED" => Self::ColorUnspecified,
            "RED" => Self::Red,
            "GREEN" => Self::Green,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ThingColors {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ThingColors {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The values of `Thing.state`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThingState {
    /// Never used.
    ///
    /// `STATE_UNSPECIFIED`
    StateUnspecified,
    /// Just made.
    ///
    /// `NEW`
    New,
    /// Kept a long time.
    ///
    /// `OLD`
    Old,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ThingState {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::StateUnspecified, Self::New, Self::Old];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StateUnspecified => "STATE_UNSPECIFIED",
            Self::New => "NEW",
            Self::Old => "OLD",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "STATE_UNSPECIFIED" => Self::StateUnspecified,
            "NEW" => Self::New,
            "OLD" => Self::Old,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ThingState {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ThingState {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
