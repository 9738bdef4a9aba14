//! `ydirect call <service> <method>`: runs [`yandex_direct::runtime::cli_call::run`] with the
//! process's arguments, environment and standard streams.

use std::process::ExitCode;

/// Runs `call` with `args` (the words after `call`); returns the exit code.
pub fn main(args: &[String]) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("ydirect call: cannot start the async runtime: {e}");
            return ExitCode::from(3);
        }
    };
    let token = std::env::var("YANDEX_DIRECT_TOKEN").ok();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let code = runtime.block_on(yandex_direct::runtime::cli_call::run(
        args,
        token,
        &mut stdout,
        &mut stderr,
    ));
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
