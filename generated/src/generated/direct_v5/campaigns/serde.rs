// @generated from schema/direct_v5/campaigns.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `campaigns` (`schema/direct_v5/campaigns.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for SmsEventsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmsEventsEnum {
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
impl ::serde::Serialize for PlacementTypesEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PlacementTypesEnum {
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
impl ::serde::Serialize for PlacementType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Type", &self.type_)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PlacementType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PlacementType;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PlacementType` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PlacementType, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PlacementType",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PlacementType {
                    type_: rt::wire::required(type_, "Type")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignStatusSelectionEnum {
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
impl ::serde::Serialize for CampaignStateEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignStateEnum {
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
impl ::serde::Serialize for CampaignStateGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignStateGetEnum {
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
impl ::serde::Serialize for CampaignStatusPaymentEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignStatusPaymentEnum {
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
impl ::serde::Serialize for RelevantKeywordsModeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RelevantKeywordsModeEnum {
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
impl ::serde::Serialize for DailyBudgetModeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DailyBudgetModeEnum {
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
impl ::serde::Serialize for CampaignFundsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignFundsEnum {
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
impl ::serde::Serialize for CampaignTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignTypeEnum {
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
impl ::serde::Serialize for CampaignTypeGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignTypeGetEnum {
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
impl ::serde::Serialize for CampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignFieldEnum {
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
impl ::serde::Serialize for TextCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignFieldEnum {
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
impl ::serde::Serialize for TextCampaignSearchStrategyPlacementTypesFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for TextCampaignSearchStrategyPlacementTypesFieldEnum {
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
impl ::serde::Serialize for UnifiedCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignFieldEnum {
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
impl ::serde::Serialize for UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
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
impl ::serde::Serialize for UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
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
impl ::serde::Serialize for MobileAppCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignFieldEnum {
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
impl ::serde::Serialize for DynamicTextCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignFieldEnum {
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
impl ::serde::Serialize for DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
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
impl ::serde::Serialize for CpmBannerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignFieldEnum {
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
impl ::serde::Serialize for SmartCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignFieldEnum {
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
impl ::serde::Serialize for TextCampaignSearchStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSearchStrategyTypeEnum {
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
impl ::serde::Serialize for UnifiedCampaignSearchStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSearchStrategyTypeEnum {
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
impl ::serde::Serialize for TextCampaignNetworkStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignNetworkStrategyTypeEnum {
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
impl ::serde::Serialize for UnifiedCampaignNetworkStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignNetworkStrategyTypeEnum {
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
impl ::serde::Serialize for MobileAppCampaignSearchStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSearchStrategyTypeEnum {
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
impl ::serde::Serialize for MobileAppCampaignNetworkStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignNetworkStrategyTypeEnum {
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
impl ::serde::Serialize for DynamicTextCampaignSearchStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSearchStrategyTypeEnum {
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
impl ::serde::Serialize for DynamicTextCampaignNetworkStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignNetworkStrategyTypeEnum {
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
impl ::serde::Serialize for CpmBannerCampaignSearchStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSearchStrategyTypeEnum {
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
impl ::serde::Serialize for CpmBannerCampaignNetworkStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignNetworkStrategyTypeEnum {
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
impl ::serde::Serialize for SmartCampaignSearchStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSearchStrategyTypeEnum {
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
impl ::serde::Serialize for SmartCampaignNetworkStrategyTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignNetworkStrategyTypeEnum {
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
impl ::serde::Serialize for TextCampaignSettingsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSettingsEnum {
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
impl ::serde::Serialize for TextCampaignSettingsGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSettingsGetEnum {
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
impl ::serde::Serialize for UnifiedCampaignSettingsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSettingsEnum {
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
impl ::serde::Serialize for UnifiedCampaignSettingsGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSettingsGetEnum {
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
impl ::serde::Serialize for MobileAppCampaignSettingsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSettingsEnum {
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
impl ::serde::Serialize for MobileAppCampaignSettingsGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSettingsGetEnum {
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
impl ::serde::Serialize for DynamicTextCampaignSettingsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSettingsEnum {
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
impl ::serde::Serialize for DynamicTextCampaignSettingsGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSettingsGetEnum {
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
impl ::serde::Serialize for CpmBannerCampaignSettingsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSettingsEnum {
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
impl ::serde::Serialize for CpmBannerCampaignSettingsGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSettingsGetEnum {
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
impl ::serde::Serialize for SmartCampaignSettingsEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSettingsEnum {
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
impl ::serde::Serialize for SmartCampaignSettingsGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSettingsGetEnum {
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
impl ::serde::Serialize for BudgetTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BudgetTypeEnum {
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
impl ::serde::Serialize for TextCampaignSearchStrategyPlacementTypes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.search_results {
            map.serialize_entry("SearchResults", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.product_gallery {
            map.serialize_entry("ProductGallery", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_places {
            map.serialize_entry("DynamicPlaces", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSearchStrategyPlacementTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignSearchStrategyPlacementTypes;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignSearchStrategyPlacementTypes` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TextCampaignSearchStrategyPlacementTypes,
                A::Error,
            > {
                let mut search_results = ::core::option::Option::None;
                let mut product_gallery = ::core::option::Option::None;
                let mut dynamic_places = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchResults" => {
                            search_results = rt::wire::optional_value(
                                &mut map,
                                "SearchResults",
                                &mut unknown_fields,
                            )?;
                        }
                        "ProductGallery" => {
                            product_gallery = rt::wire::optional_value(
                                &mut map,
                                "ProductGallery",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicPlaces" => {
                            dynamic_places = rt::wire::optional_value(
                                &mut map,
                                "DynamicPlaces",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignSearchStrategyPlacementTypes",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignSearchStrategyPlacementTypes {
                    search_results,
                    product_gallery,
                    dynamic_places,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignPlatforms {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SearchResult", &self.search_result)?;
        map.serialize_entry("ProductGallery", &self.product_gallery)?;
        map.serialize_entry("Network", &self.network)?;
        if let ::core::option::Option::Some(value) = &self.dynamic_places {
            map.serialize_entry("DynamicPlaces", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignPlatforms {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignPlatforms;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignPlatforms` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignPlatforms, A::Error> {
                let mut search_result = ::core::option::Option::None;
                let mut product_gallery = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut dynamic_places = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchResult" => {
                            search_result = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ProductGallery" => {
                            product_gallery = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        "DynamicPlaces" => {
                            dynamic_places = rt::wire::optional_value(
                                &mut map,
                                "DynamicPlaces",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignPlatforms",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignPlatforms {
                    search_result: rt::wire::required(search_result, "SearchResult")?,
                    product_gallery: rt::wire::required(
                        product_gallery,
                        "ProductGallery",
                    )?,
                    network: rt::wire::required(network, "Network")?,
                    dynamic_places,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignSearchStrategyPlacementTypes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.search_results {
            map.serialize_entry("SearchResults", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.product_gallery {
            map.serialize_entry("ProductGallery", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_places {
            map.serialize_entry("DynamicPlaces", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.maps {
            map.serialize_entry("Maps", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.search_organization_list {
            map.serialize_entry("SearchOrganizationList", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSearchStrategyPlacementTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignSearchStrategyPlacementTypes;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignSearchStrategyPlacementTypes` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                UnifiedCampaignSearchStrategyPlacementTypes,
                A::Error,
            > {
                let mut search_results = ::core::option::Option::None;
                let mut product_gallery = ::core::option::Option::None;
                let mut dynamic_places = ::core::option::Option::None;
                let mut maps = ::core::option::Option::None;
                let mut search_organization_list = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchResults" => {
                            search_results = rt::wire::optional_value(
                                &mut map,
                                "SearchResults",
                                &mut unknown_fields,
                            )?;
                        }
                        "ProductGallery" => {
                            product_gallery = rt::wire::optional_value(
                                &mut map,
                                "ProductGallery",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicPlaces" => {
                            dynamic_places = rt::wire::optional_value(
                                &mut map,
                                "DynamicPlaces",
                                &mut unknown_fields,
                            )?;
                        }
                        "Maps" => {
                            maps = rt::wire::optional_value(
                                &mut map,
                                "Maps",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchOrganizationList" => {
                            search_organization_list = rt::wire::optional_value(
                                &mut map,
                                "SearchOrganizationList",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignSearchStrategyPlacementTypes",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignSearchStrategyPlacementTypes {
                    search_results,
                    product_gallery,
                    dynamic_places,
                    maps,
                    search_organization_list,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignPlatforms {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SearchResult", &self.search_result)?;
        map.serialize_entry("ProductGallery", &self.product_gallery)?;
        if let ::core::option::Option::Some(value) = &self.maps {
            map.serialize_entry("Maps", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.search_organization_list {
            map.serialize_entry("SearchOrganizationList", value)?;
        }
        map.serialize_entry("Network", &self.network)?;
        if let ::core::option::Option::Some(value) = &self.dynamic_places {
            map.serialize_entry("DynamicPlaces", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignPlatforms {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignPlatforms;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignPlatforms` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignPlatforms, A::Error> {
                let mut search_result = ::core::option::Option::None;
                let mut product_gallery = ::core::option::Option::None;
                let mut maps = ::core::option::Option::None;
                let mut search_organization_list = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut dynamic_places = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchResult" => {
                            search_result = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ProductGallery" => {
                            product_gallery = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Maps" => {
                            maps = rt::wire::optional_value(
                                &mut map,
                                "Maps",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchOrganizationList" => {
                            search_organization_list = rt::wire::optional_value(
                                &mut map,
                                "SearchOrganizationList",
                                &mut unknown_fields,
                            )?;
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        "DynamicPlaces" => {
                            dynamic_places = rt::wire::optional_value(
                                &mut map,
                                "DynamicPlaces",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignPlatforms",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignPlatforms {
                    search_result: rt::wire::required(search_result, "SearchResult")?,
                    product_gallery: rt::wire::required(
                        product_gallery,
                        "ProductGallery",
                    )?,
                    maps,
                    search_organization_list,
                    network: rt::wire::required(network, "Network")?,
                    dynamic_places,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignPlatforms {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignPlatforms {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignPlatforms;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignPlatforms` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignPlatforms, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignPlatforms",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignPlatforms {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PackageBiddingStrategyGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StrategyId", &self.strategy_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PackageBiddingStrategyGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PackageBiddingStrategyGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PackageBiddingStrategyGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PackageBiddingStrategyGetBase, A::Error> {
                let mut strategy_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PackageBiddingStrategyGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PackageBiddingStrategyGetBase {
                    strategy_id: rt::wire::required(strategy_id, "StrategyId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PackageBiddingStrategyAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PackageBiddingStrategyAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PackageBiddingStrategyAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PackageBiddingStrategyAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PackageBiddingStrategyAddBase, A::Error> {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PackageBiddingStrategyAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PackageBiddingStrategyAddBase {
                    strategy_id,
                    strategy_from_campaign_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PackageBiddingStrategyUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PackageBiddingStrategyUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PackageBiddingStrategyUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PackageBiddingStrategyUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PackageBiddingStrategyUpdateBase, A::Error> {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PackageBiddingStrategyUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PackageBiddingStrategyUpdateBase {
                    strategy_id,
                    strategy_from_campaign_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignPackageBiddingStrategyGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StrategyId", &self.strategy_id)?;
        map.serialize_entry("Platforms", &self.platforms)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignPackageBiddingStrategyGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignPackageBiddingStrategyGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignPackageBiddingStrategyGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TextCampaignPackageBiddingStrategyGet,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Platforms" => {
                            platforms = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignPackageBiddingStrategyGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignPackageBiddingStrategyGet {
                    strategy_id: rt::wire::required(strategy_id, "StrategyId")?,
                    platforms: rt::wire::required(platforms, "Platforms")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignPackageBiddingStrategyGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StrategyId", &self.strategy_id)?;
        map.serialize_entry("Platforms", &self.platforms)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignPackageBiddingStrategyGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignPackageBiddingStrategyGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignPackageBiddingStrategyGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                UnifiedCampaignPackageBiddingStrategyGet,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Platforms" => {
                            platforms = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignPackageBiddingStrategyGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignPackageBiddingStrategyGet {
                    strategy_id: rt::wire::required(strategy_id, "StrategyId")?,
                    platforms: rt::wire::required(platforms, "Platforms")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignPackageBiddingStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        map.serialize_entry("Platforms", &self.platforms)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignPackageBiddingStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignPackageBiddingStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignPackageBiddingStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TextCampaignPackageBiddingStrategyAdd,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Platforms" => {
                            platforms = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignPackageBiddingStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignPackageBiddingStrategyAdd {
                    strategy_id,
                    strategy_from_campaign_id,
                    platforms: rt::wire::required(platforms, "Platforms")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignPackageBiddingStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        map.serialize_entry("Platforms", &self.platforms)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignPackageBiddingStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignPackageBiddingStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignPackageBiddingStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                UnifiedCampaignPackageBiddingStrategyAdd,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Platforms" => {
                            platforms = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignPackageBiddingStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignPackageBiddingStrategyAdd {
                    strategy_id,
                    strategy_from_campaign_id,
                    platforms: rt::wire::required(platforms, "Platforms")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignPackageBiddingStrategyUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.platforms {
            map.serialize_entry("Platforms", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignPackageBiddingStrategyUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignPackageBiddingStrategyUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignPackageBiddingStrategyUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                TextCampaignPackageBiddingStrategyUpdate,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Platforms" => {
                            platforms = rt::wire::optional_value(
                                &mut map,
                                "Platforms",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignPackageBiddingStrategyUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignPackageBiddingStrategyUpdate {
                    strategy_id,
                    strategy_from_campaign_id,
                    platforms,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignPackageBiddingStrategyUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.platforms {
            map.serialize_entry("Platforms", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignPackageBiddingStrategyUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignPackageBiddingStrategyUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignPackageBiddingStrategyUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                UnifiedCampaignPackageBiddingStrategyUpdate,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Platforms" => {
                            platforms = rt::wire::optional_value(
                                &mut map,
                                "Platforms",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignPackageBiddingStrategyUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignPackageBiddingStrategyUpdate {
                    strategy_id,
                    strategy_from_campaign_id,
                    platforms,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignPackageBiddingStrategyGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StrategyId", &self.strategy_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignPackageBiddingStrategyGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignPackageBiddingStrategyGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignPackageBiddingStrategyGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                DynamicTextCampaignPackageBiddingStrategyGet,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignPackageBiddingStrategyGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignPackageBiddingStrategyGet {
                    strategy_id: rt::wire::required(strategy_id, "StrategyId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignPackageBiddingStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignPackageBiddingStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignPackageBiddingStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignPackageBiddingStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                DynamicTextCampaignPackageBiddingStrategyAdd,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignPackageBiddingStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignPackageBiddingStrategyAdd {
                    strategy_id,
                    strategy_from_campaign_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignPackageBiddingStrategyUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignPackageBiddingStrategyUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignPackageBiddingStrategyUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignPackageBiddingStrategyUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                DynamicTextCampaignPackageBiddingStrategyUpdate,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignPackageBiddingStrategyUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignPackageBiddingStrategyUpdate {
                    strategy_id,
                    strategy_from_campaign_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignPackageBiddingStrategyGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StrategyId", &self.strategy_id)?;
        map.serialize_entry("Platforms", &self.platforms)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignPackageBiddingStrategyGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignPackageBiddingStrategyGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignPackageBiddingStrategyGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                SmartCampaignPackageBiddingStrategyGet,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Platforms" => {
                            platforms = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignPackageBiddingStrategyGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignPackageBiddingStrategyGet {
                    strategy_id: rt::wire::required(strategy_id, "StrategyId")?,
                    platforms: rt::wire::required(platforms, "Platforms")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignPackageBiddingStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        map.serialize_entry("Platforms", &self.platforms)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignPackageBiddingStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignPackageBiddingStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignPackageBiddingStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                SmartCampaignPackageBiddingStrategyAdd,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Platforms" => {
                            platforms = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignPackageBiddingStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignPackageBiddingStrategyAdd {
                    strategy_id,
                    strategy_from_campaign_id,
                    platforms: rt::wire::required(platforms, "Platforms")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignPackageBiddingStrategyUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.strategy_id {
            map.serialize_entry("StrategyId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_from_campaign_id {
            map.serialize_entry("StrategyFromCampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.platforms {
            map.serialize_entry("Platforms", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignPackageBiddingStrategyUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignPackageBiddingStrategyUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignPackageBiddingStrategyUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                SmartCampaignPackageBiddingStrategyUpdate,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut strategy_from_campaign_id = ::core::option::Option::None;
                let mut platforms = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyId",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyFromCampaignId" => {
                            strategy_from_campaign_id = rt::wire::optional_value(
                                &mut map,
                                "StrategyFromCampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Platforms" => {
                            platforms = rt::wire::optional_value(
                                &mut map,
                                "Platforms",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignPackageBiddingStrategyUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignPackageBiddingStrategyUpdate {
                    strategy_id,
                    strategy_from_campaign_id,
                    platforms,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignPackageBiddingStrategyGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("StrategyId", &self.strategy_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignPackageBiddingStrategyGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignPackageBiddingStrategyGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignPackageBiddingStrategyGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                MobileAppCampaignPackageBiddingStrategyGet,
                A::Error,
            > {
                let mut strategy_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "StrategyId" => {
                            strategy_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignPackageBiddingStrategyGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignPackageBiddingStrategyGet {
                    strategy_id: rt::wire::required(strategy_id, "StrategyId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWeeklyBudgetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWeeklyBudgetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWeeklyBudgetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWeeklyBudgetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWeeklyBudgetBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWeeklyBudgetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWeeklyBudgetBase {
                    weekly_spend_limit,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumClicks {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicks;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicks` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicks, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicks",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicks {
                    weekly_spend_limit,
                    bid_ceiling,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRate, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRate {
                    weekly_spend_limit,
                    bid_ceiling,
                    goal_id,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumAppInstalls {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumAppInstalls {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumAppInstalls;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumAppInstalls` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumAppInstalls, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumAppInstalls",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumAppInstalls {
                    weekly_spend_limit,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpc {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpc {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpc;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpc` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpc, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpc",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpc {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpa {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpa {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpa;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpa` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpa, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpa",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpa {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversion {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversion {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversion;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversion` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversion, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversion",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversion {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpi {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpi {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpi;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpi` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpi, A::Error> {
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpi",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpi {
                    average_cpi,
                    weekly_spend_limit,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForInstall {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForInstall {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForInstall;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForInstall` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForInstall, A::Error> {
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForInstall",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForInstall {
                    average_cpi,
                    weekly_spend_limit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaign {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaign {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaign;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaign` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaign, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaign",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaign {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaign {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaign {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaign;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaign` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionPerCampaign, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaign",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaign {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionPerFilter, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilter {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilter, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilter {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaign {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaign {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaign;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaign` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaign, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaign",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaign {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilter, A::Error> {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilter {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageRoi {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.reserve_return {
            map.serialize_entry("ReserveReturn", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.roi_coef {
            map.serialize_entry("RoiCoef", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.profitability.is_present() {
            map.serialize_entry("Profitability", &self.profitability)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageRoi {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageRoi;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageRoi` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageRoi, A::Error> {
                let mut reserve_return = ::core::option::Option::None;
                let mut roi_coef = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut profitability = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ReserveReturn" => {
                            reserve_return = rt::wire::optional_value(
                                &mut map,
                                "ReserveReturn",
                                &mut unknown_fields,
                            )?;
                        }
                        "RoiCoef" => {
                            roi_coef = rt::wire::optional_value(
                                &mut map,
                                "RoiCoef",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "Profitability" => profitability = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageRoi",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageRoi {
                    reserve_return,
                    roi_coef,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    profitability,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCrr {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrr {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrr;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrr` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrr, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrr",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrr {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrr {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrr {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrr;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrr` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrr, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrr",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrr {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWeeklyClickPackage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.clicks_per_week {
            map.serialize_entry("ClicksPerWeek", value)?;
        }
        if self.average_cpc.is_present() {
            map.serialize_entry("AverageCpc", &self.average_cpc)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWeeklyClickPackage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWeeklyClickPackage;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWeeklyClickPackage` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWeeklyClickPackage, A::Error> {
                let mut clicks_per_week = ::core::option::Option::None;
                let mut average_cpc = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClicksPerWeek" => {
                            clicks_per_week = rt::wire::optional_value(
                                &mut map,
                                "ClicksPerWeek",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => average_cpc = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWeeklyClickPackage",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWeeklyClickPackage {
                    clicks_per_week,
                    average_cpc,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaxProfit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfit;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfit` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfit, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfit",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfit {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoals {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoals {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoals;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoals` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaMultipleGoals, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoals",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoals {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoals {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoals {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoals;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoals` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoals,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoals",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoals {
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyNetworkDefault {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limit_percent {
            map.serialize_entry("LimitPercent", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyNetworkDefault {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyNetworkDefault;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyNetworkDefault` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyNetworkDefault, A::Error> {
                let mut limit_percent = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LimitPercent" => {
                            limit_percent = rt::wire::optional_value(
                                &mut map,
                                "LimitPercent",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyNetworkDefault",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyNetworkDefault {
                    limit_percent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyHighestPosition {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyHighestPosition {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyHighestPosition;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyHighestPosition` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyHighestPosition, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyHighestPosition",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyHighestPosition {
                    weekly_spend_limit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyManualCpm {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyManualCpm {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyManualCpm;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyManualCpm` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyManualCpm, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyManualCpm",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyManualCpm {
                    weekly_spend_limit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumImpressionsBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumImpressionsBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumImpressionsBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumImpressionsBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumImpressionsBase, A::Error> {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumImpressionsBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumImpressionsBase {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWbMaximumImpressions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWbMaximumImpressions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWbMaximumImpressions;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWbMaximumImpressions` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWbMaximumImpressions, A::Error> {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWbMaximumImpressions",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWbMaximumImpressions {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyCpMaximumImpressions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyCpMaximumImpressions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyCpMaximumImpressions;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyCpMaximumImpressions` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyCpMaximumImpressions, A::Error> {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyCpMaximumImpressions",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyCpMaximumImpressions {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpvBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpv", &self.average_cpv)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpvBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpvBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpvBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpvBase, A::Error> {
                let mut average_cpv = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpv" => {
                            average_cpv = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpvBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpvBase {
                    average_cpv: rt::wire::required(average_cpv, "AverageCpv")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWbAverageCpv {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpv", &self.average_cpv)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWbAverageCpv {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWbAverageCpv;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWbAverageCpv` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWbAverageCpv, A::Error> {
                let mut average_cpv = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpv" => {
                            average_cpv = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWbAverageCpv",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWbAverageCpv {
                    average_cpv: rt::wire::required(average_cpv, "AverageCpv")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyCpAverageCpv {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpv", &self.average_cpv)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyCpAverageCpv {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyCpAverageCpv;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyCpAverageCpv` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyCpAverageCpv, A::Error> {
                let mut average_cpv = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpv" => {
                            average_cpv = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyCpAverageCpv",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyCpAverageCpv {
                    average_cpv: rt::wire::required(average_cpv, "AverageCpv")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyDecreasedPriceForRepeatedImpressionsBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for StrategyDecreasedPriceForRepeatedImpressionsBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyDecreasedPriceForRepeatedImpressionsBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "a `StrategyDecreasedPriceForRepeatedImpressionsBase` object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyDecreasedPriceForRepeatedImpressionsBase,
                A::Error,
            > {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyDecreasedPriceForRepeatedImpressionsBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyDecreasedPriceForRepeatedImpressionsBase {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWbDecreasedPriceForRepeatedImpressions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWbDecreasedPriceForRepeatedImpressions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWbDecreasedPriceForRepeatedImpressions;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWbDecreasedPriceForRepeatedImpressions` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyWbDecreasedPriceForRepeatedImpressions,
                A::Error,
            > {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWbDecreasedPriceForRepeatedImpressions",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWbDecreasedPriceForRepeatedImpressions {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyCpDecreasedPriceForRepeatedImpressions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyCpDecreasedPriceForRepeatedImpressions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyCpDecreasedPriceForRepeatedImpressions;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyCpDecreasedPriceForRepeatedImpressions` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyCpDecreasedPriceForRepeatedImpressions,
                A::Error,
            > {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyCpDecreasedPriceForRepeatedImpressions",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyCpDecreasedPriceForRepeatedImpressions {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignStrategyBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignStrategyBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignStrategyBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignStrategyBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignStrategyBase, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignStrategyBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignStrategyBase {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignNetworkStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignNetworkStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignNetworkStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignNetworkStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignNetworkStrategy, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignNetworkStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignNetworkStrategy {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignSearchStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSearchStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignSearchStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignSearchStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignSearchStrategy, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignSearchStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignSearchStrategy {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    placement_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignStrategyBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignStrategyBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignStrategyBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignStrategyBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignStrategyBase, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignStrategyBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignStrategyBase {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignNetworkStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignNetworkStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignNetworkStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignNetworkStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignNetworkStrategy, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignNetworkStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignNetworkStrategy {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignSearchStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSearchStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignSearchStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignSearchStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignSearchStrategy, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignSearchStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignSearchStrategy {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    placement_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignStrategyBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_app_installs {
            map.serialize_entry("WbMaximumAppInstalls", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_install {
            map.serialize_entry("PayForInstall", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignStrategyBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignStrategyBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignStrategyBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignStrategyBase, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_app_installs = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut pay_for_install = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumAppInstalls" => {
                            wb_maximum_app_installs = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumAppInstalls",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForInstall" => {
                            pay_for_install = rt::wire::optional_value(
                                &mut map,
                                "PayForInstall",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignStrategyBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignStrategyBase {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_app_installs,
                    average_cpc,
                    average_cpi,
                    weekly_click_package,
                    pay_for_install,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignSearchStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_app_installs {
            map.serialize_entry("WbMaximumAppInstalls", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_install {
            map.serialize_entry("PayForInstall", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSearchStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignSearchStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignSearchStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignSearchStrategy, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_app_installs = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut pay_for_install = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumAppInstalls" => {
                            wb_maximum_app_installs = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumAppInstalls",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForInstall" => {
                            pay_for_install = rt::wire::optional_value(
                                &mut map,
                                "PayForInstall",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignSearchStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignSearchStrategy {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_app_installs,
                    average_cpc,
                    average_cpi,
                    weekly_click_package,
                    pay_for_install,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignNetworkStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_app_installs {
            map.serialize_entry("WbMaximumAppInstalls", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_install {
            map.serialize_entry("PayForInstall", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignNetworkStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignNetworkStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignNetworkStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignNetworkStrategy, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_app_installs = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut pay_for_install = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumAppInstalls" => {
                            wb_maximum_app_installs = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumAppInstalls",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForInstall" => {
                            pay_for_install = rt::wire::optional_value(
                                &mut map,
                                "PayForInstall",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignNetworkStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignNetworkStrategy {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_app_installs,
                    average_cpc,
                    average_cpi,
                    weekly_click_package,
                    pay_for_install,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignStrategyBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignStrategyBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignStrategyBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignStrategyBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignStrategyBase, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignStrategyBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignStrategyBase {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignSearchStrategyPlacementTypes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.search_results {
            map.serialize_entry("SearchResults", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.product_gallery {
            map.serialize_entry("ProductGallery", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_places {
            map.serialize_entry("DynamicPlaces", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSearchStrategyPlacementTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignSearchStrategyPlacementTypes;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignSearchStrategyPlacementTypes` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                DynamicTextCampaignSearchStrategyPlacementTypes,
                A::Error,
            > {
                let mut search_results = ::core::option::Option::None;
                let mut product_gallery = ::core::option::Option::None;
                let mut dynamic_places = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchResults" => {
                            search_results = rt::wire::optional_value(
                                &mut map,
                                "SearchResults",
                                &mut unknown_fields,
                            )?;
                        }
                        "ProductGallery" => {
                            product_gallery = rt::wire::optional_value(
                                &mut map,
                                "ProductGallery",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicPlaces" => {
                            dynamic_places = rt::wire::optional_value(
                                &mut map,
                                "DynamicPlaces",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignSearchStrategyPlacementTypes",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignSearchStrategyPlacementTypes {
                    search_results,
                    product_gallery,
                    dynamic_places,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignSearchStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSearchStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignSearchStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignSearchStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignSearchStrategy, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignSearchStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignSearchStrategy {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    placement_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignNetworkStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignNetworkStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignNetworkStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignNetworkStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignNetworkStrategy, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignNetworkStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignNetworkStrategy {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignSearchStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSearchStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignSearchStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignSearchStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignSearchStrategy, A::Error> {
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignSearchStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignSearchStrategy {
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignNetworkStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.manual_cpm {
            map.serialize_entry("ManualCpm", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_impressions {
            map.serialize_entry("WbMaximumImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cp_maximum_impressions {
            map.serialize_entry("CpMaximumImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .wb_decreased_price_for_repeated_impressions
        {
            map.serialize_entry("WbDecreasedPriceForRepeatedImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cp_decreased_price_for_repeated_impressions
        {
            map.serialize_entry("CpDecreasedPriceForRepeatedImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_average_cpv {
            map.serialize_entry("WbAverageCpv", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cp_average_cpv {
            map.serialize_entry("CpAverageCpv", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignNetworkStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignNetworkStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignNetworkStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignNetworkStrategy, A::Error> {
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut manual_cpm = ::core::option::Option::None;
                let mut wb_maximum_impressions = ::core::option::Option::None;
                let mut cp_maximum_impressions = ::core::option::Option::None;
                let mut wb_decreased_price_for_repeated_impressions = ::core::option::Option::None;
                let mut cp_decreased_price_for_repeated_impressions = ::core::option::Option::None;
                let mut wb_average_cpv = ::core::option::Option::None;
                let mut cp_average_cpv = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ManualCpm" => {
                            manual_cpm = rt::wire::optional_value(
                                &mut map,
                                "ManualCpm",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumImpressions" => {
                            wb_maximum_impressions = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpMaximumImpressions" => {
                            cp_maximum_impressions = rt::wire::optional_value(
                                &mut map,
                                "CpMaximumImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbDecreasedPriceForRepeatedImpressions" => {
                            wb_decreased_price_for_repeated_impressions = rt::wire::optional_value(
                                &mut map,
                                "WbDecreasedPriceForRepeatedImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpDecreasedPriceForRepeatedImpressions" => {
                            cp_decreased_price_for_repeated_impressions = rt::wire::optional_value(
                                &mut map,
                                "CpDecreasedPriceForRepeatedImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbAverageCpv" => {
                            wb_average_cpv = rt::wire::optional_value(
                                &mut map,
                                "WbAverageCpv",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpAverageCpv" => {
                            cp_average_cpv = rt::wire::optional_value(
                                &mut map,
                                "CpAverageCpv",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignNetworkStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignNetworkStrategy {
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    manual_cpm,
                    wb_maximum_impressions,
                    cp_maximum_impressions,
                    wb_decreased_price_for_repeated_impressions,
                    cp_decreased_price_for_repeated_impressions,
                    wb_average_cpv,
                    cp_average_cpv,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignStrategyBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignStrategyBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignStrategyBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignStrategyBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignStrategyBase, A::Error> {
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignStrategyBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignStrategyBase {
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignSearchStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSearchStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignSearchStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignSearchStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignSearchStrategy, A::Error> {
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignSearchStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignSearchStrategy {
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignNetworkStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignNetworkStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignNetworkStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignNetworkStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignNetworkStrategy, A::Error> {
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignNetworkStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignNetworkStrategy {
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
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
impl<'de> ::serde::Deserialize<'de> for TextCampaignStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignStrategy, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                                "TextCampaignStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignStrategy {
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
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
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignStrategy, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                                "UnifiedCampaignStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignStrategy {
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
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
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignStrategy, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                                "MobileAppCampaignStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignStrategy {
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
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
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignStrategy, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                                "DynamicTextCampaignStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignStrategy {
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
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
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignStrategy, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                                "CpmBannerCampaignStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignStrategy {
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
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
impl<'de> ::serde::Deserialize<'de> for SmartCampaignStrategy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignStrategy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignStrategy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignStrategy, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                                "SmartCampaignStrategy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignStrategy {
                    search,
                    network,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWeeklyBudgetAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWeeklyBudgetAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWeeklyBudgetAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWeeklyBudgetAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWeeklyBudgetAddBase, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
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
                                "StrategyWeeklyBudgetAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWeeklyBudgetAddBase {
                    weekly_spend_limit,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumClicksAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
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
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksAdd {
                    weekly_spend_limit,
                    bid_ceiling,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
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
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateAdd {
                    weekly_spend_limit,
                    bid_ceiling,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumAppInstallsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumAppInstallsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumAppInstallsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumAppInstallsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumAppInstallsAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
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
                                "StrategyMaximumAppInstallsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumAppInstallsAdd {
                    weekly_spend_limit,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpc", &self.average_cpc)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcAdd, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcAdd {
                    average_cpc: rt::wire::required(average_cpc, "AverageCpc")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpa", &self.average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaAdd, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaAdd {
                    average_cpa: rt::wire::required(average_cpa, "AverageCpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionAdd, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionAdd {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpiAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpi", &self.average_cpi)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpiAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpiAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpiAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpiAdd, A::Error> {
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpi" => {
                            average_cpi = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
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
                                "StrategyAverageCpiAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpiAdd {
                    average_cpi: rt::wire::required(average_cpi, "AverageCpi")?,
                    weekly_spend_limit,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForInstallAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpi", &self.average_cpi)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForInstallAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForInstallAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForInstallAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForInstallAdd, A::Error> {
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpi" => {
                            average_cpi = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForInstallAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForInstallAdd {
                    average_cpi: rt::wire::required(average_cpi, "AverageCpi")?,
                    weekly_spend_limit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpa", &self.average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignAdd, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignAdd {
                    average_cpa: rt::wire::required(average_cpa, "AverageCpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignAdd,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignAdd {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionPerFilterAdd, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterAdd {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FilterAverageCpa", &self.filter_average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterAdd, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterAdd {
                    filter_average_cpa: rt::wire::required(
                        filter_average_cpa,
                        "FilterAverageCpa",
                    )?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpc", &self.average_cpc)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignAdd, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                                "StrategyAverageCpcPerCampaignAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignAdd {
                    average_cpc: rt::wire::required(average_cpc, "AverageCpc")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpc {
            map.serialize_entry("FilterAverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterAdd, A::Error> {
                let mut filter_average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => {
                            filter_average_cpc = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                                "StrategyAverageCpcPerFilterAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterAdd {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageRoiAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("ReserveReturn", &self.reserve_return)?;
        map.serialize_entry("RoiCoef", &self.roi_coef)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.profitability {
            map.serialize_entry("Profitability", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageRoiAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageRoiAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageRoiAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageRoiAdd, A::Error> {
                let mut reserve_return = ::core::option::Option::None;
                let mut roi_coef = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut profitability = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ReserveReturn" => {
                            reserve_return = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "RoiCoef" => {
                            roi_coef = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                        "Profitability" => {
                            profitability = rt::wire::optional_value(
                                &mut map,
                                "Profitability",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageRoiAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageRoiAdd {
                    reserve_return: rt::wire::required(reserve_return, "ReserveReturn")?,
                    roi_coef: rt::wire::required(roi_coef, "RoiCoef")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    profitability,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCrrAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Crr", &self.crr)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrAdd, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => crr = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrAdd {
                    crr: rt::wire::required(crr, "Crr")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Crr", &self.crr)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrAdd, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => crr = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrAdd {
                    crr: rt::wire::required(crr, "Crr")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWeeklyClickPackageAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("ClicksPerWeek", &self.clicks_per_week)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWeeklyClickPackageAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWeeklyClickPackageAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWeeklyClickPackageAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWeeklyClickPackageAdd, A::Error> {
                let mut clicks_per_week = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClicksPerWeek" => {
                            clicks_per_week = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
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
                                "StrategyWeeklyClickPackageAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWeeklyClickPackageAdd {
                    clicks_per_week: rt::wire::required(
                        clicks_per_week,
                        "ClicksPerWeek",
                    )?,
                    average_cpc,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaxProfitAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitAdd {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaMultipleGoalsAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
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
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsAdd {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsAdd,
                A::Error,
            > {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsAdd {
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyNetworkDefaultAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limit_percent {
            map.serialize_entry("LimitPercent", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyNetworkDefaultAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyNetworkDefaultAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyNetworkDefaultAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyNetworkDefaultAdd, A::Error> {
                let mut limit_percent = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LimitPercent" => {
                            limit_percent = rt::wire::optional_value(
                                &mut map,
                                "LimitPercent",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyNetworkDefaultAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyNetworkDefaultAdd {
                    limit_percent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyHighestPositionAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyHighestPositionAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyHighestPositionAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyHighestPositionAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyHighestPositionAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyHighestPositionAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyHighestPositionAdd {
                    weekly_spend_limit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyManualCpmAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyManualCpmAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyManualCpmAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyManualCpmAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyManualCpmAdd, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyManualCpmAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyManualCpmAdd {
                    weekly_spend_limit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumImpressionsAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumImpressionsAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumImpressionsAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumImpressionsAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumImpressionsAddBase, A::Error> {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumImpressionsAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumImpressionsAddBase {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWbMaximumImpressionsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWbMaximumImpressionsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWbMaximumImpressionsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWbMaximumImpressionsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWbMaximumImpressionsAdd, A::Error> {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWbMaximumImpressionsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWbMaximumImpressionsAdd {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyCpMaximumImpressionsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyCpMaximumImpressionsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyCpMaximumImpressionsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyCpMaximumImpressionsAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyCpMaximumImpressionsAdd, A::Error> {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyCpMaximumImpressionsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyCpMaximumImpressionsAdd {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpvAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpv", &self.average_cpv)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpvAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpvAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpvAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpvAddBase, A::Error> {
                let mut average_cpv = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpv" => {
                            average_cpv = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpvAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpvAddBase {
                    average_cpv: rt::wire::required(average_cpv, "AverageCpv")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWbAverageCpvAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpv", &self.average_cpv)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyWbAverageCpvAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWbAverageCpvAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyWbAverageCpvAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyWbAverageCpvAdd, A::Error> {
                let mut average_cpv = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpv" => {
                            average_cpv = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWbAverageCpvAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWbAverageCpvAdd {
                    average_cpv: rt::wire::required(average_cpv, "AverageCpv")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyCpAverageCpvAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpv", &self.average_cpv)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyCpAverageCpvAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyCpAverageCpvAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyCpAverageCpvAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyCpAverageCpvAdd, A::Error> {
                let mut average_cpv = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpv" => {
                            average_cpv = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyCpAverageCpvAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyCpAverageCpvAdd {
                    average_cpv: rt::wire::required(average_cpv, "AverageCpv")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyDecreasedPriceForRepeatedImpressionsAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for StrategyDecreasedPriceForRepeatedImpressionsAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyDecreasedPriceForRepeatedImpressionsAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "a `StrategyDecreasedPriceForRepeatedImpressionsAddBase` object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyDecreasedPriceForRepeatedImpressionsAddBase,
                A::Error,
            > {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyDecreasedPriceForRepeatedImpressionsAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyDecreasedPriceForRepeatedImpressionsAddBase {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyWbDecreasedPriceForRepeatedImpressionsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for StrategyWbDecreasedPriceForRepeatedImpressionsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyWbDecreasedPriceForRepeatedImpressionsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "a `StrategyWbDecreasedPriceForRepeatedImpressionsAdd` object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyWbDecreasedPriceForRepeatedImpressionsAdd,
                A::Error,
            > {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyWbDecreasedPriceForRepeatedImpressionsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyWbDecreasedPriceForRepeatedImpressionsAdd {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyCpDecreasedPriceForRepeatedImpressionsAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpm", &self.average_cpm)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for StrategyCpDecreasedPriceForRepeatedImpressionsAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyCpDecreasedPriceForRepeatedImpressionsAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "a `StrategyCpDecreasedPriceForRepeatedImpressionsAdd` object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyCpDecreasedPriceForRepeatedImpressionsAdd,
                A::Error,
            > {
                let mut average_cpm = ::core::option::Option::None;
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpm" => {
                            average_cpm = ::core::option::Option::Some(map.next_value()?);
                        }
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyCpDecreasedPriceForRepeatedImpressionsAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyCpDecreasedPriceForRepeatedImpressionsAdd {
                    average_cpm: rt::wire::required(average_cpm, "AverageCpm")?,
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignStrategyAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignStrategyAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignStrategyAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignStrategyAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignStrategyAddBase, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignStrategyAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignStrategyAddBase {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignNetworkStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignNetworkStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignNetworkStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignNetworkStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignNetworkStrategyAdd, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignNetworkStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignNetworkStrategyAdd {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignSearchStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSearchStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignSearchStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignSearchStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignSearchStrategyAdd, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignSearchStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignSearchStrategyAdd {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    placement_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignStrategyAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignStrategyAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignStrategyAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignStrategyAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignStrategyAddBase, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignStrategyAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignStrategyAddBase {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignNetworkStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignNetworkStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignNetworkStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignNetworkStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignNetworkStrategyAdd, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignNetworkStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignNetworkStrategyAdd {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignSearchStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSearchStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignSearchStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignSearchStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignSearchStrategyAdd, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignSearchStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignSearchStrategyAdd {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    max_profit,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    placement_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignStrategyAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_app_installs {
            map.serialize_entry("WbMaximumAppInstalls", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_install {
            map.serialize_entry("PayForInstall", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignStrategyAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignStrategyAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignStrategyAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignStrategyAddBase, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_app_installs = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut pay_for_install = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumAppInstalls" => {
                            wb_maximum_app_installs = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumAppInstalls",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForInstall" => {
                            pay_for_install = rt::wire::optional_value(
                                &mut map,
                                "PayForInstall",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignStrategyAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignStrategyAddBase {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_app_installs,
                    average_cpc,
                    average_cpi,
                    weekly_click_package,
                    pay_for_install,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignSearchStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_app_installs {
            map.serialize_entry("WbMaximumAppInstalls", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_install {
            map.serialize_entry("PayForInstall", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSearchStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignSearchStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignSearchStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignSearchStrategyAdd, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_app_installs = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut pay_for_install = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumAppInstalls" => {
                            wb_maximum_app_installs = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumAppInstalls",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForInstall" => {
                            pay_for_install = rt::wire::optional_value(
                                &mut map,
                                "PayForInstall",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignSearchStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignSearchStrategyAdd {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_app_installs,
                    average_cpc,
                    average_cpi,
                    weekly_click_package,
                    pay_for_install,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignNetworkStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.highest_position {
            map.serialize_entry("HighestPosition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_app_installs {
            map.serialize_entry("WbMaximumAppInstalls", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpi {
            map.serialize_entry("AverageCpi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_install {
            map.serialize_entry("PayForInstall", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignNetworkStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignNetworkStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignNetworkStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignNetworkStrategyAdd, A::Error> {
                let mut highest_position = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_app_installs = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpi = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut pay_for_install = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HighestPosition" => {
                            highest_position = rt::wire::optional_value(
                                &mut map,
                                "HighestPosition",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumAppInstalls" => {
                            wb_maximum_app_installs = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumAppInstalls",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpi" => {
                            average_cpi = rt::wire::optional_value(
                                &mut map,
                                "AverageCpi",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForInstall" => {
                            pay_for_install = rt::wire::optional_value(
                                &mut map,
                                "PayForInstall",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignNetworkStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignNetworkStrategyAdd {
                    highest_position,
                    wb_maximum_clicks,
                    wb_maximum_app_installs,
                    average_cpc,
                    average_cpi,
                    weekly_click_package,
                    pay_for_install,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignStrategyAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignStrategyAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignStrategyAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignStrategyAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignStrategyAddBase, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignStrategyAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignStrategyAddBase {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignSearchStrategyPlacementTypesAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.search_results {
            map.serialize_entry("SearchResults", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.product_gallery {
            map.serialize_entry("ProductGallery", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_places {
            map.serialize_entry("DynamicPlaces", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for DynamicTextCampaignSearchStrategyPlacementTypesAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignSearchStrategyPlacementTypesAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str(
                    "a `DynamicTextCampaignSearchStrategyPlacementTypesAdd` object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                DynamicTextCampaignSearchStrategyPlacementTypesAdd,
                A::Error,
            > {
                let mut search_results = ::core::option::Option::None;
                let mut product_gallery = ::core::option::Option::None;
                let mut dynamic_places = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SearchResults" => {
                            search_results = rt::wire::optional_value(
                                &mut map,
                                "SearchResults",
                                &mut unknown_fields,
                            )?;
                        }
                        "ProductGallery" => {
                            product_gallery = rt::wire::optional_value(
                                &mut map,
                                "ProductGallery",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicPlaces" => {
                            dynamic_places = rt::wire::optional_value(
                                &mut map,
                                "DynamicPlaces",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignSearchStrategyPlacementTypesAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignSearchStrategyPlacementTypesAdd {
                    search_results,
                    product_gallery,
                    dynamic_places,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignSearchStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSearchStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignSearchStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignSearchStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignSearchStrategyAdd, A::Error> {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignSearchStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignSearchStrategyAdd {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    placement_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignNetworkStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_click_package {
            map.serialize_entry("WeeklyClickPackage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignNetworkStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignNetworkStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignNetworkStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                DynamicTextCampaignNetworkStrategyAdd,
                A::Error,
            > {
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut weekly_click_package = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
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
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklyClickPackage" => {
                            weekly_click_package = rt::wire::optional_value(
                                &mut map,
                                "WeeklyClickPackage",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignNetworkStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignNetworkStrategyAdd {
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    pay_for_conversion,
                    weekly_click_package,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignSearchStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSearchStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignSearchStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignSearchStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignSearchStrategyAdd, A::Error> {
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignSearchStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignSearchStrategyAdd {
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignNetworkStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.manual_cpm {
            map.serialize_entry("ManualCpm", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_impressions {
            map.serialize_entry("WbMaximumImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cp_maximum_impressions {
            map.serialize_entry("CpMaximumImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .wb_decreased_price_for_repeated_impressions
        {
            map.serialize_entry("WbDecreasedPriceForRepeatedImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cp_decreased_price_for_repeated_impressions
        {
            map.serialize_entry("CpDecreasedPriceForRepeatedImpressions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_average_cpv {
            map.serialize_entry("WbAverageCpv", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cp_average_cpv {
            map.serialize_entry("CpAverageCpv", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignNetworkStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignNetworkStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignNetworkStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignNetworkStrategyAdd, A::Error> {
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut manual_cpm = ::core::option::Option::None;
                let mut wb_maximum_impressions = ::core::option::Option::None;
                let mut cp_maximum_impressions = ::core::option::Option::None;
                let mut wb_decreased_price_for_repeated_impressions = ::core::option::Option::None;
                let mut cp_decreased_price_for_repeated_impressions = ::core::option::Option::None;
                let mut wb_average_cpv = ::core::option::Option::None;
                let mut cp_average_cpv = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ManualCpm" => {
                            manual_cpm = rt::wire::optional_value(
                                &mut map,
                                "ManualCpm",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumImpressions" => {
                            wb_maximum_impressions = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpMaximumImpressions" => {
                            cp_maximum_impressions = rt::wire::optional_value(
                                &mut map,
                                "CpMaximumImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbDecreasedPriceForRepeatedImpressions" => {
                            wb_decreased_price_for_repeated_impressions = rt::wire::optional_value(
                                &mut map,
                                "WbDecreasedPriceForRepeatedImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpDecreasedPriceForRepeatedImpressions" => {
                            cp_decreased_price_for_repeated_impressions = rt::wire::optional_value(
                                &mut map,
                                "CpDecreasedPriceForRepeatedImpressions",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbAverageCpv" => {
                            wb_average_cpv = rt::wire::optional_value(
                                &mut map,
                                "WbAverageCpv",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpAverageCpv" => {
                            cp_average_cpv = rt::wire::optional_value(
                                &mut map,
                                "CpAverageCpv",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignNetworkStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignNetworkStrategyAdd {
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    manual_cpm,
                    wb_maximum_impressions,
                    cp_maximum_impressions,
                    wb_decreased_price_for_repeated_impressions,
                    cp_decreased_price_for_repeated_impressions,
                    wb_average_cpv,
                    cp_average_cpv,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignStrategyAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignStrategyAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignStrategyAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignStrategyAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignStrategyAddBase, A::Error> {
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignStrategyAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignStrategyAddBase {
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignSearchStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSearchStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignSearchStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignSearchStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignSearchStrategyAdd, A::Error> {
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignSearchStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignSearchStrategyAdd {
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignNetworkStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_roi {
            map.serialize_entry("AverageRoi", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        map.serialize_entry("BiddingStrategyType", &self.bidding_strategy_type)?;
        if let ::core::option::Option::Some(value) = &self.network_default {
            map.serialize_entry("NetworkDefault", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignNetworkStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignNetworkStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignNetworkStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignNetworkStrategyAdd, A::Error> {
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_roi = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut bidding_strategy_type = ::core::option::Option::None;
                let mut network_default = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageRoi" => {
                            average_roi = rt::wire::optional_value(
                                &mut map,
                                "AverageRoi",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategyType" => {
                            bidding_strategy_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "NetworkDefault" => {
                            network_default = rt::wire::optional_value(
                                &mut map,
                                "NetworkDefault",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignNetworkStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignNetworkStrategyAdd {
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_roi,
                    average_crr,
                    pay_for_conversion_crr,
                    bidding_strategy_type: rt::wire::required(
                        bidding_strategy_type,
                        "BiddingStrategyType",
                    )?,
                    network_default,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignStrategyAdd, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignStrategyAdd {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignStrategyAdd, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignStrategyAdd {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignStrategyAdd, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignStrategyAdd {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignStrategyAdd, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignStrategyAdd {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignStrategyAdd, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignStrategyAdd {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignStrategyAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Search", &self.search)?;
        map.serialize_entry("Network", &self.network)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignStrategyAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignStrategyAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignStrategyAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignStrategyAdd, A::Error> {
                let mut search = ::core::option::Option::None;
                let mut network = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Search" => {
                            search = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Network" => {
                            network = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignStrategyAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignStrategyAdd {
                    search: rt::wire::required(search, "Search")?,
                    network: rt::wire::required(network, "Network")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Notification {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.sms_settings {
            map.serialize_entry("SmsSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email_settings {
            map.serialize_entry("EmailSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Notification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Notification;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Notification` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Notification, A::Error> {
                let mut sms_settings = ::core::option::Option::None;
                let mut email_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SmsSettings" => {
                            sms_settings = rt::wire::optional_value(
                                &mut map,
                                "SmsSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "EmailSettings" => {
                            email_settings = rt::wire::optional_value(
                                &mut map,
                                "EmailSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Notification",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Notification {
                    sms_settings,
                    email_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmsSettings {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.events {
            map.serialize_entry("Events", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_from {
            map.serialize_entry("TimeFrom", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_to {
            map.serialize_entry("TimeTo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmsSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmsSettings;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmsSettings` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmsSettings, A::Error> {
                let mut events = ::core::option::Option::None;
                let mut time_from = ::core::option::Option::None;
                let mut time_to = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Events" => {
                            events = rt::wire::optional_value(
                                &mut map,
                                "Events",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeFrom" => {
                            time_from = rt::wire::optional_value(
                                &mut map,
                                "TimeFrom",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeTo" => {
                            time_to = rt::wire::optional_value(
                                &mut map,
                                "TimeTo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmsSettings",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmsSettings {
                    events,
                    time_from,
                    time_to,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EmailSettings {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.check_position_interval {
            map.serialize_entry("CheckPositionInterval", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.warning_balance {
            map.serialize_entry("WarningBalance", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.send_account_news {
            map.serialize_entry("SendAccountNews", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.send_warnings {
            map.serialize_entry("SendWarnings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EmailSettings;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EmailSettings` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EmailSettings, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut check_position_interval = ::core::option::Option::None;
                let mut warning_balance = ::core::option::Option::None;
                let mut send_account_news = ::core::option::Option::None;
                let mut send_warnings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
                                &mut unknown_fields,
                            )?;
                        }
                        "CheckPositionInterval" => {
                            check_position_interval = rt::wire::optional_value(
                                &mut map,
                                "CheckPositionInterval",
                                &mut unknown_fields,
                            )?;
                        }
                        "WarningBalance" => {
                            warning_balance = rt::wire::optional_value(
                                &mut map,
                                "WarningBalance",
                                &mut unknown_fields,
                            )?;
                        }
                        "SendAccountNews" => {
                            send_account_news = rt::wire::optional_value(
                                &mut map,
                                "SendAccountNews",
                                &mut unknown_fields,
                            )?;
                        }
                        "SendWarnings" => {
                            send_warnings = rt::wire::optional_value(
                                &mut map,
                                "SendWarnings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EmailSettings",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EmailSettings {
                    email,
                    check_position_interval,
                    warning_balance,
                    send_account_news,
                    send_warnings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TimeTargetingOnPublicHolidays {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SuspendOnHolidays", &self.suspend_on_holidays)?;
        if let ::core::option::Option::Some(value) = &self.bid_percent {
            map.serialize_entry("BidPercent", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.start_hour {
            map.serialize_entry("StartHour", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.end_hour {
            map.serialize_entry("EndHour", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TimeTargetingOnPublicHolidays {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TimeTargetingOnPublicHolidays;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TimeTargetingOnPublicHolidays` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TimeTargetingOnPublicHolidays, A::Error> {
                let mut suspend_on_holidays = ::core::option::Option::None;
                let mut bid_percent = ::core::option::Option::None;
                let mut start_hour = ::core::option::Option::None;
                let mut end_hour = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SuspendOnHolidays" => {
                            suspend_on_holidays = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "BidPercent" => {
                            bid_percent = rt::wire::optional_value(
                                &mut map,
                                "BidPercent",
                                &mut unknown_fields,
                            )?;
                        }
                        "StartHour" => {
                            start_hour = rt::wire::optional_value(
                                &mut map,
                                "StartHour",
                                &mut unknown_fields,
                            )?;
                        }
                        "EndHour" => {
                            end_hour = rt::wire::optional_value(
                                &mut map,
                                "EndHour",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TimeTargetingOnPublicHolidays",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TimeTargetingOnPublicHolidays {
                    suspend_on_holidays: rt::wire::required(
                        suspend_on_holidays,
                        "SuspendOnHolidays",
                    )?,
                    bid_percent,
                    start_hour,
                    end_hour,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RelevantKeywordsSettingAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BudgetPercent", &self.budget_percent)?;
        if let ::core::option::Option::Some(value) = &self.mode {
            map.serialize_entry("Mode", value)?;
        }
        if self.optimize_goal_id.is_present() {
            map.serialize_entry("OptimizeGoalId", &self.optimize_goal_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RelevantKeywordsSettingAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RelevantKeywordsSettingAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RelevantKeywordsSettingAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RelevantKeywordsSettingAdd, A::Error> {
                let mut budget_percent = ::core::option::Option::None;
                let mut mode = ::core::option::Option::None;
                let mut optimize_goal_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BudgetPercent" => {
                            budget_percent = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Mode" => {
                            mode = rt::wire::optional_value(
                                &mut map,
                                "Mode",
                                &mut unknown_fields,
                            )?;
                        }
                        "OptimizeGoalId" => optimize_goal_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RelevantKeywordsSettingAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RelevantKeywordsSettingAdd {
                    budget_percent: rt::wire::required(budget_percent, "BudgetPercent")?,
                    mode,
                    optimize_goal_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RelevantKeywordsSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.budget_percent {
            map.serialize_entry("BudgetPercent", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mode {
            map.serialize_entry("Mode", value)?;
        }
        if self.optimize_goal_id.is_present() {
            map.serialize_entry("OptimizeGoalId", &self.optimize_goal_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RelevantKeywordsSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RelevantKeywordsSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RelevantKeywordsSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RelevantKeywordsSetting, A::Error> {
                let mut budget_percent = ::core::option::Option::None;
                let mut mode = ::core::option::Option::None;
                let mut optimize_goal_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BudgetPercent" => {
                            budget_percent = rt::wire::optional_value(
                                &mut map,
                                "BudgetPercent",
                                &mut unknown_fields,
                            )?;
                        }
                        "Mode" => {
                            mode = rt::wire::optional_value(
                                &mut map,
                                "Mode",
                                &mut unknown_fields,
                            )?;
                        }
                        "OptimizeGoalId" => optimize_goal_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RelevantKeywordsSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RelevantKeywordsSetting {
                    budget_percent,
                    mode,
                    optimize_goal_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PriorityGoalsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        map.serialize_entry("Value", &self.value)?;
        if let ::core::option::Option::Some(value) = &self.is_metrika_source_of_value {
            map.serialize_entry("IsMetrikaSourceOfValue", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriorityGoalsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriorityGoalsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriorityGoalsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriorityGoalsItem, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut is_metrika_source_of_value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IsMetrikaSourceOfValue" => {
                            is_metrika_source_of_value = rt::wire::optional_value(
                                &mut map,
                                "IsMetrikaSourceOfValue",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriorityGoalsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriorityGoalsItem {
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    value: rt::wire::required(value, "Value")?,
                    is_metrika_source_of_value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PriorityGoalsUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        map.serialize_entry("Value", &self.value)?;
        if let ::core::option::Option::Some(value) = &self.is_metrika_source_of_value {
            map.serialize_entry("IsMetrikaSourceOfValue", value)?;
        }
        map.serialize_entry("Operation", &self.operation)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriorityGoalsUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriorityGoalsUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriorityGoalsUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriorityGoalsUpdateItem, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut is_metrika_source_of_value = ::core::option::Option::None;
                let mut operation = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IsMetrikaSourceOfValue" => {
                            is_metrika_source_of_value = rt::wire::optional_value(
                                &mut map,
                                "IsMetrikaSourceOfValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "Operation" => {
                            operation = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriorityGoalsUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriorityGoalsUpdateItem {
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    value: rt::wire::required(value, "Value")?,
                    is_metrika_source_of_value,
                    operation: rt::wire::required(operation, "Operation")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FrequencyCapSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Impressions", &self.impressions)?;
        map.serialize_entry("PeriodDays", &self.period_days)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FrequencyCapSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FrequencyCapSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FrequencyCapSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FrequencyCapSetting, A::Error> {
                let mut impressions = ::core::option::Option::None;
                let mut period_days = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Impressions" => {
                            impressions = ::core::option::Option::Some(map.next_value()?);
                        }
                        "PeriodDays" => {
                            period_days = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FrequencyCapSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FrequencyCapSetting {
                    impressions: rt::wire::required(impressions, "Impressions")?,
                    period_days: rt::wire::required(period_days, "PeriodDays")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DailyBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Amount", &self.amount)?;
        map.serialize_entry("Mode", &self.mode)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DailyBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DailyBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DailyBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DailyBudget, A::Error> {
                let mut amount = ::core::option::Option::None;
                let mut mode = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Amount" => {
                            amount = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Mode" => mode = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DailyBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DailyBudget {
                    amount: rt::wire::required(amount, "Amount")?,
                    mode: rt::wire::required(mode, "Mode")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CustomPeriodBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomPeriodBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CustomPeriodBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CustomPeriodBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CustomPeriodBudget, A::Error> {
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CustomPeriodBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CustomPeriodBudget {
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ExplorationBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry(
            "MinimumExplorationBudget",
            &self.minimum_exploration_budget,
        )?;
        map.serialize_entry(
            "IsMinimumExplorationBudgetCustom",
            &self.is_minimum_exploration_budget_custom,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ExplorationBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ExplorationBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ExplorationBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ExplorationBudget, A::Error> {
                let mut minimum_exploration_budget = ::core::option::Option::None;
                let mut is_minimum_exploration_budget_custom = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MinimumExplorationBudget" => {
                            minimum_exploration_budget = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "IsMinimumExplorationBudgetCustom" => {
                            is_minimum_exploration_budget_custom = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ExplorationBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ExplorationBudget {
                    minimum_exploration_budget: rt::wire::required(
                        minimum_exploration_budget,
                        "MinimumExplorationBudget",
                    )?,
                    is_minimum_exploration_budget_custom: rt::wire::required(
                        is_minimum_exploration_budget_custom,
                        "IsMinimumExplorationBudgetCustom",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignSetting, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignSetting {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignSettingGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignSettingGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignSettingGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignSettingGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignSettingGet, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignSettingGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignSettingGet {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignSetting, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignSetting {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignSettingGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignSettingGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignSettingGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignSettingGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignSettingGet, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignSettingGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignSettingGet {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignSetting, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignSetting {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignSettingGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignSettingGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignSettingGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignSettingGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignSettingGet, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignSettingGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignSettingGet {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignSetting, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignSetting {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignSettingGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignSettingGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignSettingGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignSettingGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignSettingGet, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignSettingGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignSettingGet {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignSetting, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignSetting {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignSettingGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignSettingGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignSettingGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignSettingGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignSettingGet, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignSettingGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignSettingGet {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignSetting, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignSetting {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignSettingGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignSettingGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignSettingGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignSettingGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignSettingGet, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignSettingGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignSettingGet {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignFundsParam {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Sum", &self.sum)?;
        map.serialize_entry("Balance", &self.balance)?;
        map.serialize_entry("BalanceBonus", &self.balance_bonus)?;
        if let ::core::option::Option::Some(value) = &self.sum_available_for_transfer {
            map.serialize_entry("SumAvailableForTransfer", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignFundsParam {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignFundsParam;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignFundsParam` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignFundsParam, A::Error> {
                let mut sum = ::core::option::Option::None;
                let mut balance = ::core::option::Option::None;
                let mut balance_bonus = ::core::option::Option::None;
                let mut sum_available_for_transfer = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Sum" => sum = ::core::option::Option::Some(map.next_value()?),
                        "Balance" => {
                            balance = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BalanceBonus" => {
                            balance_bonus = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "SumAvailableForTransfer" => {
                            sum_available_for_transfer = rt::wire::optional_value(
                                &mut map,
                                "SumAvailableForTransfer",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignFundsParam",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignFundsParam {
                    sum: rt::wire::required(sum, "Sum")?,
                    balance: rt::wire::required(balance, "Balance")?,
                    balance_bonus: rt::wire::required(balance_bonus, "BalanceBonus")?,
                    sum_available_for_transfer,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SharedAccountFundsParam {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.refund {
            map.serialize_entry("Refund", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.spend {
            map.serialize_entry("Spend", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SharedAccountFundsParam {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SharedAccountFundsParam;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SharedAccountFundsParam` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SharedAccountFundsParam, A::Error> {
                let mut refund = ::core::option::Option::None;
                let mut spend = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Refund" => {
                            refund = rt::wire::optional_value(
                                &mut map,
                                "Refund",
                                &mut unknown_fields,
                            )?;
                        }
                        "Spend" => {
                            spend = rt::wire::optional_value(
                                &mut map,
                                "Spend",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SharedAccountFundsParam",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SharedAccountFundsParam {
                    refund,
                    spend,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FundsParam {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Mode", &self.mode)?;
        if let ::core::option::Option::Some(value) = &self.campaign_funds {
            map.serialize_entry("CampaignFunds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shared_account_funds {
            map.serialize_entry("SharedAccountFunds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FundsParam {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FundsParam;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FundsParam` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FundsParam, A::Error> {
                let mut mode = ::core::option::Option::None;
                let mut campaign_funds = ::core::option::Option::None;
                let mut shared_account_funds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Mode" => mode = ::core::option::Option::Some(map.next_value()?),
                        "CampaignFunds" => {
                            campaign_funds = rt::wire::optional_value(
                                &mut map,
                                "CampaignFunds",
                                &mut unknown_fields,
                            )?;
                        }
                        "SharedAccountFunds" => {
                            shared_account_funds = rt::wire::optional_value(
                                &mut map,
                                "SharedAccountFunds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FundsParam",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FundsParam {
                    mode: rt::wire::required(mode, "Mode")?,
                    campaign_funds,
                    shared_account_funds,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignAssistant {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.manager.is_present() {
            map.serialize_entry("Manager", &self.manager)?;
        }
        if self.agency.is_present() {
            map.serialize_entry("Agency", &self.agency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignAssistant {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignAssistant;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignAssistant` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignAssistant, A::Error> {
                let mut manager = rt::Nullable::Absent;
                let mut agency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Manager" => manager = map.next_value()?,
                        "Agency" => agency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignAssistant",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignAssistant {
                    manager,
                    agency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TimeTargetingBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.schedule {
            map.serialize_entry("Schedule", value)?;
        }
        map.serialize_entry("ConsiderWorkingWeekends", &self.consider_working_weekends)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TimeTargetingBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TimeTargetingBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TimeTargetingBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TimeTargetingBase, A::Error> {
                let mut schedule = ::core::option::Option::None;
                let mut consider_working_weekends = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Schedule" => {
                            schedule = rt::wire::optional_value(
                                &mut map,
                                "Schedule",
                                &mut unknown_fields,
                            )?;
                        }
                        "ConsiderWorkingWeekends" => {
                            consider_working_weekends = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TimeTargetingBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TimeTargetingBase {
                    schedule,
                    consider_working_weekends: rt::wire::required(
                        consider_working_weekends,
                        "ConsiderWorkingWeekends",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TimeTargeting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.schedule {
            map.serialize_entry("Schedule", value)?;
        }
        map.serialize_entry("ConsiderWorkingWeekends", &self.consider_working_weekends)?;
        if self.holidays_schedule.is_present() {
            map.serialize_entry("HolidaysSchedule", &self.holidays_schedule)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TimeTargeting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TimeTargeting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TimeTargeting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TimeTargeting, A::Error> {
                let mut schedule = ::core::option::Option::None;
                let mut consider_working_weekends = ::core::option::Option::None;
                let mut holidays_schedule = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Schedule" => {
                            schedule = rt::wire::optional_value(
                                &mut map,
                                "Schedule",
                                &mut unknown_fields,
                            )?;
                        }
                        "ConsiderWorkingWeekends" => {
                            consider_working_weekends = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "HolidaysSchedule" => holidays_schedule = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TimeTargeting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TimeTargeting {
                    schedule,
                    consider_working_weekends: rt::wire::required(
                        consider_working_weekends,
                        "ConsiderWorkingWeekends",
                    )?,
                    holidays_schedule,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TimeTargetingAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.schedule {
            map.serialize_entry("Schedule", value)?;
        }
        map.serialize_entry("ConsiderWorkingWeekends", &self.consider_working_weekends)?;
        if let ::core::option::Option::Some(value) = &self.holidays_schedule {
            map.serialize_entry("HolidaysSchedule", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TimeTargetingAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TimeTargetingAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TimeTargetingAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TimeTargetingAdd, A::Error> {
                let mut schedule = ::core::option::Option::None;
                let mut consider_working_weekends = ::core::option::Option::None;
                let mut holidays_schedule = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Schedule" => {
                            schedule = rt::wire::optional_value(
                                &mut map,
                                "Schedule",
                                &mut unknown_fields,
                            )?;
                        }
                        "ConsiderWorkingWeekends" => {
                            consider_working_weekends = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "HolidaysSchedule" => {
                            holidays_schedule = rt::wire::optional_value(
                                &mut map,
                                "HolidaysSchedule",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TimeTargetingAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TimeTargetingAdd {
                    schedule,
                    consider_working_weekends: rt::wire::required(
                        consider_working_weekends,
                        "ConsiderWorkingWeekends",
                    )?,
                    holidays_schedule,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_zone {
            map.serialize_entry("TimeZone", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignBase, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut time_zone = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeZone" => {
                            time_zone = rt::wire::optional_value(
                                &mut map,
                                "TimeZone",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignBase {
                    client_info,
                    notification,
                    time_zone,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.relevant_keywords.is_present() {
            map.serialize_entry("RelevantKeywords", &self.relevant_keywords)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignBase, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut relevant_keywords = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "RelevantKeywords" => relevant_keywords = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignBase {
                    counter_ids,
                    relevant_keywords,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignBase, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignBase {
                    counter_ids,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignBase, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignBase {
                    counter_ids,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.frequency_cap.is_present() {
            map.serialize_entry("FrequencyCap", &self.frequency_cap)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignBase, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut frequency_cap = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "FrequencyCap" => frequency_cap = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignBase {
                    counter_ids,
                    frequency_cap,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.counter_id {
            map.serialize_entry("CounterId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignBase, A::Error> {
                let mut counter_id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterId" => {
                            counter_id = rt::wire::optional_value(
                                &mut map,
                                "CounterId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignBase {
                    counter_id,
                    attribution_model,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.counter_ids {
            map.serialize_entry("CounterIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.relevant_keywords {
            map.serialize_entry("RelevantKeywords", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.priority_goals {
            map.serialize_entry("PriorityGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.package_bidding_strategy {
            map.serialize_entry("PackageBiddingStrategy", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignAddItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut counter_ids = ::core::option::Option::None;
                let mut relevant_keywords = ::core::option::Option::None;
                let mut priority_goals = ::core::option::Option::None;
                let mut tracking_params = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut package_bidding_strategy = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "CounterIds" => {
                            counter_ids = rt::wire::optional_value(
                                &mut map,
                                "CounterIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "RelevantKeywords" => {
                            relevant_keywords = rt::wire::optional_value(
                                &mut map,
                                "RelevantKeywords",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriorityGoals" => {
                            priority_goals = rt::wire::optional_value(
                                &mut map,
                                "PriorityGoals",
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
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "PackageBiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignAddItem {
                    bidding_strategy,
                    settings,
                    counter_ids,
                    relevant_keywords,
                    priority_goals,
                    tracking_params,
                    attribution_model,
                    package_bidding_strategy,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.counter_ids {
            map.serialize_entry("CounterIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.priority_goals {
            map.serialize_entry("PriorityGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.package_bidding_strategy {
            map.serialize_entry("PackageBiddingStrategy", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignAddItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut counter_ids = ::core::option::Option::None;
                let mut priority_goals = ::core::option::Option::None;
                let mut tracking_params = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut package_bidding_strategy = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "CounterIds" => {
                            counter_ids = rt::wire::optional_value(
                                &mut map,
                                "CounterIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriorityGoals" => {
                            priority_goals = rt::wire::optional_value(
                                &mut map,
                                "PriorityGoals",
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
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "PackageBiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignAddItem {
                    bidding_strategy,
                    settings,
                    counter_ids,
                    priority_goals,
                    tracking_params,
                    attribution_model,
                    package_bidding_strategy,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BiddingStrategy", &self.bidding_strategy)?;
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignAddItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignAddItem {
                    bidding_strategy: rt::wire::required(
                        bidding_strategy,
                        "BiddingStrategy",
                    )?,
                    settings,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.counter_ids {
            map.serialize_entry("CounterIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.priority_goals {
            map.serialize_entry("PriorityGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.package_bidding_strategy {
            map.serialize_entry("PackageBiddingStrategy", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignAddItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut counter_ids = ::core::option::Option::None;
                let mut priority_goals = ::core::option::Option::None;
                let mut tracking_params = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut package_bidding_strategy = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        "CounterIds" => {
                            counter_ids = rt::wire::optional_value(
                                &mut map,
                                "CounterIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriorityGoals" => {
                            priority_goals = rt::wire::optional_value(
                                &mut map,
                                "PriorityGoals",
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
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "PackageBiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignAddItem {
                    bidding_strategy,
                    settings,
                    placement_types,
                    counter_ids,
                    priority_goals,
                    tracking_params,
                    attribution_model,
                    package_bidding_strategy,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BiddingStrategy", &self.bidding_strategy)?;
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.counter_ids {
            map.serialize_entry("CounterIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.frequency_cap {
            map.serialize_entry("FrequencyCap", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_target {
            map.serialize_entry("VideoTarget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignAddItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut counter_ids = ::core::option::Option::None;
                let mut frequency_cap = ::core::option::Option::None;
                let mut video_target = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "CounterIds" => {
                            counter_ids = rt::wire::optional_value(
                                &mut map,
                                "CounterIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "FrequencyCap" => {
                            frequency_cap = rt::wire::optional_value(
                                &mut map,
                                "FrequencyCap",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoTarget" => {
                            video_target = rt::wire::optional_value(
                                &mut map,
                                "VideoTarget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignAddItem {
                    bidding_strategy: rt::wire::required(
                        bidding_strategy,
                        "BiddingStrategy",
                    )?,
                    settings,
                    counter_ids,
                    frequency_cap,
                    video_target,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        map.serialize_entry("CounterId", &self.counter_id)?;
        if let ::core::option::Option::Some(value) = &self.priority_goals {
            map.serialize_entry("PriorityGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_params {
            map.serialize_entry("TrackingParams", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.package_bidding_strategy {
            map.serialize_entry("PackageBiddingStrategy", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignAddItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut counter_id = ::core::option::Option::None;
                let mut priority_goals = ::core::option::Option::None;
                let mut tracking_params = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut package_bidding_strategy = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "CounterId" => {
                            counter_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "PriorityGoals" => {
                            priority_goals = rt::wire::optional_value(
                                &mut map,
                                "PriorityGoals",
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
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "PackageBiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignAddItem {
                    bidding_strategy,
                    settings,
                    counter_id: rt::wire::required(counter_id, "CounterId")?,
                    priority_goals,
                    tracking_params,
                    attribution_model,
                    package_bidding_strategy,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_zone {
            map.serialize_entry("TimeZone", value)?;
        }
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        if let ::core::option::Option::Some(value) = &self.daily_budget {
            map.serialize_entry("DailyBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.end_date {
            map.serialize_entry("EndDate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.negative_keywords {
            map.serialize_entry("NegativeKeywords", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.blocked_ips {
            map.serialize_entry("BlockedIps", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.excluded_sites {
            map.serialize_entry("ExcludedSites", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_campaign {
            map.serialize_entry("TextCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_campaign {
            map.serialize_entry("UnifiedCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_campaign {
            map.serialize_entry("MobileAppCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_campaign {
            map.serialize_entry("DynamicTextCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_campaign {
            map.serialize_entry("CpmBannerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_campaign {
            map.serialize_entry("SmartCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_targeting {
            map.serialize_entry("TimeTargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignAddItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut time_zone = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut daily_budget = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut negative_keywords = ::core::option::Option::None;
                let mut blocked_ips = ::core::option::Option::None;
                let mut excluded_sites = ::core::option::Option::None;
                let mut text_campaign = ::core::option::Option::None;
                let mut unified_campaign = ::core::option::Option::None;
                let mut mobile_app_campaign = ::core::option::Option::None;
                let mut dynamic_text_campaign = ::core::option::Option::None;
                let mut cpm_banner_campaign = ::core::option::Option::None;
                let mut smart_campaign = ::core::option::Option::None;
                let mut time_targeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeZone" => {
                            time_zone = rt::wire::optional_value(
                                &mut map,
                                "TimeZone",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "DailyBudget" => {
                            daily_budget = rt::wire::optional_value(
                                &mut map,
                                "DailyBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "EndDate" => {
                            end_date = rt::wire::optional_value(
                                &mut map,
                                "EndDate",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywords" => {
                            negative_keywords = rt::wire::optional_value(
                                &mut map,
                                "NegativeKeywords",
                                &mut unknown_fields,
                            )?;
                        }
                        "BlockedIps" => {
                            blocked_ips = rt::wire::optional_value(
                                &mut map,
                                "BlockedIps",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExcludedSites" => {
                            excluded_sites = rt::wire::optional_value(
                                &mut map,
                                "ExcludedSites",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextCampaign" => {
                            text_campaign = rt::wire::optional_value(
                                &mut map,
                                "TextCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedCampaign" => {
                            unified_campaign = rt::wire::optional_value(
                                &mut map,
                                "UnifiedCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCampaign" => {
                            mobile_app_campaign = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextCampaign" => {
                            dynamic_text_campaign = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerCampaign" => {
                            cpm_banner_campaign = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartCampaign" => {
                            smart_campaign = rt::wire::optional_value(
                                &mut map,
                                "SmartCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeTargeting" => {
                            time_targeting = rt::wire::optional_value(
                                &mut map,
                                "TimeTargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignAddItem {
                    client_info,
                    notification,
                    time_zone,
                    name: rt::wire::required(name, "Name")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    daily_budget,
                    end_date,
                    negative_keywords,
                    blocked_ips,
                    excluded_sites,
                    text_campaign,
                    unified_campaign,
                    mobile_app_campaign,
                    dynamic_text_campaign,
                    cpm_banner_campaign,
                    smart_campaign,
                    time_targeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.relevant_keywords.is_present() {
            map.serialize_entry("RelevantKeywords", &self.relevant_keywords)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignUpdateItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut relevant_keywords = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "RelevantKeywords" => relevant_keywords = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignUpdateItem {
                    counter_ids,
                    relevant_keywords,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    bidding_strategy,
                    settings,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignUpdateItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignUpdateItem {
                    counter_ids,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    bidding_strategy,
                    settings,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignUpdateItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignUpdateItem {
                    bidding_strategy,
                    settings,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignUpdateItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignUpdateItem {
                    counter_ids,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    bidding_strategy,
                    settings,
                    placement_types,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.frequency_cap.is_present() {
            map.serialize_entry("FrequencyCap", &self.frequency_cap)?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_target {
            map.serialize_entry("VideoTarget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignUpdateItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut frequency_cap = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut video_target = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "FrequencyCap" => frequency_cap = map.next_value()?,
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoTarget" => {
                            video_target = rt::wire::optional_value(
                                &mut map,
                                "VideoTarget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignUpdateItem {
                    counter_ids,
                    frequency_cap,
                    bidding_strategy,
                    settings,
                    video_target,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.counter_id {
            map.serialize_entry("CounterId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignUpdateItem, A::Error> {
                let mut counter_id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterId" => {
                            counter_id = rt::wire::optional_value(
                                &mut map,
                                "CounterId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignUpdateItem {
                    counter_id,
                    attribution_model,
                    bidding_strategy,
                    settings,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_zone {
            map.serialize_entry("TimeZone", value)?;
        }
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.start_date {
            map.serialize_entry("StartDate", value)?;
        }
        if self.daily_budget.is_present() {
            map.serialize_entry("DailyBudget", &self.daily_budget)?;
        }
        if self.end_date.is_present() {
            map.serialize_entry("EndDate", &self.end_date)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.blocked_ips.is_present() {
            map.serialize_entry("BlockedIps", &self.blocked_ips)?;
        }
        if self.excluded_sites.is_present() {
            map.serialize_entry("ExcludedSites", &self.excluded_sites)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_campaign {
            map.serialize_entry("TextCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_campaign {
            map.serialize_entry("UnifiedCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_campaign {
            map.serialize_entry("MobileAppCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_campaign {
            map.serialize_entry("DynamicTextCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_campaign {
            map.serialize_entry("CpmBannerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_campaign {
            map.serialize_entry("SmartCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_targeting {
            map.serialize_entry("TimeTargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignUpdateItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut time_zone = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut daily_budget = rt::Nullable::Absent;
                let mut end_date = rt::Nullable::Absent;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut blocked_ips = rt::Nullable::Absent;
                let mut excluded_sites = rt::Nullable::Absent;
                let mut text_campaign = ::core::option::Option::None;
                let mut unified_campaign = ::core::option::Option::None;
                let mut mobile_app_campaign = ::core::option::Option::None;
                let mut dynamic_text_campaign = ::core::option::Option::None;
                let mut cpm_banner_campaign = ::core::option::Option::None;
                let mut smart_campaign = ::core::option::Option::None;
                let mut time_targeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeZone" => {
                            time_zone = rt::wire::optional_value(
                                &mut map,
                                "TimeZone",
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
                        "StartDate" => {
                            start_date = rt::wire::optional_value(
                                &mut map,
                                "StartDate",
                                &mut unknown_fields,
                            )?;
                        }
                        "DailyBudget" => daily_budget = map.next_value()?,
                        "EndDate" => end_date = map.next_value()?,
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "BlockedIps" => blocked_ips = map.next_value()?,
                        "ExcludedSites" => excluded_sites = map.next_value()?,
                        "TextCampaign" => {
                            text_campaign = rt::wire::optional_value(
                                &mut map,
                                "TextCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedCampaign" => {
                            unified_campaign = rt::wire::optional_value(
                                &mut map,
                                "UnifiedCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCampaign" => {
                            mobile_app_campaign = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextCampaign" => {
                            dynamic_text_campaign = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerCampaign" => {
                            cpm_banner_campaign = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartCampaign" => {
                            smart_campaign = rt::wire::optional_value(
                                &mut map,
                                "SmartCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeTargeting" => {
                            time_targeting = rt::wire::optional_value(
                                &mut map,
                                "TimeTargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignUpdateItem {
                    client_info,
                    notification,
                    time_zone,
                    id: rt::wire::required(id, "Id")?,
                    name,
                    start_date,
                    daily_budget,
                    end_date,
                    negative_keywords,
                    blocked_ips,
                    excluded_sites,
                    text_campaign,
                    unified_campaign,
                    mobile_app_campaign,
                    dynamic_text_campaign,
                    cpm_banner_campaign,
                    smart_campaign,
                    time_targeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.relevant_keywords.is_present() {
            map.serialize_entry("RelevantKeywords", &self.relevant_keywords)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .can_be_used_as_package_bidding_strategy_source
        {
            map.serialize_entry("CanBeUsedAsPackageBiddingStrategySource", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextCampaignGetItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut relevant_keywords = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut can_be_used_as_package_bidding_strategy_source = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "RelevantKeywords" => relevant_keywords = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        "CanBeUsedAsPackageBiddingStrategySource" => {
                            can_be_used_as_package_bidding_strategy_source = rt::wire::optional_value(
                                &mut map,
                                "CanBeUsedAsPackageBiddingStrategySource",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextCampaignGetItem {
                    counter_ids,
                    relevant_keywords,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    bidding_strategy,
                    settings,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    can_be_used_as_package_bidding_strategy_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnifiedCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .can_be_used_as_package_bidding_strategy_source
        {
            map.serialize_entry("CanBeUsedAsPackageBiddingStrategySource", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnifiedCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnifiedCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnifiedCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnifiedCampaignGetItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut can_be_used_as_package_bidding_strategy_source = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        "CanBeUsedAsPackageBiddingStrategySource" => {
                            can_be_used_as_package_bidding_strategy_source = rt::wire::optional_value(
                                &mut map,
                                "CanBeUsedAsPackageBiddingStrategySource",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnifiedCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnifiedCampaignGetItem {
                    counter_ids,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    bidding_strategy,
                    settings,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    can_be_used_as_package_bidding_strategy_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .can_be_used_as_package_bidding_strategy_source
        {
            map.serialize_entry("CanBeUsedAsPackageBiddingStrategySource", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCampaignGetItem, A::Error> {
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut can_be_used_as_package_bidding_strategy_source = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        "CanBeUsedAsPackageBiddingStrategySource" => {
                            can_be_used_as_package_bidding_strategy_source = rt::wire::optional_value(
                                &mut map,
                                "CanBeUsedAsPackageBiddingStrategySource",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCampaignGetItem {
                    bidding_strategy,
                    settings,
                    package_bidding_strategy,
                    can_be_used_as_package_bidding_strategy_source,
                    negative_keyword_shared_set_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if self.negative_keyword_shared_set_ids.is_present() {
            map.serialize_entry(
                "NegativeKeywordSharedSetIds",
                &self.negative_keyword_shared_set_ids,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.placement_types {
            map.serialize_entry("PlacementTypes", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .can_be_used_as_package_bidding_strategy_source
        {
            map.serialize_entry("CanBeUsedAsPackageBiddingStrategySource", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextCampaignGetItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut attribution_model = ::core::option::Option::None;
                let mut negative_keyword_shared_set_ids = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut placement_types = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut can_be_used_as_package_bidding_strategy_source = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "NegativeKeywordSharedSetIds" => {
                            negative_keyword_shared_set_ids = map.next_value()?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "PlacementTypes" => {
                            placement_types = rt::wire::optional_value(
                                &mut map,
                                "PlacementTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        "CanBeUsedAsPackageBiddingStrategySource" => {
                            can_be_used_as_package_bidding_strategy_source = rt::wire::optional_value(
                                &mut map,
                                "CanBeUsedAsPackageBiddingStrategySource",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextCampaignGetItem {
                    counter_ids,
                    attribution_model,
                    negative_keyword_shared_set_ids,
                    bidding_strategy,
                    settings,
                    placement_types,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    can_be_used_as_package_bidding_strategy_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.frequency_cap.is_present() {
            map.serialize_entry("FrequencyCap", &self.frequency_cap)?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.video_target.is_present() {
            map.serialize_entry("VideoTarget", &self.video_target)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerCampaignGetItem, A::Error> {
                let mut counter_ids = rt::Nullable::Absent;
                let mut frequency_cap = rt::Nullable::Absent;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut video_target = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterIds" => counter_ids = map.next_value()?,
                        "FrequencyCap" => frequency_cap = map.next_value()?,
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoTarget" => video_target = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerCampaignGetItem {
                    counter_ids,
                    frequency_cap,
                    bidding_strategy,
                    settings,
                    video_target,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.counter_id {
            map.serialize_entry("CounterId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bidding_strategy {
            map.serialize_entry("BiddingStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tracking_params.is_present() {
            map.serialize_entry("TrackingParams", &self.tracking_params)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.package_bidding_strategy.is_present() {
            map.serialize_entry(
                "PackageBiddingStrategy",
                &self.package_bidding_strategy,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .can_be_used_as_package_bidding_strategy_source
        {
            map.serialize_entry("CanBeUsedAsPackageBiddingStrategySource", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartCampaignGetItem, A::Error> {
                let mut counter_id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut bidding_strategy = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tracking_params = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut package_bidding_strategy = rt::Nullable::Absent;
                let mut can_be_used_as_package_bidding_strategy_source = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CounterId" => {
                            counter_id = rt::wire::optional_value(
                                &mut map,
                                "CounterId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "BiddingStrategy" => {
                            bidding_strategy = rt::wire::optional_value(
                                &mut map,
                                "BiddingStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingParams" => tracking_params = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "PackageBiddingStrategy" => {
                            package_bidding_strategy = map.next_value()?;
                        }
                        "CanBeUsedAsPackageBiddingStrategySource" => {
                            can_be_used_as_package_bidding_strategy_source = rt::wire::optional_value(
                                &mut map,
                                "CanBeUsedAsPackageBiddingStrategySource",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartCampaignGetItem {
                    counter_id,
                    attribution_model,
                    bidding_strategy,
                    settings,
                    tracking_params,
                    priority_goals,
                    package_bidding_strategy,
                    can_be_used_as_package_bidding_strategy_source,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.client_info.is_present() {
            map.serialize_entry("ClientInfo", &self.client_info)?;
        }
        if self.notification.is_present() {
            map.serialize_entry("Notification", &self.notification)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_zone {
            map.serialize_entry("TimeZone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.start_date {
            map.serialize_entry("StartDate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_payment {
            map.serialize_entry("StatusPayment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        if self.source_id.is_present() {
            map.serialize_entry("SourceId", &self.source_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.statistics {
            map.serialize_entry("Statistics", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.currency {
            map.serialize_entry("Currency", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.funds {
            map.serialize_entry("Funds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.represented_by {
            map.serialize_entry("RepresentedBy", value)?;
        }
        if self.daily_budget.is_present() {
            map.serialize_entry("DailyBudget", &self.daily_budget)?;
        }
        if self.end_date.is_present() {
            map.serialize_entry("EndDate", &self.end_date)?;
        }
        if self.negative_keywords.is_present() {
            map.serialize_entry("NegativeKeywords", &self.negative_keywords)?;
        }
        if self.blocked_ips.is_present() {
            map.serialize_entry("BlockedIps", &self.blocked_ips)?;
        }
        if self.excluded_sites.is_present() {
            map.serialize_entry("ExcludedSites", &self.excluded_sites)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_campaign {
            map.serialize_entry("TextCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_campaign {
            map.serialize_entry("UnifiedCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_campaign {
            map.serialize_entry("MobileAppCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_campaign {
            map.serialize_entry("DynamicTextCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_campaign {
            map.serialize_entry("CpmBannerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_campaign {
            map.serialize_entry("SmartCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_targeting {
            map.serialize_entry("TimeTargeting", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignGetItem, A::Error> {
                let mut client_info = rt::Nullable::Absent;
                let mut notification = rt::Nullable::Absent;
                let mut time_zone = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut status_payment = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut source_id = rt::Nullable::Absent;
                let mut statistics = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut funds = ::core::option::Option::None;
                let mut represented_by = ::core::option::Option::None;
                let mut daily_budget = rt::Nullable::Absent;
                let mut end_date = rt::Nullable::Absent;
                let mut negative_keywords = rt::Nullable::Absent;
                let mut blocked_ips = rt::Nullable::Absent;
                let mut excluded_sites = rt::Nullable::Absent;
                let mut text_campaign = ::core::option::Option::None;
                let mut unified_campaign = ::core::option::Option::None;
                let mut mobile_app_campaign = ::core::option::Option::None;
                let mut dynamic_text_campaign = ::core::option::Option::None;
                let mut cpm_banner_campaign = ::core::option::Option::None;
                let mut smart_campaign = ::core::option::Option::None;
                let mut time_targeting = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => client_info = map.next_value()?,
                        "Notification" => notification = map.next_value()?,
                        "TimeZone" => {
                            time_zone = rt::wire::optional_value(
                                &mut map,
                                "TimeZone",
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
                        "StartDate" => {
                            start_date = rt::wire::optional_value(
                                &mut map,
                                "StartDate",
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
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusPayment" => {
                            status_payment = rt::wire::optional_value(
                                &mut map,
                                "StatusPayment",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "SourceId" => source_id = map.next_value()?,
                        "Statistics" => {
                            statistics = rt::wire::optional_value(
                                &mut map,
                                "Statistics",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "Currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "Funds" => {
                            funds = rt::wire::optional_value(
                                &mut map,
                                "Funds",
                                &mut unknown_fields,
                            )?;
                        }
                        "RepresentedBy" => {
                            represented_by = rt::wire::optional_value(
                                &mut map,
                                "RepresentedBy",
                                &mut unknown_fields,
                            )?;
                        }
                        "DailyBudget" => daily_budget = map.next_value()?,
                        "EndDate" => end_date = map.next_value()?,
                        "NegativeKeywords" => negative_keywords = map.next_value()?,
                        "BlockedIps" => blocked_ips = map.next_value()?,
                        "ExcludedSites" => excluded_sites = map.next_value()?,
                        "TextCampaign" => {
                            text_campaign = rt::wire::optional_value(
                                &mut map,
                                "TextCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedCampaign" => {
                            unified_campaign = rt::wire::optional_value(
                                &mut map,
                                "UnifiedCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCampaign" => {
                            mobile_app_campaign = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextCampaign" => {
                            dynamic_text_campaign = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerCampaign" => {
                            cpm_banner_campaign = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartCampaign" => {
                            smart_campaign = rt::wire::optional_value(
                                &mut map,
                                "SmartCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeTargeting" => {
                            time_targeting = rt::wire::optional_value(
                                &mut map,
                                "TimeTargeting",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignGetItem {
                    client_info,
                    notification,
                    time_zone,
                    id,
                    name,
                    start_date,
                    type_,
                    status,
                    state,
                    status_payment,
                    status_clarification,
                    source_id,
                    statistics,
                    currency,
                    funds,
                    represented_by,
                    daily_budget,
                    end_date,
                    negative_keywords,
                    blocked_ips,
                    excluded_sites,
                    text_campaign,
                    unified_campaign,
                    mobile_app_campaign,
                    dynamic_text_campaign,
                    cpm_banner_campaign,
                    smart_campaign,
                    time_targeting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.states {
            map.serialize_entry("States", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses_payment {
            map.serialize_entry("StatusesPayment", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut states = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut statuses_payment = ::core::option::Option::None;
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
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
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
                        "StatusesPayment" => {
                            statuses_payment = rt::wire::optional_value(
                                &mut map,
                                "StatusesPayment",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignsSelectionCriteria {
                    ids,
                    types,
                    states,
                    statuses,
                    statuses_payment,
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
        if let ::core::option::Option::Some(value) = &self.selection_criteria {
            map.serialize_entry("SelectionCriteria", value)?;
        }
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self.text_campaign_field_names {
            map.serialize_entry("TextCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .text_campaign_search_strategy_placement_types_field_names
        {
            map.serialize_entry(
                "TextCampaignSearchStrategyPlacementTypesFieldNames",
                value,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_campaign_field_names
        {
            map.serialize_entry("MobileAppCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .dynamic_text_campaign_field_names
        {
            map.serialize_entry("DynamicTextCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .dynamic_text_campaign_search_strategy_placement_types_field_names
        {
            map.serialize_entry(
                "DynamicTextCampaignSearchStrategyPlacementTypesFieldNames",
                value,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_banner_campaign_field_names
        {
            map.serialize_entry("CpmBannerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_campaign_field_names {
            map.serialize_entry("SmartCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unified_campaign_field_names {
            map.serialize_entry("UnifiedCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .unified_campaign_search_strategy_placement_types_field_names
        {
            map.serialize_entry(
                "UnifiedCampaignSearchStrategyPlacementTypesFieldNames",
                value,
            )?;
        }
        if let ::core::option::Option::Some(value) = &self
            .unified_campaign_package_bidding_strategy_platforms_field_names
        {
            map.serialize_entry(
                "UnifiedCampaignPackageBiddingStrategyPlatformsFieldNames",
                value,
            )?;
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
                let mut text_campaign_field_names = ::core::option::Option::None;
                let mut text_campaign_search_strategy_placement_types_field_names = ::core::option::Option::None;
                let mut mobile_app_campaign_field_names = ::core::option::Option::None;
                let mut dynamic_text_campaign_field_names = ::core::option::Option::None;
                let mut dynamic_text_campaign_search_strategy_placement_types_field_names = ::core::option::Option::None;
                let mut cpm_banner_campaign_field_names = ::core::option::Option::None;
                let mut smart_campaign_field_names = ::core::option::Option::None;
                let mut unified_campaign_field_names = ::core::option::Option::None;
                let mut unified_campaign_search_strategy_placement_types_field_names = ::core::option::Option::None;
                let mut unified_campaign_package_bidding_strategy_platforms_field_names = ::core::option::Option::None;
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
                            selection_criteria = rt::wire::optional_value(
                                &mut map,
                                "SelectionCriteria",
                                &mut unknown_fields,
                            )?;
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TextCampaignFieldNames" => {
                            text_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextCampaignSearchStrategyPlacementTypesFieldNames" => {
                            text_campaign_search_strategy_placement_types_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextCampaignSearchStrategyPlacementTypesFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCampaignFieldNames" => {
                            mobile_app_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextCampaignFieldNames" => {
                            dynamic_text_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextCampaignSearchStrategyPlacementTypesFieldNames" => {
                            dynamic_text_campaign_search_strategy_placement_types_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextCampaignSearchStrategyPlacementTypesFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerCampaignFieldNames" => {
                            cpm_banner_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartCampaignFieldNames" => {
                            smart_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedCampaignFieldNames" => {
                            unified_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "UnifiedCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedCampaignSearchStrategyPlacementTypesFieldNames" => {
                            unified_campaign_search_strategy_placement_types_field_names = rt::wire::optional_value(
                                &mut map,
                                "UnifiedCampaignSearchStrategyPlacementTypesFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnifiedCampaignPackageBiddingStrategyPlatformsFieldNames" => {
                            unified_campaign_package_bidding_strategy_platforms_field_names = rt::wire::optional_value(
                                &mut map,
                                "UnifiedCampaignPackageBiddingStrategyPlatformsFieldNames",
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
                    selection_criteria,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    text_campaign_field_names,
                    text_campaign_search_strategy_placement_types_field_names,
                    mobile_app_campaign_field_names,
                    dynamic_text_campaign_field_names,
                    dynamic_text_campaign_search_strategy_placement_types_field_names,
                    cpm_banner_campaign_field_names,
                    smart_campaign_field_names,
                    unified_campaign_field_names,
                    unified_campaign_search_strategy_placement_types_field_names,
                    unified_campaign_package_bidding_strategy_platforms_field_names,
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
        if let ::core::option::Option::Some(value) = &self.campaigns {
            map.serialize_entry("Campaigns", value)?;
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
                let mut campaigns = ::core::option::Option::None;
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
                        "Campaigns" => {
                            campaigns = rt::wire::optional_value(
                                &mut map,
                                "Campaigns",
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
                    campaigns,
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
        map.serialize_entry("Campaigns", &self.campaigns)?;
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
                let mut campaigns = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Campaigns" => {
                            campaigns = ::core::option::Option::Some(map.next_value()?);
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
                    campaigns: rt::wire::required(campaigns, "Campaigns")?,
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
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Campaigns", &self.campaigns)?;
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
                let mut campaigns = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Campaigns" => {
                            campaigns = ::core::option::Option::Some(map.next_value()?);
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
                    campaigns: rt::wire::required(campaigns, "Campaigns")?,
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
        if let ::core::option::Option::Some(value) = &self.update_results {
            map.serialize_entry("UpdateResults", value)?;
        }
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
                            update_results = rt::wire::optional_value(
                                &mut map,
                                "UpdateResults",
                                &mut unknown_fields,
                            )?;
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
                    update_results,
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
impl ::serde::Serialize for ArchiveRequest {
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
impl<'de> ::serde::Deserialize<'de> for ArchiveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ArchiveRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ArchiveRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ArchiveRequest, A::Error> {
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
                                "ArchiveRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ArchiveRequest {
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
impl ::serde::Serialize for ArchiveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.archive_results {
            map.serialize_entry("ArchiveResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ArchiveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ArchiveResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ArchiveResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ArchiveResponse, A::Error> {
                let mut archive_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ArchiveResults" => {
                            archive_results = rt::wire::optional_value(
                                &mut map,
                                "ArchiveResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ArchiveResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ArchiveResponse {
                    archive_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnarchiveRequest {
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
impl<'de> ::serde::Deserialize<'de> for UnarchiveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnarchiveRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnarchiveRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnarchiveRequest, A::Error> {
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
                                "UnarchiveRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnarchiveRequest {
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
impl ::serde::Serialize for UnarchiveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.unarchive_results {
            map.serialize_entry("UnarchiveResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnarchiveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnarchiveResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnarchiveResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnarchiveResponse, A::Error> {
                let mut unarchive_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UnarchiveResults" => {
                            unarchive_results = rt::wire::optional_value(
                                &mut map,
                                "UnarchiveResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnarchiveResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnarchiveResponse {
                    unarchive_results,
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
        if let ::core::option::Option::Some(value) = &self.suspend_results {
            map.serialize_entry("SuspendResults", value)?;
        }
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
                            suspend_results = rt::wire::optional_value(
                                &mut map,
                                "SuspendResults",
                                &mut unknown_fields,
                            )?;
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
                    suspend_results,
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
        if let ::core::option::Option::Some(value) = &self.resume_results {
            map.serialize_entry("ResumeResults", value)?;
        }
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
                            resume_results = rt::wire::optional_value(
                                &mut map,
                                "ResumeResults",
                                &mut unknown_fields,
                            )?;
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
                    resume_results,
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
    type Item = CampaignGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<CampaignGetItem> {
        self.campaigns.unwrap_or_default()
    }
}
