//! The `codegen` command: regenerates the bindings of the `yandex-direct` crate from `schema/`,
//! refreshes the schema from the official WSDL, and counts what the schema holds.
//!
//! - `cargo run -p codegen [-- --check] [--schema DIR] [--out DIR] [--ga4-out DIR]`: regenerate
//!   the bindings of `yandex-direct` and of `ga4-data` (also spelled `codegen generate ...`).
//! - `cargo run -p codegen -- import [--check] [--from DIR | --from-url BASE] [--from-v4 FILE]
//!   [--schema DIR]`: refresh `schema/direct_v5` (and `direct_v4`) from the WSDL.
//! - `cargo run -p codegen -- import --from-discovery FILE [--quota-categories TSV] [--check]
//!   [--schema DIR]`: refresh `schema/ga4_data` from a Google Discovery document.
//! - `cargo run -p codegen -- import --from-metrica DIR [--check] [--schema DIR]`: refresh
//!   `schema/metrica/fields.json` from the Metrica Reporting API tables.
//! - `cargo run -p codegen -- stats [--schema DIR] [--compare-wsdl DIR]`: counts of services,
//!   methods, types, ... per API, as JSON, or a comparison with the WSDL.
//!
//! Every command has `--help`; `--version` prints the version.
//!
//! # Exit status
//!
//! - 0: done, or (with `--check` / `--compare-wsdl`) everything is up to date.
//! - 1: a fault (schema errors, I/O, a download) or, with `--check` / `--compare-wsdl`, a
//!   difference.
//! - 2: a usage error: an unknown option, a missing value, `--from` together with `--from-url`
//!   (clap's exit code for usage errors).
//!
//! The argument parsing lives here only; the library (`codegen::import::run`,
//! `codegen::stats::run`, `codegen::generate_with`) takes typed options.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use codegen::stats::{self, PartSummary};
use codegen::FileStatus;

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "codegen",
    version,
    about = "Generates the Rust bindings of the yandex-direct crate from the JSON schema",
    long_about = "Generates the Rust bindings of the yandex-direct crate from the JSON schema.\n\n\
        Without a command, regenerates generated/src/generated/ from schema/ (the `generate` \
        command).\n\nExit status: 0 done or up to date; 1 a fault or, when checking, a \
        difference; 2 a usage error.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// What to do; `generate` when omitted.
    #[command(subcommand)]
    command: Option<Command>,
    /// The options of `generate`, accepted without the command name.
    #[command(flatten)]
    generate: GenerateArgs,
}

/// The commands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Regenerate the bindings from the schema (the default command).
    Generate(GenerateArgs),
    /// Refresh schema/direct_v5 (and direct_v4) from the official WSDL, XSD and Reports spec, or
    /// schema/ga4_data from a Discovery document (--from-discovery), or schema/metrica from the
    /// Metrica tables (--from-metrica).
    Import(ImportArgs),
    /// Print the counts of services, methods, types, fields and enums per API, as JSON.
    Stats(StatsArgs),
}

/// The options of `codegen [generate]`.
#[derive(Debug, Args)]
struct GenerateArgs {
    /// Write nothing; fail (exit 1) when a generated file is stale, missing or extra.
    #[arg(long)]
    check: bool,
    /// The schema folder [default: schema/ of this workspace].
    #[arg(long, value_name = "DIR")]
    schema: Option<PathBuf>,
    /// The output folder [default: generated/src/generated/ of this workspace].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The output folder of the REST APIs of schema/ga4_data/ [default:
    /// generated/ga4-data/src/generated/ of this workspace].
    #[arg(long, value_name = "DIR")]
    ga4_out: Option<PathBuf>,
    /// The output folder of schema/metrica/ [default:
    /// generated/metrica-reporting/src/generated/ of this workspace].
    #[arg(long, value_name = "DIR")]
    metrica_out: Option<PathBuf>,
}

/// The options of `codegen import`.
#[derive(Debug, Args)]
struct ImportArgs {
    /// Write nothing; fail (exit 1) when a schema file would change
    ///
    /// A schema file fails the check when it differs from what the WSDL gives, is missing, or is
    /// no longer produced.
    #[arg(long)]
    check: bool,
    /// The v5 WSDL folder [default: ../shared/reference/direct-v5/wsdl]
    ///
    /// DIR/*.xml (one WSDL per service) and DIR/imports/*.xsd. The Reports spec
    /// (DIR/../reports-spec.json) and the v4 WSDL (DIR/../../direct-v4/live.wsdl) are looked
    /// for beside it. The default is relative to this workspace.
    #[arg(long, value_name = "DIR", conflicts_with = "from_url")]
    from: Option<PathBuf>,
    /// Download the v5 WSDL from BASE instead of reading a folder
    ///
    /// Downloads BASE/<service>?wsdl and each imported XSD as BASE/<name>.xsd, e.g. with
    /// BASE=https://api.direct.yandex.com/v5. There is no Reports spec to download: the Reports
    /// part is skipped.
    #[arg(long, value_name = "BASE")]
    from_url: Option<String>,
    /// The v4 Live WSDL file
    ///
    /// Named explicitly, it must exist. By default it is looked for beside the v5 WSDL folder
    /// (../../direct-v4/live.wsdl from it), and the v4 part is skipped when it is missing.
    #[arg(long, value_name = "FILE")]
    from_v4: Option<PathBuf>,
    /// Import a Google Discovery document instead, into schema/ga4_data/<version>.json
    ///
    /// Only this document is imported (not the WSDL). With --check, the file is compared as
    /// parsed JSON: the order of keys is not a change.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["from", "from_url", "from_v4"])]
    from_discovery: Option<PathBuf>,
    /// Import the Metrica Reporting API tables instead, into schema/metrica/fields.json
    ///
    /// DIR holds fields-index.tsv, direct-dimensions.tsv, quotas.tsv and error-types.tsv
    /// (e.g. ../shared/reference/metrica). Only these are imported. With --check, the file is
    /// compared as parsed JSON.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["from", "from_url", "from_v4", "from_discovery"])]
    from_metrica: Option<PathBuf>,
    /// The quota category of each method, for --from-discovery [default: method-categories.tsv
    /// beside the document, if there]
    #[arg(long, value_name = "TSV", requires = "from_discovery")]
    quota_categories: Option<PathBuf>,
    /// The schema folder written or checked [default: schema/ of this workspace].
    #[arg(long, value_name = "DIR")]
    schema: Option<PathBuf>,
}

/// The options of `codegen stats`.
#[derive(Debug, Args)]
struct StatsArgs {
    /// The schema folder [default: schema/ of this workspace].
    #[arg(long, value_name = "DIR")]
    schema: Option<PathBuf>,
    /// Compare the counts of direct_v5/ with a WSDL folder instead; fail (exit 1) if they differ
    ///
    /// The WSDL side is counted from the XML elements directly, not through the importer, so
    /// this tells whether the schema still says everything the WSDL says.
    #[arg(long, value_name = "DIR")]
    compare_wsdl: Option<PathBuf>,
}

/// The workspace this binary was built in: the default home of `schema/` and `generated/`.
fn workspace_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let workspace = workspace_dir();
    let ok = match cli.command {
        None => generate(&cli.generate, &workspace),
        Some(Command::Generate(args)) => generate(&args, &workspace),
        Some(Command::Import(args)) if args.from_discovery.is_some() => {
            codegen::import::discovery::run(&codegen::import::discovery::DiscoveryOptions {
                document: args.from_discovery.unwrap_or_default(),
                quota_categories: args.quota_categories,
                schema: args.schema.unwrap_or_else(|| workspace.join("schema")),
                check: args.check,
            })
        }
        Some(Command::Import(args)) if args.from_metrica.is_some() => {
            codegen::import::metrica::run(&codegen::import::metrica::MetricaOptions {
                from: args.from_metrica.unwrap_or_default(),
                schema: args.schema.unwrap_or_else(|| workspace.join("schema")),
                check: args.check,
            })
        }
        Some(Command::Import(args)) => {
            let options = codegen::import::ImportOptions {
                from: args.from,
                from_url: args.from_url,
                from_v4: args.from_v4,
                schema: args.schema.unwrap_or_else(|| workspace.join("schema")),
                check: args.check,
            };
            codegen::import::run(&options, &workspace)
        }
        Some(Command::Stats(args)) => stats::run(&stats::StatsOptions {
            schema: args.schema.unwrap_or_else(|| workspace.join("schema")),
            compare_wsdl: args.compare_wsdl,
        }),
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// How many files of one part were written, left alone and removed.
#[derive(Debug, Default, Clone, Copy)]
struct FileCounts {
    changed: usize,
    unchanged: usize,
    stale: usize,
}

/// `1 file`, `2 files`: `plural` loses its `s` when `n` is one.
fn counted(n: usize, plural: &str) -> String {
    if n == 1 {
        format!("{n} {}", plural.strip_suffix('s').unwrap_or(plural))
    } else {
        format!("{n} {plural}")
    }
}

/// `codegen [generate]`: regenerates (or checks) the bindings of both crates.
fn generate(args: &GenerateArgs, workspace: &Path) -> bool {
    let direct = generate_direct(args, workspace);
    let rest = generate_rest(args, workspace);
    let metrica = generate_metrica(args, workspace);
    direct && rest && metrica
}

/// The `ga4-data` crate from `schema/ga4_data/`; prints what was written (or is stale).
fn generate_rest(args: &GenerateArgs, workspace: &Path) -> bool {
    let schema_dir = args
        .schema
        .clone()
        .unwrap_or_else(|| workspace.join("schema"));
    let out_dir = args
        .ga4_out
        .clone()
        .unwrap_or_else(|| workspace.join("generated/ga4-data/src/generated"));
    let report = codegen::generate_rest(&schema_dir, &out_dir, "crate", args.check);
    report_part("ga4_data", &out_dir, report, args.check)
}

/// The `metrica-reporting` crate from `schema/metrica/`; prints what was written (or is stale).
fn generate_metrica(args: &GenerateArgs, workspace: &Path) -> bool {
    let schema_dir = args
        .schema
        .clone()
        .unwrap_or_else(|| workspace.join("schema"));
    let out_dir = args
        .metrica_out
        .clone()
        .unwrap_or_else(|| workspace.join("generated/metrica-reporting/src/generated"));
    let report = codegen::generate_metrica(&schema_dir, &out_dir, "crate::schema", args.check);
    report_part("metrica", &out_dir, report, args.check)
}

/// Prints what one generated part wrote (or, with `check`, what is stale); `false` on a fault
/// or a stale file.
fn report_part(
    part: &str,
    out_dir: &Path,
    report: Result<Option<Vec<(PathBuf, FileStatus)>>, codegen::Error>,
    check: bool,
) -> bool {
    let report = match report {
        Ok(Some(report)) => report,
        Ok(None) => return true,
        Err(e) => {
            eprintln!("{e}");
            return false;
        }
    };
    let mut counts = FileCounts::default();
    for (path, status) in &report {
        let shown = out_dir.join(path);
        match (status, check) {
            (FileStatus::Unchanged, _) => counts.unchanged += 1,
            (FileStatus::Changed, true) => eprintln!("stale: {}", shown.display()),
            (FileStatus::Changed, false) => println!("wrote   {}", shown.display()),
            (FileStatus::Stale, true) => eprintln!("no longer generated: {}", shown.display()),
            (FileStatus::Stale, false) => println!("removed {}", shown.display()),
        }
        match status {
            FileStatus::Changed => counts.changed += 1,
            FileStatus::Stale => counts.stale += 1,
            FileStatus::Unchanged => {}
        }
    }
    let total = counts.changed + counts.unchanged;
    if check {
        if counts.changed + counts.stale > 0 {
            eprintln!(
                "{} generated file(s) of {} differ from what schema/{part} gives: run `cargo run -p codegen`",
                counts.changed + counts.stale,
                out_dir.display()
            );
            return false;
        }
        println!("{:<12} {}: up to date", part, counted(total, "files"));
    } else {
        println!(
            "{:<12} {}: {} written, {} unchanged, {} removed",
            part,
            counted(total, "files"),
            counts.changed,
            counts.unchanged,
            counts.stale
        );
    }
    true
}

/// The `yandex-direct` crate: regenerates (or checks) its bindings and prints what each part
/// holds.
fn generate_direct(args: &GenerateArgs, workspace: &Path) -> bool {
    let schema_dir = args
        .schema
        .clone()
        .unwrap_or_else(|| workspace.join("schema"));
    let out_dir = args
        .out
        .clone()
        .unwrap_or_else(|| workspace.join("generated/src/generated"));
    let check = args.check;
    let started = Instant::now();
    let manifest = workspace.join("generated/Cargo.toml");
    let report = match codegen::generate_with(
        &schema_dir,
        &out_dir,
        &codegen::emit::Options::default(),
        Some(&manifest),
        check,
    ) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{e}");
            return false;
        }
    };
    let elapsed = started.elapsed();

    let mut per_part: BTreeMap<&str, FileCounts> = BTreeMap::new();
    let mut stale = 0;
    for (path, status) in &report {
        let counts = per_part.entry(stats::part_of(path)).or_default();
        let shown = out_dir.join(path);
        match status {
            FileStatus::Unchanged => counts.unchanged += 1,
            FileStatus::Changed => {
                counts.changed += 1;
                if check {
                    stale += 1;
                    eprintln!("stale: {}", shown.display());
                } else {
                    println!("wrote   {}", shown.display());
                }
            }
            FileStatus::Stale => {
                counts.stale += 1;
                if check {
                    stale += 1;
                    eprintln!("no longer generated: {}", shown.display());
                } else {
                    println!("removed {}", shown.display());
                }
            }
        }
    }

    let summaries = match stats::summarize(&schema_dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("warning: cannot count what the schema holds: {e}");
            Vec::new()
        }
    };
    let (changed, removed) = if check {
        ("stale", "no longer generated")
    } else {
        ("written", "removed")
    };
    for part in stats::PARTS {
        let Some(files) = per_part.get(part) else {
            continue;
        };
        let holds = summaries
            .iter()
            .find(|s| s.part == part)
            .map(PartSummary::to_string)
            .map(|d| format!("{d}; "))
            .unwrap_or_default();
        let total = files.changed + files.unchanged;
        println!(
            "{part:<12} {holds}{}: {} {changed}, {} unchanged, {} {removed}",
            counted(total, "files"),
            files.changed,
            files.unchanged,
            files.stale
        );
    }

    let produced = report
        .iter()
        .filter(|(_, s)| *s != FileStatus::Stale)
        .count();
    if check {
        if stale > 0 {
            eprintln!(
                "{stale} generated file(s) differ from what the schema gives: run `cargo run -p codegen`"
            );
            return false;
        }
        println!(
            "generated code is up to date ({} files, checked in {:.0} ms)",
            produced,
            elapsed.as_secs_f64() * 1000.0
        );
    } else {
        let lines: usize = report
            .iter()
            .filter_map(|(p, _)| std::fs::read_to_string(out_dir.join(p)).ok())
            .map(|t| t.lines().count())
            .sum();
        println!(
            "{} files ({} lines) from {} in {:.0} ms",
            produced,
            lines,
            schema_dir.display(),
            elapsed.as_secs_f64() * 1000.0
        );
    }
    true
}
