// @generated from schema/direct_v5/reports.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Reports service: `POST /json/v5/reports`, answered with a TSV report.
//!
//! [`ReportDefinition`] is the request's `params`; [`ReportDefinition::validate`] checks
//! every field against [`FIELD_COMPATIBILITY`] (which report types allow it in
//! `FieldNames`, `Filter` and `OrderBy`), and the client calls it before sending.
//! Values this schema does not know (`Unrecognized`) are passed through unchecked.
use ::yandex_direct::runtime as rt;
pub use rt::reports::{FieldPlace, FieldRole, Page};
/// The path segment of the service: `/json/v5/<ENDPOINT>`.
pub const ENDPOINT: &str = "reports";
/// The kind of report (`ReportType`).
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `ReportTypeEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportType {
    /// Sent as `CAMPAIGN_PERFORMANCE_REPORT`.
    CampaignPerformanceReport,
    /// Sent as `CUSTOM_REPORT`.
    CustomReport,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ReportType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CampaignPerformanceReport,
        Self::CustomReport,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignPerformanceReport => "CAMPAIGN_PERFORMANCE_REPORT",
            Self::CustomReport => "CUSTOM_REPORT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CAMPAIGN_PERFORMANCE_REPORT" => Self::CampaignPerformanceReport,
            "CUSTOM_REPORT" => Self::CustomReport,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ReportType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ReportType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for ReportType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReportType {
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
/// The reporting period (`DateRangeType`); `CUSTOM_DATE` needs `DateFrom` and `DateTo`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `DateRangeTypeEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateRangeType {
    /// Sent as `TODAY`.
    Today,
    /// Sent as `CUSTOM_DATE`.
    CustomDate,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DateRangeType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Today, Self::CustomDate];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Today => "TODAY",
            Self::CustomDate => "CUSTOM_DATE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TODAY" => Self::Today,
            "CUSTOM_DATE" => Self::CustomDate,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DateRangeType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DateRangeType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DateRangeType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DateRangeType {
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
/// The format of the report body (`Format`).
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `FormatEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Sent as `TSV`.
    Tsv,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl Format {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Tsv];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tsv => "TSV",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TSV" => Self::Tsv,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for Format {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for Format {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for Format {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Format {
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
/// How the report is built: the `processingMode` request header.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `processingMode`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProcessingMode {
    /// Sent as `auto`.
    Auto,
    /// Sent as `online`.
    Online,
    /// Sent as `offline`.
    Offline,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ProcessingMode {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Auto, Self::Online, Self::Offline];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Online => "online",
            Self::Offline => "offline",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "online" => Self::Online,
            "offline" => Self::Offline,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ProcessingMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ProcessingMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for ProcessingMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ProcessingMode {
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
/// The operator of a `Filter` item.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `FilterOperatorEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterOperator {
    /// Sent as `EQUALS`.
    Equals,
    /// Sent as `IN`.
    In,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FilterOperator {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Equals, Self::In];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::In => "IN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EQUALS" => Self::Equals,
            "IN" => Self::In,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for FilterOperator {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for FilterOperator {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for FilterOperator {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterOperator {
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
/// The direction of an `OrderBy` item.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `OrderBySortOrderEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortOrder {
    /// Sent as `ASCENDING`.
    Ascending,
    /// Sent as `DESCENDING`.
    Descending,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SortOrder {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Ascending, Self::Descending];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ASCENDING",
            Self::Descending => "DESCENDING",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ASCENDING" => Self::Ascending,
            "DESCENDING" => Self::Descending,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SortOrder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SortOrder {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SortOrder {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SortOrder {
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
/// An attribution model for Yandex Metrica goals (`AttributionModels`).
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `AttributionModelEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributionModel {
    /// Sent as `LC`.
    Lc,
    /// Sent as `AUTO`.
    Auto,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AttributionModel {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Lc, Self::Auto];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lc => "LC",
            Self::Auto => "AUTO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "LC" => Self::Lc,
            "AUTO" => Self::Auto,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AttributionModel {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AttributionModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AttributionModel {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AttributionModel {
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
/// A report field (a column in `FieldNames`, or a field of `Filter` and `OrderBy`). Where each one may be used is in [`FIELD_COMPATIBILITY`].
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `FieldEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `Clicks`.
    Clicks,
    /// Sent as `Keyword`.
    Keyword,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl Field {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::CampaignId, Self::Clicks, Self::Keyword];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignId => "CampaignId",
            Self::Clicks => "Clicks",
            Self::Keyword => "Keyword",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CampaignId" => Self::CampaignId,
            "Clicks" => Self::Clicks,
            "Keyword" => Self::Keyword,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for Field {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for Field {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for Field {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Field {
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
impl rt::reports::WireValue for ReportType {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        ReportType::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for DateRangeType {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        DateRangeType::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for Format {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        Format::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for ProcessingMode {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        ProcessingMode::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for FilterOperator {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        FilterOperator::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for SortOrder {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        SortOrder::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for AttributionModel {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        AttributionModel::is_unrecognized(self)
    }
}
impl rt::reports::WireValue for Field {
    fn wire(&self) -> &str {
        self.as_str()
    }
    fn is_unrecognized(&self) -> bool {
        Field::is_unrecognized(self)
    }
}
/// This schema's Reports: its enums and [`FIELD_COMPATIBILITY`], for the runtime's
/// generic report definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportsSchema;
impl rt::reports::ReportSchema for ReportsSchema {
    type ReportType = ReportType;
    type DateRangeType = DateRangeType;
    type Format = Format;
    type Field = Field;
    type FilterOperator = FilterOperator;
    type SortOrder = SortOrder;
    type AttributionModel = AttributionModel;
    fn compatibility(field: &Field) -> Option<&'static FieldCompatibility> {
        field.compatibility()
    }
    fn default_format() -> Format {
        Format::from_wire("TSV")
    }
    fn field_type(_name: &str) -> Option<rt::reports::ReportFieldType> {
        None
    }
}
/// The `params` of a Reports request: build it with [`ReportDefinition::new`] and the
/// `with_*` methods, check it with [`ReportDefinition::validate`].
pub type ReportDefinition = rt::reports::ReportDefinition<ReportsSchema>;
/// Why a [`ReportDefinition`] was refused before sending.
pub type ReportDefinitionError = rt::reports::ReportDefinitionError<ReportsSchema>;
/// `SelectionCriteria`: the period (with `CUSTOM_DATE`) and the filters.
pub type SelectionCriteria = rt::reports::SelectionCriteria<ReportsSchema>;
/// One `Filter` item.
pub type FilterItem = rt::reports::FilterItem<ReportsSchema>;
/// One `OrderBy` item.
pub type OrderBy = rt::reports::OrderBy<ReportsSchema>;
/// Where one field may be used: the report types that allow it in each place.
pub type FieldCompatibility = rt::reports::FieldCompatibility<ReportsSchema>;
/// Every known field with the report types that allow it, per place (from the documentation).
pub static FIELD_COMPATIBILITY: [FieldCompatibility; 3] = [
    FieldCompatibility {
        field: Field::CampaignId,
        roles: &[
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
        ],
        field_names: &[ReportType::CampaignPerformanceReport, ReportType::CustomReport],
        filter: &[ReportType::CampaignPerformanceReport, ReportType::CustomReport],
        order_by: &[ReportType::CampaignPerformanceReport, ReportType::CustomReport],
    },
    FieldCompatibility {
        field: Field::Clicks,
        roles: &[
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
        ],
        field_names: &[ReportType::CampaignPerformanceReport, ReportType::CustomReport],
        filter: &[ReportType::CustomReport],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::Keyword,
        roles: &[(ReportType::CustomReport, FieldRole::Filter)],
        field_names: &[],
        filter: &[ReportType::CustomReport],
        order_by: &[],
    },
];
impl Field {
    /// The field's entry in [`FIELD_COMPATIBILITY`]; `None` for an unrecognized field.
    pub fn compatibility(&self) -> Option<&'static FieldCompatibility> {
        match self {
            Self::CampaignId => Some(&FIELD_COMPATIBILITY[0]),
            Self::Clicks => Some(&FIELD_COMPATIBILITY[1]),
            Self::Keyword => Some(&FIELD_COMPATIBILITY[2]),
            Self::Unrecognized(_) => None,
        }
    }
    /// Whether `report_type` allows the field in `place`; `None` when the field or the
    /// report type is unknown to this schema (the API decides).
    pub fn allowed_in(
        &self,
        report_type: &ReportType,
        place: FieldPlace,
    ) -> Option<bool> {
        rt::reports::definition::allowed_in::<ReportsSchema>(self, report_type, place)
    }
}
