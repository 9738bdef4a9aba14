//! `ydirect sync`: brings a mirror of one or more accounts (a local SQLite file, or a PostgreSQL
//! database shared by several workers) up to date through the Changes service (a thin layer over `yandex-direct-mirror`); `ydirect sync --status` shows
//! what the mirror holds.
//!
//! Progress goes to stderr, a bar per login on a terminal and a line per step otherwise; the
//! summary goes to stdout.

use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use yandex_direct::runtime::governor::{Governor, QuotaKey};
use yandex_direct::{Client, ErrorKind};
use yandex_direct_mirror::{
    LoginReport, Mirror, Outcome, PostgresQuotaStore, Progress, Step, SyncOptions,
};

use crate::connection::ConnectionArgs;
use crate::exit::{Exit, Failure};

const AFTER_HELP: &str = "\
The first sync of a login downloads its campaigns, ad groups, ads, keywords and the
dictionaries; later syncs ask the Changes service what changed since the saved Timestamp and
fetch only that. A sync stopped anywhere (Ctrl-C, units spent, --units-budget) goes on from
where it stopped the next time. The token is read from YANDEX_DIRECT_TOKEN unless --token-file
is given.

One sync of a login runs at a time, whichever process runs it: a sync takes the login's lease
in the database first (renewed while it runs; a killed worker's lease expires after
--lease-seconds). A second sync of the same login waits for it, or with --skip-locked says so
and goes on with its other logins. With PostgreSQL, any number of workers on any number of
machines can run `--all-logins` rounds at once: each login is synced once a round, by the
first worker to take it.

With --shared-limits (PostgreSQL only) every process using the database counts the API's
limits together, in tables of that database: at most 5 requests in flight per login (slots
held as leases, so a killed process frees them after --slot-lease-seconds), the latest units
figures of each login seen by any of them (a call the units left cannot cover is not sent),
and --units-budget counted across processes per login per UTC day.

Examples:
  ydirect sync --db direct.sqlite
  ydirect sync --db agency.sqlite --login client-a --login client-b
  ydirect sync --db postgres://mirror@db.internal:5432/direct --all-logins
  ydirect sync --db postgres://mirror@db.internal/direct --all-logins --shared-limits --units-budget 20000
  ydirect sync --db agency.sqlite --status
  sqlite3 direct.sqlite \"SELECT id, name, status FROM campaigns WHERE state = 'ON'\"";

/// The arguments of `ydirect sync`.
#[derive(Debug, Clone, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct SyncArgs {
    /// The mirror: a SQLite file (created if missing) or a PostgreSQL database
    /// (`postgres://user@host:port/db`; its tables are created on first use).
    #[arg(long, value_name = "FILE|URL")]
    pub db: PathBuf,
    /// An account to sync (the `Client-Login` header), repeatable; agencies name their clients.
    /// Default: the token's own account.
    #[arg(long = "login", value_name = "LOGIN")]
    pub logins: Vec<String>,
    /// Sync every login the mirror already holds, once this round, sharing the work with the
    /// other workers running a round on the same database (logins they hold are left to them).
    #[arg(long, conflicts_with_all = ["logins", "status"])]
    pub all_logins: bool,
    /// A login another worker is syncing is left alone (and said so) instead of waited for.
    #[arg(long, conflicts_with = "status")]
    pub skip_locked: bool,
    /// How long a login's lease lasts unless renewed (every third of it while syncing): a
    /// killed worker's logins are taken over after this long.
    #[arg(long, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub lease_seconds: u64,
    /// Download everything again instead of asking what changed.
    #[arg(long, conflicts_with = "status")]
    pub full: bool,
    /// Print each login's last Timestamp, stored objects and units, and sync nothing.
    #[arg(long)]
    pub status: bool,
    /// Units each login may spend in this run; the sync stops at a step boundary before going
    /// past it, and goes on from there next time.
    #[arg(long, value_name = "UNITS", value_parser = clap::value_parser!(i64).range(1..))]
    pub units_budget: Option<i64>,
    /// Count the API's limits with every process using this PostgreSQL database: 5 requests
    /// in flight per login, the units left, and --units-budget per login per UTC day.
    #[arg(long, conflicts_with = "status")]
    pub shared_limits: bool,
    /// How long a shared request slot outlives a killed process (with --shared-limits).
    #[arg(long, value_name = "SECONDS", default_value_t = 60, requires = "shared_limits",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub slot_lease_seconds: u64,
    /// Which server, the token, the language.
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

/// The name a login is shown with (the empty login is the token's own account).
fn shown(login: &str) -> &str {
    if login.is_empty() {
        "(own account)"
    } else {
        login
    }
}

/// Runs `ydirect sync`.
pub async fn run(
    args: &SyncArgs,
    env_token: Option<String>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    match sync(args, env_token, out, err).await {
        Ok(exit) => exit,
        Err(failure) => {
            let _ = writeln!(err, "ydirect sync: {}", failure.message);
            failure.exit
        }
    }
}

async fn sync(
    args: &SyncArgs,
    env_token: Option<String>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<Exit, Failure> {
    let database = args.db.to_str().ok_or_else(|| {
        Failure::local(format!(
            "--db {}: the path is not valid UTF-8",
            args.db.display()
        ))
    })?;
    let mirror = Mirror::connect(database).map_err(|e| Failure::local(e.to_string()))?;
    if args.status {
        print_status(&mirror, out)?;
        return Ok(Exit::Ok);
    }
    let governor = shared_governor(args, database).await?;
    let client = build_client(args, env_token, governor.as_ref())?;
    let stored;
    let logins: Vec<&str> = if args.all_logins {
        stored = mirror
            .status()
            .map_err(|e| Failure::local(e.to_string()))?
            .into_iter()
            .map(|status| status.login)
            .collect::<Vec<_>>();
        stored.iter().map(String::as_str).collect()
    } else if args.logins.is_empty() {
        vec![""]
    } else {
        args.logins.iter().map(String::as_str).collect()
    };
    let progress = if std::io::stderr().is_terminal() {
        bars(&logins)
    } else {
        lines()
    };
    let options = SyncOptions {
        full: args.full,
        units_budget: args.units_budget,
        progress: Some(progress),
        skip_locked: args.skip_locked,
        lease: Some(Duration::from_secs(args.lease_seconds)),
        ..SyncOptions::default()
    };
    let synced = if args.all_logins {
        mirror.sync_all_logins(&client, &options).await
    } else {
        mirror.sync_with(&client, &logins, &options).await
    };
    if let Some(governor) = &governor {
        // What this process spent reaches the other processes before it ends.
        governor.flush().await;
    }
    let report = match synced {
        Ok(report) => report,
        Err(e) => return Err(explain(e)),
    };
    if args.all_logins && logins.is_empty() {
        let _ = writeln!(
            err,
            "ydirect sync: the mirror holds no login yet: sync one with --login first"
        );
    }
    let mut exit = Exit::Ok;
    for login in &report.logins {
        write_summary(login, out)?;
        match &login.outcome {
            Outcome::Complete => {}
            Outcome::BudgetReached { next } => {
                let _ = writeln!(
                    err,
                    "ydirect sync: {}: stopped before step `{}` to stay within --units-budget; \
                     run the sync again to go on from there",
                    shown(&login.login),
                    next.as_str()
                );
            }
            Outcome::UnitsExhausted { step } => {
                let _ = writeln!(
                    err,
                    "ydirect sync: {}: the API's units are spent (error 152) during step `{}`; \
                     units are restored through the day (a 24th of the daily limit each hour): \
                     run the sync again in an hour to go on from that step",
                    shown(&login.login),
                    step.as_str()
                );
                exit = exit.max(Exit::Api);
            }
            Outcome::Stopped { .. } => exit = exit.max(Exit::Local),
            Outcome::Locked { holder } => {
                let _ = writeln!(
                    err,
                    "ydirect sync: {}: skipped, another worker is syncing it ({holder})",
                    shown(&login.login)
                );
            }
        }
    }
    Ok(exit)
}

fn build_client(
    args: &SyncArgs,
    env_token: Option<String>,
    governor: Option<&Governor>,
) -> Result<Client, Failure> {
    let mut builder = args.connection.client_builder(env_token)?;
    if let Some(governor) = governor {
        builder = builder.governor(governor.clone());
    }
    Ok(builder.build()?)
}

/// With --shared-limits, a governor whose slots, units figures and budgets are kept in the
/// mirror's PostgreSQL database.
async fn shared_governor(args: &SyncArgs, database: &str) -> Result<Option<Governor>, Failure> {
    if !args.shared_limits {
        return Ok(None);
    }
    if !yandex_direct_mirror::postgres::is_postgres_url(database) {
        return Err(Failure::local(format!(
            "--shared-limits needs a PostgreSQL database (--db postgres://...), not {database:?}: \
             a SQLite mirror is used by one process, whose limits are its own"
        )));
    }
    let store = PostgresQuotaStore::connect(database)
        .await
        .map_err(|e| Failure::local(e.to_string()))?;
    let mut builder = Governor::builder()
        .shared_store(Arc::new(store))
        .slot_lease(Duration::from_secs(args.slot_lease_seconds));
    if let Some(budget) = args.units_budget {
        builder = builder.budget(QuotaKey::DIRECT, budget);
    }
    Ok(Some(builder.build()))
}

/// A failed sync, with what to do about it.
fn explain(error: yandex_direct_mirror::Error) -> Failure {
    let Some(api) = error.api() else {
        return match error {
            yandex_direct_mirror::Error::Storage(e) => Failure::local(e.to_string()),
            other => Failure::transport(other.to_string()),
        };
    };
    let advice = match api.kind() {
        Some(ErrorKind::Auth) => {
            "; the token is invalid or expired: get a new OAuth token and set YANDEX_DIRECT_TOKEN"
        }
        Some(ErrorKind::Rights) => {
            "; no rights: check --login (an agency names its client, a client its own login) \
             and that the token's account may act for it"
        }
        Some(ErrorKind::UnitsExhausted) => {
            "; the units are spent: run the sync again in an hour, it goes on from where it stopped"
        }
        _ if api.is_temporary() => "; the API is unavailable for now: run the sync again later",
        _ => "",
    };
    Failure {
        exit: Exit::of_error(api),
        message: format!("{error}{advice}"),
    }
}

fn step_number(step: Step) -> usize {
    Step::ALL.iter().position(|s| *s == step).unwrap_or(0) + 1
}

/// Plain lines, one per step, for logs and pipes.
fn lines() -> yandex_direct_mirror::ProgressHook {
    Arc::new(|event: &Progress| {
        match event {
            Progress::Started { login, full } => eprintln!(
                "sync {}: {}",
                shown(login),
                if *full {
                    "full download"
                } else {
                    "changes since the last sync"
                }
            ),
            Progress::StepStarted { .. } => {}
            Progress::StepDone {
                login,
                step,
                applied,
                units,
                requests,
            } => eprintln!(
                "sync {}: step {}/{} {}: +{} ~{} -{}, {units} units, {requests} requests",
                shown(login),
                step_number(*step),
                Step::ALL.len(),
                step.as_str(),
                applied.added,
                applied.changed,
                applied.removed
            ),
        }
        ControlFlow::Continue(())
    })
}

/// A bar per login on a terminal.
fn bars(logins: &[&str]) -> yandex_direct_mirror::ProgressHook {
    let multi = MultiProgress::new();
    let style = ProgressStyle::with_template("{prefix:>20} [{bar:30}] {pos}/{len} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    let bars: Vec<(String, ProgressBar)> = logins
        .iter()
        .map(|login| {
            let bar = multi.add(ProgressBar::new(Step::ALL.len() as u64));
            bar.set_style(style.clone());
            bar.set_prefix(shown(login).to_owned());
            (login.to_string(), bar)
        })
        .collect();
    Arc::new(move |event: &Progress| {
        let (login, message, position) = match event {
            Progress::Started { login, full } => (
                login,
                if *full {
                    "full download".to_owned()
                } else {
                    "changes".to_owned()
                },
                None,
            ),
            Progress::StepStarted { login, step } => (login, step.as_str().to_owned(), None),
            Progress::StepDone {
                login, step, units, ..
            } => (
                login,
                format!("{} done, {units} units", step.as_str()),
                Some(step_number(*step) as u64),
            ),
        };
        if let Some((_, bar)) = bars.iter().find(|(l, _)| l == login) {
            bar.set_message(message);
            if let Some(position) = position {
                bar.set_position(position);
                if position == Step::ALL.len() as u64 {
                    bar.finish();
                }
            }
        }
        ControlFlow::Continue(())
    })
}

fn write_summary(login: &LoginReport, out: &mut impl Write) -> Result<(), Failure> {
    let outcome = match &login.outcome {
        Outcome::Complete => "complete".to_owned(),
        Outcome::BudgetReached { next } => format!("stopped before {} (budget)", next.as_str()),
        Outcome::UnitsExhausted { step } => format!("stopped in {} (units spent)", step.as_str()),
        Outcome::Stopped { .. } => "stopped".to_owned(),
        Outcome::Locked { .. } => "skipped (locked by another worker)".to_owned(),
    };
    writeln!(
        out,
        "{}: {} {}: added {}, changed {}, removed {}; {} units, {} requests",
        shown(&login.login),
        if login.full { "full" } else { "incremental" },
        outcome,
        login.applied.added,
        login.applied.changed,
        login.applied.removed,
        login.units,
        login.requests
    )
    .map_err(|e| Failure::local(format!("cannot write the summary: {e}")))
}

fn print_status(mirror: &Mirror, out: &mut impl Write) -> Result<(), Failure> {
    let status = mirror.status().map_err(|e| Failure::local(e.to_string()))?;
    let mut text = String::from(
        "login\ttimestamp\tpending\tcampaigns\tad_groups\tads\tkeywords\tunits_total\tunits_last_run\n",
    );
    for login in &status {
        let [campaigns, groups, ads, keywords] = login.counts;
        text.push_str(&format!(
            "{}\t{}\t{}\t{campaigns}\t{groups}\t{ads}\t{keywords}\t{}\t{}\n",
            shown(&login.login),
            login.timestamp.as_deref().unwrap_or("-"),
            login.pending.as_deref().unwrap_or("-"),
            login.units,
            login.last_run_units
        ));
    }
    out.write_all(text.as_bytes())
        .map_err(|e| Failure::local(format!("cannot write the status: {e}")))
}
