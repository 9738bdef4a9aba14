//! `fuzz`: runs the randomised checks of `tools::fuzz` for as long as asked and
//! reports executions and failures per target. Every failure is printed with the seed that
//! replays it.
//!
//! ```text
//! cargo run --release -p tools --bin fuzz -- --seconds 600
//! cargo run --release -p tools --bin fuzz -- --target mp-encoder --seconds 60
//! cargo run --release -p tools --bin fuzz -- --target direct-roundtrip --seed 1234 --runs 1
//! ```
//!
//! Exit status: 0 when every execution held, 1 when one failed, 2 on bad usage.

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use tools::fuzz::{Context, Rng, TARGETS};

const USAGE: &str = "usage: fuzz [--seconds N] [--target NAME]... [--seed N] [--runs N] [--list]
  --seconds N   time to spend over all targets, shared equally (default 10)
  --target NAME a target to run (default: all; --list names them)
  --seed N      the first seed (default: from the clock); execution i uses seed N + i
  --runs N      stop each target after N executions (with --seed: replay one failure)";

struct Options {
    seconds: f64,
    targets: Vec<String>,
    seed: Option<u64>,
    runs: Option<u64>,
    list: bool,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        seconds: 10.0,
        targets: Vec::new(),
        seed: None,
        runs: None,
        list: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--seconds" => {
                options.seconds = value("--seconds")?
                    .parse()
                    .map_err(|e| format!("--seconds: {e}"))?
            }
            "--target" => options.targets.push(value("--target")?),
            "--seed" => {
                options.seed = Some(
                    value("--seed")?
                        .parse()
                        .map_err(|e| format!("--seed: {e}"))?,
                )
            }
            "--runs" => {
                options.runs = Some(
                    value("--runs")?
                        .parse()
                        .map_err(|e| format!("--runs: {e}"))?,
                )
            }
            "--list" => options.list = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    for name in &options.targets {
        if !TARGETS.iter().any(|t| t.name == name) {
            return Err(format!("unknown target `{name}` (see --list)"));
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("fuzz: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if options.list {
        for target in TARGETS {
            println!("{:<17} {}", target.name, target.about);
        }
        return ExitCode::SUCCESS;
    }
    let context = match Context::new() {
        Ok(context) => context,
        Err(message) => {
            eprintln!("fuzz: {message}");
            return ExitCode::from(2);
        }
    };
    let selected: Vec<_> = TARGETS
        .iter()
        .filter(|t| options.targets.is_empty() || options.targets.iter().any(|n| n == t.name))
        .collect();
    let first_seed = options.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    let budget = Duration::from_secs_f64(options.seconds.max(0.0) / selected.len() as f64);
    // Panics are failures to report, not messages to print as they happen.
    panic::set_hook(Box::new(|_| {}));
    println!(
        "fuzz: {} target(s), {:.0} s each, first seed {first_seed}, {} methods",
        selected.len(),
        budget.as_secs_f64(),
        context.method_count()
    );
    let (mut total, mut failed) = (0u64, 0u64);
    for target in selected {
        let start = Instant::now();
        let (mut runs, mut failures) = (0u64, 0u64);
        while options.runs.map_or(start.elapsed() < budget, |n| runs < n) {
            let seed = first_seed.wrapping_add(runs);
            let mut rng = Rng::with_seed(seed);
            let outcome =
                panic::catch_unwind(AssertUnwindSafe(|| (target.run)(&context, &mut rng)));
            runs += 1;
            let failure = match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(message)) => message,
                Err(panic) => format!(
                    "panic: {}",
                    panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                        .unwrap_or_default()
                ),
            };
            failures += 1;
            if failures <= 5 {
                eprintln!(
                    "FAILED {} (replay: --target {} --seed {seed} --runs 1): {failure}",
                    target.name, target.name
                );
            }
        }
        let elapsed = start.elapsed().as_secs_f64();
        println!(
            "{:<17} {runs:>10} executions  {:>9.0}/s  {failures} failed",
            target.name,
            runs as f64 / elapsed.max(1e-9)
        );
        total += runs;
        failed += failures;
    }
    println!("fuzz: {total} executions, {failed} failed");
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
