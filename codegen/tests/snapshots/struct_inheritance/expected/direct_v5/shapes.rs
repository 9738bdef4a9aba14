// @generated from schema/direct_v5/shapes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/shapes.json`.
//!
//! Shapes that inherit fields from each other.
use ::yandex_direct::runtime as rt;
mod serde;
/// Fields every shape has.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShapeBase {
    /// The shape's id.
    pub id: i64,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ShapeBase {
    /// A `ShapeBase` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            name: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
}
/// Extended by `Square`. Extends `ShapeBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Polygon {
    /// The shape's id.
    pub id: i64,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Corners`.
    pub corners: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Polygon {
    /// A `Polygon` with its required fields (`Id`, `Corners`); the others start absent.
    pub fn new(id: i64, corners: i32) -> Self {
        Self {
            id,
            name: ::core::option::Option::None,
            corners,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
}
/// Two levels of `extends`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Square {
    /// The shape's id.
    pub id: i64,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Corners`.
    pub corners: i32,
    /// Optional. Sent as `Side`.
    pub side: ::core::option::Option<f64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Square {
    /// A `Square` with its required fields (`Id`, `Corners`); the others start absent.
    pub fn new(id: i64, corners: i32) -> Self {
        Self {
            id,
            name: ::core::option::Option::None,
            corners,
            side: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Side`.
    #[inline]
    #[must_use]
    pub fn with_side(mut self, value: f64) -> Self {
        self.side = ::core::option::Option::Some(value);
        self
    }
}
/// A type the services share (`schema/direct_v5/shapes.json`). Extends `common:Label`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Labelled {
    /// Required. Sent as `Text`.
    pub text: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Labelled {
    /// A `Labelled` with its required fields (`Text`); the others start absent.
    pub fn new(text: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            text: text.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
