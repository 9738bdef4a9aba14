// @generated from schema/direct_v5/reports.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Reports service: `POST /json/v5/reports`, answered with a TSV report.
//!
//! [`ReportDefinition`] is the request's `params`; [`ReportDefinition::validate`] checks
//! every field against [`FIELD_COMPATIBILITY`] (which report types allow it in
//! `FieldNames`, `Filter` and `OrderBy`), and the client calls it before sending.
//! Values this schema does not know (`Unrecognized`) are passed through unchecked.
use crate::runtime as rt;
pub use rt::reports::{FieldPlace, FieldRole, Page};
/// The path segment of the service: `/json/v5/<ENDPOINT>`.
pub const ENDPOINT: &str = "reports";
/// The kind of report (`ReportType`).
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `ReportTypeEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportType {
    /// Sent as `SEARCH_QUERY_PERFORMANCE_REPORT`.
    SearchQueryPerformanceReport,
    /// Sent as `CUSTOM_REPORT`.
    CustomReport,
    /// Sent as `ACCOUNT_PERFORMANCE_REPORT`.
    AccountPerformanceReport,
    /// Sent as `CAMPAIGN_PERFORMANCE_REPORT`.
    CampaignPerformanceReport,
    /// Sent as `ADGROUP_PERFORMANCE_REPORT`.
    AdgroupPerformanceReport,
    /// Sent as `AD_PERFORMANCE_REPORT`.
    AdPerformanceReport,
    /// Sent as `CRITERIA_PERFORMANCE_REPORT`.
    CriteriaPerformanceReport,
    /// Sent as `REACH_AND_FREQUENCY_PERFORMANCE_REPORT`.
    ReachAndFrequencyPerformanceReport,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ReportType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SearchQueryPerformanceReport,
        Self::CustomReport,
        Self::AccountPerformanceReport,
        Self::CampaignPerformanceReport,
        Self::AdgroupPerformanceReport,
        Self::AdPerformanceReport,
        Self::CriteriaPerformanceReport,
        Self::ReachAndFrequencyPerformanceReport,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchQueryPerformanceReport => "SEARCH_QUERY_PERFORMANCE_REPORT",
            Self::CustomReport => "CUSTOM_REPORT",
            Self::AccountPerformanceReport => "ACCOUNT_PERFORMANCE_REPORT",
            Self::CampaignPerformanceReport => "CAMPAIGN_PERFORMANCE_REPORT",
            Self::AdgroupPerformanceReport => "ADGROUP_PERFORMANCE_REPORT",
            Self::AdPerformanceReport => "AD_PERFORMANCE_REPORT",
            Self::CriteriaPerformanceReport => "CRITERIA_PERFORMANCE_REPORT",
            Self::ReachAndFrequencyPerformanceReport => {
                "REACH_AND_FREQUENCY_PERFORMANCE_REPORT"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SEARCH_QUERY_PERFORMANCE_REPORT" => Self::SearchQueryPerformanceReport,
            "CUSTOM_REPORT" => Self::CustomReport,
            "ACCOUNT_PERFORMANCE_REPORT" => Self::AccountPerformanceReport,
            "CAMPAIGN_PERFORMANCE_REPORT" => Self::CampaignPerformanceReport,
            "ADGROUP_PERFORMANCE_REPORT" => Self::AdgroupPerformanceReport,
            "AD_PERFORMANCE_REPORT" => Self::AdPerformanceReport,
            "CRITERIA_PERFORMANCE_REPORT" => Self::CriteriaPerformanceReport,
            "REACH_AND_FREQUENCY_PERFORMANCE_REPORT" => {
                Self::ReachAndFrequencyPerformanceReport
            }
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
/// One of the 19 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `DateRangeTypeEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateRangeType {
    /// Sent as `TODAY`.
    Today,
    /// Sent as `YESTERDAY`.
    Yesterday,
    /// Sent as `LAST_3_DAYS`.
    Last3Days,
    /// Sent as `LAST_5_DAYS`.
    Last5Days,
    /// Sent as `LAST_7_DAYS`.
    Last7Days,
    /// Sent as `LAST_14_DAYS`.
    Last14Days,
    /// Sent as `LAST_30_DAYS`.
    Last30Days,
    /// Sent as `LAST_90_DAYS`.
    Last90Days,
    /// Sent as `LAST_365_DAYS`.
    Last365Days,
    /// Sent as `THIS_WEEK_MON_TODAY`.
    ThisWeekMonToday,
    /// Sent as `THIS_WEEK_SUN_TODAY`.
    ThisWeekSunToday,
    /// Sent as `LAST_WEEK`.
    LastWeek,
    /// Sent as `LAST_BUSINESS_WEEK`.
    LastBusinessWeek,
    /// Sent as `LAST_WEEK_SUN_SAT`.
    LastWeekSunSat,
    /// Sent as `THIS_MONTH`.
    ThisMonth,
    /// Sent as `LAST_MONTH`.
    LastMonth,
    /// Sent as `ALL_TIME`.
    AllTime,
    /// Sent as `CUSTOM_DATE`.
    CustomDate,
    /// Sent as `AUTO`.
    Auto,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DateRangeType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Today,
        Self::Yesterday,
        Self::Last3Days,
        Self::Last5Days,
        Self::Last7Days,
        Self::Last14Days,
        Self::Last30Days,
        Self::Last90Days,
        Self::Last365Days,
        Self::ThisWeekMonToday,
        Self::ThisWeekSunToday,
        Self::LastWeek,
        Self::LastBusinessWeek,
        Self::LastWeekSunSat,
        Self::ThisMonth,
        Self::LastMonth,
        Self::AllTime,
        Self::CustomDate,
        Self::Auto,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Today => "TODAY",
            Self::Yesterday => "YESTERDAY",
            Self::Last3Days => "LAST_3_DAYS",
            Self::Last5Days => "LAST_5_DAYS",
            Self::Last7Days => "LAST_7_DAYS",
            Self::Last14Days => "LAST_14_DAYS",
            Self::Last30Days => "LAST_30_DAYS",
            Self::Last90Days => "LAST_90_DAYS",
            Self::Last365Days => "LAST_365_DAYS",
            Self::ThisWeekMonToday => "THIS_WEEK_MON_TODAY",
            Self::ThisWeekSunToday => "THIS_WEEK_SUN_TODAY",
            Self::LastWeek => "LAST_WEEK",
            Self::LastBusinessWeek => "LAST_BUSINESS_WEEK",
            Self::LastWeekSunSat => "LAST_WEEK_SUN_SAT",
            Self::ThisMonth => "THIS_MONTH",
            Self::LastMonth => "LAST_MONTH",
            Self::AllTime => "ALL_TIME",
            Self::CustomDate => "CUSTOM_DATE",
            Self::Auto => "AUTO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TODAY" => Self::Today,
            "YESTERDAY" => Self::Yesterday,
            "LAST_3_DAYS" => Self::Last3Days,
            "LAST_5_DAYS" => Self::Last5Days,
            "LAST_7_DAYS" => Self::Last7Days,
            "LAST_14_DAYS" => Self::Last14Days,
            "LAST_30_DAYS" => Self::Last30Days,
            "LAST_90_DAYS" => Self::Last90Days,
            "LAST_365_DAYS" => Self::Last365Days,
            "THIS_WEEK_MON_TODAY" => Self::ThisWeekMonToday,
            "THIS_WEEK_SUN_TODAY" => Self::ThisWeekSunToday,
            "LAST_WEEK" => Self::LastWeek,
            "LAST_BUSINESS_WEEK" => Self::LastBusinessWeek,
            "LAST_WEEK_SUN_SAT" => Self::LastWeekSunSat,
            "THIS_MONTH" => Self::ThisMonth,
            "LAST_MONTH" => Self::LastMonth,
            "ALL_TIME" => Self::AllTime,
            "CUSTOM_DATE" => Self::CustomDate,
            "AUTO" => Self::Auto,
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
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `FilterOperatorEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterOperator {
    /// Sent as `DOES_NOT_START_WITH_ALL_IGNORE_CASE`.
    DoesNotStartWithAllIgnoreCase,
    /// Sent as `DOES_NOT_START_WITH_IGNORE_CASE`.
    DoesNotStartWithIgnoreCase,
    /// Sent as `EQUALS`.
    Equals,
    /// Sent as `GREATER_THAN`.
    GreaterThan,
    /// Sent as `IN`.
    In,
    /// Sent as `LESS_THAN`.
    LessThan,
    /// Sent as `NOT_EQUALS`.
    NotEquals,
    /// Sent as `NOT_IN`.
    NotIn,
    /// Sent as `STARTS_WITH_ANY_IGNORE_CASE`.
    StartsWithAnyIgnoreCase,
    /// Sent as `STARTS_WITH_IGNORE_CASE`.
    StartsWithIgnoreCase,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FilterOperator {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::DoesNotStartWithAllIgnoreCase,
        Self::DoesNotStartWithIgnoreCase,
        Self::Equals,
        Self::GreaterThan,
        Self::In,
        Self::LessThan,
        Self::NotEquals,
        Self::NotIn,
        Self::StartsWithAnyIgnoreCase,
        Self::StartsWithIgnoreCase,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoesNotStartWithAllIgnoreCase => "DOES_NOT_START_WITH_ALL_IGNORE_CASE",
            Self::DoesNotStartWithIgnoreCase => "DOES_NOT_START_WITH_IGNORE_CASE",
            Self::Equals => "EQUALS",
            Self::GreaterThan => "GREATER_THAN",
            Self::In => "IN",
            Self::LessThan => "LESS_THAN",
            Self::NotEquals => "NOT_EQUALS",
            Self::NotIn => "NOT_IN",
            Self::StartsWithAnyIgnoreCase => "STARTS_WITH_ANY_IGNORE_CASE",
            Self::StartsWithIgnoreCase => "STARTS_WITH_IGNORE_CASE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DOES_NOT_START_WITH_ALL_IGNORE_CASE" => Self::DoesNotStartWithAllIgnoreCase,
            "DOES_NOT_START_WITH_IGNORE_CASE" => Self::DoesNotStartWithIgnoreCase,
            "EQUALS" => Self::Equals,
            "GREATER_THAN" => Self::GreaterThan,
            "IN" => Self::In,
            "LESS_THAN" => Self::LessThan,
            "NOT_EQUALS" => Self::NotEquals,
            "NOT_IN" => Self::NotIn,
            "STARTS_WITH_ANY_IGNORE_CASE" => Self::StartsWithAnyIgnoreCase,
            "STARTS_WITH_IGNORE_CASE" => Self::StartsWithIgnoreCase,
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
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `AttributionModelEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributionModel {
    /// Sent as `AUTO`.
    Auto,
    /// Sent as `FC`.
    Fc,
    /// Sent as `FCCD`.
    Fccd,
    /// Sent as `LC`.
    Lc,
    /// Sent as `LSC`.
    Lsc,
    /// Sent as `LSCCD`.
    Lsccd,
    /// Sent as `LYDC`.
    Lydc,
    /// Sent as `LYDCCD`.
    Lydccd,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AttributionModel {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Auto,
        Self::Fc,
        Self::Fccd,
        Self::Lc,
        Self::Lsc,
        Self::Lsccd,
        Self::Lydc,
        Self::Lydccd,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "AUTO",
            Self::Fc => "FC",
            Self::Fccd => "FCCD",
            Self::Lc => "LC",
            Self::Lsc => "LSC",
            Self::Lsccd => "LSCCD",
            Self::Lydc => "LYDC",
            Self::Lydccd => "LYDCCD",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AUTO" => Self::Auto,
            "FC" => Self::Fc,
            "FCCD" => Self::Fccd,
            "LC" => Self::Lc,
            "LSC" => Self::Lsc,
            "LSCCD" => Self::Lsccd,
            "LYDC" => Self::Lydc,
            "LYDCCD" => Self::Lydccd,
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
/// One of the 84 values the schema knows, or any other value the API may add (kept in `Unrecognized`). The schema calls it `FieldEnum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// Sent as `AdFormat`.
    AdFormat,
    /// Sent as `AdGroupId`.
    AdGroupId,
    /// Sent as `AdGroupName`.
    AdGroupName,
    /// Sent as `AdId`.
    AdId,
    /// Sent as `AdNetworkType`.
    AdNetworkType,
    /// Sent as `Age`.
    Age,
    /// Sent as `AudienceTargetId`.
    AudienceTargetId,
    /// Sent as `AvgClickPosition`.
    AvgClickPosition,
    /// Sent as `AvgCpc`.
    AvgCpc,
    /// Sent as `AvgCpm`.
    AvgCpm,
    /// Sent as `AvgEffectiveBid`.
    AvgEffectiveBid,
    /// Sent as `AvgImpressionFrequency`.
    AvgImpressionFrequency,
    /// Sent as `AvgImpressionPosition`.
    AvgImpressionPosition,
    /// Sent as `AvgPageviews`.
    AvgPageviews,
    /// Sent as `AvgTrafficVolume`.
    AvgTrafficVolume,
    /// Sent as `AvgVideoCompleteCost`.
    AvgVideoCompleteCost,
    /// Sent as `BounceRate`.
    BounceRate,
    /// Sent as `Bounces`.
    Bounces,
    /// Sent as `CPV`.
    Cpv,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `CampaignName`.
    CampaignName,
    /// Sent as `CampaignType`.
    CampaignType,
    /// Sent as `CampaignUrlPath`.
    CampaignUrlPath,
    /// Sent as `CarrierType`.
    CarrierType,
    /// Sent as `ClickType`.
    ClickType,
    /// Sent as `Clicks`.
    Clicks,
    /// Sent as `ClientLogin`.
    ClientLogin,
    /// Sent as `ConversionRate`.
    ConversionRate,
    /// Sent as `Conversions`.
    Conversions,
    /// Sent as `Cost`.
    Cost,
    /// Sent as `CostPerConversion`.
    CostPerConversion,
    /// Sent as `Criteria`.
    Criteria,
    /// Sent as `CriteriaId`.
    CriteriaId,
    /// Sent as `CriteriaType`.
    CriteriaType,
    /// Sent as `Criterion`.
    Criterion,
    /// Sent as `CriterionId`.
    CriterionId,
    /// Sent as `CriterionType`.
    CriterionType,
    /// Sent as `Ctr`.
    Ctr,
    /// Sent as `Date`.
    Date,
    /// Sent as `Device`.
    Device,
    /// Sent as `DynamicTextAdTargetId`.
    DynamicTextAdTargetId,
    /// Sent as `ExternalNetworkName`.
    ExternalNetworkName,
    /// Sent as `Gender`.
    Gender,
    /// Sent as `GoalsRoi`.
    GoalsRoi,
    /// Sent as `ImpressionReach`.
    ImpressionReach,
    /// Sent as `Impressions`.
    Impressions,
    /// Sent as `IncomeGrade`.
    IncomeGrade,
    /// Sent as `Keyword`.
    Keyword,
    /// Sent as `LocationOfPresenceId`.
    LocationOfPresenceId,
    /// Sent as `LocationOfPresenceName`.
    LocationOfPresenceName,
    /// Sent as `MatchType`.
    MatchType,
    /// Sent as `MatchedKeyword`.
    MatchedKeyword,
    /// Sent as `MobilePlatform`.
    MobilePlatform,
    /// Sent as `Month`.
    Month,
    /// Sent as `Placement`.
    Placement,
    /// Sent as `Profit`.
    Profit,
    /// Sent as `PurchaseGoals`.
    PurchaseGoals,
    /// Sent as `PurchaseGoalsRoi`.
    PurchaseGoalsRoi,
    /// Sent as `PurchaseProfit`.
    PurchaseProfit,
    /// Sent as `PurchaseRevenue`.
    PurchaseRevenue,
    /// Sent as `Quarter`.
    Quarter,
    /// Sent as `Query`.
    Query,
    /// Sent as `Revenue`.
    Revenue,
    /// Sent as `RlAdjustmentId`.
    RlAdjustmentId,
    /// Sent as `Sessions`.
    Sessions,
    /// Sent as `Slot`.
    Slot,
    /// Sent as `SmartAdTargetId`.
    SmartAdTargetId,
    /// Sent as `TargetingCategory`.
    TargetingCategory,
    /// Sent as `TargetingLocationId`.
    TargetingLocationId,
    /// Sent as `TargetingLocationName`.
    TargetingLocationName,
    /// Sent as `VideoComplete`.
    VideoComplete,
    /// Sent as `VideoCompleteRate`.
    VideoCompleteRate,
    /// Sent as `VideoFirstQuartile`.
    VideoFirstQuartile,
    /// Sent as `VideoFirstQuartileRate`.
    VideoFirstQuartileRate,
    /// Sent as `VideoMidpoint`.
    VideoMidpoint,
    /// Sent as `VideoMidpointRate`.
    VideoMidpointRate,
    /// Sent as `VideoThirdQuartile`.
    VideoThirdQuartile,
    /// Sent as `VideoThirdQuartileRate`.
    VideoThirdQuartileRate,
    /// Sent as `VideoViews`.
    VideoViews,
    /// Sent as `VideoViewsRate`.
    VideoViewsRate,
    /// Sent as `Week`.
    Week,
    /// Sent as `WeightedCtr`.
    WeightedCtr,
    /// Sent as `WeightedImpressions`.
    WeightedImpressions,
    /// Sent as `Year`.
    Year,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl Field {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdFormat,
        Self::AdGroupId,
        Self::AdGroupName,
        Self::AdId,
        Self::AdNetworkType,
        Self::Age,
        Self::AudienceTargetId,
        Self::AvgClickPosition,
        Self::AvgCpc,
        Self::AvgCpm,
        Self::AvgEffectiveBid,
        Self::AvgImpressionFrequency,
        Self::AvgImpressionPosition,
        Self::AvgPageviews,
        Self::AvgTrafficVolume,
        Self::AvgVideoCompleteCost,
        Self::BounceRate,
        Self::Bounces,
        Self::Cpv,
        Self::CampaignId,
        Self::CampaignName,
        Self::CampaignType,
        Self::CampaignUrlPath,
        Self::CarrierType,
        Self::ClickType,
        Self::Clicks,
        Self::ClientLogin,
        Self::ConversionRate,
        Self::Conversions,
        Self::Cost,
        Self::CostPerConversion,
        Self::Criteria,
        Self::CriteriaId,
        Self::CriteriaType,
        Self::Criterion,
        Self::CriterionId,
        Self::CriterionType,
        Self::Ctr,
        Self::Date,
        Self::Device,
        Self::DynamicTextAdTargetId,
        Self::ExternalNetworkName,
        Self::Gender,
        Self::GoalsRoi,
        Self::ImpressionReach,
        Self::Impressions,
        Self::IncomeGrade,
        Self::Keyword,
        Self::LocationOfPresenceId,
        Self::LocationOfPresenceName,
        Self::MatchType,
        Self::MatchedKeyword,
        Self::MobilePlatform,
        Self::Month,
        Self::Placement,
        Self::Profit,
        Self::PurchaseGoals,
        Self::PurchaseGoalsRoi,
        Self::PurchaseProfit,
        Self::PurchaseRevenue,
        Self::Quarter,
        Self::Query,
        Self::Revenue,
        Self::RlAdjustmentId,
        Self::Sessions,
        Self::Slot,
        Self::SmartAdTargetId,
        Self::TargetingCategory,
        Self::TargetingLocationId,
        Self::TargetingLocationName,
        Self::VideoComplete,
        Self::VideoCompleteRate,
        Self::VideoFirstQuartile,
        Self::VideoFirstQuartileRate,
        Self::VideoMidpoint,
        Self::VideoMidpointRate,
        Self::VideoThirdQuartile,
        Self::VideoThirdQuartileRate,
        Self::VideoViews,
        Self::VideoViewsRate,
        Self::Week,
        Self::WeightedCtr,
        Self::WeightedImpressions,
        Self::Year,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdFormat => "AdFormat",
            Self::AdGroupId => "AdGroupId",
            Self::AdGroupName => "AdGroupName",
            Self::AdId => "AdId",
            Self::AdNetworkType => "AdNetworkType",
            Self::Age => "Age",
            Self::AudienceTargetId => "AudienceTargetId",
            Self::AvgClickPosition => "AvgClickPosition",
            Self::AvgCpc => "AvgCpc",
            Self::AvgCpm => "AvgCpm",
            Self::AvgEffectiveBid => "AvgEffectiveBid",
            Self::AvgImpressionFrequency => "AvgImpressionFrequency",
            Self::AvgImpressionPosition => "AvgImpressionPosition",
            Self::AvgPageviews => "AvgPageviews",
            Self::AvgTrafficVolume => "AvgTrafficVolume",
            Self::AvgVideoCompleteCost => "AvgVideoCompleteCost",
            Self::BounceRate => "BounceRate",
            Self::Bounces => "Bounces",
            Self::Cpv => "CPV",
            Self::CampaignId => "CampaignId",
            Self::CampaignName => "CampaignName",
            Self::CampaignType => "CampaignType",
            Self::CampaignUrlPath => "CampaignUrlPath",
            Self::CarrierType => "CarrierType",
            Self::ClickType => "ClickType",
            Self::Clicks => "Clicks",
            Self::ClientLogin => "ClientLogin",
            Self::ConversionRate => "ConversionRate",
            Self::Conversions => "Conversions",
            Self::Cost => "Cost",
            Self::CostPerConversion => "CostPerConversion",
            Self::Criteria => "Criteria",
            Self::CriteriaId => "CriteriaId",
            Self::CriteriaType => "CriteriaType",
            Self::Criterion => "Criterion",
            Self::CriterionId => "CriterionId",
            Self::CriterionType => "CriterionType",
            Self::Ctr => "Ctr",
            Self::Date => "Date",
            Self::Device => "Device",
            Self::DynamicTextAdTargetId => "DynamicTextAdTargetId",
            Self::ExternalNetworkName => "ExternalNetworkName",
            Self::Gender => "Gender",
            Self::GoalsRoi => "GoalsRoi",
            Self::ImpressionReach => "ImpressionReach",
            Self::Impressions => "Impressions",
            Self::IncomeGrade => "IncomeGrade",
            Self::Keyword => "Keyword",
            Self::LocationOfPresenceId => "LocationOfPresenceId",
            Self::LocationOfPresenceName => "LocationOfPresenceName",
            Self::MatchType => "MatchType",
            Self::MatchedKeyword => "MatchedKeyword",
            Self::MobilePlatform => "MobilePlatform",
            Self::Month => "Month",
            Self::Placement => "Placement",
            Self::Profit => "Profit",
            Self::PurchaseGoals => "PurchaseGoals",
            Self::PurchaseGoalsRoi => "PurchaseGoalsRoi",
            Self::PurchaseProfit => "PurchaseProfit",
            Self::PurchaseRevenue => "PurchaseRevenue",
            Self::Quarter => "Quarter",
            Self::Query => "Query",
            Self::Revenue => "Revenue",
            Self::RlAdjustmentId => "RlAdjustmentId",
            Self::Sessions => "Sessions",
            Self::Slot => "Slot",
            Self::SmartAdTargetId => "SmartAdTargetId",
            Self::TargetingCategory => "TargetingCategory",
            Self::TargetingLocationId => "TargetingLocationId",
            Self::TargetingLocationName => "TargetingLocationName",
            Self::VideoComplete => "VideoComplete",
            Self::VideoCompleteRate => "VideoCompleteRate",
            Self::VideoFirstQuartile => "VideoFirstQuartile",
            Self::VideoFirstQuartileRate => "VideoFirstQuartileRate",
            Self::VideoMidpoint => "VideoMidpoint",
            Self::VideoMidpointRate => "VideoMidpointRate",
            Self::VideoThirdQuartile => "VideoThirdQuartile",
            Self::VideoThirdQuartileRate => "VideoThirdQuartileRate",
            Self::VideoViews => "VideoViews",
            Self::VideoViewsRate => "VideoViewsRate",
            Self::Week => "Week",
            Self::WeightedCtr => "WeightedCtr",
            Self::WeightedImpressions => "WeightedImpressions",
            Self::Year => "Year",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdFormat" => Self::AdFormat,
            "AdGroupId" => Self::AdGroupId,
            "AdGroupName" => Self::AdGroupName,
            "AdId" => Self::AdId,
            "AdNetworkType" => Self::AdNetworkType,
            "Age" => Self::Age,
            "AudienceTargetId" => Self::AudienceTargetId,
            "AvgClickPosition" => Self::AvgClickPosition,
            "AvgCpc" => Self::AvgCpc,
            "AvgCpm" => Self::AvgCpm,
            "AvgEffectiveBid" => Self::AvgEffectiveBid,
            "AvgImpressionFrequency" => Self::AvgImpressionFrequency,
            "AvgImpressionPosition" => Self::AvgImpressionPosition,
            "AvgPageviews" => Self::AvgPageviews,
            "AvgTrafficVolume" => Self::AvgTrafficVolume,
            "AvgVideoCompleteCost" => Self::AvgVideoCompleteCost,
            "BounceRate" => Self::BounceRate,
            "Bounces" => Self::Bounces,
            "CPV" => Self::Cpv,
            "CampaignId" => Self::CampaignId,
            "CampaignName" => Self::CampaignName,
            "CampaignType" => Self::CampaignType,
            "CampaignUrlPath" => Self::CampaignUrlPath,
            "CarrierType" => Self::CarrierType,
            "ClickType" => Self::ClickType,
            "Clicks" => Self::Clicks,
            "ClientLogin" => Self::ClientLogin,
            "ConversionRate" => Self::ConversionRate,
            "Conversions" => Self::Conversions,
            "Cost" => Self::Cost,
            "CostPerConversion" => Self::CostPerConversion,
            "Criteria" => Self::Criteria,
            "CriteriaId" => Self::CriteriaId,
            "CriteriaType" => Self::CriteriaType,
            "Criterion" => Self::Criterion,
            "CriterionId" => Self::CriterionId,
            "CriterionType" => Self::CriterionType,
            "Ctr" => Self::Ctr,
            "Date" => Self::Date,
            "Device" => Self::Device,
            "DynamicTextAdTargetId" => Self::DynamicTextAdTargetId,
            "ExternalNetworkName" => Self::ExternalNetworkName,
            "Gender" => Self::Gender,
            "GoalsRoi" => Self::GoalsRoi,
            "ImpressionReach" => Self::ImpressionReach,
            "Impressions" => Self::Impressions,
            "IncomeGrade" => Self::IncomeGrade,
            "Keyword" => Self::Keyword,
            "LocationOfPresenceId" => Self::LocationOfPresenceId,
            "LocationOfPresenceName" => Self::LocationOfPresenceName,
            "MatchType" => Self::MatchType,
            "MatchedKeyword" => Self::MatchedKeyword,
            "MobilePlatform" => Self::MobilePlatform,
            "Month" => Self::Month,
            "Placement" => Self::Placement,
            "Profit" => Self::Profit,
            "PurchaseGoals" => Self::PurchaseGoals,
            "PurchaseGoalsRoi" => Self::PurchaseGoalsRoi,
            "PurchaseProfit" => Self::PurchaseProfit,
            "PurchaseRevenue" => Self::PurchaseRevenue,
            "Quarter" => Self::Quarter,
            "Query" => Self::Query,
            "Revenue" => Self::Revenue,
            "RlAdjustmentId" => Self::RlAdjustmentId,
            "Sessions" => Self::Sessions,
            "Slot" => Self::Slot,
            "SmartAdTargetId" => Self::SmartAdTargetId,
            "TargetingCategory" => Self::TargetingCategory,
            "TargetingLocationId" => Self::TargetingLocationId,
            "TargetingLocationName" => Self::TargetingLocationName,
            "VideoComplete" => Self::VideoComplete,
            "VideoCompleteRate" => Self::VideoCompleteRate,
            "VideoFirstQuartile" => Self::VideoFirstQuartile,
            "VideoFirstQuartileRate" => Self::VideoFirstQuartileRate,
            "VideoMidpoint" => Self::VideoMidpoint,
            "VideoMidpointRate" => Self::VideoMidpointRate,
            "VideoThirdQuartile" => Self::VideoThirdQuartile,
            "VideoThirdQuartileRate" => Self::VideoThirdQuartileRate,
            "VideoViews" => Self::VideoViews,
            "VideoViewsRate" => Self::VideoViewsRate,
            "Week" => Self::Week,
            "WeightedCtr" => Self::WeightedCtr,
            "WeightedImpressions" => Self::WeightedImpressions,
            "Year" => Self::Year,
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
    fn field_type(name: &str) -> Option<rt::reports::ReportFieldType> {
        use rt::reports::ReportFieldType as T;
        match name {
            "AdFormat" => Some(T::Enum),
            "AdGroupId" => Some(T::Integer),
            "AdGroupName" => Some(T::Text),
            "AdId" => Some(T::Integer),
            "AdNetworkType" => Some(T::Enum),
            "Age" => Some(T::Enum),
            "AudienceTargetId" => Some(T::Integer),
            "AvgClickPosition" => Some(T::Decimal),
            "AvgCpc" => Some(T::Money),
            "AvgCpm" => Some(T::Money),
            "AvgEffectiveBid" => Some(T::Money),
            "AvgImpressionFrequency" => Some(T::Decimal),
            "AvgImpressionPosition" => Some(T::Decimal),
            "AvgPageviews" => Some(T::Decimal),
            "AvgTrafficVolume" => Some(T::Decimal),
            "AvgVideoCompleteCost" => Some(T::Money),
            "BounceRate" => Some(T::Percent),
            "Bounces" => Some(T::Integer),
            "CPV" => Some(T::Money),
            "CampaignId" => Some(T::Integer),
            "CampaignName" => Some(T::Text),
            "CampaignType" => Some(T::Enum),
            "CampaignUrlPath" => Some(T::Text),
            "CarrierType" => Some(T::Enum),
            "ClickType" => Some(T::Enum),
            "Clicks" => Some(T::Integer),
            "ClientLogin" => Some(T::Text),
            "ConversionRate" => Some(T::Percent),
            "Conversions" => Some(T::Decimal),
            "Cost" => Some(T::Money),
            "CostPerConversion" => Some(T::Money),
            "Criteria" => Some(T::Text),
            "CriteriaId" => Some(T::Text),
            "CriteriaType" => Some(T::Enum),
            "Criterion" => Some(T::Text),
            "CriterionId" => Some(T::Text),
            "CriterionType" => Some(T::Enum),
            "Ctr" => Some(T::Percent),
            "Date" => Some(T::Date),
            "Device" => Some(T::Enum),
            "DynamicTextAdTargetId" => Some(T::Integer),
            "ExternalNetworkName" => Some(T::Text),
            "Gender" => Some(T::Enum),
            "GoalsRoi" => Some(T::Decimal),
            "ImpressionReach" => Some(T::Integer),
            "Impressions" => Some(T::Integer),
            "IncomeGrade" => Some(T::Enum),
            "Keyword" => Some(T::Text),
            "LocationOfPresenceId" => Some(T::Integer),
            "LocationOfPresenceName" => Some(T::Text),
            "MatchType" => Some(T::Enum),
            "MatchedKeyword" => Some(T::Text),
            "MobilePlatform" => Some(T::Enum),
            "Month" => Some(T::Date),
            "Placement" => Some(T::Text),
            "Profit" => Some(T::Money),
            "PurchaseGoals" => Some(T::Text),
            "PurchaseGoalsRoi" => Some(T::Decimal),
            "PurchaseProfit" => Some(T::Money),
            "PurchaseRevenue" => Some(T::Money),
            "Quarter" => Some(T::Date),
            "Query" => Some(T::Text),
            "Revenue" => Some(T::Money),
            "RlAdjustmentId" => Some(T::Integer),
            "Sessions" => Some(T::Integer),
            "Slot" => Some(T::Enum),
            "SmartAdTargetId" => Some(T::Integer),
            "TargetingCategory" => Some(T::Enum),
            "TargetingLocationId" => Some(T::Integer),
            "TargetingLocationName" => Some(T::Text),
            "VideoComplete" => Some(T::Integer),
            "VideoCompleteRate" => Some(T::Percent),
            "VideoFirstQuartile" => Some(T::Integer),
            "VideoFirstQuartileRate" => Some(T::Percent),
            "VideoMidpoint" => Some(T::Integer),
            "VideoMidpointRate" => Some(T::Percent),
            "VideoThirdQuartile" => Some(T::Integer),
            "VideoThirdQuartileRate" => Some(T::Percent),
            "VideoViews" => Some(T::Integer),
            "VideoViewsRate" => Some(T::Percent),
            "Week" => Some(T::Date),
            "WeightedCtr" => Some(T::Percent),
            "WeightedImpressions" => Some(T::Decimal),
            "Year" => Some(T::Text),
            _ => None,
        }
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
pub static FIELD_COMPATIBILITY: [FieldCompatibility; 84] = [
    FieldCompatibility {
        field: Field::AdFormat,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AdGroupId,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Attribute),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Attribute),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AdGroupName,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Attribute),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Attribute),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AdId,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AdPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AdNetworkType,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Age,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AudienceTargetId,
        roles: &[
            (ReportType::CustomReport, FieldRole::Filter),
            (ReportType::CriteriaPerformanceReport, FieldRole::Filter),
        ],
        field_names: &[],
        filter: &[ReportType::CustomReport, ReportType::CriteriaPerformanceReport],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::AvgClickPosition,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AvgCpc,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AvgCpm,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::AvgEffectiveBid,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AvgImpressionFrequency,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::AvgImpressionPosition,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AvgPageviews,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AvgTrafficVolume,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::AvgVideoCompleteCost,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::BounceRate,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Bounces,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Cpv,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::CampaignId,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Attribute),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Attribute),
            (ReportType::AdgroupPerformanceReport, FieldRole::Attribute),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::CampaignName,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Attribute),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Attribute),
            (ReportType::AdgroupPerformanceReport, FieldRole::Attribute),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::CampaignType,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Attribute),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Attribute),
            (ReportType::AdgroupPerformanceReport, FieldRole::Attribute),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::CampaignUrlPath,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Attribute),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Attribute),
            (ReportType::AdgroupPerformanceReport, FieldRole::Attribute),
            (ReportType::AdPerformanceReport, FieldRole::Attribute),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::CarrierType,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::ClickType,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Clicks,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::ClientLogin,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::ConversionRate,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Conversions,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Cost,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::CostPerConversion,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Criteria,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::CriteriaId,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::CriteriaType,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Criterion,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::CriterionId,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::CriterionType,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Attribute),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Ctr,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Date,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Device,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::DynamicTextAdTargetId,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Filter),
            (ReportType::CustomReport, FieldRole::Filter),
            (ReportType::CriteriaPerformanceReport, FieldRole::Filter),
        ],
        field_names: &[],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::ExternalNetworkName,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Gender,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::GoalsRoi,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::ImpressionReach,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::Impressions,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::IncomeGrade,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Keyword,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Filter),
            (ReportType::CustomReport, FieldRole::Filter),
            (ReportType::CriteriaPerformanceReport, FieldRole::Filter),
        ],
        field_names: &[],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::LocationOfPresenceId,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::LocationOfPresenceName,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::MatchType,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::MatchedKeyword,
        roles: &[(ReportType::SearchQueryPerformanceReport, FieldRole::Segment)],
        field_names: &[ReportType::SearchQueryPerformanceReport],
        filter: &[ReportType::SearchQueryPerformanceReport],
        order_by: &[ReportType::SearchQueryPerformanceReport],
    },
    FieldCompatibility {
        field: Field::MobilePlatform,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Month,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Placement,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Profit,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::PurchaseGoals,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::PurchaseGoalsRoi,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::PurchaseProfit,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::PurchaseRevenue,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Quarter,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Query,
        roles: &[(ReportType::SearchQueryPerformanceReport, FieldRole::Attribute)],
        field_names: &[ReportType::SearchQueryPerformanceReport],
        filter: &[ReportType::SearchQueryPerformanceReport],
        order_by: &[ReportType::SearchQueryPerformanceReport],
    },
    FieldCompatibility {
        field: Field::Revenue,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::RlAdjustmentId,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[ReportType::CustomReport, ReportType::CriteriaPerformanceReport],
        filter: &[ReportType::CustomReport, ReportType::CriteriaPerformanceReport],
        order_by: &[ReportType::CustomReport, ReportType::CriteriaPerformanceReport],
    },
    FieldCompatibility {
        field: Field::Sessions,
        roles: &[
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Slot,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::SmartAdTargetId,
        roles: &[
            (ReportType::CustomReport, FieldRole::Filter),
            (ReportType::CriteriaPerformanceReport, FieldRole::Filter),
        ],
        field_names: &[],
        filter: &[ReportType::CustomReport, ReportType::CriteriaPerformanceReport],
        order_by: &[],
    },
    FieldCompatibility {
        field: Field::TargetingCategory,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::TargetingLocationId,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::TargetingLocationName,
        roles: &[
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::VideoComplete,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoCompleteRate,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoFirstQuartile,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoFirstQuartileRate,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoMidpoint,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoMidpointRate,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoThirdQuartile,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoThirdQuartileRate,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoViews,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::VideoViewsRate,
        roles: &[(ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric)],
        field_names: &[ReportType::ReachAndFrequencyPerformanceReport],
        filter: &[ReportType::ReachAndFrequencyPerformanceReport],
        order_by: &[ReportType::ReachAndFrequencyPerformanceReport],
    },
    FieldCompatibility {
        field: Field::Week,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::WeightedCtr,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::WeightedImpressions,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Metric),
            (ReportType::CustomReport, FieldRole::Metric),
            (ReportType::AccountPerformanceReport, FieldRole::Metric),
            (ReportType::CampaignPerformanceReport, FieldRole::Metric),
            (ReportType::AdgroupPerformanceReport, FieldRole::Metric),
            (ReportType::AdPerformanceReport, FieldRole::Metric),
            (ReportType::CriteriaPerformanceReport, FieldRole::Metric),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Metric),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
    FieldCompatibility {
        field: Field::Year,
        roles: &[
            (ReportType::SearchQueryPerformanceReport, FieldRole::Segment),
            (ReportType::CustomReport, FieldRole::Segment),
            (ReportType::AccountPerformanceReport, FieldRole::Segment),
            (ReportType::CampaignPerformanceReport, FieldRole::Segment),
            (ReportType::AdgroupPerformanceReport, FieldRole::Segment),
            (ReportType::AdPerformanceReport, FieldRole::Segment),
            (ReportType::CriteriaPerformanceReport, FieldRole::Segment),
            (ReportType::ReachAndFrequencyPerformanceReport, FieldRole::Segment),
        ],
        field_names: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
        filter: &[],
        order_by: &[
            ReportType::SearchQueryPerformanceReport,
            ReportType::CustomReport,
            ReportType::AccountPerformanceReport,
            ReportType::CampaignPerformanceReport,
            ReportType::AdgroupPerformanceReport,
            ReportType::AdPerformanceReport,
            ReportType::CriteriaPerformanceReport,
            ReportType::ReachAndFrequencyPerformanceReport,
        ],
    },
];
impl Field {
    /// The field's entry in [`FIELD_COMPATIBILITY`]; `None` for an unrecognized field.
    pub fn compatibility(&self) -> Option<&'static FieldCompatibility> {
        match self {
            Self::AdFormat => Some(&FIELD_COMPATIBILITY[0]),
            Self::AdGroupId => Some(&FIELD_COMPATIBILITY[1]),
            Self::AdGroupName => Some(&FIELD_COMPATIBILITY[2]),
            Self::AdId => Some(&FIELD_COMPATIBILITY[3]),
            Self::AdNetworkType => Some(&FIELD_COMPATIBILITY[4]),
            Self::Age => Some(&FIELD_COMPATIBILITY[5]),
            Self::AudienceTargetId => Some(&FIELD_COMPATIBILITY[6]),
            Self::AvgClickPosition => Some(&FIELD_COMPATIBILITY[7]),
            Self::AvgCpc => Some(&FIELD_COMPATIBILITY[8]),
            Self::AvgCpm => Some(&FIELD_COMPATIBILITY[9]),
            Self::AvgEffectiveBid => Some(&FIELD_COMPATIBILITY[10]),
            Self::AvgImpressionFrequency => Some(&FIELD_COMPATIBILITY[11]),
            Self::AvgImpressionPosition => Some(&FIELD_COMPATIBILITY[12]),
            Self::AvgPageviews => Some(&FIELD_COMPATIBILITY[13]),
            Self::AvgTrafficVolume => Some(&FIELD_COMPATIBILITY[14]),
            Self::AvgVideoCompleteCost => Some(&FIELD_COMPATIBILITY[15]),
            Self::BounceRate => Some(&FIELD_COMPATIBILITY[16]),
            Self::Bounces => Some(&FIELD_COMPATIBILITY[17]),
            Self::Cpv => Some(&FIELD_COMPATIBILITY[18]),
            Self::CampaignId => Some(&FIELD_COMPATIBILITY[19]),
            Self::CampaignName => Some(&FIELD_COMPATIBILITY[20]),
            Self::CampaignType => Some(&FIELD_COMPATIBILITY[21]),
            Self::CampaignUrlPath => Some(&FIELD_COMPATIBILITY[22]),
            Self::CarrierType => Some(&FIELD_COMPATIBILITY[23]),
            Self::ClickType => Some(&FIELD_COMPATIBILITY[24]),
            Self::Clicks => Some(&FIELD_COMPATIBILITY[25]),
            Self::ClientLogin => Some(&FIELD_COMPATIBILITY[26]),
            Self::ConversionRate => Some(&FIELD_COMPATIBILITY[27]),
            Self::Conversions => Some(&FIELD_COMPATIBILITY[28]),
            Self::Cost => Some(&FIELD_COMPATIBILITY[29]),
            Self::CostPerConversion => Some(&FIELD_COMPATIBILITY[30]),
            Self::Criteria => Some(&FIELD_COMPATIBILITY[31]),
            Self::CriteriaId => Some(&FIELD_COMPATIBILITY[32]),
            Self::CriteriaType => Some(&FIELD_COMPATIBILITY[33]),
            Self::Criterion => Some(&FIELD_COMPATIBILITY[34]),
            Self::CriterionId => Some(&FIELD_COMPATIBILITY[35]),
            Self::CriterionType => Some(&FIELD_COMPATIBILITY[36]),
            Self::Ctr => Some(&FIELD_COMPATIBILITY[37]),
            Self::Date => Some(&FIELD_COMPATIBILITY[38]),
            Self::Device => Some(&FIELD_COMPATIBILITY[39]),
            Self::DynamicTextAdTargetId => Some(&FIELD_COMPATIBILITY[40]),
            Self::ExternalNetworkName => Some(&FIELD_COMPATIBILITY[41]),
            Self::Gender => Some(&FIELD_COMPATIBILITY[42]),
            Self::GoalsRoi => Some(&FIELD_COMPATIBILITY[43]),
            Self::ImpressionReach => Some(&FIELD_COMPATIBILITY[44]),
            Self::Impressions => Some(&FIELD_COMPATIBILITY[45]),
            Self::IncomeGrade => Some(&FIELD_COMPATIBILITY[46]),
            Self::Keyword => Some(&FIELD_COMPATIBILITY[47]),
            Self::LocationOfPresenceId => Some(&FIELD_COMPATIBILITY[48]),
            Self::LocationOfPresenceName => Some(&FIELD_COMPATIBILITY[49]),
            Self::MatchType => Some(&FIELD_COMPATIBILITY[50]),
            Self::MatchedKeyword => Some(&FIELD_COMPATIBILITY[51]),
            Self::MobilePlatform => Some(&FIELD_COMPATIBILITY[52]),
            Self::Month => Some(&FIELD_COMPATIBILITY[53]),
            Self::Placement => Some(&FIELD_COMPATIBILITY[54]),
            Self::Profit => Some(&FIELD_COMPATIBILITY[55]),
            Self::PurchaseGoals => Some(&FIELD_COMPATIBILITY[56]),
            Self::PurchaseGoalsRoi => Some(&FIELD_COMPATIBILITY[57]),
            Self::PurchaseProfit => Some(&FIELD_COMPATIBILITY[58]),
            Self::PurchaseRevenue => Some(&FIELD_COMPATIBILITY[59]),
            Self::Quarter => Some(&FIELD_COMPATIBILITY[60]),
            Self::Query => Some(&FIELD_COMPATIBILITY[61]),
            Self::Revenue => Some(&FIELD_COMPATIBILITY[62]),
            Self::RlAdjustmentId => Some(&FIELD_COMPATIBILITY[63]),
            Self::Sessions => Some(&FIELD_COMPATIBILITY[64]),
            Self::Slot => Some(&FIELD_COMPATIBILITY[65]),
            Self::SmartAdTargetId => Some(&FIELD_COMPATIBILITY[66]),
            Self::TargetingCategory => Some(&FIELD_COMPATIBILITY[67]),
            Self::TargetingLocationId => Some(&FIELD_COMPATIBILITY[68]),
            Self::TargetingLocationName => Some(&FIELD_COMPATIBILITY[69]),
            Self::VideoComplete => Some(&FIELD_COMPATIBILITY[70]),
            Self::VideoCompleteRate => Some(&FIELD_COMPATIBILITY[71]),
            Self::VideoFirstQuartile => Some(&FIELD_COMPATIBILITY[72]),
            Self::VideoFirstQuartileRate => Some(&FIELD_COMPATIBILITY[73]),
            Self::VideoMidpoint => Some(&FIELD_COMPATIBILITY[74]),
            Self::VideoMidpointRate => Some(&FIELD_COMPATIBILITY[75]),
            Self::VideoThirdQuartile => Some(&FIELD_COMPATIBILITY[76]),
            Self::VideoThirdQuartileRate => Some(&FIELD_COMPATIBILITY[77]),
            Self::VideoViews => Some(&FIELD_COMPATIBILITY[78]),
            Self::VideoViewsRate => Some(&FIELD_COMPATIBILITY[79]),
            Self::Week => Some(&FIELD_COMPATIBILITY[80]),
            Self::WeightedCtr => Some(&FIELD_COMPATIBILITY[81]),
            Self::WeightedImpressions => Some(&FIELD_COMPATIBILITY[82]),
            Self::Year => Some(&FIELD_COMPATIBILITY[83]),
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
