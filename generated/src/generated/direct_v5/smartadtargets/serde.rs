// @generated from schema/direct_v5/smartadtargets.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `smartadtargets` (`schema/direct_v5/smartadtargets.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for SmartAdTargetFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdTargetFieldEnum {
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
impl ::serde::Serialize for AudienceEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceEnum {
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
impl ::serde::Serialize for ConditionsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Operand", &self.operand)?;
        map.serialize_entry("Operator", &self.operator)?;
        map.serialize_entry("Arguments", &self.arguments)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ConditionsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ConditionsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ConditionsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ConditionsItem, A::Error> {
                let mut operand = ::core::option::Option::None;
                let mut operator = ::core::option::Option::None;
                let mut arguments = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Operand" => {
                            operand = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Operator" => {
                            operator = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Arguments" => {
                            arguments = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ConditionsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ConditionsItem {
                    operand: rt::wire::required(operand, "Operand")?,
                    operator: rt::wire::required(operator, "Operator")?,
                    arguments: rt::wire::required(arguments, "Arguments")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdTargetAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        map.serialize_entry("Audience", &self.audience)?;
        if let ::core::option::Option::Some(value) = &self.conditions {
            map.serialize_entry("Conditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_items_only {
            map.serialize_entry("AvailableItemsOnly", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdTargetAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdTargetAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdTargetAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdTargetAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut audience = ::core::option::Option::None;
                let mut conditions = ::core::option::Option::None;
                let mut available_items_only = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
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
                        "Audience" => {
                            audience = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Conditions" => {
                            conditions = rt::wire::optional_value(
                                &mut map,
                                "Conditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableItemsOnly" => {
                            available_items_only = rt::wire::optional_value(
                                &mut map,
                                "AvailableItemsOnly",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdTargetAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdTargetAddItem {
                    name: rt::wire::required(name, "Name")?,
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    average_cpc,
                    average_cpa,
                    strategy_priority,
                    audience: rt::wire::required(audience, "Audience")?,
                    conditions,
                    available_items_only,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdTargetGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.average_cpc.is_present() {
            map.serialize_entry("AverageCpc", &self.average_cpc)?;
        }
        if self.average_cpa.is_present() {
            map.serialize_entry("AverageCpa", &self.average_cpa)?;
        }
        if self.strategy_priority.is_present() {
            map.serialize_entry("StrategyPriority", &self.strategy_priority)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience {
            map.serialize_entry("Audience", value)?;
        }
        if self.conditions.is_present() {
            map.serialize_entry("Conditions", &self.conditions)?;
        }
        if let ::core::option::Option::Some(value) = &self.condition_type {
            map.serialize_entry("ConditionType", value)?;
        }
        if self.available_items_only.is_present() {
            map.serialize_entry("AvailableItemsOnly", &self.available_items_only)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdTargetGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdTargetGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdTargetGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdTargetGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut average_cpc = rt::Nullable::Absent;
                let mut average_cpa = rt::Nullable::Absent;
                let mut strategy_priority = rt::Nullable::Absent;
                let mut state = ::core::option::Option::None;
                let mut audience = ::core::option::Option::None;
                let mut conditions = rt::Nullable::Absent;
                let mut condition_type = ::core::option::Option::None;
                let mut available_items_only = rt::Nullable::Absent;
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
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => average_cpc = map.next_value()?,
                        "AverageCpa" => average_cpa = map.next_value()?,
                        "StrategyPriority" => strategy_priority = map.next_value()?,
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "Audience" => {
                            audience = rt::wire::optional_value(
                                &mut map,
                                "Audience",
                                &mut unknown_fields,
                            )?;
                        }
                        "Conditions" => conditions = map.next_value()?,
                        "ConditionType" => {
                            condition_type = rt::wire::optional_value(
                                &mut map,
                                "ConditionType",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableItemsOnly" => available_items_only = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdTargetGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdTargetGetItem {
                    id,
                    ad_group_id,
                    campaign_id,
                    name,
                    average_cpc,
                    average_cpa,
                    strategy_priority,
                    state,
                    audience,
                    conditions,
                    condition_type,
                    available_items_only,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdTargetUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.average_cpc.is_present() {
            map.serialize_entry("AverageCpc", &self.average_cpc)?;
        }
        if self.average_cpa.is_present() {
            map.serialize_entry("AverageCpa", &self.average_cpa)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience {
            map.serialize_entry("Audience", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.conditions {
            map.serialize_entry("Conditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_items_only {
            map.serialize_entry("AvailableItemsOnly", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdTargetUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdTargetUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdTargetUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdTargetUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut average_cpc = rt::Nullable::Absent;
                let mut average_cpa = rt::Nullable::Absent;
                let mut strategy_priority = ::core::option::Option::None;
                let mut audience = ::core::option::Option::None;
                let mut conditions = ::core::option::Option::None;
                let mut available_items_only = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => average_cpc = map.next_value()?,
                        "AverageCpa" => average_cpa = map.next_value()?,
                        "StrategyPriority" => {
                            strategy_priority = rt::wire::optional_value(
                                &mut map,
                                "StrategyPriority",
                                &mut unknown_fields,
                            )?;
                        }
                        "Audience" => {
                            audience = rt::wire::optional_value(
                                &mut map,
                                "Audience",
                                &mut unknown_fields,
                            )?;
                        }
                        "Conditions" => {
                            conditions = rt::wire::optional_value(
                                &mut map,
                                "Conditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableItemsOnly" => {
                            available_items_only = rt::wire::optional_value(
                                &mut map,
                                "AvailableItemsOnly",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdTargetUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdTargetUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    name,
                    average_cpc,
                    average_cpa,
                    strategy_priority,
                    audience,
                    conditions,
                    available_items_only,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SetBidsItem {
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
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if self.average_cpc.is_present() {
            map.serialize_entry("AverageCpc", &self.average_cpc)?;
        }
        if self.average_cpa.is_present() {
            map.serialize_entry("AverageCpa", &self.average_cpa)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetBidsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetBidsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetBidsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetBidsItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut average_cpc = rt::Nullable::Absent;
                let mut average_cpa = rt::Nullable::Absent;
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
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => average_cpc = map.next_value()?,
                        "AverageCpa" => average_cpa = map.next_value()?,
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
                                "SetBidsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetBidsItem {
                    campaign_id,
                    ad_group_id,
                    id,
                    average_cpc,
                    average_cpa,
                    strategy_priority,
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
        map.serialize_entry("SmartAdTargets", &self.smart_ad_targets)?;
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
                let mut smart_ad_targets = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SmartAdTargets" => {
                            smart_ad_targets = ::core::option::Option::Some(
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
                    smart_ad_targets: rt::wire::required(
                        smart_ad_targets,
                        "SmartAdTargets",
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
        if let ::core::option::Option::Some(value) = &self.smart_ad_targets {
            map.serialize_entry("SmartAdTargets", value)?;
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
                let mut smart_ad_targets = ::core::option::Option::None;
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
                        "SmartAdTargets" => {
                            smart_ad_targets = rt::wire::optional_value(
                                &mut map,
                                "SmartAdTargets",
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
                    smart_ad_targets,
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
        map.serialize_entry("SmartAdTargets", &self.smart_ad_targets)?;
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
                let mut smart_ad_targets = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SmartAdTargets" => {
                            smart_ad_targets = ::core::option::Option::Some(
                                map.next_value()?,
                            );
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
                    smart_ad_targets: rt::wire::required(
                        smart_ad_targets,
                        "SmartAdTargets",
                    )?,
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
        if let ::core::option::Option::Some(value) = &self.set_bids_results {
            map.serialize_entry("SetBidsResults", value)?;
        }
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
                            set_bids_results = rt::wire::optional_value(
                                &mut map,
                                "SetBidsResults",
                                &mut unknown_fields,
                            )?;
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
                    set_bids_results,
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
    type Item = SmartAdTargetGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<SmartAdTargetGetItem> {
        self.smart_ad_targets.unwrap_or_default()
    }
}
