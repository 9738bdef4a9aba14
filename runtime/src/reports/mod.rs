//! The Reports service at run time: [`Client::report_stream`] sends a report definition (any
//! [`ReportRequest`]; the generated `ReportDefinition` is one) to `/json/v5/reports`, waits
//! while the report is queued or being built (201/202, honouring `retryIn` within a bounded total
//! wait, telling a progress callback), and gives a [`ReportStream`] that reads the TSV body row
//! by row at constant memory, each cell typed by its column ([`Cell`]): rows as maps, as the
//! caller's own `Deserialize` structs, or written as TSV, CSV or JSON lines ([`RowWriter`]).
//! [`ReportReader`] reads a report saved in a file the same way. [`Client::report`] keeps the
//! whole report in memory, as text. Errors in either form (JSON `{"error": ...}` or XML
//! `reports:reportDownloadError`) become [`Error::Api`].

use std::time::Duration;

use serde::Serialize;

use crate::client::{Client, RawResponse};
use crate::error::{ApiError, ApiErrorBody, Error};
use crate::method::{Access, Api, MethodInfo};

#[cfg(feature = "arrow")]
pub mod arrow;
mod blocks;
mod de;
pub mod definition;
pub mod reader;
mod stream;
pub mod types;
pub mod write;

pub use definition::{
    FieldCompatibility, FieldPlace, FieldRole, FilterItem, OrderBy, Page, ReportDefinition,
    ReportDefinitionError, ReportSchema, SelectionCriteria, WireValue,
};
pub use reader::{
    no_field_types, ReadErrorKind, ReadOptions, ReportColumns, ReportReadError, ReportReader, Row,
    DEFAULT_BLOCK_BYTES, DEFAULT_MEMORY_LIMIT,
};
pub use stream::{ProgressFn, ReportProgress, ReportStatus, ReportStream};
pub use types::{
    column_type, goal_column_base, parse_cell, Cell, Decimal, FieldTypes, Money, ReportDate,
    ReportFieldType, Value,
};
pub use write::{OutputFormat, RowWriter, WriteError};

/// The endpoint of the Reports service under `/json/v5/`.
pub const ENDPOINT: &str = "reports";

/// A report definition the Reports service accepts. The generated `ReportDefinition`
/// implements it; the runtime needs only its JSON form, a local check and its column names.
pub trait ReportRequest: Serialize {
    /// Checks the definition before anything is sent (for example a field its report type
    /// does not allow); the error says what is wrong.
    fn validate(&self) -> Result<(), String>;
    /// The names of the report's columns, in order (`FieldNames`, goal columns expanded).
    fn field_names(&self) -> Vec<String>;
    /// The type of each field by name, for typing the cells (every cell is text without it).
    fn field_types(&self) -> FieldTypes {
        no_field_types
    }
    /// The `ReportName`, which identifies the report on the server: asking again with the same
    /// name and settings gets the same report (queued, being built, or ready).
    fn report_name(&self) -> Option<&str> {
        None
    }
}

/// `processingMode`: how the server builds the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProcessingMode {
    /// The server decides (the API's default).
    #[default]
    Auto,
    /// Built while the request waits.
    Online,
    /// Queued; poll until ready.
    Offline,
}

impl ProcessingMode {
    /// The header value: `auto`, `online` or `offline`.
    pub fn as_str(self) -> &'static str {
        match self {
            ProcessingMode::Auto => "auto",
            ProcessingMode::Online => "online",
            ProcessingMode::Offline => "offline",
        }
    }
}

/// How a report is asked for: the Reports request headers, and how long to wait for it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    /// `processingMode` (`auto` when `None`).
    pub processing_mode: Option<ProcessingMode>,
    /// `returnMoneyInMicros`: money in micros instead of currency units with 2 decimals.
    pub return_money_in_micros: bool,
    /// `skipReportHeader`: no title line.
    pub skip_report_header: bool,
    /// `skipColumnHeader`: no line of column names (the columns are then taken from `FieldNames`).
    pub skip_column_header: bool,
    /// `skipReportSummary`: no `Total rows: N` line.
    pub skip_report_summary: bool,
    /// The longest total time spent waiting for a queued report (the sum of the `retryIn`
    /// pauses). A pause that would go past it fails the call with [`Error::Timeout`] at once.
    pub max_wait: Duration,
    /// The pause when a 201/202 answer has no usable `retryIn` header.
    pub default_retry_in: Duration,
    /// The shortest pause between polls, whatever `retryIn` says (never below
    /// [`MIN_POLL_PAUSE`]).
    pub min_poll_pause: Duration,
    /// The most 201/202 answers followed before the call fails with [`Error::Timeout`].
    pub max_polls: u32,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            processing_mode: None,
            return_money_in_micros: false,
            skip_report_header: false,
            skip_column_header: false,
            skip_report_summary: false,
            max_wait: Duration::from_secs(600),
            default_retry_in: Duration::from_secs(5),
            min_poll_pause: Duration::from_secs(1),
            max_polls: 1_000,
        }
    }
}

impl ReportOptions {
    /// The layout of the TSV these options ask for.
    pub fn layout(&self) -> TsvLayout {
        TsvLayout {
            title: !self.skip_report_header,
            column_header: !self.skip_column_header,
            summary: !self.skip_report_summary,
        }
    }
}

/// Which optional parts a TSV report has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TsvLayout {
    /// A first line with the report's name and dates.
    pub title: bool,
    /// A line of column names.
    pub column_header: bool,
    /// A last line `Total rows: N`, checked against the rows read (a report without it is
    /// refused as cut short).
    pub summary: bool,
}

impl Default for TsvLayout {
    /// The API's default: title, column names and summary.
    fn default() -> Self {
        TsvLayout {
            title: true,
            column_header: true,
            summary: true,
        }
    }
}

/// A parsed TSV report.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// The title line, when there was one.
    pub title: Option<String>,
    /// The column names (from the header line, else from the request's `FieldNames`).
    pub columns: Vec<String>,
    /// The rows; `--` (no value) is `None`.
    pub rows: Vec<Vec<Option<String>>>,
    /// `N` of the `Total rows: N` line, when there was one.
    pub total_rows: Option<u64>,
    /// The `RequestId` response header.
    pub request_id: Option<String>,
    /// The `reportsInQueue` response header of the last answer.
    pub reports_in_queue: Option<u32>,
    /// How many 201/202 answers came before the report.
    pub polls: u32,
}

impl Report {
    /// Parses a TSV body laid out as `layout`; `columns` names the columns when the body has no
    /// header line. With a summary in the layout, the last line must be `Total rows: N` with N
    /// the rows read: otherwise the report is refused as cut short, never returned short.
    pub fn parse(body: &str, layout: TsvLayout, columns: &[String]) -> Result<Report, String> {
        let options = ReadOptions {
            layout,
            columns: columns.to_vec(),
            // Already in memory: no thread to start.
            threads: 1,
            ..ReadOptions::new(no_field_types)
        };
        let mut reader = ReportReader::new(body.as_bytes(), options);
        let mut rows = Vec::new();
        while let Some(row) = reader.next_row().map_err(|e| e.to_string())? {
            rows.push(text_cells(&row).map_err(|e| e.to_string())?);
        }
        Ok(Report {
            title: reader.title().map(str::to_owned),
            columns: reader.columns().names().to_vec(),
            rows,
            total_rows: reader.total_rows(),
            request_id: None,
            reports_in_queue: None,
            polls: 0,
        })
    }

    /// The index of the column `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The value of column `name` in row `row`; `None` when absent or `--`.
    pub fn get(&self, row: usize, name: &str) -> Option<&str> {
        let column = self.column(name)?;
        self.rows.get(row)?.get(column)?.as_deref()
    }
}

/// A row's cells as text, `--` as `None`.
fn text_cells(row: &Row<'_>) -> Result<Vec<Option<String>>, ReportReadError> {
    (0..row.len())
        .map(|i| row.text(i).map(|t| (t != "--").then(|| t.to_owned())))
        .collect()
}

/// The [`ReportReadError`] behind an error of [`ReportStream`] (a body cut short, a cell that
/// does not fit its type, ...), when it is one.
pub fn report_read_error(error: &Error) -> Option<&ReportReadError> {
    match error {
        Error::Transport {
            source: Some(source),
            ..
        } => source.downcast_ref::<ReportReadError>(),
        _ => None,
    }
}

/// The Reports service as the call path sees it: one `POST /json/v5/reports` per attempt, a
/// read (retried on temporary failures by the client's [`RetryPolicy`](crate::RetryPolicy)).
static REPORTS_METHOD: MethodInfo = MethodInfo {
    api: Api::DirectV5,
    service_name: "Reports",
    endpoint: ENDPOINT,
    method: "get",
    access: Access::Read,
    finance: false,
    finance_actions: &[],
};

/// The shortest pause between two polls of a queued report, whatever `retryIn` or the options
/// say: a server answering `retryIn: 0` must not be asked again at once, over and over.
pub const MIN_POLL_PAUSE: Duration = Duration::from_millis(50);

/// A definition made ready to send.
struct Prepared {
    body: bytes::Bytes,
    headers: Vec<(&'static str, String)>,
    read: ReadOptions,
}

fn prepare<R: ReportRequest>(definition: &R, options: &ReportOptions) -> Result<Prepared, Error> {
    definition.validate().map_err(Error::InvalidRequest)?;
    #[derive(Serialize)]
    struct Envelope<'a, R> {
        params: &'a R,
    }
    let body = serde_json::to_vec(&Envelope { params: definition })
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
    Ok(Prepared {
        body: bytes::Bytes::from(body),
        headers: options.headers(),
        read: ReadOptions {
            layout: options.layout(),
            money_in_micros: options.return_money_in_micros,
            columns: definition.field_names(),
            ..ReadOptions::new(definition.field_types())
        },
    })
}

impl Client {
    /// Gets a report into memory, every cell as text: validates `definition` (a field its
    /// report type does not allow is refused with [`Error::InvalidRequest`] before anything is
    /// sent), waits while it is queued (see [`Client::report_stream`]) and reads it whole. For
    /// typed cells and constant memory, use [`Client::report_stream`].
    pub async fn report<R: ReportRequest>(
        &self,
        definition: &R,
        options: &ReportOptions,
    ) -> Result<Report, Error> {
        let mut stream = self.report_stream(definition, options).await?;
        let mut rows = Vec::new();
        loop {
            let request_id = stream.request_id().map(str::to_owned);
            let Some(row) = stream.next_row().await? else {
                break;
            };
            rows.push(text_cells(&row).map_err(|e| stream::read_error(e, &request_id))?);
        }
        Ok(Report {
            title: stream.title().map(str::to_owned),
            columns: stream.columns().names().to_vec(),
            rows,
            total_rows: stream.total_rows(),
            request_id: stream.request_id().map(str::to_owned),
            reports_in_queue: stream.reports_in_queue(),
            polls: stream.polls(),
        })
    }

    /// Gets a report as a [`ReportStream`] of typed rows: validates `definition` before
    /// anything is sent, posts it to `/json/v5/reports` under the client's base URL, waits after
    /// each 201/202 answer (`retryIn`, never less than `options.min_poll_pause`) while the total
    /// wait stays within `options.max_wait` and the polls within `options.max_polls`, and
    /// returns as soon as the report starts to arrive.
    ///
    /// Every request goes through the same path as the other methods: the login's limit of
    /// requests in flight (the slot is held while the body downloads), the retry policy for
    /// temporary failures, the `direct.call` span, and the units figures of the answers.
    /// The server keeps a report by its `ReportName`: calling again with the same definition
    /// (after a restart, say) picks up the report already queued instead of a new one.
    pub async fn report_stream<R: ReportRequest>(
        &self,
        definition: &R,
        options: &ReportOptions,
    ) -> Result<ReportStream, Error> {
        self.report_stream_with_progress(definition, options, None)
            .await
    }

    /// [`Client::report_stream`], telling `progress` where the report is: queued (201),
    /// being built (202), downloading (bytes and rows so far, every MiB), done.
    pub async fn report_stream_with_progress<R: ReportRequest>(
        &self,
        definition: &R,
        options: &ReportOptions,
        mut progress: Option<ProgressFn>,
    ) -> Result<ReportStream, Error> {
        let prepared = prepare(definition, options)?;
        let floor = options.min_poll_pause.max(MIN_POLL_PAUSE);
        let mut waited = Duration::ZERO;
        let mut polls = 0;
        loop {
            let status = self.report_once(&prepared).await?;
            let (retry_in, reports_in_queue, building) = match status {
                ReportStatus::Ready(stream) => {
                    let mut stream = stream.with_progress(progress);
                    stream.set_polls(polls);
                    return Ok(stream);
                }
                ReportStatus::Queued {
                    retry_in,
                    reports_in_queue,
                } => (retry_in, reports_in_queue, false),
                ReportStatus::Building {
                    retry_in,
                    reports_in_queue,
                } => (retry_in, reports_in_queue, true),
            };
            polls += 1;
            let pause = retry_in.unwrap_or(options.default_retry_in).max(floor);
            if waited + pause > options.max_wait || polls > options.max_polls {
                tracing::debug!(
                    waited_ms = waited.as_millis() as u64,
                    polls,
                    "report not ready within the allowed wait"
                );
                return Err(Error::Timeout(options.max_wait));
            }
            if let Some(progress) = &mut progress {
                let event = if building {
                    ReportProgress::Building {
                        polls,
                        retry_in: pause,
                        reports_in_queue,
                    }
                } else {
                    ReportProgress::Queued {
                        polls,
                        retry_in: pause,
                        reports_in_queue,
                    }
                };
                progress(&event);
            }
            tracing::debug!(
                retry_in_ms = pause.as_millis() as u64,
                reports_in_queue,
                "report queued, waiting"
            );
            tokio::time::sleep(pause).await;
            waited += pause;
        }
    }

    /// Asks once whether the report of `definition` is ready, without waiting: the rows when
    /// it is, else where it is (queued or being built, with `retryIn`). A report the server
    /// already has under this `ReportName` and settings is not started again; like every
    /// request of the Reports service, a definition the server does not know yet is queued.
    pub async fn report_status<R: ReportRequest>(
        &self,
        definition: &R,
        options: &ReportOptions,
    ) -> Result<ReportStatus, Error> {
        let prepared = prepare(definition, options)?;
        self.report_once(&prepared).await
    }

    /// One request of a report (retried by the policy on temporary failures).
    async fn report_once(&self, prepared: &Prepared) -> Result<ReportStatus, Error> {
        let body = prepared.body.clone();
        let mut make_body = |_attempt: u32| Ok(body.clone());
        let mut outcome: Option<ReportStatus> = None;
        let read = &prepared.read;
        let mut decode = |raw: RawResponse| -> Result<(), Error> {
            outcome = Some(read_answer(raw, read)?);
            Ok(())
        };
        self.call_traced(
            &REPORTS_METHOD,
            false,
            &prepared.headers,
            &mut make_body,
            &mut decode,
        )
        .await?;
        outcome.ok_or_else(|| Error::InvalidRequest("the call ended without an answer".into()))
    }
}

impl ReportOptions {
    /// The request headers these options ask for.
    fn headers(&self) -> Vec<(&'static str, String)> {
        let flag = |b: bool| if b { "true" } else { "false" }.to_owned();
        vec![
            (
                "processingMode",
                self.processing_mode.unwrap_or_default().as_str().to_owned(),
            ),
            ("returnMoneyInMicros", flag(self.return_money_in_micros)),
            ("skipReportHeader", flag(self.skip_report_header)),
            ("skipColumnHeader", flag(self.skip_column_header)),
            ("skipReportSummary", flag(self.skip_report_summary)),
        ]
    }
}

/// One answer of the Reports service: the report, a queued status, or the error.
fn read_answer(mut raw: RawResponse, read: &ReadOptions) -> Result<ReportStatus, Error> {
    let header = |name: &str| {
        raw.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_owned())
    };
    let reports_in_queue = header("reportsInQueue").and_then(|v| v.parse().ok());
    let retry_in = header("retryIn").and_then(|v| parse_retry_in(&v));
    match raw.status {
        200 => match raw.stream.take() {
            Some(body) => Ok(ReportStatus::Ready(Box::new(ReportStream::new(
                body,
                read.clone(),
                raw.meta.request_id.clone(),
                reports_in_queue,
                None,
            )))),
            // The body was read whole: an error sent with HTTP 200.
            None => Err(report_error(&raw)),
        },
        201 => Ok(ReportStatus::Queued {
            retry_in,
            reports_in_queue,
        }),
        202 => Ok(ReportStatus::Building {
            retry_in,
            reports_in_queue,
        }),
        _ => Err(report_error(&raw)),
    }
}

/// Reads a `retryIn` header: whole (or fractional) seconds, at most a day; `None` for anything
/// else (negative, not a number, not finite).
pub fn parse_retry_in(value: &str) -> Option<Duration> {
    let seconds: f64 = value.trim().parse().ok()?;
    (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds.min(86_400.0)))
}

#[derive(serde::Deserialize)]
struct ErrorEnvelope {
    error: ApiErrorBody,
}

/// The error of a non-report answer: JSON `{"error": ...}`, XML `reportDownloadError`, or else
/// a transport error with the status and the start of the body.
fn report_error(answer: &RawResponse) -> Error {
    let request_id = answer.meta.request_id.clone();
    if let Ok(envelope) = serde_json::from_slice::<ErrorEnvelope>(&answer.body) {
        return Error::Api(ApiError::from_body(
            &envelope.error,
            answer.status,
            request_id.as_deref(),
        ));
    }
    let text = String::from_utf8_lossy(&answer.body);
    if let Some(error) = parse_xml_error(&text, answer.status, request_id.as_deref()) {
        return Error::Api(error);
    }
    let mut start: String = text.chars().take(200).collect();
    if start.len() < text.len() {
        start.push('…');
    }
    Error::http_status_error(
        answer.status,
        format!(
            "Reports answered HTTP {} without an error object: {start}",
            answer.status
        ),
        request_id,
    )
}

/// Parses `<reports:reportDownloadError><reports:ApiError>` with `requestId`, `errorCode`,
/// `errorString` (or `errorMessage`) and `errorDetail`, whatever the namespace prefix.
pub fn parse_xml_error(
    text: &str,
    http_status: u16,
    header_request_id: Option<&str>,
) -> Option<ApiError> {
    if !text.contains("reportDownloadError") {
        return None;
    }
    let code = xml_element(text, "errorCode")?.trim().parse().ok()?;
    let message = xml_element(text, "errorString")
        .or_else(|| xml_element(text, "errorMessage"))
        .unwrap_or_default();
    Some(ApiError {
        code,
        message,
        detail: xml_element(text, "errorDetail").unwrap_or_default(),
        request_id: xml_element(text, "requestId").or_else(|| header_request_id.map(str::to_owned)),
        http_status,
        api: super::method::Api::DirectV5,
    })
}

/// The text of the first element whose local name is `name` (any prefix), entities decoded.
fn xml_element(text: &str, name: &str) -> Option<String> {
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let end = rest.find('>')?;
        let tag = rest[..end].split_whitespace().next().unwrap_or("");
        let local = tag.rsplit(':').next().unwrap_or(tag);
        if local == name && !tag.starts_with('/') {
            let body = &rest[end + 1..];
            let close = body.find("</")?;
            return Some(unescape(body[..close].trim()));
        }
        rest = &rest[end + 1..];
    }
    None
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
