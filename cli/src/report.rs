//! `ydirect report`: a report of the Reports service, streamed to stdout or a file as TSV, CSV
//! or JSON lines (or, built with the `parquet` feature, written to a Parquet file), with its
//! progress on stderr.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};
use serde_json::Value;
use yandex_direct::direct_v5::reports::ReportDefinition;
use yandex_direct::runtime::reports::{
    report_read_error, OutputFormat, ProcessingMode, ReportOptions, ReportProgress,
};
use yandex_direct::runtime::wire::closed_enums;
use yandex_direct::Client;

use crate::call::read_params;
use crate::connection::ConnectionArgs;
use crate::exit::{Exit, Failure};

/// The examples of `ydirect report --help`.
const EXAMPLES: &str = "\
Examples:
  ydirect report --params @definition.json > report.tsv
  ydirect report --params @definition.json --format jsonl --money micros --output report.jsonl
  ydirect report --params @definition.json --mode offline --login client-login
  ydirect report --params @definition.json --format parquet --output report.parquet

definition.json is the `params` of a Reports request:
  {\"SelectionCriteria\": {\"DateFrom\": \"2024-06-01\", \"DateTo\": \"2024-06-30\"},
   \"FieldNames\": [\"Date\", \"CampaignId\", \"Clicks\", \"Cost\"],
   \"ReportName\": \"june\", \"ReportType\": \"CAMPAIGN_PERFORMANCE_REPORT\",
   \"DateRangeType\": \"CUSTOM_DATE\", \"Format\": \"TSV\", \"IncludeVAT\": \"YES\"}
Running the same definition again (same ReportName) resumes the report the server has queued.";

/// `ydirect report`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ReportArgs {
    /// The report definition (the `params` of the request) as inline JSON or `@FILE`; checked
    /// against the schema before anything is sent.
    #[arg(long, value_name = "JSON|@FILE")]
    pub params: String,
    /// The output format.
    #[arg(long, value_enum, default_value = "tsv")]
    pub format: Format,
    /// Write the report to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The `processingMode` header: online (built while waiting), offline (queued, polled),
    /// auto (the server decides).
    #[arg(long, value_enum, default_value = "auto")]
    pub mode: Mode,
    /// Money in currency units with two decimals, or in micros (`returnMoneyInMicros`).
    #[arg(long, value_enum, default_value = "units")]
    pub money: Money,
    /// The advertiser to act for (the `Client-Login` header).
    #[arg(long, value_name = "LOGIN")]
    pub login: Option<String>,
    /// Which server, the token, the language.
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// The longest total wait for a queued report, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 3600)]
    pub max_wait: u64,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The report's TSV (column names, then rows; `--` kept).
    Tsv,
    /// CSV with typed values in canonical form (`--` is empty).
    Csv,
    /// One JSON object per row (numbers as numbers, `--` as null).
    Jsonl,
    /// A Parquet file with typed columns (needs `--output`, and ydirect built with the
    /// `parquet` feature).
    Parquet,
}

/// How to get a `ydirect` that writes Parquet.
pub const PARQUET_HINT: &str =
    "this ydirect was built without Parquet: build it with `cargo install yandex-direct-cli --features parquet`";

/// `--mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// The server decides.
    Auto,
    /// Built while the request waits.
    Online,
    /// Queued; polled until ready.
    Offline,
}

/// `--money`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Money {
    /// Currency units with two decimals (`12.34`).
    Units,
    /// Micros (`12340000`).
    Micros,
}

/// Runs `ydirect report`, the report to `out` (or `--output`), progress and errors to `err`.
pub async fn run(
    args: &ReportArgs,
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    match report(args, env_token, out).await {
        Ok(()) => Exit::Ok,
        Err(failure) => {
            let _ = writeln!(err, "ydirect report: {failure}");
            failure.exit
        }
    }
}

/// Reads the definition: the `params` object itself, or `{"params": {...}}`.
fn definition(args: &ReportArgs) -> Result<ReportDefinition, Failure> {
    let mut value = read_params(Some(&args.params))?.unwrap_or(Value::Null);
    if let Some(params) = value.as_object_mut().and_then(|o| {
        let only_params = o.len() == 1 && o.contains_key("params");
        only_params.then(|| o.remove("params")).flatten()
    }) {
        value = params;
    }
    // As `call` checks params: an enum value the schema does not know is a slip, refused.
    let definition: ReportDefinition = closed_enums(|| serde_path_to_error::deserialize(value))
        .map_err(|e| {
            let path = e.path().to_string();
            Failure::local(format!(
                "the report definition does not match the schema at `{path}`: {}",
                e.inner()
            ))
        })?;
    definition
        .validate()
        .map_err(|e| Failure::local(format!("the report definition is refused: {e}")))?;
    Ok(definition)
}

fn client(args: &ReportArgs, env_token: Option<String>) -> Result<Client, Failure> {
    let mut builder = args.connection.client_builder(env_token)?;
    if let Some(login) = &args.login {
        builder = builder.client_login(login.clone());
    }
    Ok(builder.build()?)
}

async fn report(
    args: &ReportArgs,
    env_token: Option<String>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    // Everything local is checked before anything is sent.
    let definition = definition(args)?;
    if args.format == Format::Parquet {
        if !cfg!(feature = "parquet") {
            return Err(Failure::local(format!("--format parquet: {PARQUET_HINT}")));
        }
        if args.output.is_none() {
            return Err(Failure::local(crate::table::PARQUET_NEEDS_OUTPUT));
        }
    }
    let client = client(args, env_token)?;
    let mut file = match &args.output {
        Some(path) => Some(
            std::fs::File::create(path)
                .map_err(|e| Failure::local(format!("cannot create `{}`: {e}", path.display())))?,
        ),
        None => None,
    };
    let options = ReportOptions {
        processing_mode: Some(match args.mode {
            Mode::Auto => ProcessingMode::Auto,
            Mode::Online => ProcessingMode::Online,
            Mode::Offline => ProcessingMode::Offline,
        }),
        return_money_in_micros: args.money == Money::Micros,
        max_wait: Duration::from_secs(args.max_wait),
        ..ReportOptions::default()
    };
    let progress = Progress::new();
    #[cfg_attr(not(feature = "parquet"), allow(unused_mut))]
    let mut stream = client
        .report_stream_with_progress(&definition, &options, Some(progress.callback()))
        .await?;
    let format = match args.format {
        Format::Tsv => OutputFormat::Tsv,
        Format::Csv => OutputFormat::Csv,
        Format::Jsonl => OutputFormat::JsonLines,
        Format::Parquet => {
            #[cfg(feature = "parquet")]
            if let Some(file) = file {
                let written = parquet_output::write(&mut stream, file).await;
                progress.finish();
                return written.map_err(|e| {
                    let truncated = e.truncated;
                    let mut failure = e.failure;
                    if truncated {
                        failure.message.push_str(
                            " (the output file is incomplete: not a readable Parquet file)",
                        );
                    }
                    failure
                });
            }
            // Refused above, before anything was sent.
            return Err(Failure::local(format!("--format parquet: {PARQUET_HINT}")));
        }
    };
    let written = match &mut file {
        Some(file) => stream
            .write_to(std::io::BufWriter::new(file), format)
            .await
            .map(drop),
        None => stream.write_to(&mut *out, format).await.map(drop),
    };
    progress.finish();
    written.map_err(|e| {
        let truncated = report_read_error(&e).is_some_and(|r| r.is_truncated());
        let mut failure = Failure::from(e);
        if truncated && args.output.is_some() {
            failure
                .message
                .push_str(" (the output file holds the rows read before the cut)");
        }
        failure
    })?;
    out.flush()
        .map_err(|e| Failure::local(format!("cannot write the report: {e}")))?;
    Ok(())
}

/// The progress display on stderr: a bar on a terminal, plain lines otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new() -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Progress { bar }
    }

    fn callback(&self) -> Box<dyn FnMut(&ReportProgress) + Send> {
        let bar = self.bar.clone();
        Box::new(move |event| {
            let line = describe(event);
            match &bar {
                Some(bar) => bar.set_message(line),
                None => eprintln!("ydirect report: {line}"),
            }
        })
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish();
        }
    }
}

fn describe(event: &ReportProgress) -> String {
    let queue = |n: &Option<u32>| {
        n.map(|n| format!(", {n} reports in queue"))
            .unwrap_or_default()
    };
    match event {
        ReportProgress::Queued {
            polls,
            retry_in,
            reports_in_queue,
        } => format!(
            "queued (answer {polls}{}), asking again in {:.1} s",
            queue(reports_in_queue),
            retry_in.as_secs_f64()
        ),
        ReportProgress::Building {
            polls,
            retry_in,
            reports_in_queue,
        } => format!(
            "building (answer {polls}{}), asking again in {:.1} s",
            queue(reports_in_queue),
            retry_in.as_secs_f64()
        ),
        ReportProgress::Downloading { bytes, rows } => {
            format!("downloading: {} read, {rows} rows", size(*bytes))
        }
        ReportProgress::Done { bytes, rows } => format!("done: {} read, {rows} rows", size(*bytes)),
    }
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{bytes} bytes")
    }
}

/// `--format parquet`: the rows into Arrow batches, the batches into a Parquet file.
#[cfg(feature = "parquet")]
mod parquet_output {
    use parquet::arrow::ArrowWriter;
    use yandex_direct::runtime::reports::arrow::{report_schema, BatchBuilder, BatchOptions};
    use yandex_direct::runtime::reports::{report_read_error, ReportStream};

    use crate::exit::Failure;
    use crate::table::parquet_table::writer_properties;

    /// Why writing failed, and whether the report was cut short.
    pub struct WriteFailure {
        pub failure: Failure,
        pub truncated: bool,
    }

    fn parquet_error(e: parquet::errors::ParquetError) -> WriteFailure {
        WriteFailure {
            failure: Failure::local(format!("cannot write the Parquet file: {e}")),
            truncated: false,
        }
    }

    /// Writes every remaining row of `stream` to `file`, one row group per batch of 64 Ki rows
    /// (memory stays bounded by one batch), Snappy-compressed.
    pub async fn write(stream: &mut ReportStream, file: std::fs::File) -> Result<(), WriteFailure> {
        let options = BatchOptions::default();
        let properties = writer_properties(options.batch_rows);
        let mut builder = BatchBuilder::new(options);
        let mut writer: Option<ArrowWriter<std::fs::File>> = None;
        let mut file = Some(file);
        loop {
            let batch = stream.next_batch(&mut builder).await.map_err(|e| {
                let truncated = report_read_error(&e).is_some_and(|r| r.is_truncated());
                WriteFailure {
                    failure: Failure::from(e),
                    truncated,
                }
            })?;
            let Some(batch) = batch else { break };
            if writer.is_none() {
                if let Some(file) = file.take() {
                    let opened =
                        ArrowWriter::try_new(file, batch.schema(), Some(properties.clone()))
                            .map_err(parquet_error)?;
                    writer = Some(opened);
                }
            }
            if let Some(writer) = &mut writer {
                writer.write(&batch).map_err(parquet_error)?;
            }
        }
        // A report without rows is still a Parquet file with its columns.
        let writer = match (writer, file) {
            (Some(writer), _) => writer,
            (None, Some(file)) => {
                let schema = report_schema(stream.columns(), &options);
                ArrowWriter::try_new(file, schema, Some(properties)).map_err(parquet_error)?
            }
            (None, None) => return Ok(()),
        };
        writer.close().map_err(parquet_error)?;
        Ok(())
    }
}
