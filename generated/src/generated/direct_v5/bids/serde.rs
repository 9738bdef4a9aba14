// @generated from schema/direct_v5/bids.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `bids` (`schema/direct_v5/bids.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
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
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
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
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
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
    type Item = BidGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<BidGetItem> {
        self.bids.unwrap_or_default()
    }
}
