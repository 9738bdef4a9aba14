// @generated from schema/direct_v5/lists.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/lists.json`.
use ::yandex_direct::runtime as rt;
mod serde;
/// Used in `Catalog::names`. A list, sent as `{"Items": [...]}`.
pub type ArrayOfString = rt::Items<::std::string::String>;
/// Entries, wrapped.
pub type ArrayOfEntry = rt::Items<Entry>;
/// Used in `ArrayOfEntry`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Entry {
    /// Required. Sent as `Code`.
    pub code: ::std::string::String,
    /// Optional. Sent as `Value`.
    pub value: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Entry {
    /// A `Entry` with its required fields (`Code`); the others start absent.
    pub fn new(code: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            code: code.into(),
            value: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Value`.
    #[inline]
    #[must_use]
    pub fn with_value(mut self, value: i64) -> Self {
        self.value = ::core::option::Option::Some(value);
        self
    }
}
/// A type the services share (`schema/direct_v5/lists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Catalog {
    /// Required. Sent as `Names`.
    pub names: ArrayOfString,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Entries`.
    pub entries: rt::Nullable<ArrayOfEntry>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Catalog {
    /// A `Catalog` with its required fields (`Names`); the others start absent.
    pub fn new(names: ArrayOfString) -> Self {
        Self {
            names,
            entries: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Entries`.
    #[inline]
    #[must_use]
    pub fn with_entries(mut self, value: ArrayOfEntry) -> Self {
        self.entries = rt::Nullable::Value(value);
        self
    }
}
