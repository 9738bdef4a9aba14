// @generated from schema/direct_v5/adgroups.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The AdGroups service: `POST /json/v5/adgroups`.
//!
//! Generated from `schema/direct_v5/adgroups.json` (upstream `adgroups.xml`, sha256 `111b2dd19ce6d55eba68bebab4857badfba79fef740a0b7053ec5ba39b06c6d9`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "AdGroups",
        endpoint: "adgroups",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `AdGroups.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `AdGroups.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `AdGroups.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `AdGroups.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
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
        self.client.call(&GET.info, &params).await
    }
    /// `AdGroups.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `AdGroups.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `AdGroups.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `AdGroups.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<AdGroupGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `AdGroups.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 12 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `Status`.
    Status,
    /// Sent as `Name`.
    Name,
    /// Sent as `RegionIds`.
    RegionIds,
    /// Sent as `RestrictedRegionIds`.
    RestrictedRegionIds,
    /// Sent as `NegativeKeywords`.
    NegativeKeywords,
    /// Sent as `NegativeKeywordSharedSetIds`.
    NegativeKeywordSharedSetIds,
    /// Sent as `Type`.
    Type,
    /// Sent as `TrackingParams`.
    TrackingParams,
    /// Sent as `Subtype`.
    Subtype,
    /// Sent as `ServingStatus`.
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
/// Used in `GetRequest::mobile_app_ad_group_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdGroupFieldEnum {
    /// Sent as `StoreUrl`.
    StoreUrl,
    /// Sent as `TargetDeviceType`.
    TargetDeviceType,
    /// Sent as `TargetCarrier`.
    TargetCarrier,
    /// Sent as `TargetOperatingSystemVersion`.
    TargetOperatingSystemVersion,
    /// Sent as `AppIconModeration`.
    AppIconModeration,
    /// Sent as `AppAvailabilityStatus`.
    AppAvailabilityStatus,
    /// Sent as `AppOperatingSystemType`.
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
/// Used in `GetRequest::dynamic_text_ad_group_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextAdGroupFieldEnum {
    /// Sent as `AutotargetingCategories`.
    AutotargetingCategories,
    /// Sent as `AutotargetingSettings`.
    AutotargetingSettings,
    /// Sent as `DomainUrl`.
    DomainUrl,
    /// Sent as `DomainUrlProcessingStatus`.
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
/// Used in `GetRequest::dynamic_text_feed_ad_group_field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextFeedAdGroupFieldEnum {
    /// Sent as `AutotargetingCategories`.
    AutotargetingCategories,
    /// Sent as `AutotargetingSettings`.
    AutotargetingSettings,
    /// Sent as `Source`.
    Source,
    /// Sent as `FeedId`.
    FeedId,
    /// Sent as `SourceType`.
    SourceType,
    /// Sent as `SourceProcessingStatus`.
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
/// Used in `GetRequest::smart_ad_group_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartAdGroupFieldEnum {
    /// Sent as `FeedId`.
    FeedId,
    /// Sent as `AdTitleSource`.
    AdTitleSource,
    /// Sent as `AdBodySource`.
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
/// Used in `GetRequest::text_ad_group_feed_params_field_names`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdGroupFeedParamsFieldEnum {
    /// Sent as `FeedId`.
    FeedId,
    /// Sent as `FeedCategoryIds`.
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
/// Used in `GetRequest::unified_ad_group_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedAdGroupFieldEnum {
    /// Sent as `OfferRetargeting`.
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
/// Used in `AdGroupGetItem::subtype`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupSubtypeEnum {
    /// Sent as `WEBPAGE`.
    Webpage,
    /// Sent as `FEED`.
    Feed,
    /// Sent as `NONE`.
    None,
    /// Sent as `KEYWORDS`.
    Keywords,
    /// Sent as `USER_PROFILE`.
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
/// Used in `AdGroupsSelectionCriteria::statuses`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupStatusSelectionEnum {
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `REJECTED`.
    Rejected,
    /// Sent as `PREACCEPTED`.
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
/// Used in `AdGroupsSelectionCriteria::app_icon_statuses`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupAppIconStatusSelectionEnum {
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `REJECTED`.
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
/// Used in `DynamicTextAdGroupGet::domain_url_processing_status`, `DynamicSourceGet::source_processing_status`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceProcessingStatusEnum {
    /// Sent as `EMPTY_RESULT`.
    EmptyResult,
    /// Sent as `PROCESSED`.
    Processed,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `UNPROCESSED`.
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
/// Used in `DynamicSourceGet::source_type`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceTypeGetEnum {
    /// Sent as `RETAIL_FEED`.
    RetailFeed,
    /// Sent as `UNKNOWN`.
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
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupsSelectionCriteria {
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<super::general::AdGroupTypesEnum>>,
    /// Optional. Sent as `Statuses`.
    pub statuses: ::core::option::Option<::std::vec::Vec<AdGroupStatusSelectionEnum>>,
    /// Optional. Sent as `TagIds`.
    pub tag_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Tags`.
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `AppIconStatuses`.
    pub app_icon_statuses: ::core::option::Option<
        ::std::vec::Vec<AdGroupAppIconStatusSelectionEnum>,
    >,
    /// Optional. Sent as `ServingStatuses`.
    pub serving_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ServingStatusEnum>,
    >,
    /// Optional. Sent as `NegativeKeywordSharedSetIds`.
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
    pub fn with_campaign_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.campaign_ids = ::core::option::Option::Some(
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
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AdGroupTypesEnum>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Statuses`.
    #[inline]
    #[must_use]
    pub fn with_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupStatusSelectionEnum>,
        >,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TagIds`.
    #[inline]
    #[must_use]
    pub fn with_tag_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.tag_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Tags`.
    #[inline]
    #[must_use]
    pub fn with_tags(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AppIconStatuses`.
    #[inline]
    #[must_use]
    pub fn with_app_icon_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupAppIconStatusSelectionEnum>,
        >,
    ) -> Self {
        self.app_icon_statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ServingStatuses`.
    #[inline]
    #[must_use]
    pub fn with_serving_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ServingStatusEnum>,
        >,
    ) -> Self {
        self.serving_statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.negative_keyword_shared_set_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Extended by `AdGroupGetItem`, `AdGroupUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupBase {
    /// Optional. Sent as `RegionIds`.
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywords`.
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `TrackingParams`.
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
    pub fn with_region_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.region_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AddRequest::ad_groups`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdGroupAddItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `CampaignId`.
    pub campaign_id: i64,
    /// Required. Sent as `RegionIds`.
    pub region_ids: ::std::vec::Vec<i64>,
    /// Optional. Sent as `NegativeKeywords`.
    pub negative_keywords: ::core::option::Option<super::general::ArrayOfString>,
    /// Optional. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: ::core::option::Option<
        super::general::ArrayOfLong,
    >,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `MobileAppAdGroup`.
    pub mobile_app_ad_group: ::core::option::Option<MobileAppAdGroupAdd>,
    /// Optional. Sent as `DynamicTextAdGroup`.
    pub dynamic_text_ad_group: ::core::option::Option<DynamicTextAdGroup>,
    /// Optional. Sent as `DynamicTextFeedAdGroup`.
    pub dynamic_text_feed_ad_group: ::core::option::Option<DynamicTextFeedAdGroup>,
    /// Optional. Sent as `CpmBannerKeywordsAdGroup`.
    pub cpm_banner_keywords_ad_group: ::core::option::Option<
        CpmBannerKeywordsAdGroupAdd,
    >,
    /// Optional. Sent as `CpmBannerUserProfileAdGroup`.
    pub cpm_banner_user_profile_ad_group: ::core::option::Option<
        CpmBannerUserProfileAdGroupAdd,
    >,
    /// Optional. Sent as `CpmVideoAdGroup`.
    pub cpm_video_ad_group: ::core::option::Option<CpmVideoAdGroupAdd>,
    /// Optional. Sent as `SmartAdGroup`.
    pub smart_ad_group: ::core::option::Option<SmartAdGroupAdd>,
    /// Optional. Sent as `UnifiedAdGroup`.
    pub unified_ad_group: ::core::option::Option<UnifiedAdGroupAdd>,
    /// Optional. Sent as `TextAdGroupFeedParams`.
    pub text_ad_group_feed_params: ::core::option::Option<TextAdGroupFeedParamsAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupAddItem {
    /// A `AdGroupAddItem` with its required fields (`Name`, `CampaignId`, `RegionIds`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        campaign_id: i64,
        region_ids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<i64>,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            campaign_id,
            region_ids: region_ids
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
/// Used in `GetResponse::ad_groups`. Extends `AdGroupBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupGetItem {
    /// Optional. Sent as `RegionIds`.
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywords`.
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<super::general::AdGroupTypesEnum>,
    /// Optional. Sent as `Subtype`.
    pub subtype: ::core::option::Option<AdGroupSubtypeEnum>,
    /// Optional. Sent as `MobileAppAdGroup`.
    pub mobile_app_ad_group: ::core::option::Option<MobileAppAdGroupGet>,
    /// Optional. Sent as `DynamicTextAdGroup`.
    pub dynamic_text_ad_group: ::core::option::Option<DynamicTextAdGroupGet>,
    /// Optional. Sent as `DynamicTextFeedAdGroup`.
    pub dynamic_text_feed_ad_group: ::core::option::Option<DynamicTextFeedAdGroupGet>,
    /// Optional. Sent as `SmartAdGroup`.
    pub smart_ad_group: ::core::option::Option<SmartAdGroupGet>,
    /// Optional. Sent as `ServingStatus`.
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RestrictedRegionIds`.
    pub restricted_region_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `TextAdGroupFeedParams`.
    pub text_ad_group_feed_params: ::core::option::Option<TextAdGroupFeedParamsGet>,
    /// Optional. Sent as `UnifiedAdGroup`.
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
    pub fn with_region_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.region_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
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
/// Used in `MobileAppAdGroupGet::target_device_type`, `MobileAppAdGroupUpdate::target_device_type`, `MobileAppAdGroupAdd::target_device_type`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetDeviceTypeEnum {
    /// Sent as `DEVICE_TYPE_MOBILE`.
    DeviceTypeMobile,
    /// Sent as `DEVICE_TYPE_TABLET`.
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
/// Used in `MobileAppAdGroupGet::target_carrier`, `MobileAppAdGroupUpdate::target_carrier`, `MobileAppAdGroupAdd::target_carrier`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetCarrierEnum {
    /// Sent as `WI_FI_ONLY`.
    WiFiOnly,
    /// Sent as `WI_FI_AND_CELLULAR`.
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
/// Used in `MobileAppAdGroupGet::app_availability_status`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppAvailabilityStatusEnum {
    /// Sent as `UNPROCESSED`.
    Unprocessed,
    /// Sent as `AVAILABLE`.
    Available,
    /// Sent as `NOT_AVAILABLE`.
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
/// Used in `AdGroupGetItem::mobile_app_ad_group`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdGroupGet {
    /// Optional. Sent as `StoreUrl`.
    pub store_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TargetDeviceType`.
    pub target_device_type: ::core::option::Option<
        ::std::vec::Vec<TargetDeviceTypeEnum>,
    >,
    /// Optional. Sent as `TargetCarrier`.
    pub target_carrier: ::core::option::Option<TargetCarrierEnum>,
    /// Optional. Sent as `TargetOperatingSystemVersion`.
    pub target_operating_system_version: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AppIconModeration`.
    pub app_icon_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AppOperatingSystemType`.
    pub app_operating_system_type: ::core::option::Option<
        super::general::MobileOperatingSystemTypeEnum,
    >,
    /// Optional. Sent as `AppAvailabilityStatus`.
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
    pub fn with_store_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.store_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TargetDeviceType`.
    #[inline]
    #[must_use]
    pub fn with_target_device_type(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TargetDeviceTypeEnum>,
        >,
    ) -> Self {
        self.target_device_type = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_operating_system_version = ::core::option::Option::Some(
            value.into(),
        );
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
/// Used in `AdGroupUpdateItem::mobile_app_ad_group`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdGroupUpdate {
    /// Optional. Sent as `TargetDeviceType`.
    pub target_device_type: ::core::option::Option<
        ::std::vec::Vec<TargetDeviceTypeEnum>,
    >,
    /// Optional. Sent as `TargetCarrier`.
    pub target_carrier: ::core::option::Option<TargetCarrierEnum>,
    /// Optional. Sent as `TargetOperatingSystemVersion`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TargetDeviceTypeEnum>,
        >,
    ) -> Self {
        self.target_device_type = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_operating_system_version = ::core::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// Used in `AdGroupAddItem::mobile_app_ad_group`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdGroupAdd {
    /// Required. Sent as `StoreUrl`.
    pub store_url: ::std::string::String,
    /// Required. Sent as `TargetDeviceType`.
    pub target_device_type: ::std::vec::Vec<TargetDeviceTypeEnum>,
    /// Required. Sent as `TargetCarrier`.
    pub target_carrier: TargetCarrierEnum,
    /// Required. Sent as `TargetOperatingSystemVersion`.
    pub target_operating_system_version: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdGroupAdd {
    /// A `MobileAppAdGroupAdd` with its required fields (`StoreUrl`, `TargetDeviceType`, `TargetCarrier`, `TargetOperatingSystemVersion`); the others start absent.
    pub fn new(
        store_url: impl ::core::convert::Into<::std::string::String>,
        target_device_type: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TargetDeviceTypeEnum>,
        >,
        target_carrier: TargetCarrierEnum,
        target_operating_system_version: impl ::core::convert::Into<
            ::std::string::String,
        >,
    ) -> Self {
        Self {
            store_url: store_url.into(),
            target_device_type: target_device_type
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            target_carrier,
            target_operating_system_version: target_operating_system_version.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `DynamicTextAdGroup`, `DynamicTextFeedAdGroup`, `DynamicTextFeedAdGroupUpdate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicAdGroup {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AutotargetingCategory>,
        >,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
/// Extended by `DynamicTextAdGroupGet`, `DynamicSourceGet`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicAdGroupGet {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
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
/// Used in `AdGroupAddItem::dynamic_text_ad_group`, `AdGroupUpdateItem::dynamic_text_ad_group`. Extends `DynamicAdGroup`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextAdGroup {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Required. Sent as `DomainUrl`.
    pub domain_url: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextAdGroup {
    /// A `DynamicTextAdGroup` with its required fields (`DomainUrl`); the others start absent.
    pub fn new(domain_url: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            domain_url: domain_url.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AutotargetingCategory>,
        >,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
/// Used in `AdGroupGetItem::dynamic_text_ad_group`. Extends `DynamicAdGroupGet`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextAdGroupGet {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Optional. Sent as `DomainUrl`.
    pub domain_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `DomainUrlProcessingStatus`.
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
    pub fn with_domain_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_url = ::core::option::Option::Some(value.into());
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
/// Used in `AdGroupAddItem::dynamic_text_feed_ad_group`. Extends `DynamicAdGroup`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextFeedAdGroup {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Required. Sent as `FeedId`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AutotargetingCategory>,
        >,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
/// Used in `AdGroupUpdateItem::dynamic_text_feed_ad_group`. Extends `DynamicAdGroup`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextFeedAdGroupUpdate {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Optional. Sent as `FeedId`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AutotargetingCategory>,
        >,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
/// Extended by `DynamicTextFeedAdGroupGet`. Extends `DynamicAdGroupGet`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicSourceGet {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Optional. Sent as `Source`.
    pub source: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `FeedId`.
    pub feed_id: ::core::option::Option<i64>,
    /// Optional. Sent as `SourceType`.
    pub source_type: ::core::option::Option<SourceTypeGetEnum>,
    /// Optional. Sent as `SourceProcessingStatus`.
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
    pub fn with_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.source = ::core::option::Option::Some(value.into());
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
/// Used in `AdGroupGetItem::dynamic_text_feed_ad_group`. Extends `DynamicSourceGet` -> `DynamicAdGroupGet`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextFeedAdGroupGet {
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        super::general::AutotargetingCategoryArray,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Optional. Sent as `Source`.
    pub source: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `FeedId`.
    pub feed_id: ::core::option::Option<i64>,
    /// Optional. Sent as `SourceType`.
    pub source_type: ::core::option::Option<SourceTypeGetEnum>,
    /// Optional. Sent as `SourceProcessingStatus`.
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
    pub fn with_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.source = ::core::option::Option::Some(value.into());
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
/// Used in `AdGroupAddItem::text_ad_group_feed_params`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextAdGroupFeedParamsAdd {
    /// Required. Sent as `FeedId`.
    pub feed_id: i64,
    /// Optional. Sent as `FeedCategoryIds`.
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
/// Used in `AdGroupUpdateItem::text_ad_group_feed_params`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGroupFeedParamsUpdate {
    /// Required; may be `null`. Sent as `FeedId`.
    pub feed_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedCategoryIds`.
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
/// Used in `AdGroupGetItem::text_ad_group_feed_params`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGroupFeedParamsGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedId`.
    pub feed_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedCategoryIds`.
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
/// Used in `AdGroupGetItem::unified_ad_group`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedAdGroupGet {
    /// Optional. Sent as `OfferRetargeting`.
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
/// Used in `AdGroupAddItem::cpm_banner_keywords_ad_group`.
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
/// Used in `AdGroupAddItem::cpm_banner_user_profile_ad_group`.
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
/// Used in `AdGroupAddItem::cpm_video_ad_group`.
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
/// Used in `AdGroupAddItem::unified_ad_group`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedAdGroupAdd {
    /// Required. Sent as `OfferRetargeting`.
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
/// Used in `AdGroupUpdateItem::unified_ad_group`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedAdGroupUpdate {
    /// Optional. Sent as `OfferRetargeting`.
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
/// Used in `AdGroupAddItem::smart_ad_group`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartAdGroupAdd {
    /// Required. Sent as `FeedId`.
    pub feed_id: i64,
    /// Optional. Sent as `AdTitleSource`.
    pub ad_title_source: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AdBodySource`.
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
    pub fn with_ad_title_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_title_source = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `AdBodySource`.
    #[inline]
    #[must_use]
    pub fn with_ad_body_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_body_source = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdGroupGetItem::smart_ad_group`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdGroupGet {
    /// Optional. Sent as `FeedId`.
    pub feed_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdTitleSource`.
    pub ad_title_source: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdBodySource`.
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
    pub fn with_ad_title_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_title_source = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AdBodySource`.
    #[inline]
    #[must_use]
    pub fn with_ad_body_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_body_source = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGroupUpdateItem::smart_ad_group`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdGroupUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdTitleSource`.
    pub ad_title_source: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdBodySource`.
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
    pub fn with_ad_title_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_title_source = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AdBodySource`.
    #[inline]
    #[must_use]
    pub fn with_ad_body_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_body_source = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `UpdateRequest::ad_groups`. Extends `AdGroupBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdGroupUpdateItem {
    /// Optional. Sent as `RegionIds`.
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywords`.
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `MobileAppAdGroup`.
    pub mobile_app_ad_group: ::core::option::Option<MobileAppAdGroupUpdate>,
    /// Optional. Sent as `DynamicTextAdGroup`.
    pub dynamic_text_ad_group: ::core::option::Option<DynamicTextAdGroup>,
    /// Optional. Sent as `DynamicTextFeedAdGroup`.
    pub dynamic_text_feed_ad_group: ::core::option::Option<DynamicTextFeedAdGroupUpdate>,
    /// Optional. Sent as `SmartAdGroup`.
    pub smart_ad_group: ::core::option::Option<SmartAdGroupUpdate>,
    /// Optional. Sent as `TextAdGroupFeedParams`.
    pub text_ad_group_feed_params: ::core::option::Option<TextAdGroupFeedParamsUpdate>,
    /// Optional. Sent as `UnifiedAdGroup`.
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
    pub fn with_region_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.region_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
/// The `params` of `AdGroups.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: AdGroupsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<AdGroupFieldEnum>,
    /// Optional. Sent as `MobileAppAdGroupFieldNames`.
    pub mobile_app_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppAdGroupFieldEnum>,
    >,
    /// Optional. Sent as `DynamicTextAdGroupFieldNames`.
    pub dynamic_text_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextAdGroupFieldEnum>,
    >,
    /// Optional. Sent as `DynamicTextFeedAdGroupFieldNames`.
    pub dynamic_text_feed_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextFeedAdGroupFieldEnum>,
    >,
    /// Optional. Sent as `AutotargetingSettingsCategoriesFieldNames`.
    pub autotargeting_settings_categories_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategoriesFieldEnum>,
    >,
    /// Optional. Sent as `AutotargetingSettingsBrandOptionsFieldNames`.
    pub autotargeting_settings_brand_options_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOptionsFieldEnum>,
    >,
    /// Optional. Sent as `SmartAdGroupFieldNames`.
    pub smart_ad_group_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartAdGroupFieldEnum>,
    >,
    /// Optional. Sent as `TextAdGroupFeedParamsFieldNames`.
    pub text_ad_group_feed_params_field_names: ::core::option::Option<
        ::std::vec::Vec<TextAdGroupFeedParamsFieldEnum>,
    >,
    /// Optional. Sent as `UnifiedAdGroupFieldNames`.
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
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppAdGroupFieldEnum>,
        >,
    ) -> Self {
        self.mobile_app_ad_group_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DynamicTextAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_group_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextAdGroupFieldEnum>,
        >,
    ) -> Self {
        self.dynamic_text_ad_group_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DynamicTextFeedAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_feed_ad_group_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextFeedAdGroupFieldEnum>,
        >,
    ) -> Self {
        self.dynamic_text_feed_ad_group_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AutotargetingSettingsCategoriesFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings_categories_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::general::AutotargetingCategoriesFieldEnum,
            >,
        >,
    ) -> Self {
        self.autotargeting_settings_categories_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AutotargetingSettingsBrandOptionsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings_brand_options_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::general::AutotargetingBrandOptionsFieldEnum,
            >,
        >,
    ) -> Self {
        self.autotargeting_settings_brand_options_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SmartAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_group_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartAdGroupFieldEnum>,
        >,
    ) -> Self {
        self.smart_ad_group_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextAdGroupFeedParamsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_group_feed_params_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextAdGroupFeedParamsFieldEnum>,
        >,
    ) -> Self {
        self.text_ad_group_feed_params_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `UnifiedAdGroupFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_unified_ad_group_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<UnifiedAdGroupFieldEnum>,
        >,
    ) -> Self {
        self.unified_ad_group_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `AdGroups.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroups`.
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
    pub fn with_ad_groups(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupGetItem>,
        >,
    ) -> Self {
        self.ad_groups = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `AdGroups.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `AdGroups`.
    pub ad_groups: ::std::vec::Vec<AdGroupAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`AdGroups`); the others start absent.
    pub fn new(
        ad_groups: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupAddItem>,
        >,
    ) -> Self {
        Self {
            ad_groups: ad_groups.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AdGroups.add`.
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
/// The `params` of `AdGroups.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `AdGroups`.
    pub ad_groups: ::std::vec::Vec<AdGroupUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`AdGroups`); the others start absent.
    pub fn new(
        ad_groups: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupUpdateItem>,
        >,
    ) -> Self {
        Self {
            ad_groups: ad_groups.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AdGroups.update`.
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
/// The `params` of `AdGroups.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `AdGroups.delete`.
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
