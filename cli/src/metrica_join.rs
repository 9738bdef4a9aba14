//! `ydirect metrica join`: Direct's cost per campaign and day joined to Metrica's visits, goal
//! reaches and revenue (`metrica_reporting::direct_costs`), one row per campaign and day as
//! TSV, CSV or JSON lines. A campaign on one side only is a row with the other side's columns
//! empty (`null` in JSON lines).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use metrica_reporting::direct_costs::{costs_and_outcomes, CostsRequest, CostsTable, JoinError};
use metrica_reporting::MetricaReporting;
use yandex_direct::runtime::reports::{ProcessingMode, ReportOptions};
use yandex_direct_runtime::metrica::MetricaClient;

use crate::call::{read_secret_file, TOKEN_ENV};
use crate::connection::ConnectionArgs;
use crate::exit::{Exit, Failure};
use crate::metrica::{failure, TOKEN_VARIABLE};
use crate::report::Mode;
use crate::table::{Cell, ColumnType, TableFormat, TableOutput, TableWriter};

/// The columns, in order, with their Parquet types (money as Float64).
pub const COLUMNS: [(&str, ColumnType); 10] = [
    ("date", ColumnType::Text),
    ("campaign_id", ColumnType::Integer),
    ("campaign_name", ColumnType::Text),
    ("impressions", ColumnType::Integer),
    ("clicks", ColumnType::Integer),
    ("cost", ColumnType::Float),
    ("visits", ColumnType::Integer),
    ("goal_reaches", ColumnType::Integer),
    ("revenue", ColumnType::Float),
    ("cost_per_goal", ColumnType::Float),
];

/// `ydirect metrica join`.
#[derive(Debug, Args)]
pub struct MetricaJoinArgs {
    /// The Metrica counter whose visits Direct's ads bought (comma-separated for several).
    #[arg(
        long,
        value_name = "COUNTER[,COUNTER...]",
        value_delimiter = ',',
        required = true
    )]
    pub ids: Vec<u64>,
    /// The goal whose reaches and revenue are the outcome.
    #[arg(long, value_name = "N")]
    pub goal_id: u64,
    /// The first day, `YYYY-MM-DD` (both APIs).
    #[arg(long, value_name = "DATE")]
    pub date1: String,
    /// The last day, `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    pub date2: String,
    /// Metrica's attribution model (`lastsign`, `last_yandex_direct_click`, ...); default: the
    /// API's.
    #[arg(long, value_name = "MODEL")]
    pub attribution: Option<String>,
    /// The currency of costs and revenue (ISO 4217); default: the Direct account's.
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// An agency's client: Direct's `Client-Login` and Metrica's `direct_client_logins`.
    #[arg(long, value_name = "LOGIN")]
    pub client_login: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value = "tsv")]
    pub format: TableFormat,
    /// Write the rows to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A file holding the Direct OAuth token; default: the `YANDEX_DIRECT_TOKEN` variable.
    #[arg(long, value_name = "FILE")]
    pub direct_token_file: Option<PathBuf>,
    /// The Direct API's base URL (a test server).
    #[arg(long, value_name = "URL")]
    pub direct_base_url: Option<String>,
    /// A file holding the Metrica OAuth token; default: the `YANDEX_METRICA_TOKEN` variable.
    #[arg(long, value_name = "FILE")]
    pub metrica_token_file: Option<PathBuf>,
    /// The Metrica API's base URL (a test server).
    #[arg(long, value_name = "URL")]
    pub metrica_base_url: Option<String>,
    /// Direct's report `processingMode`: online (built while waiting), offline (queued,
    /// polled), auto (the server decides).
    #[arg(long, value_enum, default_value = "auto")]
    pub mode: Mode,
}

/// Runs the join, the rows to `out` (or `--output`), a note on the currency to `err`.
pub async fn join(
    args: &MetricaJoinArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    // Parquet to a terminal is refused before either API is asked.
    args.format.check_output(args.output.as_deref())?;
    let request = request(args);
    let direct = ConnectionArgs {
        sandbox: false,
        base_url: args.direct_base_url.clone(),
        token_file: args.direct_token_file.clone(),
        language: None,
    }
    .client_builder(std::env::var(TOKEN_ENV).ok())?
    .build()?;
    let metrica = metrica_client(args)?;
    let table = costs_and_outcomes(&direct, &metrica, &request)
        .await
        .map_err(join_failure)?;

    let output = match &args.output {
        Some(path) => TableOutput::File(path),
        None => TableOutput::Stream(out),
    };
    let writer = TableWriter::open(args.format, output)?;
    write_table(&table, writer)
        .map_err(|e| Failure::local(format!("cannot write the rows: {e}")))?;
    let _ = writeln!(
        err,
        "ydirect metrica join: {} rows; cost, revenue and cost_per_goal in {}",
        table.rows.len(),
        table.currency
    );
    if table.sampled {
        let _ = writeln!(err, "ydirect metrica join: note: Metrica's data is sampled");
    }
    Ok(())
}

fn request(args: &MetricaJoinArgs) -> CostsRequest {
    let processing_mode = Some(match args.mode {
        Mode::Auto => ProcessingMode::Auto,
        Mode::Online => ProcessingMode::Online,
        Mode::Offline => ProcessingMode::Offline,
    });
    let first = args.ids.first().copied().unwrap_or_default();
    let mut request = CostsRequest::new(first, args.goal_id, &args.date1, &args.date2)
        .direct_options(ReportOptions {
            processing_mode,
            ..ReportOptions::default()
        });
    request.counters = args.ids.clone();
    request.attribution = args.attribution.clone();
    request.currency = args.currency.clone();
    request.client_login = args.client_login.clone();
    request
}

fn metrica_client(args: &MetricaJoinArgs) -> Result<MetricaReporting, Failure> {
    let token = match &args.metrica_token_file {
        Some(path) => read_secret_file(path, "Metrica token")?,
        None => std::env::var(TOKEN_VARIABLE)
            .ok()
            .filter(|token| !token.trim().is_empty())
            .ok_or_else(|| {
                Failure::local(format!(
                    "no Metrica token: give --metrica-token-file or set {TOKEN_VARIABLE}"
                ))
            })?,
    };
    let mut builder = MetricaClient::builder(token.trim());
    if let Some(url) = &args.metrica_base_url {
        builder = builder.base_url(url.trim_end_matches('/'));
    }
    Ok(MetricaReporting::new(builder.build()?))
}

/// A refused request is exit 1, either API's error exit 2, the transport 3.
fn join_failure(error: JoinError) -> Failure {
    let message = error.to_string();
    let exit = match error {
        JoinError::Request(_) => Exit::Local,
        JoinError::Direct(direct) => Failure::from(direct).exit,
        JoinError::Metrica(metrica) => failure(metrica).exit,
        _ => Exit::Api,
    };
    Failure { exit, message }
}

fn number(text: &Option<String>) -> Cell<'_> {
    text.as_deref().map_or(Cell::Null, Cell::Number)
}

/// The table's rows, a side's missing figures as empty cells.
pub fn write_table(table: &CostsTable, mut writer: TableWriter) -> std::io::Result<()> {
    writer.header(COLUMNS.into_iter())?;
    for row in &table.rows {
        let direct = row.direct.as_ref();
        let metrica = row.metrica.as_ref();
        let texts: [Option<String>; 8] = [
            Some(row.campaign_id.to_string()),
            direct.map(|d| d.impressions.to_string()),
            direct.map(|d| d.clicks.to_string()),
            direct.map(|d| d.cost.to_string()),
            metrica.map(|m| m.visits.to_string()),
            metrica.map(|m| m.goal_reaches.to_string()),
            metrica.map(|m| m.revenue.to_string()),
            row.cost_per_goal().map(|money| money.to_string()),
        ];
        let mut cells = vec![
            Cell::Text(&row.date),
            number(&texts[0]),
            row.campaign_name.as_deref().map_or(Cell::Null, Cell::Text),
        ];
        cells.extend(texts[1..].iter().map(number));
        writer.row(&cells)?;
    }
    writer.finish()
}
