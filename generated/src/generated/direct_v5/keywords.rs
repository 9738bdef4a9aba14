// @generated from schema/direct_v5/keywords.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Keywords service: `POST /json/v5/keywords`.
//!
//! Generated from `schema/direct_v5/keywords.json` (upstream `keywords.xml`, sha256 `3ef99f9c56270422bac07c8e009f9ef9afab90f4f5554434a7ada7af540c4f36`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Keywords",
        endpoint: "keywords",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Keywords.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Keywords.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Keywords.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `Keywords.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// `Keywords.suspend` (write): the method with its request and response types, as the client's generic calls take it.
pub const SUSPEND: rt::Method<SuspendRequest, SuspendResponse> = rt::Method::new(
    method_info("suspend", rt::Access::Write),
);
/// `Keywords.resume` (write): the method with its request and response types, as the client's generic calls take it.
pub const RESUME: rt::Method<ResumeRequest, ResumeResponse> = rt::Method::new(
    method_info("resume", rt::Access::Write),
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
    rt::MethodEntry {
        info: SUSPEND.info,
        request: rt::method::roundtrip_request::<SuspendRequest>,
        response: rt::method::roundtrip_response::<SuspendResponse>,
    },
    rt::MethodEntry {
        info: RESUME.info,
        request: rt::method::roundtrip_request::<ResumeRequest>,
        response: rt::method::roundtrip_response::<ResumeResponse>,
    },
];
/// The Keywords service (`POST /json/v5/keywords`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct KeywordsService<'a> {
    client: &'a rt::Client,
}
impl<'a> KeywordsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Keywords.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `Keywords.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Keywords.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `Keywords.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `Keywords.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND.info, &params).await
    }
    /// `Keywords.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME.info, &params).await
    }
    /// `Keywords.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<KeywordGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Keywords.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 18 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Keyword`.
    Keyword,
    /// Sent as `State`.
    State,
    /// Sent as `Status`.
    Status,
    /// Sent as `AdGroupId`.
    AdGroupId,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `Bid`.
    Bid,
    /// Sent as `AutotargetingSearchBidIsAuto`.
    AutotargetingSearchBidIsAuto,
    /// Sent as `ContextBid`.
    ContextBid,
    /// Sent as `StrategyPriority`.
    StrategyPriority,
    /// Sent as `UserParam1`.
    UserParam1,
    /// Sent as `UserParam2`.
    UserParam2,
    /// Sent as `Productivity`.
    Productivity,
    /// Sent as `StatisticsSearch`.
    StatisticsSearch,
    /// Sent as `StatisticsNetwork`.
    StatisticsNetwork,
    /// Sent as `ServingStatus`.
    ServingStatus,
    /// Sent as `AutotargetingCategories`.
    AutotargetingCategories,
    /// Sent as `AutotargetingBrandOptions`.
    AutotargetingBrandOptions,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Keyword,
        Self::State,
        Self::Status,
        Self::AdGroupId,
        Self::CampaignId,
        Self::Bid,
        Self::AutotargetingSearchBidIsAuto,
        Self::ContextBid,
        Self::StrategyPriority,
        Self::UserParam1,
        Self::UserParam2,
        Self::Productivity,
        Self::StatisticsSearch,
        Self::StatisticsNetwork,
        Self::ServingStatus,
        Self::AutotargetingCategories,
        Self::AutotargetingBrandOptions,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Keyword => "Keyword",
            Self::State => "State",
            Self::Status => "Status",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::Bid => "Bid",
            Self::AutotargetingSearchBidIsAuto => "AutotargetingSearchBidIsAuto",
            Self::ContextBid => "ContextBid",
            Self::StrategyPriority => "StrategyPriority",
            Self::UserParam1 => "UserParam1",
            Self::UserParam2 => "UserParam2",
            Self::Productivity => "Productivity",
            Self::StatisticsSearch => "StatisticsSearch",
            Self::StatisticsNetwork => "StatisticsNetwork",
            Self::ServingStatus => "ServingStatus",
            Self::AutotargetingCategories => "AutotargetingCategories",
            Self::AutotargetingBrandOptions => "AutotargetingBrandOptions",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Keyword" => Self::Keyword,
            "State" => Self::State,
            "Status" => Self::Status,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "Bid" => Self::Bid,
            "AutotargetingSearchBidIsAuto" => Self::AutotargetingSearchBidIsAuto,
            "ContextBid" => Self::ContextBid,
            "StrategyPriority" => Self::StrategyPriority,
            "UserParam1" => Self::UserParam1,
            "UserParam2" => Self::UserParam2,
            "Productivity" => Self::Productivity,
            "StatisticsSearch" => Self::StatisticsSearch,
            "StatisticsNetwork" => Self::StatisticsNetwork,
            "ServingStatus" => Self::ServingStatus,
            "AutotargetingCategories" => Self::AutotargetingCategories,
            "AutotargetingBrandOptions" => Self::AutotargetingBrandOptions,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `KeywordsSelectionCriteria::states`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordStateSelectionEnum {
    /// Sent as `OFF`.
    Off,
    /// Sent as `ON`.
    On,
    /// Sent as `SUSPENDED`.
    Suspended,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordStateSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Off, Self::On, Self::Suspended];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Suspended => "SUSPENDED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "OFF" => Self::Off,
            "ON" => Self::On,
            "SUSPENDED" => Self::Suspended,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordStateSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordStateSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `KeywordsSelectionCriteria::statuses`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordStatusSelectionEnum {
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `REJECTED`.
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Draft, Self::Accepted, Self::Rejected];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Accepted => "ACCEPTED",
            Self::Rejected => "REJECTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACCEPTED" => Self::Accepted,
            "REJECTED" => Self::Rejected,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordsSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `States`.
    pub states: ::core::option::Option<::std::vec::Vec<KeywordStateSelectionEnum>>,
    /// Optional. Sent as `Statuses`.
    pub statuses: ::core::option::Option<::std::vec::Vec<KeywordStatusSelectionEnum>>,
    /// Optional. Sent as `ModifiedSince`.
    pub modified_since: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `ServingStatuses`.
    pub serving_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ServingStatusEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordsSelectionCriteria {
    /// An empty `KeywordsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            campaign_ids: ::core::option::Option::None,
            states: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            modified_since: ::core::option::Option::None,
            serving_statuses: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordStateSelectionEnum>,
        >,
    ) -> Self {
        self.states = ::core::option::Option::Some(
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
            Item = impl ::core::convert::Into<KeywordStatusSelectionEnum>,
        >,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ModifiedSince`.
    #[inline]
    #[must_use]
    pub fn with_modified_since(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.modified_since = ::core::option::Option::Some(value.into());
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
}
/// Used in `AddRequest::keywords`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KeywordAddItem {
    /// Required. Sent as `Keyword`.
    pub keyword: ::std::string::String,
    /// Required. Sent as `AdGroupId`.
    pub ad_group_id: i64,
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `AutotargetingSearchBidIsAuto`.
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Optional. Sent as `ContextBid`.
    pub context_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyPriority`.
    pub strategy_priority: ::core::option::Option<super::general::PriorityEnum>,
    /// Optional. Sent as `UserParam1`.
    pub user_param1: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `UserParam2`.
    pub user_param2: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// Optional. Sent as `AutotargetingBrandOptions`.
    pub autotargeting_brand_options: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOption>,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordAddItem {
    /// A `KeywordAddItem` with its required fields (`Keyword`, `AdGroupId`); the others start absent.
    pub fn new(
        keyword: impl ::core::convert::Into<::std::string::String>,
        ad_group_id: i64,
    ) -> Self {
        Self {
            keyword: keyword.into(),
            ad_group_id,
            bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: ::core::option::Option::None,
            user_param1: ::core::option::Option::None,
            user_param2: ::core::option::Option::None,
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_brand_options: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSearchBidIsAuto`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_search_bid_is_auto(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.autotargeting_search_bid_is_auto = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPriority`.
    #[inline]
    #[must_use]
    pub fn with_strategy_priority(
        mut self,
        value: super::general::PriorityEnum,
    ) -> Self {
        self.strategy_priority = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UserParam1`.
    #[inline]
    #[must_use]
    pub fn with_user_param1(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_param1 = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `UserParam2`.
    #[inline]
    #[must_use]
    pub fn with_user_param2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_param2 = ::core::option::Option::Some(value.into());
        self
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
    /// Sets `AutotargetingBrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_brand_options(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AutotargetingBrandOption>,
        >,
    ) -> Self {
        self.autotargeting_brand_options = ::core::option::Option::Some(
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
/// Used in `KeywordGetItem::productivity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordProductivity {
    /// Optional. Sent as `Value`.
    pub value: ::core::option::Option<f64>,
    /// Optional. Sent as `References`.
    pub references: ::core::option::Option<::std::vec::Vec<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordProductivity {
    /// An empty `KeywordProductivity`: every field absent.
    pub fn new() -> Self {
        Self {
            value: ::core::option::Option::None,
            references: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Value`.
    #[inline]
    #[must_use]
    pub fn with_value(mut self, value: f64) -> Self {
        self.value = ::core::option::Option::Some(value);
        self
    }
    /// Sets `References`.
    #[inline]
    #[must_use]
    pub fn with_references(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i32>>,
    ) -> Self {
        self.references = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::keywords`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Keyword`.
    pub keyword: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `AutotargetingSearchBidIsAuto`.
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Optional. Sent as `ContextBid`.
    pub context_bid: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StrategyPriority`.
    pub strategy_priority: rt::Nullable<super::general::PriorityEnum>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UserParam1`.
    pub user_param1: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UserParam2`.
    pub user_param2: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Productivity`.
    pub productivity: rt::Nullable<KeywordProductivity>,
    /// Optional. Sent as `StatisticsSearch`.
    pub statistics_search: ::core::option::Option<super::general::Statistics>,
    /// Optional. Sent as `StatisticsNetwork`.
    pub statistics_network: ::core::option::Option<super::general::Statistics>,
    /// Optional. Sent as `ServingStatus`.
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: rt::Nullable<
        super::general::AutotargetingCategoryArray,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutotargetingBrandOptions`.
    pub autotargeting_brand_options: rt::Nullable<
        super::general::AutotargetingBrandOptionArray,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: rt::Nullable<super::general::AutotargetingSettings>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordGetItem {
    /// An empty `KeywordGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            keyword: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: rt::Nullable::Absent,
            state: ::core::option::Option::None,
            status: ::core::option::Option::None,
            user_param1: rt::Nullable::Absent,
            user_param2: rt::Nullable::Absent,
            productivity: rt::Nullable::Absent,
            statistics_search: ::core::option::Option::None,
            statistics_network: ::core::option::Option::None,
            serving_status: ::core::option::Option::None,
            autotargeting_categories: rt::Nullable::Absent,
            autotargeting_brand_options: rt::Nullable::Absent,
            autotargeting_settings: rt::Nullable::Absent,
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
    /// Sets `Keyword`.
    #[inline]
    #[must_use]
    pub fn with_keyword(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.keyword = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `AdGroupId`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_id(mut self, value: i64) -> Self {
        self.ad_group_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CampaignId`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: i64) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSearchBidIsAuto`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_search_bid_is_auto(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.autotargeting_search_bid_is_auto = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPriority`.
    #[inline]
    #[must_use]
    pub fn with_strategy_priority(
        mut self,
        value: super::general::PriorityEnum,
    ) -> Self {
        self.strategy_priority = rt::Nullable::Value(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UserParam1`.
    #[inline]
    #[must_use]
    pub fn with_user_param1(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_param1 = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `UserParam2`.
    #[inline]
    #[must_use]
    pub fn with_user_param2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_param2 = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Productivity`.
    #[inline]
    #[must_use]
    pub fn with_productivity(mut self, value: KeywordProductivity) -> Self {
        self.productivity = rt::Nullable::Value(value);
        self
    }
    /// Sets `StatisticsSearch`.
    #[inline]
    #[must_use]
    pub fn with_statistics_search(mut self, value: super::general::Statistics) -> Self {
        self.statistics_search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatisticsNetwork`.
    #[inline]
    #[must_use]
    pub fn with_statistics_network(mut self, value: super::general::Statistics) -> Self {
        self.statistics_network = ::core::option::Option::Some(value);
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
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: super::general::AutotargetingCategoryArray,
    ) -> Self {
        self.autotargeting_categories = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutotargetingBrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_brand_options(
        mut self,
        value: super::general::AutotargetingBrandOptionArray,
    ) -> Self {
        self.autotargeting_brand_options = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = rt::Nullable::Value(value);
        self
    }
}
/// Used in `UpdateRequest::keywords`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KeywordUpdateItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `Keyword`.
    pub keyword: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UserParam1`.
    pub user_param1: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UserParam2`.
    pub user_param2: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `AutotargetingCategories`.
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// Optional. Sent as `AutotargetingBrandOptions`.
    pub autotargeting_brand_options: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOption>,
    >,
    /// Optional. Sent as `AutotargetingSettings`.
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordUpdateItem {
    /// A `KeywordUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            keyword: ::core::option::Option::None,
            user_param1: rt::Nullable::Absent,
            user_param2: rt::Nullable::Absent,
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_brand_options: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Keyword`.
    #[inline]
    #[must_use]
    pub fn with_keyword(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.keyword = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `UserParam1`.
    #[inline]
    #[must_use]
    pub fn with_user_param1(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_param1 = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `UserParam2`.
    #[inline]
    #[must_use]
    pub fn with_user_param2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_param2 = rt::Nullable::Value(value.into());
        self
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
    /// Sets `AutotargetingBrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_brand_options(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::AutotargetingBrandOption>,
        >,
    ) -> Self {
        self.autotargeting_brand_options = ::core::option::Option::Some(
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
/// The `params` of `Keywords.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Keywords`.
    pub keywords: ::std::vec::Vec<KeywordAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Keywords`); the others start absent.
    pub fn new(
        keywords: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordAddItem>,
        >,
    ) -> Self {
        Self {
            keywords: keywords.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Keywords.add`.
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
/// The `params` of `Keywords.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: KeywordsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<KeywordFieldEnum>,
    /// Optional. Sent as `AutotargetingSettingsCategoriesFieldNames`.
    pub autotargeting_settings_categories_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategoriesFieldEnum>,
    >,
    /// Optional. Sent as `AutotargetingSettingsBrandOptionsFieldNames`.
    pub autotargeting_settings_brand_options_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOptionsFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: KeywordsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            autotargeting_settings_categories_field_names: ::core::option::Option::None,
            autotargeting_settings_brand_options_field_names: ::core::option::Option::None,
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
}
/// The `result` of `Keywords.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Keywords`.
    pub keywords: ::core::option::Option<::std::vec::Vec<KeywordGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            keywords: ::core::option::Option::None,
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
    /// Sets `Keywords`.
    #[inline]
    #[must_use]
    pub fn with_keywords(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordGetItem>,
        >,
    ) -> Self {
        self.keywords = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Keywords.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Keywords`.
    pub keywords: ::std::vec::Vec<KeywordUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Keywords`); the others start absent.
    pub fn new(
        keywords: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordUpdateItem>,
        >,
    ) -> Self {
        Self {
            keywords: keywords.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Keywords.update`.
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
/// The `params` of `Keywords.delete`.
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
/// The `result` of `Keywords.delete`.
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
/// The `params` of `Keywords.suspend`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SuspendRequest {
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SuspendRequest {
    /// A `SuspendRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Keywords.suspend`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SuspendResponse {
    /// Required. Sent as `SuspendResults`.
    pub suspend_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SuspendResponse {
    /// A `SuspendResponse` with its required fields (`SuspendResults`); the others start absent.
    pub fn new(
        suspend_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            suspend_results: suspend_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `Keywords.resume`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResumeRequest {
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResumeRequest {
    /// A `ResumeRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Keywords.resume`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResumeResponse {
    /// Required. Sent as `ResumeResults`.
    pub resume_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResumeResponse {
    /// A `ResumeResponse` with its required fields (`ResumeResults`); the others start absent.
    pub fn new(
        resume_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            resume_results: resume_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
