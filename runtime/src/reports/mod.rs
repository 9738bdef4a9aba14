//! The Reports service at run time: [`Client::report`] sends a report definition (any
//! [`ReportRequest`]; the generated `ReportDefinition` is one) to `/json/v5/reports`, waits
//! while the report is queued or being built (201/202, honouring `retryIn` within a bounded total
//! wait), and parses the TSV answer into a [`Report`]. Errors in either form (JSON `{"error": ...}`
//! or XML `reports:reportDownloadError`) become [`Error::Api`].

use std::time::Duration;

use serde::Serialize;

use crate::client::{Client, RawResponse};
use crate::error::{ApiError, Error};
use crate::method::{Access, Api, ApiErrorBody, MethodInfo};

pub mod definition;

pub use definition::{
    FieldCompatibility, FieldPlace, FieldRole, FilterItem, OrderBy, Page, ReportDefinition,
    ReportDefinitionError, ReportSchema, SelectionCriteria, WireValue,
};

/// The endpoint of the Reports service under `/json/v5/`.
pub const ENDPOINT: &str = "reports";

/// A report definition the Reports service accepts. The generated `ReportDefinition`
/// implements it; the runtime needs only its JSON form, a local check and its column names.
pub trait ReportRequest: Serialize {
    /// Checks the definition before anything is sent (for example a field its report type
    /// does not allow); the error says what is wrong.
    fn validate(&self) -> Result<(), String>;
    /// The names of the requested fields (`FieldNames`), in order.
    fn field_names(&self) -> Vec<String>;
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
        let mut lines: Vec<&str> = body
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .collect();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        let mut lines = lines.into_iter();
        let mut report = Report::default();
        if layout.title {
            report.title = lines.next().map(str::to_owned);
        }
        if layout.column_header {
            match lines.next() {
                Some(header) => report.columns = header.split('\t').map(str::to_owned).collect(),
                None => return Err("the report has no line of column names".to_owned()),
            }
        } else {
            report.columns = columns.to_vec();
        }
        let mut rest: Vec<&str> = lines.collect();
        // The summary is read only where the layout has one: without it, a last row whose only
        // cell reads `Total rows: N` is data. Where it should be and is not, the body was cut.
        if layout.summary {
            match rest.last().and_then(|last| summary_count(last)) {
                Some(n) => {
                    report.total_rows = Some(n);
                    rest.pop();
                }
                None => {
                    return Err(
                        "the report ends without its `Total rows: N` line: it was cut short"
                            .to_owned(),
                    )
                }
            }
        }
        for (i, line) in rest.into_iter().enumerate() {
            let row: Vec<Option<String>> = line
                .split('\t')
                .map(|cell| (cell != "--").then(|| cell.to_owned()))
                .collect();
            if !report.columns.is_empty() && row.len() != report.columns.len() {
                return Err(format!(
                    "row {} has {} cells, the report has {} columns",
                    i + 1,
                    row.len(),
                    report.columns.len()
                ));
            }
            report.rows.push(row);
        }
        if let Some(n) = report.total_rows {
            if n != report.rows.len() as u64 {
                return Err(format!(
                    "the summary says {n} rows, the report has {}",
                    report.rows.len()
                ));
            }
        }
        Ok(report)
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

/// `Total rows: N` -> `N`.
/// `N` of a summary line, exactly `Total rows: N` (a row of cells has tabs; this has none).
fn summary_count(line: &str) -> Option<u64> {
    let digits = line.strip_prefix("Total rows: ")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
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

/// What one request of a report gave.
enum Poll {
    Ready(Report),
    Queued {
        retry_in: Option<Duration>,
        reports_in_queue: Option<u32>,
    },
}

impl Client {
    /// Gets a report: validates `definition` (a field its report type does not allow is refused
    /// with [`Error::InvalidRequest`] before anything is sent), posts it to `/json/v5/reports`
    /// under the client's base URL (production or sandbox), waits after each 201/202 answer
    /// (`retryIn`, never less than `options.min_poll_pause`) while the total wait stays within
    /// `options.max_wait` and the polls within `options.max_polls`, and parses the TSV.
    ///
    /// Every request goes through the same path as the other methods: the login's limit of
    /// requests in flight, the retry policy for temporary failures, the `direct.call` span,
    /// and the units figures of the answers.
    pub async fn report<R: ReportRequest>(
        &self,
        definition: &R,
        options: &ReportOptions,
    ) -> Result<Report, Error> {
        definition.validate().map_err(Error::InvalidRequest)?;
        #[derive(Serialize)]
        struct Envelope<'a, R> {
            params: &'a R,
        }
        let body = serde_json::to_vec(&Envelope { params: definition })
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let body = bytes::Bytes::from(body);
        let headers = options.headers();
        let columns = definition.field_names();
        let floor = options.min_poll_pause.max(MIN_POLL_PAUSE);
        let mut waited = Duration::ZERO;
        let mut polls = 0;
        loop {
            let mut make_body = |_attempt: u32| Ok(body.clone());
            let mut outcome: Option<Poll> = None;
            let mut decode = |raw: RawResponse| -> Result<(), Error> {
                outcome = Some(read_answer(raw, options, &columns)?);
                Ok(())
            };
            self.call_traced(
                &REPORTS_METHOD,
                false,
                &headers,
                &mut make_body,
                &mut decode,
            )
            .await?;
            match outcome {
                Some(Poll::Ready(mut report)) => {
                    report.polls = polls;
                    return Ok(report);
                }
                Some(Poll::Queued {
                    retry_in,
                    reports_in_queue,
                }) => {
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
                    tracing::debug!(
                        retry_in_ms = pause.as_millis() as u64,
                        reports_in_queue,
                        "report queued, waiting"
                    );
                    tokio::time::sleep(pause).await;
                    waited += pause;
                }
                None => {
                    return Err(Error::InvalidRequest(
                        "the call ended without an answer".into(),
                    ))
                }
            }
        }
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
fn read_answer(
    raw: RawResponse,
    options: &ReportOptions,
    columns: &[String],
) -> Result<Poll, Error> {
    let header = |name: &str| {
        raw.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_owned())
    };
    let reports_in_queue = header("reportsInQueue").and_then(|v| v.parse().ok());
    match raw.status {
        200 if looks_like_json_error(&raw.body) => Err(report_error(&raw)),
        200 => {
            let request_id = raw.meta.request_id.clone();
            let text = std::str::from_utf8(&raw.body).map_err(|e| Error::Transport {
                message: format!("the report is not UTF-8: {e}"),
                status: Some(200),
                not_sent: false,
                request_id: request_id.clone(),
                source: Some(Box::new(e)),
            })?;
            let mut report = Report::parse(text, options.layout(), columns).map_err(|message| {
                Error::Transport {
                    message: format!("cannot read the report: {message}"),
                    status: Some(200),
                    not_sent: false,
                    request_id: request_id.clone(),
                    source: None,
                }
            })?;
            report.request_id = request_id;
            report.reports_in_queue = reports_in_queue;
            Ok(Poll::Ready(report))
        }
        201 | 202 => Ok(Poll::Queued {
            retry_in: header("retryIn").and_then(|v| parse_retry_in(&v)),
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

fn looks_like_json_error(body: &[u8]) -> bool {
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    start.is_some_and(|i| body[i] == b'{') && serde_json::from_slice::<ErrorEnvelope>(body).is_ok()
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
