// @generated from schema/direct_v5/adgroups.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The AdGroups service: `POST /json/v5/adgroups`.
//!
//! Generated from `schema/direct_v5/adgroups.json` (upstream `adgroups.xml`, sha256 `111b2dd19ce6d55eba68bebab4857badfba79fef740a0b7053ec5ba39b06c6d9`).
use crate::runtime as rt;
/// `AdGroups.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AdGroups",
    endpoint: "adgroups",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `AdGroups.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AdGroups",
    endpoint: "adgroups",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `AdGroups.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AdGroups",
    endpoint: "adgroups",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// `AdGroups.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AdGroups",
    endpoint: "adgroups",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
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
/// The AdGroups service (`POST /json/v5/adgroups`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct AdGroupsService<'a> {
    client: &'a rt::Client,
}
impl<'a> AdGroupsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `AdGroups.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `AdGroups.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `AdGroups.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
    /// `AdGroups.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
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
    type Item = AdGroupGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<AdGroupGetItem> {
        self.ad_groups.unwrap_or_default()
    }
}
/// `AdGroupFieldEnum`: one of 12 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupFieldEnum {
    /// `Id`
    Id,
    /// `CampaignId`
    CampaignId,
    /// `Status`
    Status,
    /// `Name`
    Name,
    /// `RegionIds`
    RegionIds,
    /// `RestrictedRegionIds`
    RestrictedRegionIds,
    /// `NegativeKeywords`
    NegativeKeywords,
    /// `NegativeKeywordSharedSetIds`
    NegativeKeywordSharedSetIds,
    /// `Type`
    Type,
    /// `TrackingParams`
    TrackingParams,
    /// `Subtype`
    Subtype,
    /// `ServingStatus`
    ServingStatus,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdGroupFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::CampaignId,
        Self::Status,
        Self::Name,
        Self::RegionIds,
        Self::RestrictedRegionIds,
        Self::NegativeKeywords,
        Self::NegativeKeywordSharedSetIds,
        Self::Type,
        Self::TrackingParams,
        Self::Subtype,
        Self::ServingStatus,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::CampaignId => "CampaignId",
            Self::Status => "Status",
            Self::Name => "Name",
            Self::RegionIds => "RegionIds",
            Self::RestrictedRegionIds => "RestrictedRegionIds",
            Self::NegativeKeywords => "NegativeKeywords",
            Self::NegativeKeywordSharedSetIds => "NegativeKeywordSharedSetIds",
            Self::Type => "Type",
            Self::TrackingParams => "TrackingParams",
            Self::Subtype => "Subtype",
            Self::ServingStatus => "ServingStatus",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "CampaignId" => Self::CampaignId,
            "Status" => Self::Status,
            "Name" => Self::Name,
            "RegionIds" => Self::RegionIds,
            "RestrictedRegionIds" => Self::RestrictedRegionIds,
            "NegativeKeywords" => Self::NegativeKeywords,
            "NegativeKeywordSharedSetIds" => Self::NegativeKeywordSharedSetIds,
            "Type" => Self::Type,
            "TrackingParams" => Self::TrackingParams,
            "Subtype" => Self::Subtype,
            "ServingStatus" => Self::ServingStatus,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdGroupFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdGroupFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `MobileAppAdGroupFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdGroupFieldEnum {
    /// `StoreUrl`
    StoreUrl,
    /// `TargetDeviceType`
    TargetDeviceType,
    /// `TargetCarrier`
    TargetCarrier,
    /// `TargetOperatingSystemVersion`
    TargetOperatingSystemVersion,
    /// `AppIconModeration`
    AppIconModeration,
    /// `AppAvailabilityStatus`
    AppAvailabilityStatus,
    /// `AppOperatingSystemType`
    AppOperatingSystemType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppAdGroupFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::StoreUrl,
        Self::TargetDeviceType,
        Self::TargetCarrier,
        Self::TargetOperatingSystemVersion,
        Self::AppIconModeration,
        Self::AppAvailabilityStatus,
        Self::AppOperatingSystemType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StoreUrl => "StoreUrl",
            Self::TargetDeviceType => "TargetDeviceType",
            Self::TargetCarrier => "TargetCarrier",
            Self::TargetOperatingSystemVersion => "TargetOperatingSystemVersion",
            Self::AppIconModeration => "AppIconModeration",
            Self::AppAvailabilityStatus => "AppAvailabilityStatus",
            Self::AppOperatingSystemType => "AppOperatingSystemType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "StoreUrl" => Self::StoreUrl,
            "TargetDeviceType" => Self::TargetDeviceType,
            "TargetCarrier" => Self::TargetCarrier,
            "TargetOperatingSystemVersion" => Self::TargetOperatingSystemVersion,
            "AppIconModeration" => Self::AppIconModeration,
            "AppAvailabilityStatus" => Self::AppAvailabilityStatus,
            "AppOperatingSystemType" => Self::AppOperatingSystemType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppAdGroupFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppAdGroupFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for MobileAppAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DynamicTextAdGroupFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextAdGroupFieldEnum {
    /// `AutotargetingCategories`
    AutotargetingCategories,
    /// `AutotargetingSettings`
    AutotargetingSettings,
    /// `DomainUrl`
    DomainUrl,
    /// `DomainUrlProcessingStatus`
    DomainUrlProcessingStatus,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextAdGroupFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AutotargetingCategories,
        Self::AutotargetingSettings,
        Self::DomainUrl,
        Self::DomainUrlProcessingStatus,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutotargetingCategories => "AutotargetingCategories",
            Self::AutotargetingSettings => "AutotargetingSettings",
            Self::DomainUrl => "DomainUrl",
            Self::DomainUrlProcessingStatus => "DomainUrlProcessingStatus",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AutotargetingCategories" => Self::AutotargetingCategories,
            "AutotargetingSettings" => Self::AutotargetingSettings,
            "DomainUrl" => Self::DomainUrl,
            "DomainUrlProcessingStatus" => Self::DomainUrlProcessingStatus,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextAdGroupFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextAdGroupFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DynamicTextAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGroupFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DynamicTextFeedAdGroupFieldEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextFeedAdGroupFieldEnum {
    /// `AutotargetingCategories`
    AutotargetingCategories,
    /// `AutotargetingSettings`
    AutotargetingSettings,
    /// `Source`
    Source,
    /// `FeedId`
    FeedId,
    /// `SourceType`
    SourceType,
    /// `SourceProcessingStatus`
    SourceProcessingStatus,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextFeedAdGroupFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AutotargetingCategories,
        Self::AutotargetingSettings,
        Self::Source,
        Self::FeedId,
        Self::SourceType,
        Self::SourceProcessingStatus,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutotargetingCategories => "AutotargetingCategories",
            Self::AutotargetingSettings => "AutotargetingSettings",
            Self::Source => "Source",
            Self::FeedId => "FeedId",
            Self::SourceType => "SourceType",
            Self::SourceProcessingStatus => "SourceProcessingStatus",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AutotargetingCategories" => Self::AutotargetingCategories,
            "AutotargetingSettings" => Self::AutotargetingSettings,
            "Source" => Self::Source,
            "FeedId" => Self::FeedId,
            "SourceType" => Self::SourceType,
            "SourceProcessingStatus" => Self::SourceProcessingStatus,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextFeedAdGroupFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextFeedAdGroupFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroupFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SmartAdGroupFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartAdGroupFieldEnum {
    /// `FeedId`
    FeedId,
    /// `AdTitleSource`
    AdTitleSource,
    /// `AdBodySource`
    AdBodySource,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartAdGroupFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::FeedId,
        Self::AdTitleSource,
        Self::AdBodySource,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FeedId => "FeedId",
            Self::AdTitleSource => "AdTitleSource",
            Self::AdBodySource => "AdBodySource",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "FeedId" => Self::FeedId,
            "AdTitleSource" => Self::AdTitleSource,
            "AdBodySource" => Self::AdBodySource,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartAdGroupFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartAdGroupFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SmartAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `TextAdGroupFeedParamsFieldEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdGroupFeedParamsFieldEnum {
    /// `FeedId`
    FeedId,
    /// `FeedCategoryIds`
    FeedCategoryIds,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextAdGroupFeedParamsFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::FeedId, Self::FeedCategoryIds];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FeedId => "FeedId",
            Self::FeedCategoryIds => "FeedCategoryIds",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "FeedId" => Self::FeedId,
            "FeedCategoryIds" => Self::FeedCategoryIds,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextAdGroupFeedParamsFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextAdGroupFeedParamsFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `UnifiedAdGroupFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedAdGroupFieldEnum {
    /// `OfferRetargeting`
    OfferRetargeting,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedAdGroupFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::OfferRetargeting];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OfferRetargeting => "OfferRetargeting",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "OfferRetargeting" => Self::OfferRetargeting,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedAdGroupFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UnifiedAdGroupFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for UnifiedAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdGroupSubtypeEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupSubtypeEnum {
    /// `WEBPAGE`
    Webpage,
    /// `FEED`
    Feed,
    /// `NONE`
    None,
    /// `KEYWORDS`
    Keywords,
    /// `USER_PROFILE`
    UserProfile,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdGroupSubtypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Webpage,
        Self::Feed,
        Self::None,
        Self::Keywords,
        Self::UserProfile,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Webpage => "WEBPAGE",
            Self::Feed => "FEED",
            Self::None => "NONE",
            Self::Keywords => "KEYWORDS",
            Self::UserProfile => "USER_PROFILE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WEBPAGE" => Self::Webpage,
            "FEED" => Self::Feed,
            "NONE" => Self::None,
            "KEYWORDS" => Self::Keywords,
            "USER_PROFILE" => Self::UserProfile,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdGroupSubtypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdGroupSubtypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdGroupSubtypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupSubtypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdGroupStatusSelectionEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupStatusSelectionEnum {
    /// `ACCEPTED`
    Accepted,
    /// `DRAFT`
    Draft,
    /// `MODERATION`
    Moderation,
    /// `REJECTED`
    Rejected,
    /// `PREACCEPTED`
    Preaccepted,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdGroupStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Accepted,
        Self::Draft,
        Self::Moderation,
        Self::Rejected,
        Self::Preaccepted,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "ACCEPTED",
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
            Self::Rejected => "REJECTED",
            Self::Preaccepted => "PREACCEPTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ACCEPTED" => Self::Accepted,
            "DRAFT" => Self::Draft,
            "MODERATION" => Self::Moderation,
            "REJECTED" => Self::Rejected,
            "PREACCEPTED" => Self::Preaccepted,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdGroupStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdGroupStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdGroupStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupStatusSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdGroupAppIconStatusSelectionEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupAppIconStatusSelectionEnum {
    /// `ACCEPTED`
    Accepted,
    /// `MODERATION`
    Moderation,
    /// `REJECTED`
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdGroupAppIconStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Accepted,
        Self::Moderation,
        Self::Rejected,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "ACCEPTED",
            Self::Moderation => "MODERATION",
            Self::Rejected => "REJECTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ACCEPTED" => Self::Accepted,
            "MODERATION" => Self::Moderation,
            "REJECTED" => Self::Rejected,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdGroupAppIconStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdGroupAppIconStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdGroupAppIconStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAppIconStatusSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SourceProcessingStatusEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceProcessingStatusEnum {
    /// `EMPTY_RESULT`
    EmptyResult,
    /// `PROCESSED`
    Processed,
    /// `UNKNOWN`
    Unknown,
    /// `UNPROCESSED`
    Unprocessed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SourceProcessingStatusEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::EmptyResult,
        Self::Processed,
        Self::Unknown,
        Self::Unprocessed,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmptyResult => "EMPTY_RESULT",
            Self::Processed => "PROCESSED",
            Self::Unknown => "UNKNOWN",
            Self::Unprocessed => "UNPROCESSED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EMPTY_RESULT" => Self::EmptyResult,
            "PROCESSED" => Self::Processed,
            "UNKNOWN" => Self::Unknown,
            "UNPROCESSED" => Self::Unprocessed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SourceProcessingStatusEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SourceProcessingStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SourceProcessingStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SourceProcessingStatusEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SourceTypeGetEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceTypeGetEnum {
    /// `RETAIL_FEED`
    RetailFeed,
    /// `UNKNOWN`
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SourceTypeGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::RetailFeed, Self::Unknown];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RetailFeed => "RETAIL_FEED",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RETAIL_FEED" => Self::RetailFeed,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SourceTypeGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SourceTypeGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SourceTypeGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SourceTypeGetEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdGroupsSelectionCriteria` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupsSelectionCriteria {
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Types`: array of `general:AdGroupTypesEnum` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<super::general::AdGroupTypesEnum>>,
    /// `Statuses`: array of `AdGroupStatusSelectionEnum` (optional).
    pub statuses: ::core::option::Option<::std::vec::Vec<AdGroupStatusSelectionEnum>>,
    /// `TagIds`: array of `xsd:long` (optional).
    pub tag_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Tags`: array of `xsd:string` (optional).
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `AppIconStatuses`: array of `AdGroupAppIconStatusSelectionEnum` (optional).
    pub app_icon_statuses: ::core::option::Option<
        ::std::vec::Vec<AdGroupAppIconStatusSelectionEnum>,
    >,
    /// `ServingStatuses`: array of `general:ServingStatusEnum` (optional).
    pub serving_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ServingStatusEnum>,
    >,
    /// `NegativeKeywordSharedSetIds`: array of `xsd:long` (optional).
    pub negative_keyword_shared_set_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupsSelectionCriteria {
    /// An empty `AdGroupsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            tag_ids: ::core::option::Option::None,
            tags: ::core::option::Option::None,
            app_icon_statuses: ::core::option::Option::None,
            serving_statuses: ::core::option::Option::None,
            negative_keyword_shared_set_ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Ids`.
    #[inline]
    #[must_use]
    pub fn with_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(
        mut self,
        value: ::std::vec::Vec<super::general::AdGroupTypesEnum>,
    ) -> Self {
        self.types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Statuses`.
    #[inline]
    #[must_use]
    pub fn with_statuses(
        mut self,
        value: ::std::vec::Vec<AdGroupStatusSelectionEnum>,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TagIds`.
    #[inline]
    #[must_use]
    pub fn with_tag_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.tag_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tags`.
    #[inline]
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AppIconStatuses`.
    #[inline]
    #[must_use]
    pub fn with_app_icon_statuses(
        mut self,
        value: ::std::vec::Vec<AdGroupAppIconStatusSelectionEnum>,
    ) -> Self {
        self.app_icon_statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ServingStatuses`.
    #[inline]
    #[must_use]
    pub fn with_serving_statuses(
        mut self,
        value: ::std::vec::Vec<super::general::ServingStatusEnum>,
    ) -> Self {
        self.serving_statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: ::std::vec::Vec<i64>,
    ) -> Self {
        self.negative_keyword_shared_set_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdGroupsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tag_ids {
            map.serialize_entry("TagIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tags {
            map.serialize_entry("Tags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.app_icon_statuses {
            map.serialize_entry("AppIconStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_statuses {
            map.serialize_entry("ServingStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .negative_keyword_shared_set_ids
        {
            map.serialize_entry("NegativeKeywordSharedSetIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupsSelectionCriteria, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut tag_ids = ::core::option::Option::None;
                let mut tags = ::core::option::Option::None;
                let mut app_icon_statuses = ::core::option::Option::None;
                let mut serving_statuses = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
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
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "Statuses" => {
                            statuses = rt::wire::optional_value(
                                &mut map,
                                "Statuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "TagIds" => {
                            tag_ids = rt::wire::optional_value(
                                &mut map,
                                "TagIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tags" => {
                            tags = rt::wire::optional_value(
                                &mut map,
                                "Tags",
                                &mut unknown_fields,
                            )?;
                        }
                        "AppIconStatuses" => {
                            app_icon_statuses = rt::wire::optional_value(
                                &mut map,
                                "AppIconStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "ServingStatuses" => {
                            serving_statuses = rt::wire::optional_value(
                                &mut map,
                                "ServingStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywordSharedSetIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupsSelectionCriteria {
                    campaign_ids,
                    ids,
                    types,
                    statuses,
                    tag_ids,
                    tags,
                    app_icon_statuses,
                    serving_statuses,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdGroupBase` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupBase {
    /// `RegionIds`: array of `xsd:long` (optional).
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional, nillable).
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupBase {
    /// An empty `AdGroupBase`: every field absent.
    pub fn new() -> Self {
        Self {
            region_ids: ::core::option::Option::None,
            negative_keywords: rt::Nullable::Absent,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            tracking_params: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.region_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = rt::Nullable::Value(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(mut self, value: ::std::string::String) -> Self {
        self.tracking_params = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdGroupBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupBase, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut tracking_params = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupBase {
                    region_ids,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdGroupAddItem` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdGroupAddItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `CampaignId`: `xsd:long` (required).
    pub campaign_id: i64,
    /// `RegionIds`: array of `xsd:long` (required).
    pub region_ids: ::std::vec::Vec<i64>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional).
    pub negative_keywords: ::core::option::Option<super::general::ArrayOfString>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional).
    pub negative_keyword_shared_set_ids: ::core::option::Option<
        super::general::ArrayOfLong,
    >,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `MobileAppAdGroup`: `MobileAppAdGroupAdd` (optional).
    pub mobile_app_ad_group: ::core::option::Option<MobileAppAdGroupAdd>,
    /// `DynamicTextAdGroup`: `DynamicTextAdGroup` (optional).
    pub dynamic_text_ad_group: ::core::option::Option<DynamicTextAdGroup>,
    /// `DynamicTextFeedAdGroup`: `DynamicTextFeedAdGroup` (optional).
    pub dynamic_text_feed_ad_group: ::core::option::Option<DynamicTextFeedAdGroup>,
    /// `CpmBannerKeywordsAdGroup`: `CpmBannerKeywordsAdGroupAdd` (optional).
    pub cpm_banner_keywords_ad_group: ::core::option::Option<
        CpmBannerKeywordsAdGroupAdd,
    >,
    /// `CpmBannerUserProfileAdGroup`: `CpmBannerUserProfileAdGroupAdd` (optional).
    pub cpm_banner_user_profile_ad_group: ::core::option::Option<
        CpmBannerUserProfileAdGroupAdd,
    >,
    /// `CpmVideoAdGroup`: `CpmVideoAdGroupAdd` (optional).
    pub cpm_video_ad_group: ::core::option::Option<CpmVideoAdGroupAdd>,
    /// `SmartAdGroup`: `SmartAdGroupAdd` (optional).
    pub smart_ad_group: ::core::option::Option<SmartAdGroupAdd>,
    /// `UnifiedAdGroup`: `UnifiedAdGroupAdd` (optional).
    pub unified_ad_group: ::core::option::Option<UnifiedAdGroupAdd>,
    /// `TextAdGroupFeedParams`: `TextAdGroupFeedParamsAdd` (optional).
    pub text_ad_group_feed_params: ::core::option::Option<TextAdGroupFeedParamsAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupAddItem {
    /// A `AdGroupAddItem` with its required fields (`Name`, `CampaignId`, `RegionIds`); the others start absent.
    pub fn new(
        name: ::std::string::String,
        campaign_id: i64,
        region_ids: ::std::vec::Vec<i64>,
    ) -> Self {
        Self {
            name,
            campaign_id,
            region_ids,
            negative_keywords: ::core::option::Option::None,
            negative_keyword_shared_set_ids: ::core::option::Option::None,
            tracking_params: ::core::option::Option::None,
            mobile_app_ad_group: ::core::option::Option::None,
            dynamic_text_ad_group: ::core::option::Option::None,
            dynamic_text_feed_ad_group: ::core::option::Option::None,
            cpm_banner_keywords_ad_group: ::core::option::Option::None,
            cpm_banner_user_profile_ad_group: ::core::option::Option::None,
            cpm_video_ad_group: ::core::option::Option::None,
            smart_ad_group: ::core::option::Option::None,
            unified_ad_group: ::core::option::Option::None,
            text_ad_group_feed_params: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(mut self, value: ::std::string::String) -> Self {
        self.tracking_params = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_group(mut self, value: MobileAppAdGroupAdd) -> Self {
        self.mobile_app_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_group(mut self, value: DynamicTextAdGroup) -> Self {
        self.dynamic_text_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextFeedAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_feed_ad_group(
        mut self,
        value: DynamicTextFeedAdGroup,
    ) -> Self {
        self.dynamic_text_feed_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerKeywordsAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_keywords_ad_group(
        mut self,
        value: CpmBannerKeywordsAdGroupAdd,
    ) -> Self {
        self.cpm_banner_keywords_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerUserProfileAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_user_profile_ad_group(
        mut self,
        value: CpmBannerUserProfileAdGroupAdd,
    ) -> Self {
        self.cpm_banner_user_profile_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_ad_group(mut self, value: CpmVideoAdGroupAdd) -> Self {
        self.cpm_video_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_group(mut self, value: SmartAdGroupAdd) -> Self {
        self.smart_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_unified_ad_group(mut self, value: UnifiedAdGroupAdd) -> Self {
        self.unified_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdGroupFeedParams`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_group_feed_params(
        mut self,
        value: TextAdGroupFeedParamsAdd,
    ) -> Self {
        self.text_ad_group_feed_params = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdGroupAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("CampaignId", &self.campaign_id)?;
        map.serialize_entry("RegionIds", &self.region_ids)?;
        if let ::core::option::Option::Some(value) = &self.negative_keywords {
            map.serialize_entry("NegativeKeywords", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .negative_keyword_shared_set_ids
        {
            map.serialize_entry("NegativeKeywordSharedSetIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_group {
            map.serialize_entry("MobileAppAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_group {
            map.serialize_entry("DynamicTextAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_feed_ad_group {
            map.serialize_entry("DynamicTextFeedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_keywords_ad_group {
            map.serialize_entry("CpmBannerKeywordsAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_banner_user_profile_ad_group
        {
            map.serialize_entry("CpmBannerUserProfileAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_group {
            map.serialize_entry("CpmVideoAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group {
            map.serialize_entry("SmartAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group {
            map.serialize_entry("UnifiedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_group_feed_params {
            map.serialize_entry("TextAdGroupFeedParams", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = ::core::option::Option::None;
                let mut tracking_params = ::core::option::Option::None;
                let mut mobile_app_ad_group = ::core::option::Option::None;
                let mut dynamic_text_ad_group = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group = ::core::option::Option::None;
                let mut cpm_banner_keywords_ad_group = ::core::option::Option::None;
                let mut cpm_banner_user_profile_ad_group = ::core::option::Option::None;
                let mut cpm_video_ad_group = ::core::option::Option::None;
                let mut smart_ad_group = ::core::option::Option::None;
                let mut unified_ad_group = ::core::option::Option::None;
                let mut text_ad_group_feed_params = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "CampaignId" => {
                            campaign_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "RegionIds" => {
                            region_ids = ::core::option::Option::Some(map.next_value()?);
                        }
                        "NegativeKeywords" => {
                            negative_keywords = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywords",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywordSharedSetIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdGroup" => {
                            mobile_app_ad_group = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroup" => {
                            dynamic_text_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroup" => {
                            dynamic_text_feed_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerKeywordsAdGroup" => {
                            cpm_banner_keywords_ad_group = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerKeywordsAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerUserProfileAdGroup" => {
                            cpm_banner_user_profile_ad_group = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerUserProfileAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdGroup" => {
                            cpm_video_ad_group = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroup" => {
                            smart_ad_group = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroup" => {
                            unified_ad_group = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdGroupFeedParams" => {
                            text_ad_group_feed_params = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParams",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupAddItem {
                    name: rt::wire::required(name, "Name")?,
                    campaign_id: rt::wire::required(campaign_id, "CampaignId")?,
                    region_ids: rt::wire::required(region_ids, "RegionIds")?,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    mobile_app_ad_group,
                    dynamic_text_ad_group,
                    dynamic_text_feed_ad_group,
                    cpm_banner_keywords_ad_group,
                    cpm_banner_user_profile_ad_group,
                    cpm_video_ad_group,
                    smart_ad_group,
                    unified_ad_group,
                    text_ad_group_feed_params,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdGroupGetItem` (`schema/direct_v5/adgroups.json`). Extends `AdGroupBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupGetItem {
    /// `RegionIds`: array of `xsd:long` (optional).
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional, nillable).
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `Type`: `general:AdGroupTypesEnum` (optional).
    pub type_: ::core::option::Option<super::general::AdGroupTypesEnum>,
    /// `Subtype`: `AdGroupSubtypeEnum` (optional).
    pub subtype: ::core::option::Option<AdGroupSubtypeEnum>,
    /// `MobileAppAdGroup`: `MobileAppAdGroupGet` (optional).
    pub mobile_app_ad_group: ::core::option::Option<MobileAppAdGroupGet>,
    /// `DynamicTextAdGroup`: `DynamicTextAdGroupGet` (optional).
    pub dynamic_text_ad_group: ::core::option::Option<DynamicTextAdGroupGet>,
    /// `DynamicTextFeedAdGroup`: `DynamicTextFeedAdGroupGet` (optional).
    pub dynamic_text_feed_ad_group: ::core::option::Option<DynamicTextFeedAdGroupGet>,
    /// `SmartAdGroup`: `SmartAdGroupGet` (optional).
    pub smart_ad_group: ::core::option::Option<SmartAdGroupGet>,
    /// `ServingStatus`: `general:ServingStatusEnum` (optional).
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// `RestrictedRegionIds`: `general:ArrayOfLong` (optional, nillable).
    pub restricted_region_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `TextAdGroupFeedParams`: `TextAdGroupFeedParamsGet` (optional).
    pub text_ad_group_feed_params: ::core::option::Option<TextAdGroupFeedParamsGet>,
    /// `UnifiedAdGroup`: `UnifiedAdGroupGet` (optional).
    pub unified_ad_group: ::core::option::Option<UnifiedAdGroupGet>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupGetItem {
    /// An empty `AdGroupGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            region_ids: ::core::option::Option::None,
            negative_keywords: rt::Nullable::Absent,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            tracking_params: ::core::option::Option::None,
            id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            status: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            subtype: ::core::option::Option::None,
            mobile_app_ad_group: ::core::option::Option::None,
            dynamic_text_ad_group: ::core::option::Option::None,
            dynamic_text_feed_ad_group: ::core::option::Option::None,
            smart_ad_group: ::core::option::Option::None,
            serving_status: ::core::option::Option::None,
            restricted_region_ids: rt::Nullable::Absent,
            text_ad_group_feed_params: ::core::option::Option::None,
            unified_ad_group: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.region_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = rt::Nullable::Value(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(mut self, value: ::std::string::String) -> Self {
        self.tracking_params = ::core::option::Option::Some(value);
        self
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
    /// Sets `CampaignId`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: i64) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: super::general::AdGroupTypesEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Subtype`.
    #[inline]
    #[must_use]
    pub fn with_subtype(mut self, value: AdGroupSubtypeEnum) -> Self {
        self.subtype = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_group(mut self, value: MobileAppAdGroupGet) -> Self {
        self.mobile_app_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_group(mut self, value: DynamicTextAdGroupGet) -> Self {
        self.dynamic_text_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextFeedAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_feed_ad_group(
        mut self,
        value: DynamicTextFeedAdGroupGet,
    ) -> Self {
        self.dynamic_text_feed_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_group(mut self, value: SmartAdGroupGet) -> Self {
        self.smart_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ServingStatus`.
    #[inline]
    #[must_use]
    pub fn with_serving_status(
        mut self,
        value: super::general::ServingStatusEnum,
    ) -> Self {
        self.serving_status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RestrictedRegionIds`.
    #[inline]
    #[must_use]
    pub fn with_restricted_region_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.restricted_region_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextAdGroupFeedParams`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_group_feed_params(
        mut self,
        value: TextAdGroupFeedParamsGet,
    ) -> Self {
        self.text_ad_group_feed_params = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_unified_ad_group(mut self, value: UnifiedAdGroupGet) -> Self {
        self.unified_ad_group = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdGroupGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.subtype {
            map.serialize_entry("Subtype", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_group {
            map.serialize_entry("MobileAppAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_group {
            map.serialize_entry("DynamicTextAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_feed_ad_group {
            map.serialize_entry("DynamicTextFeedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group {
            map.serialize_entry("SmartAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_status {
            map.serialize_entry("ServingStatus", value)?;
        }
        if self.restricted_region_ids.is_present() {
            map.serialize_entry("RestrictedRegionIds", &self.restricted_region_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_group_feed_params {
            map.serialize_entry("TextAdGroupFeedParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group {
            map.serialize_entry("UnifiedAdGroup", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupGetItem, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut tracking_params = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut subtype = ::core::option::Option::None;
                let mut mobile_app_ad_group = ::core::option::Option::None;
                let mut dynamic_text_ad_group = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group = ::core::option::Option::None;
                let mut smart_ad_group = ::core::option::Option::None;
                let mut serving_status = ::core::option::Option::None;
                let mut restricted_region_ids = rt::Nullable::Absent;
                let mut text_ad_group_feed_params = ::core::option::Option::None;
                let mut unified_ad_group = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
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
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
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
                        "Subtype" => {
                            subtype = rt::wire::optional_value(
                                &mut map,
                                "Subtype",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdGroup" => {
                            mobile_app_ad_group = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroup" => {
                            dynamic_text_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroup" => {
                            dynamic_text_feed_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroup" => {
                            smart_ad_group = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "ServingStatus" => {
                            serving_status = rt::wire::optional_value(
                                &mut map,
                                "ServingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "RestrictedRegionIds" => {
                            restricted_region_ids = map.next_value()?;
                        }
                        "TextAdGroupFeedParams" => {
                            text_ad_group_feed_params = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroup" => {
                            unified_ad_group = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupGetItem {
                    region_ids,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    id,
                    name,
                    campaign_id,
                    status,
                    type_,
                    subtype,
                    mobile_app_ad_group,
                    dynamic_text_ad_group,
                    dynamic_text_feed_ad_group,
                    smart_ad_group,
                    serving_status,
                    restricted_region_ids,
                    text_ad_group_feed_params,
                    unified_ad_group,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TargetDeviceTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetDeviceTypeEnum {
    /// `DEVICE_TYPE_MOBILE`
    DeviceTypeMobile,
    /// `DEVICE_TYPE_TABLET`
    DeviceTypeTablet,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TargetDeviceTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::DeviceTypeMobile, Self::DeviceTypeTablet];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeviceTypeMobile => "DEVICE_TYPE_MOBILE",
            Self::DeviceTypeTablet => "DEVICE_TYPE_TABLET",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DEVICE_TYPE_MOBILE" => Self::DeviceTypeMobile,
            "DEVICE_TYPE_TABLET" => Self::DeviceTypeTablet,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TargetDeviceTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TargetDeviceTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for TargetDeviceTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TargetDeviceTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `TargetCarrierEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetCarrierEnum {
    /// `WI_FI_ONLY`
    WiFiOnly,
    /// `WI_FI_AND_CELLULAR`
    WiFiAndCellular,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TargetCarrierEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::WiFiOnly, Self::WiFiAndCellular];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WiFiOnly => "WI_FI_ONLY",
            Self::WiFiAndCellular => "WI_FI_AND_CELLULAR",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WI_FI_ONLY" => Self::WiFiOnly,
            "WI_FI_AND_CELLULAR" => Self::WiFiAndCellular,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TargetCarrierEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TargetCarrierEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for TargetCarrierEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TargetCarrierEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AppAvailabilityStatusEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppAvailabilityStatusEnum {
    /// `UNPROCESSED`
    Unprocessed,
    /// `AVAILABLE`
    Available,
    /// `NOT_AVAILABLE`
    NotAvailable,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AppAvailabilityStatusEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Unprocessed,
        Self::Available,
        Self::NotAvailable,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unprocessed => "UNPROCESSED",
            Self::Available => "AVAILABLE",
            Self::NotAvailable => "NOT_AVAILABLE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "UNPROCESSED" => Self::Unprocessed,
            "AVAILABLE" => Self::Available,
            "NOT_AVAILABLE" => Self::NotAvailable,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AppAvailabilityStatusEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AppAvailabilityStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AppAvailabilityStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AppAvailabilityStatusEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `MobileAppAdGroupGet` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdGroupGet {
    /// `StoreUrl`: `xsd:string` (optional).
    pub store_url: ::core::option::Option<::std::string::String>,
    /// `TargetDeviceType`: array of `TargetDeviceTypeEnum` (optional).
    pub target_device_type: ::core::option::Option<
        ::std::vec::Vec<TargetDeviceTypeEnum>,
    >,
    /// `TargetCarrier`: `TargetCarrierEnum` (optional).
    pub target_carrier: ::core::option::Option<TargetCarrierEnum>,
    /// `TargetOperatingSystemVersion`: `xsd:string` (optional).
    pub target_operating_system_version: ::core::option::Option<::std::string::String>,
    /// `AppIconModeration`: `general:ExtensionModeration` (optional, nillable).
    pub app_icon_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AppOperatingSystemType`: `general:MobileOperatingSystemTypeEnum` (optional).
    pub app_operating_system_type: ::core::option::Option<
        super::general::MobileOperatingSystemTypeEnum,
    >,
    /// `AppAvailabilityStatus`: `AppAvailabilityStatusEnum` (optional).
    pub app_availability_status: ::core::option::Option<AppAvailabilityStatusEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdGroupGet {
    /// An empty `MobileAppAdGroupGet`: every field absent.
    pub fn new() -> Self {
        Self {
            store_url: ::core::option::Option::None,
            target_device_type: ::core::option::Option::None,
            target_carrier: ::core::option::Option::None,
            target_operating_system_version: ::core::option::Option::None,
            app_icon_moderation: rt::Nullable::Absent,
            app_operating_system_type: ::core::option::Option::None,
            app_availability_status: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StoreUrl`.
    #[inline]
    #[must_use]
    pub fn with_store_url(mut self, value: ::std::string::String) -> Self {
        self.store_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TargetDeviceType`.
    #[inline]
    #[must_use]
    pub fn with_target_device_type(
        mut self,
        value: ::std::vec::Vec<TargetDeviceTypeEnum>,
    ) -> Self {
        self.target_device_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TargetCarrier`.
    #[inline]
    #[must_use]
    pub fn with_target_carrier(mut self, value: TargetCarrierEnum) -> Self {
        self.target_carrier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TargetOperatingSystemVersion`.
    #[inline]
    #[must_use]
    pub fn with_target_operating_system_version(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.target_operating_system_version = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AppIconModeration`.
    #[inline]
    #[must_use]
    pub fn with_app_icon_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.app_icon_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AppOperatingSystemType`.
    #[inline]
    #[must_use]
    pub fn with_app_operating_system_type(
        mut self,
        value: super::general::MobileOperatingSystemTypeEnum,
    ) -> Self {
        self.app_operating_system_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AppAvailabilityStatus`.
    #[inline]
    #[must_use]
    pub fn with_app_availability_status(
        mut self,
        value: AppAvailabilityStatusEnum,
    ) -> Self {
        self.app_availability_status = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.store_url {
            map.serialize_entry("StoreUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.target_device_type {
            map.serialize_entry("TargetDeviceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.target_carrier {
            map.serialize_entry("TargetCarrier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .target_operating_system_version
        {
            map.serialize_entry("TargetOperatingSystemVersion", value)?;
        }
        if self.app_icon_moderation.is_present() {
            map.serialize_entry("AppIconModeration", &self.app_icon_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.app_operating_system_type {
            map.serialize_entry("AppOperatingSystemType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.app_availability_status {
            map.serialize_entry("AppAvailabilityStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGroupGet, A::Error> {
                let mut store_url = ::core::option::Option::None;
                let mut target_device_type = ::core::option::Option::None;
                let mut target_carrier = ::core::option::Option::None;
                let mut target_operating_system_version = ::core::option::Option::None;
                let mut app_icon_moderation = rt::Nullable::Absent;
                let mut app_operating_system_type = ::core::option::Option::None;
                let mut app_availability_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StoreUrl" => {
                            store_url = rt::wire::optional_value(
                                &mut map,
                                "StoreUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetDeviceType" => {
                            target_device_type = rt::wire::optional_value(
                                &mut map,
                                "TargetDeviceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetCarrier" => {
                            target_carrier = rt::wire::optional_value(
                                &mut map,
                                "TargetCarrier",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetOperatingSystemVersion" => {
                            target_operating_system_version = rt::wire::optional_value(
                                &mut map,
                                "TargetOperatingSystemVersion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AppIconModeration" => app_icon_moderation = map.next_value()?,
                        "AppOperatingSystemType" => {
                            app_operating_system_type = rt::wire::optional_value(
                                &mut map,
                                "AppOperatingSystemType",
                                &mut unknown_fields,
                            )?;
                        }
                        "AppAvailabilityStatus" => {
                            app_availability_status = rt::wire::optional_value(
                                &mut map,
                                "AppAvailabilityStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGroupGet {
                    store_url,
                    target_device_type,
                    target_carrier,
                    target_operating_system_version,
                    app_icon_moderation,
                    app_operating_system_type,
                    app_availability_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `MobileAppAdGroupUpdate` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdGroupUpdate {
    /// `TargetDeviceType`: array of `TargetDeviceTypeEnum` (optional).
    pub target_device_type: ::core::option::Option<
        ::std::vec::Vec<TargetDeviceTypeEnum>,
    >,
    /// `TargetCarrier`: `TargetCarrierEnum` (optional).
    pub target_carrier: ::core::option::Option<TargetCarrierEnum>,
    /// `TargetOperatingSystemVersion`: `xsd:string` (optional).
    pub target_operating_system_version: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdGroupUpdate {
    /// An empty `MobileAppAdGroupUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            target_device_type: ::core::option::Option::None,
            target_carrier: ::core::option::Option::None,
            target_operating_system_version: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TargetDeviceType`.
    #[inline]
    #[must_use]
    pub fn with_target_device_type(
        mut self,
        value: ::std::vec::Vec<TargetDeviceTypeEnum>,
    ) -> Self {
        self.target_device_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TargetCarrier`.
    #[inline]
    #[must_use]
    pub fn with_target_carrier(mut self, value: TargetCarrierEnum) -> Self {
        self.target_carrier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TargetOperatingSystemVersion`.
    #[inline]
    #[must_use]
    pub fn with_target_operating_system_version(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.target_operating_system_version = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.target_device_type {
            map.serialize_entry("TargetDeviceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.target_carrier {
            map.serialize_entry("TargetCarrier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .target_operating_system_version
        {
            map.serialize_entry("TargetOperatingSystemVersion", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGroupUpdate, A::Error> {
                let mut target_device_type = ::core::option::Option::None;
                let mut target_carrier = ::core::option::Option::None;
                let mut target_operating_system_version = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TargetDeviceType" => {
                            target_device_type = rt::wire::optional_value(
                                &mut map,
                                "TargetDeviceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetCarrier" => {
                            target_carrier = rt::wire::optional_value(
                                &mut map,
                                "TargetCarrier",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetOperatingSystemVersion" => {
                            target_operating_system_version = rt::wire::optional_value(
                                &mut map,
                                "TargetOperatingSystemVersion",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGroupUpdate {
                    target_device_type,
                    target_carrier,
                    target_operating_system_version,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `MobileAppAdGroupAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdGroupAdd {
    /// `StoreUrl`: `xsd:string` (required).
    pub store_url: ::std::string::String,
    /// `TargetDeviceType`: array of `TargetDeviceTypeEnum` (required).
    pub target_device_type: ::std::vec::Vec<TargetDeviceTypeEnum>,
    /// `TargetCarrier`: `TargetCarrierEnum` (required).
    pub target_carrier: TargetCarrierEnum,
    /// `TargetOperatingSystemVersion`: `xsd:string` (required).
    pub target_operating_system_version: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdGroupAdd {
    /// A `MobileAppAdGroupAdd` with its required fields (`StoreUrl`, `TargetDeviceType`, `TargetCarrier`, `TargetOperatingSystemVersion`); the others start absent.
    pub fn new(
        store_url: ::std::string::String,
        target_device_type: ::std::vec::Vec<TargetDeviceTypeEnum>,
        target_carrier: TargetCarrierEnum,
        target_operating_system_version: ::std::string::String,
    ) -> Self {
        Self {
            store_url,
            target_device_type,
            target_carrier,
            target_operating_system_version,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for MobileAppAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StoreUrl", &self.store_url)?;
        map.serialize_entry("TargetDeviceType", &self.target_device_type)?;
        map.serialize_entry("TargetCarrier", &self.target_carrier)?;
        map.serialize_entry(
            "TargetOperatingSystemVersion",
            &self.target_operating_system_version,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGroupAdd, A::Error> {
                let mut store_url = ::core::option::Option::None;
                let mut target_device_type = ::core::option::Option::None;
                let mut target_carrier = ::core::option::Option::None;
                let mut target_operating_system_version = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StoreUrl" => {
                            store_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TargetDeviceType" => {
                            target_device_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "TargetCarrier" => {
                            target_carrier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "TargetOperatingSystemVersion" => {
                            target_operating_system_version = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGroupAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGroupAdd {
                    store_url: rt::wire::required(store_url, "StoreUrl")?,
                    target_device_type: rt::wire::required(
                        target_device_type,
                        "TargetDeviceType",
                    )?,
                    target_carrier: rt::wire::required(target_carrier, "TargetCarrier")?,
                    target_operating_system_version: rt::wire::required(
                        target_operating_system_version,
                        "TargetOperatingSystemVersion",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicAdGroup` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicAdGroup {
    /// `AutotargetingCategories`: array of `general:AutotargetingCategory` (optional).
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicAdGroup {
    /// An empty `DynamicAdGroup`: every field absent.
    pub fn new() -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategory>,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicAdGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicAdGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicAdGroup;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicAdGroup` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicAdGroup, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicAdGroup",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicAdGroup {
                    autotargeting_categories,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicAdGroupGet` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicAdGroupGet {
    /// `AutotargetingCategories`: `general:AutotargetingCategoryArray` (optional).
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicAdGroupGet {
    /// An empty `DynamicAdGroupGet`: every field absent.
    pub fn new() -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: super::general::AutotargetingCategoryArray,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicAdGroupGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicAdGroupGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicTextAdGroup` (`schema/direct_v5/adgroups.json`). Extends `DynamicAdGroup`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextAdGroup {
    /// `AutotargetingCategories`: array of `general:AutotargetingCategory` (optional).
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// `DomainUrl`: `xsd:string` (required).
    pub domain_url: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextAdGroup {
    /// A `DynamicTextAdGroup` with its required fields (`DomainUrl`); the others start absent.
    pub fn new(domain_url: ::std::string::String) -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            domain_url,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategory>,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextAdGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        map.serialize_entry("DomainUrl", &self.domain_url)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdGroup;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdGroup` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdGroup, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut domain_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "DomainUrl" => {
                            domain_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdGroup",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdGroup {
                    autotargeting_categories,
                    autotargeting_settings,
                    domain_url: rt::wire::required(domain_url, "DomainUrl")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicTextAdGroupGet` (`schema/direct_v5/adgroups.json`). Extends `DynamicAdGroupGet`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextAdGroupGet {
    /// `AutotargetingCategories`: `general:AutotargetingCategoryArray` (optional).
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// `DomainUrl`: `xsd:string` (optional).
    pub domain_url: ::core::option::Option<::std::string::String>,
    /// `DomainUrlProcessingStatus`: `SourceProcessingStatusEnum` (optional).
    pub domain_url_processing_status: ::core::option::Option<SourceProcessingStatusEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextAdGroupGet {
    /// An empty `DynamicTextAdGroupGet`: every field absent.
    pub fn new() -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            domain_url: ::core::option::Option::None,
            domain_url_processing_status: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: super::general::AutotargetingCategoryArray,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DomainUrl`.
    #[inline]
    #[must_use]
    pub fn with_domain_url(mut self, value: ::std::string::String) -> Self {
        self.domain_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DomainUrlProcessingStatus`.
    #[inline]
    #[must_use]
    pub fn with_domain_url_processing_status(
        mut self,
        value: SourceProcessingStatusEnum,
    ) -> Self {
        self.domain_url_processing_status = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.domain_url {
            map.serialize_entry("DomainUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.domain_url_processing_status {
            map.serialize_entry("DomainUrlProcessingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdGroupGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut domain_url = ::core::option::Option::None;
                let mut domain_url_processing_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "DomainUrl" => {
                            domain_url = rt::wire::optional_value(
                                &mut map,
                                "DomainUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "DomainUrlProcessingStatus" => {
                            domain_url_processing_status = rt::wire::optional_value(
                                &mut map,
                                "DomainUrlProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdGroupGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    domain_url,
                    domain_url_processing_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicTextFeedAdGroup` (`schema/direct_v5/adgroups.json`). Extends `DynamicAdGroup`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextFeedAdGroup {
    /// `AutotargetingCategories`: array of `general:AutotargetingCategory` (optional).
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// `FeedId`: `xsd:long` (required).
    pub feed_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextFeedAdGroup {
    /// A `DynamicTextFeedAdGroup` with its required fields (`FeedId`); the others start absent.
    pub fn new(feed_id: i64) -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            feed_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategory>,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        map.serialize_entry("FeedId", &self.feed_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextFeedAdGroup;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextFeedAdGroup` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextFeedAdGroup, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextFeedAdGroup",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextFeedAdGroup {
                    autotargeting_categories,
                    autotargeting_settings,
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicTextFeedAdGroupUpdate` (`schema/direct_v5/adgroups.json`). Extends `DynamicAdGroup`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextFeedAdGroupUpdate {
    /// `AutotargetingCategories`: array of `general:AutotargetingCategory` (optional).
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// `FeedId`: `xsd:long` (optional).
    pub feed_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextFeedAdGroupUpdate {
    /// An empty `DynamicTextFeedAdGroupUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            feed_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategory>,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextFeedAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextFeedAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextFeedAdGroupUpdate, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextFeedAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextFeedAdGroupUpdate {
                    autotargeting_categories,
                    autotargeting_settings,
                    feed_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicSourceGet` (`schema/direct_v5/adgroups.json`). Extends `DynamicAdGroupGet`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicSourceGet {
    /// `AutotargetingCategories`: `general:AutotargetingCategoryArray` (optional).
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// `Source`: `xsd:string` (optional).
    pub source: ::core::option::Option<::std::string::String>,
    /// `FeedId`: `xsd:long` (optional).
    pub feed_id: ::core::option::Option<i64>,
    /// `SourceType`: `SourceTypeGetEnum` (optional).
    pub source_type: ::core::option::Option<SourceTypeGetEnum>,
    /// `SourceProcessingStatus`: `SourceProcessingStatusEnum` (optional).
    pub source_processing_status: ::core::option::Option<SourceProcessingStatusEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicSourceGet {
    /// An empty `DynamicSourceGet`: every field absent.
    pub fn new() -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            source: ::core::option::Option::None,
            feed_id: ::core::option::Option::None,
            source_type: ::core::option::Option::None,
            source_processing_status: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: super::general::AutotargetingCategoryArray,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Source`.
    #[inline]
    #[must_use]
    pub fn with_source(mut self, value: ::std::string::String) -> Self {
        self.source = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SourceType`.
    #[inline]
    #[must_use]
    pub fn with_source_type(mut self, value: SourceTypeGetEnum) -> Self {
        self.source_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SourceProcessingStatus`.
    #[inline]
    #[must_use]
    pub fn with_source_processing_status(
        mut self,
        value: SourceProcessingStatusEnum,
    ) -> Self {
        self.source_processing_status = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicSourceGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source {
            map.serialize_entry("Source", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_type {
            map.serialize_entry("SourceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_processing_status {
            map.serialize_entry("SourceProcessingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicSourceGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicSourceGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicSourceGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicSourceGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut source = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut source_processing_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Source" => {
                            source = rt::wire::optional_value(
                                &mut map,
                                "Source",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
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
                        "SourceProcessingStatus" => {
                            source_processing_status = rt::wire::optional_value(
                                &mut map,
                                "SourceProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicSourceGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicSourceGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    source,
                    feed_id,
                    source_type,
                    source_processing_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicTextFeedAdGroupGet` (`schema/direct_v5/adgroups.json`). Extends `DynamicSourceGet` -> `DynamicAdGroupGet`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextFeedAdGroupGet {
    /// `AutotargetingCategories`: `general:AutotargetingCategoryArray` (optional).
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// `Source`: `xsd:string` (optional).
    pub source: ::core::option::Option<::std::string::String>,
    /// `FeedId`: `xsd:long` (optional).
    pub feed_id: ::core::option::Option<i64>,
    /// `SourceType`: `SourceTypeGetEnum` (optional).
    pub source_type: ::core::option::Option<SourceTypeGetEnum>,
    /// `SourceProcessingStatus`: `SourceProcessingStatusEnum` (optional).
    pub source_processing_status: ::core::option::Option<SourceProcessingStatusEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextFeedAdGroupGet {
    /// An empty `DynamicTextFeedAdGroupGet`: every field absent.
    pub fn new() -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            source: ::core::option::Option::None,
            feed_id: ::core::option::Option::None,
            source_type: ::core::option::Option::None,
            source_processing_status: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: super::general::AutotargetingCategoryArray,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Source`.
    #[inline]
    #[must_use]
    pub fn with_source(mut self, value: ::std::string::String) -> Self {
        self.source = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SourceType`.
    #[inline]
    #[must_use]
    pub fn with_source_type(mut self, value: SourceTypeGetEnum) -> Self {
        self.source_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SourceProcessingStatus`.
    #[inline]
    #[must_use]
    pub fn with_source_processing_status(
        mut self,
        value: SourceProcessingStatusEnum,
    ) -> Self {
        self.source_processing_status = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source {
            map.serialize_entry("Source", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_type {
            map.serialize_entry("SourceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_processing_status {
            map.serialize_entry("SourceProcessingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextFeedAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextFeedAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextFeedAdGroupGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut source = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut source_processing_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Source" => {
                            source = rt::wire::optional_value(
                                &mut map,
                                "Source",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
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
                        "SourceProcessingStatus" => {
                            source_processing_status = rt::wire::optional_value(
                                &mut map,
                                "SourceProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextFeedAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextFeedAdGroupGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    source,
                    feed_id,
                    source_type,
                    source_processing_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TextAdGroupFeedParamsAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextAdGroupFeedParamsAdd {
    /// `FeedId`: `xsd:long` (required).
    pub feed_id: i64,
    /// `FeedCategoryIds`: `general:ArrayOfLong` (optional).
    pub feed_category_ids: ::core::option::Option<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdGroupFeedParamsAdd {
    /// A `TextAdGroupFeedParamsAdd` with its required fields (`FeedId`); the others start absent.
    pub fn new(feed_id: i64) -> Self {
        Self {
            feed_id,
            feed_category_ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FeedCategoryIds`.
    #[inline]
    #[must_use]
    pub fn with_feed_category_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.feed_category_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.feed_category_ids {
            map.serialize_entry("FeedCategoryIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGroupFeedParamsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGroupFeedParamsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGroupFeedParamsAdd, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut feed_category_ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedCategoryIds" => {
                            feed_category_ids = rt::wire::optional_value(
                                &mut map,
                                "FeedCategoryIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGroupFeedParamsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGroupFeedParamsAdd {
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_category_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TextAdGroupFeedParamsUpdate` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGroupFeedParamsUpdate {
    /// `FeedId`: `xsd:long` (required, nillable).
    pub feed_id: ::core::option::Option<i64>,
    /// `FeedCategoryIds`: `general:ArrayOfLong` (optional, nillable).
    pub feed_category_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdGroupFeedParamsUpdate {
    /// An empty `TextAdGroupFeedParamsUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            feed_id: ::core::option::Option::None,
            feed_category_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedCategoryIds`.
    #[inline]
    #[must_use]
    pub fn with_feed_category_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.feed_category_ids = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FeedId", &self.feed_id)?;
        if self.feed_category_ids.is_present() {
            map.serialize_entry("FeedCategoryIds", &self.feed_category_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGroupFeedParamsUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGroupFeedParamsUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGroupFeedParamsUpdate, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut feed_category_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedCategoryIds" => feed_category_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGroupFeedParamsUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGroupFeedParamsUpdate {
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_category_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TextAdGroupFeedParamsGet` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGroupFeedParamsGet {
    /// `FeedId`: `xsd:long` (optional, nillable).
    pub feed_id: rt::Nullable<i64>,
    /// `FeedCategoryIds`: `general:ArrayOfLong` (optional, nillable).
    pub feed_category_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdGroupFeedParamsGet {
    /// An empty `TextAdGroupFeedParamsGet`: every field absent.
    pub fn new() -> Self {
        Self {
            feed_id: rt::Nullable::Absent,
            feed_category_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedCategoryIds`.
    #[inline]
    #[must_use]
    pub fn with_feed_category_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.feed_category_ids = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.feed_id.is_present() {
            map.serialize_entry("FeedId", &self.feed_id)?;
        }
        if self.feed_category_ids.is_present() {
            map.serialize_entry("FeedCategoryIds", &self.feed_category_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGroupFeedParamsGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGroupFeedParamsGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGroupFeedParamsGet, A::Error> {
                let mut feed_id = rt::Nullable::Absent;
                let mut feed_category_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => feed_id = map.next_value()?,
                        "FeedCategoryIds" => feed_category_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGroupFeedParamsGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGroupFeedParamsGet {
                    feed_id,
                    feed_category_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UnifiedAdGroupGet` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedAdGroupGet {
    /// `OfferRetargeting`: `general:YesNoEnum` (optional).
    pub offer_retargeting: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedAdGroupGet {
    /// An empty `UnifiedAdGroupGet`: every field absent.
    pub fn new() -> Self {
        Self {
            offer_retargeting: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `OfferRetargeting`.
    #[inline]
    #[must_use]
    pub fn with_offer_retargeting(mut self, value: super::general::YesNoEnum) -> Self {
        self.offer_retargeting = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UnifiedAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.offer_retargeting {
            map.serialize_entry("OfferRetargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedAdGroupGet, A::Error> {
                let mut offer_retargeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OfferRetargeting" => {
                            offer_retargeting = rt::wire::optional_value(
                                &mut map,
                                "OfferRetargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedAdGroupGet {
                    offer_retargeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CpmBannerKeywordsAdGroupAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerKeywordsAdGroupAdd {
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerKeywordsAdGroupAdd {
    /// An empty `CpmBannerKeywordsAdGroupAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CpmBannerKeywordsAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerKeywordsAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerKeywordsAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerKeywordsAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerKeywordsAdGroupAdd, A::Error> {
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "CpmBannerKeywordsAdGroupAdd",
                    )?;
                }
                ::core::result::Result::Ok(CpmBannerKeywordsAdGroupAdd {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CpmBannerUserProfileAdGroupAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerUserProfileAdGroupAdd {
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerUserProfileAdGroupAdd {
    /// An empty `CpmBannerUserProfileAdGroupAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CpmBannerUserProfileAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerUserProfileAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerUserProfileAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerUserProfileAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerUserProfileAdGroupAdd, A::Error> {
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "CpmBannerUserProfileAdGroupAdd",
                    )?;
                }
                ::core::result::Result::Ok(CpmBannerUserProfileAdGroupAdd {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CpmVideoAdGroupAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmVideoAdGroupAdd {
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmVideoAdGroupAdd {
    /// An empty `CpmVideoAdGroupAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CpmVideoAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdGroupAdd, A::Error> {
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "CpmVideoAdGroupAdd",
                    )?;
                }
                ::core::result::Result::Ok(CpmVideoAdGroupAdd {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UnifiedAdGroupAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedAdGroupAdd {
    /// `OfferRetargeting`: `general:YesNoEnum` (required).
    pub offer_retargeting: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedAdGroupAdd {
    /// A `UnifiedAdGroupAdd` with its required fields (`OfferRetargeting`); the others start absent.
    pub fn new(offer_retargeting: super::general::YesNoEnum) -> Self {
        Self {
            offer_retargeting,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UnifiedAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("OfferRetargeting", &self.offer_retargeting)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedAdGroupAdd, A::Error> {
                let mut offer_retargeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OfferRetargeting" => {
                            offer_retargeting = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedAdGroupAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedAdGroupAdd {
                    offer_retargeting: rt::wire::required(
                        offer_retargeting,
                        "OfferRetargeting",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UnifiedAdGroupUpdate` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedAdGroupUpdate {
    /// `OfferRetargeting`: `general:YesNoEnum` (optional).
    pub offer_retargeting: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedAdGroupUpdate {
    /// An empty `UnifiedAdGroupUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            offer_retargeting: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `OfferRetargeting`.
    #[inline]
    #[must_use]
    pub fn with_offer_retargeting(mut self, value: super::general::YesNoEnum) -> Self {
        self.offer_retargeting = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UnifiedAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.offer_retargeting {
            map.serialize_entry("OfferRetargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedAdGroupUpdate, A::Error> {
                let mut offer_retargeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OfferRetargeting" => {
                            offer_retargeting = rt::wire::optional_value(
                                &mut map,
                                "OfferRetargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedAdGroupUpdate {
                    offer_retargeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartAdGroupAdd` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartAdGroupAdd {
    /// `FeedId`: `xsd:long` (required).
    pub feed_id: i64,
    /// `AdTitleSource`: `xsd:string` (optional).
    pub ad_title_source: ::core::option::Option<::std::string::String>,
    /// `AdBodySource`: `xsd:string` (optional).
    pub ad_body_source: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdGroupAdd {
    /// A `SmartAdGroupAdd` with its required fields (`FeedId`); the others start absent.
    pub fn new(feed_id: i64) -> Self {
        Self {
            feed_id,
            ad_title_source: ::core::option::Option::None,
            ad_body_source: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdTitleSource`.
    #[inline]
    #[must_use]
    pub fn with_ad_title_source(mut self, value: ::std::string::String) -> Self {
        self.ad_title_source = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdBodySource`.
    #[inline]
    #[must_use]
    pub fn with_ad_body_source(mut self, value: ::std::string::String) -> Self {
        self.ad_body_source = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SmartAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.ad_title_source {
            map.serialize_entry("AdTitleSource", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_body_source {
            map.serialize_entry("AdBodySource", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdGroupAdd, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut ad_title_source = ::core::option::Option::None;
                let mut ad_body_source = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AdTitleSource" => {
                            ad_title_source = rt::wire::optional_value(
                                &mut map,
                                "AdTitleSource",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdBodySource" => {
                            ad_body_source = rt::wire::optional_value(
                                &mut map,
                                "AdBodySource",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdGroupAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdGroupAdd {
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    ad_title_source,
                    ad_body_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartAdGroupGet` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdGroupGet {
    /// `FeedId`: `xsd:long` (optional).
    pub feed_id: ::core::option::Option<i64>,
    /// `AdTitleSource`: `xsd:string` (optional, nillable).
    pub ad_title_source: rt::Nullable<::std::string::String>,
    /// `AdBodySource`: `xsd:string` (optional, nillable).
    pub ad_body_source: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdGroupGet {
    /// An empty `SmartAdGroupGet`: every field absent.
    pub fn new() -> Self {
        Self {
            feed_id: ::core::option::Option::None,
            ad_title_source: rt::Nullable::Absent,
            ad_body_source: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdTitleSource`.
    #[inline]
    #[must_use]
    pub fn with_ad_title_source(mut self, value: ::std::string::String) -> Self {
        self.ad_title_source = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdBodySource`.
    #[inline]
    #[must_use]
    pub fn with_ad_body_source(mut self, value: ::std::string::String) -> Self {
        self.ad_body_source = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for SmartAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if self.ad_title_source.is_present() {
            map.serialize_entry("AdTitleSource", &self.ad_title_source)?;
        }
        if self.ad_body_source.is_present() {
            map.serialize_entry("AdBodySource", &self.ad_body_source)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdGroupGet, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut ad_title_source = rt::Nullable::Absent;
                let mut ad_body_source = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdTitleSource" => ad_title_source = map.next_value()?,
                        "AdBodySource" => ad_body_source = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdGroupGet {
                    feed_id,
                    ad_title_source,
                    ad_body_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartAdGroupUpdate` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdGroupUpdate {
    /// `AdTitleSource`: `xsd:string` (optional, nillable).
    pub ad_title_source: rt::Nullable<::std::string::String>,
    /// `AdBodySource`: `xsd:string` (optional, nillable).
    pub ad_body_source: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdGroupUpdate {
    /// An empty `SmartAdGroupUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_title_source: rt::Nullable::Absent,
            ad_body_source: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdTitleSource`.
    #[inline]
    #[must_use]
    pub fn with_ad_title_source(mut self, value: ::std::string::String) -> Self {
        self.ad_title_source = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdBodySource`.
    #[inline]
    #[must_use]
    pub fn with_ad_body_source(mut self, value: ::std::string::String) -> Self {
        self.ad_body_source = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for SmartAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.ad_title_source.is_present() {
            map.serialize_entry("AdTitleSource", &self.ad_title_source)?;
        }
        if self.ad_body_source.is_present() {
            map.serialize_entry("AdBodySource", &self.ad_body_source)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdGroupUpdate, A::Error> {
                let mut ad_title_source = rt::Nullable::Absent;
                let mut ad_body_source = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdTitleSource" => ad_title_source = map.next_value()?,
                        "AdBodySource" => ad_body_source = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdGroupUpdate {
                    ad_title_source,
                    ad_body_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdGroupUpdateItem` (`schema/direct_v5/adgroups.json`). Extends `AdGroupBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdGroupUpdateItem {
    /// `RegionIds`: array of `xsd:long` (optional).
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional, nillable).
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `MobileAppAdGroup`: `MobileAppAdGroupUpdate` (optional).
    pub mobile_app_ad_group: ::core::option::Option<MobileAppAdGroupUpdate>,
    /// `DynamicTextAdGroup`: `DynamicTextAdGroup` (optional).
    pub dynamic_text_ad_group: ::core::option::Option<DynamicTextAdGroup>,
    /// `DynamicTextFeedAdGroup`: `DynamicTextFeedAdGroupUpdate` (optional).
    pub dynamic_text_feed_ad_group: ::core::option::Option<DynamicTextFeedAdGroupUpdate>,
    /// `SmartAdGroup`: `SmartAdGroupUpdate` (optional).
    pub smart_ad_group: ::core::option::Option<SmartAdGroupUpdate>,
    /// `TextAdGroupFeedParams`: `TextAdGroupFeedParamsUpdate` (optional).
    pub text_ad_group_feed_params: ::core::option::Option<TextAdGroupFeedParamsUpdate>,
    /// `UnifiedAdGroup`: `UnifiedAdGroupUpdate` (optional).
    pub unified_ad_group: ::core::option::Option<UnifiedAdGroupUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupUpdateItem {
    /// A `AdGroupUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            region_ids: ::core::option::Option::None,
            negative_keywords: rt::Nullable::Absent,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            tracking_params: ::core::option::Option::None,
            id,
            name: ::core::option::Option::None,
            mobile_app_ad_group: ::core::option::Option::None,
            dynamic_text_ad_group: ::core::option::Option::None,
            dynamic_text_feed_ad_group: ::core::option::Option::None,
            smart_ad_group: ::core::option::Option::None,
            text_ad_group_feed_params: ::core::option::Option::None,
            unified_ad_group: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.region_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = rt::Nullable::Value(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(mut self, value: ::std::string::String) -> Self {
        self.tracking_params = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_group(mut self, value: MobileAppAdGroupUpdate) -> Self {
        self.mobile_app_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_group(mut self, value: DynamicTextAdGroup) -> Self {
        self.dynamic_text_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextFeedAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_feed_ad_group(
        mut self,
        value: DynamicTextFeedAdGroupUpdate,
    ) -> Self {
        self.dynamic_text_feed_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_group(mut self, value: SmartAdGroupUpdate) -> Self {
        self.smart_ad_group = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdGroupFeedParams`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_group_feed_params(
        mut self,
        value: TextAdGroupFeedParamsUpdate,
    ) -> Self {
        self.text_ad_group_feed_params = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedAdGroup`.
    #[inline]
    #[must_use]
    pub fn with_unified_ad_group(mut self, value: UnifiedAdGroupUpdate) -> Self {
        self.unified_ad_group = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdGroupUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_group {
            map.serialize_entry("MobileAppAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_group {
            map.serialize_entry("DynamicTextAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_feed_ad_group {
            map.serialize_entry("DynamicTextFeedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group {
            map.serialize_entry("SmartAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_group_feed_params {
            map.serialize_entry("TextAdGroupFeedParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group {
            map.serialize_entry("UnifiedAdGroup", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupUpdateItem, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut tracking_params = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut mobile_app_ad_group = ::core::option::Option::None;
                let mut dynamic_text_ad_group = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group = ::core::option::Option::None;
                let mut smart_ad_group = ::core::option::Option::None;
                let mut text_ad_group_feed_params = ::core::option::Option::None;
                let mut unified_ad_group = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdGroup" => {
                            mobile_app_ad_group = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroup" => {
                            dynamic_text_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroup" => {
                            dynamic_text_feed_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroup" => {
                            smart_ad_group = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdGroupFeedParams" => {
                            text_ad_group_feed_params = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroup" => {
                            unified_ad_group = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupUpdateItem {
                    region_ids,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    id: rt::wire::required(id, "Id")?,
                    name,
                    mobile_app_ad_group,
                    dynamic_text_ad_group,
                    dynamic_text_feed_ad_group,
                    smart_ad_group,
                    text_ad_group_feed_params,
                    unified_ad_group,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/adgroups.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `AdGroupsSelectionCriteria` (required).
    pub selection_criteria: AdGroupsSelectionCriteria,
    /// `FieldNames`: array of `AdGroupFieldEnum` (required).
    pub field_names: ::std::vec::Vec<AdGroupFieldEnum>,
    /// `MobileAppAdGroupFieldNames`: array of `MobileAppAdGroupFieldEnum` (optional).
    pub mobile_app_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppAdGroupFieldEnum>,
    >,
    /// `DynamicTextAdGroupFieldNames`: array of `DynamicTextAdGroupFieldEnum` (optional).
    pub dynamic_text_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextAdGroupFieldEnum>,
    >,
    /// `DynamicTextFeedAdGroupFieldNames`: array of `DynamicTextFeedAdGroupFieldEnum` (optional).
    pub dynamic_text_feed_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextFeedAdGroupFieldEnum>,
    >,
    /// `AutotargetingSettingsCategoriesFieldNames`: array of `general:AutotargetingCategoriesFieldEnum` (optional).
    pub autotargeting_settings_categories_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategoriesFieldEnum>,
    >,
    /// `AutotargetingSettingsBrandOptionsFieldNames`: array of `general:AutotargetingBrandOptionsFieldEnum` (optional).
    pub autotargeting_settings_brand_options_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOptionsFieldEnum>,
    >,
    /// `SmartAdGroupFieldNames`: array of `SmartAdGroupFieldEnum` (optional).
    pub smart_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartAdGroupFieldEnum>,
    >,
    /// `TextAdGroupFeedParamsFieldNames`: array of `TextAdGroupFeedParamsFieldEnum` (optional).
    pub text_ad_group_feed_params_field_names: ::core::option::Option<
        ::std::vec::Vec<TextAdGroupFeedParamsFieldEnum>,
    >,
    /// `UnifiedAdGroupFieldNames`: array of `UnifiedAdGroupFieldEnum` (optional).
    pub unified_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<UnifiedAdGroupFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: AdGroupsSelectionCriteria,
        field_names: ::std::vec::Vec<AdGroupFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
            mobile_app_ad_group_field_names: ::core::option::Option::None,
            dynamic_text_ad_group_field_names: ::core::option::Option::None,
            dynamic_text_feed_ad_group_field_names: ::core::option::Option::None,
            autotargeting_settings_categories_field_names: ::core::option::Option::None,
            autotargeting_settings_brand_options_field_names: ::core::option::Option::None,
            smart_ad_group_field_names: ::core::option::Option::None,
            text_ad_group_feed_params_field_names: ::core::option::Option::None,
            unified_ad_group_field_names: ::core::option::Option::None,
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
    /// Sets `MobileAppAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_group_field_names(
        mut self,
        value: ::std::vec::Vec<MobileAppAdGroupFieldEnum>,
    ) -> Self {
        self.mobile_app_ad_group_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_group_field_names(
        mut self,
        value: ::std::vec::Vec<DynamicTextAdGroupFieldEnum>,
    ) -> Self {
        self.dynamic_text_ad_group_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextFeedAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_feed_ad_group_field_names(
        mut self,
        value: ::std::vec::Vec<DynamicTextFeedAdGroupFieldEnum>,
    ) -> Self {
        self.dynamic_text_feed_ad_group_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `AutotargetingSettingsCategoriesFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings_categories_field_names(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategoriesFieldEnum>,
    ) -> Self {
        self.autotargeting_settings_categories_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `AutotargetingSettingsBrandOptionsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings_brand_options_field_names(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingBrandOptionsFieldEnum>,
    ) -> Self {
        self.autotargeting_settings_brand_options_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `SmartAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_group_field_names(
        mut self,
        value: ::std::vec::Vec<SmartAdGroupFieldEnum>,
    ) -> Self {
        self.smart_ad_group_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdGroupFeedParamsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_group_feed_params_field_names(
        mut self,
        value: ::std::vec::Vec<TextAdGroupFeedParamsFieldEnum>,
    ) -> Self {
        self.text_ad_group_feed_params_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_unified_ad_group_field_names(
        mut self,
        value: ::std::vec::Vec<UnifiedAdGroupFieldEnum>,
    ) -> Self {
        self.unified_ad_group_field_names = ::core::option::Option::Some(value);
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
            .mobile_app_ad_group_field_names
        {
            map.serialize_entry("MobileAppAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .dynamic_text_ad_group_field_names
        {
            map.serialize_entry("DynamicTextAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .dynamic_text_feed_ad_group_field_names
        {
            map.serialize_entry("DynamicTextFeedAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_settings_categories_field_names
        {
            map.serialize_entry("AutotargetingSettingsCategoriesFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_settings_brand_options_field_names
        {
            map.serialize_entry("AutotargetingSettingsBrandOptionsFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group_field_names {
            map.serialize_entry("SmartAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .text_ad_group_feed_params_field_names
        {
            map.serialize_entry("TextAdGroupFeedParamsFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group_field_names {
            map.serialize_entry("UnifiedAdGroupFieldNames", value)?;
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
                let mut mobile_app_ad_group_field_names = ::core::option::Option::None;
                let mut dynamic_text_ad_group_field_names = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group_field_names = ::core::option::Option::None;
                let mut autotargeting_settings_categories_field_names = ::core::option::Option::None;
                let mut autotargeting_settings_brand_options_field_names = ::core::option::Option::None;
                let mut smart_ad_group_field_names = ::core::option::Option::None;
                let mut text_ad_group_feed_params_field_names = ::core::option::Option::None;
                let mut unified_ad_group_field_names = ::core::option::Option::None;
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
                        "MobileAppAdGroupFieldNames" => {
                            mobile_app_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroupFieldNames" => {
                            dynamic_text_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroupFieldNames" => {
                            dynamic_text_feed_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettingsCategoriesFieldNames" => {
                            autotargeting_settings_categories_field_names = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettingsCategoriesFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettingsBrandOptionsFieldNames" => {
                            autotargeting_settings_brand_options_field_names = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettingsBrandOptionsFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroupFieldNames" => {
                            smart_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdGroupFeedParamsFieldNames" => {
                            text_ad_group_feed_params_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParamsFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroupFieldNames" => {
                            unified_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroupFieldNames",
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
                    mobile_app_ad_group_field_names,
                    dynamic_text_ad_group_field_names,
                    dynamic_text_feed_ad_group_field_names,
                    autotargeting_settings_categories_field_names,
                    autotargeting_settings_brand_options_field_names,
                    smart_ad_group_field_names,
                    text_ad_group_feed_params_field_names,
                    unified_ad_group_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/adgroups.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `AdGroups`: array of `AdGroupGetItem` (optional).
    pub ad_groups: ::core::option::Option<::std::vec::Vec<AdGroupGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            ad_groups: ::core::option::Option::None,
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
    /// Sets `AdGroups`.
    #[inline]
    #[must_use]
    pub fn with_ad_groups(mut self, value: ::std::vec::Vec<AdGroupGetItem>) -> Self {
        self.ad_groups = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.ad_groups {
            map.serialize_entry("AdGroups", value)?;
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
                let mut ad_groups = ::core::option::Option::None;
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
                        "AdGroups" => {
                            ad_groups = rt::wire::optional_value(
                                &mut map,
                                "AdGroups",
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
                    ad_groups,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `AdGroups`: array of `AdGroupAddItem` (required).
    pub ad_groups: ::std::vec::Vec<AdGroupAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`AdGroups`); the others start absent.
    pub fn new(ad_groups: ::std::vec::Vec<AdGroupAddItem>) -> Self {
        Self {
            ad_groups,
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
        map.serialize_entry("AdGroups", &self.ad_groups)?;
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
                let mut ad_groups = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroups" => {
                            ad_groups = ::core::option::Option::Some(map.next_value()?);
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
                    ad_groups: rt::wire::required(ad_groups, "AdGroups")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/adgroups.json`).
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
/// `UpdateRequest` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `AdGroups`: array of `AdGroupUpdateItem` (required).
    pub ad_groups: ::std::vec::Vec<AdGroupUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`AdGroups`); the others start absent.
    pub fn new(ad_groups: ::std::vec::Vec<AdGroupUpdateItem>) -> Self {
        Self {
            ad_groups,
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
        map.serialize_entry("AdGroups", &self.ad_groups)?;
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
                let mut ad_groups = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroups" => {
                            ad_groups = ::core::option::Option::Some(map.next_value()?);
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
                    ad_groups: rt::wire::required(ad_groups, "AdGroups")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/adgroups.json`).
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
/// `DeleteRequest` (`schema/direct_v5/adgroups.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteRequest {
    /// A `DeleteRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
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
/// `DeleteResponse` (`schema/direct_v5/adgroups.json`).
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
