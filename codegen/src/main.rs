//! `cargo run -p codegen [-- --check]`: regenerate the bindings from `schema/`.
//! `cargo run -p codegen -- import ...`: refresh `schema/direct_v5` from the WSDL.
//! `cargo run -p codegen -- stats`: counts of services, methods, types, ... per API, as JSON.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn workspace_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

const USAGE: &str = "usage: codegen [--check] [--schema DIR] [--out DIR]
       codegen import [--check] [--from DIR | --from-url BASE] [--schema DIR]
       codegen stats [--schema DIR] [--compare-wsdl DIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("import") => ExitCode::from(codegen::import::cli(&args[1..], &workspace_dir())),
        Some("stats") => ExitCode::from(codegen::stats::cli(&args[1..], &workspace_dir())),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => generate(&args),
    }
}

fn generate(args: &[String]) -> ExitCode {
    let root = workspace_dir();
    let mut schema_dir = root.join("schema");
    let mut out_dir = root.join("generated/src/generated");
    let mut check = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--schema" | "--out" => {
                let Some(value) = iter.next() else {
                    eprintln!("{arg} needs a folder\n{USAGE}");
                    return ExitCode::from(2);
                };
                if arg == "--schema" {
                    schema_dir = PathBuf::from(value);
                } else {
                    out_dir = PathBuf::from(value);
                }
            }
            other => {
                eprintln!("unknown argument `{other}`\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let started = Instant::now();
    let manifest = root.join("generated/Cargo.toml");
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
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    let mut stale = 0;
    for (path, status) in &report {
        let shown = out_dir.join(path);
        match (status, check) {
            (codegen::FileStatus::Unchanged, _) => {}
            (codegen::FileStatus::Changed, true) => {
                stale += 1;
                eprintln!("stale: {}", shown.display());
            }
            (codegen::FileStatus::Stale, true) => {
                stale += 1;
                eprintln!("no longer generated: {}", shown.display());
            }
            (codegen::FileStatus::Changed, false) => println!("wrote   {}", shown.display()),
            (codegen::FileStatus::Stale, false) => println!("removed {}", shown.display()),
        }
    }
    let lines: usize = report
        .iter()
        .filter_map(|(p, _)| std::fs::read_to_string(out_dir.join(p)).ok())
        .map(|t| t.lines().count())
        .sum();
    if check {
        if stale > 0 {
            eprintln!(
                "{stale} generated file(s) differ from what the schema gives: run `cargo run -p codegen`"
            );
            return ExitCode::FAILURE;
        }
        println!("generated code is up to date ({} files)", report.len());
    } else {
        println!(
            "{} files ({} lines) from {} in {:.0} ms",
            report.len(),
            lines,
            schema_dir.display(),
            elapsed.as_secs_f64() * 1000.0
        );
    }
    ExitCode::SUCCESS
}
