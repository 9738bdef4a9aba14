// @generated from schema/direct_v5/reports.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Reports service: `POST /json/v5/reports`, answered with a TSV report.
//!
//! [`ReportDefinition`] is the request's `params`; [`ReportDefinition::validate`] checks
//! every field against [`FIELD_COMPATIBILITY`] (which report types allow it in
//! `FieldNames`, `Filter` and `OrderBy`), and the client calls it before sending.
//! Values this schema does not know (`Unrecognized`) are passed through unchecked.
/// The path segment of the service: `/json/v5/<ENDPOINT>`.
pub const ENDPOINT: &str = "reports";
/// `ReportTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// The kind of report (`ReportType`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportType {
    /// `CAMPAIGN_PERFORMANCE_REPORT`
    CampaignPerformanceReport,
    /// `CUSTOM_REPORT`
    CustomReport,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DateRangeTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// The reporting period (`DateRangeType`); `CUSTOM_DATE` needs `DateFrom` and `DateTo`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateRangeType {
    /// `TODAY`
    Today,
    /// `CUSTOM_DATE`
    CustomDate,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FormatEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// The format of the report body (`Format`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `TSV`
    Tsv,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `processingMode`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// How the report is built: the `processingMode` request header.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProcessingMode {
    /// `auto`
    Auto,
    /// `online`
    Online,
    /// `offline`
    Offline,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FilterOperatorEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// The operator of a `Filter` item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterOperator {
    /// `EQUALS`
    Equals,
    /// `IN`
    In,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `OrderBySortOrderEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// The direction of an `OrderBy` item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortOrder {
    /// `ASCENDING`
    Ascending,
    /// `DESCENDING`
    Descending,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AttributionModelEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// An attribution model for Yandex Metrica goals (`AttributionModels`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributionModel {
    /// `LC`
    Lc,
    /// `AUTO`
    Auto,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
///
/// A report field (a column in `FieldNames`, or a field of `Filter` and `OrderBy`). Where each one may be used is in [`FIELD_COMPATIBILITY`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// `CampaignId`
    CampaignId,
    /// `Clicks`
    Clicks,
    /// `Keyword`
    Keyword,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(crate::runtime::Unrecognized),
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
            other => Self::Unrecognized(crate::runtime::Unrecognized::new(other)),
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
        crate::runtime::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// Where a field appears in a report definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldPlace {
    /// `FieldNames`: a column of the report.
    FieldNames,
    /// `SelectionCriteria.Filter[].Field`.
    Filter,
    /// `OrderBy[].Field`.
    OrderBy,
}
impl FieldPlace {
    /// Every place, in request order.
    pub const ALL: [FieldPlace; 3] = [
        FieldPlace::FieldNames,
        FieldPlace::Filter,
        FieldPlace::OrderBy,
    ];
    /// The name of the place in the request.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldPlace::FieldNames => "FieldNames",
            FieldPlace::Filter => "Filter",
            FieldPlace::OrderBy => "OrderBy",
        }
    }
}
impl ::core::fmt::Display for FieldPlace {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// The role of a field in a report type, as the documentation's compatibility table says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldRole {
    /// An attribute of the report's object (e.g. `CampaignName` in a campaign report).
    Attribute,
    /// A segment: the report's rows are split by its values.
    Segment,
    /// A metric: a figure aggregated over the rows.
    Metric,
    /// Only usable in `Filter`.
    Filter,
}
/// Where one field may be used: the report types that allow it in each place.
#[derive(Debug)]
pub struct FieldCompatibility {
    /// The field.
    pub field: Field,
    /// The field's role in each report type that allows it at all.
    pub roles: &'static [(ReportType, FieldRole)],
    /// The report types whose `FieldNames` may list it.
    pub field_names: &'static [ReportType],
    /// The report types whose `Filter` may use it.
    pub filter: &'static [ReportType],
    /// The report types whose `OrderBy` may use it.
    pub order_by: &'static [ReportType],
}
impl FieldCompatibility {
    /// The report types that allow the field in `place`.
    pub fn report_types(&self, place: FieldPlace) -> &'static [ReportType] {
        match place {
            FieldPlace::FieldNames => self.field_names,
            FieldPlace::Filter => self.filter,
            FieldPlace::OrderBy => self.order_by,
        }
    }
    /// Whether `report_type` allows the field in `place`.
    pub fn allows(&self, report_type: &ReportType, place: FieldPlace) -> bool {
        self.report_types(place).contains(report_type)
    }
    /// The places where `report_type` allows the field.
    pub fn places(&self, report_type: &ReportType) -> Vec<FieldPlace> {
        FieldPlace::ALL.into_iter().filter(|p| self.allows(report_type, *p)).collect()
    }
    /// The field's role in `report_type`; `None` when the report type does not allow it.
    pub fn role(&self, report_type: &ReportType) -> Option<FieldRole> {
        self.roles.iter().find(|(rt, _)| rt == report_type).map(|(_, role)| *role)
    }
}
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
        if report_type.is_unrecognized() {
            return None;
        }
        self.compatibility().map(|c| c.allows(report_type, place))
    }
}
/// `SelectionCriteria`: the period (with `CUSTOM_DATE`) and the filters.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SelectionCriteria {
    /// `DateFrom`, `YYYY-MM-DD`; only with `CUSTOM_DATE`.
    #[serde(rename = "DateFrom", skip_serializing_if = "Option::is_none")]
    pub date_from: Option<String>,
    /// `DateTo`, `YYYY-MM-DD`; only with `CUSTOM_DATE`.
    #[serde(rename = "DateTo", skip_serializing_if = "Option::is_none")]
    pub date_to: Option<String>,
    /// `Filter`: at most one item per field.
    #[serde(rename = "Filter", skip_serializing_if = "Vec::is_empty")]
    pub filter: Vec<FilterItem>,
}
/// One `Filter` item.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct FilterItem {
    /// `Field`.
    #[serde(rename = "Field")]
    pub field: Field,
    /// `Operator`.
    #[serde(rename = "Operator")]
    pub operator: FilterOperator,
    /// `Values`.
    #[serde(rename = "Values")]
    pub values: Vec<String>,
}
/// One `OrderBy` item.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OrderBy {
    /// `Field`.
    #[serde(rename = "Field")]
    pub field: Field,
    /// `SortOrder` (ascending when absent).
    #[serde(rename = "SortOrder", skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<SortOrder>,
}
/// `Page`: the most rows the report may have (the API's default is 1 000 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ::serde::Serialize)]
pub struct Page {
    /// `Limit`.
    #[serde(rename = "Limit")]
    pub limit: i64,
}
fn serialize_yes_no<S: ::serde::Serializer>(
    value: &bool,
    serializer: S,
) -> ::core::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(if *value { "YES" } else { "NO" })
}
fn serialize_yes_no_option<S: ::serde::Serializer>(
    value: &Option<bool>,
    serializer: S,
) -> ::core::result::Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_yes_no(v, serializer),
        None => serializer.serialize_none(),
    }
}
/// The `params` of a Reports request.
///
/// Build it with [`ReportDefinition::new`] and the `with_*` methods; check it with
/// [`ReportDefinition::validate`] (the client does so before sending anything).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReportDefinition {
    /// `SelectionCriteria`.
    #[serde(rename = "SelectionCriteria")]
    pub selection_criteria: SelectionCriteria,
    /// `Goals`: Yandex Metrica goal ids (at most 10).
    #[serde(rename = "Goals", skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    /// `AttributionModels`.
    #[serde(rename = "AttributionModels", skip_serializing_if = "Vec::is_empty")]
    pub attribution_models: Vec<AttributionModel>,
    /// `FieldNames`: the report's columns, in order.
    #[serde(rename = "FieldNames")]
    pub field_names: Vec<Field>,
    /// `Page`.
    #[serde(rename = "Page", skip_serializing_if = "Option::is_none")]
    pub page: Option<Page>,
    /// `OrderBy`.
    #[serde(rename = "OrderBy", skip_serializing_if = "Vec::is_empty")]
    pub order_by: Vec<OrderBy>,
    /// `ReportName`: unique among the reports in the queue for the same settings.
    #[serde(rename = "ReportName")]
    pub report_name: String,
    /// `ReportType`.
    #[serde(rename = "ReportType")]
    pub report_type: ReportType,
    /// `DateRangeType`.
    #[serde(rename = "DateRangeType")]
    pub date_range_type: DateRangeType,
    /// `Format`.
    #[serde(rename = "Format")]
    pub format: Format,
    /// `IncludeVAT` (sent as `YES`/`NO`).
    #[serde(rename = "IncludeVAT", serialize_with = "serialize_yes_no")]
    pub include_vat: bool,
    /// `IncludeDiscount` (sent as `YES`/`NO` when set).
    #[serde(
        rename = "IncludeDiscount",
        serialize_with = "serialize_yes_no_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub include_discount: Option<bool>,
}
impl ReportDefinition {
    /// A report named `report_name` of `report_type` over `date_range_type` with the
    /// columns `field_names`; in the first known format (`TSV`), VAT included.
    pub fn new(
        report_name: impl Into<String>,
        report_type: ReportType,
        date_range_type: DateRangeType,
        field_names: impl IntoIterator<Item = Field>,
    ) -> Self {
        ReportDefinition {
            selection_criteria: SelectionCriteria::default(),
            goals: Vec::new(),
            attribution_models: Vec::new(),
            field_names: field_names.into_iter().collect(),
            page: None,
            order_by: Vec::new(),
            report_name: report_name.into(),
            report_type,
            date_range_type,
            format: Format::from_wire("TSV"),
            include_vat: true,
            include_discount: None,
        }
    }
    /// Sets `DateFrom` and `DateTo` (`YYYY-MM-DD`; for `CUSTOM_DATE`).
    pub fn with_dates(mut self, from: impl Into<String>, to: impl Into<String>) -> Self {
        self.selection_criteria.date_from = Some(from.into());
        self.selection_criteria.date_to = Some(to.into());
        self
    }
    /// Adds a `Filter` item.
    pub fn with_filter<V: Into<String>>(
        mut self,
        field: Field,
        operator: FilterOperator,
        values: impl IntoIterator<Item = V>,
    ) -> Self {
        self.selection_criteria
            .filter
            .push(FilterItem {
                field,
                operator,
                values: values.into_iter().map(Into::into).collect(),
            });
        self
    }
    /// Adds an `OrderBy` item.
    pub fn with_order_by(mut self, field: Field, sort_order: Option<SortOrder>) -> Self {
        self.order_by.push(OrderBy { field, sort_order });
        self
    }
    /// Sets `Goals`.
    pub fn with_goals<V: Into<String>>(
        mut self,
        goals: impl IntoIterator<Item = V>,
    ) -> Self {
        self.goals = goals.into_iter().map(Into::into).collect();
        self
    }
    /// Sets `AttributionModels`.
    pub fn with_attribution_models(
        mut self,
        models: impl IntoIterator<Item = AttributionModel>,
    ) -> Self {
        self.attribution_models = models.into_iter().collect();
        self
    }
    /// Sets `Page.Limit`.
    pub fn with_limit(mut self, limit: i64) -> Self {
        self.page = Some(Page { limit });
        self
    }
    /// Sets `Format`.
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }
    /// Sets `IncludeVAT`.
    pub fn with_include_vat(mut self, yes: bool) -> Self {
        self.include_vat = yes;
        self
    }
    /// Sets `IncludeDiscount`.
    pub fn with_include_discount(mut self, yes: bool) -> Self {
        self.include_discount = Some(yes);
        self
    }
    /// Checks the definition before it is sent: every field is allowed by the report
    /// type where it is used ([`FIELD_COMPATIBILITY`]), `FieldNames` is not empty, no
    /// field is filtered twice, dates go with `CUSTOM_DATE` only, at most 10 goals.
    /// Unrecognized fields and report types are not checked.
    pub fn validate(&self) -> ::core::result::Result<(), ReportDefinitionError> {
        if self.field_names.is_empty() {
            return Err(ReportDefinitionError::NoFieldNames);
        }
        let filters = self.selection_criteria.filter.iter().map(|f| &f.field);
        let order_by = self.order_by.iter().map(|o| &o.field);
        let uses = self
            .field_names
            .iter()
            .map(|f| (f, FieldPlace::FieldNames))
            .chain(filters.map(|f| (f, FieldPlace::Filter)))
            .chain(order_by.map(|f| (f, FieldPlace::OrderBy)));
        for (field, place) in uses {
            if field.allowed_in(&self.report_type, place) == Some(false) {
                let allowed_in = field
                    .compatibility()
                    .map(|c| c.places(&self.report_type))
                    .unwrap_or_default();
                return Err(ReportDefinitionError::FieldNotAllowed {
                    field: field.clone(),
                    report_type: self.report_type.clone(),
                    place,
                    allowed_in,
                });
            }
        }
        let mut seen: Vec<&Field> = Vec::new();
        for item in &self.selection_criteria.filter {
            if seen.contains(&&item.field) {
                return Err(
                    ReportDefinitionError::DuplicateFilterField(item.field.clone()),
                );
            }
            seen.push(&item.field);
        }
        if !self.date_range_type.is_unrecognized() {
            let has_dates = self.selection_criteria.date_from.is_some()
                || self.selection_criteria.date_to.is_some();
            let both_dates = self.selection_criteria.date_from.is_some()
                && self.selection_criteria.date_to.is_some();
            if self.date_range_type.as_str() == "CUSTOM_DATE" {
                if !both_dates {
                    return Err(ReportDefinitionError::DatesRequired);
                }
            } else if has_dates {
                return Err(
                    ReportDefinitionError::DatesNotAllowed(self.date_range_type.clone()),
                );
            }
        }
        if self.goals.len() > 10 {
            return Err(ReportDefinitionError::TooManyGoals(self.goals.len()));
        }
        Ok(())
    }
}
/// Why a [`ReportDefinition`] was refused before sending.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReportDefinitionError {
    /// The report type does not allow the field where it is used.
    FieldNotAllowed {
        /// The field.
        field: Field,
        /// The report type.
        report_type: ReportType,
        /// Where the field was used.
        place: FieldPlace,
        /// Where this report type does allow the field (empty: nowhere).
        allowed_in: Vec<FieldPlace>,
    },
    /// Two `Filter` items name the same field.
    DuplicateFilterField(Field),
    /// `FieldNames` is empty.
    NoFieldNames,
    /// `CUSTOM_DATE` needs both `DateFrom` and `DateTo`.
    DatesRequired,
    /// `DateFrom`/`DateTo` are only allowed with `CUSTOM_DATE`.
    DatesNotAllowed(DateRangeType),
    /// More than 10 goals.
    TooManyGoals(usize),
}
impl ::core::fmt::Display for ReportDefinitionError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            ReportDefinitionError::FieldNotAllowed {
                field,
                report_type,
                place,
                allowed_in,
            } => {
                write!(
                    f,
                    "field `{field}` is not allowed in {place} of a {report_type} report"
                )?;
                if allowed_in.is_empty() {
                    write!(f, " (this report type does not offer it at all)")
                } else {
                    let places: Vec<&str> = allowed_in
                        .iter()
                        .map(|p| p.as_str())
                        .collect();
                    write!(f, " (it may be used there in: {})", places.join(", "))
                }
            }
            ReportDefinitionError::DuplicateFilterField(field) => {
                write!(f, "field `{field}` is used in more than one Filter item")
            }
            ReportDefinitionError::NoFieldNames => f.write_str("FieldNames is empty"),
            ReportDefinitionError::DatesRequired => {
                f.write_str("DateRangeType CUSTOM_DATE needs both DateFrom and DateTo")
            }
            ReportDefinitionError::DatesNotAllowed(range) => {
                write!(
                    f,
                    "DateFrom and DateTo are only allowed with CUSTOM_DATE, not with {range}"
                )
            }
            ReportDefinitionError::TooManyGoals(n) => {
                write!(f, "{n} goals given, at most 10 are allowed")
            }
        }
    }
}
impl ::std::error::Error for ReportDefinitionError {}
