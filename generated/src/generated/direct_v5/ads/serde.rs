// @generated from schema/direct_v5/ads.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `ads` (`schema/direct_v5/ads.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for AdCategoryEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdCategoryEnum {
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
impl ::serde::Serialize for AgeLabelEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AgeLabelEnum {
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
impl ::serde::Serialize for MobAppAgeLabelEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobAppAgeLabelEnum {
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
impl ::serde::Serialize for AdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdFieldEnum {
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
impl ::serde::Serialize for AdStateSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdStateSelectionEnum {
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
impl ::serde::Serialize for AdStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdStatusSelectionEnum {
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
impl ::serde::Serialize for TextAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdFieldEnum {
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
impl ::serde::Serialize for TextAdPriceExtensionFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdPriceExtensionFieldEnum {
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
impl ::serde::Serialize for ResponsiveAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdFieldEnum {
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
impl ::serde::Serialize for DynamicTextAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdFieldEnum {
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
impl ::serde::Serialize for MobileAppAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdFieldEnum {
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
impl ::serde::Serialize for TextImageAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdFieldEnum {
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
impl ::serde::Serialize for MobileAppImageAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdFieldEnum {
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
impl ::serde::Serialize for TextAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for MobileAppAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for CpmBannerAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for CpcVideoAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for CpmVideoAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for SmartAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdFieldEnum {
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
impl ::serde::Serialize for ShoppingAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdFieldEnum {
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
impl ::serde::Serialize for ListingAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdFieldEnum {
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
impl ::serde::Serialize for AdTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdTypeEnum {
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
impl ::serde::Serialize for AdSubtypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdSubtypeEnum {
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
impl ::serde::Serialize for MobileAppFeatureEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppFeatureEnum {
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
impl ::serde::Serialize for PriceCurrencyEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceCurrencyEnum {
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
impl ::serde::Serialize for PriceQualifierEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceQualifierEnum {
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
impl ::serde::Serialize for FeedProcessingStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedProcessingStatusEnum {
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
impl ::serde::Serialize for AdExtensionAdGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdExtensionId", &self.ad_extension_id)?;
        map.serialize_entry("Type", &self.type_)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionAdGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdExtensionAdGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdExtensionAdGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdExtensionAdGetItem, A::Error> {
                let mut ad_extension_id = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdExtensionId" => {
                            ad_extension_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdExtensionAdGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdExtensionAdGetItem {
                    ad_extension_id: rt::wire::required(
                        ad_extension_id,
                        "AdExtensionId",
                    )?,
                    type_: rt::wire::required(type_, "Type")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextGetItem, A::Error> {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    text: rt::wire::required(text, "Text")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TitleGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("Title", &self.title)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TitleGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TitleGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TitleGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TitleGetItem, A::Error> {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TitleGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TitleGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    title: rt::wire::required(title, "Title")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdImageGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("ImageHash", &self.image_hash)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageGetItem, A::Error> {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut image_hash = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "ImageHash" => {
                            image_hash = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    image_hash: rt::wire::required(image_hash, "ImageHash")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VideoExtensionWithStatusClarificationGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("CreativeId", &self.creative_id)?;
        map.serialize_entry("ThumbnailUrl", &self.thumbnail_url)?;
        map.serialize_entry("PreviewUrl", &self.preview_url)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionWithStatusClarificationGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionWithStatusClarificationGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionWithStatusClarificationGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                VideoExtensionWithStatusClarificationGetItem,
                A::Error,
            > {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut creative_id = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PreviewUrl" => {
                            preview_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionWithStatusClarificationGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionWithStatusClarificationGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    thumbnail_url: rt::wire::required(thumbnail_url, "ThumbnailUrl")?,
                    preview_url: rt::wire::required(preview_url, "PreviewUrl")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VideoExtensionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        map.serialize_entry("ThumbnailUrl", &self.thumbnail_url)?;
        map.serialize_entry("PreviewUrl", &self.preview_url)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionGetItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PreviewUrl" => {
                            preview_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionGetItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    status,
                    thumbnail_url: rt::wire::required(thumbnail_url, "ThumbnailUrl")?,
                    preview_url: rt::wire::required(preview_url, "PreviewUrl")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TrackingPixelGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TrackingPixel", &self.tracking_pixel)?;
        map.serialize_entry("Provider", &self.provider)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrackingPixelGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TrackingPixelGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TrackingPixelGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TrackingPixelGetItem, A::Error> {
                let mut tracking_pixel = ::core::option::Option::None;
                let mut provider = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TrackingPixel" => {
                            tracking_pixel = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Provider" => {
                            provider = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TrackingPixelGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TrackingPixelGetItem {
                    tracking_pixel: rt::wire::required(tracking_pixel, "TrackingPixel")?,
                    provider: rt::wire::required(provider, "Provider")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VideoExtensionAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative_id {
            map.serialize_entry("CreativeId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionAddItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = rt::wire::optional_value(
                                &mut map,
                                "CreativeId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionAddItem {
                    creative_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VideoExtensionUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.creative_id.is_present() {
            map.serialize_entry("CreativeId", &self.creative_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionUpdateItem, A::Error> {
                let mut creative_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => creative_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionUpdateItem {
                    creative_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PriceExtensionAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Price", &self.price)?;
        if let ::core::option::Option::Some(value) = &self.old_price {
            map.serialize_entry("OldPrice", value)?;
        }
        map.serialize_entry("PriceQualifier", &self.price_qualifier)?;
        map.serialize_entry("PriceCurrency", &self.price_currency)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceExtensionAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriceExtensionAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriceExtensionAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriceExtensionAddItem, A::Error> {
                let mut price = ::core::option::Option::None;
                let mut old_price = ::core::option::Option::None;
                let mut price_qualifier = ::core::option::Option::None;
                let mut price_currency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Price" => {
                            price = ::core::option::Option::Some(map.next_value()?);
                        }
                        "OldPrice" => {
                            old_price = rt::wire::optional_value(
                                &mut map,
                                "OldPrice",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceQualifier" => {
                            price_qualifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PriceCurrency" => {
                            price_currency = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriceExtensionAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriceExtensionAddItem {
                    price: rt::wire::required(price, "Price")?,
                    old_price,
                    price_qualifier: rt::wire::required(
                        price_qualifier,
                        "PriceQualifier",
                    )?,
                    price_currency: rt::wire::required(price_currency, "PriceCurrency")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PriceExtensionUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        if self.old_price.is_present() {
            map.serialize_entry("OldPrice", &self.old_price)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_qualifier {
            map.serialize_entry("PriceQualifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_currency {
            map.serialize_entry("PriceCurrency", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceExtensionUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriceExtensionUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriceExtensionUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriceExtensionUpdateItem, A::Error> {
                let mut price = ::core::option::Option::None;
                let mut old_price = rt::Nullable::Absent;
                let mut price_qualifier = ::core::option::Option::None;
                let mut price_currency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        "OldPrice" => old_price = map.next_value()?,
                        "PriceQualifier" => {
                            price_qualifier = rt::wire::optional_value(
                                &mut map,
                                "PriceQualifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceCurrency" => {
                            price_currency = rt::wire::optional_value(
                                &mut map,
                                "PriceCurrency",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriceExtensionUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriceExtensionUpdateItem {
                    price,
                    old_price,
                    price_qualifier,
                    price_currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PriceExtensionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        if self.old_price.is_present() {
            map.serialize_entry("OldPrice", &self.old_price)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_qualifier {
            map.serialize_entry("PriceQualifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_currency {
            map.serialize_entry("PriceCurrency", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceExtensionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriceExtensionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriceExtensionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriceExtensionGetItem, A::Error> {
                let mut price = ::core::option::Option::None;
                let mut old_price = rt::Nullable::Absent;
                let mut price_qualifier = ::core::option::Option::None;
                let mut price_currency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        "OldPrice" => old_price = map.next_value()?,
                        "PriceQualifier" => {
                            price_qualifier = rt::wire::optional_value(
                                &mut map,
                                "PriceQualifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceCurrency" => {
                            price_currency = rt::wire::optional_value(
                                &mut map,
                                "PriceCurrency",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriceExtensionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriceExtensionGetItem {
                    price,
                    old_price,
                    price_qualifier,
                    price_currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdFeatureItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feature", &self.feature)?;
        map.serialize_entry("Enabled", &self.enabled)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdFeatureItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdFeatureItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdFeatureItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdFeatureItem, A::Error> {
                let mut feature = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feature" => {
                            feature = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Enabled" => {
                            enabled = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdFeatureItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdFeatureItem {
                    feature: rt::wire::required(feature, "Feature")?,
                    enabled: rt::wire::required(enabled, "Enabled")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdFeatureGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feature", &self.feature)?;
        map.serialize_entry("Enabled", &self.enabled)?;
        map.serialize_entry("IsAvailable", &self.is_available)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdFeatureGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdFeatureGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdFeatureGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdFeatureGetItem, A::Error> {
                let mut feature = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut is_available = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feature" => {
                            feature = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Enabled" => {
                            enabled = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IsAvailable" => {
                            is_available = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdFeatureGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdFeatureGetItem {
                    feature: rt::wire::required(feature, "Feature")?,
                    enabled: rt::wire::required(enabled, "Enabled")?,
                    is_available: rt::wire::required(is_available, "IsAvailable")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.logo_extension_hash {
            map.serialize_entry("LogoExtensionHash", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdBuilderAdAdd, A::Error> {
                let mut logo_extension_hash = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LogoExtensionHash" => {
                            logo_extension_hash = rt::wire::optional_value(
                                &mut map,
                                "LogoExtensionHash",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdBuilderAdAdd {
                    logo_extension_hash,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ShoppingAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.feed_filter_conditions {
            map.serialize_entry("FeedFilterConditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title_sources {
            map.serialize_entry("TitleSources", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_sources {
            map.serialize_entry("TextSources", value)?;
        }
        map.serialize_entry("DefaultTexts", &self.default_texts)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ShoppingAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ShoppingAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ShoppingAdAdd, A::Error> {
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = ::core::option::Option::None;
                let mut title_sources = ::core::option::Option::None;
                let mut text_sources = ::core::option::Option::None;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = rt::wire::optional_value(
                                &mut map,
                                "FeedFilterConditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => {
                            title_sources = rt::wire::optional_value(
                                &mut map,
                                "TitleSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextSources" => {
                            text_sources = rt::wire::optional_value(
                                &mut map,
                                "TextSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "DefaultTexts" => {
                            default_texts = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ShoppingAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ShoppingAdAdd {
                    sitelink_set_id,
                    ad_extension_ids,
                    business_id,
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts: rt::wire::required(default_texts, "DefaultTexts")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ListingAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.feed_filter_conditions {
            map.serialize_entry("FeedFilterConditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title_sources {
            map.serialize_entry("TitleSources", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_sources {
            map.serialize_entry("TextSources", value)?;
        }
        map.serialize_entry("DefaultTexts", &self.default_texts)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListingAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListingAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListingAdAdd, A::Error> {
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = ::core::option::Option::None;
                let mut title_sources = ::core::option::Option::None;
                let mut text_sources = ::core::option::Option::None;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = rt::wire::optional_value(
                                &mut map,
                                "FeedFilterConditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => {
                            title_sources = rt::wire::optional_value(
                                &mut map,
                                "TitleSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextSources" => {
                            text_sources = rt::wire::optional_value(
                                &mut map,
                                "TextSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "DefaultTexts" => {
                            default_texts = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListingAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListingAdAdd {
                    sitelink_set_id,
                    ad_extension_ids,
                    business_id,
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts: rt::wire::required(default_texts, "DefaultTexts")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FeedFilterConditionItem {
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
impl<'de> ::serde::Deserialize<'de> for FeedFilterConditionItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedFilterConditionItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedFilterConditionItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedFilterConditionItem, A::Error> {
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
                                "FeedFilterConditionItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedFilterConditionItem {
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
impl ::serde::Serialize for MobileAppAdBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBase, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut tracking_url = rt::Nullable::Absent;
                let mut action = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBase {
                    title,
                    text,
                    tracking_url,
                    action,
                    ad_image_hash,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logo_extension_hash.is_present() {
            map.serialize_entry("LogoExtensionHash", &self.logo_extension_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdBuilderAdUpdate, A::Error> {
                let mut logo_extension_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LogoExtensionHash" => logo_extension_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdBuilderAdUpdate {
                    logo_extension_hash,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ShoppingAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ShoppingAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ShoppingAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ShoppingAdUpdate, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ShoppingAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ShoppingAdUpdate {
                    sitelink_set_id,
                    callout_setting,
                    business_id,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ListingAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListingAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListingAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListingAdUpdate, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListingAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListingAdUpdate {
                    sitelink_set_id,
                    callout_setting,
                    business_id,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdAddItemBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdAddItemBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdAddItemBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdAddItemBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdAddItemBase, A::Error> {
                let mut ad_group_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdAddItemBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdAddItemBase {
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.v_card_id {
            map.serialize_entry("VCardId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdAddBase, A::Error> {
                let mut v_card_id = ::core::option::Option::None;
                let mut ad_image_hash = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => {
                            v_card_id = rt::wire::optional_value(
                                &mut map,
                                "VCardId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdAddBase {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    ad_extension_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.text_ad {
            map.serialize_entry("TextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad {
            map.serialize_entry("ResponsiveAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad {
            map.serialize_entry("DynamicTextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad {
            map.serialize_entry("MobileAppAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad {
            map.serialize_entry("TextImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_image_ad {
            map.serialize_entry("MobileAppImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad {
            map.serialize_entry("TextAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_builder_ad {
            map.serialize_entry("MobileAppAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_ad_builder_ad {
            map.serialize_entry("CpmBannerAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_ad_builder_ad {
            map.serialize_entry("CpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_builder_ad {
            map.serialize_entry("CpmVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_builder_ad {
            map.serialize_entry("SmartAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad {
            map.serialize_entry("ShoppingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad {
            map.serialize_entry("ListingAd", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdAddItem, A::Error> {
                let mut ad_group_id = ::core::option::Option::None;
                let mut text_ad = ::core::option::Option::None;
                let mut responsive_ad = ::core::option::Option::None;
                let mut dynamic_text_ad = ::core::option::Option::None;
                let mut mobile_app_ad = ::core::option::Option::None;
                let mut text_image_ad = ::core::option::Option::None;
                let mut mobile_app_image_ad = ::core::option::Option::None;
                let mut text_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad = ::core::option::Option::None;
                let mut smart_ad_builder_ad = ::core::option::Option::None;
                let mut shopping_ad = ::core::option::Option::None;
                let mut listing_ad = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TextAd" => {
                            text_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAd" => {
                            responsive_ad = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAd" => {
                            dynamic_text_ad = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAd" => {
                            mobile_app_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAd" => {
                            text_image_ad = rt::wire::optional_value(
                                &mut map,
                                "TextImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAd" => {
                            mobile_app_image_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAd" => {
                            text_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAd" => {
                            mobile_app_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAd" => {
                            mobile_app_cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAd" => {
                            cpm_banner_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAd" => {
                            cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAd" => {
                            cpm_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAd" => {
                            smart_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAd" => {
                            shopping_ad = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAd" => {
                            listing_ad = rt::wire::optional_value(
                                &mut map,
                                "ListingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdAddItem {
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    text_ad,
                    responsive_ad,
                    dynamic_text_ad,
                    mobile_app_ad,
                    text_image_ad,
                    mobile_app_image_ad,
                    text_ad_builder_ad,
                    mobile_app_ad_builder_ad,
                    mobile_app_cpc_video_ad_builder_ad,
                    cpm_banner_ad_builder_ad,
                    cpc_video_ad_builder_ad,
                    cpm_video_ad_builder_ad,
                    smart_ad_builder_ad,
                    shopping_ad,
                    listing_ad,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.v_card_id {
            map.serialize_entry("VCardId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        map.serialize_entry("Title", &self.title)?;
        if let ::core::option::Option::Some(value) = &self.title2 {
            map.serialize_entry("Title2", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.final_url {
            map.serialize_entry("FinalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        map.serialize_entry("Mobile", &self.mobile)?;
        if let ::core::option::Option::Some(value) = &self.display_url_path {
            map.serialize_entry("DisplayUrlPath", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_extension {
            map.serialize_entry("PriceExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.prefer_v_card_over_business {
            map.serialize_entry("PreferVCardOverBusiness", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdAdd, A::Error> {
                let mut v_card_id = ::core::option::Option::None;
                let mut ad_image_hash = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut title2 = ::core::option::Option::None;
                let mut final_url = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut mobile = ::core::option::Option::None;
                let mut display_url_path = ::core::option::Option::None;
                let mut video_extension = ::core::option::Option::None;
                let mut price_extension = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut prefer_v_card_over_business = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => {
                            v_card_id = rt::wire::optional_value(
                                &mut map,
                                "VCardId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Title2" => {
                            title2 = rt::wire::optional_value(
                                &mut map,
                                "Title2",
                                &mut unknown_fields,
                            )?;
                        }
                        "FinalUrl" => {
                            final_url = rt::wire::optional_value(
                                &mut map,
                                "FinalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "Mobile" => {
                            mobile = ::core::option::Option::Some(map.next_value()?);
                        }
                        "DisplayUrlPath" => {
                            display_url_path = rt::wire::optional_value(
                                &mut map,
                                "DisplayUrlPath",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceExtension" => {
                            price_extension = rt::wire::optional_value(
                                &mut map,
                                "PriceExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "PreferVCardOverBusiness" => {
                            prefer_v_card_over_business = rt::wire::optional_value(
                                &mut map,
                                "PreferVCardOverBusiness",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdAdd {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    ad_extension_ids,
                    text: rt::wire::required(text, "Text")?,
                    title: rt::wire::required(title, "Title")?,
                    title2,
                    final_url,
                    href,
                    mobile: rt::wire::required(mobile, "Mobile")?,
                    display_url_path,
                    video_extension,
                    price_extension,
                    turbo_page_id,
                    business_id,
                    prefer_v_card_over_business,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ResponsiveAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Texts", &self.texts)?;
        map.serialize_entry("Titles", &self.titles)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hashes {
            map.serialize_entry("AdImageHashes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension_ids {
            map.serialize_entry("VideoExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.display_url_path {
            map.serialize_entry("DisplayUrlPath", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_extension {
            map.serialize_entry("PriceExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponsiveAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponsiveAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponsiveAdAdd, A::Error> {
                let mut texts = ::core::option::Option::None;
                let mut titles = ::core::option::Option::None;
                let mut ad_image_hashes = ::core::option::Option::None;
                let mut video_extension_ids = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut age_label = ::core::option::Option::None;
                let mut display_url_path = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut price_extension = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Texts" => {
                            texts = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Titles" => {
                            titles = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AdImageHashes" => {
                            ad_image_hashes = rt::wire::optional_value(
                                &mut map,
                                "AdImageHashes",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtensionIds" => {
                            video_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "VideoExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayUrlPath" => {
                            display_url_path = rt::wire::optional_value(
                                &mut map,
                                "DisplayUrlPath",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceExtension" => {
                            price_extension = rt::wire::optional_value(
                                &mut map,
                                "PriceExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponsiveAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponsiveAdAdd {
                    texts: rt::wire::required(texts, "Texts")?,
                    titles: rt::wire::required(titles, "Titles")?,
                    ad_image_hashes,
                    video_extension_ids,
                    href,
                    age_label,
                    display_url_path,
                    sitelink_set_id,
                    ad_extension_ids,
                    price_extension,
                    business_id,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.v_card_id {
            map.serialize_entry("VCardId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdAdd, A::Error> {
                let mut v_card_id = ::core::option::Option::None;
                let mut ad_image_hash = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => {
                            v_card_id = rt::wire::optional_value(
                                &mut map,
                                "VCardId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdAdd {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    ad_extension_ids,
                    text: rt::wire::required(text, "Text")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        map.serialize_entry("Title", &self.title)?;
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        map.serialize_entry("Action", &self.action)?;
        if let ::core::option::Option::Some(value) = &self.features {
            map.serialize_entry("Features", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdAdd, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut action = ::core::option::Option::None;
                let mut features = ::core::option::Option::None;
                let mut age_label = ::core::option::Option::None;
                let mut video_extension = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Action" => {
                            action = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Features" => {
                            features = rt::wire::optional_value(
                                &mut map,
                                "Features",
                                &mut unknown_fields,
                            )?;
                        }
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdAdd {
                    ad_image_hash,
                    text: rt::wire::required(text, "Text")?,
                    title: rt::wire::required(title, "Title")?,
                    tracking_url,
                    action: rt::wire::required(action, "Action")?,
                    features,
                    age_label,
                    video_extension,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ImageAdAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageAdAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ImageAdAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ImageAdAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ImageAdAddBase, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ImageAdAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ImageAdAddBase {
                    ad_image_hash: rt::wire::required(ad_image_hash, "AdImageHash")?,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextImageAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.final_url {
            map.serialize_entry("FinalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextImageAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextImageAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextImageAdAdd, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut final_url = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "FinalUrl" => {
                            final_url = rt::wire::optional_value(
                                &mut map,
                                "FinalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextImageAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextImageAdAdd {
                    ad_image_hash: rt::wire::required(ad_image_hash, "AdImageHash")?,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppImageAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppImageAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppImageAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppImageAdAdd, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppImageAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppImageAdAdd {
                    ad_image_hash: rt::wire::required(ad_image_hash, "AdImageHash")?,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdBuilderAdAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdAddItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdAddItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdBuilderAdAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdAddBase, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdAddBase {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.final_url {
            map.serialize_entry("FinalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut final_url = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "FinalUrl" => {
                            final_url = rt::wire::optional_value(
                                &mut map,
                                "FinalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCpcVideoAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCpcVideoAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCpcVideoAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCpcVideoAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCpcVideoAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_pixels {
            map.serialize_entry("TrackingPixels", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut tracking_pixels = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingPixels" => {
                            tracking_pixels = rt::wire::optional_value(
                                &mut map,
                                "TrackingPixels",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpcVideoAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmVideoAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_pixels {
            map.serialize_entry("TrackingPixels", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut tracking_pixels = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingPixels" => {
                            tracking_pixels = rt::wire::optional_value(
                                &mut map,
                                "TrackingPixels",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.text_ad {
            map.serialize_entry("TextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad {
            map.serialize_entry("ResponsiveAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad {
            map.serialize_entry("DynamicTextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad {
            map.serialize_entry("MobileAppAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad {
            map.serialize_entry("TextImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_image_ad {
            map.serialize_entry("MobileAppImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad {
            map.serialize_entry("TextAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_builder_ad {
            map.serialize_entry("MobileAppAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_ad_builder_ad {
            map.serialize_entry("CpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_ad_builder_ad {
            map.serialize_entry("CpmBannerAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_builder_ad {
            map.serialize_entry("CpmVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_builder_ad {
            map.serialize_entry("SmartAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad {
            map.serialize_entry("ShoppingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad {
            map.serialize_entry("ListingAd", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut text_ad = ::core::option::Option::None;
                let mut responsive_ad = ::core::option::Option::None;
                let mut dynamic_text_ad = ::core::option::Option::None;
                let mut mobile_app_ad = ::core::option::Option::None;
                let mut text_image_ad = ::core::option::Option::None;
                let mut mobile_app_image_ad = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut text_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad = ::core::option::Option::None;
                let mut smart_ad_builder_ad = ::core::option::Option::None;
                let mut shopping_ad = ::core::option::Option::None;
                let mut listing_ad = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "TextAd" => {
                            text_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAd" => {
                            responsive_ad = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAd" => {
                            dynamic_text_ad = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAd" => {
                            mobile_app_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAd" => {
                            text_image_ad = rt::wire::optional_value(
                                &mut map,
                                "TextImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAd" => {
                            mobile_app_image_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAd" => {
                            mobile_app_cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAd" => {
                            text_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAd" => {
                            mobile_app_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAd" => {
                            cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAd" => {
                            cpm_banner_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAd" => {
                            cpm_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAd" => {
                            smart_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAd" => {
                            shopping_ad = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAd" => {
                            listing_ad = rt::wire::optional_value(
                                &mut map,
                                "ListingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    text_ad,
                    responsive_ad,
                    dynamic_text_ad,
                    mobile_app_ad,
                    text_image_ad,
                    mobile_app_image_ad,
                    mobile_app_cpc_video_ad_builder_ad,
                    text_ad_builder_ad,
                    mobile_app_ad_builder_ad,
                    cpc_video_ad_builder_ad,
                    cpm_banner_ad_builder_ad,
                    cpm_video_ad_builder_ad,
                    smart_ad_builder_ad,
                    shopping_ad,
                    listing_ad,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdUpdateBase, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdUpdateBase {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    callout_setting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if self.title2.is_present() {
            map.serialize_entry("Title2", &self.title2)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.prefer_v_card_over_business.is_present() {
            map.serialize_entry(
                "PreferVCardOverBusiness",
                &self.prefer_v_card_over_business,
            )?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdUpdate, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut title2 = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut age_label = ::core::option::Option::None;
                let mut display_url_path = rt::Nullable::Absent;
                let mut video_extension = ::core::option::Option::None;
                let mut price_extension = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut prefer_v_card_over_business = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title2" => title2 = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceExtension" => price_extension = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "PreferVCardOverBusiness" => {
                            prefer_v_card_over_business = map.next_value()?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdUpdate {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    callout_setting,
                    text,
                    title,
                    title2,
                    final_url,
                    href,
                    age_label,
                    display_url_path,
                    video_extension,
                    price_extension,
                    turbo_page_id,
                    business_id,
                    prefer_v_card_over_business,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ResponsiveAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.texts {
            map.serialize_entry("Texts", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.titles {
            map.serialize_entry("Titles", value)?;
        }
        if self.ad_image_hashes.is_present() {
            map.serialize_entry("AdImageHashes", &self.ad_image_hashes)?;
        }
        if self.video_extension_ids.is_present() {
            map.serialize_entry("VideoExtensionIds", &self.video_extension_ids)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponsiveAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponsiveAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponsiveAdUpdate, A::Error> {
                let mut texts = ::core::option::Option::None;
                let mut titles = ::core::option::Option::None;
                let mut ad_image_hashes = rt::Nullable::Absent;
                let mut video_extension_ids = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut age_label = ::core::option::Option::None;
                let mut display_url_path = rt::Nullable::Absent;
                let mut price_extension = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Texts" => {
                            texts = rt::wire::optional_value(
                                &mut map,
                                "Texts",
                                &mut unknown_fields,
                            )?;
                        }
                        "Titles" => {
                            titles = rt::wire::optional_value(
                                &mut map,
                                "Titles",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHashes" => ad_image_hashes = map.next_value()?,
                        "VideoExtensionIds" => video_extension_ids = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "PriceExtension" => price_extension = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponsiveAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponsiveAdUpdate {
                    texts,
                    titles,
                    ad_image_hashes,
                    video_extension_ids,
                    sitelink_set_id,
                    callout_setting,
                    href,
                    age_label,
                    display_url_path,
                    price_extension,
                    business_id,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdUpdate, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdUpdate {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    callout_setting,
                    text,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if let ::core::option::Option::Some(value) = &self.features {
            map.serialize_entry("Features", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdUpdate, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut tracking_url = rt::Nullable::Absent;
                let mut action = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut features = ::core::option::Option::None;
                let mut age_label = ::core::option::Option::None;
                let mut video_extension = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Features" => {
                            features = rt::wire::optional_value(
                                &mut map,
                                "Features",
                                &mut unknown_fields,
                            )?;
                        }
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdUpdate {
                    title,
                    text,
                    tracking_url,
                    action,
                    ad_image_hash,
                    erir_ad_description,
                    features,
                    age_label,
                    video_extension,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ImageAdUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageAdUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ImageAdUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ImageAdUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ImageAdUpdateBase, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ImageAdUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ImageAdUpdateBase {
                    ad_image_hash,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextImageAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextImageAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextImageAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextImageAdUpdate, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextImageAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextImageAdUpdate {
                    ad_image_hash,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppImageAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppImageAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppImageAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppImageAdUpdate, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppImageAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppImageAdUpdate {
                    ad_image_hash,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdBuilderAdUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdUpdateItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdUpdateItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdBuilderAdUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdUpdateBase, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdUpdateBase {
                    creative,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCpcVideoAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCpcVideoAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCpcVideoAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCpcVideoAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCpcVideoAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpcVideoAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmVideoAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.states {
            map.serialize_entry("States", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile {
            map.serialize_entry("Mobile", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.v_card_ids {
            map.serialize_entry("VCardIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_ids {
            map.serialize_entry("SitelinkSetIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hashes {
            map.serialize_entry("AdImageHashes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.v_card_moderation_statuses {
            map.serialize_entry("VCardModerationStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelinks_moderation_statuses
        {
            map.serialize_entry("SitelinksModerationStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_moderation_statuses {
            map.serialize_entry("AdImageModerationStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut states = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut mobile = ::core::option::Option::None;
                let mut v_card_ids = ::core::option::Option::None;
                let mut sitelink_set_ids = ::core::option::Option::None;
                let mut ad_image_hashes = ::core::option::Option::None;
                let mut v_card_moderation_statuses = ::core::option::Option::None;
                let mut sitelinks_moderation_statuses = ::core::option::Option::None;
                let mut ad_image_moderation_statuses = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
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
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "Mobile" => {
                            mobile = rt::wire::optional_value(
                                &mut map,
                                "Mobile",
                                &mut unknown_fields,
                            )?;
                        }
                        "VCardIds" => {
                            v_card_ids = rt::wire::optional_value(
                                &mut map,
                                "VCardIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetIds" => {
                            sitelink_set_ids = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHashes" => {
                            ad_image_hashes = rt::wire::optional_value(
                                &mut map,
                                "AdImageHashes",
                                &mut unknown_fields,
                            )?;
                        }
                        "VCardModerationStatuses" => {
                            v_card_moderation_statuses = rt::wire::optional_value(
                                &mut map,
                                "VCardModerationStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinksModerationStatuses" => {
                            sitelinks_moderation_statuses = rt::wire::optional_value(
                                &mut map,
                                "SitelinksModerationStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageModerationStatuses" => {
                            ad_image_moderation_statuses = rt::wire::optional_value(
                                &mut map,
                                "AdImageModerationStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdsSelectionCriteria {
                    ids,
                    states,
                    statuses,
                    campaign_ids,
                    ad_group_ids,
                    types,
                    mobile,
                    v_card_ids,
                    sitelink_set_ids,
                    ad_image_hashes,
                    v_card_moderation_statuses,
                    sitelinks_moderation_statuses,
                    ad_image_moderation_statuses,
                    ad_extension_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.v_card_moderation.is_present() {
            map.serialize_entry("VCardModeration", &self.v_card_moderation)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGetBase, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut v_card_moderation = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "VCardModeration" => v_card_moderation = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGetBase {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    v_card_moderation,
                    sitelinks_moderation,
                    ad_image_moderation,
                    ad_extensions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.v_card_moderation.is_present() {
            map.serialize_entry("VCardModeration", &self.v_card_moderation)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if self.title2.is_present() {
            map.serialize_entry("Title2", &self.title2)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile {
            map.serialize_entry("Mobile", value)?;
        }
        if self.display_domain.is_present() {
            map.serialize_entry("DisplayDomain", &self.display_domain)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if self.display_url_path_moderation.is_present() {
            map.serialize_entry(
                "DisplayUrlPathModeration",
                &self.display_url_path_moderation,
            )?;
        }
        if self.video_extension.is_present() {
            map.serialize_entry("VideoExtension", &self.video_extension)?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.prefer_v_card_over_business.is_present() {
            map.serialize_entry(
                "PreferVCardOverBusiness",
                &self.prefer_v_card_over_business,
            )?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGet, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut v_card_moderation = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut title2 = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut mobile = ::core::option::Option::None;
                let mut display_domain = rt::Nullable::Absent;
                let mut display_url_path = rt::Nullable::Absent;
                let mut display_url_path_moderation = rt::Nullable::Absent;
                let mut video_extension = rt::Nullable::Absent;
                let mut price_extension = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut prefer_v_card_over_business = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "VCardModeration" => v_card_moderation = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title2" => title2 = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "Mobile" => {
                            mobile = rt::wire::optional_value(
                                &mut map,
                                "Mobile",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayDomain" => display_domain = map.next_value()?,
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "DisplayUrlPathModeration" => {
                            display_url_path_moderation = map.next_value()?;
                        }
                        "VideoExtension" => video_extension = map.next_value()?,
                        "PriceExtension" => price_extension = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        "BusinessId" => business_id = map.next_value()?,
                        "PreferVCardOverBusiness" => {
                            prefer_v_card_over_business = map.next_value()?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGet {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    v_card_moderation,
                    sitelinks_moderation,
                    ad_image_moderation,
                    ad_extensions,
                    text,
                    title,
                    title2,
                    final_url,
                    href,
                    mobile,
                    display_domain,
                    display_url_path,
                    display_url_path_moderation,
                    video_extension,
                    price_extension,
                    turbo_page_id,
                    turbo_page_moderation,
                    business_id,
                    prefer_v_card_over_business,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ResponsiveAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.texts {
            map.serialize_entry("Texts", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.titles {
            map.serialize_entry("Titles", value)?;
        }
        if self.ad_images.is_present() {
            map.serialize_entry("AdImages", &self.ad_images)?;
        }
        if self.video_extensions.is_present() {
            map.serialize_entry("VideoExtensions", &self.video_extensions)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.display_domain.is_present() {
            map.serialize_entry("DisplayDomain", &self.display_domain)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if self.display_url_path_moderation.is_present() {
            map.serialize_entry(
                "DisplayUrlPathModeration",
                &self.display_url_path_moderation,
            )?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponsiveAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponsiveAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponsiveAdGet, A::Error> {
                let mut texts = ::core::option::Option::None;
                let mut titles = ::core::option::Option::None;
                let mut ad_images = rt::Nullable::Absent;
                let mut video_extensions = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut display_domain = rt::Nullable::Absent;
                let mut display_url_path = rt::Nullable::Absent;
                let mut display_url_path_moderation = rt::Nullable::Absent;
                let mut price_extension = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Texts" => {
                            texts = rt::wire::optional_value(
                                &mut map,
                                "Texts",
                                &mut unknown_fields,
                            )?;
                        }
                        "Titles" => {
                            titles = rt::wire::optional_value(
                                &mut map,
                                "Titles",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImages" => ad_images = map.next_value()?,
                        "VideoExtensions" => video_extensions = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "DisplayDomain" => display_domain = map.next_value()?,
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "DisplayUrlPathModeration" => {
                            display_url_path_moderation = map.next_value()?;
                        }
                        "PriceExtension" => price_extension = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponsiveAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponsiveAdGet {
                    texts,
                    titles,
                    ad_images,
                    video_extensions,
                    href,
                    display_domain,
                    display_url_path,
                    display_url_path_moderation,
                    price_extension,
                    business_id,
                    erir_ad_description,
                    sitelink_set_id,
                    sitelinks_moderation,
                    ad_extensions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmartAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DynamicTextAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.v_card_moderation.is_present() {
            map.serialize_entry("VCardModeration", &self.v_card_moderation)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdGet, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut v_card_moderation = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "VCardModeration" => v_card_moderation = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdGet {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    v_card_moderation,
                    sitelinks_moderation,
                    ad_image_moderation,
                    ad_extensions,
                    text,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if let ::core::option::Option::Some(value) = &self.features {
            map.serialize_entry("Features", value)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if self.video_extension.is_present() {
            map.serialize_entry("VideoExtension", &self.video_extension)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGet, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut tracking_url = rt::Nullable::Absent;
                let mut action = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut features = ::core::option::Option::None;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut video_extension = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Features" => {
                            features = rt::wire::optional_value(
                                &mut map,
                                "Features",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "VideoExtension" => video_extension = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGet {
                    title,
                    text,
                    tracking_url,
                    action,
                    ad_image_hash,
                    erir_ad_description,
                    features,
                    ad_image_moderation,
                    video_extension,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ImageAdGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageAdGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ImageAdGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ImageAdGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ImageAdGetBase, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ImageAdGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ImageAdGetBase {
                    ad_image_hash,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextImageAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextImageAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextImageAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextImageAdGet, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextImageAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextImageAdGet {
                    ad_image_hash,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppImageAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppImageAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppImageAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppImageAdGet, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppImageAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppImageAdGet {
                    ad_image_hash,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdBuilderAdGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        if let ::core::option::Option::Some(value) = &self.thumbnail_url {
            map.serialize_entry("ThumbnailUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.preview_url {
            map.serialize_entry("PreviewUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdGetItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = rt::wire::optional_value(
                                &mut map,
                                "ThumbnailUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "PreviewUrl" => {
                            preview_url = rt::wire::optional_value(
                                &mut map,
                                "PreviewUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdGetItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    thumbnail_url,
                    preview_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdBuilderAdGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdGetBase, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdGetBase {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TextAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpcVideoAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    href,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCpcVideoAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCpcVideoAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCpcVideoAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCpcVideoAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCpcVideoAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmBannerAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CpmVideoAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ShoppingAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_processing_status {
            map.serialize_entry("FeedProcessingStatus", value)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ShoppingAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ShoppingAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ShoppingAdGet, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut feed_processing_status = ::core::option::Option::None;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "FeedProcessingStatus" => {
                            feed_processing_status = rt::wire::optional_value(
                                &mut map,
                                "FeedProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ShoppingAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ShoppingAdGet {
                    sitelink_set_id,
                    sitelinks_moderation,
                    ad_extensions,
                    business_id,
                    feed_id,
                    feed_filter_conditions,
                    feed_processing_status,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ListingAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_processing_status {
            map.serialize_entry("FeedProcessingStatus", value)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListingAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListingAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListingAdGet, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut feed_processing_status = ::core::option::Option::None;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "FeedProcessingStatus" => {
                            feed_processing_status = rt::wire::optional_value(
                                &mut map,
                                "FeedProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListingAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListingAdGet {
                    sitelink_set_id,
                    sitelinks_moderation,
                    ad_extensions,
                    business_id,
                    feed_id,
                    feed_filter_conditions,
                    feed_processing_status,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        if self.ad_categories.is_present() {
            map.serialize_entry("AdCategories", &self.ad_categories)?;
        }
        if self.age_label.is_present() {
            map.serialize_entry("AgeLabel", &self.age_label)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.subtype {
            map.serialize_entry("Subtype", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad {
            map.serialize_entry("TextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad {
            map.serialize_entry("DynamicTextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad {
            map.serialize_entry("MobileAppAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad {
            map.serialize_entry("TextImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_image_ad {
            map.serialize_entry("MobileAppImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad {
            map.serialize_entry("TextAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_builder_ad {
            map.serialize_entry("MobileAppAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_ad_builder_ad {
            map.serialize_entry("CpmBannerAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_ad_builder_ad {
            map.serialize_entry("CpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_builder_ad {
            map.serialize_entry("CpmVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_builder_ad {
            map.serialize_entry("SmartAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad {
            map.serialize_entry("ShoppingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad {
            map.serialize_entry("ListingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad {
            map.serialize_entry("ResponsiveAd", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut ad_categories = rt::Nullable::Absent;
                let mut age_label = rt::Nullable::Absent;
                let mut type_ = ::core::option::Option::None;
                let mut subtype = ::core::option::Option::None;
                let mut text_ad = ::core::option::Option::None;
                let mut dynamic_text_ad = ::core::option::Option::None;
                let mut mobile_app_ad = ::core::option::Option::None;
                let mut text_image_ad = ::core::option::Option::None;
                let mut mobile_app_image_ad = ::core::option::Option::None;
                let mut text_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad = ::core::option::Option::None;
                let mut smart_ad_builder_ad = ::core::option::Option::None;
                let mut shopping_ad = ::core::option::Option::None;
                let mut listing_ad = ::core::option::Option::None;
                let mut responsive_ad = ::core::option::Option::None;
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
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdCategories" => ad_categories = map.next_value()?,
                        "AgeLabel" => age_label = map.next_value()?,
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
                        "TextAd" => {
                            text_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAd" => {
                            dynamic_text_ad = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAd" => {
                            mobile_app_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAd" => {
                            text_image_ad = rt::wire::optional_value(
                                &mut map,
                                "TextImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAd" => {
                            mobile_app_image_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAd" => {
                            text_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAd" => {
                            mobile_app_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAd" => {
                            mobile_app_cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAd" => {
                            cpm_banner_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAd" => {
                            cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAd" => {
                            cpm_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAd" => {
                            smart_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAd" => {
                            shopping_ad = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAd" => {
                            listing_ad = rt::wire::optional_value(
                                &mut map,
                                "ListingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAd" => {
                            responsive_ad = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAd",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGetItem {
                    id,
                    campaign_id,
                    ad_group_id,
                    status,
                    state,
                    status_clarification,
                    ad_categories,
                    age_label,
                    type_,
                    subtype,
                    text_ad,
                    dynamic_text_ad,
                    mobile_app_ad,
                    text_image_ad,
                    mobile_app_image_ad,
                    text_ad_builder_ad,
                    mobile_app_ad_builder_ad,
                    mobile_app_cpc_video_ad_builder_ad,
                    cpm_banner_ad_builder_ad,
                    cpc_video_ad_builder_ad,
                    cpm_video_ad_builder_ad,
                    smart_ad_builder_ad,
                    shopping_ad,
                    listing_ad,
                    responsive_ad,
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
        if let ::core::option::Option::Some(value) = &self.text_ad_field_names {
            map.serialize_entry("TextAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .text_ad_price_extension_field_names
        {
            map.serialize_entry("TextAdPriceExtensionFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_field_names {
            map.serialize_entry("MobileAppAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_field_names {
            map.serialize_entry("DynamicTextAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad_field_names {
            map.serialize_entry("TextImageAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_image_ad_field_names
        {
            map.serialize_entry("MobileAppImageAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad_field_names
        {
            map.serialize_entry("TextAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_ad_builder_ad_field_names
        {
            map.serialize_entry("MobileAppAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad_field_names
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_banner_ad_builder_ad_field_names
        {
            map.serialize_entry("CpmBannerAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpc_video_ad_builder_ad_field_names
        {
            map.serialize_entry("CpcVideoAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_video_ad_builder_ad_field_names
        {
            map.serialize_entry("CpmVideoAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .smart_ad_builder_ad_field_names
        {
            map.serialize_entry("SmartAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad_field_names {
            map.serialize_entry("ShoppingAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad_field_names {
            map.serialize_entry("ListingAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad_field_names {
            map.serialize_entry("ResponsiveAdFieldNames", value)?;
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
                let mut text_ad_field_names = ::core::option::Option::None;
                let mut text_ad_price_extension_field_names = ::core::option::Option::None;
                let mut mobile_app_ad_field_names = ::core::option::Option::None;
                let mut dynamic_text_ad_field_names = ::core::option::Option::None;
                let mut text_image_ad_field_names = ::core::option::Option::None;
                let mut mobile_app_image_ad_field_names = ::core::option::Option::None;
                let mut text_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut smart_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut shopping_ad_field_names = ::core::option::Option::None;
                let mut listing_ad_field_names = ::core::option::Option::None;
                let mut responsive_ad_field_names = ::core::option::Option::None;
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
                        "TextAdFieldNames" => {
                            text_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdPriceExtensionFieldNames" => {
                            text_ad_price_extension_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdPriceExtensionFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdFieldNames" => {
                            mobile_app_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdFieldNames" => {
                            dynamic_text_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAdFieldNames" => {
                            text_image_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextImageAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAdFieldNames" => {
                            mobile_app_image_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAdFieldNames" => {
                            text_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAdFieldNames" => {
                            mobile_app_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAdFieldNames" => {
                            mobile_app_cpc_video_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAdFieldNames" => {
                            cpm_banner_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAdFieldNames" => {
                            cpc_video_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAdFieldNames" => {
                            cpm_video_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAdFieldNames" => {
                            smart_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAdFieldNames" => {
                            shopping_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAdFieldNames" => {
                            listing_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "ListingAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAdFieldNames" => {
                            responsive_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAdFieldNames",
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
                    text_ad_field_names,
                    text_ad_price_extension_field_names,
                    mobile_app_ad_field_names,
                    dynamic_text_ad_field_names,
                    text_image_ad_field_names,
                    mobile_app_image_ad_field_names,
                    text_ad_builder_ad_field_names,
                    mobile_app_ad_builder_ad_field_names,
                    mobile_app_cpc_video_ad_builder_ad_field_names,
                    cpm_banner_ad_builder_ad_field_names,
                    cpc_video_ad_builder_ad_field_names,
                    cpm_video_ad_builder_ad_field_names,
                    smart_ad_builder_ad_field_names,
                    shopping_ad_field_names,
                    listing_ad_field_names,
                    responsive_ad_field_names,
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
        if let ::core::option::Option::Some(value) = &self.ads {
            map.serialize_entry("Ads", value)?;
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
                let mut ads = ::core::option::Option::None;
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
                        "Ads" => {
                            ads = rt::wire::optional_value(
                                &mut map,
                                "Ads",
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
                    ads,
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
        map.serialize_entry("Ads", &self.ads)?;
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
                let mut ads = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ads" => ads = ::core::option::Option::Some(map.next_value()?),
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
                    ads: rt::wire::required(ads, "Ads")?,
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
        map.serialize_entry("Ads", &self.ads)?;
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
                let mut ads = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ads" => ads = ::core::option::Option::Some(map.next_value()?),
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
                    ads: rt::wire::required(ads, "Ads")?,
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
impl ::serde::Serialize for ModerateRequest {
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
impl<'de> ::serde::Deserialize<'de> for ModerateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ModerateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ModerateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ModerateRequest, A::Error> {
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
                                "ModerateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ModerateRequest {
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
impl ::serde::Serialize for ModerateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.moderate_results {
            map.serialize_entry("ModerateResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ModerateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ModerateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ModerateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ModerateResponse, A::Error> {
                let mut moderate_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ModerateResults" => {
                            moderate_results = rt::wire::optional_value(
                                &mut map,
                                "ModerateResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ModerateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ModerateResponse {
                    moderate_results,
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
    type Item = AdGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<AdGetItem> {
        self.ads.unwrap_or_default()
    }
}
