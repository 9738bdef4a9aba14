//! `-v`/`--verbose`: the `tracing` subscriber that prints the library's events on stderr.

use std::io::IsTerminal;

use tracing_subscriber::filter::{EnvFilter, LevelFilter};
use tracing_subscriber::fmt::format::FmtSpan;

/// Installs a fmt subscriber on stderr for `verbosity` (the number of `-v`): 0 warnings (the
/// library's retries), 1 info and the timings of closed spans (one per API call), 2 or more
/// debug. `RUST_LOG`, when set, replaces the level filter (e.g. `RUST_LOG=yandex_direct=trace`).
pub fn init(verbosity: u8) {
    let level = match verbosity {
        0 => LevelFilter::WARN,
        1 => LevelFilter::INFO,
        _ => LevelFilter::DEBUG,
    };
    let default_filter = || EnvFilter::default().add_directive(level.into());
    let filter = match std::env::var_os(EnvFilter::DEFAULT_ENV) {
        Some(_) => EnvFilter::try_from_default_env().unwrap_or_else(|e| {
            eprintln!(
                "ydirect: ignoring {}: {e}; using the level of -v",
                EnvFilter::DEFAULT_ENV
            );
            default_filter()
        }),
        None => default_filter(),
    };
    let spans = if verbosity >= 1 {
        FmtSpan::CLOSE
    } else {
        FmtSpan::NONE
    };
    // Fails only if a subscriber is already installed: then that one is used.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(spans)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}
