// @generated from schema/direct_v5/bidmodifiers.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `bidmodifiers` (`schema/direct_v5/bidmodifiers.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for BidModifierTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierTypeEnum {
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
impl ::serde::Serialize for BidModifierLevelEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierLevelEnum {
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
impl ::serde::Serialize for BidModifierFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierFieldEnum {
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
impl ::serde::Serialize for MobileAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAdjustmentFieldEnum {
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
impl ::serde::Serialize for DesktopAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopAdjustmentFieldEnum {
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
impl ::serde::Serialize for SmartTvAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartTvAdjustmentFieldEnum {
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
impl ::serde::Serialize for TabletAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TabletAdjustmentFieldEnum {
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
impl ::serde::Serialize for DesktopOnlyAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopOnlyAdjustmentFieldEnum {
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
impl ::serde::Serialize for DemographicsAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DemographicsAdjustmentFieldEnum {
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
impl ::serde::Serialize for RetargetingAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingAdjustmentFieldEnum {
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
impl ::serde::Serialize for RegionalAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RegionalAdjustmentFieldEnum {
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
impl ::serde::Serialize for VideoAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoAdjustmentFieldEnum {
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
impl ::serde::Serialize for SmartAdAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdAdjustmentFieldEnum {
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
impl ::serde::Serialize for SerpLayoutAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SerpLayoutAdjustmentFieldEnum {
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
impl ::serde::Serialize for OperatingSystemTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OperatingSystemTypeEnum {
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
impl ::serde::Serialize for IncomeGradeAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomeGradeAdjustmentFieldEnum {
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
impl ::serde::Serialize for AdGroupAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAdjustmentFieldEnum {
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
impl ::serde::Serialize for BidModifiersSelectionCriteria {
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
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        map.serialize_entry("Levels", &self.levels)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifiersSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifiersSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifiersSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifiersSelectionCriteria, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut levels = ::core::option::Option::None;
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
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
                                &mut unknown_fields,
                            )?;
                        }
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "Levels" => {
                            levels = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifiersSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifiersSelectionCriteria {
                    campaign_ids,
                    ad_group_ids,
                    ids,
                    types,
                    levels: rt::wire::required(levels, "Levels")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BidModifierGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if self.ad_group_id.is_present() {
            map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.level {
            map.serialize_entry("Level", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_adjustment {
            map.serialize_entry("MobileAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_adjustment {
            map.serialize_entry("DesktopAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_tv_adjustment {
            map.serialize_entry("SmartTvAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablet_adjustment {
            map.serialize_entry("TabletAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_only_adjustment {
            map.serialize_entry("DesktopOnlyAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.demographics_adjustment {
            map.serialize_entry("DemographicsAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.retargeting_adjustment {
            map.serialize_entry("RetargetingAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.regional_adjustment {
            map.serialize_entry("RegionalAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_adjustment {
            map.serialize_entry("VideoAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_adjustment {
            map.serialize_entry("SmartAdAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serp_layout_adjustment {
            map.serialize_entry("SerpLayoutAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.income_grade_adjustment {
            map.serialize_entry("IncomeGradeAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_adjustment {
            map.serialize_entry("AdGroupAdjustment", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierGetItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = rt::Nullable::Absent;
                let mut id = ::core::option::Option::None;
                let mut level = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut mobile_adjustment = ::core::option::Option::None;
                let mut desktop_adjustment = ::core::option::Option::None;
                let mut smart_tv_adjustment = ::core::option::Option::None;
                let mut tablet_adjustment = ::core::option::Option::None;
                let mut desktop_only_adjustment = ::core::option::Option::None;
                let mut demographics_adjustment = ::core::option::Option::None;
                let mut retargeting_adjustment = ::core::option::Option::None;
                let mut regional_adjustment = ::core::option::Option::None;
                let mut video_adjustment = ::core::option::Option::None;
                let mut smart_ad_adjustment = ::core::option::Option::None;
                let mut serp_layout_adjustment = ::core::option::Option::None;
                let mut income_grade_adjustment = ::core::option::Option::None;
                let mut ad_group_adjustment = ::core::option::Option::None;
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
                        "AdGroupId" => ad_group_id = map.next_value()?,
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "Level" => {
                            level = rt::wire::optional_value(
                                &mut map,
                                "Level",
                                &mut unknown_fields,
                            )?;
                        }
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAdjustment" => {
                            mobile_adjustment = rt::wire::optional_value(
                                &mut map,
                                "MobileAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopAdjustment" => {
                            desktop_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartTvAdjustment" => {
                            smart_tv_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartTvAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "TabletAdjustment" => {
                            tablet_adjustment = rt::wire::optional_value(
                                &mut map,
                                "TabletAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopOnlyAdjustment" => {
                            desktop_only_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopOnlyAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DemographicsAdjustment" => {
                            demographics_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DemographicsAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingAdjustment" => {
                            retargeting_adjustment = rt::wire::optional_value(
                                &mut map,
                                "RetargetingAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionalAdjustment" => {
                            regional_adjustment = rt::wire::optional_value(
                                &mut map,
                                "RegionalAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoAdjustment" => {
                            video_adjustment = rt::wire::optional_value(
                                &mut map,
                                "VideoAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdAdjustment" => {
                            smart_ad_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartAdAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SerpLayoutAdjustment" => {
                            serp_layout_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SerpLayoutAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncomeGradeAdjustment" => {
                            income_grade_adjustment = rt::wire::optional_value(
                                &mut map,
                                "IncomeGradeAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupAdjustment" => {
                            ad_group_adjustment = rt::wire::optional_value(
                                &mut map,
                                "AdGroupAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierGetItem {
                    campaign_id,
                    ad_group_id,
                    id,
                    level,
                    type_,
                    mobile_adjustment,
                    desktop_adjustment,
                    smart_tv_adjustment,
                    tablet_adjustment,
                    desktop_only_adjustment,
                    demographics_adjustment,
                    retargeting_adjustment,
                    regional_adjustment,
                    video_adjustment,
                    smart_ad_adjustment,
                    serp_layout_adjustment,
                    income_grade_adjustment,
                    ad_group_adjustment,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if self.operating_system_type.is_present() {
            map.serialize_entry("OperatingSystemType", &self.operating_system_type)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "OperatingSystemType" => {
                            operating_system_type = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAdjustmentGet {
                    bid_modifier,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DesktopAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartTvAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartTvAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartTvAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartTvAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartTvAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartTvAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartTvAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TabletAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if self.operating_system_type.is_present() {
            map.serialize_entry("OperatingSystemType", &self.operating_system_type)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TabletAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TabletAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TabletAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TabletAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "OperatingSystemType" => {
                            operating_system_type = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TabletAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TabletAdjustmentGet {
                    bid_modifier,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DesktopOnlyAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopOnlyAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopOnlyAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopOnlyAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopOnlyAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopOnlyAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopOnlyAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DemographicsAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.gender.is_present() {
            map.serialize_entry("Gender", &self.gender)?;
        }
        if self.age.is_present() {
            map.serialize_entry("Age", &self.age)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DemographicsAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DemographicsAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DemographicsAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DemographicsAdjustmentGet, A::Error> {
                let mut gender = rt::Nullable::Absent;
                let mut age = rt::Nullable::Absent;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Gender" => gender = map.next_value()?,
                        "Age" => age = map.next_value()?,
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DemographicsAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DemographicsAdjustmentGet {
                    gender,
                    age,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for IncomeGradeAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.grade {
            map.serialize_entry("Grade", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomeGradeAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = IncomeGradeAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `IncomeGradeAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<IncomeGradeAdjustmentGet, A::Error> {
                let mut grade = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Grade" => {
                            grade = rt::wire::optional_value(
                                &mut map,
                                "Grade",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "IncomeGradeAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(IncomeGradeAdjustmentGet {
                    grade,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RetargetingAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.retargeting_condition_id {
            map.serialize_entry("RetargetingConditionId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.accessible {
            map.serialize_entry("Accessible", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingAdjustmentGet, A::Error> {
                let mut retargeting_condition_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut accessible = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RetargetingConditionId" => {
                            retargeting_condition_id = rt::wire::optional_value(
                                &mut map,
                                "RetargetingConditionId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Accessible" => {
                            accessible = rt::wire::optional_value(
                                &mut map,
                                "Accessible",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingAdjustmentGet {
                    retargeting_condition_id,
                    bid_modifier,
                    accessible,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RegionalAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_id {
            map.serialize_entry("RegionId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RegionalAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RegionalAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RegionalAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RegionalAdjustmentGet, A::Error> {
                let mut region_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => {
                            region_id = rt::wire::optional_value(
                                &mut map,
                                "RegionId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RegionalAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RegionalAdjustmentGet {
                    region_id,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VideoAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SerpLayoutAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.serp_layout {
            map.serialize_entry("SerpLayout", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SerpLayoutAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SerpLayoutAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SerpLayoutAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SerpLayoutAdjustmentGet, A::Error> {
                let mut serp_layout = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SerpLayout" => {
                            serp_layout = rt::wire::optional_value(
                                &mut map,
                                "SerpLayout",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SerpLayoutAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SerpLayoutAdjustmentGet {
                    serp_layout,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGroupAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BidModifierAddBase {
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
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierAddBase, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierAddBase {
                    campaign_id,
                    ad_group_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        if let ::core::option::Option::Some(value) = &self.operating_system_type {
            map.serialize_entry("OperatingSystemType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "OperatingSystemType" => {
                            operating_system_type = rt::wire::optional_value(
                                &mut map,
                                "OperatingSystemType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DesktopAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartTvAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartTvAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartTvAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartTvAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartTvAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartTvAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartTvAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TabletAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        if let ::core::option::Option::Some(value) = &self.operating_system_type {
            map.serialize_entry("OperatingSystemType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TabletAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TabletAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TabletAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TabletAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "OperatingSystemType" => {
                            operating_system_type = rt::wire::optional_value(
                                &mut map,
                                "OperatingSystemType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TabletAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TabletAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DesktopOnlyAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopOnlyAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopOnlyAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopOnlyAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopOnlyAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopOnlyAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopOnlyAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DemographicsAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.gender {
            map.serialize_entry("Gender", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age {
            map.serialize_entry("Age", value)?;
        }
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DemographicsAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DemographicsAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DemographicsAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DemographicsAdjustmentAdd, A::Error> {
                let mut gender = ::core::option::Option::None;
                let mut age = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Gender" => {
                            gender = rt::wire::optional_value(
                                &mut map,
                                "Gender",
                                &mut unknown_fields,
                            )?;
                        }
                        "Age" => {
                            age = rt::wire::optional_value(
                                &mut map,
                                "Age",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DemographicsAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DemographicsAdjustmentAdd {
                    gender,
                    age,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RetargetingAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RetargetingConditionId", &self.retargeting_condition_id)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingAdjustmentAdd, A::Error> {
                let mut retargeting_condition_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RetargetingConditionId" => {
                            retargeting_condition_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingAdjustmentAdd {
                    retargeting_condition_id: rt::wire::required(
                        retargeting_condition_id,
                        "RetargetingConditionId",
                    )?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RegionalAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RegionId", &self.region_id)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RegionalAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RegionalAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RegionalAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RegionalAdjustmentAdd, A::Error> {
                let mut region_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => {
                            region_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RegionalAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RegionalAdjustmentAdd {
                    region_id: rt::wire::required(region_id, "RegionId")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VideoAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGroupAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SerpLayoutAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SerpLayout", &self.serp_layout)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SerpLayoutAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SerpLayoutAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SerpLayoutAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SerpLayoutAdjustmentAdd, A::Error> {
                let mut serp_layout = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SerpLayout" => {
                            serp_layout = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SerpLayoutAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SerpLayoutAdjustmentAdd {
                    serp_layout: rt::wire::required(serp_layout, "SerpLayout")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for IncomeGradeAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Grade", &self.grade)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomeGradeAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = IncomeGradeAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `IncomeGradeAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<IncomeGradeAdjustmentAdd, A::Error> {
                let mut grade = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Grade" => {
                            grade = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "IncomeGradeAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(IncomeGradeAdjustmentAdd {
                    grade: rt::wire::required(grade, "Grade")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BidModifierAddItem {
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
        if let ::core::option::Option::Some(value) = &self.mobile_adjustment {
            map.serialize_entry("MobileAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_adjustment {
            map.serialize_entry("DesktopAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_tv_adjustment {
            map.serialize_entry("SmartTvAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablet_adjustment {
            map.serialize_entry("TabletAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_only_adjustment {
            map.serialize_entry("DesktopOnlyAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.demographics_adjustments {
            map.serialize_entry("DemographicsAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.retargeting_adjustments {
            map.serialize_entry("RetargetingAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.regional_adjustments {
            map.serialize_entry("RegionalAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_adjustment {
            map.serialize_entry("VideoAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_adjustment {
            map.serialize_entry("SmartAdAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serp_layout_adjustments {
            map.serialize_entry("SerpLayoutAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.income_grade_adjustments {
            map.serialize_entry("IncomeGradeAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_adjustment {
            map.serialize_entry("AdGroupAdjustment", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierAddItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut mobile_adjustment = ::core::option::Option::None;
                let mut desktop_adjustment = ::core::option::Option::None;
                let mut smart_tv_adjustment = ::core::option::Option::None;
                let mut tablet_adjustment = ::core::option::Option::None;
                let mut desktop_only_adjustment = ::core::option::Option::None;
                let mut demographics_adjustments = ::core::option::Option::None;
                let mut retargeting_adjustments = ::core::option::Option::None;
                let mut regional_adjustments = ::core::option::Option::None;
                let mut video_adjustment = ::core::option::Option::None;
                let mut smart_ad_adjustment = ::core::option::Option::None;
                let mut serp_layout_adjustments = ::core::option::Option::None;
                let mut income_grade_adjustments = ::core::option::Option::None;
                let mut ad_group_adjustment = ::core::option::Option::None;
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
                        "MobileAdjustment" => {
                            mobile_adjustment = rt::wire::optional_value(
                                &mut map,
                                "MobileAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopAdjustment" => {
                            desktop_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartTvAdjustment" => {
                            smart_tv_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartTvAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "TabletAdjustment" => {
                            tablet_adjustment = rt::wire::optional_value(
                                &mut map,
                                "TabletAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopOnlyAdjustment" => {
                            desktop_only_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopOnlyAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DemographicsAdjustments" => {
                            demographics_adjustments = rt::wire::optional_value(
                                &mut map,
                                "DemographicsAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingAdjustments" => {
                            retargeting_adjustments = rt::wire::optional_value(
                                &mut map,
                                "RetargetingAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionalAdjustments" => {
                            regional_adjustments = rt::wire::optional_value(
                                &mut map,
                                "RegionalAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoAdjustment" => {
                            video_adjustment = rt::wire::optional_value(
                                &mut map,
                                "VideoAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdAdjustment" => {
                            smart_ad_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartAdAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SerpLayoutAdjustments" => {
                            serp_layout_adjustments = rt::wire::optional_value(
                                &mut map,
                                "SerpLayoutAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncomeGradeAdjustments" => {
                            income_grade_adjustments = rt::wire::optional_value(
                                &mut map,
                                "IncomeGradeAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupAdjustment" => {
                            ad_group_adjustment = rt::wire::optional_value(
                                &mut map,
                                "AdGroupAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierAddItem {
                    campaign_id,
                    ad_group_id,
                    mobile_adjustment,
                    desktop_adjustment,
                    smart_tv_adjustment,
                    tablet_adjustment,
                    desktop_only_adjustment,
                    demographics_adjustments,
                    retargeting_adjustments,
                    regional_adjustments,
                    video_adjustment,
                    smart_ad_adjustment,
                    serp_layout_adjustments,
                    income_grade_adjustments,
                    ad_group_adjustment,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BidModifierSetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierSetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierSetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierSetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierSetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierSetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierSetItem {
                    id: rt::wire::required(id, "Id")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
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
        if let ::core::option::Option::Some(value) = &self.mobile_adjustment_field_names
        {
            map.serialize_entry("MobileAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_adjustment_field_names
        {
            map.serialize_entry("DesktopAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .smart_tv_adjustment_field_names
        {
            map.serialize_entry("SmartTvAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablet_adjustment_field_names
        {
            map.serialize_entry("TabletAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .desktop_only_adjustment_field_names
        {
            map.serialize_entry("DesktopOnlyAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .demographics_adjustment_field_names
        {
            map.serialize_entry("DemographicsAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .retargeting_adjustment_field_names
        {
            map.serialize_entry("RetargetingAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .regional_adjustment_field_names
        {
            map.serialize_entry("RegionalAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_adjustment_field_names {
            map.serialize_entry("VideoAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .smart_ad_adjustment_field_names
        {
            map.serialize_entry("SmartAdAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .serp_layout_adjustment_field_names
        {
            map.serialize_entry("SerpLayoutAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .income_grade_adjustment_field_names
        {
            map.serialize_entry("IncomeGradeAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .ad_group_adjustment_field_names
        {
            map.serialize_entry("AdGroupAdjustmentFieldNames", value)?;
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
                let mut mobile_adjustment_field_names = ::core::option::Option::None;
                let mut desktop_adjustment_field_names = ::core::option::Option::None;
                let mut smart_tv_adjustment_field_names = ::core::option::Option::None;
                let mut tablet_adjustment_field_names = ::core::option::Option::None;
                let mut desktop_only_adjustment_field_names = ::core::option::Option::None;
                let mut demographics_adjustment_field_names = ::core::option::Option::None;
                let mut retargeting_adjustment_field_names = ::core::option::Option::None;
                let mut regional_adjustment_field_names = ::core::option::Option::None;
                let mut video_adjustment_field_names = ::core::option::Option::None;
                let mut smart_ad_adjustment_field_names = ::core::option::Option::None;
                let mut serp_layout_adjustment_field_names = ::core::option::Option::None;
                let mut income_grade_adjustment_field_names = ::core::option::Option::None;
                let mut ad_group_adjustment_field_names = ::core::option::Option::None;
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
                        "MobileAdjustmentFieldNames" => {
                            mobile_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopAdjustmentFieldNames" => {
                            desktop_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "DesktopAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartTvAdjustmentFieldNames" => {
                            smart_tv_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartTvAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TabletAdjustmentFieldNames" => {
                            tablet_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "TabletAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopOnlyAdjustmentFieldNames" => {
                            desktop_only_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "DesktopOnlyAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DemographicsAdjustmentFieldNames" => {
                            demographics_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "DemographicsAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingAdjustmentFieldNames" => {
                            retargeting_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "RetargetingAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionalAdjustmentFieldNames" => {
                            regional_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "RegionalAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoAdjustmentFieldNames" => {
                            video_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "VideoAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdAdjustmentFieldNames" => {
                            smart_ad_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartAdAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SerpLayoutAdjustmentFieldNames" => {
                            serp_layout_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "SerpLayoutAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncomeGradeAdjustmentFieldNames" => {
                            income_grade_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "IncomeGradeAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupAdjustmentFieldNames" => {
                            ad_group_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "AdGroupAdjustmentFieldNames",
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
                    mobile_adjustment_field_names,
                    desktop_adjustment_field_names,
                    smart_tv_adjustment_field_names,
                    tablet_adjustment_field_names,
                    desktop_only_adjustment_field_names,
                    demographics_adjustment_field_names,
                    retargeting_adjustment_field_names,
                    regional_adjustment_field_names,
                    video_adjustment_field_names,
                    smart_ad_adjustment_field_names,
                    serp_layout_adjustment_field_names,
                    income_grade_adjustment_field_names,
                    ad_group_adjustment_field_names,
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
        if let ::core::option::Option::Some(value) = &self.bid_modifiers {
            map.serialize_entry("BidModifiers", value)?;
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
                let mut bid_modifiers = ::core::option::Option::None;
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
                        "BidModifiers" => {
                            bid_modifiers = rt::wire::optional_value(
                                &mut map,
                                "BidModifiers",
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
                    bid_modifiers,
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
        map.serialize_entry("BidModifiers", &self.bid_modifiers)?;
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
                let mut bid_modifiers = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifiers" => {
                            bid_modifiers = ::core::option::Option::Some(
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
                    bid_modifiers: rt::wire::required(bid_modifiers, "BidModifiers")?,
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
        if let ::core::option::Option::Some(value) = &self.add_results {
            map.serialize_entry("AddResults", value)?;
        }
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
                            add_results = rt::wire::optional_value(
                                &mut map,
                                "AddResults",
                                &mut unknown_fields,
                            )?;
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
                    add_results,
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
        map.serialize_entry("BidModifiers", &self.bid_modifiers)?;
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
                let mut bid_modifiers = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifiers" => {
                            bid_modifiers = ::core::option::Option::Some(
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
                    bid_modifiers: rt::wire::required(bid_modifiers, "BidModifiers")?,
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
        if let ::core::option::Option::Some(value) = &self.delete_results {
            map.serialize_entry("DeleteResults", value)?;
        }
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
                            delete_results = rt::wire::optional_value(
                                &mut map,
                                "DeleteResults",
                                &mut unknown_fields,
                            )?;
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
                    delete_results,
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
    type Item = BidModifierGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<BidModifierGetItem> {
        self.bid_modifiers.unwrap_or_default()
    }
}
