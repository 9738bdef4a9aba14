//! `fake-direct-server`: the fake Yandex Direct API (v5 JSON and v4 Live) of the test suite, for
//! testing your own code offline.
//!
//! ```text
//! cargo run -p yandex-direct-fake-server -- --port 8080 --units 10000
//! YANDEX_DIRECT_TOKEN=any ydirect call campaigns get --base-url http://127.0.0.1:8080 \
//!     --params '{"SelectionCriteria": {}, "FieldNames": ["Id", "Name"]}'
//! ```
//!
//! `--ga4-port PORT` also serves the fake GA4 Data API ([`yandex_direct_fake_server::ga4`]);
//! `--metrica-port PORT` the fake Metrica Reporting API
//! ([`yandex_direct_fake_server::metrica`]), its `ym:ad:` data naming the campaigns the fake
//! Direct API keeps for the default login.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use clap::Parser;
use yandex_direct_fake_server::ga4::{FakeGa4, Ga4Config, TEST_BEARER_TOKEN};
use yandex_direct_fake_server::metrica::{FakeMetrica, MetricaConfig};
use yandex_direct_fake_server::{FakeConfig, FakeServer};

/// Exit code of a command line that cannot be used (`EX_USAGE`).
const EXIT_USAGE: u8 = 64;

/// A fake Yandex Direct API v5 (and v4 Live) server, for testing code that calls Direct
/// without touching the real service.
///
/// It serves `POST /json/v5/<service>` and `POST /live/v4/json/`, decodes every request
/// strictly with the schema of the `yandex-direct` crate, keeps campaigns, ad groups, ads and
/// keywords per login, counts units per login and allows a limited number of simultaneous
/// requests per login, as the real API does. It runs until stopped with Ctrl-C.
#[derive(Debug, Parser)]
#[command(name = "fake-direct-server", version)]
struct Args {
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The address to listen on.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    host: IpAddr,
    /// The daily units limit of every login.
    #[arg(long = "units", value_name = "DAILY_LIMIT", default_value_t = FakeConfig::default().daily_units)]
    units: i64,
    /// Simultaneous requests allowed per login (error 506 beyond).
    #[arg(long, value_name = "N", default_value_t = FakeConfig::default().max_concurrent)]
    max_concurrent: usize,
    /// A token to accept (repeat for several); without any, every non-empty token is accepted.
    #[arg(long = "token", value_name = "TOKEN")]
    tokens: Vec<String>,
    /// Also serve the fake GA4 Data API and its token endpoint on this port (same host).
    #[arg(long, value_name = "PORT")]
    ga4_port: Option<u16>,
    /// GA4: tokens per property per hour.
    #[arg(long, value_name = "N", default_value_t = Ga4Config::default().tokens_per_hour)]
    ga4_tokens_per_hour: i64,
    /// Also serve the fake Metrica Reporting API on this port (same host); any non-empty
    /// OAuth token is accepted.
    #[arg(long, value_name = "PORT")]
    metrica_port: Option<u16>,
}

impl Args {
    /// Where and how to serve the fake GA4 Data API, if asked to.
    fn ga4_parts(&self) -> Option<(SocketAddr, Ga4Config)> {
        let config = Ga4Config {
            tokens_per_hour: self.ga4_tokens_per_hour,
            ..Ga4Config::default()
        };
        Some((SocketAddr::new(self.host, self.ga4_port?), config))
    }

    fn into_parts(self) -> (SocketAddr, FakeConfig) {
        let config = FakeConfig {
            daily_units: self.units,
            max_concurrent: self.max_concurrent,
            tokens: (!self.tokens.is_empty()).then_some(self.tokens),
            ..FakeConfig::default()
        };
        (SocketAddr::new(self.host, self.port), config)
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // `--help` and `--version` print to stdout and succeed; other faults go to stderr.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(EXIT_USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let ga4 = args.ga4_parts();
    let metrica_addr = args
        .metrica_port
        .map(|port| SocketAddr::new(args.host, port));
    let (addr, config) = args.into_parts();
    let units = config.daily_units;
    let server = match FakeServer::start_on(config, addr).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return ExitCode::from(1);
        }
    };
    println!(
        "fake Direct API v5 at {} (daily units {units}); stop with Ctrl-C",
        server.base_url()
    );
    // Kept until the end: the server stops when dropped.
    let _ga4 = match ga4 {
        None => None,
        Some((addr, config)) => match FakeGa4::start_on(config, addr).await {
            Ok(ga4) => {
                println!(
                    "fake GA4 Data API at {} (bearer token `{TEST_BEARER_TOKEN}`, token endpoint {})",
                    ga4.base_url(),
                    ga4.token_url()
                );
                Some(ga4)
            }
            Err(e) => {
                eprintln!("cannot serve the fake GA4 Data API on {addr}: {e}");
                return ExitCode::from(1);
            }
        },
    };
    let _metrica = match metrica_addr {
        None => None,
        Some(addr) => {
            let config = MetricaConfig {
                tokens: None,
                campaigns: server.metrica_campaigns(&FakeConfig::default().default_login),
                ..MetricaConfig::default()
            };
            match FakeMetrica::start_on(config, addr).await {
                Ok(metrica) => {
                    println!(
                        "fake Metrica Reporting API at {} (any OAuth token)",
                        metrica.base_url()
                    );
                    Some(metrica)
                }
                Err(e) => {
                    eprintln!("cannot serve the fake Metrica API on {addr}: {e}");
                    return ExitCode::from(1);
                }
            }
        }
    };
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("cannot wait for Ctrl-C ({e}); serving until killed");
        std::future::pending::<()>().await;
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<(SocketAddr, FakeConfig), clap::Error> {
        Args::try_parse_from(std::iter::once("fake-direct-server").chain(args.iter().copied()))
            .map(Args::into_parts)
    }

    #[test]
    fn defaults() {
        let (addr, config) = parse(&[]).expect("no options");
        assert_eq!(addr, SocketAddr::from(([127, 0, 0, 1], 8080)));
        assert_eq!(config.daily_units, FakeConfig::default().daily_units);
        assert_eq!(config.max_concurrent, 5);
        assert_eq!(config.tokens, None);
    }

    #[test]
    fn every_option() {
        let (addr, config) = parse(&[
            "--port",
            "0",
            "--host",
            "0.0.0.0",
            "--units",
            "10000",
            "--max-concurrent",
            "2",
            "--token",
            "a",
            "--token",
            "b",
        ])
        .expect("valid options");
        assert_eq!(addr, SocketAddr::from(([0, 0, 0, 0], 0)));
        assert_eq!(config.daily_units, 10_000);
        assert_eq!(config.max_concurrent, 2);
        assert_eq!(config.tokens, Some(vec!["a".to_owned(), "b".to_owned()]));
    }

    #[test]
    fn the_ga4_server_is_served_only_when_asked() {
        let args = |extra: &[&str]| {
            Args::try_parse_from(std::iter::once("fake-direct-server").chain(extra.iter().copied()))
                .expect("valid options")
        };
        assert!(args(&[]).ga4_parts().is_none());
        let (addr, config) = args(&["--ga4-port", "9090", "--ga4-tokens-per-hour", "500"])
            .ga4_parts()
            .expect("asked");
        assert_eq!(addr, SocketAddr::from(([127, 0, 0, 1], 9090)));
        assert_eq!(config.tokens_per_hour, 500);
        assert_eq!(args(&[]).metrica_port, None);
        assert_eq!(args(&["--metrica-port", "9091"]).metrica_port, Some(9091));
    }

    #[test]
    fn faults_are_refused() {
        assert!(parse(&["--port", "x"]).is_err());
        assert!(parse(&["--units"]).is_err());
        assert!(parse(&["--unknown", "1"]).is_err());
        let help = parse(&["--help"]).expect_err("help is not a run");
        assert_eq!(help.kind(), clap::error::ErrorKind::DisplayHelp);
        let version = parse(&["--version"]).expect_err("version is not a run");
        assert_eq!(version.kind(), clap::error::ErrorKind::DisplayVersion);
    }

    #[test]
    fn the_command_is_well_formed() {
        use clap::CommandFactory;
        Args::command().debug_assert();
    }
}
