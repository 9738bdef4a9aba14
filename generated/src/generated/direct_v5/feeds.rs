// @generated from schema/direct_v5/feeds.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Feeds service: `POST /json/v5/feeds`.
//!
//! Generated from `schema/direct_v5/feeds.json` (upstream `feeds.xml`, sha256 `1789eccee4494d8079a38054e0965f2767215b2995cf9994a9303fb1bd0a5748`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Feeds",
        endpoint: "feeds",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Feeds.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Feeds.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Feeds.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `Feeds.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: UPDATE.info,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: DELETE.info,
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
        self.client.call(&ADD.info, &params).await
    }
    /// `Feeds.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Feeds.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `Feeds.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `Feeds.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<FeedGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Feeds.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `FeedAddItem::business_type`, `FeedGetItem::business_type`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BusinessTypeEnum {
    /// Sent as `RETAIL`.
    Retail,
    /// Sent as `HOTELS`.
    Hotels,
    /// Sent as `REALTY`.
    Realty,
    /// Sent as `AUTOMOBILES`.
    Automobiles,
    /// Sent as `FLIGHTS`.
    Flights,
    /// Sent as `OTHER`.
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
/// Used in `FeedAddItem::source_type`, `FeedGetItem::source_type`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceTypeEnum {
    /// Sent as `URL`.
    Url,
    /// Sent as `FILE`.
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
/// Used in `FeedGetItem::status`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeedStatusEnum {
    /// Sent as `NEW`.
    New,
    /// Sent as `UPDATING`.
    Updating,
    /// Sent as `DONE`.
    Done,
    /// Sent as `ERROR`.
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
/// Used in `GetRequest::field_names`.
///
/// One of the 11 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeedFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Name`.
    Name,
    /// Sent as `BusinessType`.
    BusinessType,
    /// Sent as `SourceType`.
    SourceType,
    /// Sent as `FilterSchema`.
    FilterSchema,
    /// Sent as `UpdatedAt`.
    UpdatedAt,
    /// Sent as `CampaignIds`.
    CampaignIds,
    /// Sent as `NumberOfItems`.
    NumberOfItems,
    /// Sent as `NumberOfListings`.
    NumberOfListings,
    /// Sent as `Status`.
    Status,
    /// Sent as `TitleAndTextSources`.
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
/// Used in `GetRequest::file_feed_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileFeedFieldEnum {
    /// Sent as `Filename`.
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
/// Used in `GetRequest::url_feed_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UrlFeedFieldEnum {
    /// Sent as `Login`.
    Login,
    /// Sent as `Url`.
    Url,
    /// Sent as `RemoveUtmTags`.
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
/// Extended by `UrlFeedAdd`, `UrlFeedGet`, `UrlFeedUpdate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlFeedBase {
    /// Optional. Sent as `RemoveUtmTags`.
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
/// Used in `FeedAddItem::url_feed`. Extends `UrlFeedBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UrlFeedAdd {
    /// Optional. Sent as `RemoveUtmTags`.
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// Required. Sent as `Url`.
    pub url: ::std::string::String,
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Password`.
    pub password: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UrlFeedAdd {
    /// A `UrlFeedAdd` with its required fields (`Url`); the others start absent.
    pub fn new(url: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            remove_utm_tags: ::core::option::Option::None,
            url: url.into(),
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
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Password`.
    #[inline]
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `FeedGetItem::url_feed`. Extends `UrlFeedBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlFeedGet {
    /// Optional. Sent as `RemoveUtmTags`.
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Url`.
    pub url: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Login`.
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
    pub fn with_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `FeedUpdateItem::url_feed`. Extends `UrlFeedBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlFeedUpdate {
    /// Optional. Sent as `RemoveUtmTags`.
    pub remove_utm_tags: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Url`.
    pub url: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Login`.
    pub login: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Password`.
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
    pub fn with_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Password`.
    #[inline]
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `FeedAddItem::file_feed`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FileFeedAdd {
    /// Required. Sent as `Data`.
    pub data: ::std::string::String,
    /// Required. Sent as `Filename`.
    pub filename: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FileFeedAdd {
    /// A `FileFeedAdd` with its required fields (`Data`, `Filename`); the others start absent.
    pub fn new(
        data: impl ::core::convert::Into<::std::string::String>,
        filename: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            data: data.into(),
            filename: filename.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `FeedUpdateItem::file_feed`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FileFeedUpdate {
    /// Required. Sent as `Data`.
    pub data: ::std::string::String,
    /// Required. Sent as `Filename`.
    pub filename: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FileFeedUpdate {
    /// A `FileFeedUpdate` with its required fields (`Data`, `Filename`); the others start absent.
    pub fn new(
        data: impl ::core::convert::Into<::std::string::String>,
        filename: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            data: data.into(),
            filename: filename.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `FeedGetItem::file_feed`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FileFeedGet {
    /// Optional. Sent as `Filename`.
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
    pub fn with_filename(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.filename = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `GetRequest::selection_criteria`, `DeleteRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedsSelectionCriteria {
    /// Required. Sent as `Ids`.
    pub ids: ::std::vec::Vec<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedsSelectionCriteria {
    /// A `FeedsSelectionCriteria` with its required fields (`Ids`); the others start absent.
    pub fn new(
        ids: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        Self {
            ids: ids.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `AddRequest::feeds`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedAddItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `BusinessType`.
    pub business_type: BusinessTypeEnum,
    /// Required. Sent as `SourceType`.
    pub source_type: SourceTypeEnum,
    /// Optional. Sent as `UrlFeed`.
    pub url_feed: ::core::option::Option<UrlFeedAdd>,
    /// Optional. Sent as `FileFeed`.
    pub file_feed: ::core::option::Option<FileFeedAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedAddItem {
    /// A `FeedAddItem` with its required fields (`Name`, `BusinessType`, `SourceType`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        business_type: BusinessTypeEnum,
        source_type: SourceTypeEnum,
    ) -> Self {
        Self {
            name: name.into(),
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
/// Used in `GetResponse::feeds`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FeedGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `BusinessType`.
    pub business_type: ::core::option::Option<BusinessTypeEnum>,
    /// Optional. Sent as `SourceType`.
    pub source_type: ::core::option::Option<SourceTypeEnum>,
    /// Optional. Sent as `FilterSchema`.
    pub filter_schema: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UpdatedAt`.
    pub updated_at: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignIds`.
    pub campaign_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FileFeed`.
    pub file_feed: rt::Nullable<FileFeedGet>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NumberOfItems`.
    pub number_of_items: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NumberOfListings`.
    pub number_of_listings: rt::Nullable<i64>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<FeedStatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UrlFeed`.
    pub url_feed: rt::Nullable<UrlFeedGet>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TitleAndTextSources`.
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
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
    pub fn with_filter_schema(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_schema = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `UpdatedAt`.
    #[inline]
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.updated_at = rt::Nullable::Value(value.into());
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
/// Used in `UpdateRequest::feeds`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedUpdateItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `UrlFeed`.
    pub url_feed: ::core::option::Option<UrlFeedUpdate>,
    /// Optional. Sent as `FileFeed`.
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
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
/// The `params` of `Feeds.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Feeds`.
    pub feeds: ::std::vec::Vec<FeedAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Feeds`); the others start absent.
    pub fn new(
        feeds: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FeedAddItem>,
        >,
    ) -> Self {
        Self {
            feeds: feeds.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Feeds.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddResponse {
    /// Required. Sent as `AddResults`.
    pub add_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// A `AddResponse` with its required fields (`AddResults`); the others start absent.
    pub fn new(
        add_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            add_results: add_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `Feeds.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<FeedFieldEnum>,
    /// Optional. Sent as `FileFeedFieldNames`.
    pub file_feed_field_names: ::core::option::Option<
        ::std::vec::Vec<FileFeedFieldEnum>,
    >,
    /// Optional. Sent as `UrlFeedFieldNames`.
    pub url_feed_field_names: ::core::option::Option<::std::vec::Vec<UrlFeedFieldEnum>>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<FeedsSelectionCriteria>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FeedFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FileFeedFieldEnum>,
        >,
    ) -> Self {
        self.file_feed_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `UrlFeedFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_url_feed_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<UrlFeedFieldEnum>,
        >,
    ) -> Self {
        self.url_feed_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
/// The `result` of `Feeds.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Feeds`.
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
    pub fn with_feeds(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FeedGetItem>,
        >,
    ) -> Self {
        self.feeds = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Feeds.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Feeds`.
    pub feeds: ::std::vec::Vec<FeedUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Feeds`); the others start absent.
    pub fn new(
        feeds: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FeedUpdateItem>,
        >,
    ) -> Self {
        Self {
            feeds: feeds.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Feeds.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// Required. Sent as `UpdateResults`.
    pub update_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(
        update_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            update_results: update_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `Feeds.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `Feeds.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Required. Sent as `DeleteResults`.
    pub delete_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// A `DeleteResponse` with its required fields (`DeleteResults`); the others start absent.
    pub fn new(
        delete_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            delete_results: delete_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
