// @generated from schema/ga4_data/v1beta.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The types of Google Analytics Data API v1beta (`schema/ga4_data/v1beta.json`): one struct per schema, one open enum per inline enum.
use ::yandex_direct_runtime as rt;
mod serde;
/// A metric actively restricted in creating the report.
///
/// Schema `ActiveMetricRestriction`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActiveMetricRestriction {
    /// The name of the restricted metric.
    ///
    /// JSON `metricName`: string.
    pub metric_name: ::core::option::Option<::std::string::String>,
    /// The reason for this metric's restriction.
    ///
    /// JSON `restrictedMetricTypes`: array of `ActiveMetricRestrictionRestrictedMetricTypes`.
    pub restricted_metric_types: ::core::option::Option<
        ::std::vec::Vec<ActiveMetricRestrictionRestrictedMetricTypes>,
    >,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `ActiveMetricRestriction.restrictedMetricTypes`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActiveMetricRestrictionRestrictedMetricTypes {
    /// Unspecified type.
    ///
    /// `RESTRICTED_METRIC_TYPE_UNSPECIFIED`
    RestrictedMetricTypeUnspecified,
    /// Cost metrics such as `adCost`.
    ///
    /// `COST_DATA`
    CostData,
    /// Revenue metrics such as `purchaseRevenue`.
    ///
    /// `REVENUE_DATA`
    RevenueData,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ActiveMetricRestrictionRestrictedMetricTypes {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::RestrictedMetricTypeUnspecified,
        Self::CostData,
        Self::RevenueData,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RestrictedMetricTypeUnspecified => "RESTRICTED_METRIC_TYPE_UNSPECIFIED",
            Self::CostData => "COST_DATA",
            Self::RevenueData => "REVENUE_DATA",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RESTRICTED_METRIC_TYPE_UNSPECIFIED" => Self::RestrictedMetricTypeUnspecified,
            "COST_DATA" => Self::CostData,
            "REVENUE_DATA" => Self::RevenueData,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ActiveMetricRestrictionRestrictedMetricTypes {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ActiveMetricRestrictionRestrictedMetricTypes {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// An audience export is a list of users in an audience at the time of the list's creation. One audience may have multiple audience exports created for different days.
///
/// Schema `AudienceExport`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceExport {
    /// Required. The audience resource name. This resource name identifies the audience being listed and is shared between the Analytics Data & Admin APIs. Format: `properties/{property}/audiences/{audience}`
    ///
    /// JSON `audience`: string.
    pub audience: ::core::option::Option<::std::string::String>,
    /// Output only. The descriptive display name for this audience. For example, "Purchasers".
    ///
    /// JSON `audienceDisplayName`: string, read-only.
    pub audience_display_name: ::core::option::Option<::std::string::String>,
    /// Output only. The time when CreateAudienceExport was called and the AudienceExport began the `CREATING` state.
    ///
    /// JSON `beginCreatingTime`: string, format `google-datetime`, read-only.
    pub begin_creating_time: ::core::option::Option<::std::string::String>,
    /// Output only. The total quota tokens charged during creation of the AudienceExport. Because this token count is based on activity from the `CREATING` state, this tokens charged will be fixed once an AudienceExport enters the `ACTIVE` or `FAILED` states.
    ///
    /// JSON `creationQuotaTokensCharged`: int32, read-only.
    pub creation_quota_tokens_charged: ::core::option::Option<i32>,
    /// Required. The dimensions requested and displayed in the query response.
    ///
    /// JSON `dimensions`: array of `V1betaAudienceDimension`.
    pub dimensions: ::core::option::Option<::std::vec::Vec<V1betaAudienceDimension>>,
    /// Output only. Error message is populated when an audience export fails during creation. A common reason for such a failure is quota exhaustion.
    ///
    /// JSON `errorMessage`: string, read-only.
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Output only. Identifier. The audience export resource name assigned during creation. This resource name identifies this `AudienceExport`. Format: `properties/{property}/audienceExports/{audience_export}`
    ///
    /// JSON `name`: string, read-only.
    pub name: ::core::option::Option<::std::string::String>,
    /// Output only. The percentage completed for this audience export ranging between 0 to 100.
    ///
    /// JSON `percentageCompleted`: double, read-only.
    pub percentage_completed: ::core::option::Option<rt::wire::Double>,
    /// Output only. The total number of rows in the AudienceExport result.
    ///
    /// JSON `rowCount`: int32, read-only.
    pub row_count: ::core::option::Option<i32>,
    /// Output only. The current state for this AudienceExport.
    ///
    /// JSON `state`: `AudienceExportState`, read-only.
    pub state: ::core::option::Option<AudienceExportState>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `AudienceExport.state`: 4 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudienceExportState {
    /// Unspecified state will never be used.
    ///
    /// `STATE_UNSPECIFIED`
    StateUnspecified,
    /// The AudienceExport is currently creating and will be available in the future. Creating occurs immediately after the CreateAudienceExport call.
    ///
    /// `CREATING`
    Creating,
    /// The AudienceExport is fully created and ready for querying. An AudienceExport is updated to active asynchronously from a request; this occurs some time (for example 15 minutes) after the initial create call.
    ///
    /// `ACTIVE`
    Active,
    /// The AudienceExport failed to be created. It is possible that re-requesting this audience export will succeed.
    ///
    /// `FAILED`
    Failed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AudienceExportState {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::StateUnspecified,
        Self::Creating,
        Self::Active,
        Self::Failed,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StateUnspecified => "STATE_UNSPECIFIED",
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Failed => "FAILED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "STATE_UNSPECIFIED" => Self::StateUnspecified,
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "FAILED" => Self::Failed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AudienceExportState {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AudienceExportState {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// This metadata is currently blank.
///
/// Schema `AudienceListMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceListMetadata {
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The batch request containing multiple pivot report requests.
///
/// Schema `BatchRunPivotReportsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRunPivotReportsRequest {
    /// Individual requests. Each request has a separate pivot report response. Each batch request is allowed up to 5 requests.
    ///
    /// JSON `requests`: array of `RunPivotReportRequest`.
    pub requests: ::core::option::Option<::std::vec::Vec<RunPivotReportRequest>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The batch response containing multiple pivot reports.
///
/// Schema `BatchRunPivotReportsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRunPivotReportsResponse {
    /// Identifies what kind of resource this message is. This `kind` is always the fixed string "analyticsData#batchRunPivotReports". Useful to distinguish between response types in JSON.
    ///
    /// JSON `kind`: string.
    pub kind: ::core::option::Option<::std::string::String>,
    /// Individual responses. Each response has a separate pivot report request.
    ///
    /// JSON `pivotReports`: array of `RunPivotReportResponse`.
    pub pivot_reports: ::core::option::Option<::std::vec::Vec<RunPivotReportResponse>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The batch request containing multiple report requests.
///
/// Schema `BatchRunReportsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRunReportsRequest {
    /// Individual requests. Each request has a separate report response. Each batch request is allowed up to 5 requests.
    ///
    /// JSON `requests`: array of `RunReportRequest`.
    pub requests: ::core::option::Option<::std::vec::Vec<RunReportRequest>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The batch response containing multiple reports.
///
/// Schema `BatchRunReportsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRunReportsResponse {
    /// Identifies what kind of resource this message is. This `kind` is always the fixed string "analyticsData#batchRunReports". Useful to distinguish between response types in JSON.
    ///
    /// JSON `kind`: string.
    pub kind: ::core::option::Option<::std::string::String>,
    /// Individual responses. Each response has a separate report request.
    ///
    /// JSON `reports`: array of `RunReportResponse`.
    pub reports: ::core::option::Option<::std::vec::Vec<RunReportResponse>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// To express that the result needs to be between two numbers (inclusive).
///
/// Schema `BetweenFilter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetweenFilter {
    /// Begins with this number.
    ///
    /// JSON `fromValue`: `NumericValue`.
    pub from_value: ::core::option::Option<NumericValue>,
    /// Ends with this number.
    ///
    /// JSON `toValue`: `NumericValue`.
    pub to_value: ::core::option::Option<NumericValue>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Used to convert a dimension value to a single case.
///
/// Schema `CaseExpression`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseExpression {
    /// Name of a dimension. The name must refer back to a name in dimensions field of the request.
    ///
    /// JSON `dimensionName`: string.
    pub dimension_name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The request for compatibility information for a report's dimensions and metrics. Check compatibility provides a preview of the compatibility of a report; fields shared with the `runReport` request should be the same values as in your `runReport` request.
///
/// Schema `CheckCompatibilityRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckCompatibilityRequest {
    /// Filters the dimensions and metrics in the response to just this compatibility. Commonly used as `”compatibilityFilter”: “COMPATIBLE”` to only return compatible dimensions & metrics.
    ///
    /// JSON `compatibilityFilter`: `CheckCompatibilityRequestCompatibilityFilter`.
    pub compatibility_filter: ::core::option::Option<
        CheckCompatibilityRequestCompatibilityFilter,
    >,
    /// The filter clause of dimensions. `dimensionFilter` should be the same value as in your `runReport` request.
    ///
    /// JSON `dimensionFilter`: `FilterExpression`.
    pub dimension_filter: ::core::option::Option<FilterExpression>,
    /// The dimensions in this report. `dimensions` should be the same value as in your `runReport` request.
    ///
    /// JSON `dimensions`: array of `Dimension`.
    pub dimensions: ::core::option::Option<::std::vec::Vec<Dimension>>,
    /// The filter clause of metrics. `metricFilter` should be the same value as in your `runReport` request
    ///
    /// JSON `metricFilter`: `FilterExpression`.
    pub metric_filter: ::core::option::Option<FilterExpression>,
    /// The metrics in this report. `metrics` should be the same value as in your `runReport` request.
    ///
    /// JSON `metrics`: array of `Metric`.
    pub metrics: ::core::option::Option<::std::vec::Vec<Metric>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `CheckCompatibilityRequest.compatibilityFilter`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CheckCompatibilityRequestCompatibilityFilter {
    /// Unspecified compatibility.
    ///
    /// `COMPATIBILITY_UNSPECIFIED`
    CompatibilityUnspecified,
    /// The dimension or metric is compatible. This dimension or metric can be successfully added to a report.
    ///
    /// `COMPATIBLE`
    Compatible,
    /// The dimension or metric is incompatible. This dimension or metric cannot be successfully added to a report.
    ///
    /// `INCOMPATIBLE`
    Incompatible,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CheckCompatibilityRequestCompatibilityFilter {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CompatibilityUnspecified,
        Self::Compatible,
        Self::Incompatible,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CompatibilityUnspecified => "COMPATIBILITY_UNSPECIFIED",
            Self::Compatible => "COMPATIBLE",
            Self::Incompatible => "INCOMPATIBLE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "COMPATIBILITY_UNSPECIFIED" => Self::CompatibilityUnspecified,
            "COMPATIBLE" => Self::Compatible,
            "INCOMPATIBLE" => Self::Incompatible,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CheckCompatibilityRequestCompatibilityFilter {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CheckCompatibilityRequestCompatibilityFilter {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The compatibility response with the compatibility of each dimension & metric.
///
/// Schema `CheckCompatibilityResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckCompatibilityResponse {
    /// The compatibility of each dimension.
    ///
    /// JSON `dimensionCompatibilities`: array of `DimensionCompatibility`.
    pub dimension_compatibilities: ::core::option::Option<
        ::std::vec::Vec<DimensionCompatibility>,
    >,
    /// The compatibility of each metric.
    ///
    /// JSON `metricCompatibilities`: array of `MetricCompatibility`.
    pub metric_compatibilities: ::core::option::Option<
        ::std::vec::Vec<MetricCompatibility>,
    >,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Defines a cohort selection criteria. A cohort is a group of users who share a common characteristic. For example, users with the same `firstSessionDate` belong to the same cohort.
///
/// Schema `Cohort`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cohort {
    /// The cohort selects users whose first touch date is between start date and end date defined in the `dateRange`. This `dateRange` does not specify the full date range of event data that is present in a cohort report. In a cohort report, this `dateRange` is extended by the granularity and offset present in the `cohortsRange`; event data for the extended reporting date range is present in a cohort report. In a cohort request, this `dateRange` is required and the `dateRanges` in the `RunReportRequest` or `RunPivotReportRequest` must be unspecified. This `dateRange` should generally be aligned with the cohort's granularity. If `CohortsRange` uses daily granularity, this `dateRange` can be a single day. If `CohortsRange` uses weekly granularity, this `dateRange` can be aligned to a week boundary, starting at Sunday and ending Saturday. If `CohortsRange` uses monthly granularity, this `dateRange` can be aligned to a month, starting at the first and ending on the last day of the month.
    ///
    /// JSON `dateRange`: `DateRange`.
    pub date_range: ::core::option::Option<DateRange>,
    /// Dimension used by the cohort. Required and only supports `firstSessionDate`.
    ///
    /// JSON `dimension`: string.
    pub dimension: ::core::option::Option<::std::string::String>,
    /// Assigns a name to this cohort. The dimension `cohort` is valued to this name in a report response. If set, cannot begin with `cohort_` or `RESERVED_`. If not set, cohorts are named by their zero based index `cohort_0`, `cohort_1`, etc.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Optional settings of a cohort report.
///
/// Schema `CohortReportSettings`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CohortReportSettings {
    /// If true, accumulates the result from first touch day to the end day. Not supported in `RunReportRequest`.
    ///
    /// JSON `accumulate`: boolean.
    pub accumulate: ::core::option::Option<bool>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The specification of cohorts for a cohort report. Cohort reports create a time series of user retention for the cohort. For example, you could select the cohort of users that were acquired in the first week of September and follow that cohort for the next six weeks. Selecting the users acquired in the first week of September cohort is specified in the `cohort` object. Following that cohort for the next six weeks is specified in the `cohortsRange` object. For examples, see [Cohort Report Examples](https://developers.google.com/analytics/devguides/reporting/data/v1/advanced#cohort_report_examples). The report response could show a weekly time series where say your app has retained 60% of this cohort after three weeks and 25% of this cohort after six weeks. These two percentages can be calculated by the metric `cohortActiveUsers/cohortTotalUsers` and will be separate rows in the report.
///
/// Schema `CohortSpec`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CohortSpec {
    /// Optional settings for a cohort report.
    ///
    /// JSON `cohortReportSettings`: `CohortReportSettings`.
    pub cohort_report_settings: ::core::option::Option<CohortReportSettings>,
    /// Defines the selection criteria to group users into cohorts. Most cohort reports define only a single cohort. If multiple cohorts are specified, each cohort can be recognized in the report by their name.
    ///
    /// JSON `cohorts`: array of `Cohort`.
    pub cohorts: ::core::option::Option<::std::vec::Vec<Cohort>>,
    /// Cohort reports follow cohorts over an extended reporting date range. This range specifies an offset duration to follow the cohorts over.
    ///
    /// JSON `cohortsRange`: `CohortsRange`.
    pub cohorts_range: ::core::option::Option<CohortsRange>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Configures the extended reporting date range for a cohort report. Specifies an offset duration to follow the cohorts over.
///
/// Schema `CohortsRange`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CohortsRange {
    /// Required. `endOffset` specifies the end date of the extended reporting date range for a cohort report. `endOffset` can be any positive integer but is commonly set to 5 to 10 so that reports contain data on the cohort for the next several granularity time periods. If `granularity` is `DAILY`, the `endDate` of the extended reporting date range is `endDate` of the cohort plus `endOffset` days. If `granularity` is `WEEKLY`, the `endDate` of the extended reporting date range is `endDate` of the cohort plus `endOffset * 7` days. If `granularity` is `MONTHLY`, the `endDate` of the extended reporting date range is `endDate` of the cohort plus `endOffset * 30` days.
    ///
    /// JSON `endOffset`: int32.
    pub end_offset: ::core::option::Option<i32>,
    /// Required. The granularity used to interpret the `startOffset` and `endOffset` for the extended reporting date range for a cohort report.
    ///
    /// JSON `granularity`: `CohortsRangeGranularity`.
    pub granularity: ::core::option::Option<CohortsRangeGranularity>,
    /// `startOffset` specifies the start date of the extended reporting date range for a cohort report. `startOffset` is commonly set to 0 so that reports contain data from the acquisition of the cohort forward. If `granularity` is `DAILY`, the `startDate` of the extended reporting date range is `startDate` of the cohort plus `startOffset` days. If `granularity` is `WEEKLY`, the `startDate` of the extended reporting date range is `startDate` of the cohort plus `startOffset * 7` days. If `granularity` is `MONTHLY`, the `startDate` of the extended reporting date range is `startDate` of the cohort plus `startOffset * 30` days.
    ///
    /// JSON `startOffset`: int32.
    pub start_offset: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `CohortsRange.granularity`: 4 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CohortsRangeGranularity {
    /// Should never be specified.
    ///
    /// `GRANULARITY_UNSPECIFIED`
    GranularityUnspecified,
    /// Daily granularity. Commonly used if the cohort's `dateRange` is a single day and the request contains `cohortNthDay`.
    ///
    /// `DAILY`
    Daily,
    /// Weekly granularity. Commonly used if the cohort's `dateRange` is a week in duration (starting on Sunday and ending on Saturday) and the request contains `cohortNthWeek`.
    ///
    /// `WEEKLY`
    Weekly,
    /// Monthly granularity. Commonly used if the cohort's `dateRange` is a month in duration and the request contains `cohortNthMonth`.
    ///
    /// `MONTHLY`
    Monthly,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CohortsRangeGranularity {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::GranularityUnspecified,
        Self::Daily,
        Self::Weekly,
        Self::Monthly,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GranularityUnspecified => "GRANULARITY_UNSPECIFIED",
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "GRANULARITY_UNSPECIFIED" => Self::GranularityUnspecified,
            "DAILY" => Self::Daily,
            "WEEKLY" => Self::Weekly,
            "MONTHLY" => Self::Monthly,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CohortsRangeGranularity {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CohortsRangeGranularity {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Defines an individual comparison. Most requests will include multiple comparisons so that the report compares between the comparisons.
///
/// Schema `Comparison`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    /// A saved comparison identified by the comparison's resource name. For example, 'comparisons/1234'.
    ///
    /// JSON `comparison`: string.
    pub comparison: ::core::option::Option<::std::string::String>,
    /// A basic comparison.
    ///
    /// JSON `dimensionFilter`: `FilterExpression`.
    pub dimension_filter: ::core::option::Option<FilterExpression>,
    /// Each comparison produces separate rows in the response. In the response, this comparison is identified by this name. If name is unspecified, we will use the saved comparisons display name.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The metadata for a single comparison.
///
/// Schema `ComparisonMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComparisonMetadata {
    /// This comparison's resource name. Useable in [Comparison](#Comparison)'s `comparison` field. For example, 'comparisons/1234'.
    ///
    /// JSON `apiName`: string.
    pub api_name: ::core::option::Option<::std::string::String>,
    /// This comparison's description.
    ///
    /// JSON `description`: string.
    pub description: ::core::option::Option<::std::string::String>,
    /// This comparison's name within the Google Analytics user interface.
    ///
    /// JSON `uiName`: string.
    pub ui_name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Used to combine dimension values to a single dimension.
///
/// Schema `ConcatenateExpression`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConcatenateExpression {
    /// The delimiter placed between dimension names. Delimiters are often single characters such as "|" or "," but can be longer strings. If a dimension value contains the delimiter, both will be present in response with no distinction. For example if dimension 1 value = "US,FR", dimension 2 value = "JP", and delimiter = ",", then the response will contain "US,FR,JP".
    ///
    /// JSON `delimiter`: string.
    pub delimiter: ::core::option::Option<::std::string::String>,
    /// Names of dimensions. The names must refer back to names in the dimensions field of the request.
    ///
    /// JSON `dimensionNames`: array of string.
    pub dimension_names: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A contiguous set of days: `startDate`, `startDate + 1`, ..., `endDate`. Requests are allowed up to 4 date ranges.
///
/// Schema `DateRange`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DateRange {
    /// The inclusive end date for the query in the format `YYYY-MM-DD`. Cannot be before `start_date`. The format `NdaysAgo`, `yesterday`, or `today` is also accepted, and in that case, the date is inferred based on the property's reporting time zone.
    ///
    /// JSON `endDate`: string.
    pub end_date: ::core::option::Option<::std::string::String>,
    /// Assigns a name to this date range. The dimension `dateRange` is valued to this name in a report response. If set, cannot begin with `date_range_` or `RESERVED_`. If not set, date ranges are named by their zero based index in the request: `date_range_0`, `date_range_1`, etc.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// The inclusive start date for the query in the format `YYYY-MM-DD`. Cannot be after `end_date`. The format `NdaysAgo`, `yesterday`, or `today` is also accepted, and in that case, the date is inferred based on the property's reporting time zone.
    ///
    /// JSON `startDate`: string.
    pub start_date: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Dimensions are attributes of your data. For example, the dimension city indicates the city from which an event originates. Dimension values in report responses are strings; for example, the city could be "Paris" or "New York". Requests are allowed up to 9 dimensions.
///
/// Schema `Dimension`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dimension {
    /// One dimension can be the result of an expression of multiple dimensions. For example, dimension "country, city": concatenate(country, ", ", city).
    ///
    /// JSON `dimensionExpression`: `DimensionExpression`.
    pub dimension_expression: ::core::option::Option<DimensionExpression>,
    /// The name of the dimension. See the [API Dimensions](https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema#dimensions) for the list of dimension names supported by core reporting methods such as `runReport` and `batchRunReports`. See [Realtime Dimensions](https://developers.google.com/analytics/devguides/reporting/data/v1/realtime-api-schema#dimensions) for the list of dimension names supported by the `runRealtimeReport` method. See [Funnel Dimensions](https://developers.google.com/analytics/devguides/reporting/data/v1/exploration-api-schema#dimensions) for the list of dimension names supported by the `runFunnelReport` method. If `dimensionExpression` is specified, `name` can be any string that you would like within the allowed character set. For example if a `dimensionExpression` concatenates `country` and `city`, you could call that dimension `countryAndCity`. Dimension names that you choose must match the regular expression `^[a-zA-Z0-9_]$`. Dimensions are referenced by `name` in `dimensionFilter`, `orderBys`, `dimensionExpression`, and `pivots`.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The compatibility for a single dimension.
///
/// Schema `DimensionCompatibility`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionCompatibility {
    /// The compatibility of this dimension. If the compatibility is COMPATIBLE, this dimension can be successfully added to the report.
    ///
    /// JSON `compatibility`: `DimensionCompatibilityCompatibility`.
    pub compatibility: ::core::option::Option<DimensionCompatibilityCompatibility>,
    /// The dimension metadata contains the API name for this compatibility information. The dimension metadata also contains other helpful information like the UI name and description.
    ///
    /// JSON `dimensionMetadata`: `DimensionMetadata`.
    pub dimension_metadata: ::core::option::Option<DimensionMetadata>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `DimensionCompatibility.compatibility`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DimensionCompatibilityCompatibility {
    /// Unspecified compatibility.
    ///
    /// `COMPATIBILITY_UNSPECIFIED`
    CompatibilityUnspecified,
    /// The dimension or metric is compatible. This dimension or metric can be successfully added to a report.
    ///
    /// `COMPATIBLE`
    Compatible,
    /// The dimension or metric is incompatible. This dimension or metric cannot be successfully added to a report.
    ///
    /// `INCOMPATIBLE`
    Incompatible,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DimensionCompatibilityCompatibility {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CompatibilityUnspecified,
        Self::Compatible,
        Self::Incompatible,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CompatibilityUnspecified => "COMPATIBILITY_UNSPECIFIED",
            Self::Compatible => "COMPATIBLE",
            Self::Incompatible => "INCOMPATIBLE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "COMPATIBILITY_UNSPECIFIED" => Self::CompatibilityUnspecified,
            "COMPATIBLE" => Self::Compatible,
            "INCOMPATIBLE" => Self::Incompatible,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DimensionCompatibilityCompatibility {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DimensionCompatibilityCompatibility {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used to express a dimension which is the result of a formula of multiple dimensions. Example usages: 1) lower_case(dimension) 2) concatenate(dimension1, symbol, dimension2).
///
/// Schema `DimensionExpression`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionExpression {
    /// Used to combine dimension values to a single dimension. For example, dimension "country, city": concatenate(country, ", ", city).
    ///
    /// JSON `concatenate`: `ConcatenateExpression`.
    pub concatenate: ::core::option::Option<ConcatenateExpression>,
    /// Used to convert a dimension value to lower case.
    ///
    /// JSON `lowerCase`: `CaseExpression`.
    pub lower_case: ::core::option::Option<CaseExpression>,
    /// Used to convert a dimension value to upper case.
    ///
    /// JSON `upperCase`: `CaseExpression`.
    pub upper_case: ::core::option::Option<CaseExpression>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Describes a dimension column in the report. Dimensions requested in a report produce column entries within rows and DimensionHeaders. However, dimensions used exclusively within filters or expressions do not produce columns in a report; correspondingly, those dimensions do not produce headers.
///
/// Schema `DimensionHeader`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionHeader {
    /// The dimension's name.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Explains a dimension.
///
/// Schema `DimensionMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionMetadata {
    /// This dimension's name. Useable in [Dimension](#Dimension)'s `name`. For example, `eventName`.
    ///
    /// JSON `apiName`: string.
    pub api_name: ::core::option::Option<::std::string::String>,
    /// The display name of the category that this dimension belongs to. Similar dimensions and metrics are categorized together.
    ///
    /// JSON `category`: string.
    pub category: ::core::option::Option<::std::string::String>,
    /// True if the dimension is custom to this property. This includes user, event, & item scoped custom dimensions; to learn more about custom dimensions, see https://support.google.com/analytics/answer/14240153. This also include custom channel groups; to learn more about custom channel groups, see https://support.google.com/analytics/answer/13051316.
    ///
    /// JSON `customDefinition`: boolean.
    pub custom_definition: ::core::option::Option<bool>,
    /// Still usable but deprecated names for this dimension. If populated, this dimension is available by either `apiName` or one of `deprecatedApiNames` for a period of time. After the deprecation period, the dimension will be available only by `apiName`.
    ///
    /// JSON `deprecatedApiNames`: array of string.
    pub deprecated_api_names: ::core::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Description of how this dimension is used and calculated.
    ///
    /// JSON `description`: string.
    pub description: ::core::option::Option<::std::string::String>,
    /// This dimension's name within the Google Analytics user interface. For example, `Event name`.
    ///
    /// JSON `uiName`: string.
    pub ui_name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Sorts by dimension values.
///
/// Schema `DimensionOrderBy`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionOrderBy {
    /// A dimension name in the request to order by.
    ///
    /// JSON `dimensionName`: string.
    pub dimension_name: ::core::option::Option<::std::string::String>,
    /// Controls the rule for dimension value ordering.
    ///
    /// JSON `orderType`: `DimensionOrderByOrderType`.
    pub order_type: ::core::option::Option<DimensionOrderByOrderType>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `DimensionOrderBy.orderType`: 4 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DimensionOrderByOrderType {
    /// Unspecified.
    ///
    /// `ORDER_TYPE_UNSPECIFIED`
    OrderTypeUnspecified,
    /// Alphanumeric sort by Unicode code point. For example, "2" < "A" < "X" < "b" < "z".
    ///
    /// `ALPHANUMERIC`
    Alphanumeric,
    /// Case insensitive alphanumeric sort by lower case Unicode code point. For example, "2" < "A" < "b" < "X" < "z".
    ///
    /// `CASE_INSENSITIVE_ALPHANUMERIC`
    CaseInsensitiveAlphanumeric,
    /// Dimension values are converted to numbers before sorting. For example in NUMERIC sort, "25" < "100", and in `ALPHANUMERIC` sort, "100" < "25". Non-numeric dimension values all have equal ordering value below all numeric values.
    ///
    /// `NUMERIC`
    Numeric,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DimensionOrderByOrderType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::OrderTypeUnspecified,
        Self::Alphanumeric,
        Self::CaseInsensitiveAlphanumeric,
        Self::Numeric,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrderTypeUnspecified => "ORDER_TYPE_UNSPECIFIED",
            Self::Alphanumeric => "ALPHANUMERIC",
            Self::CaseInsensitiveAlphanumeric => "CASE_INSENSITIVE_ALPHANUMERIC",
            Self::Numeric => "NUMERIC",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ORDER_TYPE_UNSPECIFIED" => Self::OrderTypeUnspecified,
            "ALPHANUMERIC" => Self::Alphanumeric,
            "CASE_INSENSITIVE_ALPHANUMERIC" => Self::CaseInsensitiveAlphanumeric,
            "NUMERIC" => Self::Numeric,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DimensionOrderByOrderType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DimensionOrderByOrderType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The value of a dimension.
///
/// Schema `DimensionValue`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionValue {
    /// Value as a string if the dimension type is a string.
    ///
    /// JSON `value`: string.
    pub value: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Filter for empty values.
///
/// Schema `EmptyFilter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmptyFilter {
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// An expression to filter dimension or metric values.
///
/// Schema `Filter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// A filter for two values.
    ///
    /// JSON `betweenFilter`: `BetweenFilter`.
    pub between_filter: ::core::option::Option<BetweenFilter>,
    /// A filter for empty values such as "(not set)" and "" values.
    ///
    /// JSON `emptyFilter`: `EmptyFilter`.
    pub empty_filter: ::core::option::Option<EmptyFilter>,
    /// The dimension name or metric name. In most methods, dimensions & metrics can be used for the first time in this field. However in a RunPivotReportRequest, this field must be additionally specified by name in the RunPivotReportRequest's dimensions or metrics.
    ///
    /// JSON `fieldName`: string.
    pub field_name: ::core::option::Option<::std::string::String>,
    /// A filter for in list values.
    ///
    /// JSON `inListFilter`: `InListFilter`.
    pub in_list_filter: ::core::option::Option<InListFilter>,
    /// A filter for numeric or date values.
    ///
    /// JSON `numericFilter`: `NumericFilter`.
    pub numeric_filter: ::core::option::Option<NumericFilter>,
    /// Strings related filter.
    ///
    /// JSON `stringFilter`: `StringFilter`.
    pub string_filter: ::core::option::Option<StringFilter>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// To express dimension or metric filters. The fields in the same FilterExpression need to be either all dimensions or all metrics.
///
/// Schema `FilterExpression`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FilterExpression {
    /// The FilterExpressions in and_group have an AND relationship.
    ///
    /// JSON `andGroup`: `FilterExpressionList`.
    pub and_group: ::core::option::Option<FilterExpressionList>,
    /// A primitive filter. In the same FilterExpression, all of the filter's field names need to be either all dimensions or all metrics.
    ///
    /// JSON `filter`: `Filter`.
    pub filter: ::core::option::Option<Filter>,
    /// The FilterExpression is NOT of not_expression.
    ///
    /// JSON `notExpression`: `FilterExpression`.
    pub not_expression: ::core::option::Option<::std::boxed::Box<FilterExpression>>,
    /// The FilterExpressions in or_group have an OR relationship.
    ///
    /// JSON `orGroup`: `FilterExpressionList`.
    pub or_group: ::core::option::Option<FilterExpressionList>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A list of filter expressions.
///
/// Schema `FilterExpressionList`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FilterExpressionList {
    /// A list of filter expressions.
    ///
    /// JSON `expressions`: array of `FilterExpression`.
    pub expressions: ::core::option::Option<::std::vec::Vec<FilterExpression>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The result needs to be in a list of string values.
///
/// Schema `InListFilter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InListFilter {
    /// If true, the string value is case sensitive.
    ///
    /// JSON `caseSensitive`: boolean.
    pub case_sensitive: ::core::option::Option<bool>,
    /// The list of string values. Must be non-empty.
    ///
    /// JSON `values`: array of string.
    pub values: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A list of all audience exports for a property.
///
/// Schema `ListAudienceExportsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAudienceExportsResponse {
    /// Each audience export for a property.
    ///
    /// JSON `audienceExports`: array of `AudienceExport`.
    pub audience_exports: ::core::option::Option<::std::vec::Vec<AudienceExport>>,
    /// A token, which can be sent as `page_token` to retrieve the next page. If this field is omitted, there are no subsequent pages.
    ///
    /// JSON `nextPageToken`: string.
    pub next_page_token: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The dimensions, metrics and comparisons currently accepted in reporting methods.
///
/// Schema `Metadata`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metadata {
    /// The comparison descriptions.
    ///
    /// JSON `comparisons`: array of `ComparisonMetadata`.
    pub comparisons: ::core::option::Option<::std::vec::Vec<ComparisonMetadata>>,
    /// The dimension descriptions.
    ///
    /// JSON `dimensions`: array of `DimensionMetadata`.
    pub dimensions: ::core::option::Option<::std::vec::Vec<DimensionMetadata>>,
    /// The metric descriptions.
    ///
    /// JSON `metrics`: array of `MetricMetadata`.
    pub metrics: ::core::option::Option<::std::vec::Vec<MetricMetadata>>,
    /// Resource name of this metadata.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The quantitative measurements of a report. For example, the metric `eventCount` is the total number of events. Requests are allowed up to 10 metrics.
///
/// Schema `Metric`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metric {
    /// A mathematical expression for derived metrics. For example, the metric Event count per user is `eventCount/totalUsers`.
    ///
    /// JSON `expression`: string.
    pub expression: ::core::option::Option<::std::string::String>,
    /// Indicates if a metric is invisible in the report response. If a metric is invisible, the metric will not produce a column in the response, but can be used in `metricFilter`, `orderBys`, or a metric `expression`.
    ///
    /// JSON `invisible`: boolean.
    pub invisible: ::core::option::Option<bool>,
    /// The name of the metric. See the [API Metrics](https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema#metrics) for the list of metric names supported by core reporting methods such as `runReport` and `batchRunReports`. See [Realtime Metrics](https://developers.google.com/analytics/devguides/reporting/data/v1/realtime-api-schema#metrics) for the list of metric names supported by the `runRealtimeReport` method. See [Funnel Metrics](https://developers.google.com/analytics/devguides/reporting/data/v1/exploration-api-schema#metrics) for the list of metric names supported by the `runFunnelReport` method. If `expression` is specified, `name` can be any string that you would like within the allowed character set. For example if `expression` is `screenPageViews/sessions`, you could call that metric's name = `viewsPerSession`. Metric names that you choose must match the regular expression `^[a-zA-Z0-9_]$`. Metrics are referenced by `name` in `metricFilter`, `orderBys`, and metric `expression`.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The compatibility for a single metric.
///
/// Schema `MetricCompatibility`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricCompatibility {
    /// The compatibility of this metric. If the compatibility is COMPATIBLE, this metric can be successfully added to the report.
    ///
    /// JSON `compatibility`: `MetricCompatibilityCompatibility`.
    pub compatibility: ::core::option::Option<MetricCompatibilityCompatibility>,
    /// The metric metadata contains the API name for this compatibility information. The metric metadata also contains other helpful information like the UI name and description.
    ///
    /// JSON `metricMetadata`: `MetricMetadata`.
    pub metric_metadata: ::core::option::Option<MetricMetadata>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `MetricCompatibility.compatibility`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricCompatibilityCompatibility {
    /// Unspecified compatibility.
    ///
    /// `COMPATIBILITY_UNSPECIFIED`
    CompatibilityUnspecified,
    /// The dimension or metric is compatible. This dimension or metric can be successfully added to a report.
    ///
    /// `COMPATIBLE`
    Compatible,
    /// The dimension or metric is incompatible. This dimension or metric cannot be successfully added to a report.
    ///
    /// `INCOMPATIBLE`
    Incompatible,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MetricCompatibilityCompatibility {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CompatibilityUnspecified,
        Self::Compatible,
        Self::Incompatible,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CompatibilityUnspecified => "COMPATIBILITY_UNSPECIFIED",
            Self::Compatible => "COMPATIBLE",
            Self::Incompatible => "INCOMPATIBLE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "COMPATIBILITY_UNSPECIFIED" => Self::CompatibilityUnspecified,
            "COMPATIBLE" => Self::Compatible,
            "INCOMPATIBLE" => Self::Incompatible,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MetricCompatibilityCompatibility {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MetricCompatibilityCompatibility {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Describes a metric column in the report. Visible metrics requested in a report produce column entries within rows and MetricHeaders. However, metrics used exclusively within filters or expressions do not produce columns in a report; correspondingly, those metrics do not produce headers.
///
/// Schema `MetricHeader`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricHeader {
    /// The metric's name.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// The metric's data type.
    ///
    /// JSON `type`: `MetricHeaderType`.
    pub type_: ::core::option::Option<MetricHeaderType>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `MetricHeader.type`: 13 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricHeaderType {
    /// Unspecified type.
    ///
    /// `METRIC_TYPE_UNSPECIFIED`
    MetricTypeUnspecified,
    /// Integer type.
    ///
    /// `TYPE_INTEGER`
    TypeInteger,
    /// Floating point type.
    ///
    /// `TYPE_FLOAT`
    TypeFloat,
    /// A duration of seconds; a special floating point type.
    ///
    /// `TYPE_SECONDS`
    TypeSeconds,
    /// A duration in milliseconds; a special floating point type.
    ///
    /// `TYPE_MILLISECONDS`
    TypeMilliseconds,
    /// A duration in minutes; a special floating point type.
    ///
    /// `TYPE_MINUTES`
    TypeMinutes,
    /// A duration in hours; a special floating point type.
    ///
    /// `TYPE_HOURS`
    TypeHours,
    /// A custom metric of standard type; a special floating point type.
    ///
    /// `TYPE_STANDARD`
    TypeStandard,
    /// An amount of money; a special floating point type.
    ///
    /// `TYPE_CURRENCY`
    TypeCurrency,
    /// A length in feet; a special floating point type.
    ///
    /// `TYPE_FEET`
    TypeFeet,
    /// A length in miles; a special floating point type.
    ///
    /// `TYPE_MILES`
    TypeMiles,
    /// A length in meters; a special floating point type.
    ///
    /// `TYPE_METERS`
    TypeMeters,
    /// A length in kilometers; a special floating point type.
    ///
    /// `TYPE_KILOMETERS`
    TypeKilometers,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MetricHeaderType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MetricTypeUnspecified,
        Self::TypeInteger,
        Self::TypeFloat,
        Self::TypeSeconds,
        Self::TypeMilliseconds,
        Self::TypeMinutes,
        Self::TypeHours,
        Self::TypeStandard,
        Self::TypeCurrency,
        Self::TypeFeet,
        Self::TypeMiles,
        Self::TypeMeters,
        Self::TypeKilometers,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetricTypeUnspecified => "METRIC_TYPE_UNSPECIFIED",
            Self::TypeInteger => "TYPE_INTEGER",
            Self::TypeFloat => "TYPE_FLOAT",
            Self::TypeSeconds => "TYPE_SECONDS",
            Self::TypeMilliseconds => "TYPE_MILLISECONDS",
            Self::TypeMinutes => "TYPE_MINUTES",
            Self::TypeHours => "TYPE_HOURS",
            Self::TypeStandard => "TYPE_STANDARD",
            Self::TypeCurrency => "TYPE_CURRENCY",
            Self::TypeFeet => "TYPE_FEET",
            Self::TypeMiles => "TYPE_MILES",
            Self::TypeMeters => "TYPE_METERS",
            Self::TypeKilometers => "TYPE_KILOMETERS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "METRIC_TYPE_UNSPECIFIED" => Self::MetricTypeUnspecified,
            "TYPE_INTEGER" => Self::TypeInteger,
            "TYPE_FLOAT" => Self::TypeFloat,
            "TYPE_SECONDS" => Self::TypeSeconds,
            "TYPE_MILLISECONDS" => Self::TypeMilliseconds,
            "TYPE_MINUTES" => Self::TypeMinutes,
            "TYPE_HOURS" => Self::TypeHours,
            "TYPE_STANDARD" => Self::TypeStandard,
            "TYPE_CURRENCY" => Self::TypeCurrency,
            "TYPE_FEET" => Self::TypeFeet,
            "TYPE_MILES" => Self::TypeMiles,
            "TYPE_METERS" => Self::TypeMeters,
            "TYPE_KILOMETERS" => Self::TypeKilometers,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MetricHeaderType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MetricHeaderType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Explains a metric.
///
/// Schema `MetricMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricMetadata {
    /// A metric name. Useable in [Metric](#Metric)'s `name`. For example, `eventCount`.
    ///
    /// JSON `apiName`: string.
    pub api_name: ::core::option::Option<::std::string::String>,
    /// If reasons are specified, your access is blocked to this metric for this property. API requests from you to this property for this metric will succeed; however, the report will contain only zeros for this metric. API requests with metric filters on blocked metrics will fail. If reasons are empty, you have access to this metric. To learn more, see [Access and data-restriction management](https://support.google.com/analytics/answer/10851388).
    ///
    /// JSON `blockedReasons`: array of `MetricMetadataBlockedReasons`.
    pub blocked_reasons: ::core::option::Option<
        ::std::vec::Vec<MetricMetadataBlockedReasons>,
    >,
    /// The display name of the category that this metrics belongs to. Similar dimensions and metrics are categorized together.
    ///
    /// JSON `category`: string.
    pub category: ::core::option::Option<::std::string::String>,
    /// True if the metric is a custom metric for this property.
    ///
    /// JSON `customDefinition`: boolean.
    pub custom_definition: ::core::option::Option<bool>,
    /// Still usable but deprecated names for this metric. If populated, this metric is available by either `apiName` or one of `deprecatedApiNames` for a period of time. After the deprecation period, the metric will be available only by `apiName`.
    ///
    /// JSON `deprecatedApiNames`: array of string.
    pub deprecated_api_names: ::core::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Description of how this metric is used and calculated.
    ///
    /// JSON `description`: string.
    pub description: ::core::option::Option<::std::string::String>,
    /// The mathematical expression for this derived metric. Can be used in [Metric](#Metric)'s `expression` field for equivalent reports. Most metrics are not expressions, and for non-expressions, this field is empty.
    ///
    /// JSON `expression`: string.
    pub expression: ::core::option::Option<::std::string::String>,
    /// The type of this metric.
    ///
    /// JSON `type`: `MetricMetadataType`.
    pub type_: ::core::option::Option<MetricMetadataType>,
    /// This metric's name within the Google Analytics user interface. For example, `Event count`.
    ///
    /// JSON `uiName`: string.
    pub ui_name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `MetricMetadata.blockedReasons`: 3 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricMetadataBlockedReasons {
    /// Will never be specified in API response.
    ///
    /// `BLOCKED_REASON_UNSPECIFIED`
    BlockedReasonUnspecified,
    /// If present, your access is blocked to revenue related metrics for this property, and this metric is revenue related.
    ///
    /// `NO_REVENUE_METRICS`
    NoRevenueMetrics,
    /// If present, your access is blocked to cost related metrics for this property, and this metric is cost related.
    ///
    /// `NO_COST_METRICS`
    NoCostMetrics,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MetricMetadataBlockedReasons {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::BlockedReasonUnspecified,
        Self::NoRevenueMetrics,
        Self::NoCostMetrics,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlockedReasonUnspecified => "BLOCKED_REASON_UNSPECIFIED",
            Self::NoRevenueMetrics => "NO_REVENUE_METRICS",
            Self::NoCostMetrics => "NO_COST_METRICS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BLOCKED_REASON_UNSPECIFIED" => Self::BlockedReasonUnspecified,
            "NO_REVENUE_METRICS" => Self::NoRevenueMetrics,
            "NO_COST_METRICS" => Self::NoCostMetrics,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MetricMetadataBlockedReasons {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MetricMetadataBlockedReasons {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The values of `MetricMetadata.type`: 13 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricMetadataType {
    /// Unspecified type.
    ///
    /// `METRIC_TYPE_UNSPECIFIED`
    MetricTypeUnspecified,
    /// Integer type.
    ///
    /// `TYPE_INTEGER`
    TypeInteger,
    /// Floating point type.
    ///
    /// `TYPE_FLOAT`
    TypeFloat,
    /// A duration of seconds; a special floating point type.
    ///
    /// `TYPE_SECONDS`
    TypeSeconds,
    /// A duration in milliseconds; a special floating point type.
    ///
    /// `TYPE_MILLISECONDS`
    TypeMilliseconds,
    /// A duration in minutes; a special floating point type.
    ///
    /// `TYPE_MINUTES`
    TypeMinutes,
    /// A duration in hours; a special floating point type.
    ///
    /// `TYPE_HOURS`
    TypeHours,
    /// A custom metric of standard type; a special floating point type.
    ///
    /// `TYPE_STANDARD`
    TypeStandard,
    /// An amount of money; a special floating point type.
    ///
    /// `TYPE_CURRENCY`
    TypeCurrency,
    /// A length in feet; a special floating point type.
    ///
    /// `TYPE_FEET`
    TypeFeet,
    /// A length in miles; a special floating point type.
    ///
    /// `TYPE_MILES`
    TypeMiles,
    /// A length in meters; a special floating point type.
    ///
    /// `TYPE_METERS`
    TypeMeters,
    /// A length in kilometers; a special floating point type.
    ///
    /// `TYPE_KILOMETERS`
    TypeKilometers,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MetricMetadataType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MetricTypeUnspecified,
        Self::TypeInteger,
        Self::TypeFloat,
        Self::TypeSeconds,
        Self::TypeMilliseconds,
        Self::TypeMinutes,
        Self::TypeHours,
        Self::TypeStandard,
        Self::TypeCurrency,
        Self::TypeFeet,
        Self::TypeMiles,
        Self::TypeMeters,
        Self::TypeKilometers,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetricTypeUnspecified => "METRIC_TYPE_UNSPECIFIED",
            Self::TypeInteger => "TYPE_INTEGER",
            Self::TypeFloat => "TYPE_FLOAT",
            Self::TypeSeconds => "TYPE_SECONDS",
            Self::TypeMilliseconds => "TYPE_MILLISECONDS",
            Self::TypeMinutes => "TYPE_MINUTES",
            Self::TypeHours => "TYPE_HOURS",
            Self::TypeStandard => "TYPE_STANDARD",
            Self::TypeCurrency => "TYPE_CURRENCY",
            Self::TypeFeet => "TYPE_FEET",
            Self::TypeMiles => "TYPE_MILES",
            Self::TypeMeters => "TYPE_METERS",
            Self::TypeKilometers => "TYPE_KILOMETERS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "METRIC_TYPE_UNSPECIFIED" => Self::MetricTypeUnspecified,
            "TYPE_INTEGER" => Self::TypeInteger,
            "TYPE_FLOAT" => Self::TypeFloat,
            "TYPE_SECONDS" => Self::TypeSeconds,
            "TYPE_MILLISECONDS" => Self::TypeMilliseconds,
            "TYPE_MINUTES" => Self::TypeMinutes,
            "TYPE_HOURS" => Self::TypeHours,
            "TYPE_STANDARD" => Self::TypeStandard,
            "TYPE_CURRENCY" => Self::TypeCurrency,
            "TYPE_FEET" => Self::TypeFeet,
            "TYPE_MILES" => Self::TypeMiles,
            "TYPE_METERS" => Self::TypeMeters,
            "TYPE_KILOMETERS" => Self::TypeKilometers,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MetricMetadataType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MetricMetadataType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Sorts by metric values.
///
/// Schema `MetricOrderBy`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricOrderBy {
    /// A metric name in the request to order by.
    ///
    /// JSON `metricName`: string.
    pub metric_name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The value of a metric.
///
/// Schema `MetricValue`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricValue {
    /// Measurement value. See MetricHeader for type.
    ///
    /// JSON `value`: string.
    pub value: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A contiguous set of minutes: `startMinutesAgo`, `startMinutesAgo + 1`, ..., `endMinutesAgo`. Requests are allowed up to 2 minute ranges.
///
/// Schema `MinuteRange`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MinuteRange {
    /// The inclusive end minute for the query as a number of minutes before now. Cannot be before `startMinutesAgo`. For example, `"endMinutesAgo": 15` specifies the report should include event data from prior to 15 minutes ago. If unspecified, `endMinutesAgo` is defaulted to 0. Standard Analytics properties can request any minute in the last 30 minutes of event data (`endMinutesAgo <= 29`), and 360 Analytics properties can request any minute in the last 60 minutes of event data (`endMinutesAgo <= 59`).
    ///
    /// JSON `endMinutesAgo`: int32.
    pub end_minutes_ago: ::core::option::Option<i32>,
    /// Assigns a name to this minute range. The dimension `dateRange` is valued to this name in a report response. If set, cannot begin with `date_range_` or `RESERVED_`. If not set, minute ranges are named by their zero based index in the request: `date_range_0`, `date_range_1`, etc.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// The inclusive start minute for the query as a number of minutes before now. For example, `"startMinutesAgo": 29` specifies the report should include event data from 29 minutes ago and after. Cannot be after `endMinutesAgo`. If unspecified, `startMinutesAgo` is defaulted to 29. Standard Analytics properties can request up to the last 30 minutes of event data (`startMinutesAgo <= 29`), and 360 Analytics properties can request up to the last 60 minutes of event data (`startMinutesAgo <= 59`).
    ///
    /// JSON `startMinutesAgo`: int32.
    pub start_minutes_ago: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Filters for numeric or date values.
///
/// Schema `NumericFilter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumericFilter {
    /// The operation type for this filter.
    ///
    /// JSON `operation`: `NumericFilterOperation`.
    pub operation: ::core::option::Option<NumericFilterOperation>,
    /// A numeric value or a date value.
    ///
    /// JSON `value`: `NumericValue`.
    pub value: ::core::option::Option<NumericValue>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `NumericFilter.operation`: 6 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumericFilterOperation {
    /// Unspecified.
    ///
    /// `OPERATION_UNSPECIFIED`
    OperationUnspecified,
    /// Equal
    ///
    /// `EQUAL`
    Equal,
    /// Less than
    ///
    /// `LESS_THAN`
    LessThan,
    /// Less than or equal
    ///
    /// `LESS_THAN_OR_EQUAL`
    LessThanOrEqual,
    /// Greater than
    ///
    /// `GREATER_THAN`
    GreaterThan,
    /// Greater than or equal
    ///
    /// `GREATER_THAN_OR_EQUAL`
    GreaterThanOrEqual,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl NumericFilterOperation {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::OperationUnspecified,
        Self::Equal,
        Self::LessThan,
        Self::LessThanOrEqual,
        Self::GreaterThan,
        Self::GreaterThanOrEqual,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OperationUnspecified => "OPERATION_UNSPECIFIED",
            Self::Equal => "EQUAL",
            Self::LessThan => "LESS_THAN",
            Self::LessThanOrEqual => "LESS_THAN_OR_EQUAL",
            Self::GreaterThan => "GREATER_THAN",
            Self::GreaterThanOrEqual => "GREATER_THAN_OR_EQUAL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "OPERATION_UNSPECIFIED" => Self::OperationUnspecified,
            "EQUAL" => Self::Equal,
            "LESS_THAN" => Self::LessThan,
            "LESS_THAN_OR_EQUAL" => Self::LessThanOrEqual,
            "GREATER_THAN" => Self::GreaterThan,
            "GREATER_THAN_OR_EQUAL" => Self::GreaterThanOrEqual,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for NumericFilterOperation {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for NumericFilterOperation {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// To represent a number.
///
/// Schema `NumericValue`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumericValue {
    /// Double value
    ///
    /// JSON `doubleValue`: double.
    pub double_value: ::core::option::Option<rt::wire::Double>,
    /// Integer value
    ///
    /// JSON `int64Value`: int64 (sent as a string of digits).
    pub int64_value: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// This resource represents a long-running operation that is the result of a network API call.
///
/// Schema `Operation`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Operation {
    /// If the value is `false`, it means the operation is still in progress. If `true`, the operation is completed, and either `error` or `response` is available.
    ///
    /// JSON `done`: boolean.
    pub done: ::core::option::Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    ///
    /// JSON `error`: `Status`.
    pub error: ::core::option::Option<Status>,
    /// Service-specific metadata associated with the operation. It typically contains progress information and common metadata such as create time. Some services might not provide such metadata. Any method that returns a long-running operation should document the metadata type, if any.
    ///
    /// JSON `metadata`: object of any.
    pub metadata: ::core::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// The server-assigned name, which is only unique within the same service that originally returns it. If you use the default HTTP mapping, the `name` should be a resource name ending with `operations/{unique_id}`.
    ///
    /// JSON `name`: string.
    pub name: ::core::option::Option<::std::string::String>,
    /// The normal, successful response of the operation. If the original method returns no data on success, such as `Delete`, the response is `google.protobuf.Empty`. If the original method is standard `Get`/`Create`/`Update`, the response should be the resource. For other methods, the response should have the type `XxxResponse`, where `Xxx` is the original method name. For example, if the original method name is `TakeSnapshot()`, the inferred response type is `TakeSnapshotResponse`.
    ///
    /// JSON `response`: object of any.
    pub response: ::core::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Order bys define how rows will be sorted in the response. For example, ordering rows by descending event count is one ordering, and ordering rows by the event name string is a different ordering.
///
/// Schema `OrderBy`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderBy {
    /// If true, sorts by descending order.
    ///
    /// JSON `desc`: boolean.
    pub desc: ::core::option::Option<bool>,
    /// Sorts results by a dimension's values.
    ///
    /// JSON `dimension`: `DimensionOrderBy`.
    pub dimension: ::core::option::Option<DimensionOrderBy>,
    /// Sorts results by a metric's values.
    ///
    /// JSON `metric`: `MetricOrderBy`.
    pub metric: ::core::option::Option<MetricOrderBy>,
    /// Sorts results by a metric's values within a pivot column group.
    ///
    /// JSON `pivot`: `PivotOrderBy`.
    pub pivot: ::core::option::Option<PivotOrderBy>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Describes the visible dimension columns and rows in the report response.
///
/// Schema `Pivot`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pivot {
    /// Dimension names for visible columns in the report response. Including "dateRange" produces a date range column; for each row in the response, dimension values in the date range column will indicate the corresponding date range from the request.
    ///
    /// JSON `fieldNames`: array of string.
    pub field_names: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The number of unique combinations of dimension values to return in this pivot. The `limit` parameter is required. A `limit` of 10,000 is common for single pivot requests. The product of the `limit` for each `pivot` in a `RunPivotReportRequest` must not exceed 250,000. For example, a two pivot request with `limit: 1000` in each pivot will fail because the product is `1,000,000`.
    ///
    /// JSON `limit`: int64 (sent as a string of digits).
    pub limit: ::core::option::Option<i64>,
    /// Aggregate the metrics by dimensions in this pivot using the specified metric_aggregations.
    ///
    /// JSON `metricAggregations`: array of `PivotMetricAggregations`.
    pub metric_aggregations: ::core::option::Option<
        ::std::vec::Vec<PivotMetricAggregations>,
    >,
    /// The row count of the start row. The first row is counted as row 0.
    ///
    /// JSON `offset`: int64 (sent as a string of digits).
    pub offset: ::core::option::Option<i64>,
    /// Specifies how dimensions are ordered in the pivot. In the first Pivot, the OrderBys determine Row and PivotDimensionHeader ordering; in subsequent Pivots, the OrderBys determine only PivotDimensionHeader ordering. Dimensions specified in these OrderBys must be a subset of Pivot.field_names.
    ///
    /// JSON `orderBys`: array of `OrderBy`.
    pub order_bys: ::core::option::Option<::std::vec::Vec<OrderBy>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Summarizes dimension values from a row for this pivot.
///
/// Schema `PivotDimensionHeader`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PivotDimensionHeader {
    /// Values of multiple dimensions in a pivot.
    ///
    /// JSON `dimensionValues`: array of `DimensionValue`.
    pub dimension_values: ::core::option::Option<::std::vec::Vec<DimensionValue>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Dimensions' values in a single pivot.
///
/// Schema `PivotHeader`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PivotHeader {
    /// The size is the same as the cardinality of the corresponding dimension combinations.
    ///
    /// JSON `pivotDimensionHeaders`: array of `PivotDimensionHeader`.
    pub pivot_dimension_headers: ::core::option::Option<
        ::std::vec::Vec<PivotDimensionHeader>,
    >,
    /// The cardinality of the pivot. The total number of rows for this pivot's fields regardless of how the parameters `offset` and `limit` are specified in the request.
    ///
    /// JSON `rowCount`: int32.
    pub row_count: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `Pivot.metricAggregations`: 5 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PivotMetricAggregations {
    /// Unspecified operator.
    ///
    /// `METRIC_AGGREGATION_UNSPECIFIED`
    MetricAggregationUnspecified,
    /// SUM operator.
    ///
    /// `TOTAL`
    Total,
    /// Minimum operator.
    ///
    /// `MINIMUM`
    Minimum,
    /// Maximum operator.
    ///
    /// `MAXIMUM`
    Maximum,
    /// Count operator.
    ///
    /// `COUNT`
    Count,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PivotMetricAggregations {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MetricAggregationUnspecified,
        Self::Total,
        Self::Minimum,
        Self::Maximum,
        Self::Count,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetricAggregationUnspecified => "METRIC_AGGREGATION_UNSPECIFIED",
            Self::Total => "TOTAL",
            Self::Minimum => "MINIMUM",
            Self::Maximum => "MAXIMUM",
            Self::Count => "COUNT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "METRIC_AGGREGATION_UNSPECIFIED" => Self::MetricAggregationUnspecified,
            "TOTAL" => Self::Total,
            "MINIMUM" => Self::Minimum,
            "MAXIMUM" => Self::Maximum,
            "COUNT" => Self::Count,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PivotMetricAggregations {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PivotMetricAggregations {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Sorts by a pivot column group.
///
/// Schema `PivotOrderBy`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PivotOrderBy {
    /// In the response to order by, order rows by this column. Must be a metric name from the request.
    ///
    /// JSON `metricName`: string.
    pub metric_name: ::core::option::Option<::std::string::String>,
    /// Used to select a dimension name and value pivot. If multiple pivot selections are given, the sort occurs on rows where all pivot selection dimension name and value pairs match the row's dimension name and value pair.
    ///
    /// JSON `pivotSelections`: array of `PivotSelection`.
    pub pivot_selections: ::core::option::Option<::std::vec::Vec<PivotSelection>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A pair of dimension names and values. Rows with this dimension pivot pair are ordered by the metric's value. For example if pivots = {{"browser", "Chrome"}} and metric_name = "Sessions", then the rows will be sorted based on Sessions in Chrome. ---------|----------|----------------|----------|---------------- | Chrome | Chrome | Safari | Safari ---------|----------|----------------|----------|---------------- Country | Sessions | Pages/Sessions | Sessions | Pages/Sessions ---------|----------|----------------|----------|---------------- US | 2 | 2 | 3 | 1 ---------|----------|----------------|----------|---------------- Canada | 3 | 1 | 4 | 1 ---------|----------|----------------|----------|----------------
///
/// Schema `PivotSelection`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PivotSelection {
    /// Must be a dimension name from the request.
    ///
    /// JSON `dimensionName`: string.
    pub dimension_name: ::core::option::Option<::std::string::String>,
    /// Order by only when the named dimension is this value.
    ///
    /// JSON `dimensionValue`: string.
    pub dimension_value: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Current state of all quotas for this Analytics Property. If any quota for a property is exhausted, all requests to that property will return Resource Exhausted errors.
///
/// Schema `PropertyQuota`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PropertyQuota {
    /// Standard Analytics Properties can send up to 10 concurrent requests; Analytics 360 Properties can use up to 50 concurrent requests.
    ///
    /// JSON `concurrentRequests`: `QuotaStatus`.
    pub concurrent_requests: ::core::option::Option<QuotaStatus>,
    /// Analytics Properties can send up to 120 requests with potentially thresholded dimensions per hour. In a batch request, each report request is individually counted for this quota if the request contains potentially thresholded dimensions.
    ///
    /// JSON `potentiallyThresholdedRequestsPerHour`: `QuotaStatus`.
    pub potentially_thresholded_requests_per_hour: ::core::option::Option<QuotaStatus>,
    /// Standard Analytics Properties and cloud project pairs can have up to 10 server errors per hour; Analytics 360 Properties and cloud project pairs can have up to 50 server errors per hour.
    ///
    /// JSON `serverErrorsPerProjectPerHour`: `QuotaStatus`.
    pub server_errors_per_project_per_hour: ::core::option::Option<QuotaStatus>,
    /// Standard Analytics Properties can use up to 200,000 tokens per day; Analytics 360 Properties can use 2,000,000 tokens per day. Most requests consume fewer than 10 tokens.
    ///
    /// JSON `tokensPerDay`: `QuotaStatus`.
    pub tokens_per_day: ::core::option::Option<QuotaStatus>,
    /// Standard Analytics Properties can use up to 40,000 tokens per hour; Analytics 360 Properties can use 400,000 tokens per hour. An API request consumes a single number of tokens, and that number is deducted from all of the hourly, daily, and per project hourly quotas.
    ///
    /// JSON `tokensPerHour`: `QuotaStatus`.
    pub tokens_per_hour: ::core::option::Option<QuotaStatus>,
    /// Analytics Properties can use up to 35% of their tokens per project per hour. This amounts to standard Analytics Properties can use up to 14,000 tokens per project per hour, and Analytics 360 Properties can use 140,000 tokens per project per hour. An API request consumes a single number of tokens, and that number is deducted from all of the hourly, daily, and per project hourly quotas.
    ///
    /// JSON `tokensPerProjectPerHour`: `QuotaStatus`.
    pub tokens_per_project_per_hour: ::core::option::Option<QuotaStatus>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A request to list users in an audience export.
///
/// Schema `QueryAudienceExportRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryAudienceExportRequest {
    /// Optional. The number of rows to return. If unspecified, 10,000 rows are returned. The API returns a maximum of 250,000 rows per request, no matter how many you ask for. `limit` must be positive. The API can also return fewer rows than the requested `limit`, if there aren't as many dimension values as the `limit`. To learn more about this pagination parameter, see [Pagination](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#pagination).
    ///
    /// JSON `limit`: int64 (sent as a string of digits).
    pub limit: ::core::option::Option<i64>,
    /// Optional. The row count of the start row. The first row is counted as row 0. When paging, the first request does not specify offset; or equivalently, sets offset to 0; the first request returns the first `limit` of rows. The second request sets offset to the `limit` of the first request; the second request returns the second `limit` of rows. To learn more about this pagination parameter, see [Pagination](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#pagination).
    ///
    /// JSON `offset`: int64 (sent as a string of digits).
    pub offset: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// A list of users in an audience export.
///
/// Schema `QueryAudienceExportResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryAudienceExportResponse {
    /// Configuration data about AudienceExport being queried. Returned to help interpret the audience rows in this response. For example, the dimensions in this AudienceExport correspond to the columns in the AudienceRows.
    ///
    /// JSON `audienceExport`: `AudienceExport`.
    pub audience_export: ::core::option::Option<AudienceExport>,
    /// Rows for each user in an audience export. The number of rows in this response will be less than or equal to request's page size.
    ///
    /// JSON `audienceRows`: array of `V1betaAudienceRow`.
    pub audience_rows: ::core::option::Option<::std::vec::Vec<V1betaAudienceRow>>,
    /// The total number of rows in the AudienceExport result. `rowCount` is independent of the number of rows returned in the response, the `limit` request parameter, and the `offset` request parameter. For example if a query returns 175 rows and includes `limit` of 50 in the API request, the response will contain `rowCount` of 175 but only 50 rows. To learn more about this pagination parameter, see [Pagination](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#pagination).
    ///
    /// JSON `rowCount`: int32.
    pub row_count: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Current state for a particular quota group.
///
/// Schema `QuotaStatus`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotaStatus {
    /// Quota consumed by this request.
    ///
    /// JSON `consumed`: int32.
    pub consumed: ::core::option::Option<i32>,
    /// Quota remaining after this request.
    ///
    /// JSON `remaining`: int32.
    pub remaining: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Response's metadata carrying additional information about the report content.
///
/// Schema `ResponseMetaData`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseMetaData {
    /// The currency code used in this report. Intended to be used in formatting currency metrics like `purchaseRevenue` for visualization. If currency_code was specified in the request, this response parameter will echo the request parameter; otherwise, this response parameter is the property's current currency_code. Currency codes are string encodings of currency types from the ISO 4217 standard (https://en.wikipedia.org/wiki/ISO_4217); for example "USD", "EUR", "JPY". To learn more, see https://support.google.com/analytics/answer/9796179.
    ///
    /// JSON `currencyCode`: string.
    pub currency_code: ::core::option::Option<::std::string::String>,
    /// If true, indicates some buckets of dimension combinations are rolled into "(other)" row. This can happen for high cardinality reports. The metadata parameter dataLossFromOtherRow is populated based on the aggregated data table used in the report. The parameter will be accurately populated regardless of the filters and limits in the report. For example, the (other) row could be dropped from the report because the request contains a filter on sessionSource = google. This parameter will still be populated if data loss from other row was present in the input aggregate data used to generate this report. To learn more, see [About the (other) row and data sampling](https://support.google.com/analytics/answer/13208658#reports).
    ///
    /// JSON `dataLossFromOtherRow`: boolean.
    pub data_loss_from_other_row: ::core::option::Option<bool>,
    /// If empty reason is specified, the report is empty for this reason.
    ///
    /// JSON `emptyReason`: string.
    pub empty_reason: ::core::option::Option<::std::string::String>,
    /// If this report results is [sampled](https://support.google.com/analytics/answer/13331292), this describes the percentage of events used in this report. One `samplingMetadatas` is populated for each date range. Each `samplingMetadatas` corresponds to a date range in order that date ranges were specified in the request. However if the results are not sampled, this field will not be defined.
    ///
    /// JSON `samplingMetadatas`: array of `SamplingMetadata`.
    pub sampling_metadatas: ::core::option::Option<::std::vec::Vec<SamplingMetadata>>,
    /// Describes the schema restrictions actively enforced in creating this report. To learn more, see [Access and data-restriction management](https://support.google.com/analytics/answer/10851388).
    ///
    /// JSON `schemaRestrictionResponse`: `SchemaRestrictionResponse`.
    pub schema_restriction_response: ::core::option::Option<SchemaRestrictionResponse>,
    /// If `subjectToThresholding` is true, this report is subject to thresholding and only returns data that meets the minimum aggregation thresholds. It is possible for a request to be subject to thresholding thresholding and no data is absent from the report, and this happens when all data is above the thresholds. To learn more, see [Data thresholds](https://support.google.com/analytics/answer/9383630).
    ///
    /// JSON `subjectToThresholding`: boolean.
    pub subject_to_thresholding: ::core::option::Option<bool>,
    /// The property's current timezone. Intended to be used to interpret time-based dimensions like `hour` and `minute`. Formatted as strings from the IANA Time Zone database (https://www.iana.org/time-zones); for example "America/New_York" or "Asia/Tokyo".
    ///
    /// JSON `timeZone`: string.
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Report data for each row. For example if RunReportRequest contains: ```none "dimensions": [ { "name": "eventName" }, { "name": "countryId" } ], "metrics": [ { "name": "eventCount" } ] ``` One row with 'in_app_purchase' as the eventName, 'JP' as the countryId, and 15 as the eventCount, would be: ```none "dimensionValues": [ { "value": "in_app_purchase" }, { "value": "JP" } ], "metricValues": [ { "value": "15" } ] ```
///
/// Schema `Row`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// List of requested dimension values. In a PivotReport, dimension_values are only listed for dimensions included in a pivot.
    ///
    /// JSON `dimensionValues`: array of `DimensionValue`.
    pub dimension_values: ::core::option::Option<::std::vec::Vec<DimensionValue>>,
    /// List of requested visible metric values.
    ///
    /// JSON `metricValues`: array of `MetricValue`.
    pub metric_values: ::core::option::Option<::std::vec::Vec<MetricValue>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The request to generate a pivot report.
///
/// Schema `RunPivotReportRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunPivotReportRequest {
    /// Cohort group associated with this request. If there is a cohort group in the request the 'cohort' dimension must be present.
    ///
    /// JSON `cohortSpec`: `CohortSpec`.
    pub cohort_spec: ::core::option::Option<CohortSpec>,
    /// Optional. The configuration of comparisons requested and displayed. The request requires both a comparisons field and a comparisons dimension to receive a comparison column in the response.
    ///
    /// JSON `comparisons`: array of `Comparison`.
    pub comparisons: ::core::option::Option<::std::vec::Vec<Comparison>>,
    /// A currency code in ISO4217 format, such as "AED", "USD", "JPY". If the field is empty, the report uses the property's default currency.
    ///
    /// JSON `currencyCode`: string.
    pub currency_code: ::core::option::Option<::std::string::String>,
    /// The date range to retrieve event data for the report. If multiple date ranges are specified, event data from each date range is used in the report. A special dimension with field name "dateRange" can be included in a Pivot's field names; if included, the report compares between date ranges. In a cohort request, this `dateRanges` must be unspecified.
    ///
    /// JSON `dateRanges`: array of `DateRange`.
    pub date_ranges: ::core::option::Option<::std::vec::Vec<DateRange>>,
    /// The filter clause of dimensions. Dimensions must be requested to be used in this filter. Metrics cannot be used in this filter.
    ///
    /// JSON `dimensionFilter`: `FilterExpression`.
    pub dimension_filter: ::core::option::Option<FilterExpression>,
    /// The dimensions requested. All defined dimensions must be used by one of the following: dimension_expression, dimension_filter, pivots, order_bys.
    ///
    /// JSON `dimensions`: array of `Dimension`.
    pub dimensions: ::core::option::Option<::std::vec::Vec<Dimension>>,
    /// If false or unspecified, each row with all metrics equal to 0 will not be returned. If true, these rows will be returned if they are not separately removed by a filter. Regardless of this `keep_empty_rows` setting, only data recorded by the Google Analytics property can be displayed in a report. For example if a property never logs a `purchase` event, then a query for the `eventName` dimension and `eventCount` metric will not have a row eventName: "purchase" and eventCount: 0.
    ///
    /// JSON `keepEmptyRows`: boolean.
    pub keep_empty_rows: ::core::option::Option<bool>,
    /// The filter clause of metrics. Applied at post aggregation phase, similar to SQL having-clause. Metrics must be requested to be used in this filter. Dimensions cannot be used in this filter.
    ///
    /// JSON `metricFilter`: `FilterExpression`.
    pub metric_filter: ::core::option::Option<FilterExpression>,
    /// The metrics requested, at least one metric needs to be specified. All defined metrics must be used by one of the following: metric_expression, metric_filter, order_bys.
    ///
    /// JSON `metrics`: array of `Metric`.
    pub metrics: ::core::option::Option<::std::vec::Vec<Metric>>,
    /// Describes the visual format of the report's dimensions in columns or rows. The union of the fieldNames (dimension names) in all pivots must be a subset of dimension names defined in Dimensions. No two pivots can share a dimension. A dimension is only visible if it appears in a pivot.
    ///
    /// JSON `pivots`: array of `Pivot`.
    pub pivots: ::core::option::Option<::std::vec::Vec<Pivot>>,
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). Within a batch request, this property should either be unspecified or consistent with the batch-level property. Example: properties/1234
    ///
    /// JSON `property`: string.
    pub property: ::core::option::Option<::std::string::String>,
    /// Toggles whether to return the current state of this Google Analytics property's quota. Quota is returned in [PropertyQuota](#PropertyQuota).
    ///
    /// JSON `returnPropertyQuota`: boolean.
    pub return_property_quota: ::core::option::Option<bool>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The response pivot report table corresponding to a pivot request.
///
/// Schema `RunPivotReportResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunPivotReportResponse {
    /// Aggregation of metric values. Can be totals, minimums, or maximums. The returned aggregations are controlled by the metric_aggregations in the pivot. The type of aggregation returned in each row is shown by the dimension_values which are set to "RESERVED_".
    ///
    /// JSON `aggregates`: array of `Row`.
    pub aggregates: ::core::option::Option<::std::vec::Vec<Row>>,
    /// Describes dimension columns. The number of DimensionHeaders and ordering of DimensionHeaders matches the dimensions present in rows.
    ///
    /// JSON `dimensionHeaders`: array of `DimensionHeader`.
    pub dimension_headers: ::core::option::Option<::std::vec::Vec<DimensionHeader>>,
    /// Identifies what kind of resource this message is. This `kind` is always the fixed string "analyticsData#runPivotReport". Useful to distinguish between response types in JSON.
    ///
    /// JSON `kind`: string.
    pub kind: ::core::option::Option<::std::string::String>,
    /// Metadata for the report.
    ///
    /// JSON `metadata`: `ResponseMetaData`.
    pub metadata: ::core::option::Option<ResponseMetaData>,
    /// Describes metric columns. The number of MetricHeaders and ordering of MetricHeaders matches the metrics present in rows.
    ///
    /// JSON `metricHeaders`: array of `MetricHeader`.
    pub metric_headers: ::core::option::Option<::std::vec::Vec<MetricHeader>>,
    /// Summarizes the columns and rows created by a pivot. Each pivot in the request produces one header in the response. If we have a request like this: "pivots": [{ "fieldNames": ["country", "city"] }, { "fieldNames": "eventName" }] We will have the following `pivotHeaders` in the response: "pivotHeaders" : [{ "dimensionHeaders": [{ "dimensionValues": [ { "value": "United Kingdom" }, { "value": "London" } ] }, { "dimensionValues": [ { "value": "Japan" }, { "value": "Osaka" } ] }] }, { "dimensionHeaders": [{ "dimensionValues": [{ "value": "session_start" }] }, { "dimensionValues": [{ "value": "scroll" }] }] }]
    ///
    /// JSON `pivotHeaders`: array of `PivotHeader`.
    pub pivot_headers: ::core::option::Option<::std::vec::Vec<PivotHeader>>,
    /// This Google Analytics property's quota state including this request.
    ///
    /// JSON `propertyQuota`: `PropertyQuota`.
    pub property_quota: ::core::option::Option<PropertyQuota>,
    /// Rows of dimension value combinations and metric values in the report.
    ///
    /// JSON `rows`: array of `Row`.
    pub rows: ::core::option::Option<::std::vec::Vec<Row>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The request to generate a realtime report.
///
/// Schema `RunRealtimeReportRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunRealtimeReportRequest {
    /// The filter clause of dimensions. Metrics cannot be used in this filter.
    ///
    /// JSON `dimensionFilter`: `FilterExpression`.
    pub dimension_filter: ::core::option::Option<FilterExpression>,
    /// The dimensions requested and displayed.
    ///
    /// JSON `dimensions`: array of `Dimension`.
    pub dimensions: ::core::option::Option<::std::vec::Vec<Dimension>>,
    /// The number of rows to return. If unspecified, 10,000 rows are returned. The API returns a maximum of 250,000 rows per request, no matter how many you ask for. `limit` must be positive. The API can also return fewer rows than the requested `limit`, if there aren't as many dimension values as the `limit`. For instance, there are fewer than 300 possible values for the dimension `country`, so when reporting on only `country`, you can't get more than 300 rows, even if you set `limit` to a higher value.
    ///
    /// JSON `limit`: int64 (sent as a string of digits).
    pub limit: ::core::option::Option<i64>,
    /// Aggregation of metrics. Aggregated metric values will be shown in rows where the dimension_values are set to "RESERVED_(MetricAggregation)".
    ///
    /// JSON `metricAggregations`: array of `RunRealtimeReportRequestMetricAggregations`.
    pub metric_aggregations: ::core::option::Option<
        ::std::vec::Vec<RunRealtimeReportRequestMetricAggregations>,
    >,
    /// The filter clause of metrics. Applied at post aggregation phase, similar to SQL having-clause. Dimensions cannot be used in this filter.
    ///
    /// JSON `metricFilter`: `FilterExpression`.
    pub metric_filter: ::core::option::Option<FilterExpression>,
    /// The metrics requested and displayed.
    ///
    /// JSON `metrics`: array of `Metric`.
    pub metrics: ::core::option::Option<::std::vec::Vec<Metric>>,
    /// The minute ranges of event data to read. If unspecified, one minute range for the last 30 minutes will be used. If multiple minute ranges are requested, each response row will contain a zero based minute range index. If two minute ranges overlap, the event data for the overlapping minutes is included in the response rows for both minute ranges.
    ///
    /// JSON `minuteRanges`: array of `MinuteRange`.
    pub minute_ranges: ::core::option::Option<::std::vec::Vec<MinuteRange>>,
    /// Specifies how rows are ordered in the response.
    ///
    /// JSON `orderBys`: array of `OrderBy`.
    pub order_bys: ::core::option::Option<::std::vec::Vec<OrderBy>>,
    /// Toggles whether to return the current state of this Google Analytics property's Realtime quota. Quota is returned in [PropertyQuota](#PropertyQuota).
    ///
    /// JSON `returnPropertyQuota`: boolean.
    pub return_property_quota: ::core::option::Option<bool>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `RunRealtimeReportRequest.metricAggregations`: 5 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunRealtimeReportRequestMetricAggregations {
    /// Unspecified operator.
    ///
    /// `METRIC_AGGREGATION_UNSPECIFIED`
    MetricAggregationUnspecified,
    /// SUM operator.
    ///
    /// `TOTAL`
    Total,
    /// Minimum operator.
    ///
    /// `MINIMUM`
    Minimum,
    /// Maximum operator.
    ///
    /// `MAXIMUM`
    Maximum,
    /// Count operator.
    ///
    /// `COUNT`
    Count,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RunRealtimeReportRequestMetricAggregations {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MetricAggregationUnspecified,
        Self::Total,
        Self::Minimum,
        Self::Maximum,
        Self::Count,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetricAggregationUnspecified => "METRIC_AGGREGATION_UNSPECIFIED",
            Self::Total => "TOTAL",
            Self::Minimum => "MINIMUM",
            Self::Maximum => "MAXIMUM",
            Self::Count => "COUNT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "METRIC_AGGREGATION_UNSPECIFIED" => Self::MetricAggregationUnspecified,
            "TOTAL" => Self::Total,
            "MINIMUM" => Self::Minimum,
            "MAXIMUM" => Self::Maximum,
            "COUNT" => Self::Count,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RunRealtimeReportRequestMetricAggregations {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RunRealtimeReportRequestMetricAggregations {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The response realtime report table corresponding to a request.
///
/// Schema `RunRealtimeReportResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunRealtimeReportResponse {
    /// Describes dimension columns. The number of DimensionHeaders and ordering of DimensionHeaders matches the dimensions present in rows.
    ///
    /// JSON `dimensionHeaders`: array of `DimensionHeader`.
    pub dimension_headers: ::core::option::Option<::std::vec::Vec<DimensionHeader>>,
    /// Identifies what kind of resource this message is. This `kind` is always the fixed string "analyticsData#runRealtimeReport". Useful to distinguish between response types in JSON.
    ///
    /// JSON `kind`: string.
    pub kind: ::core::option::Option<::std::string::String>,
    /// If requested, the maximum values of metrics.
    ///
    /// JSON `maximums`: array of `Row`.
    pub maximums: ::core::option::Option<::std::vec::Vec<Row>>,
    /// Describes metric columns. The number of MetricHeaders and ordering of MetricHeaders matches the metrics present in rows.
    ///
    /// JSON `metricHeaders`: array of `MetricHeader`.
    pub metric_headers: ::core::option::Option<::std::vec::Vec<MetricHeader>>,
    /// If requested, the minimum values of metrics.
    ///
    /// JSON `minimums`: array of `Row`.
    pub minimums: ::core::option::Option<::std::vec::Vec<Row>>,
    /// This Google Analytics property's Realtime quota state including this request.
    ///
    /// JSON `propertyQuota`: `PropertyQuota`.
    pub property_quota: ::core::option::Option<PropertyQuota>,
    /// The total number of rows in the query result. `rowCount` is independent of the number of rows returned in the response and the `limit` request parameter. For example if a query returns 175 rows and includes `limit` of 50 in the API request, the response will contain `rowCount` of 175 but only 50 rows.
    ///
    /// JSON `rowCount`: int32.
    pub row_count: ::core::option::Option<i32>,
    /// Rows of dimension value combinations and metric values in the report.
    ///
    /// JSON `rows`: array of `Row`.
    pub rows: ::core::option::Option<::std::vec::Vec<Row>>,
    /// If requested, the totaled values of metrics.
    ///
    /// JSON `totals`: array of `Row`.
    pub totals: ::core::option::Option<::std::vec::Vec<Row>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The request to generate a report.
///
/// Schema `RunReportRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunReportRequest {
    /// Cohort group associated with this request. If there is a cohort group in the request the 'cohort' dimension must be present.
    ///
    /// JSON `cohortSpec`: `CohortSpec`.
    pub cohort_spec: ::core::option::Option<CohortSpec>,
    /// Optional. The configuration of comparisons requested and displayed. The request only requires a comparisons field in order to receive a comparison column in the response.
    ///
    /// JSON `comparisons`: array of `Comparison`.
    pub comparisons: ::core::option::Option<::std::vec::Vec<Comparison>>,
    /// A currency code in ISO4217 format, such as "AED", "USD", "JPY". If the field is empty, the report uses the property's default currency.
    ///
    /// JSON `currencyCode`: string.
    pub currency_code: ::core::option::Option<::std::string::String>,
    /// Date ranges of data to read. If multiple date ranges are requested, each response row will contain a zero based date range index. If two date ranges overlap, the event data for the overlapping days is included in the response rows for both date ranges. In a cohort request, this `dateRanges` must be unspecified.
    ///
    /// JSON `dateRanges`: array of `DateRange`.
    pub date_ranges: ::core::option::Option<::std::vec::Vec<DateRange>>,
    /// Dimension filters let you ask for only specific dimension values in the report. To learn more, see [Fundamentals of Dimension Filters](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#dimension_filters) for examples. Metrics cannot be used in this filter.
    ///
    /// JSON `dimensionFilter`: `FilterExpression`.
    pub dimension_filter: ::core::option::Option<FilterExpression>,
    /// The dimensions requested and displayed.
    ///
    /// JSON `dimensions`: array of `Dimension`.
    pub dimensions: ::core::option::Option<::std::vec::Vec<Dimension>>,
    /// If false or unspecified, each row with all metrics equal to 0 will not be returned. If true, these rows will be returned if they are not separately removed by a filter. Regardless of this `keep_empty_rows` setting, only data recorded by the Google Analytics property can be displayed in a report. For example if a property never logs a `purchase` event, then a query for the `eventName` dimension and `eventCount` metric will not have a row eventName: "purchase" and eventCount: 0.
    ///
    /// JSON `keepEmptyRows`: boolean.
    pub keep_empty_rows: ::core::option::Option<bool>,
    /// The number of rows to return. If unspecified, 10,000 rows are returned. The API returns a maximum of 250,000 rows per request, no matter how many you ask for. `limit` must be positive. The API can also return fewer rows than the requested `limit`, if there aren't as many dimension values as the `limit`. For instance, there are fewer than 300 possible values for the dimension `country`, so when reporting on only `country`, you can't get more than 300 rows, even if you set `limit` to a higher value. To learn more about this pagination parameter, see [Pagination](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#pagination).
    ///
    /// JSON `limit`: int64 (sent as a string of digits).
    pub limit: ::core::option::Option<i64>,
    /// Aggregation of metrics. Aggregated metric values will be shown in rows where the dimension_values are set to "RESERVED_(MetricAggregation)". Aggregates including both comparisons and multiple date ranges will be aggregated based on the date ranges.
    ///
    /// JSON `metricAggregations`: array of `RunReportRequestMetricAggregations`.
    pub metric_aggregations: ::core::option::Option<
        ::std::vec::Vec<RunReportRequestMetricAggregations>,
    >,
    /// The filter clause of metrics. Applied after aggregating the report's rows, similar to SQL having-clause. Dimensions cannot be used in this filter.
    ///
    /// JSON `metricFilter`: `FilterExpression`.
    pub metric_filter: ::core::option::Option<FilterExpression>,
    /// The metrics requested and displayed.
    ///
    /// JSON `metrics`: array of `Metric`.
    pub metrics: ::core::option::Option<::std::vec::Vec<Metric>>,
    /// The row count of the start row. The first row is counted as row 0. When paging, the first request does not specify offset; or equivalently, sets offset to 0; the first request returns the first `limit` of rows. The second request sets offset to the `limit` of the first request; the second request returns the second `limit` of rows. To learn more about this pagination parameter, see [Pagination](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#pagination).
    ///
    /// JSON `offset`: int64 (sent as a string of digits).
    pub offset: ::core::option::Option<i64>,
    /// Specifies how rows are ordered in the response. Requests including both comparisons and multiple date ranges will have order bys applied on the comparisons.
    ///
    /// JSON `orderBys`: array of `OrderBy`.
    pub order_bys: ::core::option::Option<::std::vec::Vec<OrderBy>>,
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). Within a batch request, this property should either be unspecified or consistent with the batch-level property. Example: properties/1234
    ///
    /// JSON `property`: string.
    pub property: ::core::option::Option<::std::string::String>,
    /// Toggles whether to return the current state of this Google Analytics property's quota. Quota is returned in [PropertyQuota](#PropertyQuota).
    ///
    /// JSON `returnPropertyQuota`: boolean.
    pub return_property_quota: ::core::option::Option<bool>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `RunReportRequest.metricAggregations`: 5 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunReportRequestMetricAggregations {
    /// Unspecified operator.
    ///
    /// `METRIC_AGGREGATION_UNSPECIFIED`
    MetricAggregationUnspecified,
    /// SUM operator.
    ///
    /// `TOTAL`
    Total,
    /// Minimum operator.
    ///
    /// `MINIMUM`
    Minimum,
    /// Maximum operator.
    ///
    /// `MAXIMUM`
    Maximum,
    /// Count operator.
    ///
    /// `COUNT`
    Count,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RunReportRequestMetricAggregations {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MetricAggregationUnspecified,
        Self::Total,
        Self::Minimum,
        Self::Maximum,
        Self::Count,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetricAggregationUnspecified => "METRIC_AGGREGATION_UNSPECIFIED",
            Self::Total => "TOTAL",
            Self::Minimum => "MINIMUM",
            Self::Maximum => "MAXIMUM",
            Self::Count => "COUNT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "METRIC_AGGREGATION_UNSPECIFIED" => Self::MetricAggregationUnspecified,
            "TOTAL" => Self::Total,
            "MINIMUM" => Self::Minimum,
            "MAXIMUM" => Self::Maximum,
            "COUNT" => Self::Count,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RunReportRequestMetricAggregations {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RunReportRequestMetricAggregations {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The response report table corresponding to a request.
///
/// Schema `RunReportResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunReportResponse {
    /// Describes dimension columns. The number of DimensionHeaders and ordering of DimensionHeaders matches the dimensions present in rows.
    ///
    /// JSON `dimensionHeaders`: array of `DimensionHeader`.
    pub dimension_headers: ::core::option::Option<::std::vec::Vec<DimensionHeader>>,
    /// Identifies what kind of resource this message is. This `kind` is always the fixed string "analyticsData#runReport". Useful to distinguish between response types in JSON.
    ///
    /// JSON `kind`: string.
    pub kind: ::core::option::Option<::std::string::String>,
    /// If requested, the maximum values of metrics.
    ///
    /// JSON `maximums`: array of `Row`.
    pub maximums: ::core::option::Option<::std::vec::Vec<Row>>,
    /// Metadata for the report.
    ///
    /// JSON `metadata`: `ResponseMetaData`.
    pub metadata: ::core::option::Option<ResponseMetaData>,
    /// Describes metric columns. The number of MetricHeaders and ordering of MetricHeaders matches the metrics present in rows.
    ///
    /// JSON `metricHeaders`: array of `MetricHeader`.
    pub metric_headers: ::core::option::Option<::std::vec::Vec<MetricHeader>>,
    /// If requested, the minimum values of metrics.
    ///
    /// JSON `minimums`: array of `Row`.
    pub minimums: ::core::option::Option<::std::vec::Vec<Row>>,
    /// This Google Analytics property's quota state including this request.
    ///
    /// JSON `propertyQuota`: `PropertyQuota`.
    pub property_quota: ::core::option::Option<PropertyQuota>,
    /// The total number of rows in the query result. `rowCount` is independent of the number of rows returned in the response, the `limit` request parameter, and the `offset` request parameter. For example if a query returns 175 rows and includes `limit` of 50 in the API request, the response will contain `rowCount` of 175 but only 50 rows. To learn more about this pagination parameter, see [Pagination](https://developers.google.com/analytics/devguides/reporting/data/v1/basics#pagination).
    ///
    /// JSON `rowCount`: int32.
    pub row_count: ::core::option::Option<i32>,
    /// Rows of dimension value combinations and metric values in the report.
    ///
    /// JSON `rows`: array of `Row`.
    pub rows: ::core::option::Option<::std::vec::Vec<Row>>,
    /// If requested, the totaled values of metrics.
    ///
    /// JSON `totals`: array of `Row`.
    pub totals: ::core::option::Option<::std::vec::Vec<Row>>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// If this report results is [sampled](https://support.google.com/analytics/answer/13331292), this describes the percentage of events used in this report. Sampling is the practice of analyzing a subset of all data in order to uncover the meaningful information in the larger data set.
///
/// Schema `SamplingMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SamplingMetadata {
    /// The total number of events read in this sampled report for a date range. This is the size of the subset this property's data that was analyzed in this report.
    ///
    /// JSON `samplesReadCount`: int64 (sent as a string of digits).
    pub samples_read_count: ::core::option::Option<i64>,
    /// The total number of events present in this property's data that could have been analyzed in this report for a date range. Sampling uncovers the meaningful information about the larger data set, and this is the size of the larger data set. To calculate the percentage of available data that was used in this report, compute `samplesReadCount/samplingSpaceSize`.
    ///
    /// JSON `samplingSpaceSize`: int64 (sent as a string of digits).
    pub sampling_space_size: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The schema restrictions actively enforced in creating this report. To learn more, see [Access and data-restriction management](https://support.google.com/analytics/answer/10851388).
///
/// Schema `SchemaRestrictionResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaRestrictionResponse {
    /// All restrictions actively enforced in creating the report. For example, `purchaseRevenue` always has the restriction type `REVENUE_DATA`. However, this active response restriction is only populated if the user's custom role disallows access to `REVENUE_DATA`.
    ///
    /// JSON `activeMetricRestrictions`: array of `ActiveMetricRestriction`.
    pub active_metric_restrictions: ::core::option::Option<
        ::std::vec::Vec<ActiveMetricRestriction>,
    >,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by [gRPC](https://github.com/grpc). Each `Status` message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the [API Design Guide](https://cloud.google.com/apis/design/errors).
///
/// Schema `Status`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Status {
    /// The status code, which should be an enum value of google.rpc.Code.
    ///
    /// JSON `code`: int32.
    pub code: ::core::option::Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    ///
    /// JSON `details`: array of objects of any.
    pub details: ::core::option::Option<
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    >,
    /// A developer-facing error message, which should be in English. Any user-facing error message should be localized and sent in the google.rpc.Status.details field, or localized by the client.
    ///
    /// JSON `message`: string.
    pub message: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The filter for string
///
/// Schema `StringFilter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringFilter {
    /// If true, the string value is case sensitive.
    ///
    /// JSON `caseSensitive`: boolean.
    pub case_sensitive: ::core::option::Option<bool>,
    /// The match type for this filter.
    ///
    /// JSON `matchType`: `StringFilterMatchType`.
    pub match_type: ::core::option::Option<StringFilterMatchType>,
    /// The string value used for the matching.
    ///
    /// JSON `value`: string.
    pub value: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The values of `StringFilter.matchType`: 7 known, or any other value the API may add (kept in `Unrecognized`
/// and sent back as it came).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringFilterMatchType {
    /// Unspecified
    ///
    /// `MATCH_TYPE_UNSPECIFIED`
    MatchTypeUnspecified,
    /// Exact match of the string value.
    ///
    /// `EXACT`
    Exact,
    /// Begins with the string value.
    ///
    /// `BEGINS_WITH`
    BeginsWith,
    /// Ends with the string value.
    ///
    /// `ENDS_WITH`
    EndsWith,
    /// Contains the string value.
    ///
    /// `CONTAINS`
    Contains,
    /// Full match for the regular expression with the string value.
    ///
    /// `FULL_REGEXP`
    FullRegexp,
    /// Partial match for the regular expression with the string value.
    ///
    /// `PARTIAL_REGEXP`
    PartialRegexp,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StringFilterMatchType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MatchTypeUnspecified,
        Self::Exact,
        Self::BeginsWith,
        Self::EndsWith,
        Self::Contains,
        Self::FullRegexp,
        Self::PartialRegexp,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MatchTypeUnspecified => "MATCH_TYPE_UNSPECIFIED",
            Self::Exact => "EXACT",
            Self::BeginsWith => "BEGINS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Contains => "CONTAINS",
            Self::FullRegexp => "FULL_REGEXP",
            Self::PartialRegexp => "PARTIAL_REGEXP",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MATCH_TYPE_UNSPECIFIED" => Self::MatchTypeUnspecified,
            "EXACT" => Self::Exact,
            "BEGINS_WITH" => Self::BeginsWith,
            "ENDS_WITH" => Self::EndsWith,
            "CONTAINS" => Self::Contains,
            "FULL_REGEXP" => Self::FullRegexp,
            "PARTIAL_REGEXP" => Self::PartialRegexp,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StringFilterMatchType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StringFilterMatchType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// An audience dimension is a user attribute. Specific user attributed are requested and then later returned in the `QueryAudienceExportResponse`.
///
/// Schema `V1betaAudienceDimension`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1betaAudienceDimension {
    /// Optional. The API name of the dimension. See the [API Dimensions](https://developers.google.com/analytics/devguides/reporting/data/v1/audience-list-api-schema#dimensions) for the list of dimension names.
    ///
    /// JSON `dimensionName`: string.
    pub dimension_name: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// The value of a dimension.
///
/// Schema `V1betaAudienceDimensionValue`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1betaAudienceDimensionValue {
    /// Value as a string if the dimension type is a string.
    ///
    /// JSON `value`: string.
    pub value: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
/// Dimension value attributes for the audience user row.
///
/// Schema `V1betaAudienceRow`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1betaAudienceRow {
    /// Each dimension value attribute for an audience user. One dimension value will be added for each dimension column requested.
    ///
    /// JSON `dimensionValues`: array of `V1betaAudienceDimensionValue`.
    pub dimension_values: ::core::option::Option<
        ::std::vec::Vec<V1betaAudienceDimensionValue>,
    >,
    /// Keys this version of the schema does not know, and explicit `null`s of the keys it
    /// knows, kept so that they survive a round trip.
    pub unknown_fields: rt::wire::UnknownFields,
}
