// @generated from schema/direct_v5/common.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/common.json`.
use ::yandex_direct::runtime as rt;
mod serde;
/// Extended by `shapes::Labelled`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Label {
    /// Required. Sent as `Text`.
    pub text: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Label {
    /// A `Label` with its required fields (`Text`); the others start absent.
    pub fn new(text: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            text: text.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
