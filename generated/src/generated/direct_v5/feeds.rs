// @generated from schema/direct_v5/feeds.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Feeds service: `POST /json/v5/feeds`.
//!
//! Generated from `schema/direct_v5/feeds.json` (upstream `feeds.xml`, sha256 `1789eccee4494d8079a38054e0965f2767215b2995cf9994a9303fb1bd0a5748`).
use crate::runtime as rt;
/// `Feeds.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Feeds",
    endpoint: "feeds",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `Feeds.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Feeds",
    endpoint: "feeds",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `Feeds.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Feeds",
    endpoint: "feeds",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// `Feeds.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Feeds",
    endpoint: "feeds",
    method: "delete",
    access: rt::Access::Write,
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
    rt::MethodEntry {
        info: UPDATE,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: DELETE,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
];
/// The Feeds service (`POST /json/v5/feeds`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct FeedsService<'a> {
    client: &'a rt::Client,
}
impl<'a> FeedsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Feeds.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `Feeds.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `Feeds.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
    /// `Feeds.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
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
    type Item = FeedGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<FeedGetItem> {
        self.feeds.unwrap_or_default()
    }
}
/// `BusinessTypeEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
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
/// `SourceTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceTypeEnum {
    /// `URL`
    Url,
    /// `FILE`
    File,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SourceTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Url, Self::File];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "URL",
            Self::File => "FILE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "URL" => Self::Url,
            "FILE" => Self::File,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SourceTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SourceTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SourceTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SourceTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FeedStatusEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeedStatusEnum {
    /// `NEW`
    New,
    /// `UPDATING`
    Updating,
    /// `DONE`
    Done,
    /// `ERROR`
    Error,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FeedStatusEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::New,
        Self::Updating,
        Self::Done,
        Self::Error,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "NEW",
            Self::Updating => "UPDATING",
            Self::Done => "DONE",
            Self::Error => "ERROR",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NEW" => Self::New,
            "UPDATING" => Self::Updating,
            "DONE" => Self::Done,
            "ERROR" => Self::Error,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for FeedStatusEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for FeedStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for FeedStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedStatusEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FeedFieldEnum`: one of 11 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeedFieldEnum {
    /// `Id`
    Id,
    /// `Name`
    Name,
    /// `BusinessType`
    BusinessType,
    /// `SourceType`
    SourceType,
    /// `FilterSchema`
    FilterSchema,
    /// `UpdatedAt`
    UpdatedAt,
    /// `CampaignIds`
    CampaignIds,
    /// `NumberOfItems`
    NumberOfItems,
    /// `NumberOfListings`
    NumberOfListings,
    /// `Status`
    Status,
    /// `TitleAndTextSources`
    TitleAndTextSources,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FeedFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Name,
        Self::BusinessType,
        Self::SourceType,
        Self::FilterSchema,
        Self::UpdatedAt,
        Self::CampaignIds,
        Self::NumberOfItems,
        Self::NumberOfListings,
        Self::Status,
        Self::TitleAndTextSources,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Name => "Name",
            Self::BusinessType => "BusinessType",
            Self::SourceType => "SourceType",
            Self::FilterSchema => "FilterSchema",
            Self::UpdatedAt => "UpdatedAt",
            Self::CampaignIds => "CampaignIds",
            Self::NumberOfItems => "NumberOfItems",
            Self::NumberOfListings => "NumberOfListings",
            Self::Status => "Status",
            Self::TitleAndTextSources => "TitleAndTextSources",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Name" => Self::Name,
            "BusinessType" => Self::BusinessType,
            "SourceType" => Self::SourceType,
            "FilterSchema" => Self::FilterSchema,
            "UpdatedAt" => Self::UpdatedAt,
            "CampaignIds" => Self::CampaignIds,
            "NumberOfItems" => Self::NumberOfItems,
            "NumberOfListings" => Self::NumberOfListings,
            "Status" => Self::Status,
            "TitleAndTextSources" => Self::TitleAndTextSources,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for FeedFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for FeedFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for FeedFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FileFeedFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileFeedFieldEnum {
    /// `Filename`
    Filename,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FileFeedFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Filename];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Filename => "Filename",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Filename" => Self::Filename,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for FileFeedFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for FileFeedFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for FileFeedFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `UrlFeedFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UrlFeedFieldEnum {
    /// `Login`
    Login,
    /// `Url`
    Url,
    /// `RemoveUtmTags`
    RemoveUtmTags,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UrlFeedFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Login, Self::Url, Self::RemoveUtmTags];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Login => "Login",
            Self::Url => "Url",
            Self::RemoveUtmTags => "RemoveUtmTags",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Login" => Self::Login,
            "Url" => Self::Url,
            "RemoveUtmTags" => Self::RemoveUtmTags,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UrlFeedFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UrlFeedFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for UrlFeedFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `UrlFeedBase` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlFeedBase {
    /// `RemoveUtmTags`: `general:YesNoEnum` (optional).
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UrlFeedBase {
    /// An empty `UrlFeedBase`: every field absent.
    pub fn new() -> Self {
        Self {
            remove_utm_tags: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RemoveUtmTags`.
    #[inline]
    #[must_use]
    pub fn with_remove_utm_tags(mut self, value: super::general::YesNoEnum) -> Self {
        self.remove_utm_tags = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UrlFeedBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedBase, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedBase {
                    remove_utm_tags,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UrlFeedAdd` (`schema/direct_v5/feeds.json`). Extends `UrlFeedBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UrlFeedAdd {
    /// `RemoveUtmTags`: `general:YesNoEnum` (optional).
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// `Url`: `xsd:string` (required).
    pub url: ::std::string::String,
    /// `Login`: `xsd:string` (optional).
    pub login: ::core::option::Option<::std::string::String>,
    /// `Password`: `xsd:string` (optional).
    pub password: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UrlFeedAdd {
    /// A `UrlFeedAdd` with its required fields (`Url`); the others start absent.
    pub fn new(url: ::std::string::String) -> Self {
        Self {
            remove_utm_tags: ::core::option::Option::None,
            url,
            login: ::core::option::Option::None,
            password: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RemoveUtmTags`.
    #[inline]
    #[must_use]
    pub fn with_remove_utm_tags(mut self, value: super::general::YesNoEnum) -> Self {
        self.remove_utm_tags = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Password`.
    #[inline]
    #[must_use]
    pub fn with_password(mut self, value: ::std::string::String) -> Self {
        self.password = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UrlFeedAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        map.serialize_entry("Url", &self.url)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.password {
            map.serialize_entry("Password", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedAdd, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut url = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut password = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Url" => url = ::core::option::Option::Some(map.next_value()?),
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "Password" => {
                            password = rt::wire::optional_value(
                                &mut map,
                                "Password",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedAdd {
                    remove_utm_tags,
                    url: rt::wire::required(url, "Url")?,
                    login,
                    password,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UrlFeedGet` (`schema/direct_v5/feeds.json`). Extends `UrlFeedBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlFeedGet {
    /// `RemoveUtmTags`: `general:YesNoEnum` (optional).
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// `Url`: `xsd:string` (optional).
    pub url: ::core::option::Option<::std::string::String>,
    /// `Login`: `xsd:string` (optional, nillable).
    pub login: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UrlFeedGet {
    /// An empty `UrlFeedGet`: every field absent.
    pub fn new() -> Self {
        Self {
            remove_utm_tags: ::core::option::Option::None,
            url: ::core::option::Option::None,
            login: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RemoveUtmTags`.
    #[inline]
    #[must_use]
    pub fn with_remove_utm_tags(mut self, value: super::general::YesNoEnum) -> Self {
        self.remove_utm_tags = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Url`.
    #[inline]
    #[must_use]
    pub fn with_url(mut self, value: ::std::string::String) -> Self {
        self.url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for UrlFeedGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url {
            map.serialize_entry("Url", value)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedGet, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut url = ::core::option::Option::None;
                let mut login = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Url" => {
                            url = rt::wire::optional_value(
                                &mut map,
                                "Url",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => login = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedGet {
                    remove_utm_tags,
                    url,
                    login,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UrlFeedUpdate` (`schema/direct_v5/feeds.json`). Extends `UrlFeedBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlFeedUpdate {
    /// `RemoveUtmTags`: `general:YesNoEnum` (optional).
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// `Url`: `xsd:string` (optional).
    pub url: ::core::option::Option<::std::string::String>,
    /// `Login`: `xsd:string` (optional, nillable).
    pub login: rt::Nullable<::std::string::String>,
    /// `Password`: `xsd:string` (optional, nillable).
    pub password: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UrlFeedUpdate {
    /// An empty `UrlFeedUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            remove_utm_tags: ::core::option::Option::None,
            url: ::core::option::Option::None,
            login: rt::Nullable::Absent,
            password: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RemoveUtmTags`.
    #[inline]
    #[must_use]
    pub fn with_remove_utm_tags(mut self, value: super::general::YesNoEnum) -> Self {
        self.remove_utm_tags = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Url`.
    #[inline]
    #[must_use]
    pub fn with_url(mut self, value: ::std::string::String) -> Self {
        self.url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = rt::Nullable::Value(value);
        self
    }
    /// Sets `Password`.
    #[inline]
    #[must_use]
    pub fn with_password(mut self, value: ::std::string::String) -> Self {
        self.password = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for UrlFeedUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url {
            map.serialize_entry("Url", value)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.password.is_present() {
            map.serialize_entry("Password", &self.password)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedUpdate, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut url = ::core::option::Option::None;
                let mut login = rt::Nullable::Absent;
                let mut password = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Url" => {
                            url = rt::wire::optional_value(
                                &mut map,
                                "Url",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => login = map.next_value()?,
                        "Password" => password = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedUpdate {
                    remove_utm_tags,
                    url,
                    login,
                    password,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FileFeedAdd` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FileFeedAdd {
    /// `Data`: `xsd:base64Binary` (required).
    pub data: ::std::string::String,
    /// `Filename`: `xsd:string` (required).
    pub filename: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FileFeedAdd {
    /// A `FileFeedAdd` with its required fields (`Data`, `Filename`); the others start absent.
    pub fn new(data: ::std::string::String, filename: ::std::string::String) -> Self {
        Self {
            data,
            filename,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for FileFeedAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Data", &self.data)?;
        map.serialize_entry("Filename", &self.filename)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FileFeedAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FileFeedAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FileFeedAdd, A::Error> {
                let mut data = ::core::option::Option::None;
                let mut filename = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Data" => data = ::core::option::Option::Some(map.next_value()?),
                        "Filename" => {
                            filename = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FileFeedAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FileFeedAdd {
                    data: rt::wire::required(data, "Data")?,
                    filename: rt::wire::required(filename, "Filename")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FileFeedUpdate` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FileFeedUpdate {
    /// `Data`: `xsd:base64Binary` (required).
    pub data: ::std::string::String,
    /// `Filename`: `xsd:string` (required).
    pub filename: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FileFeedUpdate {
    /// A `FileFeedUpdate` with its required fields (`Data`, `Filename`); the others start absent.
    pub fn new(data: ::std::string::String, filename: ::std::string::String) -> Self {
        Self {
            data,
            filename,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for FileFeedUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Data", &self.data)?;
        map.serialize_entry("Filename", &self.filename)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FileFeedUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FileFeedUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FileFeedUpdate, A::Error> {
                let mut data = ::core::option::Option::None;
                let mut filename = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Data" => data = ::core::option::Option::Some(map.next_value()?),
                        "Filename" => {
                            filename = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FileFeedUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FileFeedUpdate {
                    data: rt::wire::required(data, "Data")?,
                    filename: rt::wire::required(filename, "Filename")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FileFeedGet` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FileFeedGet {
    /// `Filename`: `xsd:string` (optional).
    pub filename: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FileFeedGet {
    /// An empty `FileFeedGet`: every field absent.
    pub fn new() -> Self {
        Self {
            filename: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Filename`.
    #[inline]
    #[must_use]
    pub fn with_filename(mut self, value: ::std::string::String) -> Self {
        self.filename = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for FileFeedGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filename {
            map.serialize_entry("Filename", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FileFeedGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FileFeedGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FileFeedGet, A::Error> {
                let mut filename = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Filename" => {
                            filename = rt::wire::optional_value(
                                &mut map,
                                "Filename",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FileFeedGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FileFeedGet {
                    filename,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FeedsSelectionCriteria` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedsSelectionCriteria {
    /// `Ids`: array of `xsd:long` (required).
    pub ids: ::std::vec::Vec<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedsSelectionCriteria {
    /// A `FeedsSelectionCriteria` with its required fields (`Ids`); the others start absent.
    pub fn new(ids: ::std::vec::Vec<i64>) -> Self {
        Self {
            ids,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for FeedsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Ids", &self.ids)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ids" => ids = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedsSelectionCriteria {
                    ids: rt::wire::required(ids, "Ids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FeedAddItem` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedAddItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `BusinessType`: `BusinessTypeEnum` (required).
    pub business_type: BusinessTypeEnum,
    /// `SourceType`: `SourceTypeEnum` (required).
    pub source_type: SourceTypeEnum,
    /// `UrlFeed`: `UrlFeedAdd` (optional).
    pub url_feed: ::core::option::Option<UrlFeedAdd>,
    /// `FileFeed`: `FileFeedAdd` (optional).
    pub file_feed: ::core::option::Option<FileFeedAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedAddItem {
    /// A `FeedAddItem` with its required fields (`Name`, `BusinessType`, `SourceType`); the others start absent.
    pub fn new(
        name: ::std::string::String,
        business_type: BusinessTypeEnum,
        source_type: SourceTypeEnum,
    ) -> Self {
        Self {
            name,
            business_type,
            source_type,
            url_feed: ::core::option::Option::None,
            file_feed: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `UrlFeed`.
    #[inline]
    #[must_use]
    pub fn with_url_feed(mut self, value: UrlFeedAdd) -> Self {
        self.url_feed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FileFeed`.
    #[inline]
    #[must_use]
    pub fn with_file_feed(mut self, value: FileFeedAdd) -> Self {
        self.file_feed = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for FeedAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("BusinessType", &self.business_type)?;
        map.serialize_entry("SourceType", &self.source_type)?;
        if let ::core::option::Option::Some(value) = &self.url_feed {
            map.serialize_entry("UrlFeed", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.file_feed {
            map.serialize_entry("FileFeed", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut business_type = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut url_feed = ::core::option::Option::None;
                let mut file_feed = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "BusinessType" => {
                            business_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "SourceType" => {
                            source_type = ::core::option::Option::Some(map.next_value()?);
                        }
                        "UrlFeed" => {
                            url_feed = rt::wire::optional_value(
                                &mut map,
                                "UrlFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        "FileFeed" => {
                            file_feed = rt::wire::optional_value(
                                &mut map,
                                "FileFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedAddItem {
                    name: rt::wire::required(name, "Name")?,
                    business_type: rt::wire::required(business_type, "BusinessType")?,
                    source_type: rt::wire::required(source_type, "SourceType")?,
                    url_feed,
                    file_feed,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FeedGetItem` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FeedGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `BusinessType`: `BusinessTypeEnum` (optional).
    pub business_type: ::core::option::Option<BusinessTypeEnum>,
    /// `SourceType`: `SourceTypeEnum` (optional).
    pub source_type: ::core::option::Option<SourceTypeEnum>,
    /// `FilterSchema`: `xsd:string` (optional).
    pub filter_schema: ::core::option::Option<::std::string::String>,
    /// `UpdatedAt`: `xsd:string` (optional, nillable).
    pub updated_at: rt::Nullable<::std::string::String>,
    /// `CampaignIds`: `general:ArrayOfLong` (optional, nillable).
    pub campaign_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `FileFeed`: `FileFeedGet` (optional, nillable).
    pub file_feed: rt::Nullable<FileFeedGet>,
    /// `NumberOfItems`: `xsd:long` (optional, nillable).
    pub number_of_items: rt::Nullable<i64>,
    /// `NumberOfListings`: `xsd:long` (optional, nillable).
    pub number_of_listings: rt::Nullable<i64>,
    /// `Status`: `FeedStatusEnum` (optional).
    pub status: ::core::option::Option<FeedStatusEnum>,
    /// `UrlFeed`: `UrlFeedGet` (optional, nillable).
    pub url_feed: rt::Nullable<UrlFeedGet>,
    /// `TitleAndTextSources`: `general:ArrayOfString` (optional, nillable).
    pub title_and_text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedGetItem {
    /// An empty `FeedGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            business_type: ::core::option::Option::None,
            source_type: ::core::option::Option::None,
            filter_schema: ::core::option::Option::None,
            updated_at: rt::Nullable::Absent,
            campaign_ids: rt::Nullable::Absent,
            file_feed: rt::Nullable::Absent,
            number_of_items: rt::Nullable::Absent,
            number_of_listings: rt::Nullable::Absent,
            status: ::core::option::Option::None,
            url_feed: rt::Nullable::Absent,
            title_and_text_sources: rt::Nullable::Absent,
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
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BusinessType`.
    #[inline]
    #[must_use]
    pub fn with_business_type(mut self, value: BusinessTypeEnum) -> Self {
        self.business_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SourceType`.
    #[inline]
    #[must_use]
    pub fn with_source_type(mut self, value: SourceTypeEnum) -> Self {
        self.source_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FilterSchema`.
    #[inline]
    #[must_use]
    pub fn with_filter_schema(mut self, value: ::std::string::String) -> Self {
        self.filter_schema = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UpdatedAt`.
    #[inline]
    #[must_use]
    pub fn with_updated_at(mut self, value: ::std::string::String) -> Self {
        self.updated_at = rt::Nullable::Value(value);
        self
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.campaign_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `FileFeed`.
    #[inline]
    #[must_use]
    pub fn with_file_feed(mut self, value: FileFeedGet) -> Self {
        self.file_feed = rt::Nullable::Value(value);
        self
    }
    /// Sets `NumberOfItems`.
    #[inline]
    #[must_use]
    pub fn with_number_of_items(mut self, value: i64) -> Self {
        self.number_of_items = rt::Nullable::Value(value);
        self
    }
    /// Sets `NumberOfListings`.
    #[inline]
    #[must_use]
    pub fn with_number_of_listings(mut self, value: i64) -> Self {
        self.number_of_listings = rt::Nullable::Value(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: FeedStatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UrlFeed`.
    #[inline]
    #[must_use]
    pub fn with_url_feed(mut self, value: UrlFeedGet) -> Self {
        self.url_feed = rt::Nullable::Value(value);
        self
    }
    /// Sets `TitleAndTextSources`.
    #[inline]
    #[must_use]
    pub fn with_title_and_text_sources(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.title_and_text_sources = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for FeedGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_type {
            map.serialize_entry("BusinessType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_type {
            map.serialize_entry("SourceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.filter_schema {
            map.serialize_entry("FilterSchema", value)?;
        }
        if self.updated_at.is_present() {
            map.serialize_entry("UpdatedAt", &self.updated_at)?;
        }
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIds", &self.campaign_ids)?;
        }
        if self.file_feed.is_present() {
            map.serialize_entry("FileFeed", &self.file_feed)?;
        }
        if self.number_of_items.is_present() {
            map.serialize_entry("NumberOfItems", &self.number_of_items)?;
        }
        if self.number_of_listings.is_present() {
            map.serialize_entry("NumberOfListings", &self.number_of_listings)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if self.url_feed.is_present() {
            map.serialize_entry("UrlFeed", &self.url_feed)?;
        }
        if self.title_and_text_sources.is_present() {
            map.serialize_entry("TitleAndTextSources", &self.title_and_text_sources)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut business_type = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut filter_schema = ::core::option::Option::None;
                let mut updated_at = rt::Nullable::Absent;
                let mut campaign_ids = rt::Nullable::Absent;
                let mut file_feed = rt::Nullable::Absent;
                let mut number_of_items = rt::Nullable::Absent;
                let mut number_of_listings = rt::Nullable::Absent;
                let mut status = ::core::option::Option::None;
                let mut url_feed = rt::Nullable::Absent;
                let mut title_and_text_sources = rt::Nullable::Absent;
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
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
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
                        "SourceType" => {
                            source_type = rt::wire::optional_value(
                                &mut map,
                                "SourceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "FilterSchema" => {
                            filter_schema = rt::wire::optional_value(
                                &mut map,
                                "FilterSchema",
                                &mut unknown_fields,
                            )?;
                        }
                        "UpdatedAt" => updated_at = map.next_value()?,
                        "CampaignIds" => campaign_ids = map.next_value()?,
                        "FileFeed" => file_feed = map.next_value()?,
                        "NumberOfItems" => number_of_items = map.next_value()?,
                        "NumberOfListings" => number_of_listings = map.next_value()?,
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "UrlFeed" => url_feed = map.next_value()?,
                        "TitleAndTextSources" => {
                            title_and_text_sources = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedGetItem {
                    id,
                    name,
                    business_type,
                    source_type,
                    filter_schema,
                    updated_at,
                    campaign_ids,
                    file_feed,
                    number_of_items,
                    number_of_listings,
                    status,
                    url_feed,
                    title_and_text_sources,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `FeedUpdateItem` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedUpdateItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `UrlFeed`: `UrlFeedUpdate` (optional).
    pub url_feed: ::core::option::Option<UrlFeedUpdate>,
    /// `FileFeed`: `FileFeedUpdate` (optional).
    pub file_feed: ::core::option::Option<FileFeedUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedUpdateItem {
    /// A `FeedUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            name: ::core::option::Option::None,
            url_feed: ::core::option::Option::None,
            file_feed: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UrlFeed`.
    #[inline]
    #[must_use]
    pub fn with_url_feed(mut self, value: UrlFeedUpdate) -> Self {
        self.url_feed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FileFeed`.
    #[inline]
    #[must_use]
    pub fn with_file_feed(mut self, value: FileFeedUpdate) -> Self {
        self.file_feed = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for FeedUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url_feed {
            map.serialize_entry("UrlFeed", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.file_feed {
            map.serialize_entry("FileFeed", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut url_feed = ::core::option::Option::None;
                let mut file_feed = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "UrlFeed" => {
                            url_feed = rt::wire::optional_value(
                                &mut map,
                                "UrlFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        "FileFeed" => {
                            file_feed = rt::wire::optional_value(
                                &mut map,
                                "FileFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    name,
                    url_feed,
                    file_feed,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Feeds`: array of `FeedAddItem` (required).
    pub feeds: ::std::vec::Vec<FeedAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Feeds`); the others start absent.
    pub fn new(feeds: ::std::vec::Vec<FeedAddItem>) -> Self {
        Self {
            feeds,
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
        map.serialize_entry("Feeds", &self.feeds)?;
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
                let mut feeds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feeds" => {
                            feeds = ::core::option::Option::Some(map.next_value()?);
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
                    feeds: rt::wire::required(feeds, "Feeds")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:ActionResult` (required).
    pub add_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// A `AddResponse` with its required fields (`AddResults`); the others start absent.
    pub fn new(add_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            add_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AddResults", &self.add_results)?;
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
                            add_results = ::core::option::Option::Some(map.next_value()?);
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
                    add_results: rt::wire::required(add_results, "AddResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/feeds.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `FieldNames`: array of `FeedFieldEnum` (required).
    pub field_names: ::std::vec::Vec<FeedFieldEnum>,
    /// `FileFeedFieldNames`: array of `FileFeedFieldEnum` (optional).
    pub file_feed_field_names: ::core::option::Option<
        ::std::vec::Vec<FileFeedFieldEnum>,
    >,
    /// `UrlFeedFieldNames`: array of `UrlFeedFieldEnum` (optional).
    pub url_feed_field_names: ::core::option::Option<::std::vec::Vec<UrlFeedFieldEnum>>,
    /// `SelectionCriteria`: `FeedsSelectionCriteria` (optional).
    pub selection_criteria: ::core::option::Option<FeedsSelectionCriteria>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(field_names: ::std::vec::Vec<FeedFieldEnum>) -> Self {
        Self {
            page: ::core::option::Option::None,
            field_names,
            file_feed_field_names: ::core::option::Option::None,
            url_feed_field_names: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
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
    /// Sets `FileFeedFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_file_feed_field_names(
        mut self,
        value: ::std::vec::Vec<FileFeedFieldEnum>,
    ) -> Self {
        self.file_feed_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UrlFeedFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_url_feed_field_names(
        mut self,
        value: ::std::vec::Vec<UrlFeedFieldEnum>,
    ) -> Self {
        self.url_feed_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(mut self, value: FeedsSelectionCriteria) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
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
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self.file_feed_field_names {
            map.serialize_entry("FileFeedFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url_feed_field_names {
            map.serialize_entry("UrlFeedFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.selection_criteria {
            map.serialize_entry("SelectionCriteria", value)?;
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
                let mut field_names = ::core::option::Option::None;
                let mut file_feed_field_names = ::core::option::Option::None;
                let mut url_feed_field_names = ::core::option::Option::None;
                let mut selection_criteria = ::core::option::Option::None;
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
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FileFeedFieldNames" => {
                            file_feed_field_names = rt::wire::optional_value(
                                &mut map,
                                "FileFeedFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UrlFeedFieldNames" => {
                            url_feed_field_names = rt::wire::optional_value(
                                &mut map,
                                "UrlFeedFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => {
                            selection_criteria = rt::wire::optional_value(
                                &mut map,
                                "SelectionCriteria",
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
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    file_feed_field_names,
                    url_feed_field_names,
                    selection_criteria,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/feeds.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Feeds`: array of `FeedGetItem` (optional).
    pub feeds: ::core::option::Option<::std::vec::Vec<FeedGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            feeds: ::core::option::Option::None,
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
    /// Sets `Feeds`.
    #[inline]
    #[must_use]
    pub fn with_feeds(mut self, value: ::std::vec::Vec<FeedGetItem>) -> Self {
        self.feeds = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.feeds {
            map.serialize_entry("Feeds", value)?;
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
                let mut feeds = ::core::option::Option::None;
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
                        "Feeds" => {
                            feeds = rt::wire::optional_value(
                                &mut map,
                                "Feeds",
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
                    feeds,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateRequest` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Feeds`: array of `FeedUpdateItem` (required).
    pub feeds: ::std::vec::Vec<FeedUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Feeds`); the others start absent.
    pub fn new(feeds: ::std::vec::Vec<FeedUpdateItem>) -> Self {
        Self {
            feeds,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feeds", &self.feeds)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateRequest, A::Error> {
                let mut feeds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feeds" => {
                            feeds = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateRequest {
                    feeds: rt::wire::required(feeds, "Feeds")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// `UpdateResults`: array of `general:ActionResult` (required).
    pub update_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(update_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            update_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("UpdateResults", &self.update_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateResponse, A::Error> {
                let mut update_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UpdateResults" => {
                            update_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateResponse {
                    update_results: rt::wire::required(update_results, "UpdateResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteRequest` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// `SelectionCriteria`: `FeedsSelectionCriteria` (required).
    pub selection_criteria: FeedsSelectionCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteRequest {
    /// A `DeleteRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: FeedsSelectionCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DeleteRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteResponse` (`schema/direct_v5/feeds.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// `DeleteResults`: array of `general:ActionResult` (required).
    pub delete_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// A `DeleteResponse` with its required fields (`DeleteResults`); the others start absent.
    pub fn new(delete_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            delete_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DeleteResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("DeleteResults", &self.delete_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteResponse, A::Error> {
                let mut delete_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "DeleteResults" => {
                            delete_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteResponse {
                    delete_results: rt::wire::required(delete_results, "DeleteResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
