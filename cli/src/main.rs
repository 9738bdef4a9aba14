//! `ydirect`: the command-line tool of the `yandex-direct` crate.
//!
//! ```text
//! ydirect [-v...] call <service> <method> [--params JSON|@FILE] [--login L]
//!         [--sandbox|--base-url URL] [--meta] [--token-file F] [--language LANG]
//!         [--max-body-bytes N]
//! ydirect [-v...] call <service> get --all [same options but --meta]
//! ydirect [-v...] call v4 <Method> [--params JSON|@FILE] [same options]
//!         [--finance-master-token-file F --finance-counter-file F [--finance-login L]]
//! ydirect [-v...] hit --dialect metrica|ua|ga4 [--strict] [--debug] [--base-url URL] < hits.jsonl
//! ydirect [-v...] sync --db FILE|URL [--login L]...|--all-logins [--full] [--units-budget N] [--skip-locked] [--sandbox|--base-url URL]
//! ydirect sync --db FILE|URL --status
//! ydirect [-v...] ga4 report --property ID --params JSON|@FILE [--all] [--format tsv|csv|jsonl]
//!         [--output F] [--credentials KEY.json | --token-file F] [--base-url URL]
//!         [--quota-policy fail|wait]
//! ydirect [-v...] ga4 metadata --property ID [same credentials and server options]
//! ydirect [-v...] metrica data --ids COUNTER --metrics A,B [--dimensions C,D] [--filters EXPR]
//!         [--date1 D] [--date2 D] [--limit N] [--all] [--attribution A]
//!         [--direct-client-login L] [--format tsv|csv|jsonl] [--output F]
//!         [--token-file F] [--base-url URL] [--quota-policy fail|wait]
//! ydirect [-v...] metrica join --ids COUNTER --goal-id N --date1 D --date2 D [--attribution A]
//!         [--currency CODE] [--client-login L] [--format tsv|csv|jsonl] [--output F]
//!         [--mode auto|online|offline] [--direct-token-file F] [--direct-base-url URL]
//!         [--metrica-token-file F] [--metrica-base-url URL]
//! ydirect [-v...] report --params JSON|@FILE [--format tsv|csv|jsonl] [--output FILE]
//!         [--mode auto|online|offline] [--money units|micros] [--login L]
//!         [--sandbox|--base-url URL] [--token-file F] [--language LANG] [--max-wait SECONDS]
//! ```
//!
//! `call` runs one Direct API method (v5, or v4 Live after `v4`), its params checked against
//! the schema before anything is sent (`get --all`: every page, one JSON line per item); `hit`
//! sends Measurement Protocol hits read as JSON lines; `report` streams a report of the Reports
//! service as TSV, CSV or JSON lines, its progress on stderr; `sync` brings a mirror (SQLite or
//! PostgreSQL) of accounts up to date through the Changes service; `ga4` reads the Google
//! Analytics Data API (a report, every page with `--all`; a property's metadata) through the
//! quota governor; `metrica data` reads a Yandex Metrica Reporting API table (every page with
//! `--all`), its query checked before sending; `metrica join` puts Direct's cost per campaign
//! and day beside Metrica's visits, goal reaches and revenue, with the cost per goal.
//! The token is read from `YANDEX_DIRECT_TOKEN`, or from `--token-file`.
//!
//! Exit status, the same for every command ([`exit::Exit`]):
//!
//! | code | meaning                                                                            |
//! |------|------------------------------------------------------------------------------------|
//! | 0    | success                                                                            |
//! | 1    | local fault: bad usage, invalid input (params, hits), no token, unreadable file    |
//! | 2    | API error: the server answered with an error (`hit`: a non-2xx answer); a quota stop |
//! | 3    | transport: network, timeout, an answer that could not be decoded                  |
//!
//! `-v` shows info events and the timing of each API call, `-vv` debug events; warnings (such
//! as retries) are always shown; `RUST_LOG` overrides the level.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod call;
mod connection;
mod exit;
mod ga4;
mod hit;
mod logging;
mod metrica;
mod metrica_join;
mod report;
mod sync;
mod table;

use exit::Exit;

/// The examples at the end of `ydirect --help`, before the exit-status table.
const EXAMPLES: &str = "\
Examples:
  export YANDEX_DIRECT_TOKEN=...
  ydirect call campaigns get --params '{\"SelectionCriteria\":{},\"FieldNames\":[\"Id\"]}'
  ydirect -v call v4 PingAPI
  ydirect hit --dialect ua < hits.jsonl
  ydirect sync --db direct.sqlite --login client-a --login client-b
  ydirect report --params @definition.json --format csv --output report.csv
  ydirect ga4 report --property 1234 --params @request.json --all --format jsonl
  ydirect metrica data --ids 44147844 --metrics ym:s:visits --dimensions ym:s:date --all
See `ydirect call --help`, `ydirect hit --help`, `ydirect report --help`, `ydirect sync --help`,
`ydirect ga4 --help` and `ydirect metrica --help`.";

/// The end of `ydirect --help`: examples and the exit-status table.
fn after_help() -> String {
    format!("{EXAMPLES}\n\n{}", exit::TABLE)
}

/// Call the Yandex Direct API and send Measurement Protocol hits from the shell.
#[derive(Debug, Parser)]
#[command(name = "ydirect", version, after_help = after_help())]
struct Cli {
    /// More diagnostics on stderr: -v info and call timings, -vv debug (RUST_LOG overrides).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Call one Direct API method (v5), or a v4 Live method with `call v4 <Method>`.
    Call(Box<call::CallArgs>),
    /// Send Measurement Protocol hits (JSON lines on stdin) to UA, Metrica or GA4.
    Hit(hit::HitArgs),
    /// Bring a local SQLite mirror of accounts up to date through the Changes service.
    Sync(Box<sync::SyncArgs>),
    /// Download a report (Reports service) as TSV, CSV or JSON lines, with progress on stderr.
    Report(Box<report::ReportArgs>),
    /// Read the Google Analytics Data API (GA4): reports and metadata, under the quota governor.
    Ga4(ga4::Ga4Args),
    /// Read the Yandex Metrica Reporting API: a table, its query checked before sending.
    Metrica(metrica::MetricaArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors are local faults.
            let exit = if e.use_stderr() {
                Exit::Local
            } else {
                Exit::Ok
            };
            // If even that cannot be printed, the status still says what happened.
            let _ = e.print();
            return exit.into();
        }
    };
    logging::init(cli.verbose);
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("ydirect: cannot start the async runtime: {e}");
            return Exit::Local.into();
        }
    };
    // Not locked for the whole run: the tracing subscriber writes to stderr too, from whatever
    // thread an event happens on (e.g. the blocking thread that resolves a host name).
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let exit = match &cli.command {
        Command::Call(args) => {
            let token = std::env::var(call::TOKEN_ENV).ok();
            runtime.block_on(call::run(args, token, &mut stdout, &mut stderr))
        }
        Command::Hit(args) => {
            let stdin = std::io::stdin().lock();
            runtime.block_on(hit::run(args, stdin, &mut stdout, &mut stderr))
        }
        Command::Sync(args) => {
            let token = std::env::var(call::TOKEN_ENV).ok();
            runtime.block_on(sync::run(args, token, &mut stdout, &mut stderr))
        }
        Command::Report(args) => {
            let token = std::env::var(call::TOKEN_ENV).ok();
            runtime.block_on(report::run(args, token, &mut stdout, &mut stderr))
        }
        Command::Ga4(args) => runtime.block_on(ga4::run(args, &mut stdout, &mut stderr)),
        Command::Metrica(args) => runtime.block_on(metrica::run(args, &mut stdout, &mut stderr)),
    };
    exit.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
