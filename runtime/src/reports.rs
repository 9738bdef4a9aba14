//! The Reports service at run time: [`Client::report`] sends a report definition (any
//! [`ReportRequest`]; the generated `ReportDefinition` is one) to `/json/v5/reports`, waits
//! while the report is queued or being built (201/202, honouring `retryIn` within a bounded total
//! wait), and parses the TSV answer into a [`Report`]. Errors in either form (JSON `{"error": ...}`
//! or XML `reports:reportDownloadError`) become [`Error::Api`].

use std::time::Duration;

use serde::Serialize;

use super::client::{header_text, transport, Client};
use super::error::{ApiError, Error};
use super::method::ApiErrorBody;

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
    /// A last line `Total rows: N` (recognized by its text even when not expected).
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
    /// header line. A summary line is recognized by its text (`Total rows: N`).
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
        if let Some(last) = rest.last() {
            if let Some(n) = summary_count(last) {
                report.total_rows = Some(n);
                rest.pop();
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
fn summary_count(line: &str) -> Option<u64> {
    let rest = line.trim().strip_prefix("Total rows:")?;
    rest.trim().parse().ok()
}

impl Client {
    /// Gets a report: validates `definition` (a field its report type does not allow is refused
    /// with [`Error::InvalidRequest`] before anything is sent), posts it to `/json/v5/reports`
    /// under the client's base URL (production or sandbox), waits `retryIn` seconds after each
    /// 201/202 answer while the total wait stays within `options.max_wait`, and parses the TSV.
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
        let config = self.config();
        let url = format!("{}/json/v5/{}", config.base_url, ENDPOINT);
        let login = config.client_login.clone().unwrap_or_default();
        let mut waited = Duration::ZERO;
        let mut polls = 0;
        loop {
            let answer = {
                let _slot = self.limiter().acquire(&login).await;
                self.send_report(&url, body.clone(), options).await?
            };
            match answer.status {
                200 => {
                    if looks_like_json_error(&answer.body) {
                        return Err(report_error(&answer));
                    }
                    let text =
                        String::from_utf8(answer.body.to_vec()).map_err(|e| Error::Transport {
                            message: format!("the report is not UTF-8: {e}"),
                            status: Some(200),
                            not_sent: false,
                        })?;
                    let columns = definition.field_names();
                    let mut report =
                        Report::parse(&text, options.layout(), &columns).map_err(|message| {
                            Error::Transport {
                                message: format!("cannot read the report: {message}"),
                                status: Some(200),
                                not_sent: false,
                            }
                        })?;
                    report.request_id = answer.request_id;
                    report.reports_in_queue = answer.reports_in_queue;
                    report.polls = polls;
                    return Ok(report);
                }
                201 | 202 => {
                    polls += 1;
                    let pause = answer.retry_in.unwrap_or(options.default_retry_in);
                    if waited + pause > options.max_wait {
                        tracing::debug!(
                            waited_ms = waited.as_millis() as u64,
                            "report not ready within the allowed wait"
                        );
                        return Err(Error::Timeout(options.max_wait));
                    }
                    tracing::debug!(
                        status = answer.status,
                        retry_in_ms = pause.as_millis() as u64,
                        "report queued, waiting"
                    );
                    tokio::time::sleep(pause).await;
                    waited += pause;
                }
                _ => return Err(report_error(&answer)),
            }
        }
    }

    async fn send_report(
        &self,
        url: &str,
        body: Vec<u8>,
        options: &ReportOptions,
    ) -> Result<ReportAnswer, Error> {
        let config = self.config();
        let flag = |b: bool| if b { "true" } else { "false" };
        let mode = options
            .processing_mode
            .unwrap_or_default()
            .as_str();
        let mut request = self
            .http()
            .post(url)
            .timeout(config.timeout)
            .header("Authorization", format!("Bearer {}", config.token.expose()))
            .header("User-Agent", &config.user_agent)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("processingMode", mode)
            .header("returnMoneyInMicros", flag(options.return_money_in_micros))
            .header("skipReportHeader", flag(options.skip_report_header))
            .header("skipColumnHeader", flag(options.skip_column_header))
            .header("skipReportSummary", flag(options.skip_report_summary));
        if let Some(login) = &config.client_login {
            request = request.header("Client-Login", login);
        }
        if let Some(language) = &config.accept_language {
            request = request.header("Accept-Language", language);
        }
        let response = request
            .body(body)
            .send()
            .await
            .map_err(|e| transport(e, config.timeout))?;
        let status = response.status().as_u16();
        let header = |name: &str| header_text(&response, name);
        let request_id = header("RequestId");
        let retry_in = header("retryIn").and_then(|v| parse_retry_in(&v));
        let reports_in_queue = header("reportsInQueue").and_then(|v| v.parse().ok());
        let body = response
            .bytes()
            .await
            .map_err(|e| transport(e, config.timeout))?;
        Ok(ReportAnswer {
            status,
            body,
            request_id,
            retry_in,
            reports_in_queue,
        })
    }
}

/// One answer of the Reports service.
struct ReportAnswer {
    status: u16,
    body: bytes::Bytes,
    request_id: Option<String>,
    retry_in: Option<Duration>,
    reports_in_queue: Option<u32>,
}

/// `retryIn`: whole (or fractional) seconds.
fn parse_retry_in(value: &str) -> Option<Duration> {
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
fn report_error(answer: &ReportAnswer) -> Error {
    if let Ok(envelope) = serde_json::from_slice::<ErrorEnvelope>(&answer.body) {
        return Error::Api(ApiError::from_body(
            &envelope.error,
            answer.status,
            answer.request_id.as_deref(),
        ));
    }
    let text = String::from_utf8_lossy(&answer.body);
    if let Some(error) = parse_xml_error(&text, answer.status, answer.request_id.as_deref()) {
        return Error::Api(error);
    }
    let mut start: String = text.chars().take(200).collect();
    if start.len() < text.len() {
        start.push('…');
    }
    Error::Transport {
        message: format!(
            "Reports answered HTTP {} without an error object: {start}",
            answer.status
        ),
        status: Some(answer.status),
        not_sent: false,
    }
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
