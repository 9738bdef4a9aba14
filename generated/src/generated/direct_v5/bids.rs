// @generated from schema/direct_v5/bids.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Bids service: `POST /json/v5/bids`.
//!
//! Generated from `schema/direct_v5/bids.json` (upstream `bids.xml`, sha256 `3053a306fa6a22a4eb6a46292dea82a5ff27174c699b8a0ed7a08e7fc112dfd7`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Bids",
        endpoint: "bids",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Bids.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Bids.set` (write): the method with its request and response types, as the client's generic calls take it.
pub const SET: rt::Method<SetRequest, SetResponse> = rt::Method::new(
    method_info("set", rt::Access::Write),
);
/// `Bids.setAuto` (write): the method with its request and response types, as the client's generic calls take it.
pub const SET_AUTO: rt::Method<SetAutoRequest, SetAutoResponse> = rt::Method::new(
    method_info("setAuto", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: SET.info,
        request: rt::method::roundtrip_request::<SetRequest>,
        response: rt::method::roundtrip_response::<SetResponse>,
    },
    rt::MethodEntry {
        info: SET_AUTO.info,
        request: rt::method::roundtrip_request::<SetAutoRequest>,
        response: rt::method::roundtrip_response::<SetAutoResponse>,
    },
];
/// The Bids service (`POST /json/v5/bids`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct BidsService<'a> {
    client: &'a rt::Client,
}
impl<'a> BidsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Bids.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Bids.set`: sends `SetRequest` as `params`, returns `SetResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set(
        &self,
        params: SetRequest,
    ) -> ::core::result::Result<rt::Response<SetResponse>, rt::Error> {
        self.client.call(&SET.info, &params).await
    }
    /// `Bids.setAuto`: sends `SetAutoRequest` as `params`, returns `SetAutoResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set_auto(
        &self,
        params: SetAutoRequest,
    ) -> ::core::result::Result<rt::Response<SetAutoResponse>, rt::Error> {
        self.client.call(&SET_AUTO.info, &params).await
    }
    /// `Bids.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<BidGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Bids.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 14 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidFieldEnum {
    /// Sent as `KeywordId`.
    KeywordId,
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
    /// Sent as `CompetitorsBids`.
    CompetitorsBids,
    /// Sent as `SearchPrices`.
    SearchPrices,
    /// Sent as `ContextCoverage`.
    ContextCoverage,
    /// Sent as `MinSearchPrice`.
    MinSearchPrice,
    /// Sent as `CurrentSearchPrice`.
    CurrentSearchPrice,
    /// Sent as `AuctionBids`.
    AuctionBids,
    /// Sent as `ServingStatus`.
    ServingStatus,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BidFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::KeywordId,
        Self::AdGroupId,
        Self::CampaignId,
        Self::Bid,
        Self::AutotargetingSearchBidIsAuto,
        Self::ContextBid,
        Self::StrategyPriority,
        Self::CompetitorsBids,
        Self::SearchPrices,
        Self::ContextCoverage,
        Self::MinSearchPrice,
        Self::CurrentSearchPrice,
        Self::AuctionBids,
        Self::ServingStatus,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeywordId => "KeywordId",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::Bid => "Bid",
            Self::AutotargetingSearchBidIsAuto => "AutotargetingSearchBidIsAuto",
            Self::ContextBid => "ContextBid",
            Self::StrategyPriority => "StrategyPriority",
            Self::CompetitorsBids => "CompetitorsBids",
            Self::SearchPrices => "SearchPrices",
            Self::ContextCoverage => "ContextCoverage",
            Self::MinSearchPrice => "MinSearchPrice",
            Self::CurrentSearchPrice => "CurrentSearchPrice",
            Self::AuctionBids => "AuctionBids",
            Self::ServingStatus => "ServingStatus",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "KeywordId" => Self::KeywordId,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "Bid" => Self::Bid,
            "AutotargetingSearchBidIsAuto" => Self::AutotargetingSearchBidIsAuto,
            "ContextBid" => Self::ContextBid,
            "StrategyPriority" => Self::StrategyPriority,
            "CompetitorsBids" => Self::CompetitorsBids,
            "SearchPrices" => Self::SearchPrices,
            "ContextCoverage" => Self::ContextCoverage,
            "MinSearchPrice" => Self::MinSearchPrice,
            "CurrentSearchPrice" => Self::CurrentSearchPrice,
            "AuctionBids" => Self::AuctionBids,
            "ServingStatus" => Self::ServingStatus,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BidFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BidFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `BidSetAutoItem::calculate_by`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CalculateByEnum {
    /// Sent as `VALUE`.
    Value,
    /// Sent as `DIFF`.
    Diff,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CalculateByEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Value, Self::Diff];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Value => "VALUE",
            Self::Diff => "DIFF",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "VALUE" => Self::Value,
            "DIFF" => Self::Diff,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CalculateByEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CalculateByEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidsSelectionCriteria {
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `KeywordIds`.
    pub keyword_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `ServingStatuses`.
    pub serving_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ServingStatusEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidsSelectionCriteria {
    /// An empty `BidsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            keyword_ids: ::core::option::Option::None,
            serving_statuses: ::core::option::Option::None,
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
    /// Sets `KeywordIds`.
    #[inline]
    #[must_use]
    pub fn with_keyword_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.keyword_ids = ::core::option::Option::Some(
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
}
/// Used in `BidGetItem::search_prices`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SearchPrices {
    /// Optional. Sent as `Position`.
    pub position: ::core::option::Option<super::general::PositionEnum>,
    /// Optional. Sent as `Price`.
    pub price: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SearchPrices {
    /// An empty `SearchPrices`: every field absent.
    pub fn new() -> Self {
        Self {
            position: ::core::option::Option::None,
            price: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Position`.
    #[inline]
    #[must_use]
    pub fn with_position(mut self, value: super::general::PositionEnum) -> Self {
        self.position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: i64) -> Self {
        self.price = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `BidGetItem::context_coverage`. A list, sent as `{"Items": [...]}`.
pub type ContextCoverage = rt::Items<ContextCoverageItem>;
/// Used in `ContextCoverage`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContextCoverageItem {
    /// Required. Sent as `Probability`.
    pub probability: f64,
    /// Required. Sent as `Price`.
    pub price: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContextCoverageItem {
    /// A `ContextCoverageItem` with its required fields (`Probability`, `Price`); the others start absent.
    pub fn new(probability: f64, price: i64) -> Self {
        Self {
            probability,
            price,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SetResponse::set_results`, `SetAutoResponse::set_auto_results`. Extended by `BidGetItem`. Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidActionResult {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordId`.
    pub keyword_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidActionResult {
    /// An empty `BidActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
    /// Sets `KeywordId`.
    #[inline]
    #[must_use]
    pub fn with_keyword_id(mut self, value: i64) -> Self {
        self.keyword_id = ::core::option::Option::Some(value);
        self
    }
}
impl rt::ItemResult for BidActionResult {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `GetResponse::bids`. Extends `BidActionResult` -> `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidGetItem {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordId`.
    pub keyword_id: ::core::option::Option<i64>,
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
    /// Optional. Sent as `CompetitorsBids`.
    pub competitors_bids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `SearchPrices`.
    pub search_prices: ::core::option::Option<::std::vec::Vec<SearchPrices>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContextCoverage`.
    pub context_coverage: rt::Nullable<ContextCoverage>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MinSearchPrice`.
    pub min_search_price: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CurrentSearchPrice`.
    pub current_search_price: rt::Nullable<i64>,
    /// Optional. Sent as `AuctionBids`.
    pub auction_bids: ::core::option::Option<::std::vec::Vec<AuctionBidItem>>,
    /// Optional. Sent as `ServingStatus`.
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidGetItem {
    /// An empty `BidGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: rt::Nullable::Absent,
            competitors_bids: ::core::option::Option::None,
            search_prices: ::core::option::Option::None,
            context_coverage: rt::Nullable::Absent,
            min_search_price: rt::Nullable::Absent,
            current_search_price: rt::Nullable::Absent,
            auction_bids: ::core::option::Option::None,
            serving_status: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
    /// Sets `KeywordId`.
    #[inline]
    #[must_use]
    pub fn with_keyword_id(mut self, value: i64) -> Self {
        self.keyword_id = ::core::option::Option::Some(value);
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
    /// Sets `CompetitorsBids`.
    #[inline]
    #[must_use]
    pub fn with_competitors_bids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.competitors_bids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SearchPrices`.
    #[inline]
    #[must_use]
    pub fn with_search_prices(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SearchPrices>,
        >,
    ) -> Self {
        self.search_prices = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ContextCoverage`.
    #[inline]
    #[must_use]
    pub fn with_context_coverage(mut self, value: ContextCoverage) -> Self {
        self.context_coverage = rt::Nullable::Value(value);
        self
    }
    /// Sets `MinSearchPrice`.
    #[inline]
    #[must_use]
    pub fn with_min_search_price(mut self, value: i64) -> Self {
        self.min_search_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `CurrentSearchPrice`.
    #[inline]
    #[must_use]
    pub fn with_current_search_price(mut self, value: i64) -> Self {
        self.current_search_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `AuctionBids`.
    #[inline]
    #[must_use]
    pub fn with_auction_bids(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AuctionBidItem>,
        >,
    ) -> Self {
        self.auction_bids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
}
impl rt::ItemResult for BidGetItem {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `BidGetItem::auction_bids`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuctionBidItem {
    /// Required. Sent as `Position`.
    pub position: ::std::string::String,
    /// Required. Sent as `Bid`.
    pub bid: i64,
    /// Required. Sent as `Price`.
    pub price: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AuctionBidItem {
    /// A `AuctionBidItem` with its required fields (`Position`, `Bid`, `Price`); the others start absent.
    pub fn new(
        position: impl ::core::convert::Into<::std::string::String>,
        bid: i64,
        price: i64,
    ) -> Self {
        Self {
            position: position.into(),
            bid,
            price,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SetRequest::bids`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidSetItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordId`.
    pub keyword_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `ContextBid`.
    pub context_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `AutotargetingSearchBidIsAuto`.
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Optional. Sent as `StrategyPriority`.
    pub strategy_priority: ::core::option::Option<super::general::PriorityEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidSetItem {
    /// An empty `BidSetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            strategy_priority: ::core::option::Option::None,
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
    /// Sets `KeywordId`.
    #[inline]
    #[must_use]
    pub fn with_keyword_id(mut self, value: i64) -> Self {
        self.keyword_id = ::core::option::Option::Some(value);
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
}
/// Used in `SetAutoRequest::bids`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BidSetAutoItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordId`.
    pub keyword_id: ::core::option::Option<i64>,
    /// Optional. Sent as `MaxBid`.
    pub max_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `Position`.
    pub position: ::core::option::Option<super::general::PositionEnum>,
    /// Optional. Sent as `IncreasePercent`.
    pub increase_percent: ::core::option::Option<i32>,
    /// Optional. Sent as `CalculateBy`.
    pub calculate_by: ::core::option::Option<CalculateByEnum>,
    /// Optional. Sent as `ContextCoverage`.
    pub context_coverage: ::core::option::Option<i32>,
    /// Required. Sent as `Scope`.
    pub scope: ::std::vec::Vec<super::general::ScopeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidSetAutoItem {
    /// A `BidSetAutoItem` with its required fields (`Scope`); the others start absent.
    pub fn new(
        scope: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ScopeEnum>,
        >,
    ) -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            max_bid: ::core::option::Option::None,
            position: ::core::option::Option::None,
            increase_percent: ::core::option::Option::None,
            calculate_by: ::core::option::Option::None,
            context_coverage: ::core::option::Option::None,
            scope: scope.into_iter().map(::core::convert::Into::into).collect(),
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
    /// Sets `KeywordId`.
    #[inline]
    #[must_use]
    pub fn with_keyword_id(mut self, value: i64) -> Self {
        self.keyword_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxBid`.
    #[inline]
    #[must_use]
    pub fn with_max_bid(mut self, value: i64) -> Self {
        self.max_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Position`.
    #[inline]
    #[must_use]
    pub fn with_position(mut self, value: super::general::PositionEnum) -> Self {
        self.position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IncreasePercent`.
    #[inline]
    #[must_use]
    pub fn with_increase_percent(mut self, value: i32) -> Self {
        self.increase_percent = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CalculateBy`.
    #[inline]
    #[must_use]
    pub fn with_calculate_by(mut self, value: CalculateByEnum) -> Self {
        self.calculate_by = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextCoverage`.
    #[inline]
    #[must_use]
    pub fn with_context_coverage(mut self, value: i32) -> Self {
        self.context_coverage = ::core::option::Option::Some(value);
        self
    }
}
/// The `params` of `Bids.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: BidsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<BidFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: BidsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidFieldEnum>,
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
/// The `result` of `Bids.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Bids`.
    pub bids: ::core::option::Option<::std::vec::Vec<BidGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            bids: ::core::option::Option::None,
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
    /// Sets `Bids`.
    #[inline]
    #[must_use]
    pub fn with_bids(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidGetItem>,
        >,
    ) -> Self {
        self.bids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Bids.set`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetRequest {
    /// Required. Sent as `Bids`.
    pub bids: ::std::vec::Vec<BidSetItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetRequest {
    /// A `SetRequest` with its required fields (`Bids`); the others start absent.
    pub fn new(
        bids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidSetItem>,
        >,
    ) -> Self {
        Self {
            bids: bids.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Bids.set`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetResponse {
    /// Optional. Sent as `SetResults`.
    pub set_results: ::core::option::Option<::std::vec::Vec<BidActionResult>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetResponse {
    /// An empty `SetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            set_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SetResults`.
    #[inline]
    #[must_use]
    pub fn with_set_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidActionResult>,
        >,
    ) -> Self {
        self.set_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Bids.setAuto`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetAutoRequest {
    /// Required. Sent as `Bids`.
    pub bids: ::std::vec::Vec<BidSetAutoItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetAutoRequest {
    /// A `SetAutoRequest` with its required fields (`Bids`); the others start absent.
    pub fn new(
        bids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidSetAutoItem>,
        >,
    ) -> Self {
        Self {
            bids: bids.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Bids.setAuto`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetAutoResponse {
    /// Optional. Sent as `SetAutoResults`.
    pub set_auto_results: ::core::option::Option<::std::vec::Vec<BidActionResult>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetAutoResponse {
    /// An empty `SetAutoResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            set_auto_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SetAutoResults`.
    #[inline]
    #[must_use]
    pub fn with_set_auto_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidActionResult>,
        >,
    ) -> Self {
        self.set_auto_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
