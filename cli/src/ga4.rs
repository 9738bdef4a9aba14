//! `ydirect ga4`: the Google Analytics Data API (GA4): `report` (a `runReport`, every page with
//! `--all`, as TSV, CSV or JSON lines) and `metadata` (the property's dimensions and metrics).
//! Requests go through the quota governor: a quota stop is exit 2 naming the bucket; a request
//! refused before sending is exit 1.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use ga4_data::client::{Ga4Client, ReportHeader, ReportPage, ReportRow};
use ga4_data::types::RunReportRequest;
use ga4_data::PropertyId;
use yandex_direct_runtime::google::auth::ANALYTICS_READONLY_SCOPE;
use yandex_direct_runtime::google::{GoogleAuth, GoogleClient, ServiceAccountKey};
use yandex_direct_runtime::wire::closed_enums;
use yandex_direct_runtime::QuotaPolicy;

use crate::call::{read_params, read_secret_file};
use crate::exit::{Exit, Failure};
use crate::table::{Cell, TableWriter};

/// The examples of `ydirect ga4 --help`.
const EXAMPLES: &str = "\
Examples:
  export GOOGLE_APPLICATION_CREDENTIALS=key.json
  ydirect ga4 report --property 1234 --all --format jsonl --params '{
      \"dateRanges\": [{\"startDate\": \"28daysAgo\", \"endDate\": \"yesterday\"}],
      \"dimensions\": [{\"name\": \"date\"}], \"metrics\": [{\"name\": \"activeUsers\"}]}'
  ydirect ga4 report --property 1234 --params @request.json --output report.csv --format csv
  ydirect ga4 metadata --property 1234 --token-file token.txt";

/// `ydirect ga4`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct Ga4Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Ga4Command,
}

/// The `ga4` subcommands.
#[derive(Debug, Subcommand)]
pub enum Ga4Command {
    /// Run a report (`runReport`): its rows as TSV, CSV or JSON lines.
    Report(Box<Ga4ReportArgs>),
    /// The property's dimensions and metrics (`getMetadata`), custom ones included, as JSON.
    Metadata(Ga4MetadataArgs),
}

/// Credentials, server and quota policy, shared by the `ga4` subcommands.
#[derive(Debug, Args)]
pub struct Ga4Connection {
    /// A service-account key file (JSON); default: `GOOGLE_APPLICATION_CREDENTIALS`.
    #[arg(long, value_name = "KEY.json", conflicts_with = "token_file")]
    pub credentials: Option<PathBuf>,
    /// A file holding an OAuth access token (used as it is, never refreshed).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// The Data API's base URL (a test server).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// When a quota bucket has not enough left: fail at once (exit 2), or wait for the refill
    /// (up to an hour).
    #[arg(long, value_enum, default_value = "fail")]
    pub quota_policy: QuotaPolicyArg,
}

/// `--quota-policy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuotaPolicyArg {
    /// Fail at once, naming the bucket and when it refills.
    Fail,
    /// Sleep until the bucket refills (at most an hour), then go on.
    Wait,
}

/// `ydirect ga4 report`.
#[derive(Debug, Args)]
pub struct Ga4ReportArgs {
    /// The property id (a number; `properties/1234` is taken too).
    #[arg(long, value_name = "ID")]
    pub property: String,
    /// The `runReport` request body as inline JSON or `@FILE`.
    #[arg(long, value_name = "JSON|@FILE")]
    pub params: String,
    /// Every row: page through `rowCount`, the request's `limit` (default 10000) as page size.
    #[arg(long)]
    pub all: bool,
    /// The output format.
    #[arg(long, value_enum, default_value = "tsv")]
    pub format: Ga4Format,
    /// Write the rows to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Credentials, server, quota policy.
    #[command(flatten)]
    pub connection: Ga4Connection,
}

/// `ydirect ga4 metadata`.
#[derive(Debug, Args)]
pub struct Ga4MetadataArgs {
    /// The property id (a number).
    #[arg(long, value_name = "ID")]
    pub property: String,
    /// Credentials, server, quota policy.
    #[command(flatten)]
    pub connection: Ga4Connection,
}

/// `ga4 report --format`: the writer shared with `metrica data`.
pub use crate::table::TableFormat as Ga4Format;

/// Runs `ydirect ga4 ...`, output to `out` (or `--output`), notes and errors to `err`.
pub async fn run(args: &Ga4Args, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let (name, outcome) = match &args.command {
        Ga4Command::Report(report_args) => ("report", report(report_args, out, err).await),
        Ga4Command::Metadata(metadata_args) => ("metadata", metadata(metadata_args, out).await),
    };
    match outcome {
        Ok(()) => Exit::Ok,
        Err(failure) => {
            let _ = writeln!(err, "ydirect ga4 {name}: {failure}");
            failure.exit
        }
    }
}

fn property(text: &str) -> Result<PropertyId, Failure> {
    text.parse::<PropertyId>()
        .map_err(|e| Failure::local(e.to_string()))
}

fn client(connection: &Ga4Connection) -> Result<Ga4Client, Failure> {
    let auth = match (&connection.credentials, &connection.token_file) {
        (Some(path), _) => {
            let key = ServiceAccountKey::from_file(path).map_err(|e| {
                Failure::local(format!(
                    "the credentials `{}` cannot be used: {e}",
                    path.display()
                ))
            })?;
            GoogleAuth::service_account(key, ANALYTICS_READONLY_SCOPE)
        }
        (None, Some(path)) => GoogleAuth::bearer(read_secret_file(path, "token")?),
        (None, None) => GoogleAuth::from_env().map_err(|e| {
            Failure::local(format!(
                "no credentials: give --credentials or --token-file, or set GOOGLE_APPLICATION_CREDENTIALS ({e})"
            ))
        })?,
    };
    let mut builder = GoogleClient::builder(auth).quota_policy(match connection.quota_policy {
        QuotaPolicyArg::Fail => QuotaPolicy::Fail,
        QuotaPolicyArg::Wait => QuotaPolicy::Wait {
            max: Duration::from_secs(3600),
        },
    });
    if let Some(url) = &connection.base_url {
        builder = builder.base_url(url.trim_end_matches('/'));
    }
    Ok(Ga4Client::new(builder.build()?))
}

fn request(params: &str) -> Result<RunReportRequest, Failure> {
    let value = read_params(Some(params))?.unwrap_or_default();
    closed_enums(|| serde_path_to_error::deserialize(value)).map_err(|e| {
        let path = e.path().to_string();
        Failure::local(format!(
            "the request does not match RunReportRequest at `{path}`: {}",
            e.inner()
        ))
    })
}

async fn report(
    args: &Ga4ReportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    // Everything local first: nothing is sent for a request that would be refused.
    let property = property(&args.property)?;
    let request = request(&args.params)?;
    ga4_data::check::check_run_report(&request).map_err(|e| Failure::local(e.to_string()))?;
    let client = client(&args.connection)?;
    let mut file;
    let out: &mut dyn Write = match &args.output {
        Some(path) => {
            file = std::fs::File::create(path)
                .map(std::io::BufWriter::new)
                .map_err(|e| Failure::local(format!("cannot create `{}`: {e}", path.display())))?;
            &mut file
        }
        None => out,
    };
    let mut writer = TableWriter::new(args.format, out);
    if args.all {
        let mut pages = client.report_pages(property, request)?;
        while let Some(page) = pages.next_page().await? {
            write_rows(&mut writer, &page.header, &page.rows)?;
            note(&page, err);
        }
    } else {
        let answer = client.run_report(property, &request).await?;
        let page = ReportPage::new(answer.result, answer.property_quota);
        write_rows(&mut writer, &page.header, &page.rows)?;
        note(&page, err);
    }
    writer
        .flush()
        .map_err(|e| Failure::local(format!("cannot write the rows: {e}")))
}

/// What the API says about the data, on stderr: sampled, thresholded, folded into `(other)`.
fn note(page: &ReportPage, err: &mut dyn Write) {
    let mut notes = Vec::new();
    if page.is_sampled() {
        notes.push("the data is sampled");
    }
    if page.subject_to_thresholding() {
        notes.push("rows may be withheld (subject to thresholding)");
    }
    if page.data_loss_from_other_row() {
        notes.push("some rows are folded into (other)");
    }
    for note in notes {
        let _ = writeln!(err, "ydirect ga4 report: note: {note}");
    }
}

async fn metadata(args: &Ga4MetadataArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let property = property(&args.property)?;
    let client = client(&args.connection)?;
    let answer = client.get_metadata(property).await?;
    let text = serde_json::to_string_pretty(&answer.result)
        .map_err(|e| Failure::local(format!("cannot encode the metadata: {e}")))?;
    writeln!(out, "{text}").map_err(|e| Failure::local(format!("cannot write: {e}")))
}

/// Writes a page's rows, the header (TSV, CSV) with the first page.
fn write_rows(
    writer: &mut TableWriter,
    header: &ReportHeader,
    rows: &[ReportRow],
) -> Result<(), Failure> {
    let names = header
        .dimensions
        .iter()
        .map(String::as_str)
        .chain(header.metrics.iter().map(|m| m.name.as_str()));
    let mut written = writer.header(names);
    for row in rows {
        // Metric values as JSON numbers written exactly as the API sent them (a value that is
        // no number stays a string).
        let metrics = row
            .metrics
            .iter()
            .map(|cell| match (cell.json_number(), cell.text()) {
                (Some(number), _) => Cell::Number(number),
                (None, Some(text)) => Cell::Text(text),
                (None, None) => Cell::Null,
            });
        let cells: Vec<Cell> = row
            .dimensions
            .iter()
            .map(|value| Cell::Text(value))
            .chain(metrics)
            .collect();
        written = written.and_then(|()| writer.row(&cells));
    }
    written.map_err(|e| Failure::local(format!("cannot write the rows: {e}")))
}
