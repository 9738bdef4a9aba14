// @generated from schema/direct_v5/bids.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Bids service: `POST /json/v5/bids`.
//!
//! Generated from `schema/direct_v5/bids.json` (upstream `bids.xml`, sha256 `3053a306fa6a22a4eb6a46292dea82a5ff27174c699b8a0ed7a08e7fc112dfd7`).
use crate::runtime as rt;
/// `Bids.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Bids",
    endpoint: "bids",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `Bids.set`.
pub const SET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Bids",
    endpoint: "bids",
    method: "set",
    access: rt::Access::Write,
    finance: false,
};
/// `Bids.setAuto`.
pub const SET_AUTO: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Bids",
    endpoint: "bids",
    method: "setAuto",
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
        info: SET,
        request: rt::method::roundtrip_request::<SetRequest>,
        response: rt::method::roundtrip_response::<SetResponse>,
    },
    rt::MethodEntry {
        info: SET_AUTO,
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
        self.client.call(&GET, &params).await
    }
    /// `Bids.set`: sends `SetRequest` as `params`, returns `SetResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set(
        &self,
        params: SetRequest,
    ) -> ::core::result::Result<rt::Response<SetResponse>, rt::Error> {
        self.client.call(&SET, &params).await
    }
    /// `Bids.setAuto`: sends `SetAutoRequest` as `params`, returns `SetAutoResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set_auto(
        &self,
        params: SetAutoRequest,
    ) -> ::core::result::Result<rt::Response<SetAutoResponse>, rt::Error> {
        self.client.call(&SET_AUTO, &params).await
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
    type Item = BidGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<BidGetItem> {
        self.bids.unwrap_or_default()
    }
}
/// `BidFieldEnum`: one of 14 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidFieldEnum {
    /// `KeywordId`
    KeywordId,
    /// `AdGroupId`
    AdGroupId,
    /// `CampaignId`
    CampaignId,
    /// `Bid`
    Bid,
    /// `AutotargetingSearchBidIsAuto`
    AutotargetingSearchBidIsAuto,
    /// `ContextBid`
    ContextBid,
    /// `StrategyPriority`
    StrategyPriority,
    /// `CompetitorsBids`
    CompetitorsBids,
    /// `SearchPrices`
    SearchPrices,
    /// `ContextCoverage`
    ContextCoverage,
    /// `MinSearchPrice`
    MinSearchPrice,
    /// `CurrentSearchPrice`
    CurrentSearchPrice,
    /// `AuctionBids`
    AuctionBids,
    /// `ServingStatus`
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
impl ::serde::Serialize for BidFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CalculateByEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CalculateByEnum {
    /// `VALUE`
    Value,
    /// `DIFF`
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
impl ::serde::Serialize for CalculateByEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CalculateByEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `BidsSelectionCriteria` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidsSelectionCriteria {
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `KeywordIds`: array of `xsd:long` (optional).
    pub keyword_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `ServingStatuses`: array of `general:ServingStatusEnum` (optional).
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
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `KeywordIds`.
    #[inline]
    #[must_use]
    pub fn with_keyword_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.keyword_ids = ::core::option::Option::Some(value);
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
}
impl ::serde::Serialize for BidsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword_ids {
            map.serialize_entry("KeywordIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_statuses {
            map.serialize_entry("ServingStatuses", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidsSelectionCriteria, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut keyword_ids = ::core::option::Option::None;
                let mut serving_statuses = ::core::option::Option::None;
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
                        "AdGroupIds" => {
                            ad_group_ids = rt::wire::optional_value(
                                &mut map,
                                "AdGroupIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "KeywordIds" => {
                            keyword_ids = rt::wire::optional_value(
                                &mut map,
                                "KeywordIds",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidsSelectionCriteria {
                    campaign_ids,
                    ad_group_ids,
                    keyword_ids,
                    serving_statuses,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SearchPrices` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SearchPrices {
    /// `Position`: `general:PositionEnum` (optional).
    pub position: ::core::option::Option<super::general::PositionEnum>,
    /// `Price`: `xsd:long` (optional).
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
impl ::serde::Serialize for SearchPrices {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.position {
            map.serialize_entry("Position", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchPrices {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SearchPrices;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SearchPrices` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SearchPrices, A::Error> {
                let mut position = ::core::option::Option::None;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Position" => {
                            position = rt::wire::optional_value(
                                &mut map,
                                "Position",
                                &mut unknown_fields,
                            )?;
                        }
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SearchPrices",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SearchPrices {
                    position,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContextCoverage` (`schema/direct_v5/bids.json`): a list written as `{"Items": [...]}`.
pub type ContextCoverage = rt::Items<ContextCoverageItem>;
/// `ContextCoverageItem` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContextCoverageItem {
    /// `Probability`: `xsd:decimal` (required).
    pub probability: f64,
    /// `Price`: `xsd:long` (required).
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
impl ::serde::Serialize for ContextCoverageItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Probability", &self.probability)?;
        map.serialize_entry("Price", &self.price)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContextCoverageItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContextCoverageItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContextCoverageItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContextCoverageItem, A::Error> {
                let mut probability = ::core::option::Option::None;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Probability" => {
                            probability = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Price" => {
                            price = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContextCoverageItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContextCoverageItem {
                    probability: rt::wire::required(probability, "Probability")?,
                    price: rt::wire::required(price, "Price")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidActionResult` (`schema/direct_v5/bids.json`). Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidActionResult {
    /// `Warnings`: array of `ExceptionNotification` (optional).
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Errors`: array of `ExceptionNotification` (optional).
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `KeywordId`: `xsd:long` (optional).
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
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.errors = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for BidActionResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword_id {
            map.serialize_entry("KeywordId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidActionResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidActionResult` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidActionResult, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => {
                            warnings = rt::wire::optional_value(
                                &mut map,
                                "Warnings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "Errors",
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
                        "AdGroupId" => {
                            ad_group_id = rt::wire::optional_value(
                                &mut map,
                                "AdGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "KeywordId" => {
                            keyword_id = rt::wire::optional_value(
                                &mut map,
                                "KeywordId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidActionResult",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidActionResult {
                    warnings,
                    errors,
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidGetItem` (`schema/direct_v5/bids.json`). Extends `BidActionResult` -> `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidGetItem {
    /// `Warnings`: array of `ExceptionNotification` (optional).
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Errors`: array of `ExceptionNotification` (optional).
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `KeywordId`: `xsd:long` (optional).
    pub keyword_id: ::core::option::Option<i64>,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `AutotargetingSearchBidIsAuto`: `general:YesNoEnum` (optional).
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional, nillable).
    pub strategy_priority: rt::Nullable<super::general::PriorityEnum>,
    /// `CompetitorsBids`: array of `xsd:long` (optional).
    pub competitors_bids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `SearchPrices`: array of `SearchPrices` (optional).
    pub search_prices: ::core::option::Option<::std::vec::Vec<SearchPrices>>,
    /// `ContextCoverage`: `ContextCoverage` (optional, nillable).
    pub context_coverage: rt::Nullable<ContextCoverage>,
    /// `MinSearchPrice`: `xsd:long` (optional, nillable).
    pub min_search_price: rt::Nullable<i64>,
    /// `CurrentSearchPrice`: `xsd:long` (optional, nillable).
    pub current_search_price: rt::Nullable<i64>,
    /// `AuctionBids`: array of `AuctionBidItem` (optional).
    pub auction_bids: ::core::option::Option<::std::vec::Vec<AuctionBidItem>>,
    /// `ServingStatus`: `general:ServingStatusEnum` (optional).
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
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.errors = ::core::option::Option::Some(value);
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
    pub fn with_competitors_bids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.competitors_bids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SearchPrices`.
    #[inline]
    #[must_use]
    pub fn with_search_prices(mut self, value: ::std::vec::Vec<SearchPrices>) -> Self {
        self.search_prices = ::core::option::Option::Some(value);
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
    pub fn with_auction_bids(mut self, value: ::std::vec::Vec<AuctionBidItem>) -> Self {
        self.auction_bids = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for BidGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword_id {
            map.serialize_entry("KeywordId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_search_bid_is_auto
        {
            map.serialize_entry("AutotargetingSearchBidIsAuto", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if self.strategy_priority.is_present() {
            map.serialize_entry("StrategyPriority", &self.strategy_priority)?;
        }
        if let ::core::option::Option::Some(value) = &self.competitors_bids {
            map.serialize_entry("CompetitorsBids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.search_prices {
            map.serialize_entry("SearchPrices", value)?;
        }
        if self.context_coverage.is_present() {
            map.serialize_entry("ContextCoverage", &self.context_coverage)?;
        }
        if self.min_search_price.is_present() {
            map.serialize_entry("MinSearchPrice", &self.min_search_price)?;
        }
        if self.current_search_price.is_present() {
            map.serialize_entry("CurrentSearchPrice", &self.current_search_price)?;
        }
        if let ::core::option::Option::Some(value) = &self.auction_bids {
            map.serialize_entry("AuctionBids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_status {
            map.serialize_entry("ServingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidGetItem, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = rt::Nullable::Absent;
                let mut competitors_bids = ::core::option::Option::None;
                let mut search_prices = ::core::option::Option::None;
                let mut context_coverage = rt::Nullable::Absent;
                let mut min_search_price = rt::Nullable::Absent;
                let mut current_search_price = rt::Nullable::Absent;
                let mut auction_bids = ::core::option::Option::None;
                let mut serving_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => {
                            warnings = rt::wire::optional_value(
                                &mut map,
                                "Warnings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "Errors",
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
                        "AdGroupId" => {
                            ad_group_id = rt::wire::optional_value(
                                &mut map,
                                "AdGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "KeywordId" => {
                            keyword_id = rt::wire::optional_value(
                                &mut map,
                                "KeywordId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSearchBidIsAuto" => {
                            autotargeting_search_bid_is_auto = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSearchBidIsAuto",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextBid" => {
                            context_bid = rt::wire::optional_value(
                                &mut map,
                                "ContextBid",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPriority" => strategy_priority = map.next_value()?,
                        "CompetitorsBids" => {
                            competitors_bids = rt::wire::optional_value(
                                &mut map,
                                "CompetitorsBids",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchPrices" => {
                            search_prices = rt::wire::optional_value(
                                &mut map,
                                "SearchPrices",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextCoverage" => context_coverage = map.next_value()?,
                        "MinSearchPrice" => min_search_price = map.next_value()?,
                        "CurrentSearchPrice" => current_search_price = map.next_value()?,
                        "AuctionBids" => {
                            auction_bids = rt::wire::optional_value(
                                &mut map,
                                "AuctionBids",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidGetItem {
                    warnings,
                    errors,
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    bid,
                    autotargeting_search_bid_is_auto,
                    context_bid,
                    strategy_priority,
                    competitors_bids,
                    search_prices,
                    context_coverage,
                    min_search_price,
                    current_search_price,
                    auction_bids,
                    serving_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AuctionBidItem` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuctionBidItem {
    /// `Position`: `xsd:string` (required).
    pub position: ::std::string::String,
    /// `Bid`: `xsd:long` (required).
    pub bid: i64,
    /// `Price`: `xsd:long` (required).
    pub price: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AuctionBidItem {
    /// A `AuctionBidItem` with its required fields (`Position`, `Bid`, `Price`); the others start absent.
    pub fn new(position: ::std::string::String, bid: i64, price: i64) -> Self {
        Self {
            position,
            bid,
            price,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AuctionBidItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Position", &self.position)?;
        map.serialize_entry("Bid", &self.bid)?;
        map.serialize_entry("Price", &self.price)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AuctionBidItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AuctionBidItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AuctionBidItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuctionBidItem, A::Error> {
                let mut position = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Position" => {
                            position = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Bid" => bid = ::core::option::Option::Some(map.next_value()?),
                        "Price" => {
                            price = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AuctionBidItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AuctionBidItem {
                    position: rt::wire::required(position, "Position")?,
                    bid: rt::wire::required(bid, "Bid")?,
                    price: rt::wire::required(price, "Price")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidSetItem` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidSetItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `KeywordId`: `xsd:long` (optional).
    pub keyword_id: ::core::option::Option<i64>,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `AutotargetingSearchBidIsAuto`: `general:YesNoEnum` (optional).
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `StrategyPriority`: `general:PriorityEnum` (optional).
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
impl ::serde::Serialize for BidSetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword_id {
            map.serialize_entry("KeywordId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_search_bid_is_auto
        {
            map.serialize_entry("AutotargetingSearchBidIsAuto", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidSetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidSetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidSetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidSetItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupId" => {
                            ad_group_id = rt::wire::optional_value(
                                &mut map,
                                "AdGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "KeywordId" => {
                            keyword_id = rt::wire::optional_value(
                                &mut map,
                                "KeywordId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextBid" => {
                            context_bid = rt::wire::optional_value(
                                &mut map,
                                "ContextBid",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSearchBidIsAuto" => {
                            autotargeting_search_bid_is_auto = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSearchBidIsAuto",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPriority" => {
                            strategy_priority = rt::wire::optional_value(
                                &mut map,
                                "StrategyPriority",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidSetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidSetItem {
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    bid,
                    context_bid,
                    autotargeting_search_bid_is_auto,
                    strategy_priority,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidSetAutoItem` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BidSetAutoItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `KeywordId`: `xsd:long` (optional).
    pub keyword_id: ::core::option::Option<i64>,
    /// `MaxBid`: `xsd:long` (optional).
    pub max_bid: ::core::option::Option<i64>,
    /// `Position`: `general:PositionEnum` (optional).
    pub position: ::core::option::Option<super::general::PositionEnum>,
    /// `IncreasePercent`: `xsd:int` (optional).
    pub increase_percent: ::core::option::Option<i32>,
    /// `CalculateBy`: `CalculateByEnum` (optional).
    pub calculate_by: ::core::option::Option<CalculateByEnum>,
    /// `ContextCoverage`: `xsd:int` (optional).
    pub context_coverage: ::core::option::Option<i32>,
    /// `Scope`: array of `general:ScopeEnum` (required).
    pub scope: ::std::vec::Vec<super::general::ScopeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidSetAutoItem {
    /// A `BidSetAutoItem` with its required fields (`Scope`); the others start absent.
    pub fn new(scope: ::std::vec::Vec<super::general::ScopeEnum>) -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            keyword_id: ::core::option::Option::None,
            max_bid: ::core::option::Option::None,
            position: ::core::option::Option::None,
            increase_percent: ::core::option::Option::None,
            calculate_by: ::core::option::Option::None,
            context_coverage: ::core::option::Option::None,
            scope,
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
impl ::serde::Serialize for BidSetAutoItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword_id {
            map.serialize_entry("KeywordId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_bid {
            map.serialize_entry("MaxBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.position {
            map.serialize_entry("Position", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.increase_percent {
            map.serialize_entry("IncreasePercent", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.calculate_by {
            map.serialize_entry("CalculateBy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_coverage {
            map.serialize_entry("ContextCoverage", value)?;
        }
        map.serialize_entry("Scope", &self.scope)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidSetAutoItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidSetAutoItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidSetAutoItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidSetAutoItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut max_bid = ::core::option::Option::None;
                let mut position = ::core::option::Option::None;
                let mut increase_percent = ::core::option::Option::None;
                let mut calculate_by = ::core::option::Option::None;
                let mut context_coverage = ::core::option::Option::None;
                let mut scope = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupId" => {
                            ad_group_id = rt::wire::optional_value(
                                &mut map,
                                "AdGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "KeywordId" => {
                            keyword_id = rt::wire::optional_value(
                                &mut map,
                                "KeywordId",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxBid" => {
                            max_bid = rt::wire::optional_value(
                                &mut map,
                                "MaxBid",
                                &mut unknown_fields,
                            )?;
                        }
                        "Position" => {
                            position = rt::wire::optional_value(
                                &mut map,
                                "Position",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncreasePercent" => {
                            increase_percent = rt::wire::optional_value(
                                &mut map,
                                "IncreasePercent",
                                &mut unknown_fields,
                            )?;
                        }
                        "CalculateBy" => {
                            calculate_by = rt::wire::optional_value(
                                &mut map,
                                "CalculateBy",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextCoverage" => {
                            context_coverage = rt::wire::optional_value(
                                &mut map,
                                "ContextCoverage",
                                &mut unknown_fields,
                            )?;
                        }
                        "Scope" => {
                            scope = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidSetAutoItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidSetAutoItem {
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    max_bid,
                    position,
                    increase_percent,
                    calculate_by,
                    context_coverage,
                    scope: rt::wire::required(scope, "Scope")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/bids.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `BidsSelectionCriteria` (required).
    pub selection_criteria: BidsSelectionCriteria,
    /// `FieldNames`: array of `BidFieldEnum` (required).
    pub field_names: ::std::vec::Vec<BidFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: BidsSelectionCriteria,
        field_names: ::std::vec::Vec<BidFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
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
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/bids.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Bids`: array of `BidGetItem` (optional).
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
    pub fn with_bids(mut self, value: ::std::vec::Vec<BidGetItem>) -> Self {
        self.bids = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.bids {
            map.serialize_entry("Bids", value)?;
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
                let mut bids = ::core::option::Option::None;
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
                        "Bids" => {
                            bids = rt::wire::optional_value(
                                &mut map,
                                "Bids",
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
                    bids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetRequest` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetRequest {
    /// `Bids`: array of `BidSetItem` (required).
    pub bids: ::std::vec::Vec<BidSetItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetRequest {
    /// A `SetRequest` with its required fields (`Bids`); the others start absent.
    pub fn new(bids: ::std::vec::Vec<BidSetItem>) -> Self {
        Self {
            bids,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Bids", &self.bids)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetRequest, A::Error> {
                let mut bids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Bids" => bids = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetRequest {
                    bids: rt::wire::required(bids, "Bids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetResponse` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetResponse {
    /// `SetResults`: array of `BidActionResult` (optional).
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
    pub fn with_set_results(mut self, value: ::std::vec::Vec<BidActionResult>) -> Self {
        self.set_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.set_results {
            map.serialize_entry("SetResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetResponse, A::Error> {
                let mut set_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SetResults" => {
                            set_results = rt::wire::optional_value(
                                &mut map,
                                "SetResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetResponse {
                    set_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetAutoRequest` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetAutoRequest {
    /// `Bids`: array of `BidSetAutoItem` (required).
    pub bids: ::std::vec::Vec<BidSetAutoItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetAutoRequest {
    /// A `SetAutoRequest` with its required fields (`Bids`); the others start absent.
    pub fn new(bids: ::std::vec::Vec<BidSetAutoItem>) -> Self {
        Self {
            bids,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SetAutoRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Bids", &self.bids)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetAutoRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetAutoRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetAutoRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetAutoRequest, A::Error> {
                let mut bids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Bids" => bids = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetAutoRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetAutoRequest {
                    bids: rt::wire::required(bids, "Bids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetAutoResponse` (`schema/direct_v5/bids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetAutoResponse {
    /// `SetAutoResults`: array of `BidActionResult` (optional).
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
        value: ::std::vec::Vec<BidActionResult>,
    ) -> Self {
        self.set_auto_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SetAutoResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.set_auto_results {
            map.serialize_entry("SetAutoResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetAutoResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetAutoResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetAutoResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetAutoResponse, A::Error> {
                let mut set_auto_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SetAutoResults" => {
                            set_auto_results = rt::wire::optional_value(
                                &mut map,
                                "SetAutoResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetAutoResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetAutoResponse {
                    set_auto_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
