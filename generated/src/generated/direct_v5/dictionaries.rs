// @generated from schema/direct_v5/dictionaries.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Dictionaries service: `POST /json/v5/dictionaries`.
//!
//! Generated from `schema/direct_v5/dictionaries.json` (upstream `dictionaries.xml`, sha256 `7c6ec23ddf0bce9da1070560bab84ec4fc027c2a04d39f8d3bcf9322a9480b0e`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Dictionaries",
        endpoint: "dictionaries",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Dictionaries.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Dictionaries.getGeoRegions` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_GEO_REGIONS: rt::Method<GetGeoRegionsRequest, GetGeoRegionsResponse> = rt::Method::new(
    method_info("getGeoRegions", rt::Access::Read),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: GET_GEO_REGIONS.info,
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
        self.client.call(&GET.info, &params).await
    }
    /// `Dictionaries.getGeoRegions`: sends `GetGeoRegionsRequest` as `params`, returns `GetGeoRegionsResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get_geo_regions(
        &self,
        params: GetGeoRegionsRequest,
    ) -> ::core::result::Result<rt::Response<GetGeoRegionsResponse>, rt::Error> {
        self.client.call(&GET_GEO_REGIONS.info, &params).await
    }
    /// `Dictionaries.getGeoRegions` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_geo_regions_all(
        &self,
        params: GetGeoRegionsRequest,
    ) -> ::core::result::Result<rt::AllPages<GeoRegionGetItem>, rt::Error> {
        self.client.get_all(&GET_GEO_REGIONS, params).await
    }
    /// `Dictionaries.getGeoRegions` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn get_geo_regions_pages(
        &self,
        params: GetGeoRegionsRequest,
    ) -> rt::Pages<'a, GetGeoRegionsRequest, GetGeoRegionsResponse> {
        self.client.pages(&GET_GEO_REGIONS, params)
    }
}
/// Used in `GetRequest::dictionary_names`.
///
/// One of the 15 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DictionaryNameEnum {
    /// Sent as `Currencies`.
    Currencies,
    /// Sent as `MetroStations`.
    MetroStations,
    /// Sent as `GeoRegions`.
    GeoRegions,
    /// Sent as `GeoRegionNames`.
    GeoRegionNames,
    /// Sent as `TimeZones`.
    TimeZones,
    /// Sent as `Constants`.
    Constants,
    /// Sent as `AdCategories`.
    AdCategories,
    /// Sent as `OperationSystemVersions`.
    OperationSystemVersions,
    /// Sent as `ProductivityAssertions`.
    ProductivityAssertions,
    /// Sent as `SupplySidePlatforms`.
    SupplySidePlatforms,
    /// Sent as `Interests`.
    Interests,
    /// Sent as `AudienceCriteriaTypes`.
    AudienceCriteriaTypes,
    /// Sent as `AudienceDemographicProfiles`.
    AudienceDemographicProfiles,
    /// Sent as `AudienceInterests`.
    AudienceInterests,
    /// Sent as `FilterSchemas`.
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
/// Used in `GetGeoRegionsRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GeoRegionsSelectionCriteria {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `RegionIds`.
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `ExactNames`.
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.region_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ExactNames`.
    #[inline]
    #[must_use]
    pub fn with_exact_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.exact_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::currencies`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CurrenciesItem {
    /// Required. Sent as `Currency`.
    pub currency: ::std::string::String,
    /// Required. Sent as `Properties`.
    pub properties: ::std::vec::Vec<ConstantsItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CurrenciesItem {
    /// A `CurrenciesItem` with its required fields (`Currency`, `Properties`); the others start absent.
    pub fn new(
        currency: impl ::core::convert::Into<::std::string::String>,
        properties: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ConstantsItem>,
        >,
    ) -> Self {
        Self {
            currency: currency.into(),
            properties: properties
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::metro_stations`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MetroStationsItem {
    /// Required. Sent as `GeoRegionId`.
    pub geo_region_id: i64,
    /// Required. Sent as `MetroStationId`.
    pub metro_station_id: i64,
    /// Required. Sent as `MetroStationName`.
    pub metro_station_name: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MetroStationsItem {
    /// A `MetroStationsItem` with its required fields (`GeoRegionId`, `MetroStationId`, `MetroStationName`); the others start absent.
    pub fn new(
        geo_region_id: i64,
        metro_station_id: i64,
        metro_station_name: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            geo_region_id,
            metro_station_id,
            metro_station_name: metro_station_name.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::geo_regions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GeoRegionsItem {
    /// Required. Sent as `GeoRegionId`.
    pub geo_region_id: i64,
    /// Required. Sent as `GeoRegionName`.
    pub geo_region_name: ::std::string::String,
    /// Required. Sent as `GeoRegionType`.
    pub geo_region_type: ::std::string::String,
    /// Required; may be `null`. Sent as `ParentId`.
    pub parent_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GeoRegionsItem {
    /// A `GeoRegionsItem` with its required fields (`GeoRegionId`, `GeoRegionName`, `GeoRegionType`); the others start absent.
    pub fn new(
        geo_region_id: i64,
        geo_region_name: impl ::core::convert::Into<::std::string::String>,
        geo_region_type: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            geo_region_id,
            geo_region_name: geo_region_name.into(),
            geo_region_type: geo_region_type.into(),
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
/// Used in `GetResponse::geo_region_names`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GeoRegionNamesItem {
    /// Required. Sent as `GeoRegionId`.
    pub geo_region_id: i64,
    /// Required. Sent as `GeoRegionName`.
    pub geo_region_name: ::std::string::String,
    /// Required. Sent as `GeoRegionType`.
    pub geo_region_type: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GeoRegionNamesItem {
    /// A `GeoRegionNamesItem` with its required fields (`GeoRegionId`, `GeoRegionName`, `GeoRegionType`); the others start absent.
    pub fn new(
        geo_region_id: i64,
        geo_region_name: impl ::core::convert::Into<::std::string::String>,
        geo_region_type: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            geo_region_id,
            geo_region_name: geo_region_name.into(),
            geo_region_type: geo_region_type.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::time_zones`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeZonesItem {
    /// Required. Sent as `TimeZone`.
    pub time_zone: ::std::string::String,
    /// Required. Sent as `TimeZoneName`.
    pub time_zone_name: ::std::string::String,
    /// Required. Sent as `UtcOffset`.
    pub utc_offset: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TimeZonesItem {
    /// A `TimeZonesItem` with its required fields (`TimeZone`, `TimeZoneName`, `UtcOffset`); the others start absent.
    pub fn new(
        time_zone: impl ::core::convert::Into<::std::string::String>,
        time_zone_name: impl ::core::convert::Into<::std::string::String>,
        utc_offset: i32,
    ) -> Self {
        Self {
            time_zone: time_zone.into(),
            time_zone_name: time_zone_name.into(),
            utc_offset,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CurrenciesItem::properties`, `GetResponse::constants`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConstantsItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Value`.
    pub value: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ConstantsItem {
    /// A `ConstantsItem` with its required fields (`Name`, `Value`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::ad_categories`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdCategoriesItem {
    /// Required. Sent as `AdCategory`.
    pub ad_category: ::std::string::String,
    /// Required. Sent as `Description`.
    pub description: ::std::string::String,
    /// Required. Sent as `Message`.
    pub message: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdCategoriesItem {
    /// A `AdCategoriesItem` with its required fields (`AdCategory`, `Description`, `Message`); the others start absent.
    pub fn new(
        ad_category: impl ::core::convert::Into<::std::string::String>,
        description: impl ::core::convert::Into<::std::string::String>,
        message: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            ad_category: ad_category.into(),
            description: description.into(),
            message: message.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::operation_system_versions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OperationSystemVersionsItem {
    /// Required. Sent as `OsName`.
    pub os_name: ::std::string::String,
    /// Required. Sent as `OsVersion`.
    pub os_version: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl OperationSystemVersionsItem {
    /// A `OperationSystemVersionsItem` with its required fields (`OsName`, `OsVersion`); the others start absent.
    pub fn new(
        os_name: impl ::core::convert::Into<::std::string::String>,
        os_version: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            os_name: os_name.into(),
            os_version: os_version.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::productivity_assertions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProductivityAssertionsItem {
    /// Required. Sent as `Reference`.
    pub reference: i32,
    /// Required. Sent as `Title`.
    pub title: ::std::string::String,
    /// Required. Sent as `Recommendation`.
    pub recommendation: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ProductivityAssertionsItem {
    /// A `ProductivityAssertionsItem` with its required fields (`Reference`, `Title`, `Recommendation`); the others start absent.
    pub fn new(
        reference: i32,
        title: impl ::core::convert::Into<::std::string::String>,
        recommendation: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            reference,
            title: title.into(),
            recommendation: recommendation.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::supply_side_platforms`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SupplySidePlatformsItem {
    /// Required. Sent as `Title`.
    pub title: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SupplySidePlatformsItem {
    /// A `SupplySidePlatformsItem` with its required fields (`Title`); the others start absent.
    pub fn new(title: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            title: title.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::interests`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InterestsItem {
    /// Required. Sent as `InterestId`.
    pub interest_id: i64,
    /// Required; may be `null`. Sent as `ParentId`.
    pub parent_id: ::core::option::Option<i64>,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `IsTargetable`.
    pub is_targetable: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl InterestsItem {
    /// A `InterestsItem` with its required fields (`InterestId`, `Name`, `IsTargetable`); the others start absent.
    pub fn new(
        interest_id: i64,
        name: impl ::core::convert::Into<::std::string::String>,
        is_targetable: super::general::YesNoEnum,
    ) -> Self {
        Self {
            interest_id,
            parent_id: ::core::option::Option::None,
            name: name.into(),
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
/// Used in `AudienceCriteriaTypesItem::can_select`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CanSelectEnum {
    /// Sent as `ALL`.
    All,
    /// Sent as `EXCEPT_ALL`.
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
/// Used in `AudienceInterestsItem::interest_type`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InterestTypeEnum {
    /// Sent as `SHORT_TERM`.
    ShortTerm,
    /// Sent as `LONG_TERM`.
    LongTerm,
    /// Sent as `ANY`.
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
/// Used in `GetGeoRegionsRequest::field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GeoRegionFieldEnum {
    /// Sent as `GeoRegionId`.
    GeoRegionId,
    /// Sent as `GeoRegionName`.
    GeoRegionName,
    /// Sent as `ParentGeoRegionNames`.
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
/// Used in `GetResponse::audience_criteria_types`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudienceCriteriaTypesItem {
    /// Required. Sent as `Type`.
    pub type_: ::std::string::String,
    /// Required. Sent as `BlockElement`.
    pub block_element: ::std::string::String,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Description`.
    pub description: ::std::string::String,
    /// Required. Sent as `CanSelect`.
    pub can_select: CanSelectEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AudienceCriteriaTypesItem {
    /// A `AudienceCriteriaTypesItem` with its required fields (`Type`, `BlockElement`, `Name`, `Description`, `CanSelect`); the others start absent.
    pub fn new(
        type_: impl ::core::convert::Into<::std::string::String>,
        block_element: impl ::core::convert::Into<::std::string::String>,
        name: impl ::core::convert::Into<::std::string::String>,
        description: impl ::core::convert::Into<::std::string::String>,
        can_select: CanSelectEnum,
    ) -> Self {
        Self {
            type_: type_.into(),
            block_element: block_element.into(),
            name: name.into(),
            description: description.into(),
            can_select,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::audience_demographic_profiles`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudienceDemographicProfilesItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Required. Sent as `Type`.
    pub type_: ::std::string::String,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Description`.
    pub description: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AudienceDemographicProfilesItem {
    /// A `AudienceDemographicProfilesItem` with its required fields (`Id`, `Type`, `Name`, `Description`); the others start absent.
    pub fn new(
        id: i64,
        type_: impl ::core::convert::Into<::std::string::String>,
        name: impl ::core::convert::Into<::std::string::String>,
        description: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id,
            type_: type_.into(),
            name: name.into(),
            description: description.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::audience_interests`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudienceInterestsItem {
    /// Required. Sent as `InterestKey`.
    pub interest_key: i64,
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Required. Sent as `ParentId`.
    pub parent_id: i64,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Description`.
    pub description: ::std::string::String,
    /// Required. Sent as `InterestType`.
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
        name: impl ::core::convert::Into<::std::string::String>,
        description: impl ::core::convert::Into<::std::string::String>,
        interest_type: InterestTypeEnum,
    ) -> Self {
        Self {
            interest_key,
            id,
            parent_id,
            name: name.into(),
            description: description.into(),
            interest_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetGeoRegionsResponse::geo_regions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GeoRegionGetItem {
    /// Optional. Sent as `GeoRegionId`.
    pub geo_region_id: ::core::option::Option<i64>,
    /// Optional. Sent as `GeoRegionName`.
    pub geo_region_name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ParentGeoRegionNames`.
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
    pub fn with_geo_region_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.geo_region_name = ::core::option::Option::Some(value.into());
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
/// Used in `FilterFieldItem::type_`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterFieldType {
    /// Sent as `Enum`.
    Enum,
    /// Sent as `Number`.
    Number,
    /// Sent as `String`.
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
/// Used in `FilterFieldItem::enum_props`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EnumFilterFieldProps {
    /// Required. Sent as `Values`.
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
/// Used in `FilterFieldItem::number_props`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NumberFilterFieldProps {
    /// Required. Sent as `Min`.
    pub min: f64,
    /// Required. Sent as `Max`.
    pub max: f64,
    /// Required. Sent as `Precision`.
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
/// Used in `FilterFieldItem::string_props`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StringFilterFieldProps {
    /// Required. Sent as `MaxLength`.
    pub max_length: i32,
    /// Required. Sent as `MinLength`.
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
/// Used in `FilterFieldItem::operators`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FilterFieldOperator {
    /// Required. Sent as `MaxItems`.
    pub max_items: i32,
    /// Required. Sent as `Type`.
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
/// Used in `FilterSchemasItem::fields`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FilterFieldItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Type`.
    pub type_: FilterFieldType,
    /// Optional. Sent as `EnumProps`.
    pub enum_props: ::core::option::Option<EnumFilterFieldProps>,
    /// Optional. Sent as `NumberProps`.
    pub number_props: ::core::option::Option<NumberFilterFieldProps>,
    /// Optional. Sent as `StringProps`.
    pub string_props: ::core::option::Option<StringFilterFieldProps>,
    /// Required. Sent as `Operators`.
    pub operators: ::std::vec::Vec<FilterFieldOperator>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FilterFieldItem {
    /// A `FilterFieldItem` with its required fields (`Name`, `Type`, `Operators`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        type_: FilterFieldType,
        operators: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FilterFieldOperator>,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            type_,
            enum_props: ::core::option::Option::None,
            number_props: ::core::option::Option::None,
            string_props: ::core::option::Option::None,
            operators: operators.into_iter().map(::core::convert::Into::into).collect(),
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
/// Used in `GetResponse::filter_schemas`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FilterSchemasItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Fields`.
    pub fields: ::std::vec::Vec<FilterFieldItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FilterSchemasItem {
    /// A `FilterSchemasItem` with its required fields (`Name`, `Fields`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        fields: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FilterFieldItem>,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            fields: fields.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `Dictionaries.get`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Required. Sent as `DictionaryNames`.
    pub dictionary_names: ::std::vec::Vec<DictionaryNameEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`DictionaryNames`); the others start absent.
    pub fn new(
        dictionary_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DictionaryNameEnum>,
        >,
    ) -> Self {
        Self {
            dictionary_names: dictionary_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Dictionaries.get`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `Currencies`.
    pub currencies: ::core::option::Option<::std::vec::Vec<CurrenciesItem>>,
    /// Optional. Sent as `MetroStations`.
    pub metro_stations: ::core::option::Option<::std::vec::Vec<MetroStationsItem>>,
    /// Optional. Sent as `GeoRegions`.
    pub geo_regions: ::core::option::Option<::std::vec::Vec<GeoRegionsItem>>,
    /// Optional. Sent as `GeoRegionNames`.
    pub geo_region_names: ::core::option::Option<::std::vec::Vec<GeoRegionNamesItem>>,
    /// Optional. Sent as `TimeZones`.
    pub time_zones: ::core::option::Option<::std::vec::Vec<TimeZonesItem>>,
    /// Optional. Sent as `Constants`.
    pub constants: ::core::option::Option<::std::vec::Vec<ConstantsItem>>,
    /// Optional. Sent as `AdCategories`.
    pub ad_categories: ::core::option::Option<::std::vec::Vec<AdCategoriesItem>>,
    /// Optional. Sent as `OperationSystemVersions`.
    pub operation_system_versions: ::core::option::Option<
        ::std::vec::Vec<OperationSystemVersionsItem>,
    >,
    /// Optional. Sent as `ProductivityAssertions`.
    pub productivity_assertions: ::core::option::Option<
        ::std::vec::Vec<ProductivityAssertionsItem>,
    >,
    /// Optional. Sent as `SupplySidePlatforms`.
    pub supply_side_platforms: ::core::option::Option<
        ::std::vec::Vec<SupplySidePlatformsItem>,
    >,
    /// Optional. Sent as `Interests`.
    pub interests: ::core::option::Option<::std::vec::Vec<InterestsItem>>,
    /// Optional. Sent as `AudienceCriteriaTypes`.
    pub audience_criteria_types: ::core::option::Option<
        ::std::vec::Vec<AudienceCriteriaTypesItem>,
    >,
    /// Optional. Sent as `AudienceDemographicProfiles`.
    pub audience_demographic_profiles: ::core::option::Option<
        ::std::vec::Vec<AudienceDemographicProfilesItem>,
    >,
    /// Optional. Sent as `AudienceInterests`.
    pub audience_interests: ::core::option::Option<
        ::std::vec::Vec<AudienceInterestsItem>,
    >,
    /// Optional. Sent as `FilterSchemas`.
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
    pub fn with_currencies(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CurrenciesItem>,
        >,
    ) -> Self {
        self.currencies = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `MetroStations`.
    #[inline]
    #[must_use]
    pub fn with_metro_stations(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MetroStationsItem>,
        >,
    ) -> Self {
        self.metro_stations = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `GeoRegions`.
    #[inline]
    #[must_use]
    pub fn with_geo_regions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<GeoRegionsItem>,
        >,
    ) -> Self {
        self.geo_regions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `GeoRegionNames`.
    #[inline]
    #[must_use]
    pub fn with_geo_region_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<GeoRegionNamesItem>,
        >,
    ) -> Self {
        self.geo_region_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TimeZones`.
    #[inline]
    #[must_use]
    pub fn with_time_zones(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TimeZonesItem>,
        >,
    ) -> Self {
        self.time_zones = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Constants`.
    #[inline]
    #[must_use]
    pub fn with_constants(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ConstantsItem>,
        >,
    ) -> Self {
        self.constants = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdCategories`.
    #[inline]
    #[must_use]
    pub fn with_ad_categories(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdCategoriesItem>,
        >,
    ) -> Self {
        self.ad_categories = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `OperationSystemVersions`.
    #[inline]
    #[must_use]
    pub fn with_operation_system_versions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<OperationSystemVersionsItem>,
        >,
    ) -> Self {
        self.operation_system_versions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ProductivityAssertions`.
    #[inline]
    #[must_use]
    pub fn with_productivity_assertions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ProductivityAssertionsItem>,
        >,
    ) -> Self {
        self.productivity_assertions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SupplySidePlatforms`.
    #[inline]
    #[must_use]
    pub fn with_supply_side_platforms(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SupplySidePlatformsItem>,
        >,
    ) -> Self {
        self.supply_side_platforms = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Interests`.
    #[inline]
    #[must_use]
    pub fn with_interests(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<InterestsItem>,
        >,
    ) -> Self {
        self.interests = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AudienceCriteriaTypes`.
    #[inline]
    #[must_use]
    pub fn with_audience_criteria_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AudienceCriteriaTypesItem>,
        >,
    ) -> Self {
        self.audience_criteria_types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AudienceDemographicProfiles`.
    #[inline]
    #[must_use]
    pub fn with_audience_demographic_profiles(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AudienceDemographicProfilesItem>,
        >,
    ) -> Self {
        self.audience_demographic_profiles = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AudienceInterests`.
    #[inline]
    #[must_use]
    pub fn with_audience_interests(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AudienceInterestsItem>,
        >,
    ) -> Self {
        self.audience_interests = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `FilterSchemas`.
    #[inline]
    #[must_use]
    pub fn with_filter_schemas(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FilterSchemasItem>,
        >,
    ) -> Self {
        self.filter_schemas = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Dictionaries.getGeoRegions`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetGeoRegionsRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: GeoRegionsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<GeoRegionFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetGeoRegionsRequest {
    /// A `GetGeoRegionsRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: GeoRegionsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<GeoRegionFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
/// The `result` of `Dictionaries.getGeoRegions`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetGeoRegionsResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `GeoRegions`.
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
    pub fn with_geo_regions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<GeoRegionGetItem>,
        >,
    ) -> Self {
        self.geo_regions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
