// @generated from schema/direct_v5/creatives.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Creatives service: `POST /json/v5/creatives`.
//!
//! Generated from `schema/direct_v5/creatives.json` (upstream `creatives.xml`, sha256 `8b5750e840ef707e6b501e3b34044f6d1f6c3e602709fb30df9b352e4e3e3094`).
use crate::runtime as rt;
/// `Creatives.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Creatives",
    endpoint: "creatives",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `Creatives.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Creatives",
    endpoint: "creatives",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
];
/// The Creatives service (`POST /json/v5/creatives`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct CreativesService<'a> {
    client: &'a rt::Client,
}
impl<'a> CreativesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Creatives.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `Creatives.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
}
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self.page.get_or_insert_with(<super::general::LimitOffset>::default).offset = ::core::option::Option::Some(
            offset,
        );
    }
}
impl rt::paging::PagedResponse for GetResponse {
    type Item = CreativeGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<CreativeGetItem> {
        self.creatives.unwrap_or_default()
    }
}
/// `CreativeTypeEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreativeTypeEnum {
    /// `IMAGE_CREATIVE`
    ImageCreative,
    /// `HTML5_CREATIVE`
    Html5Creative,
    /// `VIDEO_EXTENSION_CREATIVE`
    VideoExtensionCreative,
    /// `CPC_VIDEO_CREATIVE`
    CpcVideoCreative,
    /// `CPM_VIDEO_CREATIVE`
    CpmVideoCreative,
    /// `SMART_CREATIVE`
    SmartCreative,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CreativeTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ImageCreative,
        Self::Html5Creative,
        Self::VideoExtensionCreative,
        Self::CpcVideoCreative,
        Self::CpmVideoCreative,
        Self::SmartCreative,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageCreative => "IMAGE_CREATIVE",
            Self::Html5Creative => "HTML5_CREATIVE",
            Self::VideoExtensionCreative => "VIDEO_EXTENSION_CREATIVE",
            Self::CpcVideoCreative => "CPC_VIDEO_CREATIVE",
            Self::CpmVideoCreative => "CPM_VIDEO_CREATIVE",
            Self::SmartCreative => "SMART_CREATIVE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "IMAGE_CREATIVE" => Self::ImageCreative,
            "HTML5_CREATIVE" => Self::Html5Creative,
            "VIDEO_EXTENSION_CREATIVE" => Self::VideoExtensionCreative,
            "CPC_VIDEO_CREATIVE" => Self::CpcVideoCreative,
            "CPM_VIDEO_CREATIVE" => Self::CpmVideoCreative,
            "SMART_CREATIVE" => Self::SmartCreative,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CreativeTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CreativeTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for CreativeTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CreativeTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CreativeFieldEnum`: one of 9 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreativeFieldEnum {
    /// `Id`
    Id,
    /// `Type`
    Type,
    /// `Name`
    Name,
    /// `PreviewUrl`
    PreviewUrl,
    /// `Width`
    Width,
    /// `Height`
    Height,
    /// `ThumbnailUrl`
    ThumbnailUrl,
    /// `Associated`
    Associated,
    /// `IsAdaptive`
    IsAdaptive,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CreativeFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Type,
        Self::Name,
        Self::PreviewUrl,
        Self::Width,
        Self::Height,
        Self::ThumbnailUrl,
        Self::Associated,
        Self::IsAdaptive,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Type => "Type",
            Self::Name => "Name",
            Self::PreviewUrl => "PreviewUrl",
            Self::Width => "Width",
            Self::Height => "Height",
            Self::ThumbnailUrl => "ThumbnailUrl",
            Self::Associated => "Associated",
            Self::IsAdaptive => "IsAdaptive",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Type" => Self::Type,
            "Name" => Self::Name,
            "PreviewUrl" => Self::PreviewUrl,
            "Width" => Self::Width,
            "Height" => Self::Height,
            "ThumbnailUrl" => Self::ThumbnailUrl,
            "Associated" => Self::Associated,
            "IsAdaptive" => Self::IsAdaptive,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CreativeFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CreativeFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for CreativeFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CreativeFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `BusinessTypeEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BusinessTypeEnum {
    /// `RETAIL`
    Retail,
    /// `HOTELS`
    Hotels,
    /// `REALTY`
    Realty,
    /// `AUTOMOBILES`
    Automobiles,
    /// `FLIGHTS`
    Flights,
    /// `CLOTHES`
    Clothes,
    /// `OTHER`
    Other,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BusinessTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Retail,
        Self::Hotels,
        Self::Realty,
        Self::Automobiles,
        Self::Flights,
        Self::Clothes,
        Self::Other,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retail => "RETAIL",
            Self::Hotels => "HOTELS",
            Self::Realty => "REALTY",
            Self::Automobiles => "AUTOMOBILES",
            Self::Flights => "FLIGHTS",
            Self::Clothes => "CLOTHES",
            Self::Other => "OTHER",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RETAIL" => Self::Retail,
            "HOTELS" => Self::Hotels,
            "REALTY" => Self::Realty,
            "AUTOMOBILES" => Self::Automobiles,
            "FLIGHTS" => Self::Flights,
            "CLOTHES" => Self::Clothes,
            "OTHER" => Self::Other,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BusinessTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BusinessTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for BusinessTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BusinessTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `VideoExtensionCreativeFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoExtensionCreativeFieldEnum {
    /// `Duration`
    Duration,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl VideoExtensionCreativeFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Duration];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duration => "Duration",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Duration" => Self::Duration,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for VideoExtensionCreativeFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for VideoExtensionCreativeFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for VideoExtensionCreativeFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionCreativeFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CpcVideoCreativeFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpcVideoCreativeFieldEnum {
    /// `Duration`
    Duration,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpcVideoCreativeFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Duration];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duration => "Duration",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Duration" => Self::Duration,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpcVideoCreativeFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpcVideoCreativeFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for CpcVideoCreativeFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoCreativeFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CpmVideoCreativeFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmVideoCreativeFieldEnum {
    /// `Duration`
    Duration,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmVideoCreativeFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Duration];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duration => "Duration",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Duration" => Self::Duration,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmVideoCreativeFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmVideoCreativeFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for CpmVideoCreativeFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoCreativeFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SmartCreativeFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCreativeFieldEnum {
    /// `CreativeGroupId`
    CreativeGroupId,
    /// `CreativeGroupName`
    CreativeGroupName,
    /// `BusinessType`
    BusinessType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartCreativeFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CreativeGroupId,
        Self::CreativeGroupName,
        Self::BusinessType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreativeGroupId => "CreativeGroupId",
            Self::CreativeGroupName => "CreativeGroupName",
            Self::BusinessType => "BusinessType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CreativeGroupId" => Self::CreativeGroupId,
            "CreativeGroupName" => Self::CreativeGroupName,
            "BusinessType" => Self::BusinessType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartCreativeFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartCreativeFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SmartCreativeFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCreativeFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CreativesSelectionCriteria` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreativesSelectionCriteria {
    /// `Types`: array of `CreativeTypeEnum` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<CreativeTypeEnum>>,
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CreativesSelectionCriteria {
    /// An empty `CreativesSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            types: ::core::option::Option::None,
            ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(mut self, value: ::std::vec::Vec<CreativeTypeEnum>) -> Self {
        self.types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Ids`.
    #[inline]
    #[must_use]
    pub fn with_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CreativesSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreativesSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreativesSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreativesSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreativesSelectionCriteria, A::Error> {
                let mut types = ::core::option::Option::None;
                let mut ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreativesSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreativesSelectionCriteria {
                    types,
                    ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CreativeGetItem` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreativeGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Type`: `CreativeTypeEnum` (optional).
    pub type_: ::core::option::Option<CreativeTypeEnum>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `PreviewUrl`: `xsd:string` (optional).
    pub preview_url: ::core::option::Option<::std::string::String>,
    /// `Width`: `xsd:int` (optional).
    pub width: ::core::option::Option<i32>,
    /// `Height`: `xsd:int` (optional).
    pub height: ::core::option::Option<i32>,
    /// `ThumbnailUrl`: `xsd:string` (optional).
    pub thumbnail_url: ::core::option::Option<::std::string::String>,
    /// `Associated`: `general:YesNoEnum` (optional).
    pub associated: ::core::option::Option<super::general::YesNoEnum>,
    /// `IsAdaptive`: `general:YesNoEnum` (optional).
    pub is_adaptive: ::core::option::Option<super::general::YesNoEnum>,
    /// `VideoExtensionCreative`: `VideoExtensionCreativeGet` (optional).
    pub video_extension_creative: ::core::option::Option<VideoExtensionCreativeGet>,
    /// `CpcVideoCreative`: `CpcVideoCreativeGet` (optional).
    pub cpc_video_creative: ::core::option::Option<CpcVideoCreativeGet>,
    /// `CpmVideoCreative`: `CpmVideoCreativeGet` (optional).
    pub cpm_video_creative: ::core::option::Option<CpmVideoCreativeGet>,
    /// `SmartCreative`: `SmartCreativeGet` (optional).
    pub smart_creative: ::core::option::Option<SmartCreativeGet>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CreativeGetItem {
    /// An empty `CreativeGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            name: ::core::option::Option::None,
            preview_url: ::core::option::Option::None,
            width: ::core::option::Option::None,
            height: ::core::option::Option::None,
            thumbnail_url: ::core::option::Option::None,
            associated: ::core::option::Option::None,
            is_adaptive: ::core::option::Option::None,
            video_extension_creative: ::core::option::Option::None,
            cpc_video_creative: ::core::option::Option::None,
            cpm_video_creative: ::core::option::Option::None,
            smart_creative: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: CreativeTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PreviewUrl`.
    #[inline]
    #[must_use]
    pub fn with_preview_url(mut self, value: ::std::string::String) -> Self {
        self.preview_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Width`.
    #[inline]
    #[must_use]
    pub fn with_width(mut self, value: i32) -> Self {
        self.width = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Height`.
    #[inline]
    #[must_use]
    pub fn with_height(mut self, value: i32) -> Self {
        self.height = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ThumbnailUrl`.
    #[inline]
    #[must_use]
    pub fn with_thumbnail_url(mut self, value: ::std::string::String) -> Self {
        self.thumbnail_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Associated`.
    #[inline]
    #[must_use]
    pub fn with_associated(mut self, value: super::general::YesNoEnum) -> Self {
        self.associated = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IsAdaptive`.
    #[inline]
    #[must_use]
    pub fn with_is_adaptive(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_adaptive = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoExtensionCreative`.
    #[inline]
    #[must_use]
    pub fn with_video_extension_creative(
        mut self,
        value: VideoExtensionCreativeGet,
    ) -> Self {
        self.video_extension_creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpcVideoCreative`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_creative(mut self, value: CpcVideoCreativeGet) -> Self {
        self.cpc_video_creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoCreative`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_creative(mut self, value: CpmVideoCreativeGet) -> Self {
        self.cpm_video_creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartCreative`.
    #[inline]
    #[must_use]
    pub fn with_smart_creative(mut self, value: SmartCreativeGet) -> Self {
        self.smart_creative = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CreativeGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.preview_url {
            map.serialize_entry("PreviewUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.width {
            map.serialize_entry("Width", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.height {
            map.serialize_entry("Height", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.thumbnail_url {
            map.serialize_entry("ThumbnailUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.associated {
            map.serialize_entry("Associated", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.is_adaptive {
            map.serialize_entry("IsAdaptive", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension_creative {
            map.serialize_entry("VideoExtensionCreative", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_creative {
            map.serialize_entry("CpcVideoCreative", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_creative {
            map.serialize_entry("CpmVideoCreative", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_creative {
            map.serialize_entry("SmartCreative", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreativeGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreativeGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreativeGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreativeGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut width = ::core::option::Option::None;
                let mut height = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut associated = ::core::option::Option::None;
                let mut is_adaptive = ::core::option::Option::None;
                let mut video_extension_creative = ::core::option::Option::None;
                let mut cpc_video_creative = ::core::option::Option::None;
                let mut cpm_video_creative = ::core::option::Option::None;
                let mut smart_creative = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "PreviewUrl" => {
                            preview_url = rt::wire::optional_value(
                                &mut map,
                                "PreviewUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Width" => {
                            width = rt::wire::optional_value(
                                &mut map,
                                "Width",
                                &mut unknown_fields,
                            )?;
                        }
                        "Height" => {
                            height = rt::wire::optional_value(
                                &mut map,
                                "Height",
                                &mut unknown_fields,
                            )?;
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = rt::wire::optional_value(
                                &mut map,
                                "ThumbnailUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Associated" => {
                            associated = rt::wire::optional_value(
                                &mut map,
                                "Associated",
                                &mut unknown_fields,
                            )?;
                        }
                        "IsAdaptive" => {
                            is_adaptive = rt::wire::optional_value(
                                &mut map,
                                "IsAdaptive",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtensionCreative" => {
                            video_extension_creative = rt::wire::optional_value(
                                &mut map,
                                "VideoExtensionCreative",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoCreative" => {
                            cpc_video_creative = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoCreative",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoCreative" => {
                            cpm_video_creative = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoCreative",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartCreative" => {
                            smart_creative = rt::wire::optional_value(
                                &mut map,
                                "SmartCreative",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreativeGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreativeGetItem {
                    id,
                    type_,
                    name,
                    preview_url,
                    width,
                    height,
                    thumbnail_url,
                    associated,
                    is_adaptive,
                    video_extension_creative,
                    cpc_video_creative,
                    cpm_video_creative,
                    smart_creative,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `VideoExtensionCreativeAddItem` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionCreativeAddItem {
    /// `VideoId`: `xsd:string` (required).
    pub video_id: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionCreativeAddItem {
    /// A `VideoExtensionCreativeAddItem` with its required fields (`VideoId`); the others start absent.
    pub fn new(video_id: ::std::string::String) -> Self {
        Self {
            video_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for VideoExtensionCreativeAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("VideoId", &self.video_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionCreativeAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionCreativeAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionCreativeAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionCreativeAddItem, A::Error> {
                let mut video_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VideoId" => {
                            video_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionCreativeAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionCreativeAddItem {
                    video_id: rt::wire::required(video_id, "VideoId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CreativeAddItem` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreativeAddItem {
    /// `VideoExtensionCreative`: `VideoExtensionCreativeAddItem` (required).
    pub video_extension_creative: VideoExtensionCreativeAddItem,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CreativeAddItem {
    /// A `CreativeAddItem` with its required fields (`VideoExtensionCreative`); the others start absent.
    pub fn new(video_extension_creative: VideoExtensionCreativeAddItem) -> Self {
        Self {
            video_extension_creative,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CreativeAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("VideoExtensionCreative", &self.video_extension_creative)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreativeAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreativeAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreativeAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreativeAddItem, A::Error> {
                let mut video_extension_creative = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VideoExtensionCreative" => {
                            video_extension_creative = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreativeAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreativeAddItem {
                    video_extension_creative: rt::wire::required(
                        video_extension_creative,
                        "VideoExtensionCreative",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Creatives`: array of `CreativeAddItem` (required).
    pub creatives: ::std::vec::Vec<CreativeAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Creatives`); the others start absent.
    pub fn new(creatives: ::std::vec::Vec<CreativeAddItem>) -> Self {
        Self {
            creatives,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creatives", &self.creatives)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddRequest, A::Error> {
                let mut creatives = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creatives" => {
                            creatives = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddRequest {
                    creatives: rt::wire::required(creatives, "Creatives")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:ActionResult` (optional).
    pub add_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// An empty `AddResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            add_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AddResults`.
    #[inline]
    #[must_use]
    pub fn with_add_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.add_results {
            map.serialize_entry("AddResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddResponse, A::Error> {
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = rt::wire::optional_value(
                                &mut map,
                                "AddResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddResponse {
                    add_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `VideoCreativeGetBase` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoCreativeGetBase {
    /// `Duration`: `xsd:int` (required).
    pub duration: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoCreativeGetBase {
    /// A `VideoCreativeGetBase` with its required fields (`Duration`); the others start absent.
    pub fn new(duration: i32) -> Self {
        Self {
            duration,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for VideoCreativeGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Duration", &self.duration)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoCreativeGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoCreativeGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoCreativeGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoCreativeGetBase, A::Error> {
                let mut duration = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Duration" => {
                            duration = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoCreativeGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoCreativeGetBase {
                    duration: rt::wire::required(duration, "Duration")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `VideoExtensionCreativeGet` (`schema/direct_v5/creatives.json`). Extends `VideoCreativeGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionCreativeGet {
    /// `Duration`: `xsd:int` (required).
    pub duration: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionCreativeGet {
    /// A `VideoExtensionCreativeGet` with its required fields (`Duration`); the others start absent.
    pub fn new(duration: i32) -> Self {
        Self {
            duration,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for VideoExtensionCreativeGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Duration", &self.duration)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionCreativeGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionCreativeGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionCreativeGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionCreativeGet, A::Error> {
                let mut duration = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Duration" => {
                            duration = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionCreativeGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionCreativeGet {
                    duration: rt::wire::required(duration, "Duration")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CpcVideoCreativeGet` (`schema/direct_v5/creatives.json`). Extends `VideoCreativeGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpcVideoCreativeGet {
    /// `Duration`: `xsd:int` (required).
    pub duration: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpcVideoCreativeGet {
    /// A `CpcVideoCreativeGet` with its required fields (`Duration`); the others start absent.
    pub fn new(duration: i32) -> Self {
        Self {
            duration,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CpcVideoCreativeGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Duration", &self.duration)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoCreativeGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoCreativeGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoCreativeGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoCreativeGet, A::Error> {
                let mut duration = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Duration" => {
                            duration = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoCreativeGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoCreativeGet {
                    duration: rt::wire::required(duration, "Duration")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CpmVideoCreativeGet` (`schema/direct_v5/creatives.json`). Extends `VideoCreativeGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmVideoCreativeGet {
    /// `Duration`: `xsd:int` (required).
    pub duration: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmVideoCreativeGet {
    /// A `CpmVideoCreativeGet` with its required fields (`Duration`); the others start absent.
    pub fn new(duration: i32) -> Self {
        Self {
            duration,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CpmVideoCreativeGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Duration", &self.duration)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoCreativeGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoCreativeGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoCreativeGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoCreativeGet, A::Error> {
                let mut duration = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Duration" => {
                            duration = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoCreativeGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoCreativeGet {
                    duration: rt::wire::required(duration, "Duration")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartCreativeGet` (`schema/direct_v5/creatives.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCreativeGet {
    /// `CreativeGroupId`: `xsd:long` (optional).
    pub creative_group_id: ::core::option::Option<i64>,
    /// `CreativeGroupName`: `xsd:string` (optional).
    pub creative_group_name: ::core::option::Option<::std::string::String>,
    /// `BusinessType`: `BusinessTypeEnum` (optional).
    pub business_type: ::core::option::Option<BusinessTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCreativeGet {
    /// An empty `SmartCreativeGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative_group_id: ::core::option::Option::None,
            creative_group_name: ::core::option::Option::None,
            business_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CreativeGroupId`.
    #[inline]
    #[must_use]
    pub fn with_creative_group_id(mut self, value: i64) -> Self {
        self.creative_group_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CreativeGroupName`.
    #[inline]
    #[must_use]
    pub fn with_creative_group_name(mut self, value: ::std::string::String) -> Self {
        self.creative_group_name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BusinessType`.
    #[inline]
    #[must_use]
    pub fn with_business_type(mut self, value: BusinessTypeEnum) -> Self {
        self.business_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SmartCreativeGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative_group_id {
            map.serialize_entry("CreativeGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.creative_group_name {
            map.serialize_entry("CreativeGroupName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_type {
            map.serialize_entry("BusinessType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCreativeGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCreativeGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCreativeGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCreativeGet, A::Error> {
                let mut creative_group_id = ::core::option::Option::None;
                let mut creative_group_name = ::core::option::Option::None;
                let mut business_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeGroupId" => {
                            creative_group_id = rt::wire::optional_value(
                                &mut map,
                                "CreativeGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CreativeGroupName" => {
                            creative_group_name = rt::wire::optional_value(
                                &mut map,
                                "CreativeGroupName",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessType" => {
                            business_type = rt::wire::optional_value(
                                &mut map,
                                "BusinessType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCreativeGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCreativeGet {
                    creative_group_id,
                    creative_group_name,
                    business_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/creatives.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `CreativesSelectionCriteria` (required).
    pub selection_criteria: CreativesSelectionCriteria,
    /// `FieldNames`: array of `CreativeFieldEnum` (required).
    pub field_names: ::std::vec::Vec<CreativeFieldEnum>,
    /// `VideoExtensionCreativeFieldNames`: array of `VideoExtensionCreativeFieldEnum` (optional).
    pub video_extension_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<VideoExtensionCreativeFieldEnum>,
    >,
    /// `CpcVideoCreativeFieldNames`: array of `CpcVideoCreativeFieldEnum` (optional).
    pub cpc_video_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<CpcVideoCreativeFieldEnum>,
    >,
    /// `CpmVideoCreativeFieldNames`: array of `CpmVideoCreativeFieldEnum` (optional).
    pub cpm_video_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmVideoCreativeFieldEnum>,
    >,
    /// `SmartCreativeFieldNames`: array of `SmartCreativeFieldEnum` (optional).
    pub smart_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartCreativeFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: CreativesSelectionCriteria,
        field_names: ::std::vec::Vec<CreativeFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
            video_extension_creative_field_names: ::core::option::Option::None,
            cpc_video_creative_field_names: ::core::option::Option::None,
            cpm_video_creative_field_names: ::core::option::Option::None,
            smart_creative_field_names: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Page`.
    #[inline]
    #[must_use]
    pub fn with_page(mut self, value: super::general::LimitOffset) -> Self {
        self.page = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoExtensionCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_video_extension_creative_field_names(
        mut self,
        value: ::std::vec::Vec<VideoExtensionCreativeFieldEnum>,
    ) -> Self {
        self.video_extension_creative_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpcVideoCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_creative_field_names(
        mut self,
        value: ::std::vec::Vec<CpcVideoCreativeFieldEnum>,
    ) -> Self {
        self.cpc_video_creative_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_creative_field_names(
        mut self,
        value: ::std::vec::Vec<CpmVideoCreativeFieldEnum>,
    ) -> Self {
        self.cpm_video_creative_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_creative_field_names(
        mut self,
        value: ::std::vec::Vec<SmartCreativeFieldEnum>,
    ) -> Self {
        self.smart_creative_field_names = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for GetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.page {
            map.serialize_entry("Page", value)?;
        }
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self
            .video_extension_creative_field_names
        {
            map.serialize_entry("VideoExtensionCreativeFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_creative_field_names
        {
            map.serialize_entry("CpcVideoCreativeFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_creative_field_names
        {
            map.serialize_entry("CpmVideoCreativeFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_creative_field_names {
            map.serialize_entry("SmartCreativeFieldNames", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetRequest, A::Error> {
                let mut page = ::core::option::Option::None;
                let mut selection_criteria = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
                let mut video_extension_creative_field_names = ::core::option::Option::None;
                let mut cpc_video_creative_field_names = ::core::option::Option::None;
                let mut cpm_video_creative_field_names = ::core::option::Option::None;
                let mut smart_creative_field_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Page" => {
                            page = rt::wire::optional_value(
                                &mut map,
                                "Page",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "VideoExtensionCreativeFieldNames" => {
                            video_extension_creative_field_names = rt::wire::optional_value(
                                &mut map,
                                "VideoExtensionCreativeFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoCreativeFieldNames" => {
                            cpc_video_creative_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoCreativeFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoCreativeFieldNames" => {
                            cpm_video_creative_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoCreativeFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartCreativeFieldNames" => {
                            smart_creative_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartCreativeFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetRequest {
                    page,
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    video_extension_creative_field_names,
                    cpc_video_creative_field_names,
                    cpm_video_creative_field_names,
                    smart_creative_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/creatives.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Creatives`: array of `CreativeGetItem` (optional).
    pub creatives: ::core::option::Option<::std::vec::Vec<CreativeGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            creatives: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LimitedBy`.
    #[inline]
    #[must_use]
    pub fn with_limited_by(mut self, value: i64) -> Self {
        self.limited_by = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Creatives`.
    #[inline]
    #[must_use]
    pub fn with_creatives(mut self, value: ::std::vec::Vec<CreativeGetItem>) -> Self {
        self.creatives = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for GetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limited_by {
            map.serialize_entry("LimitedBy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.creatives {
            map.serialize_entry("Creatives", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetResponse, A::Error> {
                let mut limited_by = ::core::option::Option::None;
                let mut creatives = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LimitedBy" => {
                            limited_by = rt::wire::optional_value(
                                &mut map,
                                "LimitedBy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Creatives" => {
                            creatives = rt::wire::optional_value(
                                &mut map,
                                "Creatives",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetResponse {
                    limited_by,
                    creatives,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
