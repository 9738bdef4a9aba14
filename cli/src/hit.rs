//! `ydirect hit`: a thin wrapper over `yandex_direct::measurement::cli::run` (stdin, stdout,
//! stderr of the process).

/// Runs `ydirect hit` with the arguments after `hit`; returns the exit code.
pub async fn run(args: &[String]) -> u8 {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    yandex_direct::measurement::cli::run(args, stdin.lock(), &mut out, &mut err).await
}
