// @generated from schema/direct_v5/changes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Changes service: `POST /json/v5/changes`.
//!
//! Generated from `schema/direct_v5/changes.json` (upstream `changes.xml`, sha256 `f02a42a8c42f117117a1ca3ef7f17bf40ce4accfef3d31d069352893f57fdf64`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Changes",
        endpoint: "changes",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Changes.checkDictionaries` (read): the method with its request and response types, as the client's generic calls take it.
pub const CHECK_DICTIONARIES: rt::Method<
    CheckDictionariesRequest,
    CheckDictionariesResponse,
> = rt::Method::new(method_info("checkDictionaries", rt::Access::Read));
/// `Changes.checkCampaigns` (read): the method with its request and response types, as the client's generic calls take it.
pub const CHECK_CAMPAIGNS: rt::Method<CheckCampaignsRequest, CheckCampaignsResponse> = rt::Method::new(
    method_info("checkCampaigns", rt::Access::Read),
);
/// `Changes.check` (read): the method with its request and response types, as the client's generic calls take it.
pub const CHECK: rt::Method<CheckRequest, CheckResponse> = rt::Method::new(
    method_info("check", rt::Access::Read),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: CHECK_DICTIONARIES.info,
        request: rt::method::roundtrip_request::<CheckDictionariesRequest>,
        response: rt::method::roundtrip_response::<CheckDictionariesResponse>,
    },
    rt::MethodEntry {
        info: CHECK_CAMPAIGNS.info,
        request: rt::method::roundtrip_request::<CheckCampaignsRequest>,
        response: rt::method::roundtrip_response::<CheckCampaignsResponse>,
    },
    rt::MethodEntry {
        info: CHECK.info,
        request: rt::method::roundtrip_request::<CheckRequest>,
        response: rt::method::roundtrip_response::<CheckResponse>,
    },
];
/// The Changes service (`POST /json/v5/changes`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct ChangesService<'a> {
    client: &'a rt::Client,
}
impl<'a> ChangesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Changes.checkDictionaries`: sends `CheckDictionariesRequest` as `params`, returns `CheckDictionariesResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn check_dictionaries(
        &self,
        params: CheckDictionariesRequest,
    ) -> ::core::result::Result<rt::Response<CheckDictionariesResponse>, rt::Error> {
        self.client.call(&CHECK_DICTIONARIES.info, &params).await
    }
    /// `Changes.checkCampaigns`: sends `CheckCampaignsRequest` as `params`, returns `CheckCampaignsResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn check_campaigns(
        &self,
        params: CheckCampaignsRequest,
    ) -> ::core::result::Result<rt::Response<CheckCampaignsResponse>, rt::Error> {
        self.client.call(&CHECK_CAMPAIGNS.info, &params).await
    }
    /// `Changes.check`: sends `CheckRequest` as `params`, returns `CheckResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn check(
        &self,
        params: CheckRequest,
    ) -> ::core::result::Result<rt::Response<CheckResponse>, rt::Error> {
        self.client.call(&CHECK.info, &params).await
    }
}
/// The `params` of `Changes.checkDictionaries`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckDictionariesRequest {
    /// Optional. Sent as `Timestamp`.
    pub timestamp: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckDictionariesRequest {
    /// An empty `CheckDictionariesRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            timestamp: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Timestamp`.
    #[inline]
    #[must_use]
    pub fn with_timestamp(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.timestamp = ::core::option::Option::Some(value.into());
        self
    }
}
/// The `result` of `Changes.checkDictionaries`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckDictionariesResponse {
    /// Optional. Sent as `TimeZonesChanged`.
    pub time_zones_changed: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `RegionsChanged`.
    pub regions_changed: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `InterestsChanged`.
    pub interests_changed: ::core::option::Option<super::general::YesNoEnum>,
    /// Required. Sent as `Timestamp`.
    pub timestamp: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckDictionariesResponse {
    /// A `CheckDictionariesResponse` with its required fields (`Timestamp`); the others start absent.
    pub fn new(timestamp: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            time_zones_changed: ::core::option::Option::None,
            regions_changed: ::core::option::Option::None,
            interests_changed: ::core::option::Option::None,
            timestamp: timestamp.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TimeZonesChanged`.
    #[inline]
    #[must_use]
    pub fn with_time_zones_changed(mut self, value: super::general::YesNoEnum) -> Self {
        self.time_zones_changed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionsChanged`.
    #[inline]
    #[must_use]
    pub fn with_regions_changed(mut self, value: super::general::YesNoEnum) -> Self {
        self.regions_changed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `InterestsChanged`.
    #[inline]
    #[must_use]
    pub fn with_interests_changed(mut self, value: super::general::YesNoEnum) -> Self {
        self.interests_changed = ::core::option::Option::Some(value);
        self
    }
}
/// The `params` of `Changes.checkCampaigns`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckCampaignsRequest {
    /// Required. Sent as `Timestamp`.
    pub timestamp: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckCampaignsRequest {
    /// A `CheckCampaignsRequest` with its required fields (`Timestamp`); the others start absent.
    pub fn new(timestamp: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            timestamp: timestamp.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CheckCampaignsResponse::campaigns`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignChangesItem {
    /// Required. Sent as `CampaignId`.
    pub campaign_id: i64,
    /// Required. Sent as `ChangesIn`.
    pub changes_in: ::std::vec::Vec<CampaignChangesInEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignChangesItem {
    /// A `CampaignChangesItem` with its required fields (`CampaignId`, `ChangesIn`); the others start absent.
    pub fn new(
        campaign_id: i64,
        changes_in: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignChangesInEnum>,
        >,
    ) -> Self {
        Self {
            campaign_id,
            changes_in: changes_in
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CampaignChangesItem::changes_in`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignChangesInEnum {
    /// Sent as `SELF`.
    Self_,
    /// Sent as `CHILDREN`.
    Children,
    /// Sent as `STAT`.
    Stat,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignChangesInEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Self_, Self::Children, Self::Stat];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Self_ => "SELF",
            Self::Children => "CHILDREN",
            Self::Stat => "STAT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SELF" => Self::Self_,
            "CHILDREN" => Self::Children,
            "STAT" => Self::Stat,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignChangesInEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignChangesInEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The `result` of `Changes.checkCampaigns`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckCampaignsResponse {
    /// Optional. Sent as `Campaigns`.
    pub campaigns: ::core::option::Option<::std::vec::Vec<CampaignChangesItem>>,
    /// Required. Sent as `Timestamp`.
    pub timestamp: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckCampaignsResponse {
    /// A `CheckCampaignsResponse` with its required fields (`Timestamp`); the others start absent.
    pub fn new(timestamp: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            campaigns: ::core::option::Option::None,
            timestamp: timestamp.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Campaigns`.
    #[inline]
    #[must_use]
    pub fn with_campaigns(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignChangesItem>,
        >,
    ) -> Self {
        self.campaigns = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Changes.check`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckRequest {
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdIds`.
    pub ad_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Required. Sent as `Timestamp`.
    pub timestamp: ::std::string::String,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<CheckFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckRequest {
    /// A `CheckRequest` with its required fields (`Timestamp`, `FieldNames`); the others start absent.
    pub fn new(
        timestamp: impl ::core::convert::Into<::std::string::String>,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CheckFieldEnum>,
        >,
    ) -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ad_ids: ::core::option::Option::None,
            timestamp: timestamp.into(),
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `CheckRequest::field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CheckFieldEnum {
    /// Sent as `CampaignIds`.
    CampaignIds,
    /// Sent as `AdGroupIds`.
    AdGroupIds,
    /// Sent as `AdIds`.
    AdIds,
    /// Sent as `CampaignsStat`.
    CampaignsStat,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CheckFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CampaignIds,
        Self::AdGroupIds,
        Self::AdIds,
        Self::CampaignsStat,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignIds => "CampaignIds",
            Self::AdGroupIds => "AdGroupIds",
            Self::AdIds => "AdIds",
            Self::CampaignsStat => "CampaignsStat",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CampaignIds" => Self::CampaignIds,
            "AdGroupIds" => Self::AdGroupIds,
            "AdIds" => Self::AdIds,
            "CampaignsStat" => Self::CampaignsStat,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CheckFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CheckFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The `result` of `Changes.check`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckResponse {
    /// Optional. Sent as `Modified`.
    pub modified: ::core::option::Option<CheckResponseModified>,
    /// Optional. Sent as `NotFound`.
    pub not_found: ::core::option::Option<CheckResponseIds>,
    /// Optional. Sent as `Unprocessed`.
    pub unprocessed: ::core::option::Option<CheckResponseIds>,
    /// Optional. Sent as `Timestamp`.
    pub timestamp: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckResponse {
    /// An empty `CheckResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            modified: ::core::option::Option::None,
            not_found: ::core::option::Option::None,
            unprocessed: ::core::option::Option::None,
            timestamp: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Modified`.
    #[inline]
    #[must_use]
    pub fn with_modified(mut self, value: CheckResponseModified) -> Self {
        self.modified = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NotFound`.
    #[inline]
    #[must_use]
    pub fn with_not_found(mut self, value: CheckResponseIds) -> Self {
        self.not_found = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Unprocessed`.
    #[inline]
    #[must_use]
    pub fn with_unprocessed(mut self, value: CheckResponseIds) -> Self {
        self.unprocessed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Timestamp`.
    #[inline]
    #[must_use]
    pub fn with_timestamp(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.timestamp = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `CheckResponse::modified`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckResponseModified {
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdIds`.
    pub ad_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `CampaignsStat`.
    pub campaigns_stat: ::core::option::Option<::std::vec::Vec<CampaignStatItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckResponseModified {
    /// An empty `CheckResponseModified`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ad_ids: ::core::option::Option::None,
            campaigns_stat: ::core::option::Option::None,
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
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CampaignsStat`.
    #[inline]
    #[must_use]
    pub fn with_campaigns_stat(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignStatItem>,
        >,
    ) -> Self {
        self.campaigns_stat = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `CheckResponseModified::campaigns_stat`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignStatItem {
    /// Required. Sent as `CampaignId`.
    pub campaign_id: i64,
    /// Required. Sent as `BorderDate`.
    pub border_date: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignStatItem {
    /// A `CampaignStatItem` with its required fields (`CampaignId`, `BorderDate`); the others start absent.
    pub fn new(
        campaign_id: i64,
        border_date: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            campaign_id,
            border_date: border_date.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CheckResponse::not_found`, `CheckResponse::unprocessed`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckResponseIds {
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdIds`.
    pub ad_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckResponseIds {
    /// An empty `CheckResponseIds`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ad_ids: ::core::option::Option::None,
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
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
