// @generated from schema/direct_v5/audiencetargets.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `audiencetargets` (`schema/direct_v5/audiencetargets.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for AudienceTargetStateEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetStateEnum {
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
impl ::serde::Serialize for AudienceTargetFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetFieldEnum {
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
impl ::serde::Serialize for AudienceTargetSelectionCriteria {
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
        if let ::core::option::Option::Some(value) = &self.retargeting_list_ids {
            map.serialize_entry("RetargetingListIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.interest_ids {
            map.serialize_entry("InterestIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.states {
            map.serialize_entry("States", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceTargetSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceTargetSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceTargetSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut campaign_ids = ::core::option::Option::None;
                let mut retargeting_list_ids = ::core::option::Option::None;
                let mut interest_ids = ::core::option::Option::None;
                let mut states = ::core::option::Option::None;
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
                        "RetargetingListIds" => {
                            retargeting_list_ids = rt::wire::optional_value(
                                &mut map,
                                "RetargetingListIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "InterestIds" => {
                            interest_ids = rt::wire::optional_value(
                                &mut map,
                                "InterestIds",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceTargetSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceTargetSelectionCriteria {
                    ids,
                    ad_group_ids,
                    campaign_ids,
                    retargeting_list_ids,
                    interest_ids,
                    states,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceTargetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceTargetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceTargetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceTargetBase, A::Error> {
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceTargetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceTargetBase {
                    context_bid,
                    strategy_priority,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceTargetAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.retargeting_list_id {
            map.serialize_entry("RetargetingListId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.interest_id {
            map.serialize_entry("InterestId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceTargetAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceTargetAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceTargetAddItem, A::Error> {
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut retargeting_list_id = ::core::option::Option::None;
                let mut interest_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "RetargetingListId" => {
                            retargeting_list_id = rt::wire::optional_value(
                                &mut map,
                                "RetargetingListId",
                                &mut unknown_fields,
                            )?;
                        }
                        "InterestId" => {
                            interest_id = rt::wire::optional_value(
                                &mut map,
                                "InterestId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceTargetAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceTargetAddItem {
                    context_bid,
                    strategy_priority,
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    retargeting_list_id,
                    interest_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceTargetGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if self.retargeting_list_id.is_present() {
            map.serialize_entry("RetargetingListId", &self.retargeting_list_id)?;
        }
        if self.interest_id.is_present() {
            map.serialize_entry("InterestId", &self.interest_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceTargetGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceTargetGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceTargetGetItem, A::Error> {
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut retargeting_list_id = rt::Nullable::Absent;
                let mut interest_id = rt::Nullable::Absent;
                let mut state = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
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
                        "RetargetingListId" => retargeting_list_id = map.next_value()?,
                        "InterestId" => interest_id = map.next_value()?,
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceTargetGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceTargetGetItem {
                    context_bid,
                    strategy_priority,
                    id,
                    ad_group_id,
                    campaign_id,
                    retargeting_list_id,
                    interest_id,
                    state,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceTargetSetBidsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceTargetSetBidsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceTargetSetBidsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceTargetSetBidsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceTargetSetBidsItem, A::Error> {
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceTargetSetBidsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceTargetSetBidsItem {
                    context_bid,
                    strategy_priority,
                    id,
                    ad_group_id,
                    campaign_id,
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
        if let ::core::option::Option::Some(value) = &self.audience_targets {
            map.serialize_entry("AudienceTargets", value)?;
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
                let mut audience_targets = ::core::option::Option::None;
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
                        "AudienceTargets" => {
                            audience_targets = rt::wire::optional_value(
                                &mut map,
                                "AudienceTargets",
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
                    audience_targets,
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
        map.serialize_entry("AudienceTargets", &self.audience_targets)?;
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
                let mut audience_targets = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AudienceTargets" => {
                            audience_targets = ::core::option::Option::Some(
                                map.next_value()?,
                            );
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
                    audience_targets: rt::wire::required(
                        audience_targets,
                        "AudienceTargets",
                    )?,
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
impl ::serde::Serialize for SetBidsRequest {
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
impl<'de> ::serde::Deserialize<'de> for SetBidsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetBidsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetBidsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetBidsRequest, A::Error> {
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
                                "SetBidsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetBidsRequest {
                    bids: rt::wire::required(bids, "Bids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SetBidsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SetBidsResults", &self.set_bids_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetBidsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetBidsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetBidsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetBidsResponse, A::Error> {
                let mut set_bids_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SetBidsResults" => {
                            set_bids_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetBidsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetBidsResponse {
                    set_bids_results: rt::wire::required(
                        set_bids_results,
                        "SetBidsResults",
                    )?,
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
    type Item = AudienceTargetGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<AudienceTargetGetItem> {
        self.audience_targets.unwrap_or_default()
    }
}
