// @generated from schema/direct_v5/dictionaries.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Dictionaries service: `POST /json/v5/dictionaries`.
//!
//! Generated from `schema/direct_v5/dictionaries.json` (upstream `dictionaries.xml`, sha256 `7c6ec23ddf0bce9da1070560bab84ec4fc027c2a04d39f8d3bcf9322a9480b0e`).
use crate::runtime as rt;
/// `Dictionaries.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Dictionaries",
    endpoint: "dictionaries",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `Dictionaries.getGeoRegions`.
pub const GET_GEO_REGIONS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Dictionaries",
    endpoint: "dictionaries",
    method: "getGeoRegions",
    access: rt::Access::Read,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: GET_GEO_REGIONS,
        request: rt::method::roundtrip_request::<GetGeoRegionsRequest>,
        response: rt::method::roundtrip_response::<GetGeoRegionsResponse>,
    },
];
/// The Dictionaries service (`POST /json/v5/dictionaries`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct DictionariesService<'a> {
    client: &'a rt::Client,
}
impl<'a> DictionariesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Dictionaries.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `Dictionaries.getGeoRegions`: sends `GetGeoRegionsRequest` as `params`, returns `GetGeoRegionsResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get_geo_regions(
        &self,
        params: GetGeoRegionsRequest,
    ) -> ::core::result::Result<rt::Response<GetGeoRegionsResponse>, rt::Error> {
        self.client.call(&GET_GEO_REGIONS, &params).await
    }
}
impl rt::paging::PagedRequest for GetGeoRegionsRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self.page.get_or_insert_with(<super::general::LimitOffset>::default).offset = ::core::option::Option::Some(
            offset,
        );
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
/// `DictionaryNameEnum`: one of 15 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DictionaryNameEnum {
    /// `Currencies`
    Currencies,
    /// `MetroStations`
    MetroStations,
    /// `GeoRegions`
    GeoRegions,
    /// `GeoRegionNames`
    GeoRegionNames,
    /// `TimeZones`
    TimeZones,
    /// `Constants`
    Constants,
    /// `AdCategories`
    AdCategories,
    /// `OperationSystemVersions`
    OperationSystemVersions,
    /// `ProductivityAssertions`
    ProductivityAssertions,
    /// `SupplySidePlatforms`
    SupplySidePlatforms,
    /// `Interests`
    Interests,
    /// `AudienceCriteriaTypes`
    AudienceCriteriaTypes,
    /// `AudienceDemographicProfiles`
    AudienceDemographicProfiles,
    /// `AudienceInterests`
    AudienceInterests,
    /// `FilterSchemas`
    FilterSchemas,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DictionaryNameEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Currencies,
        Self::MetroStations,
        Self::GeoRegions,
        Self::GeoRegionNames,
        Self::TimeZones,
        Self::Constants,
        Self::AdCategories,
        Self::OperationSystemVersions,
        Self::ProductivityAssertions,
        Self::SupplySidePlatforms,
        Self::Interests,
        Self::AudienceCriteriaTypes,
        Self::AudienceDemographicProfiles,
        Self::AudienceInterests,
        Self::FilterSchemas,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Currencies => "Currencies",
            Self::MetroStations => "MetroStations",
            Self::GeoRegions => "GeoRegions",
            Self::GeoRegionNames => "GeoRegionNames",
            Self::TimeZones => "TimeZones",
            Self::Constants => "Constants",
            Self::AdCategories => "AdCategories",
            Self::OperationSystemVersions => "OperationSystemVersions",
            Self::ProductivityAssertions => "ProductivityAssertions",
            Self::SupplySidePlatforms => "SupplySidePlatforms",
            Self::Interests => "Interests",
            Self::AudienceCriteriaTypes => "AudienceCriteriaTypes",
            Self::AudienceDemographicProfiles => "AudienceDemographicProfiles",
            Self::AudienceInterests => "AudienceInterests",
            Self::FilterSchemas => "FilterSchemas",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Currencies" => Self::Currencies,
            "MetroStations" => Self::MetroStations,
            "GeoRegions" => Self::GeoRegions,
            "GeoRegionNames" => Self::GeoRegionNames,
            "TimeZones" => Self::TimeZones,
            "Constants" => Self::Constants,
            "AdCategories" => Self::AdCategories,
            "OperationSystemVersions" => Self::OperationSystemVersions,
            "ProductivityAssertions" => Self::ProductivityAssertions,
            "SupplySidePlatforms" => Self::SupplySidePlatforms,
            "Interests" => Self::Interests,
            "AudienceCriteriaTypes" => Self::AudienceCriteriaTypes,
            "AudienceDemographicProfiles" => Self::AudienceDemographicProfiles,
            "AudienceInterests" => Self::AudienceInterests,
            "FilterSchemas" => Self::FilterSchemas,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DictionaryNameEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DictionaryNameEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
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
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `GeoRegionsSelectionCriteria` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GeoRegionsSelectionCriteria {
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `RegionIds`: array of `xsd:long` (optional).
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `ExactNames`: array of `xsd:string` (optional).
    pub exact_names: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GeoRegionsSelectionCriteria {
    /// An empty `GeoRegionsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            name: ::core::option::Option::None,
            region_ids: ::core::option::Option::None,
            exact_names: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.region_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExactNames`.
    #[inline]
    #[must_use]
    pub fn with_exact_names(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.exact_names = ::core::option::Option::Some(value);
        self
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
/// `CurrenciesItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CurrenciesItem {
    /// `Currency`: `xsd:string` (required).
    pub currency: ::std::string::String,
    /// `Properties`: array of `ConstantsItem` (required).
    pub properties: ::std::vec::Vec<ConstantsItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CurrenciesItem {
    /// A `CurrenciesItem` with its required fields (`Currency`, `Properties`); the others start absent.
    pub fn new(
        currency: ::std::string::String,
        properties: ::std::vec::Vec<ConstantsItem>,
    ) -> Self {
        Self {
            currency,
            properties,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `MetroStationsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MetroStationsItem {
    /// `GeoRegionId`: `xsd:long` (required).
    pub geo_region_id: i64,
    /// `MetroStationId`: `xsd:long` (required).
    pub metro_station_id: i64,
    /// `MetroStationName`: `xsd:string` (required).
    pub metro_station_name: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MetroStationsItem {
    /// A `MetroStationsItem` with its required fields (`GeoRegionId`, `MetroStationId`, `MetroStationName`); the others start absent.
    pub fn new(
        geo_region_id: i64,
        metro_station_id: i64,
        metro_station_name: ::std::string::String,
    ) -> Self {
        Self {
            geo_region_id,
            metro_station_id,
            metro_station_name,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `GeoRegionsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GeoRegionsItem {
    /// `GeoRegionId`: `xsd:long` (required).
    pub geo_region_id: i64,
    /// `GeoRegionName`: `xsd:string` (required).
    pub geo_region_name: ::std::string::String,
    /// `GeoRegionType`: `xsd:string` (required).
    pub geo_region_type: ::std::string::String,
    /// `ParentId`: `xsd:long` (required, nillable).
    pub parent_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GeoRegionsItem {
    /// A `GeoRegionsItem` with its required fields (`GeoRegionId`, `GeoRegionName`, `GeoRegionType`); the others start absent.
    pub fn new(
        geo_region_id: i64,
        geo_region_name: ::std::string::String,
        geo_region_type: ::std::string::String,
    ) -> Self {
        Self {
            geo_region_id,
            geo_region_name,
            geo_region_type,
            parent_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ParentId`.
    #[inline]
    #[must_use]
    pub fn with_parent_id(mut self, value: i64) -> Self {
        self.parent_id = ::core::option::Option::Some(value);
        self
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
/// `GeoRegionNamesItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GeoRegionNamesItem {
    /// `GeoRegionId`: `xsd:long` (required).
    pub geo_region_id: i64,
    /// `GeoRegionName`: `xsd:string` (required).
    pub geo_region_name: ::std::string::String,
    /// `GeoRegionType`: `xsd:string` (required).
    pub geo_region_type: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GeoRegionNamesItem {
    /// A `GeoRegionNamesItem` with its required fields (`GeoRegionId`, `GeoRegionName`, `GeoRegionType`); the others start absent.
    pub fn new(
        geo_region_id: i64,
        geo_region_name: ::std::string::String,
        geo_region_type: ::std::string::String,
    ) -> Self {
        Self {
            geo_region_id,
            geo_region_name,
            geo_region_type,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `TimeZonesItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeZonesItem {
    /// `TimeZone`: `xsd:string` (required).
    pub time_zone: ::std::string::String,
    /// `TimeZoneName`: `xsd:string` (required).
    pub time_zone_name: ::std::string::String,
    /// `UtcOffset`: `xsd:int` (required).
    pub utc_offset: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TimeZonesItem {
    /// A `TimeZonesItem` with its required fields (`TimeZone`, `TimeZoneName`, `UtcOffset`); the others start absent.
    pub fn new(
        time_zone: ::std::string::String,
        time_zone_name: ::std::string::String,
        utc_offset: i32,
    ) -> Self {
        Self {
            time_zone,
            time_zone_name,
            utc_offset,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `ConstantsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConstantsItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Value`: `xsd:string` (required).
    pub value: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ConstantsItem {
    /// A `ConstantsItem` with its required fields (`Name`, `Value`); the others start absent.
    pub fn new(name: ::std::string::String, value: ::std::string::String) -> Self {
        Self {
            name,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `AdCategoriesItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdCategoriesItem {
    /// `AdCategory`: `xsd:string` (required).
    pub ad_category: ::std::string::String,
    /// `Description`: `xsd:string` (required).
    pub description: ::std::string::String,
    /// `Message`: `xsd:string` (required).
    pub message: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdCategoriesItem {
    /// A `AdCategoriesItem` with its required fields (`AdCategory`, `Description`, `Message`); the others start absent.
    pub fn new(
        ad_category: ::std::string::String,
        description: ::std::string::String,
        message: ::std::string::String,
    ) -> Self {
        Self {
            ad_category,
            description,
            message,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `OperationSystemVersionsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OperationSystemVersionsItem {
    /// `OsName`: `xsd:string` (required).
    pub os_name: ::std::string::String,
    /// `OsVersion`: `xsd:string` (required).
    pub os_version: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl OperationSystemVersionsItem {
    /// A `OperationSystemVersionsItem` with its required fields (`OsName`, `OsVersion`); the others start absent.
    pub fn new(
        os_name: ::std::string::String,
        os_version: ::std::string::String,
    ) -> Self {
        Self {
            os_name,
            os_version,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `ProductivityAssertionsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProductivityAssertionsItem {
    /// `Reference`: `xsd:int` (required).
    pub reference: i32,
    /// `Title`: `xsd:string` (required).
    pub title: ::std::string::String,
    /// `Recommendation`: `xsd:string` (required).
    pub recommendation: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ProductivityAssertionsItem {
    /// A `ProductivityAssertionsItem` with its required fields (`Reference`, `Title`, `Recommendation`); the others start absent.
    pub fn new(
        reference: i32,
        title: ::std::string::String,
        recommendation: ::std::string::String,
    ) -> Self {
        Self {
            reference,
            title,
            recommendation,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `SupplySidePlatformsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupplySidePlatformsItem {
    /// `Title`: `xsd:string` (required).
    pub title: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SupplySidePlatformsItem {
    /// A `SupplySidePlatformsItem` with its required fields (`Title`); the others start absent.
    pub fn new(title: ::std::string::String) -> Self {
        Self {
            title,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `InterestsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InterestsItem {
    /// `InterestId`: `xsd:long` (required).
    pub interest_id: i64,
    /// `ParentId`: `xsd:long` (required, nillable).
    pub parent_id: ::core::option::Option<i64>,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `IsTargetable`: `general:YesNoEnum` (required).
    pub is_targetable: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl InterestsItem {
    /// A `InterestsItem` with its required fields (`InterestId`, `Name`, `IsTargetable`); the others start absent.
    pub fn new(
        interest_id: i64,
        name: ::std::string::String,
        is_targetable: super::general::YesNoEnum,
    ) -> Self {
        Self {
            interest_id,
            parent_id: ::core::option::Option::None,
            name,
            is_targetable,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ParentId`.
    #[inline]
    #[must_use]
    pub fn with_parent_id(mut self, value: i64) -> Self {
        self.parent_id = ::core::option::Option::Some(value);
        self
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
/// `CanSelectEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CanSelectEnum {
    /// `ALL`
    All,
    /// `EXCEPT_ALL`
    ExceptAll,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CanSelectEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::All, Self::ExceptAll];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::ExceptAll => "EXCEPT_ALL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "EXCEPT_ALL" => Self::ExceptAll,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CanSelectEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CanSelectEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
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
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `InterestTypeEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InterestTypeEnum {
    /// `SHORT_TERM`
    ShortTerm,
    /// `LONG_TERM`
    LongTerm,
    /// `ANY`
    Any,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl InterestTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::ShortTerm, Self::LongTerm, Self::Any];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShortTerm => "SHORT_TERM",
            Self::LongTerm => "LONG_TERM",
            Self::Any => "ANY",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SHORT_TERM" => Self::ShortTerm,
            "LONG_TERM" => Self::LongTerm,
            "ANY" => Self::Any,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for InterestTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for InterestTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
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
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `GeoRegionFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GeoRegionFieldEnum {
    /// `GeoRegionId`
    GeoRegionId,
    /// `GeoRegionName`
    GeoRegionName,
    /// `ParentGeoRegionNames`
    ParentGeoRegionNames,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl GeoRegionFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::GeoRegionId,
        Self::GeoRegionName,
        Self::ParentGeoRegionNames,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GeoRegionId => "GeoRegionId",
            Self::GeoRegionName => "GeoRegionName",
            Self::ParentGeoRegionNames => "ParentGeoRegionNames",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "GeoRegionId" => Self::GeoRegionId,
            "GeoRegionName" => Self::GeoRegionName,
            "ParentGeoRegionNames" => Self::ParentGeoRegionNames,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for GeoRegionFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for GeoRegionFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
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
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AudienceCriteriaTypesItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudienceCriteriaTypesItem {
    /// `Type`: `xsd:string` (required).
    pub type_: ::std::string::String,
    /// `BlockElement`: `xsd:string` (required).
    pub block_element: ::std::string::String,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Description`: `xsd:string` (required).
    pub description: ::std::string::String,
    /// `CanSelect`: `CanSelectEnum` (required).
    pub can_select: CanSelectEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AudienceCriteriaTypesItem {
    /// A `AudienceCriteriaTypesItem` with its required fields (`Type`, `BlockElement`, `Name`, `Description`, `CanSelect`); the others start absent.
    pub fn new(
        type_: ::std::string::String,
        block_element: ::std::string::String,
        name: ::std::string::String,
        description: ::std::string::String,
        can_select: CanSelectEnum,
    ) -> Self {
        Self {
            type_,
            block_element,
            name,
            description,
            can_select,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `AudienceDemographicProfilesItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudienceDemographicProfilesItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Type`: `xsd:string` (required).
    pub type_: ::std::string::String,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Description`: `xsd:string` (required).
    pub description: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AudienceDemographicProfilesItem {
    /// A `AudienceDemographicProfilesItem` with its required fields (`Id`, `Type`, `Name`, `Description`); the others start absent.
    pub fn new(
        id: i64,
        type_: ::std::string::String,
        name: ::std::string::String,
        description: ::std::string::String,
    ) -> Self {
        Self {
            id,
            type_,
            name,
            description,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `AudienceInterestsItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudienceInterestsItem {
    /// `InterestKey`: `xsd:long` (required).
    pub interest_key: i64,
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `ParentId`: `xsd:long` (required).
    pub parent_id: i64,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Description`: `xsd:string` (required).
    pub description: ::std::string::String,
    /// `InterestType`: `InterestTypeEnum` (required).
    pub interest_type: InterestTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AudienceInterestsItem {
    /// A `AudienceInterestsItem` with its required fields (`InterestKey`, `Id`, `ParentId`, `Name`, `Description`, `InterestType`); the others start absent.
    pub fn new(
        interest_key: i64,
        id: i64,
        parent_id: i64,
        name: ::std::string::String,
        description: ::std::string::String,
        interest_type: InterestTypeEnum,
    ) -> Self {
        Self {
            interest_key,
            id,
            parent_id,
            name,
            description,
            interest_type,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `GeoRegionGetItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GeoRegionGetItem {
    /// `GeoRegionId`: `xsd:long` (optional).
    pub geo_region_id: ::core::option::Option<i64>,
    /// `GeoRegionName`: `xsd:string` (optional).
    pub geo_region_name: ::core::option::Option<::std::string::String>,
    /// `ParentGeoRegionNames`: `general:ArrayOfString` (optional, nillable).
    pub parent_geo_region_names: rt::Nullable<super::general::ArrayOfString>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GeoRegionGetItem {
    /// An empty `GeoRegionGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            geo_region_id: ::core::option::Option::None,
            geo_region_name: ::core::option::Option::None,
            parent_geo_region_names: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `GeoRegionId`.
    #[inline]
    #[must_use]
    pub fn with_geo_region_id(mut self, value: i64) -> Self {
        self.geo_region_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GeoRegionName`.
    #[inline]
    #[must_use]
    pub fn with_geo_region_name(mut self, value: ::std::string::String) -> Self {
        self.geo_region_name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ParentGeoRegionNames`.
    #[inline]
    #[must_use]
    pub fn with_parent_geo_region_names(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.parent_geo_region_names = rt::Nullable::Value(value);
        self
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
/// `FilterFieldType`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterFieldType {
    /// `Enum`
    Enum,
    /// `Number`
    Number,
    /// `String`
    String,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FilterFieldType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Enum, Self::Number, Self::String];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enum => "Enum",
            Self::Number => "Number",
            Self::String => "String",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Enum" => Self::Enum,
            "Number" => Self::Number,
            "String" => Self::String,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for FilterFieldType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for FilterFieldType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
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
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `EnumFilterFieldProps` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EnumFilterFieldProps {
    /// `Values`: `general:ArrayOfString` (required).
    pub values: super::general::ArrayOfString,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EnumFilterFieldProps {
    /// A `EnumFilterFieldProps` with its required fields (`Values`); the others start absent.
    pub fn new(values: super::general::ArrayOfString) -> Self {
        Self {
            values,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `NumberFilterFieldProps` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NumberFilterFieldProps {
    /// `Min`: `xsd:decimal` (required).
    pub min: f64,
    /// `Max`: `xsd:decimal` (required).
    pub max: f64,
    /// `Precision`: `xsd:int` (required).
    pub precision: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NumberFilterFieldProps {
    /// A `NumberFilterFieldProps` with its required fields (`Min`, `Max`, `Precision`); the others start absent.
    pub fn new(min: f64, max: f64, precision: i32) -> Self {
        Self {
            min,
            max,
            precision,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `StringFilterFieldProps` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StringFilterFieldProps {
    /// `MaxLength`: `xsd:int` (required).
    pub max_length: i32,
    /// `MinLength`: `xsd:int` (required).
    pub min_length: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StringFilterFieldProps {
    /// A `StringFilterFieldProps` with its required fields (`MaxLength`, `MinLength`); the others start absent.
    pub fn new(max_length: i32, min_length: i32) -> Self {
        Self {
            max_length,
            min_length,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `FilterFieldOperator` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FilterFieldOperator {
    /// `MaxItems`: `xsd:int` (required).
    pub max_items: i32,
    /// `Type`: `general:StringConditionOperatorEnum` (required).
    pub type_: super::general::StringConditionOperatorEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FilterFieldOperator {
    /// A `FilterFieldOperator` with its required fields (`MaxItems`, `Type`); the others start absent.
    pub fn new(
        max_items: i32,
        type_: super::general::StringConditionOperatorEnum,
    ) -> Self {
        Self {
            max_items,
            type_,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `FilterFieldItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FilterFieldItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Type`: `FilterFieldType` (required).
    pub type_: FilterFieldType,
    /// `EnumProps`: `EnumFilterFieldProps` (optional).
    pub enum_props: ::core::option::Option<EnumFilterFieldProps>,
    /// `NumberProps`: `NumberFilterFieldProps` (optional).
    pub number_props: ::core::option::Option<NumberFilterFieldProps>,
    /// `StringProps`: `StringFilterFieldProps` (optional).
    pub string_props: ::core::option::Option<StringFilterFieldProps>,
    /// `Operators`: array of `FilterFieldOperator` (required).
    pub operators: ::std::vec::Vec<FilterFieldOperator>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FilterFieldItem {
    /// A `FilterFieldItem` with its required fields (`Name`, `Type`, `Operators`); the others start absent.
    pub fn new(
        name: ::std::string::String,
        type_: FilterFieldType,
        operators: ::std::vec::Vec<FilterFieldOperator>,
    ) -> Self {
        Self {
            name,
            type_,
            enum_props: ::core::option::Option::None,
            number_props: ::core::option::Option::None,
            string_props: ::core::option::Option::None,
            operators,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `EnumProps`.
    #[inline]
    #[must_use]
    pub fn with_enum_props(mut self, value: EnumFilterFieldProps) -> Self {
        self.enum_props = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NumberProps`.
    #[inline]
    #[must_use]
    pub fn with_number_props(mut self, value: NumberFilterFieldProps) -> Self {
        self.number_props = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StringProps`.
    #[inline]
    #[must_use]
    pub fn with_string_props(mut self, value: StringFilterFieldProps) -> Self {
        self.string_props = ::core::option::Option::Some(value);
        self
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
/// `FilterSchemasItem` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FilterSchemasItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Fields`: array of `FilterFieldItem` (required).
    pub fields: ::std::vec::Vec<FilterFieldItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FilterSchemasItem {
    /// A `FilterSchemasItem` with its required fields (`Name`, `Fields`); the others start absent.
    pub fn new(
        name: ::std::string::String,
        fields: ::std::vec::Vec<FilterFieldItem>,
    ) -> Self {
        Self {
            name,
            fields,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `GetRequest` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `DictionaryNames`: array of `DictionaryNameEnum` (required).
    pub dictionary_names: ::std::vec::Vec<DictionaryNameEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`DictionaryNames`); the others start absent.
    pub fn new(dictionary_names: ::std::vec::Vec<DictionaryNameEnum>) -> Self {
        Self {
            dictionary_names,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `GetResponse` (`schema/direct_v5/dictionaries.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `Currencies`: array of `CurrenciesItem` (optional).
    pub currencies: ::core::option::Option<::std::vec::Vec<CurrenciesItem>>,
    /// `MetroStations`: array of `MetroStationsItem` (optional).
    pub metro_stations: ::core::option::Option<::std::vec::Vec<MetroStationsItem>>,
    /// `GeoRegions`: array of `GeoRegionsItem` (optional).
    pub geo_regions: ::core::option::Option<::std::vec::Vec<GeoRegionsItem>>,
    /// `GeoRegionNames`: array of `GeoRegionNamesItem` (optional).
    pub geo_region_names: ::core::option::Option<::std::vec::Vec<GeoRegionNamesItem>>,
    /// `TimeZones`: array of `TimeZonesItem` (optional).
    pub time_zones: ::core::option::Option<::std::vec::Vec<TimeZonesItem>>,
    /// `Constants`: array of `ConstantsItem` (optional).
    pub constants: ::core::option::Option<::std::vec::Vec<ConstantsItem>>,
    /// `AdCategories`: array of `AdCategoriesItem` (optional).
    pub ad_categories: ::core::option::Option<::std::vec::Vec<AdCategoriesItem>>,
    /// `OperationSystemVersions`: array of `OperationSystemVersionsItem` (optional).
    pub operation_system_versions: ::core::option::Option<
        ::std::vec::Vec<OperationSystemVersionsItem>,
    >,
    /// `ProductivityAssertions`: array of `ProductivityAssertionsItem` (optional).
    pub productivity_assertions: ::core::option::Option<
        ::std::vec::Vec<ProductivityAssertionsItem>,
    >,
    /// `SupplySidePlatforms`: array of `SupplySidePlatformsItem` (optional).
    pub supply_side_platforms: ::core::option::Option<
        ::std::vec::Vec<SupplySidePlatformsItem>,
    >,
    /// `Interests`: array of `InterestsItem` (optional).
    pub interests: ::core::option::Option<::std::vec::Vec<InterestsItem>>,
    /// `AudienceCriteriaTypes`: array of `AudienceCriteriaTypesItem` (optional).
    pub audience_criteria_types: ::core::option::Option<
        ::std::vec::Vec<AudienceCriteriaTypesItem>,
    >,
    /// `AudienceDemographicProfiles`: array of `AudienceDemographicProfilesItem` (optional).
    pub audience_demographic_profiles: ::core::option::Option<
        ::std::vec::Vec<AudienceDemographicProfilesItem>,
    >,
    /// `AudienceInterests`: array of `AudienceInterestsItem` (optional).
    pub audience_interests: ::core::option::Option<
        ::std::vec::Vec<AudienceInterestsItem>,
    >,
    /// `FilterSchemas`: array of `FilterSchemasItem` (optional).
    pub filter_schemas: ::core::option::Option<::std::vec::Vec<FilterSchemasItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            currencies: ::core::option::Option::None,
            metro_stations: ::core::option::Option::None,
            geo_regions: ::core::option::Option::None,
            geo_region_names: ::core::option::Option::None,
            time_zones: ::core::option::Option::None,
            constants: ::core::option::Option::None,
            ad_categories: ::core::option::Option::None,
            operation_system_versions: ::core::option::Option::None,
            productivity_assertions: ::core::option::Option::None,
            supply_side_platforms: ::core::option::Option::None,
            interests: ::core::option::Option::None,
            audience_criteria_types: ::core::option::Option::None,
            audience_demographic_profiles: ::core::option::Option::None,
            audience_interests: ::core::option::Option::None,
            filter_schemas: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Currencies`.
    #[inline]
    #[must_use]
    pub fn with_currencies(mut self, value: ::std::vec::Vec<CurrenciesItem>) -> Self {
        self.currencies = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MetroStations`.
    #[inline]
    #[must_use]
    pub fn with_metro_stations(
        mut self,
        value: ::std::vec::Vec<MetroStationsItem>,
    ) -> Self {
        self.metro_stations = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GeoRegions`.
    #[inline]
    #[must_use]
    pub fn with_geo_regions(mut self, value: ::std::vec::Vec<GeoRegionsItem>) -> Self {
        self.geo_regions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GeoRegionNames`.
    #[inline]
    #[must_use]
    pub fn with_geo_region_names(
        mut self,
        value: ::std::vec::Vec<GeoRegionNamesItem>,
    ) -> Self {
        self.geo_region_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeZones`.
    #[inline]
    #[must_use]
    pub fn with_time_zones(mut self, value: ::std::vec::Vec<TimeZonesItem>) -> Self {
        self.time_zones = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Constants`.
    #[inline]
    #[must_use]
    pub fn with_constants(mut self, value: ::std::vec::Vec<ConstantsItem>) -> Self {
        self.constants = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdCategories`.
    #[inline]
    #[must_use]
    pub fn with_ad_categories(
        mut self,
        value: ::std::vec::Vec<AdCategoriesItem>,
    ) -> Self {
        self.ad_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OperationSystemVersions`.
    #[inline]
    #[must_use]
    pub fn with_operation_system_versions(
        mut self,
        value: ::std::vec::Vec<OperationSystemVersionsItem>,
    ) -> Self {
        self.operation_system_versions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ProductivityAssertions`.
    #[inline]
    #[must_use]
    pub fn with_productivity_assertions(
        mut self,
        value: ::std::vec::Vec<ProductivityAssertionsItem>,
    ) -> Self {
        self.productivity_assertions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SupplySidePlatforms`.
    #[inline]
    #[must_use]
    pub fn with_supply_side_platforms(
        mut self,
        value: ::std::vec::Vec<SupplySidePlatformsItem>,
    ) -> Self {
        self.supply_side_platforms = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Interests`.
    #[inline]
    #[must_use]
    pub fn with_interests(mut self, value: ::std::vec::Vec<InterestsItem>) -> Self {
        self.interests = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AudienceCriteriaTypes`.
    #[inline]
    #[must_use]
    pub fn with_audience_criteria_types(
        mut self,
        value: ::std::vec::Vec<AudienceCriteriaTypesItem>,
    ) -> Self {
        self.audience_criteria_types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AudienceDemographicProfiles`.
    #[inline]
    #[must_use]
    pub fn with_audience_demographic_profiles(
        mut self,
        value: ::std::vec::Vec<AudienceDemographicProfilesItem>,
    ) -> Self {
        self.audience_demographic_profiles = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AudienceInterests`.
    #[inline]
    #[must_use]
    pub fn with_audience_interests(
        mut self,
        value: ::std::vec::Vec<AudienceInterestsItem>,
    ) -> Self {
        self.audience_interests = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FilterSchemas`.
    #[inline]
    #[must_use]
    pub fn with_filter_schemas(
        mut self,
        value: ::std::vec::Vec<FilterSchemasItem>,
    ) -> Self {
        self.filter_schemas = ::core::option::Option::Some(value);
        self
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
/// `GetGeoRegionsRequest` (`schema/direct_v5/dictionaries.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetGeoRegionsRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `GeoRegionsSelectionCriteria` (required).
    pub selection_criteria: GeoRegionsSelectionCriteria,
    /// `FieldNames`: array of `GeoRegionFieldEnum` (required).
    pub field_names: ::std::vec::Vec<GeoRegionFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetGeoRegionsRequest {
    /// A `GetGeoRegionsRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: GeoRegionsSelectionCriteria,
        field_names: ::std::vec::Vec<GeoRegionFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Page`.
    #[inline]
    #[must_use]
    pub fn with_page(mut self, value: super::general::LimitOffset) -> Self {
        self.page = ::core::option::Option::Some(value);
        self
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
/// `GetGeoRegionsResponse` (`schema/direct_v5/dictionaries.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetGeoRegionsResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `GeoRegions`: array of `GeoRegionGetItem` (optional).
    pub geo_regions: ::core::option::Option<::std::vec::Vec<GeoRegionGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetGeoRegionsResponse {
    /// An empty `GetGeoRegionsResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            geo_regions: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LimitedBy`.
    #[inline]
    #[must_use]
    pub fn with_limited_by(mut self, value: i64) -> Self {
        self.limited_by = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GeoRegions`.
    #[inline]
    #[must_use]
    pub fn with_geo_regions(mut self, value: ::std::vec::Vec<GeoRegionGetItem>) -> Self {
        self.geo_regions = ::core::option::Option::Some(value);
        self
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
