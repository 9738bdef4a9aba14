// @generated from schema/direct_v5/keywords.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `keywords` (`schema/direct_v5/keywords.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for KeywordFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordFieldEnum {
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
impl ::serde::Serialize for KeywordStateSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordStateSelectionEnum {
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
impl ::serde::Serialize for KeywordStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordStatusSelectionEnum {
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
impl ::serde::Serialize for KeywordsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.states {
            map.serialize_entry("States", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.modified_since {
            map.serialize_entry("ModifiedSince", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_statuses {
            map.serialize_entry("ServingStatuses", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut campaign_ids = ::core::option::Option::None;
                let mut states = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut modified_since = ::core::option::Option::None;
                let mut serving_statuses = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
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
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "States" => {
                            states = rt::wire::optional_value(
                                &mut map,
                                "States",
                                &mut unknown_fields,
                            )?;
                        }
                        "Statuses" => {
                            statuses = rt::wire::optional_value(
                                &mut map,
                                "Statuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "ModifiedSince" => {
                            modified_since = rt::wire::optional_value(
                                &mut map,
                                "ModifiedSince",
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
                                "KeywordsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordsSelectionCriteria {
                    ids,
                    ad_group_ids,
                    campaign_ids,
                    states,
                    statuses,
                    modified_since,
                    serving_statuses,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for KeywordAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Keyword", &self.keyword)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
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
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.user_param1 {
            map.serialize_entry("UserParam1", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.user_param2 {
            map.serialize_entry("UserParam2", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_brand_options {
            map.serialize_entry("AutotargetingBrandOptions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordAddItem, A::Error> {
                let mut keyword = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut user_param1 = ::core::option::Option::None;
                let mut user_param2 = ::core::option::Option::None;
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_brand_options = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keyword" => {
                            keyword = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
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
                        "StrategyPriority" => {
                            strategy_priority = rt::wire::optional_value(
                                &mut map,
                                "StrategyPriority",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam1" => {
                            user_param1 = rt::wire::optional_value(
                                &mut map,
                                "UserParam1",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam2" => {
                            user_param2 = rt::wire::optional_value(
                                &mut map,
                                "UserParam2",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingBrandOptions" => {
                            autotargeting_brand_options = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingBrandOptions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordAddItem {
                    keyword: rt::wire::required(keyword, "Keyword")?,
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    bid,
                    autotargeting_search_bid_is_auto,
                    context_bid,
                    strategy_priority,
                    user_param1,
                    user_param2,
                    autotargeting_categories,
                    autotargeting_brand_options,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for KeywordProductivity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("Value", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.references {
            map.serialize_entry("References", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordProductivity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordProductivity;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordProductivity` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordProductivity, A::Error> {
                let mut value = ::core::option::Option::None;
                let mut references = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "Value",
                                &mut unknown_fields,
                            )?;
                        }
                        "References" => {
                            references = rt::wire::optional_value(
                                &mut map,
                                "References",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordProductivity",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordProductivity {
                    value,
                    references,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for KeywordGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword {
            map.serialize_entry("Keyword", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
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
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if self.user_param1.is_present() {
            map.serialize_entry("UserParam1", &self.user_param1)?;
        }
        if self.user_param2.is_present() {
            map.serialize_entry("UserParam2", &self.user_param2)?;
        }
        if self.productivity.is_present() {
            map.serialize_entry("Productivity", &self.productivity)?;
        }
        if let ::core::option::Option::Some(value) = &self.statistics_search {
            map.serialize_entry("StatisticsSearch", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statistics_network {
            map.serialize_entry("StatisticsNetwork", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_status {
            map.serialize_entry("ServingStatus", value)?;
        }
        if self.autotargeting_categories.is_present() {
            map.serialize_entry(
                "AutotargetingCategories",
                &self.autotargeting_categories,
            )?;
        }
        if self.autotargeting_brand_options.is_present() {
            map.serialize_entry(
                "AutotargetingBrandOptions",
                &self.autotargeting_brand_options,
            )?;
        }
        if self.autotargeting_settings.is_present() {
            map.serialize_entry("AutotargetingSettings", &self.autotargeting_settings)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut keyword = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = rt::Nullable::Absent;
                let mut state = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut user_param1 = rt::Nullable::Absent;
                let mut user_param2 = rt::Nullable::Absent;
                let mut productivity = rt::Nullable::Absent;
                let mut statistics_search = ::core::option::Option::None;
                let mut statistics_network = ::core::option::Option::None;
                let mut serving_status = ::core::option::Option::None;
                let mut autotargeting_categories = rt::Nullable::Absent;
                let mut autotargeting_brand_options = rt::Nullable::Absent;
                let mut autotargeting_settings = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "Keyword" => {
                            keyword = rt::wire::optional_value(
                                &mut map,
                                "Keyword",
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
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
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
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam1" => user_param1 = map.next_value()?,
                        "UserParam2" => user_param2 = map.next_value()?,
                        "Productivity" => productivity = map.next_value()?,
                        "StatisticsSearch" => {
                            statistics_search = rt::wire::optional_value(
                                &mut map,
                                "StatisticsSearch",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatisticsNetwork" => {
                            statistics_network = rt::wire::optional_value(
                                &mut map,
                                "StatisticsNetwork",
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
                        "AutotargetingCategories" => {
                            autotargeting_categories = map.next_value()?;
                        }
                        "AutotargetingBrandOptions" => {
                            autotargeting_brand_options = map.next_value()?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordGetItem {
                    id,
                    keyword,
                    ad_group_id,
                    campaign_id,
                    bid,
                    autotargeting_search_bid_is_auto,
                    context_bid,
                    strategy_priority,
                    state,
                    status,
                    user_param1,
                    user_param2,
                    productivity,
                    statistics_search,
                    statistics_network,
                    serving_status,
                    autotargeting_categories,
                    autotargeting_brand_options,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for KeywordUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.keyword {
            map.serialize_entry("Keyword", value)?;
        }
        if self.user_param1.is_present() {
            map.serialize_entry("UserParam1", &self.user_param1)?;
        }
        if self.user_param2.is_present() {
            map.serialize_entry("UserParam2", &self.user_param2)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_brand_options {
            map.serialize_entry("AutotargetingBrandOptions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut keyword = ::core::option::Option::None;
                let mut user_param1 = rt::Nullable::Absent;
                let mut user_param2 = rt::Nullable::Absent;
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_brand_options = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Keyword" => {
                            keyword = rt::wire::optional_value(
                                &mut map,
                                "Keyword",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam1" => user_param1 = map.next_value()?,
                        "UserParam2" => user_param2 = map.next_value()?,
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingBrandOptions" => {
                            autotargeting_brand_options = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingBrandOptions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    keyword,
                    user_param1,
                    user_param2,
                    autotargeting_categories,
                    autotargeting_brand_options,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Keywords", &self.keywords)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddRequest, A::Error> {
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keywords" => {
                            keywords = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddRequest {
                    keywords: rt::wire::required(keywords, "Keywords")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AddResults", &self.add_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddResponse, A::Error> {
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddResponse {
                    add_results: rt::wire::required(add_results, "AddResults")?,
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
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_settings_categories_field_names
        {
            map.serialize_entry("AutotargetingSettingsCategoriesFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_settings_brand_options_field_names
        {
            map.serialize_entry("AutotargetingSettingsBrandOptionsFieldNames", value)?;
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
                let mut autotargeting_settings_categories_field_names = ::core::option::Option::None;
                let mut autotargeting_settings_brand_options_field_names = ::core::option::Option::None;
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
                        "AutotargetingSettingsCategoriesFieldNames" => {
                            autotargeting_settings_categories_field_names = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettingsCategoriesFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettingsBrandOptionsFieldNames" => {
                            autotargeting_settings_brand_options_field_names = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettingsBrandOptionsFieldNames",
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
                    autotargeting_settings_categories_field_names,
                    autotargeting_settings_brand_options_field_names,
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
        if let ::core::option::Option::Some(value) = &self.keywords {
            map.serialize_entry("Keywords", value)?;
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
                let mut keywords = ::core::option::Option::None;
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
                        "Keywords" => {
                            keywords = rt::wire::optional_value(
                                &mut map,
                                "Keywords",
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
                    keywords,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Keywords", &self.keywords)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateRequest, A::Error> {
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keywords" => {
                            keywords = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateRequest {
                    keywords: rt::wire::required(keywords, "Keywords")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("UpdateResults", &self.update_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateResponse, A::Error> {
                let mut update_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UpdateResults" => {
                            update_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateResponse {
                    update_results: rt::wire::required(update_results, "UpdateResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DeleteRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DeleteResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("DeleteResults", &self.delete_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteResponse, A::Error> {
                let mut delete_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "DeleteResults" => {
                            delete_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteResponse {
                    delete_results: rt::wire::required(delete_results, "DeleteResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SuspendRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SuspendRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SuspendRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SuspendRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SuspendRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SuspendRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SuspendRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SuspendResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SuspendResults", &self.suspend_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SuspendResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SuspendResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SuspendResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SuspendResponse, A::Error> {
                let mut suspend_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SuspendResults" => {
                            suspend_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SuspendResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SuspendResponse {
                    suspend_results: rt::wire::required(
                        suspend_results,
                        "SuspendResults",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ResumeRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResumeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResumeRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResumeRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResumeRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResumeRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResumeRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ResumeResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("ResumeResults", &self.resume_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResumeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResumeResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResumeResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResumeResponse, A::Error> {
                let mut resume_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ResumeResults" => {
                            resume_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResumeResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResumeResponse {
                    resume_results: rt::wire::required(resume_results, "ResumeResults")?,
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
    type Item = KeywordGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<KeywordGetItem> {
        self.keywords.unwrap_or_default()
    }
}
