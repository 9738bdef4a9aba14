//! `cargo run --release -p tools --bin compile-bench [-- --runs N]`
//!
//! Times clean debug builds of the `yandex-direct` crate and its runtime crate (their other
//! dependencies are built once first and then reused): with every service, and with one small service. Prints the medians and
//! the number of generated lines.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs = match args.iter().position(|a| a == "--runs") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n > 0 => n,
            _ => {
                eprintln!("--runs needs a positive number");
                return ExitCode::from(2);
            }
        },
        None => 3,
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = root.join("target/compile-bench");
    let lines = count_lines(&root.join("generated/src/generated"));
    println!("generated code: {} files, {} lines", lines.0, lines.1);
    for (label, features) in [
        ("all services", "all"),
        ("one small service (changes)", "changes"),
    ] {
        // The first build compiles the dependencies; only the crate's own rebuilds are timed.
        if let Err(e) = build(&root, &target, features) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
        let mut seconds = Vec::new();
        for _ in 0..runs {
            let clean = Command::new("cargo")
                // The runtime is a crate of its own: a user's clean build compiles it too.
                .args([
                    "clean",
                    "-q",
                    "-p",
                    "yandex-direct",
                    "-p",
                    "yandex-direct-runtime",
                    "--target-dir",
                ])
                .arg(&target)
                .current_dir(&root)
                .status();
            if !clean.is_ok_and(|s| s.success()) {
                eprintln!("cargo clean failed");
                return ExitCode::FAILURE;
            }
            let started = Instant::now();
            if let Err(e) = build(&root, &target, features) {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
            seconds.push(started.elapsed().as_secs_f64());
        }
        seconds.sort_by(f64::total_cmp);
        println!(
            "clean debug build of yandex-direct with {label}: median {:.1} s over {runs} runs ({})",
            seconds[seconds.len() / 2],
            seconds
                .iter()
                .map(|s| format!("{s:.1}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    ExitCode::SUCCESS
}

fn build(root: &Path, target: &Path, features: &str) -> Result<(), String> {
    let status = Command::new("cargo")
        .args([
            "build",
            "-q",
            "-p",
            "yandex-direct",
            "--no-default-features",
            "--features",
            features,
            "--target-dir",
        ])
        .arg(target)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo build --features {features} failed"))
    }
}

fn count_lines(dir: &Path) -> (usize, usize) {
    let mut files = 0;
    let mut lines = 0;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                lines += std::fs::read_to_string(&path)
                    .map(|t| t.lines().count())
                    .unwrap_or(0);
            }
        }
    }
    (files, lines)
}
