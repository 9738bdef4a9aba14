// @generated from schema/direct_v5/dynamicfeedadtargets.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The DynamicFeedAdTargets service: `POST /json/v5/dynamicfeedadtargets`.
//!
//! Generated from `schema/direct_v5/dynamicfeedadtargets.json` (upstream `dynamicfeedadtargets.xml`, sha256 `746fa73cc09b3ba453b843bdae25d3a6a49541fe794898322474810136f34581`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "DynamicFeedAdTargets",
        endpoint: "dynamicfeedadtargets",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `DynamicFeedAdTargets.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `DynamicFeedAdTargets.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `DynamicFeedAdTargets.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// `DynamicFeedAdTargets.suspend` (write): the method with its request and response types, as the client's generic calls take it.
pub const SUSPEND: rt::Method<SuspendRequest, SuspendResponse> = rt::Method::new(
    method_info("suspend", rt::Access::Write),
);
/// `DynamicFeedAdTargets.resume` (write): the method with its request and response types, as the client's generic calls take it.
pub const RESUME: rt::Method<ResumeRequest, ResumeResponse> = rt::Method::new(
    method_info("resume", rt::Access::Write),
);
/// `DynamicFeedAdTargets.setBids` (write): the method with its request and response types, as the client's generic calls take it.
pub const SET_BIDS: rt::Method<SetBidsRequest, SetBidsResponse> = rt::Method::new(
    method_info("setBids", rt::Access::Write),
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
    rt::MethodEntry {
        info: SET_BIDS.info,
        request: rt::method::roundtrip_request::<SetBidsRequest>,
        response: rt::method::roundtrip_response::<SetBidsResponse>,
    },
];
/// The DynamicFeedAdTargets service (`POST /json/v5/dynamicfeedadtargets`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct DynamicFeedAdTargetsService<'a> {
    client: &'a rt::Client,
}
impl<'a> DynamicFeedAdTargetsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `DynamicFeedAdTargets.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `DynamicFeedAdTargets.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `DynamicFeedAdTargets.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `DynamicFeedAdTargets.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND.info, &params).await
    }
    /// `DynamicFeedAdTargets.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME.info, &params).await
    }
    /// `DynamicFeedAdTargets.setBids`: sends `SetBidsRequest` as `params`, returns `SetBidsResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set_bids(
        &self,
        params: SetBidsRequest,
    ) -> ::core::result::Result<rt::Response<SetBidsResponse>, rt::Error> {
        self.client.call(&SET_BIDS.info, &params).await
    }
    /// `DynamicFeedAdTargets.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<DynamicFeedAdTargetGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `DynamicFeedAdTargets.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicFeedAdTargetFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `AdGroupId`.
    AdGroupId,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `Name`.
    Name,
    /// Sent as `Bid`.
    Bid,
    /// Sent as `ContextBid`.
    ContextBid,
    /// Sent as `Conditions`.
    Conditions,
    /// Sent as `ConditionType`.
    ConditionType,
    /// Sent as `State`.
    State,
    /// Sent as `AvailableItemsOnly`.
    AvailableItemsOnly,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicFeedAdTargetFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::AdGroupId,
        Self::CampaignId,
        Self::Name,
        Self::Bid,
        Self::ContextBid,
        Self::Conditions,
        Self::ConditionType,
        Self::State,
        Self::AvailableItemsOnly,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::Name => "Name",
            Self::Bid => "Bid",
            Self::ContextBid => "ContextBid",
            Self::Conditions => "Conditions",
            Self::ConditionType => "ConditionType",
            Self::State => "State",
            Self::AvailableItemsOnly => "AvailableItemsOnly",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "Name" => Self::Name,
            "Bid" => Self::Bid,
            "ContextBid" => Self::ContextBid,
            "Conditions" => Self::Conditions,
            "ConditionType" => Self::ConditionType,
            "State" => Self::State,
            "AvailableItemsOnly" => Self::AvailableItemsOnly,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicFeedAdTargetFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicFeedAdTargetFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ConditionsArray`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedCondition {
    /// Required. Sent as `Operand`.
    pub operand: ::std::string::String,
    /// Required. Sent as `Operator`.
    pub operator: super::general::StringConditionOperatorEnum,
    /// Required. Sent as `Arguments`.
    pub arguments: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedCondition {
    /// A `FeedCondition` with its required fields (`Operand`, `Operator`, `Arguments`); the others start absent.
    pub fn new(
        operand: impl ::core::convert::Into<::std::string::String>,
        operator: super::general::StringConditionOperatorEnum,
        arguments: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            operand: operand.into(),
            operator,
            arguments: arguments.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DynamicFeedAdTargetGetItem::conditions`, `DynamicFeedAdTargetAddItem::conditions`. A list, sent as `{"Items": [...]}`.
pub type ConditionsArray = rt::Items<FeedCondition>;
/// Used in `GetResponse::dynamic_feed_ad_targets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicFeedAdTargetGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `ContextBid`.
    pub context_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Conditions`.
    pub conditions: rt::Nullable<ConditionsArray>,
    /// Optional. Sent as `ConditionType`.
    pub condition_type: ::core::option::Option<super::general::ConditionTypeEnum>,
    /// Optional. Sent as `AvailableItemsOnly`.
    pub available_items_only: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicFeedAdTargetGetItem {
    /// An empty `DynamicFeedAdTargetGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            state: ::core::option::Option::None,
            conditions: rt::Nullable::Absent,
            condition_type: ::core::option::Option::None,
            available_items_only: ::core::option::Option::None,
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
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Conditions`.
    #[inline]
    #[must_use]
    pub fn with_conditions(mut self, value: ConditionsArray) -> Self {
        self.conditions = rt::Nullable::Value(value);
        self
    }
    /// Sets `ConditionType`.
    #[inline]
    #[must_use]
    pub fn with_condition_type(
        mut self,
        value: super::general::ConditionTypeEnum,
    ) -> Self {
        self.condition_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableItemsOnly`.
    #[inline]
    #[must_use]
    pub fn with_available_items_only(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.available_items_only = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AddRequest::dynamic_feed_ad_targets`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicFeedAdTargetAddItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `AdGroupId`.
    pub ad_group_id: i64,
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `ContextBid`.
    pub context_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `Conditions`.
    pub conditions: ::core::option::Option<ConditionsArray>,
    /// Optional. Sent as `AvailableItemsOnly`.
    pub available_items_only: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicFeedAdTargetAddItem {
    /// A `DynamicFeedAdTargetAddItem` with its required fields (`Name`, `AdGroupId`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        ad_group_id: i64,
    ) -> Self {
        Self {
            name: name.into(),
            ad_group_id,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            conditions: ::core::option::Option::None,
            available_items_only: ::core::option::Option::None,
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
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Conditions`.
    #[inline]
    #[must_use]
    pub fn with_conditions(mut self, value: ConditionsArray) -> Self {
        self.conditions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableItemsOnly`.
    #[inline]
    #[must_use]
    pub fn with_available_items_only(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.available_items_only = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SetBidsRequest::bids`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetBidsItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `ContextBid`.
    pub context_bid: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsItem {
    /// An empty `SetBidsItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            id: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignId`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: i64) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupId`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_id(mut self, value: i64) -> Self {
        self.ad_group_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
}
/// The `params` of `DynamicFeedAdTargets.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `DynamicFeedAdTargets`.
    pub dynamic_feed_ad_targets: ::std::vec::Vec<DynamicFeedAdTargetAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`DynamicFeedAdTargets`); the others start absent.
    pub fn new(
        dynamic_feed_ad_targets: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicFeedAdTargetAddItem>,
        >,
    ) -> Self {
        Self {
            dynamic_feed_ad_targets: dynamic_feed_ad_targets
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `DynamicFeedAdTargets.add`.
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
/// The `params` of `DynamicFeedAdTargets.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: super::general::AdTargetsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<DynamicFeedAdTargetFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: super::general::AdTargetsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicFeedAdTargetFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
}
/// The `result` of `DynamicFeedAdTargets.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `DynamicFeedAdTargets`.
    pub dynamic_feed_ad_targets: ::core::option::Option<
        ::std::vec::Vec<DynamicFeedAdTargetGetItem>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            dynamic_feed_ad_targets: ::core::option::Option::None,
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
    /// Sets `DynamicFeedAdTargets`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_feed_ad_targets(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicFeedAdTargetGetItem>,
        >,
    ) -> Self {
        self.dynamic_feed_ad_targets = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `DynamicFeedAdTargets.delete`.
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
/// The `result` of `DynamicFeedAdTargets.delete`.
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
/// The `params` of `DynamicFeedAdTargets.suspend`.
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
/// The `result` of `DynamicFeedAdTargets.suspend`.
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
/// The `params` of `DynamicFeedAdTargets.resume`.
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
/// The `result` of `DynamicFeedAdTargets.resume`.
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
/// The `params` of `DynamicFeedAdTargets.setBids`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetBidsRequest {
    /// Required. Sent as `Bids`.
    pub bids: ::std::vec::Vec<SetBidsItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsRequest {
    /// A `SetBidsRequest` with its required fields (`Bids`); the others start absent.
    pub fn new(
        bids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SetBidsItem>,
        >,
    ) -> Self {
        Self {
            bids: bids.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `DynamicFeedAdTargets.setBids`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetBidsResponse {
    /// Optional. Sent as `SetBidsResults`.
    pub set_bids_results: ::core::option::Option<
        ::std::vec::Vec<super::general::SetBidsActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsResponse {
    /// An empty `SetBidsResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            set_bids_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SetBidsResults`.
    #[inline]
    #[must_use]
    pub fn with_set_bids_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::SetBidsActionResult>,
        >,
    ) -> Self {
        self.set_bids_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
