// @generated from schema/ga4_data/v1beta.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Accesses report data in Google Analytics. Warning: Creating multiple Customer Applications, Accounts, or Projects to simulate or act as a single Customer Application, Account, or Project (respectively) or to circumvent Service-specific usage limits or quotas is a direct violation of Google Cloud Platform Terms of Service as well as Google APIs Terms of Service. These actions can result in immediate termination of your GCP project(s) without any warning.
//!
//! Google Analytics Data API, generated from `schema/ga4_data/v1beta.json` (Discovery document `analyticsdata:v1beta`, canonical sha256 `6fc4de570bea7b3452b3407d0c71c9033300693188357f25297c99a79ce97b3a`).
use crate as rt;
pub mod methods;
pub mod types;
/// Where the API is served.
pub const BASE_URL: &str = "https://analyticsdata.googleapis.com/";
/// Every type of the document by name (inline enums by their generated name), with a
/// function that decodes a value of it and encodes it again.
pub static SCHEMAS: &[rt::method::SchemaEntry] = &[
    rt::method::SchemaEntry {
        name: "ActiveMetricRestriction",
        reencode: rt::wire::reencode::<types::ActiveMetricRestriction>,
    },
    rt::method::SchemaEntry {
        name: "ActiveMetricRestrictionRestrictedMetricTypes",
        reencode: rt::wire::reencode::<
            types::ActiveMetricRestrictionRestrictedMetricTypes,
        >,
    },
    rt::method::SchemaEntry {
        name: "AudienceExport",
        reencode: rt::wire::reencode::<types::AudienceExport>,
    },
    rt::method::SchemaEntry {
        name: "AudienceExportState",
        reencode: rt::wire::reencode::<types::AudienceExportState>,
    },
    rt::method::SchemaEntry {
        name: "AudienceListMetadata",
        reencode: rt::wire::reencode::<types::AudienceListMetadata>,
    },
    rt::method::SchemaEntry {
        name: "BatchRunPivotReportsRequest",
        reencode: rt::wire::reencode::<types::BatchRunPivotReportsRequest>,
    },
    rt::method::SchemaEntry {
        name: "BatchRunPivotReportsResponse",
        reencode: rt::wire::reencode::<types::BatchRunPivotReportsResponse>,
    },
    rt::method::SchemaEntry {
        name: "BatchRunReportsRequest",
        reencode: rt::wire::reencode::<types::BatchRunReportsRequest>,
    },
    rt::method::SchemaEntry {
        name: "BatchRunReportsResponse",
        reencode: rt::wire::reencode::<types::BatchRunReportsResponse>,
    },
    rt::method::SchemaEntry {
        name: "BetweenFilter",
        reencode: rt::wire::reencode::<types::BetweenFilter>,
    },
    rt::method::SchemaEntry {
        name: "CaseExpression",
        reencode: rt::wire::reencode::<types::CaseExpression>,
    },
    rt::method::SchemaEntry {
        name: "CheckCompatibilityRequest",
        reencode: rt::wire::reencode::<types::CheckCompatibilityRequest>,
    },
    rt::method::SchemaEntry {
        name: "CheckCompatibilityRequestCompatibilityFilter",
        reencode: rt::wire::reencode::<
            types::CheckCompatibilityRequestCompatibilityFilter,
        >,
    },
    rt::method::SchemaEntry {
        name: "CheckCompatibilityResponse",
        reencode: rt::wire::reencode::<types::CheckCompatibilityResponse>,
    },
    rt::method::SchemaEntry {
        name: "Cohort",
        reencode: rt::wire::reencode::<types::Cohort>,
    },
    rt::method::SchemaEntry {
        name: "CohortReportSettings",
        reencode: rt::wire::reencode::<types::CohortReportSettings>,
    },
    rt::method::SchemaEntry {
        name: "CohortSpec",
        reencode: rt::wire::reencode::<types::CohortSpec>,
    },
    rt::method::SchemaEntry {
        name: "CohortsRange",
        reencode: rt::wire::reencode::<types::CohortsRange>,
    },
    rt::method::SchemaEntry {
        name: "CohortsRangeGranularity",
        reencode: rt::wire::reencode::<types::CohortsRangeGranularity>,
    },
    rt::method::SchemaEntry {
        name: "Comparison",
        reencode: rt::wire::reencode::<types::Comparison>,
    },
    rt::method::SchemaEntry {
        name: "ComparisonMetadata",
        reencode: rt::wire::reencode::<types::ComparisonMetadata>,
    },
    rt::method::SchemaEntry {
        name: "ConcatenateExpression",
        reencode: rt::wire::reencode::<types::ConcatenateExpression>,
    },
    rt::method::SchemaEntry {
        name: "DateRange",
        reencode: rt::wire::reencode::<types::DateRange>,
    },
    rt::method::SchemaEntry {
        name: "Dimension",
        reencode: rt::wire::reencode::<types::Dimension>,
    },
    rt::method::SchemaEntry {
        name: "DimensionCompatibility",
        reencode: rt::wire::reencode::<types::DimensionCompatibility>,
    },
    rt::method::SchemaEntry {
        name: "DimensionCompatibilityCompatibility",
        reencode: rt::wire::reencode::<types::DimensionCompatibilityCompatibility>,
    },
    rt::method::SchemaEntry {
        name: "DimensionExpression",
        reencode: rt::wire::reencode::<types::DimensionExpression>,
    },
    rt::method::SchemaEntry {
        name: "DimensionHeader",
        reencode: rt::wire::reencode::<types::DimensionHeader>,
    },
    rt::method::SchemaEntry {
        name: "DimensionMetadata",
        reencode: rt::wire::reencode::<types::DimensionMetadata>,
    },
    rt::method::SchemaEntry {
        name: "DimensionOrderBy",
        reencode: rt::wire::reencode::<types::DimensionOrderBy>,
    },
    rt::method::SchemaEntry {
        name: "DimensionOrderByOrderType",
        reencode: rt::wire::reencode::<types::DimensionOrderByOrderType>,
    },
    rt::method::SchemaEntry {
        name: "DimensionValue",
        reencode: rt::wire::reencode::<types::DimensionValue>,
    },
    rt::method::SchemaEntry {
        name: "EmptyFilter",
        reencode: rt::wire::reencode::<types::EmptyFilter>,
    },
    rt::method::SchemaEntry {
        name: "Filter",
        reencode: rt::wire::reencode::<types::Filter>,
    },
    rt::method::SchemaEntry {
        name: "FilterExpression",
        reencode: rt::wire::reencode::<types::FilterExpression>,
    },
    rt::method::SchemaEntry {
        name: "FilterExpressionList",
        reencode: rt::wire::reencode::<types::FilterExpressionList>,
    },
    rt::method::SchemaEntry {
        name: "InListFilter",
        reencode: rt::wire::reencode::<types::InListFilter>,
    },
    rt::method::SchemaEntry {
        name: "ListAudienceExportsResponse",
        reencode: rt::wire::reencode::<types::ListAudienceExportsResponse>,
    },
    rt::method::SchemaEntry {
        name: "Metadata",
        reencode: rt::wire::reencode::<types::Metadata>,
    },
    rt::method::SchemaEntry {
        name: "Metric",
        reencode: rt::wire::reencode::<types::Metric>,
    },
    rt::method::SchemaEntry {
        name: "MetricCompatibility",
        reencode: rt::wire::reencode::<types::MetricCompatibility>,
    },
    rt::method::SchemaEntry {
        name: "MetricCompatibilityCompatibility",
        reencode: rt::wire::reencode::<types::MetricCompatibilityCompatibility>,
    },
    rt::method::SchemaEntry {
        name: "MetricHeader",
        reencode: rt::wire::reencode::<types::MetricHeader>,
    },
    rt::method::SchemaEntry {
        name: "MetricHeaderType",
        reencode: rt::wire::reencode::<types::MetricHeaderType>,
    },
    rt::method::SchemaEntry {
        name: "MetricMetadata",
        reencode: rt::wire::reencode::<types::MetricMetadata>,
    },
    rt::method::SchemaEntry {
        name: "MetricMetadataBlockedReasons",
        reencode: rt::wire::reencode::<types::MetricMetadataBlockedReasons>,
    },
    rt::method::SchemaEntry {
        name: "MetricMetadataType",
        reencode: rt::wire::reencode::<types::MetricMetadataType>,
    },
    rt::method::SchemaEntry {
        name: "MetricOrderBy",
        reencode: rt::wire::reencode::<types::MetricOrderBy>,
    },
    rt::method::SchemaEntry {
        name: "MetricValue",
        reencode: rt::wire::reencode::<types::MetricValue>,
    },
    rt::method::SchemaEntry {
        name: "MinuteRange",
        reencode: rt::wire::reencode::<types::MinuteRange>,
    },
    rt::method::SchemaEntry {
        name: "NumericFilter",
        reencode: rt::wire::reencode::<types::NumericFilter>,
    },
    rt::method::SchemaEntry {
        name: "NumericFilterOperation",
        reencode: rt::wire::reencode::<types::NumericFilterOperation>,
    },
    rt::method::SchemaEntry {
        name: "NumericValue",
        reencode: rt::wire::reencode::<types::NumericValue>,
    },
    rt::method::SchemaEntry {
        name: "Operation",
        reencode: rt::wire::reencode::<types::Operation>,
    },
    rt::method::SchemaEntry {
        name: "OrderBy",
        reencode: rt::wire::reencode::<types::OrderBy>,
    },
    rt::method::SchemaEntry {
        name: "Pivot",
        reencode: rt::wire::reencode::<types::Pivot>,
    },
    rt::method::SchemaEntry {
        name: "PivotDimensionHeader",
        reencode: rt::wire::reencode::<types::PivotDimensionHeader>,
    },
    rt::method::SchemaEntry {
        name: "PivotHeader",
        reencode: rt::wire::reencode::<types::PivotHeader>,
    },
    rt::method::SchemaEntry {
        name: "PivotMetricAggregations",
        reencode: rt::wire::reencode::<types::PivotMetricAggregations>,
    },
    rt::method::SchemaEntry {
        name: "PivotOrderBy",
        reencode: rt::wire::reencode::<types::PivotOrderBy>,
    },
    rt::method::SchemaEntry {
        name: "PivotSelection",
        reencode: rt::wire::reencode::<types::PivotSelection>,
    },
    rt::method::SchemaEntry {
        name: "PropertyQuota",
        reencode: rt::wire::reencode::<types::PropertyQuota>,
    },
    rt::method::SchemaEntry {
        name: "QueryAudienceExportRequest",
        reencode: rt::wire::reencode::<types::QueryAudienceExportRequest>,
    },
    rt::method::SchemaEntry {
        name: "QueryAudienceExportResponse",
        reencode: rt::wire::reencode::<types::QueryAudienceExportResponse>,
    },
    rt::method::SchemaEntry {
        name: "QuotaStatus",
        reencode: rt::wire::reencode::<types::QuotaStatus>,
    },
    rt::method::SchemaEntry {
        name: "ResponseMetaData",
        reencode: rt::wire::reencode::<types::ResponseMetaData>,
    },
    rt::method::SchemaEntry {
        name: "Row",
        reencode: rt::wire::reencode::<types::Row>,
    },
    rt::method::SchemaEntry {
        name: "RunPivotReportRequest",
        reencode: rt::wire::reencode::<types::RunPivotReportRequest>,
    },
    rt::method::SchemaEntry {
        name: "RunPivotReportResponse",
        reencode: rt::wire::reencode::<types::RunPivotReportResponse>,
    },
    rt::method::SchemaEntry {
        name: "RunRealtimeReportRequest",
        reencode: rt::wire::reencode::<types::RunRealtimeReportRequest>,
    },
    rt::method::SchemaEntry {
        name: "RunRealtimeReportRequestMetricAggregations",
        reencode: rt::wire::reencode::<types::RunRealtimeReportRequestMetricAggregations>,
    },
    rt::method::SchemaEntry {
        name: "RunRealtimeReportResponse",
        reencode: rt::wire::reencode::<types::RunRealtimeReportResponse>,
    },
    rt::method::SchemaEntry {
        name: "RunReportRequest",
        reencode: rt::wire::reencode::<types::RunReportRequest>,
    },
    rt::method::SchemaEntry {
        name: "RunReportRequestMetricAggregations",
        reencode: rt::wire::reencode::<types::RunReportRequestMetricAggregations>,
    },
    rt::method::SchemaEntry {
        name: "RunReportResponse",
        reencode: rt::wire::reencode::<types::RunReportResponse>,
    },
    rt::method::SchemaEntry {
        name: "SamplingMetadata",
        reencode: rt::wire::reencode::<types::SamplingMetadata>,
    },
    rt::method::SchemaEntry {
        name: "SchemaRestrictionResponse",
        reencode: rt::wire::reencode::<types::SchemaRestrictionResponse>,
    },
    rt::method::SchemaEntry {
        name: "Status",
        reencode: rt::wire::reencode::<types::Status>,
    },
    rt::method::SchemaEntry {
        name: "StringFilter",
        reencode: rt::wire::reencode::<types::StringFilter>,
    },
    rt::method::SchemaEntry {
        name: "StringFilterMatchType",
        reencode: rt::wire::reencode::<types::StringFilterMatchType>,
    },
    rt::method::SchemaEntry {
        name: "V1betaAudienceDimension",
        reencode: rt::wire::reencode::<types::V1betaAudienceDimension>,
    },
    rt::method::SchemaEntry {
        name: "V1betaAudienceDimensionValue",
        reencode: rt::wire::reencode::<types::V1betaAudienceDimensionValue>,
    },
    rt::method::SchemaEntry {
        name: "V1betaAudienceRow",
        reencode: rt::wire::reencode::<types::V1betaAudienceRow>,
    },
];
