//! The Reports service, checked: the values of its enums, and every report field with the report
//! types that allow it in each place.

use std::collections::BTreeMap;

/// The Reports service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportsModel {
    /// The path segment: `/json/v5/<endpoint>`.
    pub endpoint: String,
    /// `ReportType` values.
    pub report_types: Vec<String>,
    /// `DateRangeType` values.
    pub date_range_types: Vec<String>,
    /// `Format` values; the first is the default.
    pub formats: Vec<String>,
    /// `processingMode` header values.
    pub processing_modes: Vec<String>,
    /// `Filter[].Operator` values.
    pub filter_operators: Vec<String>,
    /// `OrderBy[].SortOrder` values.
    pub sort_orders: Vec<String>,
    /// `AttributionModels` values.
    pub attribution_models: Vec<String>,
    /// Every report field, in the schema's order.
    pub fields: Vec<ReportFieldModel>,
    /// Field name -> the type of its cells (empty when the schema gives none).
    pub field_types: BTreeMap<String, CellType>,
}

/// One report field (a `FieldEnum` value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFieldModel {
    /// The wire name, e.g. `Clicks`.
    pub name: String,
    /// Report type -> the field's role in it, for every report type that allows it at all.
    pub roles: BTreeMap<String, FieldRole>,
    /// Report types whose `FieldNames` may list the field.
    pub field_names: Vec<String>,
    /// Report types whose `Filter` may use the field.
    pub filter: Vec<String>,
    /// Report types whose `OrderBy` may use the field.
    pub order_by: Vec<String>,
}

/// The role of a field in a report type (the runtime's `FieldRole`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRole {
    /// An attribute of the report's object.
    Attribute,
    /// The report's rows are split by its values.
    Segment,
    /// A figure aggregated over the rows.
    Metric,
    /// Only usable in `Filter`.
    Filter,
}

/// The type of a report field's cells (the runtime's `ReportFieldType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellType {
    /// A whole number.
    Integer,
    /// An amount of money.
    Money,
    /// A number with decimals.
    Decimal,
    /// A percentage.
    Percent,
    /// A date.
    Date,
    /// A value of one of the API's enumerations.
    Enum,
    /// Free text.
    Text,
}
