// @generated from schema/direct_v5/shapes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/shapes.json`.
//!
//! Shapes that inherit fields from each other.
use ::yandex_direct::runtime as rt;
mod serde;
/// `ShapeBase` (`schema/direct_v5/shapes.json`).
///
/// Fields every shape has.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShapeBase {
    /// `Id`: `xsd:long` (required). The shape's id.
    pub id: i64,
    /// `Name`: `xsd:string` (optional).
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
/// `Polygon` (`schema/direct_v5/shapes.json`). Extends `ShapeBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Polygon {
    /// `Id`: `xsd:long` (required). The shape's id.
    pub id: i64,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `Corners`: `xsd:int` (required).
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
/// `Square` (`schema/direct_v5/shapes.json`). Extends `Polygon` -> `ShapeBase`, whose fields come first.
///
/// Two levels of `extends`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Square {
    /// `Id`: `xsd:long` (required). The shape's id.
    pub id: i64,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `Corners`: `xsd:int` (required).
    pub corners: i32,
    /// `Side`: `xsd:decimal` (optional).
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
/// `Labelled` (`schema/direct_v5/shapes.json`). Extends `common:Label`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Labelled {
    /// `Text`: `xsd:string` (required).
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
