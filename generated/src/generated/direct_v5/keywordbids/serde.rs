// @generated from schema/direct_v5/keywordbids.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `keywordbids` (`schema/direct_v5/keywordbids.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
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
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
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
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
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
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
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
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self
            .page
            .get_or_insert_with(<super::super::general::LimitOffset>::default)
            .offset = ::core::option::Option::Some(offset);
    }
    fn page_offset(&self) -> i64 {
        self.page.as_ref().and_then(|page| page.offset).unwrap_or(0)
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
