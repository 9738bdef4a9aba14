// @generated from schema/direct_v5/keywordbids.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The KeywordBids service: `POST /json/v5/keywordbids`.
//!
//! Generated from `schema/direct_v5/keywordbids.json` (upstream `keywordbids.xml`, sha256 `bce4ece2bf541ac4acf2809293f0dbf129e5f2f7d4f125f1b93b39ac2da5d30a`).
use crate::runtime as rt;
/// `KeywordBids.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "KeywordBids",
    endpoint: "keywordbids",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `KeywordBids.set`.
pub const SET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "KeywordBids",
    endpoint: "keywordbids",
    method: "set",
    access: rt::Access::Write,
    finance: false,
};
/// `KeywordBids.setAuto`.
pub const SET_AUTO: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "KeywordBids",
    endpoint: "keywordbids",
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
        self.client.call(&GET, &params).await
    }
    /// `KeywordBids.set`: sends `SetRequest` as `params`, returns `SetResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set(
        &self,
        params: SetRequest,
    ) -> ::core::result::Result<rt::Response<SetResponse>, rt::Error> {
        self.client.call(&SET, &params).await
    }
    /// `KeywordBids.setAuto`: sends `SetAutoRequest` as `params`, returns `SetAutoResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
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
    type Item = KeywordBidGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<KeywordBidGetItem> {
        self.keyword_bids.unwrap_or_default()
    }
}
/// `KeywordBidFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordBidFieldEnum {
    /// `KeywordId`
    KeywordId,
    /// `AdGroupId`
    AdGroupId,
    /// `CampaignId`
    CampaignId,
    /// `ServingStatus`
    ServingStatus,
    /// `StrategyPriority`
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
impl ::serde::Serialize for KeywordBidFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordBidFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `KeywordBidSearchFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordBidSearchFieldEnum {
    /// `Bid`
    Bid,
    /// `AutotargetingSearchBidIsAuto`
    AutotargetingSearchBidIsAuto,
    /// `AuctionBids`
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
impl ::serde::Serialize for KeywordBidSearchFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordBidSearchFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `KeywordBidNetworkFieldEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordBidNetworkFieldEnum {
    /// `Bid`
    Bid,
    /// `Coverage`
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
impl ::serde::Serialize for KeywordBidNetworkFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordBidNetworkFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `KeywordBidsSelectionCriteria` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidsSelectionCriteria {
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
impl ::serde::Serialize for KeywordBidsSelectionCriteria {
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
impl<'de> ::serde::Deserialize<'de> for KeywordBidsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordBidsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordBidsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordBidsSelectionCriteria, A::Error> {
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
                                "KeywordBidsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordBidsSelectionCriteria {
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
/// `Search` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Search {
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `AutotargetingSearchBidIsAuto`: `general:YesNoEnum` (optional).
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `AuctionBids`: `AuctionBids` (optional, nillable).
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
impl ::serde::Serialize for Search {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_search_bid_is_auto
        {
            map.serialize_entry("AutotargetingSearchBidIsAuto", value)?;
        }
        if self.auction_bids.is_present() {
            map.serialize_entry("AuctionBids", &self.auction_bids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Search {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Search;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Search` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Search, A::Error> {
                let mut bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut auction_bids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                        "AuctionBids" => auction_bids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Search",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Search {
                    bid,
                    autotargeting_search_bid_is_auto,
                    auction_bids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AuctionBids` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AuctionBids {
    /// `AuctionBidItems`: array of `AuctionBidItem` (optional).
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
        value: ::std::vec::Vec<AuctionBidItem>,
    ) -> Self {
        self.auction_bid_items = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AuctionBids {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.auction_bid_items {
            map.serialize_entry("AuctionBidItems", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AuctionBids {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AuctionBids;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AuctionBids` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AuctionBids, A::Error> {
                let mut auction_bid_items = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AuctionBidItems" => {
                            auction_bid_items = rt::wire::optional_value(
                                &mut map,
                                "AuctionBidItems",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AuctionBids",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AuctionBids {
                    auction_bid_items,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AuctionBidItem` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuctionBidItem {
    /// `TrafficVolume`: `xsd:int` (required).
    pub traffic_volume: i32,
    /// `Bid`: `xsd:long` (required).
    pub bid: i64,
    /// `Price`: `xsd:long` (required).
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
impl ::serde::Serialize for AuctionBidItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TrafficVolume", &self.traffic_volume)?;
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
                let mut traffic_volume = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TrafficVolume" => {
                            traffic_volume = ::core::option::Option::Some(
                                map.next_value()?,
                            );
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
                    traffic_volume: rt::wire::required(traffic_volume, "TrafficVolume")?,
                    bid: rt::wire::required(bid, "Bid")?,
                    price: rt::wire::required(price, "Price")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `Network` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Network {
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `Coverage`: `Coverage` (optional, nillable).
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
impl ::serde::Serialize for Network {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if self.coverage.is_present() {
            map.serialize_entry("Coverage", &self.coverage)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Network {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Network;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Network` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Network, A::Error> {
                let mut bid = ::core::option::Option::None;
                let mut coverage = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "Coverage" => coverage = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Network",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Network {
                    bid,
                    coverage,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `Coverage` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Coverage {
    /// `CoverageItems`: array of `NetworkCoverageItem` (optional).
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
        value: ::std::vec::Vec<NetworkCoverageItem>,
    ) -> Self {
        self.coverage_items = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for Coverage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.coverage_items {
            map.serialize_entry("CoverageItems", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Coverage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Coverage;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Coverage` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Coverage, A::Error> {
                let mut coverage_items = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CoverageItems" => {
                            coverage_items = rt::wire::optional_value(
                                &mut map,
                                "CoverageItems",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Coverage",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Coverage {
                    coverage_items,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `NetworkCoverageItem` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkCoverageItem {
    /// `Probability`: `xsd:decimal` (required).
    pub probability: f64,
    /// `Bid`: `xsd:long` (required).
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
impl ::serde::Serialize for NetworkCoverageItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Probability", &self.probability)?;
        map.serialize_entry("Bid", &self.bid)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NetworkCoverageItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NetworkCoverageItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NetworkCoverageItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NetworkCoverageItem, A::Error> {
                let mut probability = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Probability" => {
                            probability = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Bid" => bid = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NetworkCoverageItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NetworkCoverageItem {
                    probability: rt::wire::required(probability, "Probability")?,
                    bid: rt::wire::required(bid, "Bid")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordBidActionResult` (`schema/direct_v5/keywordbids.json`). Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidActionResult {
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
impl ::serde::Serialize for KeywordBidActionResult {
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
impl<'de> ::serde::Deserialize<'de> for KeywordBidActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordBidActionResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordBidActionResult` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordBidActionResult, A::Error> {
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
                                "KeywordBidActionResult",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordBidActionResult {
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
/// `KeywordBidGetItem` (`schema/direct_v5/keywordbids.json`). Extends `KeywordBidActionResult` -> `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidGetItem {
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
    /// `ServingStatus`: `general:ServingStatusEnum` (optional).
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional, nillable).
    pub strategy_priority: rt::Nullable<super::general::PriorityEnum>,
    /// `Search`: `Search` (optional).
    pub search: ::core::option::Option<Search>,
    /// `Network`: `Network` (optional).
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
impl ::serde::Serialize for KeywordBidGetItem {
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
        if let ::core::option::Option::Some(value) = &self.serving_status {
            map.serialize_entry("ServingStatus", value)?;
        }
        if self.strategy_priority.is_present() {
            map.serialize_entry("StrategyPriority", &self.strategy_priority)?;
        }
        if let ::core::option::Option::Some(value) = &self.search {
            map.serialize_entry("Search", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.network {
            map.serialize_entry("Network", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordBidGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordBidGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordBidGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordBidGetItem, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut serving_status = ::core::option::Option::None;
                let mut strategy_priority = rt::Nullable::Absent;
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
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
                        "ServingStatus" => {
                            serving_status = rt::wire::optional_value(
                                &mut map,
                                "ServingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPriority" => strategy_priority = map.next_value()?,
                        "Search" => {
                            search = rt::wire::optional_value(
                                &mut map,
                                "Search",
                                &mut unknown_fields,
                            )?;
                        }
                        "Network" => {
                            network = rt::wire::optional_value(
                                &mut map,
                                "Network",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordBidGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordBidGetItem {
                    warnings,
                    errors,
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    serving_status,
                    strategy_priority,
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordBidSetItem` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordBidSetItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `KeywordId`: `xsd:long` (optional).
    pub keyword_id: ::core::option::Option<i64>,
    /// `SearchBid`: `xsd:long` (optional).
    pub search_bid: ::core::option::Option<i64>,
    /// `AutotargetingSearchBidIsAuto`: `general:YesNoEnum` (optional).
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `NetworkBid`: `xsd:long` (optional).
    pub network_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional).
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
impl ::serde::Serialize for KeywordBidSetItem {
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
        if let ::core::option::Option::Some(value) = &self.search_bid {
            map.serialize_entry("SearchBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_search_bid_is_auto
        {
            map.serialize_entry("AutotargetingSearchBidIsAuto", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.network_bid {
            map.serialize_entry("NetworkBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordBidSetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordBidSetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordBidSetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordBidSetItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut search_bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut network_bid = ::core::option::Option::None;
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
                        "SearchBid" => {
                            search_bid = rt::wire::optional_value(
                                &mut map,
                                "SearchBid",
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
                        "NetworkBid" => {
                            network_bid = rt::wire::optional_value(
                                &mut map,
                                "NetworkBid",
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
                                "KeywordBidSetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordBidSetItem {
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    search_bid,
                    autotargeting_search_bid_is_auto,
                    network_bid,
                    strategy_priority,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordBidSetAutoItem` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KeywordBidSetAutoItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `KeywordId`: `xsd:long` (optional).
    pub keyword_id: ::core::option::Option<i64>,
    /// `BiddingRule`: `BiddingRule` (required).
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
impl ::serde::Serialize for KeywordBidSetAutoItem {
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
        map.serialize_entry("BiddingRule", &self.bidding_rule)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordBidSetAutoItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordBidSetAutoItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordBidSetAutoItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordBidSetAutoItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut keyword_id = ::core::option::Option::None;
                let mut bidding_rule = ::core::option::Option::None;
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
                        "BiddingRule" => {
                            bidding_rule = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordBidSetAutoItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordBidSetAutoItem {
                    campaign_id,
                    ad_group_id,
                    keyword_id,
                    bidding_rule: rt::wire::required(bidding_rule, "BiddingRule")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BiddingRule` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BiddingRule {
    /// `SearchByTrafficVolume`: `SearchByTrafficVolume` (optional).
    pub search_by_traffic_volume: ::core::option::Option<SearchByTrafficVolume>,
    /// `NetworkByCoverage`: `NetworkByCoverage` (optional).
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
impl ::serde::Serialize for BiddingRule {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.search_by_traffic_volume {
            map.serialize_entry("SearchByTrafficVolume", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.network_by_coverage {
            map.serialize_entry("NetworkByCoverage", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BiddingRule {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BiddingRule;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BiddingRule` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BiddingRule, A::Error> {
                let mut search_by_traffic_volume = ::core::option::Option::None;
                let mut network_by_coverage = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchByTrafficVolume" => {
                            search_by_traffic_volume = rt::wire::optional_value(
                                &mut map,
                                "SearchByTrafficVolume",
                                &mut unknown_fields,
                            )?;
                        }
                        "NetworkByCoverage" => {
                            network_by_coverage = rt::wire::optional_value(
                                &mut map,
                                "NetworkByCoverage",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BiddingRule",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BiddingRule {
                    search_by_traffic_volume,
                    network_by_coverage,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SearchByTrafficVolume` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SearchByTrafficVolume {
    /// `TargetTrafficVolume`: `xsd:int` (required).
    pub target_traffic_volume: i32,
    /// `IncreasePercent`: `xsd:int` (optional).
    pub increase_percent: ::core::option::Option<i32>,
    /// `BidCeiling`: `xsd:long` (optional).
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
impl ::serde::Serialize for SearchByTrafficVolume {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TargetTrafficVolume", &self.target_traffic_volume)?;
        if let ::core::option::Option::Some(value) = &self.increase_percent {
            map.serialize_entry("IncreasePercent", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchByTrafficVolume {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SearchByTrafficVolume;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SearchByTrafficVolume` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SearchByTrafficVolume, A::Error> {
                let mut target_traffic_volume = ::core::option::Option::None;
                let mut increase_percent = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TargetTrafficVolume" => {
                            target_traffic_volume = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "IncreasePercent" => {
                            increase_percent = rt::wire::optional_value(
                                &mut map,
                                "IncreasePercent",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SearchByTrafficVolume",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SearchByTrafficVolume {
                    target_traffic_volume: rt::wire::required(
                        target_traffic_volume,
                        "TargetTrafficVolume",
                    )?,
                    increase_percent,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `NetworkByCoverage` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkByCoverage {
    /// `TargetCoverage`: `xsd:int` (required).
    pub target_coverage: i32,
    /// `IncreasePercent`: `xsd:int` (optional).
    pub increase_percent: ::core::option::Option<i32>,
    /// `BidCeiling`: `xsd:long` (optional).
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
impl ::serde::Serialize for NetworkByCoverage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TargetCoverage", &self.target_coverage)?;
        if let ::core::option::Option::Some(value) = &self.increase_percent {
            map.serialize_entry("IncreasePercent", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NetworkByCoverage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NetworkByCoverage;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NetworkByCoverage` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NetworkByCoverage, A::Error> {
                let mut target_coverage = ::core::option::Option::None;
                let mut increase_percent = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TargetCoverage" => {
                            target_coverage = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "IncreasePercent" => {
                            increase_percent = rt::wire::optional_value(
                                &mut map,
                                "IncreasePercent",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NetworkByCoverage",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NetworkByCoverage {
                    target_coverage: rt::wire::required(
                        target_coverage,
                        "TargetCoverage",
                    )?,
                    increase_percent,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/keywordbids.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `KeywordBidsSelectionCriteria` (required).
    pub selection_criteria: KeywordBidsSelectionCriteria,
    /// `FieldNames`: array of `KeywordBidFieldEnum` (required).
    pub field_names: ::std::vec::Vec<KeywordBidFieldEnum>,
    /// `SearchFieldNames`: array of `KeywordBidSearchFieldEnum` (optional).
    pub search_field_names: ::core::option::Option<
        ::std::vec::Vec<KeywordBidSearchFieldEnum>,
    >,
    /// `NetworkFieldNames`: array of `KeywordBidNetworkFieldEnum` (optional).
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
        field_names: ::std::vec::Vec<KeywordBidFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
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
        value: ::std::vec::Vec<KeywordBidSearchFieldEnum>,
    ) -> Self {
        self.search_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_network_field_names(
        mut self,
        value: ::std::vec::Vec<KeywordBidNetworkFieldEnum>,
    ) -> Self {
        self.network_field_names = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.search_field_names {
            map.serialize_entry("SearchFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.network_field_names {
            map.serialize_entry("NetworkFieldNames", value)?;
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
                let mut search_field_names = ::core::option::Option::None;
                let mut network_field_names = ::core::option::Option::None;
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
                        "SearchFieldNames" => {
                            search_field_names = rt::wire::optional_value(
                                &mut map,
                                "SearchFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "NetworkFieldNames" => {
                            network_field_names = rt::wire::optional_value(
                                &mut map,
                                "NetworkFieldNames",
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
                    search_field_names,
                    network_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/keywordbids.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `KeywordBids`: array of `KeywordBidGetItem` (optional).
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
        value: ::std::vec::Vec<KeywordBidGetItem>,
    ) -> Self {
        self.keyword_bids = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.keyword_bids {
            map.serialize_entry("KeywordBids", value)?;
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
                let mut keyword_bids = ::core::option::Option::None;
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
                        "KeywordBids" => {
                            keyword_bids = rt::wire::optional_value(
                                &mut map,
                                "KeywordBids",
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
                    keyword_bids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetRequest` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetRequest {
    /// `KeywordBids`: array of `KeywordBidSetItem` (required).
    pub keyword_bids: ::std::vec::Vec<KeywordBidSetItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetRequest {
    /// A `SetRequest` with its required fields (`KeywordBids`); the others start absent.
    pub fn new(keyword_bids: ::std::vec::Vec<KeywordBidSetItem>) -> Self {
        Self {
            keyword_bids,
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
        map.serialize_entry("KeywordBids", &self.keyword_bids)?;
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
                let mut keyword_bids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "KeywordBids" => {
                            keyword_bids = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
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
                    keyword_bids: rt::wire::required(keyword_bids, "KeywordBids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetResponse` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetResponse {
    /// `SetResults`: array of `KeywordBidActionResult` (optional).
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
        value: ::std::vec::Vec<KeywordBidActionResult>,
    ) -> Self {
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
/// `SetAutoRequest` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetAutoRequest {
    /// `KeywordBids`: array of `KeywordBidSetAutoItem` (required).
    pub keyword_bids: ::std::vec::Vec<KeywordBidSetAutoItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetAutoRequest {
    /// A `SetAutoRequest` with its required fields (`KeywordBids`); the others start absent.
    pub fn new(keyword_bids: ::std::vec::Vec<KeywordBidSetAutoItem>) -> Self {
        Self {
            keyword_bids,
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
        map.serialize_entry("KeywordBids", &self.keyword_bids)?;
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
                let mut keyword_bids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "KeywordBids" => {
                            keyword_bids = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
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
                    keyword_bids: rt::wire::required(keyword_bids, "KeywordBids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetAutoResponse` (`schema/direct_v5/keywordbids.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetAutoResponse {
    /// `SetAutoResults`: array of `KeywordBidActionResult` (optional).
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
        value: ::std::vec::Vec<KeywordBidActionResult>,
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
