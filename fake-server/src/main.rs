//! `fake-direct-server`: the fake Yandex Direct API v5 of the test suite, for testing your own
//! code offline.
//!
//! ```text
//! cargo run -p integration-tests --bin fake-direct-server -- --port 8080 --units 10000
//! YANDEX_DIRECT_TOKEN=any ydirect call campaigns get --base-url http://127.0.0.1:8080 \
//!     --params '{"SelectionCriteria": {}, "FieldNames": ["Id", "Name"]}'
//! ```

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use integration_tests::fake_server::{FakeConfig, FakeServer};

const USAGE: &str = "usage: fake-direct-server [--port PORT] [--host IP] [--units DAILY_LIMIT] \
[--max-concurrent N] [--token TOKEN]...";

fn parse(args: &[String]) -> Result<(SocketAddr, FakeConfig), String> {
    let mut config = FakeConfig::default();
    let mut host = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let mut port = 8080u16;
    let mut i = 0;
    while i < args.len() {
        let value = args
            .get(i + 1)
            .ok_or_else(|| format!("{} needs a value", args[i]))?;
        let bad = |e: &dyn std::fmt::Display| format!("{}: {e}", args[i]);
        match args[i].as_str() {
            "--port" => port = value.parse().map_err(|e| bad(&e))?,
            "--host" => host = value.parse().map_err(|e| bad(&e))?,
            "--units" => config.daily_units = value.parse().map_err(|e| bad(&e))?,
            "--max-concurrent" => config.max_concurrent = value.parse().map_err(|e| bad(&e))?,
            "--token" => config
                .tokens
                .get_or_insert_with(Vec::new)
                .push(value.clone()),
            other => return Err(format!("unknown option `{other}`")),
        }
        i += 2;
    }
    Ok((SocketAddr::new(host, port), config))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return std::process::ExitCode::SUCCESS;
    }
    let (addr, config) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return std::process::ExitCode::from(64);
        }
    };
    let units = config.daily_units;
    let server = match FakeServer::start_on(config, addr).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    println!(
        "fake Direct API v5 at {} (daily units {units}); stop with Ctrl-C",
        server.base_url()
    );
    std::future::pending::<()>().await;
    std::process::ExitCode::SUCCESS
}
