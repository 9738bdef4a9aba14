// @generated from schema/direct_v5/adgroups.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `adgroups` (`schema/direct_v5/adgroups.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for AdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupFieldEnum {
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
impl ::serde::Serialize for MobileAppAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupFieldEnum {
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
impl ::serde::Serialize for DynamicTextAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGroupFieldEnum {
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
impl ::serde::Serialize for DynamicTextFeedAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroupFieldEnum {
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
impl ::serde::Serialize for SmartAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupFieldEnum {
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
impl ::serde::Serialize for TextAdGroupFeedParamsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsFieldEnum {
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
impl ::serde::Serialize for UnifiedAdGroupFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupFieldEnum {
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
impl ::serde::Serialize for AdGroupSubtypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupSubtypeEnum {
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
impl ::serde::Serialize for AdGroupStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupStatusSelectionEnum {
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
impl ::serde::Serialize for AdGroupAppIconStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAppIconStatusSelectionEnum {
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
impl ::serde::Serialize for SourceProcessingStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SourceProcessingStatusEnum {
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
impl ::serde::Serialize for SourceTypeGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SourceTypeGetEnum {
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
impl ::serde::Serialize for AdGroupsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tag_ids {
            map.serialize_entry("TagIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tags {
            map.serialize_entry("Tags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.app_icon_statuses {
            map.serialize_entry("AppIconStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_statuses {
            map.serialize_entry("ServingStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .negative_keyword_shared_set_ids
        {
            map.serialize_entry("NegativeKeywordSharedSetIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupsSelectionCriteria, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut tag_ids = ::core::option::Option::None;
                let mut tags = ::core::option::Option::None;
                let mut app_icon_statuses = ::core::option::Option::None;
                let mut serving_statuses = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = ::core::option::Option::None;
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
                        "Statuses" => {
                            statuses = rt::wire::optional_value(
                                &mut map,
                                "Statuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "TagIds" => {
                            tag_ids = rt::wire::optional_value(
                                &mut map,
                                "TagIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tags" => {
                            tags = rt::wire::optional_value(
                                &mut map,
                                "Tags",
                                &mut unknown_fields,
                            )?;
                        }
                        "AppIconStatuses" => {
                            app_icon_statuses = rt::wire::optional_value(
                                &mut map,
                                "AppIconStatuses",
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
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywordSharedSetIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupsSelectionCriteria {
                    campaign_ids,
                    ids,
                    types,
                    statuses,
                    tag_ids,
                    tags,
                    app_icon_statuses,
                    serving_statuses,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGroupBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupBase, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut tracking_params = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupBase {
                    region_ids,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGroupAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("CampaignId", &self.campaign_id)?;
        map.serialize_entry("RegionIds", &self.region_ids)?;
        if let ::core::option::Option::Some(value) = &self.negative_keywords {
            map.serialize_entry("NegativeKeywords", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .negative_keyword_shared_set_ids
        {
            map.serialize_entry("NegativeKeywordSharedSetIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_group {
            map.serialize_entry("MobileAppAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_group {
            map.serialize_entry("DynamicTextAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_feed_ad_group {
            map.serialize_entry("DynamicTextFeedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_keywords_ad_group {
            map.serialize_entry("CpmBannerKeywordsAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_banner_user_profile_ad_group
        {
            map.serialize_entry("CpmBannerUserProfileAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_group {
            map.serialize_entry("CpmVideoAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group {
            map.serialize_entry("SmartAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group {
            map.serialize_entry("UnifiedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_group_feed_params {
            map.serialize_entry("TextAdGroupFeedParams", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = ::core::option::Option::None;
                let mut tracking_params = ::core::option::Option::None;
                let mut mobile_app_ad_group = ::core::option::Option::None;
                let mut dynamic_text_ad_group = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group = ::core::option::Option::None;
                let mut cpm_banner_keywords_ad_group = ::core::option::Option::None;
                let mut cpm_banner_user_profile_ad_group = ::core::option::Option::None;
                let mut cpm_video_ad_group = ::core::option::Option::None;
                let mut smart_ad_group = ::core::option::Option::None;
                let mut unified_ad_group = ::core::option::Option::None;
                let mut text_ad_group_feed_params = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "CampaignId" => {
                            campaign_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "RegionIds" => {
                            region_ids = ::core::option::Option::Some(map.next_value()?);
                        }
                        "NegativeKeywords" => {
                            negative_keywords = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywords",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywordSharedSetIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdGroup" => {
                            mobile_app_ad_group = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroup" => {
                            dynamic_text_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroup" => {
                            dynamic_text_feed_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerKeywordsAdGroup" => {
                            cpm_banner_keywords_ad_group = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerKeywordsAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerUserProfileAdGroup" => {
                            cpm_banner_user_profile_ad_group = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerUserProfileAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdGroup" => {
                            cpm_video_ad_group = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroup" => {
                            smart_ad_group = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroup" => {
                            unified_ad_group = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdGroupFeedParams" => {
                            text_ad_group_feed_params = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParams",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupAddItem {
                    name: rt::wire::required(name, "Name")?,
                    campaign_id: rt::wire::required(campaign_id, "CampaignId")?,
                    region_ids: rt::wire::required(region_ids, "RegionIds")?,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    mobile_app_ad_group,
                    dynamic_text_ad_group,
                    dynamic_text_feed_ad_group,
                    cpm_banner_keywords_ad_group,
                    cpm_banner_user_profile_ad_group,
                    cpm_video_ad_group,
                    smart_ad_group,
                    unified_ad_group,
                    text_ad_group_feed_params,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGroupGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.subtype {
            map.serialize_entry("Subtype", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_group {
            map.serialize_entry("MobileAppAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_group {
            map.serialize_entry("DynamicTextAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_feed_ad_group {
            map.serialize_entry("DynamicTextFeedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group {
            map.serialize_entry("SmartAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_status {
            map.serialize_entry("ServingStatus", value)?;
        }
        if self.restricted_region_ids.is_present() {
            map.serialize_entry("RestrictedRegionIds", &self.restricted_region_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_group_feed_params {
            map.serialize_entry("TextAdGroupFeedParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group {
            map.serialize_entry("UnifiedAdGroup", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupGetItem, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut tracking_params = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut subtype = ::core::option::Option::None;
                let mut mobile_app_ad_group = ::core::option::Option::None;
                let mut dynamic_text_ad_group = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group = ::core::option::Option::None;
                let mut smart_ad_group = ::core::option::Option::None;
                let mut serving_status = ::core::option::Option::None;
                let mut restricted_region_ids = rt::Nullable::Absent;
                let mut text_ad_group_feed_params = ::core::option::Option::None;
                let mut unified_ad_group = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
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
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
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
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
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
                        "Subtype" => {
                            subtype = rt::wire::optional_value(
                                &mut map,
                                "Subtype",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdGroup" => {
                            mobile_app_ad_group = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroup" => {
                            dynamic_text_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroup" => {
                            dynamic_text_feed_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroup" => {
                            smart_ad_group = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroup",
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
                        "RestrictedRegionIds" => {
                            restricted_region_ids = map.next_value()?;
                        }
                        "TextAdGroupFeedParams" => {
                            text_ad_group_feed_params = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroup" => {
                            unified_ad_group = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupGetItem {
                    region_ids,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    id,
                    name,
                    campaign_id,
                    status,
                    type_,
                    subtype,
                    mobile_app_ad_group,
                    dynamic_text_ad_group,
                    dynamic_text_feed_ad_group,
                    smart_ad_group,
                    serving_status,
                    restricted_region_ids,
                    text_ad_group_feed_params,
                    unified_ad_group,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TargetDeviceTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TargetDeviceTypeEnum {
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
impl ::serde::Serialize for TargetCarrierEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TargetCarrierEnum {
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
impl ::serde::Serialize for AppAvailabilityStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AppAvailabilityStatusEnum {
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
impl ::serde::Serialize for MobileAppAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.store_url {
            map.serialize_entry("StoreUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.target_device_type {
            map.serialize_entry("TargetDeviceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.target_carrier {
            map.serialize_entry("TargetCarrier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .target_operating_system_version
        {
            map.serialize_entry("TargetOperatingSystemVersion", value)?;
        }
        if self.app_icon_moderation.is_present() {
            map.serialize_entry("AppIconModeration", &self.app_icon_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.app_operating_system_type {
            map.serialize_entry("AppOperatingSystemType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.app_availability_status {
            map.serialize_entry("AppAvailabilityStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGroupGet, A::Error> {
                let mut store_url = ::core::option::Option::None;
                let mut target_device_type = ::core::option::Option::None;
                let mut target_carrier = ::core::option::Option::None;
                let mut target_operating_system_version = ::core::option::Option::None;
                let mut app_icon_moderation = rt::Nullable::Absent;
                let mut app_operating_system_type = ::core::option::Option::None;
                let mut app_availability_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StoreUrl" => {
                            store_url = rt::wire::optional_value(
                                &mut map,
                                "StoreUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetDeviceType" => {
                            target_device_type = rt::wire::optional_value(
                                &mut map,
                                "TargetDeviceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetCarrier" => {
                            target_carrier = rt::wire::optional_value(
                                &mut map,
                                "TargetCarrier",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetOperatingSystemVersion" => {
                            target_operating_system_version = rt::wire::optional_value(
                                &mut map,
                                "TargetOperatingSystemVersion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AppIconModeration" => app_icon_moderation = map.next_value()?,
                        "AppOperatingSystemType" => {
                            app_operating_system_type = rt::wire::optional_value(
                                &mut map,
                                "AppOperatingSystemType",
                                &mut unknown_fields,
                            )?;
                        }
                        "AppAvailabilityStatus" => {
                            app_availability_status = rt::wire::optional_value(
                                &mut map,
                                "AppAvailabilityStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGroupGet {
                    store_url,
                    target_device_type,
                    target_carrier,
                    target_operating_system_version,
                    app_icon_moderation,
                    app_operating_system_type,
                    app_availability_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.target_device_type {
            map.serialize_entry("TargetDeviceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.target_carrier {
            map.serialize_entry("TargetCarrier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .target_operating_system_version
        {
            map.serialize_entry("TargetOperatingSystemVersion", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGroupUpdate, A::Error> {
                let mut target_device_type = ::core::option::Option::None;
                let mut target_carrier = ::core::option::Option::None;
                let mut target_operating_system_version = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TargetDeviceType" => {
                            target_device_type = rt::wire::optional_value(
                                &mut map,
                                "TargetDeviceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetCarrier" => {
                            target_carrier = rt::wire::optional_value(
                                &mut map,
                                "TargetCarrier",
                                &mut unknown_fields,
                            )?;
                        }
                        "TargetOperatingSystemVersion" => {
                            target_operating_system_version = rt::wire::optional_value(
                                &mut map,
                                "TargetOperatingSystemVersion",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGroupUpdate {
                    target_device_type,
                    target_carrier,
                    target_operating_system_version,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StoreUrl", &self.store_url)?;
        map.serialize_entry("TargetDeviceType", &self.target_device_type)?;
        map.serialize_entry("TargetCarrier", &self.target_carrier)?;
        map.serialize_entry(
            "TargetOperatingSystemVersion",
            &self.target_operating_system_version,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGroupAdd, A::Error> {
                let mut store_url = ::core::option::Option::None;
                let mut target_device_type = ::core::option::Option::None;
                let mut target_carrier = ::core::option::Option::None;
                let mut target_operating_system_version = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StoreUrl" => {
                            store_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TargetDeviceType" => {
                            target_device_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "TargetCarrier" => {
                            target_carrier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "TargetOperatingSystemVersion" => {
                            target_operating_system_version = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGroupAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGroupAdd {
                    store_url: rt::wire::required(store_url, "StoreUrl")?,
                    target_device_type: rt::wire::required(
                        target_device_type,
                        "TargetDeviceType",
                    )?,
                    target_carrier: rt::wire::required(target_carrier, "TargetCarrier")?,
                    target_operating_system_version: rt::wire::required(
                        target_operating_system_version,
                        "TargetOperatingSystemVersion",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicAdGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicAdGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicAdGroup;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicAdGroup` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicAdGroup, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                                "DynamicAdGroup",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicAdGroup {
                    autotargeting_categories,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicAdGroupGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                                "DynamicAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicAdGroupGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextAdGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        map.serialize_entry("DomainUrl", &self.domain_url)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdGroup;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdGroup` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdGroup, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut domain_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                        "DomainUrl" => {
                            domain_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdGroup",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdGroup {
                    autotargeting_categories,
                    autotargeting_settings,
                    domain_url: rt::wire::required(domain_url, "DomainUrl")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.domain_url {
            map.serialize_entry("DomainUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.domain_url_processing_status {
            map.serialize_entry("DomainUrlProcessingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdGroupGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut domain_url = ::core::option::Option::None;
                let mut domain_url_processing_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                        "DomainUrl" => {
                            domain_url = rt::wire::optional_value(
                                &mut map,
                                "DomainUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "DomainUrlProcessingStatus" => {
                            domain_url_processing_status = rt::wire::optional_value(
                                &mut map,
                                "DomainUrlProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdGroupGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    domain_url,
                    domain_url_processing_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        map.serialize_entry("FeedId", &self.feed_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextFeedAdGroup;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextFeedAdGroup` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextFeedAdGroup, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextFeedAdGroup",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextFeedAdGroup {
                    autotargeting_categories,
                    autotargeting_settings,
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextFeedAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextFeedAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextFeedAdGroupUpdate, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextFeedAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextFeedAdGroupUpdate {
                    autotargeting_categories,
                    autotargeting_settings,
                    feed_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicSourceGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source {
            map.serialize_entry("Source", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_type {
            map.serialize_entry("SourceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_processing_status {
            map.serialize_entry("SourceProcessingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicSourceGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicSourceGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicSourceGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicSourceGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut source = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut source_processing_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                        "Source" => {
                            source = rt::wire::optional_value(
                                &mut map,
                                "Source",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "SourceType" => {
                            source_type = rt::wire::optional_value(
                                &mut map,
                                "SourceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "SourceProcessingStatus" => {
                            source_processing_status = rt::wire::optional_value(
                                &mut map,
                                "SourceProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicSourceGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicSourceGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    source,
                    feed_id,
                    source_type,
                    source_processing_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextFeedAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source {
            map.serialize_entry("Source", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_type {
            map.serialize_entry("SourceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_processing_status {
            map.serialize_entry("SourceProcessingStatus", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextFeedAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextFeedAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextFeedAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextFeedAdGroupGet, A::Error> {
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut source = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut source_processing_status = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
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
                        "Source" => {
                            source = rt::wire::optional_value(
                                &mut map,
                                "Source",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "SourceType" => {
                            source_type = rt::wire::optional_value(
                                &mut map,
                                "SourceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "SourceProcessingStatus" => {
                            source_processing_status = rt::wire::optional_value(
                                &mut map,
                                "SourceProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextFeedAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextFeedAdGroupGet {
                    autotargeting_categories,
                    autotargeting_settings,
                    source,
                    feed_id,
                    source_type,
                    source_processing_status,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.feed_category_ids {
            map.serialize_entry("FeedCategoryIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGroupFeedParamsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGroupFeedParamsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGroupFeedParamsAdd, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut feed_category_ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedCategoryIds" => {
                            feed_category_ids = rt::wire::optional_value(
                                &mut map,
                                "FeedCategoryIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGroupFeedParamsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGroupFeedParamsAdd {
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_category_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FeedId", &self.feed_id)?;
        if self.feed_category_ids.is_present() {
            map.serialize_entry("FeedCategoryIds", &self.feed_category_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGroupFeedParamsUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGroupFeedParamsUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGroupFeedParamsUpdate, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut feed_category_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedCategoryIds" => feed_category_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGroupFeedParamsUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGroupFeedParamsUpdate {
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_category_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdGroupFeedParamsGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.feed_id.is_present() {
            map.serialize_entry("FeedId", &self.feed_id)?;
        }
        if self.feed_category_ids.is_present() {
            map.serialize_entry("FeedCategoryIds", &self.feed_category_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGroupFeedParamsGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGroupFeedParamsGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGroupFeedParamsGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGroupFeedParamsGet, A::Error> {
                let mut feed_id = rt::Nullable::Absent;
                let mut feed_category_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => feed_id = map.next_value()?,
                        "FeedCategoryIds" => feed_category_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGroupFeedParamsGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGroupFeedParamsGet {
                    feed_id,
                    feed_category_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.offer_retargeting {
            map.serialize_entry("OfferRetargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedAdGroupGet, A::Error> {
                let mut offer_retargeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OfferRetargeting" => {
                            offer_retargeting = rt::wire::optional_value(
                                &mut map,
                                "OfferRetargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedAdGroupGet {
                    offer_retargeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerKeywordsAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerKeywordsAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerKeywordsAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerKeywordsAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerKeywordsAdGroupAdd, A::Error> {
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "CpmBannerKeywordsAdGroupAdd",
                    )?;
                }
                ::core::result::Result::Ok(CpmBannerKeywordsAdGroupAdd {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerUserProfileAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerUserProfileAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerUserProfileAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerUserProfileAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerUserProfileAdGroupAdd, A::Error> {
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "CpmBannerUserProfileAdGroupAdd",
                    )?;
                }
                ::core::result::Result::Ok(CpmBannerUserProfileAdGroupAdd {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmVideoAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdGroupAdd, A::Error> {
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "CpmVideoAdGroupAdd",
                    )?;
                }
                ::core::result::Result::Ok(CpmVideoAdGroupAdd {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("OfferRetargeting", &self.offer_retargeting)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedAdGroupAdd, A::Error> {
                let mut offer_retargeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OfferRetargeting" => {
                            offer_retargeting = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedAdGroupAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedAdGroupAdd {
                    offer_retargeting: rt::wire::required(
                        offer_retargeting,
                        "OfferRetargeting",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.offer_retargeting {
            map.serialize_entry("OfferRetargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedAdGroupUpdate, A::Error> {
                let mut offer_retargeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OfferRetargeting" => {
                            offer_retargeting = rt::wire::optional_value(
                                &mut map,
                                "OfferRetargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedAdGroupUpdate {
                    offer_retargeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdGroupAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.ad_title_source {
            map.serialize_entry("AdTitleSource", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_body_source {
            map.serialize_entry("AdBodySource", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdGroupAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdGroupAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdGroupAdd, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut ad_title_source = ::core::option::Option::None;
                let mut ad_body_source = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AdTitleSource" => {
                            ad_title_source = rt::wire::optional_value(
                                &mut map,
                                "AdTitleSource",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdBodySource" => {
                            ad_body_source = rt::wire::optional_value(
                                &mut map,
                                "AdBodySource",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdGroupAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdGroupAdd {
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    ad_title_source,
                    ad_body_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdGroupGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if self.ad_title_source.is_present() {
            map.serialize_entry("AdTitleSource", &self.ad_title_source)?;
        }
        if self.ad_body_source.is_present() {
            map.serialize_entry("AdBodySource", &self.ad_body_source)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdGroupGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdGroupGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdGroupGet, A::Error> {
                let mut feed_id = ::core::option::Option::None;
                let mut ad_title_source = rt::Nullable::Absent;
                let mut ad_body_source = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdTitleSource" => ad_title_source = map.next_value()?,
                        "AdBodySource" => ad_body_source = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdGroupGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdGroupGet {
                    feed_id,
                    ad_title_source,
                    ad_body_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdGroupUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.ad_title_source.is_present() {
            map.serialize_entry("AdTitleSource", &self.ad_title_source)?;
        }
        if self.ad_body_source.is_present() {
            map.serialize_entry("AdBodySource", &self.ad_body_source)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdGroupUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdGroupUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdGroupUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdGroupUpdate, A::Error> {
                let mut ad_title_source = rt::Nullable::Absent;
                let mut ad_body_source = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdTitleSource" => ad_title_source = map.next_value()?,
                        "AdBodySource" => ad_body_source = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdGroupUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdGroupUpdate {
                    ad_title_source,
                    ad_body_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGroupUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_group {
            map.serialize_entry("MobileAppAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_group {
            map.serialize_entry("DynamicTextAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_feed_ad_group {
            map.serialize_entry("DynamicTextFeedAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_group {
            map.serialize_entry("SmartAdGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_group_feed_params {
            map.serialize_entry("TextAdGroupFeedParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group {
            map.serialize_entry("UnifiedAdGroup", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupUpdateItem, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut tracking_params = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut mobile_app_ad_group = ::core::option::Option::None;
                let mut dynamic_text_ad_group = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group = ::core::option::Option::None;
                let mut smart_ad_group = ::core::option::Option::None;
                let mut text_ad_group_feed_params = ::core::option::Option::None;
                let mut unified_ad_group = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "TrackingParams" => {
                            tracking_params = rt::wire::optional_value(
                                &mut map,
                                "TrackingParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdGroup" => {
                            mobile_app_ad_group = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroup" => {
                            dynamic_text_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroup" => {
                            dynamic_text_feed_ad_group = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdGroup" => {
                            smart_ad_group = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdGroupFeedParams" => {
                            text_ad_group_feed_params = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParams",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroup" => {
                            unified_ad_group = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupUpdateItem {
                    region_ids,
                    negative_keywords,
                    negative_keyword_shared_set_ids,
                    tracking_params,
                    id: rt::wire::required(id, "Id")?,
                    name,
                    mobile_app_ad_group,
                    dynamic_text_ad_group,
                    dynamic_text_feed_ad_group,
                    smart_ad_group,
                    text_ad_group_feed_params,
                    unified_ad_group,
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
            .mobile_app_ad_group_field_names
        {
            map.serialize_entry("MobileAppAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .dynamic_text_ad_group_field_names
        {
            map.serialize_entry("DynamicTextAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .dynamic_text_feed_ad_group_field_names
        {
            map.serialize_entry("DynamicTextFeedAdGroupFieldNames", value)?;
        }
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
        if let ::core::option::Option::Some(value) = &self.smart_ad_group_field_names {
            map.serialize_entry("SmartAdGroupFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .text_ad_group_feed_params_field_names
        {
            map.serialize_entry("TextAdGroupFeedParamsFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_ad_group_field_names {
            map.serialize_entry("UnifiedAdGroupFieldNames", value)?;
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
                let mut mobile_app_ad_group_field_names = ::core::option::Option::None;
                let mut dynamic_text_ad_group_field_names = ::core::option::Option::None;
                let mut dynamic_text_feed_ad_group_field_names = ::core::option::Option::None;
                let mut autotargeting_settings_categories_field_names = ::core::option::Option::None;
                let mut autotargeting_settings_brand_options_field_names = ::core::option::Option::None;
                let mut smart_ad_group_field_names = ::core::option::Option::None;
                let mut text_ad_group_feed_params_field_names = ::core::option::Option::None;
                let mut unified_ad_group_field_names = ::core::option::Option::None;
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
                        "MobileAppAdGroupFieldNames" => {
                            mobile_app_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdGroupFieldNames" => {
                            dynamic_text_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextFeedAdGroupFieldNames" => {
                            dynamic_text_feed_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextFeedAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
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
                        "SmartAdGroupFieldNames" => {
                            smart_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartAdGroupFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdGroupFeedParamsFieldNames" => {
                            text_ad_group_feed_params_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdGroupFeedParamsFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedAdGroupFieldNames" => {
                            unified_ad_group_field_names = rt::wire::optional_value(
                                &mut map,
                                "UnifiedAdGroupFieldNames",
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
                    mobile_app_ad_group_field_names,
                    dynamic_text_ad_group_field_names,
                    dynamic_text_feed_ad_group_field_names,
                    autotargeting_settings_categories_field_names,
                    autotargeting_settings_brand_options_field_names,
                    smart_ad_group_field_names,
                    text_ad_group_feed_params_field_names,
                    unified_ad_group_field_names,
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
        if let ::core::option::Option::Some(value) = &self.ad_groups {
            map.serialize_entry("AdGroups", value)?;
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
                let mut ad_groups = ::core::option::Option::None;
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
                        "AdGroups" => {
                            ad_groups = rt::wire::optional_value(
                                &mut map,
                                "AdGroups",
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
                    ad_groups,
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
        map.serialize_entry("AdGroups", &self.ad_groups)?;
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
                let mut ad_groups = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroups" => {
                            ad_groups = ::core::option::Option::Some(map.next_value()?);
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
                    ad_groups: rt::wire::required(ad_groups, "AdGroups")?,
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
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdGroups", &self.ad_groups)?;
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
                let mut ad_groups = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroups" => {
                            ad_groups = ::core::option::Option::Some(map.next_value()?);
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
                    ad_groups: rt::wire::required(ad_groups, "AdGroups")?,
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
    type Item = AdGroupGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<AdGroupGetItem> {
        self.ad_groups.unwrap_or_default()
    }
}
