// @generated from schema/direct_v5/creatives.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Creatives service: `POST /json/v5/creatives`.
//!
//! Generated from `schema/direct_v5/creatives.json` (upstream `creatives.xml`, sha256 `8b5750e840ef707e6b501e3b34044f6d1f6c3e602709fb30df9b352e4e3e3094`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Creatives",
        endpoint: "creatives",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Creatives.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Creatives.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
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
        self.client.call(&ADD.info, &params).await
    }
    /// `Creatives.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Creatives.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<CreativeGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Creatives.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `CreativesSelectionCriteria::types`, `CreativeGetItem::type_`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreativeTypeEnum {
    /// Sent as `IMAGE_CREATIVE`.
    ImageCreative,
    /// Sent as `HTML5_CREATIVE`.
    Html5Creative,
    /// Sent as `VIDEO_EXTENSION_CREATIVE`.
    VideoExtensionCreative,
    /// Sent as `CPC_VIDEO_CREATIVE`.
    CpcVideoCreative,
    /// Sent as `CPM_VIDEO_CREATIVE`.
    CpmVideoCreative,
    /// Sent as `SMART_CREATIVE`.
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
/// Used in `GetRequest::field_names`.
///
/// One of the 9 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreativeFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Type`.
    Type,
    /// Sent as `Name`.
    Name,
    /// Sent as `PreviewUrl`.
    PreviewUrl,
    /// Sent as `Width`.
    Width,
    /// Sent as `Height`.
    Height,
    /// Sent as `ThumbnailUrl`.
    ThumbnailUrl,
    /// Sent as `Associated`.
    Associated,
    /// Sent as `IsAdaptive`.
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
/// Used in `SmartCreativeGet::business_type`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
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
    /// Sent as `CLOTHES`.
    Clothes,
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
/// Used in `GetRequest::video_extension_creative_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoExtensionCreativeFieldEnum {
    /// Sent as `Duration`.
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
/// Used in `GetRequest::cpc_video_creative_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpcVideoCreativeFieldEnum {
    /// Sent as `Duration`.
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
/// Used in `GetRequest::cpm_video_creative_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmVideoCreativeFieldEnum {
    /// Sent as `Duration`.
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
/// Used in `GetRequest::smart_creative_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCreativeFieldEnum {
    /// Sent as `CreativeGroupId`.
    CreativeGroupId,
    /// Sent as `CreativeGroupName`.
    CreativeGroupName,
    /// Sent as `BusinessType`.
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
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreativesSelectionCriteria {
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<CreativeTypeEnum>>,
    /// Optional. Sent as `Ids`.
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
    pub fn with_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CreativeTypeEnum>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Ids`.
    #[inline]
    #[must_use]
    pub fn with_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::creatives`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreativeGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<CreativeTypeEnum>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `PreviewUrl`.
    pub preview_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Width`.
    pub width: ::core::option::Option<i32>,
    /// Optional. Sent as `Height`.
    pub height: ::core::option::Option<i32>,
    /// Optional. Sent as `ThumbnailUrl`.
    pub thumbnail_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Associated`.
    pub associated: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `IsAdaptive`.
    pub is_adaptive: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `VideoExtensionCreative`.
    pub video_extension_creative: ::core::option::Option<VideoExtensionCreativeGet>,
    /// Optional. Sent as `CpcVideoCreative`.
    pub cpc_video_creative: ::core::option::Option<CpcVideoCreativeGet>,
    /// Optional. Sent as `CpmVideoCreative`.
    pub cpm_video_creative: ::core::option::Option<CpmVideoCreativeGet>,
    /// Optional. Sent as `SmartCreative`.
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `PreviewUrl`.
    #[inline]
    #[must_use]
    pub fn with_preview_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.preview_url = ::core::option::Option::Some(value.into());
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
    pub fn with_thumbnail_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.thumbnail_url = ::core::option::Option::Some(value.into());
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
/// Used in `CreativeAddItem::video_extension_creative`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionCreativeAddItem {
    /// Required. Sent as `VideoId`.
    pub video_id: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionCreativeAddItem {
    /// A `VideoExtensionCreativeAddItem` with its required fields (`VideoId`); the others start absent.
    pub fn new(video_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            video_id: video_id.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `AddRequest::creatives`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreativeAddItem {
    /// Required. Sent as `VideoExtensionCreative`.
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
/// The `params` of `Creatives.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Creatives`.
    pub creatives: ::std::vec::Vec<CreativeAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Creatives`); the others start absent.
    pub fn new(
        creatives: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CreativeAddItem>,
        >,
    ) -> Self {
        Self {
            creatives: creatives.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Creatives.add`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `AddResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Extended by `VideoExtensionCreativeGet`, `CpcVideoCreativeGet`, `CpmVideoCreativeGet`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoCreativeGetBase {
    /// Required. Sent as `Duration`.
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
/// Used in `CreativeGetItem::video_extension_creative`. Extends `VideoCreativeGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionCreativeGet {
    /// Required. Sent as `Duration`.
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
/// Used in `CreativeGetItem::cpc_video_creative`. Extends `VideoCreativeGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpcVideoCreativeGet {
    /// Required. Sent as `Duration`.
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
/// Used in `CreativeGetItem::cpm_video_creative`. Extends `VideoCreativeGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmVideoCreativeGet {
    /// Required. Sent as `Duration`.
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
/// Used in `CreativeGetItem::smart_creative`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCreativeGet {
    /// Optional. Sent as `CreativeGroupId`.
    pub creative_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `CreativeGroupName`.
    pub creative_group_name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `BusinessType`.
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
    pub fn with_creative_group_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.creative_group_name = ::core::option::Option::Some(value.into());
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
/// The `params` of `Creatives.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: CreativesSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<CreativeFieldEnum>,
    /// Optional. Sent as `VideoExtensionCreativeFieldNames`.
    pub video_extension_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<VideoExtensionCreativeFieldEnum>,
    >,
    /// Optional. Sent as `CpcVideoCreativeFieldNames`.
    pub cpc_video_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<CpcVideoCreativeFieldEnum>,
    >,
    /// Optional. Sent as `CpmVideoCreativeFieldNames`.
    pub cpm_video_creative_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmVideoCreativeFieldEnum>,
    >,
    /// Optional. Sent as `SmartCreativeFieldNames`.
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
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CreativeFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<VideoExtensionCreativeFieldEnum>,
        >,
    ) -> Self {
        self.video_extension_creative_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CpcVideoCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_creative_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpcVideoCreativeFieldEnum>,
        >,
    ) -> Self {
        self.cpc_video_creative_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CpmVideoCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_creative_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmVideoCreativeFieldEnum>,
        >,
    ) -> Self {
        self.cpm_video_creative_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SmartCreativeFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_creative_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartCreativeFieldEnum>,
        >,
    ) -> Self {
        self.smart_creative_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `Creatives.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Creatives`.
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
    pub fn with_creatives(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CreativeGetItem>,
        >,
    ) -> Self {
        self.creatives = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
