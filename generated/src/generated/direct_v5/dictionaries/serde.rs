// @generated from schema/direct_v5/dictionaries.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `dictionaries` (`schema/direct_v5/dictionaries.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for DictionaryNameEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DictionaryNameEnum {
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
impl ::serde::Serialize for GeoRegionsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exact_names {
            map.serialize_entry("ExactNames", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GeoRegionsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GeoRegionsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GeoRegionsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GeoRegionsSelectionCriteria, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut region_ids = ::core::option::Option::None;
                let mut exact_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExactNames" => {
                            exact_names = rt::wire::optional_value(
                                &mut map,
                                "ExactNames",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GeoRegionsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GeoRegionsSelectionCriteria {
                    name,
                    region_ids,
                    exact_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CurrenciesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Currency", &self.currency)?;
        map.serialize_entry("Properties", &self.properties)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CurrenciesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CurrenciesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CurrenciesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CurrenciesItem, A::Error> {
                let mut currency = ::core::option::Option::None;
                let mut properties = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => {
                            currency = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Properties" => {
                            properties = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CurrenciesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CurrenciesItem {
                    currency: rt::wire::required(currency, "Currency")?,
                    properties: rt::wire::required(properties, "Properties")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MetroStationsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GeoRegionId", &self.geo_region_id)?;
        map.serialize_entry("MetroStationId", &self.metro_station_id)?;
        map.serialize_entry("MetroStationName", &self.metro_station_name)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MetroStationsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MetroStationsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MetroStationsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MetroStationsItem, A::Error> {
                let mut geo_region_id = ::core::option::Option::None;
                let mut metro_station_id = ::core::option::Option::None;
                let mut metro_station_name = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GeoRegionId" => {
                            geo_region_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "MetroStationId" => {
                            metro_station_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "MetroStationName" => {
                            metro_station_name = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MetroStationsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MetroStationsItem {
                    geo_region_id: rt::wire::required(geo_region_id, "GeoRegionId")?,
                    metro_station_id: rt::wire::required(
                        metro_station_id,
                        "MetroStationId",
                    )?,
                    metro_station_name: rt::wire::required(
                        metro_station_name,
                        "MetroStationName",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GeoRegionsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GeoRegionId", &self.geo_region_id)?;
        map.serialize_entry("GeoRegionName", &self.geo_region_name)?;
        map.serialize_entry("GeoRegionType", &self.geo_region_type)?;
        map.serialize_entry("ParentId", &self.parent_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GeoRegionsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GeoRegionsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GeoRegionsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GeoRegionsItem, A::Error> {
                let mut geo_region_id = ::core::option::Option::None;
                let mut geo_region_name = ::core::option::Option::None;
                let mut geo_region_type = ::core::option::Option::None;
                let mut parent_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GeoRegionId" => {
                            geo_region_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GeoRegionName" => {
                            geo_region_name = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GeoRegionType" => {
                            geo_region_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ParentId" => {
                            parent_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GeoRegionsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GeoRegionsItem {
                    geo_region_id: rt::wire::required(geo_region_id, "GeoRegionId")?,
                    geo_region_name: rt::wire::required(
                        geo_region_name,
                        "GeoRegionName",
                    )?,
                    geo_region_type: rt::wire::required(
                        geo_region_type,
                        "GeoRegionType",
                    )?,
                    parent_id: rt::wire::required(parent_id, "ParentId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GeoRegionNamesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GeoRegionId", &self.geo_region_id)?;
        map.serialize_entry("GeoRegionName", &self.geo_region_name)?;
        map.serialize_entry("GeoRegionType", &self.geo_region_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GeoRegionNamesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GeoRegionNamesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GeoRegionNamesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GeoRegionNamesItem, A::Error> {
                let mut geo_region_id = ::core::option::Option::None;
                let mut geo_region_name = ::core::option::Option::None;
                let mut geo_region_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GeoRegionId" => {
                            geo_region_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GeoRegionName" => {
                            geo_region_name = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GeoRegionType" => {
                            geo_region_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GeoRegionNamesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GeoRegionNamesItem {
                    geo_region_id: rt::wire::required(geo_region_id, "GeoRegionId")?,
                    geo_region_name: rt::wire::required(
                        geo_region_name,
                        "GeoRegionName",
                    )?,
                    geo_region_type: rt::wire::required(
                        geo_region_type,
                        "GeoRegionType",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TimeZonesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TimeZone", &self.time_zone)?;
        map.serialize_entry("TimeZoneName", &self.time_zone_name)?;
        map.serialize_entry("UtcOffset", &self.utc_offset)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TimeZonesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TimeZonesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TimeZonesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TimeZonesItem, A::Error> {
                let mut time_zone = ::core::option::Option::None;
                let mut time_zone_name = ::core::option::Option::None;
                let mut utc_offset = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TimeZone" => {
                            time_zone = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TimeZoneName" => {
                            time_zone_name = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "UtcOffset" => {
                            utc_offset = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TimeZonesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TimeZonesItem {
                    time_zone: rt::wire::required(time_zone, "TimeZone")?,
                    time_zone_name: rt::wire::required(time_zone_name, "TimeZoneName")?,
                    utc_offset: rt::wire::required(utc_offset, "UtcOffset")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ConstantsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ConstantsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ConstantsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ConstantsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ConstantsItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ConstantsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ConstantsItem {
                    name: rt::wire::required(name, "Name")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdCategoriesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdCategory", &self.ad_category)?;
        map.serialize_entry("Description", &self.description)?;
        map.serialize_entry("Message", &self.message)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdCategoriesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdCategoriesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdCategoriesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdCategoriesItem, A::Error> {
                let mut ad_category = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut message = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdCategory" => {
                            ad_category = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Description" => {
                            description = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Message" => {
                            message = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdCategoriesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdCategoriesItem {
                    ad_category: rt::wire::required(ad_category, "AdCategory")?,
                    description: rt::wire::required(description, "Description")?,
                    message: rt::wire::required(message, "Message")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for OperationSystemVersionsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("OsName", &self.os_name)?;
        map.serialize_entry("OsVersion", &self.os_version)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for OperationSystemVersionsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = OperationSystemVersionsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `OperationSystemVersionsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<OperationSystemVersionsItem, A::Error> {
                let mut os_name = ::core::option::Option::None;
                let mut os_version = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "OsName" => {
                            os_name = ::core::option::Option::Some(map.next_value()?);
                        }
                        "OsVersion" => {
                            os_version = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "OperationSystemVersionsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(OperationSystemVersionsItem {
                    os_name: rt::wire::required(os_name, "OsName")?,
                    os_version: rt::wire::required(os_version, "OsVersion")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ProductivityAssertionsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Reference", &self.reference)?;
        map.serialize_entry("Title", &self.title)?;
        map.serialize_entry("Recommendation", &self.recommendation)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProductivityAssertionsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ProductivityAssertionsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ProductivityAssertionsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ProductivityAssertionsItem, A::Error> {
                let mut reference = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut recommendation = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Reference" => {
                            reference = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Recommendation" => {
                            recommendation = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ProductivityAssertionsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ProductivityAssertionsItem {
                    reference: rt::wire::required(reference, "Reference")?,
                    title: rt::wire::required(title, "Title")?,
                    recommendation: rt::wire::required(
                        recommendation,
                        "Recommendation",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SupplySidePlatformsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Title", &self.title)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SupplySidePlatformsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SupplySidePlatformsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SupplySidePlatformsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SupplySidePlatformsItem, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SupplySidePlatformsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SupplySidePlatformsItem {
                    title: rt::wire::required(title, "Title")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for InterestsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("InterestId", &self.interest_id)?;
        map.serialize_entry("ParentId", &self.parent_id)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("IsTargetable", &self.is_targetable)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InterestsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = InterestsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `InterestsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<InterestsItem, A::Error> {
                let mut interest_id = ::core::option::Option::None;
                let mut parent_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut is_targetable = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "InterestId" => {
                            interest_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ParentId" => {
                            parent_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "IsTargetable" => {
                            is_targetable = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "InterestsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(InterestsItem {
                    interest_id: rt::wire::required(interest_id, "InterestId")?,
                    parent_id: rt::wire::required(parent_id, "ParentId")?,
                    name: rt::wire::required(name, "Name")?,
                    is_targetable: rt::wire::required(is_targetable, "IsTargetable")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CanSelectEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CanSelectEnum {
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
impl ::serde::Serialize for InterestTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InterestTypeEnum {
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
impl ::serde::Serialize for GeoRegionFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for GeoRegionFieldEnum {
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
impl ::serde::Serialize for AudienceCriteriaTypesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Type", &self.type_)?;
        map.serialize_entry("BlockElement", &self.block_element)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Description", &self.description)?;
        map.serialize_entry("CanSelect", &self.can_select)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceCriteriaTypesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceCriteriaTypesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceCriteriaTypesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceCriteriaTypesItem, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut block_element = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut can_select = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        "BlockElement" => {
                            block_element = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Description" => {
                            description = ::core::option::Option::Some(map.next_value()?);
                        }
                        "CanSelect" => {
                            can_select = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceCriteriaTypesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceCriteriaTypesItem {
                    type_: rt::wire::required(type_, "Type")?,
                    block_element: rt::wire::required(block_element, "BlockElement")?,
                    name: rt::wire::required(name, "Name")?,
                    description: rt::wire::required(description, "Description")?,
                    can_select: rt::wire::required(can_select, "CanSelect")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceDemographicProfilesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        map.serialize_entry("Type", &self.type_)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Description", &self.description)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceDemographicProfilesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceDemographicProfilesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceDemographicProfilesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceDemographicProfilesItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Description" => {
                            description = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceDemographicProfilesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceDemographicProfilesItem {
                    id: rt::wire::required(id, "Id")?,
                    type_: rt::wire::required(type_, "Type")?,
                    name: rt::wire::required(name, "Name")?,
                    description: rt::wire::required(description, "Description")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceInterestsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("InterestKey", &self.interest_key)?;
        map.serialize_entry("Id", &self.id)?;
        map.serialize_entry("ParentId", &self.parent_id)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Description", &self.description)?;
        map.serialize_entry("InterestType", &self.interest_type)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceInterestsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceInterestsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceInterestsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceInterestsItem, A::Error> {
                let mut interest_key = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut parent_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut interest_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "InterestKey" => {
                            interest_key = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "ParentId" => {
                            parent_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Description" => {
                            description = ::core::option::Option::Some(map.next_value()?);
                        }
                        "InterestType" => {
                            interest_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceInterestsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceInterestsItem {
                    interest_key: rt::wire::required(interest_key, "InterestKey")?,
                    id: rt::wire::required(id, "Id")?,
                    parent_id: rt::wire::required(parent_id, "ParentId")?,
                    name: rt::wire::required(name, "Name")?,
                    description: rt::wire::required(description, "Description")?,
                    interest_type: rt::wire::required(interest_type, "InterestType")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GeoRegionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.geo_region_id {
            map.serialize_entry("GeoRegionId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.geo_region_name {
            map.serialize_entry("GeoRegionName", value)?;
        }
        if self.parent_geo_region_names.is_present() {
            map.serialize_entry("ParentGeoRegionNames", &self.parent_geo_region_names)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GeoRegionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GeoRegionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GeoRegionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GeoRegionGetItem, A::Error> {
                let mut geo_region_id = ::core::option::Option::None;
                let mut geo_region_name = ::core::option::Option::None;
                let mut parent_geo_region_names = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GeoRegionId" => {
                            geo_region_id = rt::wire::optional_value(
                                &mut map,
                                "GeoRegionId",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoRegionName" => {
                            geo_region_name = rt::wire::optional_value(
                                &mut map,
                                "GeoRegionName",
                                &mut unknown_fields,
                            )?;
                        }
                        "ParentGeoRegionNames" => {
                            parent_geo_region_names = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GeoRegionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GeoRegionGetItem {
                    geo_region_id,
                    geo_region_name,
                    parent_geo_region_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FilterFieldType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterFieldType {
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
impl ::serde::Serialize for EnumFilterFieldProps {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Values", &self.values)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EnumFilterFieldProps {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EnumFilterFieldProps;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EnumFilterFieldProps` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EnumFilterFieldProps, A::Error> {
                let mut values = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Values" => {
                            values = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EnumFilterFieldProps",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EnumFilterFieldProps {
                    values: rt::wire::required(values, "Values")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NumberFilterFieldProps {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Min", &self.min)?;
        map.serialize_entry("Max", &self.max)?;
        map.serialize_entry("Precision", &self.precision)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NumberFilterFieldProps {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NumberFilterFieldProps;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NumberFilterFieldProps` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NumberFilterFieldProps, A::Error> {
                let mut min = ::core::option::Option::None;
                let mut max = ::core::option::Option::None;
                let mut precision = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Min" => min = ::core::option::Option::Some(map.next_value()?),
                        "Max" => max = ::core::option::Option::Some(map.next_value()?),
                        "Precision" => {
                            precision = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NumberFilterFieldProps",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NumberFilterFieldProps {
                    min: rt::wire::required(min, "Min")?,
                    max: rt::wire::required(max, "Max")?,
                    precision: rt::wire::required(precision, "Precision")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StringFilterFieldProps {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("MaxLength", &self.max_length)?;
        map.serialize_entry("MinLength", &self.min_length)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StringFilterFieldProps {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StringFilterFieldProps;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StringFilterFieldProps` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StringFilterFieldProps, A::Error> {
                let mut max_length = ::core::option::Option::None;
                let mut min_length = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MaxLength" => {
                            max_length = ::core::option::Option::Some(map.next_value()?);
                        }
                        "MinLength" => {
                            min_length = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StringFilterFieldProps",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StringFilterFieldProps {
                    max_length: rt::wire::required(max_length, "MaxLength")?,
                    min_length: rt::wire::required(min_length, "MinLength")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FilterFieldOperator {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("MaxItems", &self.max_items)?;
        map.serialize_entry("Type", &self.type_)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterFieldOperator {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FilterFieldOperator;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FilterFieldOperator` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FilterFieldOperator, A::Error> {
                let mut max_items = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MaxItems" => {
                            max_items = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FilterFieldOperator",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FilterFieldOperator {
                    max_items: rt::wire::required(max_items, "MaxItems")?,
                    type_: rt::wire::required(type_, "Type")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FilterFieldItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Type", &self.type_)?;
        if let ::core::option::Option::Some(value) = &self.enum_props {
            map.serialize_entry("EnumProps", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.number_props {
            map.serialize_entry("NumberProps", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.string_props {
            map.serialize_entry("StringProps", value)?;
        }
        map.serialize_entry("Operators", &self.operators)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterFieldItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FilterFieldItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FilterFieldItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FilterFieldItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut enum_props = ::core::option::Option::None;
                let mut number_props = ::core::option::Option::None;
                let mut string_props = ::core::option::Option::None;
                let mut operators = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        "EnumProps" => {
                            enum_props = rt::wire::optional_value(
                                &mut map,
                                "EnumProps",
                                &mut unknown_fields,
                            )?;
                        }
                        "NumberProps" => {
                            number_props = rt::wire::optional_value(
                                &mut map,
                                "NumberProps",
                                &mut unknown_fields,
                            )?;
                        }
                        "StringProps" => {
                            string_props = rt::wire::optional_value(
                                &mut map,
                                "StringProps",
                                &mut unknown_fields,
                            )?;
                        }
                        "Operators" => {
                            operators = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FilterFieldItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FilterFieldItem {
                    name: rt::wire::required(name, "Name")?,
                    type_: rt::wire::required(type_, "Type")?,
                    enum_props,
                    number_props,
                    string_props,
                    operators: rt::wire::required(operators, "Operators")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FilterSchemasItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Fields", &self.fields)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterSchemasItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FilterSchemasItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FilterSchemasItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FilterSchemasItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut fields = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Fields" => {
                            fields = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FilterSchemasItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FilterSchemasItem {
                    name: rt::wire::required(name, "Name")?,
                    fields: rt::wire::required(fields, "Fields")?,
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
        map.serialize_entry("DictionaryNames", &self.dictionary_names)?;
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
                let mut dictionary_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "DictionaryNames" => {
                            dictionary_names = ::core::option::Option::Some(
                                map.next_value()?,
                            );
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
                    dictionary_names: rt::wire::required(
                        dictionary_names,
                        "DictionaryNames",
                    )?,
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
        if let ::core::option::Option::Some(value) = &self.currencies {
            map.serialize_entry("Currencies", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metro_stations {
            map.serialize_entry("MetroStations", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.geo_regions {
            map.serialize_entry("GeoRegions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.geo_region_names {
            map.serialize_entry("GeoRegionNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_zones {
            map.serialize_entry("TimeZones", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.constants {
            map.serialize_entry("Constants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_categories {
            map.serialize_entry("AdCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.operation_system_versions {
            map.serialize_entry("OperationSystemVersions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.productivity_assertions {
            map.serialize_entry("ProductivityAssertions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.supply_side_platforms {
            map.serialize_entry("SupplySidePlatforms", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.interests {
            map.serialize_entry("Interests", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience_criteria_types {
            map.serialize_entry("AudienceCriteriaTypes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience_demographic_profiles
        {
            map.serialize_entry("AudienceDemographicProfiles", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience_interests {
            map.serialize_entry("AudienceInterests", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.filter_schemas {
            map.serialize_entry("FilterSchemas", value)?;
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
                let mut currencies = ::core::option::Option::None;
                let mut metro_stations = ::core::option::Option::None;
                let mut geo_regions = ::core::option::Option::None;
                let mut geo_region_names = ::core::option::Option::None;
                let mut time_zones = ::core::option::Option::None;
                let mut constants = ::core::option::Option::None;
                let mut ad_categories = ::core::option::Option::None;
                let mut operation_system_versions = ::core::option::Option::None;
                let mut productivity_assertions = ::core::option::Option::None;
                let mut supply_side_platforms = ::core::option::Option::None;
                let mut interests = ::core::option::Option::None;
                let mut audience_criteria_types = ::core::option::Option::None;
                let mut audience_demographic_profiles = ::core::option::Option::None;
                let mut audience_interests = ::core::option::Option::None;
                let mut filter_schemas = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Currencies" => {
                            currencies = rt::wire::optional_value(
                                &mut map,
                                "Currencies",
                                &mut unknown_fields,
                            )?;
                        }
                        "MetroStations" => {
                            metro_stations = rt::wire::optional_value(
                                &mut map,
                                "MetroStations",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoRegions" => {
                            geo_regions = rt::wire::optional_value(
                                &mut map,
                                "GeoRegions",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoRegionNames" => {
                            geo_region_names = rt::wire::optional_value(
                                &mut map,
                                "GeoRegionNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimeZones" => {
                            time_zones = rt::wire::optional_value(
                                &mut map,
                                "TimeZones",
                                &mut unknown_fields,
                            )?;
                        }
                        "Constants" => {
                            constants = rt::wire::optional_value(
                                &mut map,
                                "Constants",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdCategories" => {
                            ad_categories = rt::wire::optional_value(
                                &mut map,
                                "AdCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "OperationSystemVersions" => {
                            operation_system_versions = rt::wire::optional_value(
                                &mut map,
                                "OperationSystemVersions",
                                &mut unknown_fields,
                            )?;
                        }
                        "ProductivityAssertions" => {
                            productivity_assertions = rt::wire::optional_value(
                                &mut map,
                                "ProductivityAssertions",
                                &mut unknown_fields,
                            )?;
                        }
                        "SupplySidePlatforms" => {
                            supply_side_platforms = rt::wire::optional_value(
                                &mut map,
                                "SupplySidePlatforms",
                                &mut unknown_fields,
                            )?;
                        }
                        "Interests" => {
                            interests = rt::wire::optional_value(
                                &mut map,
                                "Interests",
                                &mut unknown_fields,
                            )?;
                        }
                        "AudienceCriteriaTypes" => {
                            audience_criteria_types = rt::wire::optional_value(
                                &mut map,
                                "AudienceCriteriaTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        "AudienceDemographicProfiles" => {
                            audience_demographic_profiles = rt::wire::optional_value(
                                &mut map,
                                "AudienceDemographicProfiles",
                                &mut unknown_fields,
                            )?;
                        }
                        "AudienceInterests" => {
                            audience_interests = rt::wire::optional_value(
                                &mut map,
                                "AudienceInterests",
                                &mut unknown_fields,
                            )?;
                        }
                        "FilterSchemas" => {
                            filter_schemas = rt::wire::optional_value(
                                &mut map,
                                "FilterSchemas",
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
                    currencies,
                    metro_stations,
                    geo_regions,
                    geo_region_names,
                    time_zones,
                    constants,
                    ad_categories,
                    operation_system_versions,
                    productivity_assertions,
                    supply_side_platforms,
                    interests,
                    audience_criteria_types,
                    audience_demographic_profiles,
                    audience_interests,
                    filter_schemas,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetGeoRegionsRequest {
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
impl<'de> ::serde::Deserialize<'de> for GetGeoRegionsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetGeoRegionsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetGeoRegionsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetGeoRegionsRequest, A::Error> {
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
                                "GetGeoRegionsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetGeoRegionsRequest {
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
impl ::serde::Serialize for GetGeoRegionsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limited_by {
            map.serialize_entry("LimitedBy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.geo_regions {
            map.serialize_entry("GeoRegions", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetGeoRegionsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetGeoRegionsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetGeoRegionsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetGeoRegionsResponse, A::Error> {
                let mut limited_by = ::core::option::Option::None;
                let mut geo_regions = ::core::option::Option::None;
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
                        "GeoRegions" => {
                            geo_regions = rt::wire::optional_value(
                                &mut map,
                                "GeoRegions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetGeoRegionsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetGeoRegionsResponse {
                    limited_by,
                    geo_regions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl rt::paging::PagedRequest for GetGeoRegionsRequest {
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
impl rt::paging::PagedResponse for GetGeoRegionsResponse {
    type Item = GeoRegionGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<GeoRegionGetItem> {
        self.geo_regions.unwrap_or_default()
    }
}
