// @generated from schema/direct_v5/keywordbids.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The KeywordBids service: `POST /json/v5/keywordbids`.
//!
//! Generated from `schema/direct_v5/keywordbids.json` (upstream `keywordbids.xml`, sha256 `bce4ece2bf541ac4acf2809293f0dbf129e5f2f7d4f125f1b93b39ac2da5d30a`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "KeywordBids",
        endpoint: "keywordbids",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `KeywordBids.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `KeywordBids.set` (write): the method with its request and response types, as the client's generic calls take it.
pub const SET: rt::Method<SetRequest, SetResponse> = rt::Method::new(
    method_info("set", rt::Access::Write),
);
/// `KeywordBids.setAuto` (write): the method with its request and response types, as the client's generic calls take it.
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
/// The KeywordBids service (`POST /json/v5/keywordbids`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct KeywordBidsService<'a> {
    client: &'a rt::Client,
}
impl<'a> KeywordBidsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `KeywordBids.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `KeywordBids.set`: sends `SetRequest` as `params`, returns `SetResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set(
        &self,
        params: SetRequest,
    ) -> ::core::result::Result<rt::Response<SetResponse>, rt::Error> {
        self.client.call(&SET.info, &params).await
    }
    /// `KeywordBids.setAuto`: sends `SetAutoRequest` as `params`, returns `SetAutoResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set_auto(
        &self,
        params: SetAutoRequest,
    ) -> ::core::result::Result<rt::Response<SetAutoResponse>, rt::Error> {
        self.client.call(&SET_AUTO.info, &params).await
    }
    /// `KeywordBids.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<KeywordBidGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `KeywordBids.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordBidFieldEnum {
    /// Sent as `KeywordId`.
    KeywordId,
    /// Sent as `AdGroupId`.
    AdGroupId,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `ServingStatus`.
    ServingStatus,
    /// Sent as `StrategyPriority`.
    StrategyPriority,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordBidFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::KeywordId,
        Self::AdGroupId,
        Self::CampaignId,
        Self::ServingStatus,
        Self::StrategyPriority,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeywordId => "KeywordId",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::ServingStatus => "ServingStatus",
            Self::StrategyPriority => "StrategyPriority",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "KeywordId" => Self::KeywordId,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "ServingStatus" => Self::ServingStatus,
            "StrategyPriority" => Self::StrategyPriority,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordBidFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordBidFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::search_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordBidSearchFieldEnum {
    /// Sent as `Bid`.
    Bid,
    /// Sent as `AutotargetingSearchBidIsAuto`.
    AutotargetingSearchBidIsAuto,
    /// Sent as `AuctionBids`.
    AuctionBids,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordBidSearchFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Bid,
        Self::AutotargetingSearchBidIsAuto,
        Self::AuctionBids,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bid => "Bid",
            Self::AutotargetingSearchBidIsAuto => "AutotargetingSearchBidIsAuto",
            Self::AuctionBids => "AuctionBids",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Bid" => Self::Bid,
            "AutotargetingSearchBidIsAuto" => Self::AutotargetingSearchBidIsAuto,
            "AuctionBids" => Self::AuctionBids,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordBidSearchFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordBidSearchFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::network_field_names`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordBidNetworkFieldEnum {
    /// Sent as `Bid`.
    Bid,
    /// Sent as `Coverage`.
    Coverage,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordBidNetworkFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Bid, Self::Coverage];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bid => "Bid",
            Self::Coverage => "Coverage",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Bid" => Self::Bid,
            "Coverage" => Self::Coverage,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordBidNetworkFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordBidNetworkFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidsSelectionCriteria {
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
impl KeywordBidsSelectionCriteria {
    /// An empty `KeywordBidsSelectionCriteria`: every field absent.
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
/// Used in `KeywordBidGetItem::search`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Search {
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional. Sent as `AutotargetingSearchBidIsAuto`.
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AuctionBids`.
    pub auction_bids: rt::Nullable<AuctionBids>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Search {
    /// An empty `Search`: every field absent.
    pub fn new() -> Self {
        Self {
            bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            auction_bids: rt::Nullable::Absent,
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
    /// Sets `AuctionBids`.
    #[inline]
    #[must_use]
    pub fn with_auction_bids(mut self, value: AuctionBids) -> Self {
        self.auction_bids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `Search::auction_bids`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AuctionBids {
    /// Optional. Sent as `AuctionBidItems`.
    pub auction_bid_items: ::core::option::Option<::std::vec::Vec<AuctionBidItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AuctionBids {
    /// An empty `AuctionBids`: every field absent.
    pub fn new() -> Self {
        Self {
            auction_bid_items: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AuctionBidItems`.
    #[inline]
    #[must_use]
    pub fn with_auction_bid_items(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AuctionBidItem>,
        >,
    ) -> Self {
        self.auction_bid_items = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AuctionBids::auction_bid_items`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuctionBidItem {
    /// Required. Sent as `TrafficVolume`.
    pub traffic_volume: i32,
    /// Required. Sent as `Bid`.
    pub bid: i64,
    /// Required. Sent as `Price`.
    pub price: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AuctionBidItem {
    /// A `AuctionBidItem` with its required fields (`TrafficVolume`, `Bid`, `Price`); the others start absent.
    pub fn new(traffic_volume: i32, bid: i64, price: i64) -> Self {
        Self {
            traffic_volume,
            bid,
            price,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `KeywordBidGetItem::network`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Network {
    /// Optional. Sent as `Bid`.
    pub bid: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Coverage`.
    pub coverage: rt::Nullable<Coverage>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Network {
    /// An empty `Network`: every field absent.
    pub fn new() -> Self {
        Self {
            bid: ::core::option::Option::None,
            coverage: rt::Nullable::Absent,
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
    /// Sets `Coverage`.
    #[inline]
    #[must_use]
    pub fn with_coverage(mut self, value: Coverage) -> Self {
        self.coverage = rt::Nullable::Value(value);
        self
    }
}
/// Used in `Network::coverage`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Coverage {
    /// Optional. Sent as `CoverageItems`.
    pub coverage_items: ::core::option::Option<::std::vec::Vec<NetworkCoverageItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Coverage {
    /// An empty `Coverage`: every field absent.
    pub fn new() -> Self {
        Self {
            coverage_items: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CoverageItems`.
    #[inline]
    #[must_use]
    pub fn with_coverage_items(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<NetworkCoverageItem>,
        >,
    ) -> Self {
        self.coverage_items = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `Coverage::coverage_items`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkCoverageItem {
    /// Required. Sent as `Probability`.
    pub probability: f64,
    /// Required. Sent as `Bid`.
    pub bid: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NetworkCoverageItem {
    /// A `NetworkCoverageItem` with its required fields (`Probability`, `Bid`); the others start absent.
    pub fn new(probability: f64, bid: i64) -> Self {
        Self {
            probability,
            bid,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SetResponse::set_results`, `SetAutoResponse::set_auto_results`. Extended by `KeywordBidGetItem`. Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidActionResult {
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
impl KeywordBidActionResult {
    /// An empty `KeywordBidActionResult`: every field absent.
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
impl rt::ItemResult for KeywordBidActionResult {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `GetResponse::keyword_bids`. Extends `KeywordBidActionResult` -> `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidGetItem {
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
    /// Optional. Sent as `ServingStatus`.
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StrategyPriority`.
    pub strategy_priority: rt::Nullable<super::general::PriorityEnum>,
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<Search>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<Network>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordBidGetItem {
    /// An empty `KeywordBidGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            serving_status: ::core::option::Option::None,
            strategy_priority: rt::Nullable::Absent,
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
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
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: Search) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: Network) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
impl rt::ItemResult for KeywordBidGetItem {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `SetRequest::keyword_bids`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidSetItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordId`.
    pub keyword_id: ::core::option::Option<i64>,
    /// Optional. Sent as `SearchBid`.
    pub search_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `AutotargetingSearchBidIsAuto`.
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Optional. Sent as `NetworkBid`.
    pub network_bid: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyPriority`.
    pub strategy_priority: ::core::option::Option<super::general::PriorityEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordBidSetItem {
    /// An empty `KeywordBidSetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            search_bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            network_bid: ::core::option::Option::None,
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
    /// Sets `SearchBid`.
    #[inline]
    #[must_use]
    pub fn with_search_bid(mut self, value: i64) -> Self {
        self.search_bid = ::core::option::Option::Some(value);
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
    /// Sets `NetworkBid`.
    #[inline]
    #[must_use]
    pub fn with_network_bid(mut self, value: i64) -> Self {
        self.network_bid = ::core::option::Option::Some(value);
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
/// Used in `SetAutoRequest::keyword_bids`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KeywordBidSetAutoItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordId`.
    pub keyword_id: ::core::option::Option<i64>,
    /// Required. Sent as `BiddingRule`.
    pub bidding_rule: BiddingRule,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordBidSetAutoItem {
    /// A `KeywordBidSetAutoItem` with its required fields (`BiddingRule`); the others start absent.
    pub fn new(bidding_rule: BiddingRule) -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            bidding_rule,
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
}
/// Used in `KeywordBidSetAutoItem::bidding_rule`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BiddingRule {
    /// Optional. Sent as `SearchByTrafficVolume`.
    pub search_by_traffic_volume: ::core::option::Option<SearchByTrafficVolume>,
    /// Optional. Sent as `NetworkByCoverage`.
    pub network_by_coverage: ::core::option::Option<NetworkByCoverage>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BiddingRule {
    /// An empty `BiddingRule`: every field absent.
    pub fn new() -> Self {
        Self {
            search_by_traffic_volume: ::core::option::Option::None,
            network_by_coverage: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SearchByTrafficVolume`.
    #[inline]
    #[must_use]
    pub fn with_search_by_traffic_volume(
        mut self,
        value: SearchByTrafficVolume,
    ) -> Self {
        self.search_by_traffic_volume = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkByCoverage`.
    #[inline]
    #[must_use]
    pub fn with_network_by_coverage(mut self, value: NetworkByCoverage) -> Self {
        self.network_by_coverage = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `BiddingRule::search_by_traffic_volume`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SearchByTrafficVolume {
    /// Required. Sent as `TargetTrafficVolume`.
    pub target_traffic_volume: i32,
    /// Optional. Sent as `IncreasePercent`.
    pub increase_percent: ::core::option::Option<i32>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SearchByTrafficVolume {
    /// A `SearchByTrafficVolume` with its required fields (`TargetTrafficVolume`); the others start absent.
    pub fn new(target_traffic_volume: i32) -> Self {
        Self {
            target_traffic_volume,
            increase_percent: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `IncreasePercent`.
    #[inline]
    #[must_use]
    pub fn with_increase_percent(mut self, value: i32) -> Self {
        self.increase_percent = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `BiddingRule::network_by_coverage`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkByCoverage {
    /// Required. Sent as `TargetCoverage`.
    pub target_coverage: i32,
    /// Optional. Sent as `IncreasePercent`.
    pub increase_percent: ::core::option::Option<i32>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NetworkByCoverage {
    /// A `NetworkByCoverage` with its required fields (`TargetCoverage`); the others start absent.
    pub fn new(target_coverage: i32) -> Self {
        Self {
            target_coverage,
            increase_percent: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `IncreasePercent`.
    #[inline]
    #[must_use]
    pub fn with_increase_percent(mut self, value: i32) -> Self {
        self.increase_percent = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
/// The `params` of `KeywordBids.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: KeywordBidsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<KeywordBidFieldEnum>,
    /// Optional. Sent as `SearchFieldNames`.
    pub search_field_names: ::core::option::Option<
        ::std::vec::Vec<KeywordBidSearchFieldEnum>,
    >,
    /// Optional. Sent as `NetworkFieldNames`.
    pub network_field_names: ::core::option::Option<
        ::std::vec::Vec<KeywordBidNetworkFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: KeywordBidsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordBidFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            search_field_names: ::core::option::Option::None,
            network_field_names: ::core::option::Option::None,
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
    /// Sets `SearchFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_search_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordBidSearchFieldEnum>,
        >,
    ) -> Self {
        self.search_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `NetworkFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_network_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordBidNetworkFieldEnum>,
        >,
    ) -> Self {
        self.network_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `KeywordBids.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `KeywordBids`.
    pub keyword_bids: ::core::option::Option<::std::vec::Vec<KeywordBidGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            keyword_bids: ::core::option::Option::None,
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
    /// Sets `KeywordBids`.
    #[inline]
    #[must_use]
    pub fn with_keyword_bids(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordBidGetItem>,
        >,
    ) -> Self {
        self.keyword_bids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `KeywordBids.set`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetRequest {
    /// Required. Sent as `KeywordBids`.
    pub keyword_bids: ::std::vec::Vec<KeywordBidSetItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetRequest {
    /// A `SetRequest` with its required fields (`KeywordBids`); the others start absent.
    pub fn new(
        keyword_bids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordBidSetItem>,
        >,
    ) -> Self {
        Self {
            keyword_bids: keyword_bids
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `KeywordBids.set`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetResponse {
    /// Optional. Sent as `SetResults`.
    pub set_results: ::core::option::Option<::std::vec::Vec<KeywordBidActionResult>>,
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
            Item = impl ::core::convert::Into<KeywordBidActionResult>,
        >,
    ) -> Self {
        self.set_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `KeywordBids.setAuto`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetAutoRequest {
    /// Required. Sent as `KeywordBids`.
    pub keyword_bids: ::std::vec::Vec<KeywordBidSetAutoItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetAutoRequest {
    /// A `SetAutoRequest` with its required fields (`KeywordBids`); the others start absent.
    pub fn new(
        keyword_bids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<KeywordBidSetAutoItem>,
        >,
    ) -> Self {
        Self {
            keyword_bids: keyword_bids
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `KeywordBids.setAuto`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetAutoResponse {
    /// Optional. Sent as `SetAutoResults`.
    pub set_auto_results: ::core::option::Option<
        ::std::vec::Vec<KeywordBidActionResult>,
    >,
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
            Item = impl ::core::convert::Into<KeywordBidActionResult>,
        >,
    ) -> Self {
        self.set_auto_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
