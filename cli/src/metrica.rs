//! `ydirect metrica`: the Yandex Metrica Reporting API. `data` reads a table (every page up to
//! `total_rows` with `--all`) as TSV, CSV or JSON lines. The query is checked before sending
//! (unknown names with a did-you-mean, limits, operators, dates): a refusal is exit 1 with
//! nothing sent; an API error (or a quota stop) is exit 2.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use metrica_reporting::client::{DataPage, Header, MetricaReporting, Pages};
use metrica_reporting::schema::MetricType;
use metrica_reporting::{DataResponse, Error, Query, QueryError};
use yandex_direct_runtime::metrica::MetricaClient;
use yandex_direct_runtime::QuotaPolicy;

use crate::call::read_secret_file;
use crate::exit::{Exit, Failure};
use crate::ga4::QuotaPolicyArg;
use crate::table::{Cell, ColumnType, TableFormat, TableOutput, TableWriter};

/// The environment variable holding the OAuth token when `--token-file` is not given.
pub const TOKEN_VARIABLE: &str = "YANDEX_METRICA_TOKEN";

/// The examples of `ydirect metrica --help`.
const EXAMPLES: &str = "\
Examples:
  export YANDEX_METRICA_TOKEN=...
  ydirect metrica data --ids 44147844 --metrics ym:s:visits,ym:s:bounceRate \\
      --dimensions ym:s:date,ym:s:lastsignTrafficSource --date1 30daysAgo --date2 yesterday \\
      --all --format jsonl
  ydirect metrica data --ids 44147844 --metrics ym:ad:visits --dimensions ym:ad:directOrder \\
      --attribution last_yandex_direct_click --direct-client-login client-login --format csv
  export YANDEX_DIRECT_TOKEN=...
  ydirect metrica join --ids 44147844 --goal-id 123 --date1 2026-11-01 --date2 2026-11-30 \\
      --client-login client-login --format csv --output costs.csv";

/// `ydirect metrica`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct MetricaArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: MetricaCommand,
}

/// The `metrica` subcommands.
#[derive(Debug, Subcommand)]
pub enum MetricaCommand {
    /// A table (`/stat/v1/data`): its rows as TSV, CSV or JSON lines.
    Data(Box<MetricaDataArgs>),
    /// Direct's cost per campaign and day joined to Metrica's visits, goal reaches and
    /// revenue (`ym:ad:` by `directOrder`), with the cost per goal.
    Join(Box<crate::metrica_join::MetricaJoinArgs>),
}

/// `ydirect metrica data`.
#[derive(Debug, Args)]
pub struct MetricaDataArgs {
    /// The counters, comma-separated.
    #[arg(
        long,
        value_name = "COUNTER[,COUNTER...]",
        value_delimiter = ',',
        required = true
    )]
    pub ids: Vec<u64>,
    /// The metrics, comma-separated (at most 20).
    #[arg(
        long,
        value_name = "NAME[,NAME...]",
        value_delimiter = ',',
        required = true
    )]
    pub metrics: Vec<String>,
    /// The dimensions, comma-separated (at most 10).
    #[arg(long, value_name = "NAME[,NAME...]", value_delimiter = ',')]
    pub dimensions: Vec<String>,
    /// The segment, in the API's filter grammar (`ym:s:trafficSource=='ad'`), sent as written.
    #[arg(long, value_name = "EXPR")]
    pub filters: Option<String>,
    /// The first day: `YYYY-MM-DD`, `today`, `yesterday`, `NdaysAgo`.
    #[arg(long, value_name = "DATE")]
    pub date1: Option<String>,
    /// The last day.
    #[arg(long, value_name = "DATE")]
    pub date2: Option<String>,
    /// Rows per request (at most 100,000; default 10,000); with `--all`, the page size.
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Every row: page through `total_rows`, `--limit` rows a page.
    #[arg(long)]
    pub all: bool,
    /// The attribution model of the names that leave it out (`lastsign`, `last`, `first`,
    /// `last_yandex_direct_click`, `cross_device_*`, `automatic`).
    #[arg(long, value_name = "MODEL")]
    pub attribution: Option<String>,
    /// A Direct client login whose data an agency reads (repeatable, or comma-separated).
    #[arg(long, value_name = "LOGIN", value_delimiter = ',')]
    pub direct_client_login: Vec<String>,
    /// The output format.
    #[arg(long, value_enum, default_value = "tsv")]
    pub format: TableFormat,
    /// Write the rows to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A file holding the OAuth token; default: the `YANDEX_METRICA_TOKEN` variable.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// The API's base URL (a test server).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// When a local quota bucket (200 requests per 5 minutes, 5,000 a day) has not enough
    /// left: fail at once (exit 2), or wait for the refill (up to an hour).
    #[arg(long, value_enum, default_value = "wait")]
    pub quota_policy: QuotaPolicyArg,
}

/// Runs `ydirect metrica ...`, output to `out` (or `--output`), notes and errors to `err`.
pub async fn run(args: &MetricaArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let (name, outcome) = match &args.command {
        MetricaCommand::Data(data_args) => ("data", data(data_args, out, err).await),
        MetricaCommand::Join(join_args) => {
            ("join", crate::metrica_join::join(join_args, out, err).await)
        }
    };
    match outcome {
        Ok(()) => Exit::Ok,
        Err(failure) => {
            let _ = writeln!(err, "ydirect metrica {name}: {failure}");
            failure.exit
        }
    }
}

/// The exit status of the client's errors: refused before sending 1, the API's answer or a
/// quota stop 2, the transport 3.
pub(crate) fn failure(error: Error) -> Failure {
    let exit = match &error {
        Error::Refused(_) => Exit::Local,
        Error::Api(_) | Error::Quota(_) => Exit::Api,
        Error::Transport(transport) => Exit::of_error(transport),
        _ => Exit::Transport,
    };
    Failure {
        exit,
        message: error.to_string(),
    }
}

fn refused(error: QueryError) -> Failure {
    failure(Error::Refused(error))
}

/// The query of the arguments, checked; the filters are sent as written, their length checked.
fn query(args: &MetricaDataArgs) -> Result<Query, Failure> {
    let metrics: Vec<&str> = args.metrics.iter().map(String::as_str).collect();
    let dimensions: Vec<&str> = args.dimensions.iter().map(String::as_str).collect();
    let first = args.ids.first().copied().unwrap_or_default();
    let mut query = Query::new(first, &metrics, &dimensions).map_err(refused)?;
    query.ids = args.ids.clone();
    query.date1 = args.date1.clone();
    query.date2 = args.date2.clone();
    query.limit = args.limit;
    query.attribution = args.attribution.clone();
    query.direct_client_logins = args.direct_client_login.clone();
    query.check().map_err(refused)?;
    if let Some(filters) = &args.filters {
        let chars = filters.chars().count();
        if chars > metrica_reporting::query::MAX_FILTER_CHARS {
            return Err(refused(QueryError::FiltersTooLong { chars }));
        }
    }
    Ok(query)
}

fn client(args: &MetricaDataArgs) -> Result<MetricaReporting, Failure> {
    let token = match &args.token_file {
        Some(path) => read_secret_file(path, "token")?,
        None => std::env::var(TOKEN_VARIABLE)
            .ok()
            .filter(|token| !token.trim().is_empty())
            .ok_or_else(|| {
                Failure::local(format!(
                    "no token: give --token-file or set {TOKEN_VARIABLE}"
                ))
            })?,
    };
    let mut builder = MetricaClient::builder(token.trim());
    if let Some(url) = &args.base_url {
        builder = builder.base_url(url.trim_end_matches('/'));
    }
    Ok(MetricaReporting::new(builder.build()?))
}

async fn data(
    args: &MetricaDataArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    // Everything local first: nothing is sent for a query that would be refused.
    args.format.check_output(args.output.as_deref())?;
    let query = query(args)?;
    let client = client(args)?;
    let mut params = query.data_params().map_err(refused)?;
    params.filters = args.filters.clone();
    let header = Header::of_query(&query);
    let policy = match args.quota_policy {
        QuotaPolicyArg::Fail => QuotaPolicy::Fail,
        QuotaPolicyArg::Wait => QuotaPolicy::Wait {
            max: Duration::from_secs(3600),
        },
    };
    let mut pages: Pages<DataResponse> = client.pages(params, header).quota_policy(policy);

    let output = match &args.output {
        Some(path) => TableOutput::File(path),
        None => TableOutput::Stream(out),
    };
    let mut writer = TableWriter::open(args.format, output)?;
    let mut sampled = false;
    while let Some(page) = pages.next_page().await.map_err(failure)? {
        write_page(&mut writer, &page)?;
        sampled |= page.is_sampled();
        if !args.all {
            break;
        }
    }
    if sampled {
        let _ = writeln!(err, "ydirect metrica data: note: the data is sampled");
    }
    writer
        .finish()
        .map_err(|e| Failure::local(format!("cannot write the rows: {e}")))
}

/// Writes a page's rows: a dimension's value its `name`, metrics as the numbers sent.
fn write_page(writer: &mut TableWriter, page: &DataPage) -> Result<(), Failure> {
    let header = &page.header;
    let names = header
        .dimensions
        .iter()
        .map(|name| (name.as_str(), ColumnType::Text))
        .chain(header.metrics.iter().map(|m| {
            // Whole numbers as Int64, every other number (and an unknown metric) as Float64.
            let kind = match m.metric_type {
                Some(MetricType::Int) => ColumnType::Integer,
                _ => ColumnType::Float,
            };
            (m.name.as_str(), kind)
        }));
    let mut written = writer.header(names);
    for row in page.rows() {
        let numbers: Vec<Option<String>> = row
            .metrics
            .iter()
            .map(|cell| cell.number().map(ToString::to_string))
            .collect();
        let cells: Vec<Cell> = row
            .dimensions
            .iter()
            .map(|value| value.name.as_deref().map_or(Cell::Null, Cell::Text))
            .chain(
                numbers
                    .iter()
                    .map(|number| number.as_deref().map_or(Cell::Null, Cell::Number)),
            )
            .collect();
        written = written.and_then(|()| writer.row(&cells));
    }
    written.map_err(|e| Failure::local(format!("cannot write the rows: {e}")))
}
