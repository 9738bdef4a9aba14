// @generated from schema/ga4_data/v1beta.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The methods of Google Analytics Data API v1beta (`schema/ga4_data/v1beta.json`): per method a unit struct implementing `Method` and the
//! struct of its path and query parameters; the `METHODS` table.
/// Creates an audience export for later retrieval. This method quickly returns the audience export's resource name and initiates a long running asynchronous request to form an audience export. To export the users in an audience export, first create the audience export through this method and then send the audience resource name to the `QueryAudienceExport` method. See [Creating an Audience Export](https://developers.google.com/analytics/devguides/reporting/data/v1/audience-list-basics) for an introduction to Audience Exports with examples. An audience export is a snapshot of the users currently in the audience at the time of audience export creation. Creating audience exports for one audience on different days will return different results as users enter and exit the audience. Audiences in Google Analytics 4 allow you to segment your users in the ways that are important to your business. To learn more, see https://support.google.com/analytics/answer/9267572. Audience exports contain the users in each audience. Audience Export APIs have some methods at alpha and other methods at beta stability. The intention is to advance methods to beta stability after some feedback and adoption. To give your feedback on this API, complete the [Google Analytics Audience Export API Feedback](https://forms.gle/EeA5u5LW6PEggtCEA) form.
///
/// `POST v1beta/{+parent}/audienceExports`; quota category core (createAudienceExports); returns long-running Operation (`analyticsdata.properties.audienceExports.create`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AudienceExportsCreate;
/// The path and query parameters of [`AudienceExportsCreate`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceExportsCreateParams {
    /// Required. The parent resource where this audience export will be created. Format: `properties/{property}`
    ///
    /// The path parameter `parent` (string, matching `^properties/[^/]+$`).
    pub parent: ::std::string::String,
}
impl crate::method::Method for AudienceExportsCreate {
    type Params = AudienceExportsCreateParams;
    type Request = super::types::AudienceExport;
    type Response = super::types::Operation;
    const NAME: &'static str = "audienceExports.create";
    const ID: &'static str = "analyticsdata.properties.audienceExports.create";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+parent}/audienceExports";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &AudienceExportsCreateParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("parent", params.parent.as_str()),]
    }
    fn query(
        params: &AudienceExportsCreateParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Gets configuration metadata about a specific audience export. This method can be used to understand an audience export after it has been created. See [Creating an Audience Export](https://developers.google.com/analytics/devguides/reporting/data/v1/audience-list-basics) for an introduction to Audience Exports with examples. Audience Export APIs have some methods at alpha and other methods at beta stability. The intention is to advance methods to beta stability after some feedback and adoption. To give your feedback on this API, complete the [Google Analytics Audience Export API Feedback](https://forms.gle/EeA5u5LW6PEggtCEA) form.
///
/// `GET v1beta/{+name}`; quota category: not listed on quotas page (`analyticsdata.properties.audienceExports.get`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AudienceExportsGet;
/// The path and query parameters of [`AudienceExportsGet`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceExportsGetParams {
    /// Required. The audience export resource name. Format: `properties/{property}/audienceExports/{audience_export}`
    ///
    /// The path parameter `name` (string, matching `^properties/[^/]+/audienceExports/[^/]+$`).
    pub name: ::std::string::String,
}
impl crate::method::Method for AudienceExportsGet {
    type Params = AudienceExportsGetParams;
    type Request = crate::method::NoBody;
    type Response = super::types::AudienceExport;
    const NAME: &'static str = "audienceExports.get";
    const ID: &'static str = "analyticsdata.properties.audienceExports.get";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Get;
    const PATH: &'static str = "v1beta/{+name}";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::None;
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &AudienceExportsGetParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("name", params.name.as_str()),]
    }
    fn query(
        params: &AudienceExportsGetParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Lists all audience exports for a property. This method can be used for you to find and reuse existing audience exports rather than creating unnecessary new audience exports. The same audience can have multiple audience exports that represent the export of users that were in an audience on different days. See [Creating an Audience Export](https://developers.google.com/analytics/devguides/reporting/data/v1/audience-list-basics) for an introduction to Audience Exports with examples. Audience Export APIs have some methods at alpha and other methods at beta stability. The intention is to advance methods to beta stability after some feedback and adoption. To give your feedback on this API, complete the [Google Analytics Audience Export API Feedback](https://forms.gle/EeA5u5LW6PEggtCEA) form.
///
/// `GET v1beta/{+parent}/audienceExports`; quota category: not listed (pageSize<=1000, pageToken) (`analyticsdata.properties.audienceExports.list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AudienceExportsList;
/// The path and query parameters of [`AudienceExportsList`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceExportsListParams {
    /// Required. All audience exports for this property will be listed in the response. Format: `properties/{property}`
    ///
    /// The path parameter `parent` (string, matching `^properties/[^/]+$`).
    pub parent: ::std::string::String,
    /// Optional. The maximum number of audience exports to return. The service may return fewer than this value. If unspecified, at most 200 audience exports will be returned. The maximum value is 1000 (higher values will be coerced to the maximum).
    ///
    /// The query parameter `pageSize` (int32).
    pub page_size: ::core::option::Option<i32>,
    /// Optional. A page token, received from a previous `ListAudienceExports` call. Provide this to retrieve the subsequent page. When paginating, all other parameters provided to `ListAudienceExports` must match the call that provided the page token.
    ///
    /// The query parameter `pageToken` (string).
    pub page_token: ::core::option::Option<::std::string::String>,
}
impl crate::method::Method for AudienceExportsList {
    type Params = AudienceExportsListParams;
    type Request = crate::method::NoBody;
    type Response = super::types::ListAudienceExportsResponse;
    const NAME: &'static str = "audienceExports.list";
    const ID: &'static str = "analyticsdata.properties.audienceExports.list";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Get;
    const PATH: &'static str = "v1beta/{+parent}/audienceExports";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::None;
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &AudienceExportsListParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("parent", params.parent.as_str()),]
    }
    fn query(
        params: &AudienceExportsListParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let mut query = ::std::vec::Vec::new();
        if let ::core::option::Option::Some(value) = &params.page_size {
            query.push(("pageSize", ::std::string::ToString::to_string(value)));
        }
        if let ::core::option::Option::Some(value) = &params.page_token {
            query.push(("pageToken", ::std::string::ToString::to_string(value)));
        }
        query
    }
}
/// Retrieves an audience export of users. After creating an audience, the users are not immediately available for exporting. First, a request to `CreateAudienceExport` is necessary to create an audience export of users, and then second, this method is used to retrieve the users in the audience export. See [Creating an Audience Export](https://developers.google.com/analytics/devguides/reporting/data/v1/audience-list-basics) for an introduction to Audience Exports with examples. Audiences in Google Analytics 4 allow you to segment your users in the ways that are important to your business. To learn more, see https://support.google.com/analytics/answer/9267572. Audience Export APIs have some methods at alpha and other methods at beta stability. The intention is to advance methods to beta stability after some feedback and adoption. To give your feedback on this API, complete the [Google Analytics Audience Export API Feedback](https://forms.gle/EeA5u5LW6PEggtCEA) form.
///
/// `POST v1beta/{+name}:query`; quota category: not listed (offset/limit rows) (`analyticsdata.properties.audienceExports.query`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AudienceExportsQuery;
/// The path and query parameters of [`AudienceExportsQuery`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceExportsQueryParams {
    /// Required. The name of the audience export to retrieve users from. Format: `properties/{property}/audienceExports/{audience_export}`
    ///
    /// The path parameter `name` (string, matching `^properties/[^/]+/audienceExports/[^/]+$`).
    pub name: ::std::string::String,
}
impl crate::method::Method for AudienceExportsQuery {
    type Params = AudienceExportsQueryParams;
    type Request = super::types::QueryAudienceExportRequest;
    type Response = super::types::QueryAudienceExportResponse;
    const NAME: &'static str = "audienceExports.query";
    const ID: &'static str = "analyticsdata.properties.audienceExports.query";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+name}:query";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::None;
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &AudienceExportsQueryParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("name", params.name.as_str()),]
    }
    fn query(
        params: &AudienceExportsQueryParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Returns multiple pivot reports in a batch. All reports must be for the same Google Analytics property.
///
/// `POST v1beta/{+property}:batchRunPivotReports`; quota category core (`analyticsdata.properties.batchRunPivotReports`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchRunPivotReports;
/// The path and query parameters of [`BatchRunPivotReports`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRunPivotReportsParams {
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). This property must be specified for the batch. The property within RunPivotReportRequest may either be unspecified or consistent with this property. Example: properties/1234
    ///
    /// The path parameter `property` (string, matching `^properties/[^/]+$`).
    pub property: ::std::string::String,
}
impl crate::method::Method for BatchRunPivotReports {
    type Params = BatchRunPivotReportsParams;
    type Request = super::types::BatchRunPivotReportsRequest;
    type Response = super::types::BatchRunPivotReportsResponse;
    const NAME: &'static str = "batchRunPivotReports";
    const ID: &'static str = "analyticsdata.properties.batchRunPivotReports";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+property}:batchRunPivotReports";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &BatchRunPivotReportsParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("property", params.property.as_str()),]
    }
    fn query(
        params: &BatchRunPivotReportsParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Returns multiple reports in a batch. All reports must be for the same Google Analytics property.
///
/// `POST v1beta/{+property}:batchRunReports`; quota category core (each of <=5 reports) (`analyticsdata.properties.batchRunReports`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchRunReports;
/// The path and query parameters of [`BatchRunReports`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRunReportsParams {
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). This property must be specified for the batch. The property within RunReportRequest may either be unspecified or consistent with this property. Example: properties/1234
    ///
    /// The path parameter `property` (string, matching `^properties/[^/]+$`).
    pub property: ::std::string::String,
}
impl crate::method::Method for BatchRunReports {
    type Params = BatchRunReportsParams;
    type Request = super::types::BatchRunReportsRequest;
    type Response = super::types::BatchRunReportsResponse;
    const NAME: &'static str = "batchRunReports";
    const ID: &'static str = "analyticsdata.properties.batchRunReports";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+property}:batchRunReports";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &BatchRunReportsParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("property", params.property.as_str()),]
    }
    fn query(
        params: &BatchRunReportsParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// This compatibility method lists dimensions and metrics that can be added to a report request and maintain compatibility. This method fails if the request's dimensions and metrics are incompatible. In Google Analytics, reports fail if they request incompatible dimensions and/or metrics; in that case, you will need to remove dimensions and/or metrics from the incompatible report until the report is compatible. The Realtime and Core reports have different compatibility rules. This method checks compatibility for Core reports.
///
/// `POST v1beta/{+property}:checkCompatibility`; quota category core (`analyticsdata.properties.checkCompatibility`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CheckCompatibility;
/// The path and query parameters of [`CheckCompatibility`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckCompatibilityParams {
    /// A Google Analytics property identifier whose events are tracked. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). `property` should be the same value as in your `runReport` request. Example: properties/1234
    ///
    /// The path parameter `property` (string, matching `^properties/[^/]+$`).
    pub property: ::std::string::String,
}
impl crate::method::Method for CheckCompatibility {
    type Params = CheckCompatibilityParams;
    type Request = super::types::CheckCompatibilityRequest;
    type Response = super::types::CheckCompatibilityResponse;
    const NAME: &'static str = "checkCompatibility";
    const ID: &'static str = "analyticsdata.properties.checkCompatibility";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+property}:checkCompatibility";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &CheckCompatibilityParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("property", params.property.as_str()),]
    }
    fn query(
        params: &CheckCompatibilityParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Returns metadata for dimensions and metrics available in reporting methods. Used to explore the dimensions and metrics. In this method, a Google Analytics property identifier is specified in the request, and the metadata response includes Custom dimensions and metrics as well as Universal metadata. For example if a custom metric with parameter name `levels_unlocked` is registered to a property, the Metadata response will contain `customEvent:levels_unlocked`. Universal metadata are dimensions and metrics applicable to any property such as `country` and `totalUsers`.
///
/// `GET v1beta/{+name}`; quota category core (`analyticsdata.properties.getMetadata`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetMetadata;
/// The path and query parameters of [`GetMetadata`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMetadataParams {
    /// Required. The resource name of the metadata to retrieve. This name field is specified in the URL path and not URL parameters. Property is a numeric Google Analytics property identifier. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). Example: properties/1234/metadata Set the Property ID to 0 for dimensions and metrics common to all properties. In this special mode, this method will not return custom dimensions and metrics.
    ///
    /// The path parameter `name` (string, matching `^properties/[^/]+/metadata$`).
    pub name: ::std::string::String,
}
impl crate::method::Method for GetMetadata {
    type Params = GetMetadataParams;
    type Request = crate::method::NoBody;
    type Response = super::types::Metadata;
    const NAME: &'static str = "getMetadata";
    const ID: &'static str = "analyticsdata.properties.getMetadata";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Get;
    const PATH: &'static str = "v1beta/{+name}";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(params: &GetMetadataParams) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("name", params.name.as_str()),]
    }
    fn query(
        params: &GetMetadataParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Returns a customized pivot report of your Google Analytics event data. Pivot reports are more advanced and expressive formats than regular reports. In a pivot report, dimensions are only visible if they are included in a pivot. Multiple pivots can be specified to further dissect your data.
///
/// `POST v1beta/{+property}:runPivotReport`; quota category core (`analyticsdata.properties.runPivotReport`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunPivotReport;
/// The path and query parameters of [`RunPivotReport`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunPivotReportParams {
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). Within a batch request, this property should either be unspecified or consistent with the batch-level property. Example: properties/1234
    ///
    /// The path parameter `property` (string, matching `^properties/[^/]+$`).
    pub property: ::std::string::String,
}
impl crate::method::Method for RunPivotReport {
    type Params = RunPivotReportParams;
    type Request = super::types::RunPivotReportRequest;
    type Response = super::types::RunPivotReportResponse;
    const NAME: &'static str = "runPivotReport";
    const ID: &'static str = "analyticsdata.properties.runPivotReport";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+property}:runPivotReport";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &RunPivotReportParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("property", params.property.as_str()),]
    }
    fn query(
        params: &RunPivotReportParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Returns a customized report of realtime event data for your property. Events appear in realtime reports seconds after they have been sent to the Google Analytics. Realtime reports show events and usage data for the periods of time ranging from the present moment to 30 minutes ago (up to 60 minutes for Google Analytics 360 properties). For a guide to constructing realtime requests & understanding responses, see [Creating a Realtime Report](https://developers.google.com/analytics/devguides/reporting/data/v1/realtime-basics).
///
/// `POST v1beta/{+property}:runRealtimeReport`; quota category realtime (`analyticsdata.properties.runRealtimeReport`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunRealtimeReport;
/// The path and query parameters of [`RunRealtimeReport`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunRealtimeReportParams {
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). Example: properties/1234
    ///
    /// The path parameter `property` (string, matching `^properties/[^/]+$`).
    pub property: ::std::string::String,
}
impl crate::method::Method for RunRealtimeReport {
    type Params = RunRealtimeReportParams;
    type Request = super::types::RunRealtimeReportRequest;
    type Response = super::types::RunRealtimeReportResponse;
    const NAME: &'static str = "runRealtimeReport";
    const ID: &'static str = "analyticsdata.properties.runRealtimeReport";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+property}:runRealtimeReport";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Realtime,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(
        params: &RunRealtimeReportParams,
    ) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("property", params.property.as_str()),]
    }
    fn query(
        params: &RunRealtimeReportParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Returns a customized report of your Google Analytics event data. Reports contain statistics derived from data collected by the Google Analytics tracking code. The data returned from the API is as a table with columns for the requested dimensions and metrics. Metrics are individual measurements of user activity on your property, such as active users or event count. Dimensions break down metrics across some common criteria, such as country or event name. For a guide to constructing requests & understanding responses, see [Creating a Report](https://developers.google.com/analytics/devguides/reporting/data/v1/basics).
///
/// `POST v1beta/{+property}:runReport`; quota category core (`analyticsdata.properties.runReport`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunReport;
/// The path and query parameters of [`RunReport`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunReportParams {
    /// A Google Analytics property identifier whose events are tracked. Specified in the URL path and not the body. To learn more, see [where to find your Property ID](https://developers.google.com/analytics/devguides/reporting/data/v1/property-id). Within a batch request, this property should either be unspecified or consistent with the batch-level property. Example: properties/1234
    ///
    /// The path parameter `property` (string, matching `^properties/[^/]+$`).
    pub property: ::std::string::String,
}
impl crate::method::Method for RunReport {
    type Params = RunReportParams;
    type Request = super::types::RunReportRequest;
    type Response = super::types::RunReportResponse;
    const NAME: &'static str = "runReport";
    const ID: &'static str = "analyticsdata.properties.runReport";
    const HTTP_METHOD: crate::method::HttpMethod = crate::method::HttpMethod::Post;
    const PATH: &'static str = "v1beta/{+property}:runReport";
    const BASE_URL: &'static str = "https://analyticsdata.googleapis.com/";
    const QUOTA_CATEGORY: ::core::option::Option<crate::method::QuotaCategory> = ::core::option::Option::Some(
        crate::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.googleapis.com/auth/analytics",
        "https://www.googleapis.com/auth/analytics.readonly",
    ];
    fn path_values(params: &RunReportParams) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("property", params.property.as_str()),]
    }
    fn query(
        params: &RunReportParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Every method, sorted by name.
pub static METHODS: &[crate::method::MethodEntry] = &[
    crate::method::MethodEntry {
        name: "audienceExports.create",
        id: "analyticsdata.properties.audienceExports.create",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+parent}/audienceExports",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::Some("AudienceExport"),
        response_type: ::core::option::Option::Some("Operation"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::AudienceExport>,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::Operation>,
        ),
    },
    crate::method::MethodEntry {
        name: "audienceExports.get",
        id: "analyticsdata.properties.audienceExports.get",
        http_method: crate::method::HttpMethod::Get,
        path: "v1beta/{+name}",
        quota_category: ::core::option::Option::None,
        request_type: ::core::option::Option::None,
        response_type: ::core::option::Option::Some("AudienceExport"),
        request: ::core::option::Option::None,
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::AudienceExport>,
        ),
    },
    crate::method::MethodEntry {
        name: "audienceExports.list",
        id: "analyticsdata.properties.audienceExports.list",
        http_method: crate::method::HttpMethod::Get,
        path: "v1beta/{+parent}/audienceExports",
        quota_category: ::core::option::Option::None,
        request_type: ::core::option::Option::None,
        response_type: ::core::option::Option::Some("ListAudienceExportsResponse"),
        request: ::core::option::Option::None,
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::ListAudienceExportsResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "audienceExports.query",
        id: "analyticsdata.properties.audienceExports.query",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+name}:query",
        quota_category: ::core::option::Option::None,
        request_type: ::core::option::Option::Some("QueryAudienceExportRequest"),
        response_type: ::core::option::Option::Some("QueryAudienceExportResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::QueryAudienceExportRequest,
            >,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::QueryAudienceExportResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "batchRunPivotReports",
        id: "analyticsdata.properties.batchRunPivotReports",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+property}:batchRunPivotReports",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::Some("BatchRunPivotReportsRequest"),
        response_type: ::core::option::Option::Some("BatchRunPivotReportsResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::BatchRunPivotReportsRequest,
            >,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::BatchRunPivotReportsResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "batchRunReports",
        id: "analyticsdata.properties.batchRunReports",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+property}:batchRunReports",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::Some("BatchRunReportsRequest"),
        response_type: ::core::option::Option::Some("BatchRunReportsResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::BatchRunReportsRequest,
            >,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::BatchRunReportsResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "checkCompatibility",
        id: "analyticsdata.properties.checkCompatibility",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+property}:checkCompatibility",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::Some("CheckCompatibilityRequest"),
        response_type: ::core::option::Option::Some("CheckCompatibilityResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::CheckCompatibilityRequest,
            >,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::CheckCompatibilityResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "getMetadata",
        id: "analyticsdata.properties.getMetadata",
        http_method: crate::method::HttpMethod::Get,
        path: "v1beta/{+name}",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::None,
        response_type: ::core::option::Option::Some("Metadata"),
        request: ::core::option::Option::None,
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::Metadata>,
        ),
    },
    crate::method::MethodEntry {
        name: "runPivotReport",
        id: "analyticsdata.properties.runPivotReport",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+property}:runPivotReport",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::Some("RunPivotReportRequest"),
        response_type: ::core::option::Option::Some("RunPivotReportResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::RunPivotReportRequest,
            >,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::RunPivotReportResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "runRealtimeReport",
        id: "analyticsdata.properties.runRealtimeReport",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+property}:runRealtimeReport",
        quota_category: ::core::option::Option::Some(
            crate::method::QuotaCategory::Realtime,
        ),
        request_type: ::core::option::Option::Some("RunRealtimeReportRequest"),
        response_type: ::core::option::Option::Some("RunRealtimeReportResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::RunRealtimeReportRequest,
            >,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<
                super::types::RunRealtimeReportResponse,
            >,
        ),
    },
    crate::method::MethodEntry {
        name: "runReport",
        id: "analyticsdata.properties.runReport",
        http_method: crate::method::HttpMethod::Post,
        path: "v1beta/{+property}:runReport",
        quota_category: ::core::option::Option::Some(crate::method::QuotaCategory::Core),
        request_type: ::core::option::Option::Some("RunReportRequest"),
        response_type: ::core::option::Option::Some("RunReportResponse"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::RunReportRequest>,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::RunReportResponse>,
        ),
    },
];
