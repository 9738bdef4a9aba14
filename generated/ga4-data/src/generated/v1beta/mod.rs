// @generated from schema/ga4_data/v1beta.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Accesses report data in Google Analytics. Warning: Creating multiple Customer Applications, Accounts, or Projects to simulate or act as a single Customer Application, Account, or Project (respectively) or to circumvent Service-specific usage limits or quotas is a direct violation of Google Cloud Platform Terms of Service as well as Google APIs Terms of Service. These actions can result in immediate termination of your GCP project(s) without any warning.
//!
//! Google Analytics Data API, generated from `schema/ga4_data/v1beta.json` (Discovery document `analyticsdata:v1beta`, canonical sha256 `6fc4de570bea7b3452b3407d0c71c9033300693188357f25297c99a79ce97b3a`).
use ::yandex_direct_runtime as rt;
pub mod methods;
pub mod types;
/// Where the API is served.
pub const BASE_URL: &str = "https://analyticsdata.googleapis.com/";
/// Every type of the document by name (inline enums by their generated name), with a
/// function that decodes a value of it and encodes it again.
pub static SCHEMAS: &[crate::method::SchemaEntry] = &[
    crate::method::SchemaEntry {
        name: "ActiveMetricRestriction",
        reencode: rt::wire::reencode::<types::ActiveMetricRestriction>,
    },
    crate::method::SchemaEntry {
        name: "ActiveMetricRestrictionRestrictedMetricTypes",
        reencode: rt::wire::reencode::<
            types::ActiveMetricRestrictionRestrictedMetricTypes,
        >,
    },
    crate::method::SchemaEntry {
        name: "AudienceExport",
        reencode: rt::wire::reencode::<types::AudienceExport>,
    },
    crate::method::SchemaEntry {
        name: "AudienceExportState",
        reencode: rt::wire::reencode::<types::AudienceExportState>,
    },
    crate::method::SchemaEntry {
        name: "AudienceListMetadata",
        reencode: rt::wire::reencode::<types::AudienceListMetadata>,
    },
    crate::method::SchemaEntry {
        name: "BatchRunPivotReportsRequest",
        reencode: rt::wire::reencode::<types::BatchRunPivotReportsRequest>,
    },
    crate::method::SchemaEntry {
        name: "BatchRunPivotReportsResponse",
        reencode: rt::wire::reencode::<types::BatchRunPivotReportsResponse>,
    },
    crate::method::SchemaEntry {
        name: "BatchRunReportsRequest",
        reencode: rt::wire::reencode::<types::BatchRunReportsRequest>,
    },
    crate::method::SchemaEntry {
        name: "BatchRunReportsResponse",
        reencode: rt::wire::reencode::<types::BatchRunReportsResponse>,
    },
    crate::method::SchemaEntry {
        name: "BetweenFilter",
        reencode: rt::wire::reencode::<types::BetweenFilter>,
    },
    crate::method::SchemaEntry {
        name: "CaseExpression",
        reencode: rt::wire::reencode::<types::CaseExpression>,
    },
    crate::method::SchemaEntry {
        name: "CheckCompatibilityRequest",
        reencode: rt::wire::reencode::<types::CheckCompatibilityRequest>,
    },
    crate::method::SchemaEntry {
        name: "CheckCompatibilityRequestCompatibilityFilter",
        reencode: rt::wire::reencode::<
            types::CheckCompatibilityRequestCompatibilityFilter,
        >,
    },
    crate::method::SchemaEntry {
        name: "CheckCompatibilityResponse",
        reencode: rt::wire::reencode::<types::CheckCompatibilityResponse>,
    },
    crate::method::SchemaEntry {
        name: "Cohort",
        reencode: rt::wire::reencode::<types::Cohort>,
    },
    crate::method::SchemaEntry {
        name: "CohortReportSettings",
        reencode: rt::wire::reencode::<types::CohortReportSettings>,
    },
    crate::method::SchemaEntry {
        name: "CohortSpec",
        reencode: rt::wire::reencode::<types::CohortSpec>,
    },
    crate::method::SchemaEntry {
        name: "CohortsRange",
        reencode: rt::wire::reencode::<types::CohortsRange>,
    },
    crate::method::SchemaEntry {
        name: "CohortsRangeGranularity",
        reencode: rt::wire::reencode::<types::CohortsRangeGranularity>,
    },
    crate::method::SchemaEntry {
        name: "Comparison",
        reencode: rt::wire::reencode::<types::Comparison>,
    },
    crate::method::SchemaEntry {
        name: "ComparisonMetadata",
        reencode: rt::wire::reencode::<types::ComparisonMetadata>,
    },
    crate::method::SchemaEntry {
        name: "ConcatenateExpression",
        reencode: rt::wire::reencode::<types::ConcatenateExpression>,
    },
    crate::method::SchemaEntry {
        name: "DateRange",
        reencode: rt::wire::reencode::<types::DateRange>,
    },
    crate::method::SchemaEntry {
        name: "Dimension",
        reencode: rt::wire::reencode::<types::Dimension>,
    },
    crate::method::SchemaEntry {
        name: "DimensionCompatibility",
        reencode: rt::wire::reencode::<types::DimensionCompatibility>,
    },
    crate::method::SchemaEntry {
        name: "DimensionCompatibilityCompatibility",
        reencode: rt::wire::reencode::<types::DimensionCompatibilityCompatibility>,
    },
    crate::method::SchemaEntry {
        name: "DimensionExpression",
        reencode: rt::wire::reencode::<types::DimensionExpression>,
    },
    crate::method::SchemaEntry {
        name: "DimensionHeader",
        reencode: rt::wire::reencode::<types::DimensionHeader>,
    },
    crate::method::SchemaEntry {
        name: "DimensionMetadata",
        reencode: rt::wire::reencode::<types::DimensionMetadata>,
    },
    crate::method::SchemaEntry {
        name: "DimensionOrderBy",
        reencode: rt::wire::reencode::<types::DimensionOrderBy>,
    },
    crate::method::SchemaEntry {
        name: "DimensionOrderByOrderType",
        reencode: rt::wire::reencode::<types::DimensionOrderByOrderType>,
    },
    crate::method::SchemaEntry {
        name: "DimensionValue",
        reencode: rt::wire::reencode::<types::DimensionValue>,
    },
    crate::method::SchemaEntry {
        name: "EmptyFilter",
        reencode: rt::wire::reencode::<types::EmptyFilter>,
    },
    crate::method::SchemaEntry {
        name: "Filter",
        reencode: rt::wire::reencode::<types::Filter>,
    },
    crate::method::SchemaEntry {
        name: "FilterExpression",
        reencode: rt::wire::reencode::<types::FilterExpression>,
    },
    crate::method::SchemaEntry {
        name: "FilterExpressionList",
        reencode: rt::wire::reencode::<types::FilterExpressionList>,
    },
    crate::method::SchemaEntry {
        name: "InListFilter",
        reencode: rt::wire::reencode::<types::InListFilter>,
    },
    crate::method::SchemaEntry {
        name: "ListAudienceExportsResponse",
        reencode: rt::wire::reencode::<types::ListAudienceExportsResponse>,
    },
    crate::method::SchemaEntry {
        name: "Metadata",
        reencode: rt::wire::reencode::<types::Metadata>,
    },
    crate::method::SchemaEntry {
        name: "Metric",
        reencode: rt::wire::reencode::<types::Metric>,
    },
    crate::method::SchemaEntry {
        name: "MetricCompatibility",
        reencode: rt::wire::reencode::<types::MetricCompatibility>,
    },
    crate::method::SchemaEntry {
        name: "MetricCompatibilityCompatibility",
        reencode: rt::wire::reencode::<types::MetricCompatibilityCompatibility>,
    },
    crate::method::SchemaEntry {
        name: "MetricHeader",
        reencode: rt::wire::reencode::<types::MetricHeader>,
    },
    crate::method::SchemaEntry {
        name: "MetricHeaderType",
        reencode: rt::wire::reencode::<types::MetricHeaderType>,
    },
    crate::method::SchemaEntry {
        name: "MetricMetadata",
        reencode: rt::wire::reencode::<types::MetricMetadata>,
    },
    crate::method::SchemaEntry {
        name: "MetricMetadataBlockedReasons",
        reencode: rt::wire::reencode::<types::MetricMetadataBlockedReasons>,
    },
    crate::method::SchemaEntry {
        name: "MetricMetadataType",
        reencode: rt::wire::reencode::<types::MetricMetadataType>,
    },
    crate::method::SchemaEntry {
        name: "MetricOrderBy",
        reencode: rt::wire::reencode::<types::MetricOrderBy>,
    },
    crate::method::SchemaEntry {
        name: "MetricValue",
        reencode: rt::wire::reencode::<types::MetricValue>,
    },
    crate::method::SchemaEntry {
        name: "MinuteRange",
        reencode: rt::wire::reencode::<types::MinuteRange>,
    },
    crate::method::SchemaEntry {
        name: "NumericFilter",
        reencode: rt::wire::reencode::<types::NumericFilter>,
    },
    crate::method::SchemaEntry {
        name: "NumericFilterOperation",
        reencode: rt::wire::reencode::<types::NumericFilterOperation>,
    },
    crate::method::SchemaEntry {
        name: "NumericValue",
        reencode: rt::wire::reencode::<types::NumericValue>,
    },
    crate::method::SchemaEntry {
        name: "Operation",
        reencode: rt::wire::reencode::<types::Operation>,
    },
    crate::method::SchemaEntry {
        name: "OrderBy",
        reencode: rt::wire::reencode::<types::OrderBy>,
    },
    crate::method::SchemaEntry {
        name: "Pivot",
        reencode: rt::wire::reencode::<types::Pivot>,
    },
    crate::method::SchemaEntry {
        name: "PivotDimensionHeader",
        reencode: rt::wire::reencode::<types::PivotDimensionHeader>,
    },
    crate::method::SchemaEntry {
        name: "PivotHeader",
        reencode: rt::wire::reencode::<types::PivotHeader>,
    },
    crate::method::SchemaEntry {
        name: "PivotMetricAggregations",
        reencode: rt::wire::reencode::<types::PivotMetricAggregations>,
    },
    crate::method::SchemaEntry {
        name: "PivotOrderBy",
        reencode: rt::wire::reencode::<types::PivotOrderBy>,
    },
    crate::method::SchemaEntry {
        name: "PivotSelection",
        reencode: rt::wire::reencode::<types::PivotSelection>,
    },
    crate::method::SchemaEntry {
        name: "PropertyQuota",
        reencode: rt::wire::reencode::<types::PropertyQuota>,
    },
    crate::method::SchemaEntry {
        name: "QueryAudienceExportRequest",
        reencode: rt::wire::reencode::<types::QueryAudienceExportRequest>,
    },
    crate::method::SchemaEntry {
        name: "QueryAudienceExportResponse",
        reencode: rt::wire::reencode::<types::QueryAudienceExportResponse>,
    },
    crate::method::SchemaEntry {
        name: "QuotaStatus",
        reencode: rt::wire::reencode::<types::QuotaStatus>,
    },
    crate::method::SchemaEntry {
        name: "ResponseMetaData",
        reencode: rt::wire::reencode::<types::ResponseMetaData>,
    },
    crate::method::SchemaEntry {
        name: "Row",
        reencode: rt::wire::reencode::<types::Row>,
    },
    crate::method::SchemaEntry {
        name: "RunPivotReportRequest",
        reencode: rt::wire::reencode::<types::RunPivotReportRequest>,
    },
    crate::method::SchemaEntry {
        name: "RunPivotReportResponse",
        reencode: rt::wire::reencode::<types::RunPivotReportResponse>,
    },
    crate::method::SchemaEntry {
        name: "RunRealtimeReportRequest",
        reencode: rt::wire::reencode::<types::RunRealtimeReportRequest>,
    },
    crate::method::SchemaEntry {
        name: "RunRealtimeReportRequestMetricAggregations",
        reencode: rt::wire::reencode::<types::RunRealtimeReportRequestMetricAggregations>,
    },
    crate::method::SchemaEntry {
        name: "RunRealtimeReportResponse",
        reencode: rt::wire::reencode::<types::RunRealtimeReportResponse>,
    },
    crate::method::SchemaEntry {
        name: "RunReportRequest",
        reencode: rt::wire::reencode::<types::RunReportRequest>,
    },
    crate::method::SchemaEntry {
        name: "RunReportRequestMetricAggregations",
        reencode: rt::wire::reencode::<types::RunReportRequestMetricAggregations>,
    },
    crate::method::SchemaEntry {
        name: "RunReportResponse",
        reencode: rt::wire::reencode::<types::RunReportResponse>,
    },
    crate::method::SchemaEntry {
        name: "SamplingMetadata",
        reencode: rt::wire::reencode::<types::SamplingMetadata>,
    },
    crate::method::SchemaEntry {
        name: "SchemaRestrictionResponse",
        reencode: rt::wire::reencode::<types::SchemaRestrictionResponse>,
    },
    crate::method::SchemaEntry {
        name: "Status",
        reencode: rt::wire::reencode::<types::Status>,
    },
    crate::method::SchemaEntry {
        name: "StringFilter",
        reencode: rt::wire::reencode::<types::StringFilter>,
    },
    crate::method::SchemaEntry {
        name: "StringFilterMatchType",
        reencode: rt::wire::reencode::<types::StringFilterMatchType>,
    },
    crate::method::SchemaEntry {
        name: "V1betaAudienceDimension",
        reencode: rt::wire::reencode::<types::V1betaAudienceDimension>,
    },
    crate::method::SchemaEntry {
        name: "V1betaAudienceDimensionValue",
        reencode: rt::wire::reencode::<types::V1betaAudienceDimensionValue>,
    },
    crate::method::SchemaEntry {
        name: "V1betaAudienceRow",
        reencode: rt::wire::reencode::<types::V1betaAudienceRow>,
    },
];
