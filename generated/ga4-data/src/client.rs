//! The typed client: one method per API method over the runtime's [`GoogleClient`] (auth,
//! retries, the quota governor), requests checked before sending, and `runReport` paged into
//! typed rows.
//!
//! ```no_run
//! # async fn example() -> Result<(), yandex_direct_runtime::Error> {
//! use ga4_data::client::{Ga4Client, PropertyId};
//! use ga4_data::types::{DateRange, Dimension, Metric, RunReportRequest};
//! use yandex_direct_runtime::google::{GoogleAuth, GoogleClient};
//!
//! let client = Ga4Client::new(GoogleClient::builder(GoogleAuth::from_env()?).build()?);
//! let request = RunReportRequest {
//!     dimensions: Some(vec![Dimension { name: Some("date".into()), ..Default::default() }]),
//!     metrics: Some(vec![Metric { name: Some("activeUsers".into()), ..Default::default() }]),
//!     date_ranges: Some(vec![DateRange {
//!         start_date: Some("7daysAgo".into()),
//!         end_date: Some("today".into()),
//!         ..Default::default()
//!     }]),
//!     ..Default::default()
//! };
//! let mut pages = client.report_pages(PropertyId(1234), request)?;
//! while let Some(page) = pages.next_page().await? {
//!     for row in &page.rows {
//!         println!("{} {:?}", row.dimensions[0], row.metrics[0].integer());
//!     }
//! }
//! # Ok(())
//! # }
//! ```

use std::collections::HashMap;
use std::sync::Arc;

use futures_core::Stream;
use futures_util::TryStreamExt;
use yandex_direct_runtime::google::{GoogleCall, GoogleClient, GoogleResponse};
use yandex_direct_runtime::governor::Figure;
use yandex_direct_runtime::Error;

use crate::check::{self as limits, DEFAULT_LIMIT};
pub use crate::check::{PropertyId, RequestCheckError};
use crate::method::{HttpMethod, Method};
use crate::methods::*;
use crate::names::MetadataNames;
use crate::types::{
    AudienceExport, BatchRunPivotReportsRequest, BatchRunPivotReportsResponse,
    BatchRunReportsRequest, BatchRunReportsResponse, CheckCompatibilityRequest,
    CheckCompatibilityResponse, ListAudienceExportsResponse, Metadata, MetricHeaderType, Operation,
    QueryAudienceExportRequest, QueryAudienceExportResponse, ResponseMetaData, Row,
    RunPivotReportRequest, RunPivotReportResponse, RunRealtimeReportRequest,
    RunRealtimeReportResponse, RunReportRequest, RunReportResponse,
};

/// A refusal before sending, as the runtime's error (`Error::InvalidRequest`).
fn refused(error: RequestCheckError) -> Error {
    Error::InvalidRequest(error.to_string())
}

/// The GA4 Data API client. Cheap to clone: clones share the connection pool, the token and the
/// governor.
#[derive(Debug, Clone)]
pub struct Ga4Client {
    google: GoogleClient,
    /// Check dimension and metric names against the property's metadata before sending.
    check_names: bool,
    /// The names of each property's `getMetadata`, fetched once (the lock is held across the
    /// fetch, so that callers at once share one fetch).
    metadata_names: Arc<futures_util::lock::Mutex<HashMap<PropertyId, Arc<MetadataNames>>>>,
}

impl Ga4Client {
    /// A client making its calls through `google`.
    pub fn new(google: GoogleClient) -> Self {
        Ga4Client {
            google,
            check_names: false,
            metadata_names: Arc::default(),
        }
    }

    /// The same client checking, before sending, every dimension and metric name of
    /// `runReport`, `runPivotReport` and their batches against the property's `getMetadata`
    /// (custom dimensions included), fetched on first use and kept for the client's life
    /// ([`Ga4Client::metadata_names`]). An unknown name is refused before sending, with the
    /// closest known name when there is one.
    pub fn with_name_check(mut self) -> Self {
        self.check_names = true;
        self
    }

    /// The dimension and metric names of `property`: its `getMetadata`, fetched once per
    /// property and shared by the clones of this client.
    pub async fn metadata_names(&self, property: PropertyId) -> Result<Arc<MetadataNames>, Error> {
        let mut cache = self.metadata_names.lock().await;
        if let Some(names) = cache.get(&property) {
            return Ok(names.clone());
        }
        let metadata = self.get_metadata(property).await?;
        let names = Arc::new(MetadataNames::from_metadata(&metadata.result));
        cache.insert(property, names.clone());
        Ok(names)
    }

    /// Checks the names of `request` when the client checks names.
    async fn check_report_names(
        &self,
        property: PropertyId,
        request: &RunReportRequest,
    ) -> Result<(), Error> {
        if self.check_names {
            let names = self.metadata_names(property).await?;
            names.check_run_report(request).map_err(refused)?;
        }
        Ok(())
    }

    /// Checks the names of a pivot `request` when the client checks names.
    async fn check_pivot_names(
        &self,
        property: PropertyId,
        request: &RunPivotReportRequest,
    ) -> Result<(), Error> {
        if self.check_names {
            let names = self.metadata_names(property).await?;
            names.check_run_pivot_report(request).map_err(refused)?;
        }
        Ok(())
    }

    /// The underlying Google client (its governor: `client.google().governor().snapshot()`).
    pub fn google(&self) -> &GoogleClient {
        &self.google
    }

    /// Sends one call of `M`: path and query from `params`, `request` as the JSON body of a POST.
    async fn send<M: Method>(
        &self,
        params: &M::Params,
        request: Option<&M::Request>,
    ) -> Result<GoogleResponse<M::Response>, Error>
    where
        M::Response: Send,
    {
        let mut path = M::path(params).map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let query = M::query(params);
        for (i, (key, value)) in query.iter().enumerate() {
            path.push(if i == 0 { '?' } else { '&' });
            path.push_str(key);
            path.push('=');
            path.push_str(&percent_encode(value));
        }
        let call = match (M::HTTP_METHOD, request) {
            (HttpMethod::Get, _) | (_, None) => GoogleCall::get(path),
            (_, Some(request)) => {
                let body = serde_json::to_value(request)
                    .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                GoogleCall::post(path, body)
            }
        };
        self.google.call(call).await
    }

    /// `runReport`: one answer (see [`Ga4Client::report_pages`] for all the rows).
    pub async fn run_report(
        &self,
        property: PropertyId,
        request: &RunReportRequest,
    ) -> Result<GoogleResponse<RunReportResponse>, Error> {
        limits::check_run_report(request).map_err(refused)?;
        self.check_report_names(property, request).await?;
        let params = RunReportParams {
            property: property.resource(),
        };
        self.send::<RunReport>(&params, Some(request)).await
    }

    /// `runPivotReport`.
    pub async fn run_pivot_report(
        &self,
        property: PropertyId,
        request: &RunPivotReportRequest,
    ) -> Result<GoogleResponse<RunPivotReportResponse>, Error> {
        limits::check_run_pivot_report(request).map_err(refused)?;
        self.check_pivot_names(property, request).await?;
        let params = RunPivotReportParams {
            property: property.resource(),
        };
        self.send::<RunPivotReport>(&params, Some(request)).await
    }

    /// `batchRunReports`: up to 5 reports in one call.
    pub async fn batch_run_reports(
        &self,
        property: PropertyId,
        request: &BatchRunReportsRequest,
    ) -> Result<GoogleResponse<BatchRunReportsResponse>, Error> {
        limits::check_batch_run_reports(request).map_err(refused)?;
        if self.check_names {
            let names = self.metadata_names(property).await?;
            for (i, one) in request.requests.iter().flatten().enumerate() {
                names
                    .check_run_report(one)
                    .map_err(|e| refused(e.inside(&format!("requests[{i}]"))))?;
            }
        }
        let params = BatchRunReportsParams {
            property: property.resource(),
        };
        self.send::<BatchRunReports>(&params, Some(request)).await
    }

    /// `batchRunPivotReports`: up to 5 pivot reports in one call.
    pub async fn batch_run_pivot_reports(
        &self,
        property: PropertyId,
        request: &BatchRunPivotReportsRequest,
    ) -> Result<GoogleResponse<BatchRunPivotReportsResponse>, Error> {
        limits::check_batch_run_pivot_reports(request).map_err(refused)?;
        if self.check_names {
            let names = self.metadata_names(property).await?;
            for (i, one) in request.requests.iter().flatten().enumerate() {
                names
                    .check_run_pivot_report(one)
                    .map_err(|e| refused(e.inside(&format!("requests[{i}]"))))?;
            }
        }
        let params = BatchRunPivotReportsParams {
            property: property.resource(),
        };
        self.send::<BatchRunPivotReports>(&params, Some(request))
            .await
    }

    /// `getMetadata`: the property's dimensions and metrics, custom ones included.
    pub async fn get_metadata(
        &self,
        property: PropertyId,
    ) -> Result<GoogleResponse<Metadata>, Error> {
        let params = GetMetadataParams {
            name: format!("{}/metadata", property.resource()),
        };
        self.send::<GetMetadata>(&params, None).await
    }

    /// `runRealtimeReport`.
    pub async fn run_realtime_report(
        &self,
        property: PropertyId,
        request: &RunRealtimeReportRequest,
    ) -> Result<GoogleResponse<RunRealtimeReportResponse>, Error> {
        limits::check_run_realtime_report(request).map_err(refused)?;
        let params = RunRealtimeReportParams {
            property: property.resource(),
        };
        self.send::<RunRealtimeReport>(&params, Some(request)).await
    }

    /// `checkCompatibility`: which dimensions and metrics go together.
    pub async fn check_compatibility(
        &self,
        property: PropertyId,
        request: &CheckCompatibilityRequest,
    ) -> Result<GoogleResponse<CheckCompatibilityResponse>, Error> {
        let params = CheckCompatibilityParams {
            property: property.resource(),
        };
        self.send::<CheckCompatibility>(&params, Some(request))
            .await
    }

    /// `audienceExports.create`: starts an export (a long-running operation).
    pub async fn create_audience_export(
        &self,
        property: PropertyId,
        export: &AudienceExport,
    ) -> Result<GoogleResponse<Operation>, Error> {
        let params = AudienceExportsCreateParams {
            parent: property.resource(),
        };
        self.send::<AudienceExportsCreate>(&params, Some(export))
            .await
    }

    /// `audienceExports.get`: one export by its id.
    pub async fn get_audience_export(
        &self,
        property: PropertyId,
        export_id: &str,
    ) -> Result<GoogleResponse<AudienceExport>, Error> {
        let params = AudienceExportsGetParams {
            name: audience_export_name(property, export_id)?,
        };
        self.send::<AudienceExportsGet>(&params, None).await
    }

    /// `audienceExports.list`: one page of the property's exports.
    pub async fn list_audience_exports(
        &self,
        property: PropertyId,
        page_size: Option<i32>,
        page_token: Option<&str>,
    ) -> Result<GoogleResponse<ListAudienceExportsResponse>, Error> {
        let params = AudienceExportsListParams {
            parent: property.resource(),
            page_size,
            page_token: page_token.map(str::to_owned),
        };
        self.send::<AudienceExportsList>(&params, None).await
    }

    /// `audienceExports.query`: the users of a finished export.
    pub async fn query_audience_export(
        &self,
        property: PropertyId,
        export_id: &str,
        request: &QueryAudienceExportRequest,
    ) -> Result<GoogleResponse<QueryAudienceExportResponse>, Error> {
        limits::check_query_audience_export(request).map_err(refused)?;
        let params = AudienceExportsQueryParams {
            name: audience_export_name(property, export_id)?,
        };
        self.send::<AudienceExportsQuery>(&params, Some(request))
            .await
    }

    /// All the rows of a `runReport`, page by page: the request's `limit` is the page size
    /// (10,000 when it has none), `offset` moves on until `rowCount` rows are read. The request
    /// is checked here, before anything is sent.
    pub fn report_pages(
        &self,
        property: PropertyId,
        request: RunReportRequest,
    ) -> Result<ReportPages, Error> {
        limits::check_run_report(&request).map_err(refused)?;
        Ok(ReportPages {
            client: self.clone(),
            property,
            page_size: request.limit.unwrap_or(DEFAULT_LIMIT),
            next_offset: request.offset.unwrap_or(0),
            request,
            done: false,
        })
    }
}

fn audience_export_name(property: PropertyId, export_id: &str) -> Result<String, Error> {
    if export_id.is_empty() || export_id.contains('/') {
        return Err(refused(RequestCheckError {
            at: "audienceExport".into(),
            reason: format!("`{export_id}` is not an audience export id"),
        }));
    }
    Ok(format!(
        "{}/audienceExports/{export_id}",
        property.resource()
    ))
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The pages of a `runReport` (see [`Ga4Client::report_pages`]).
#[derive(Debug)]
pub struct ReportPages {
    client: Ga4Client,
    property: PropertyId,
    request: RunReportRequest,
    page_size: i64,
    next_offset: i64,
    done: bool,
}

impl ReportPages {
    /// The next page, `None` once `rowCount` rows are read (or a page came back empty).
    pub async fn next_page(&mut self) -> Result<Option<ReportPage>, Error> {
        if self.done {
            return Ok(None);
        }
        let mut request = self.request.clone();
        request.limit = Some(self.page_size);
        request.offset = Some(self.next_offset);
        let answer = self.client.run_report(self.property, &request).await?;
        let page = ReportPage::new(answer.result, answer.property_quota);
        let read = page.rows.len() as i64;
        self.next_offset += read;
        self.done = read == 0
            || page
                .row_count
                .is_none_or(|row_count| self.next_offset >= row_count);
        Ok(Some(page))
    }

    /// Every row of every page, as a stream.
    pub fn into_rows(self) -> impl Stream<Item = Result<ReportRow, Error>> {
        futures_util::stream::try_unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Ok(page.map(|page| {
                let rows = page.rows.into_iter().map(Ok::<_, Error>);
                (futures_util::stream::iter(rows), pages)
            }))
        })
        .try_flatten()
    }
}

/// A report's columns: dimension names, then metric names with their types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportHeader {
    /// `dimensionHeaders[].name`, in order.
    pub dimensions: Vec<String>,
    /// `metricHeaders[]`, in order.
    pub metrics: Vec<MetricColumn>,
}

/// One metric column.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricColumn {
    /// The metric's name.
    pub name: String,
    /// Its type (`TYPE_INTEGER`, `TYPE_CURRENCY`, ...).
    pub kind: MetricHeaderType,
}

/// One page of a `runReport`: its typed rows, and everything else the answer said.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPage {
    /// The columns.
    pub header: ReportHeader,
    /// The rows of this page.
    pub rows: Vec<ReportRow>,
    /// `rowCount`: the rows of the whole report (absent for an empty report).
    pub row_count: Option<i64>,
    /// The answer without its `rows` (moved into [`ReportPage::rows`]): `metadata`, `totals`,
    /// `maximums`, `minimums`, `propertyQuota`, and any key added later.
    pub response: RunReportResponse,
    /// The quota figures of the answer.
    pub property_quota: Vec<Figure>,
}

impl ReportPage {
    /// Types the rows of `response` by its headers.
    pub fn new(mut response: RunReportResponse, property_quota: Vec<Figure>) -> Self {
        let header = ReportHeader {
            dimensions: response
                .dimension_headers
                .iter()
                .flatten()
                .map(|h| h.name.clone().unwrap_or_default())
                .collect(),
            metrics: response
                .metric_headers
                .iter()
                .flatten()
                .map(|h| MetricColumn {
                    name: h.name.clone().unwrap_or_default(),
                    kind: h
                        .type_
                        .clone()
                        .unwrap_or(MetricHeaderType::MetricTypeUnspecified),
                })
                .collect(),
        };
        let rows = response
            .rows
            .take()
            .unwrap_or_default()
            .into_iter()
            .map(|row| ReportRow::new(row, &header))
            .collect();
        ReportPage {
            row_count: response.row_count.map(i64::from),
            header,
            rows,
            response,
            property_quota,
        }
    }

    /// What the API says about the data (sampling, thresholding, data loss, currency, time
    /// zone), when it said anything.
    pub fn metadata(&self) -> Option<&ResponseMetaData> {
        self.response.metadata.as_ref()
    }

    /// Whether the data was sampled (the answer has sampling metadata).
    pub fn is_sampled(&self) -> bool {
        self.metadata()
            .and_then(|m| m.sampling_metadatas.as_ref())
            .is_some_and(|s| !s.is_empty())
    }

    /// `metadata.dataLossFromOtherRow`: some rows were folded into `(other)`.
    pub fn data_loss_from_other_row(&self) -> bool {
        self.metadata()
            .and_then(|m| m.data_loss_from_other_row)
            .unwrap_or(false)
    }

    /// `metadata.subjectToThresholding`: rows may be withheld for privacy.
    pub fn subject_to_thresholding(&self) -> bool {
        self.metadata()
            .and_then(|m| m.subject_to_thresholding)
            .unwrap_or(false)
    }

    /// `metadata.currencyCode` (ISO 4217) of the currency metrics.
    pub fn currency_code(&self) -> Option<&str> {
        self.metadata()?.currency_code.as_deref()
    }

    /// `metadata.timeZone` (IANA) of the dates.
    pub fn time_zone(&self) -> Option<&str> {
        self.metadata()?.time_zone.as_deref()
    }
}

/// One row: dimension values as text, metric values typed by their column.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportRow {
    /// The dimension values, in the order of [`ReportHeader::dimensions`].
    pub dimensions: Vec<String>,
    /// The metric values, in the order of [`ReportHeader::metrics`].
    pub metrics: Vec<MetricCell>,
}

impl ReportRow {
    fn new(row: Row, header: &ReportHeader) -> Self {
        let dimensions = row
            .dimension_values
            .unwrap_or_default()
            .into_iter()
            .map(|v| v.value.unwrap_or_default())
            .collect();
        let metrics = row
            .metric_values
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(i, v)| MetricCell {
                text: v.value,
                kind: header
                    .metrics
                    .get(i)
                    .map_or(MetricHeaderType::MetricTypeUnspecified, |column| {
                        column.kind.clone()
                    }),
            })
            .collect();
        ReportRow {
            dimensions,
            metrics,
        }
    }
}

/// One metric value: the exact text the API sent, read as a number of its column's type.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricCell {
    /// The value as sent (up to 17 significant digits, kept exactly); `None` when absent.
    pub text: Option<String>,
    /// The column's type.
    pub kind: MetricHeaderType,
}

impl MetricCell {
    /// The value as sent.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The value of a `TYPE_INTEGER` column; `None` for other types or a value that is not an
    /// integer.
    pub fn integer(&self) -> Option<i64> {
        match self.kind {
            MetricHeaderType::TypeInteger => self.text.as_deref()?.parse().ok(),
            _ => None,
        }
    }

    /// The value as `f64`, whatever the type (rounded when it has more digits than `f64`).
    pub fn float(&self) -> Option<f64> {
        self.text.as_deref()?.parse().ok()
    }

    /// The value as a JSON number written exactly as sent, when it is one (`None` for an
    /// absent value or text that is not a JSON number).
    pub fn json_number(&self) -> Option<&str> {
        let text = self.text.as_deref()?;
        serde_json::from_str::<serde_json::Number>(text)
            .ok()
            .map(|_| text)
    }
}
