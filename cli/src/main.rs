//! `ydirect`: the command-line tool of the `yandex-direct` crate.
//!
//! Commands: `call` (a Direct API method), `hit` (Measurement Protocol hits from stdin).

use std::process::ExitCode;

mod call;
mod hit;

const USAGE: &str = "usage: ydirect <command> [options]

commands:
  call <service> <method> [--params JSON|@FILE] [--login L] [--sandbox|--base-url URL] [--meta]
  call v4 <Method> [--params JSON|@FILE] [--finance-master-token-file F --finance-counter-file F]
  hit --dialect metrica|ua|ga4 [--strict] [--debug] [--base-url URL]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("call") => call::main(&args[1..]),
        Some("hit") => {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    eprintln!("cannot start the async runtime: {e}");
                    return ExitCode::from(3);
                }
            };
            ExitCode::from(runtime.block_on(hit::run(&args[1..])))
        }
        Some(other) => {
            eprintln!("unknown command `{other}`\n{USAGE}");
            ExitCode::from(64)
        }
    }
}
