//! `ydirect hit`: Measurement Protocol hits from JSON lines on stdin.
//!
//! One hit a line: for `ua`/`metrica` an object of parameter name to value (in the order they
//! are to be sent); for `ga4` a request body with `measurement_id` (or `firebase_app_id`) and
//! `api_secret` in the object too. Invalid lines are reported (line and parameter) and not sent;
//! the others are sent in batches. Results go to stdout as JSON lines; problems to stderr, and
//! after a transport failure the unsent hits follow there as JSON lines, ready to be sent again.

use std::io::{BufRead, Write};

use yandex_direct::measurement::{
    self, LineError, LineOptions, Outgoing, Protocol, Sender, SenderConfig,
};

use crate::exit::Exit;

const AFTER_HELP: &str = "\
Input: one hit a line on stdin, a JSON object. ua/metrica: parameter name to value, e.g.
  {\"t\": \"pageview\", \"tid\": \"UA-1-1\", \"cid\": \"555\", \"dl\": \"https://example.com/\"}
ga4: a request body with measurement_id (or firebase_app_id) and api_secret, e.g.
  {\"measurement_id\": \"G-1\", \"api_secret\": \"s\", \"client_id\": \"c\", \"events\": [{\"name\": \"tutorial_begin\"}]}
Output: one JSON line a result on stdout ({\"line\": N, \"status\": \"accepted\"}, or the
validator's answer with --debug); problems on stderr, naming the line and the parameter.
After a transport failure the unsent hits follow on stderr as JSON lines.

Examples:
  ydirect hit --dialect ua < hits.jsonl
  ydirect hit --dialect ga4 --debug < events.jsonl";

/// The arguments of `ydirect hit`.
#[derive(Debug, Clone, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct HitArgs {
    /// The protocol of the input lines and of the collector.
    #[arg(long, value_enum)]
    pub dialect: HitDialect,
    /// Refuse values longer than the protocol allows (default: cut them and say so on stderr),
    /// and GA4 requests that lack what the documentation recommends (default: warn on stderr).
    #[arg(long)]
    pub strict: bool,
    /// Send to the validation endpoint and print its answers (not for `metrica`).
    #[arg(long)]
    pub debug: bool,
    /// Send to this base URL instead of the dialect's collector.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}

/// The protocols `ydirect hit` speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HitDialect {
    /// Yandex Metrica's Measurement Protocol.
    Metrica,
    /// Universal Analytics' Measurement Protocol.
    Ua,
    /// GA4's Measurement Protocol (JSON bodies).
    Ga4,
}

impl From<HitDialect> for Protocol {
    fn from(dialect: HitDialect) -> Protocol {
        match dialect {
            HitDialect::Metrica => Protocol::Metrica,
            HitDialect::Ua => Protocol::Ua,
            HitDialect::Ga4 => Protocol::Ga4,
        }
    }
}

/// Parses one input line of `dialect` into something to send, with the warnings to show (what
/// the documentation recommends and the line lacks; with `strict` the first of them is the
/// error instead). The error is the message, naming the parameter (`*` for the whole line).
pub fn parse_line(
    dialect: HitDialect,
    line: &str,
    strict: bool,
) -> Result<(Outgoing, Vec<String>), String> {
    match measurement::parse_line(dialect.into(), line, strict) {
        Ok(parsed) => {
            let warnings = parsed.warnings.iter().map(ToString::to_string).collect();
            Ok((parsed.outgoing, warnings))
        }
        Err(LineError::NotRecommended(first)) => Err(format!("{first} (refused under --strict)")),
        Err(e) => Err(e.to_string()),
    }
}

/// The sender's configuration for `args`, or the usage fault.
fn config(args: &HitArgs) -> Result<SenderConfig, String> {
    let options = LineOptions {
        strict: args.strict,
        debug: args.debug,
        base_url: args.base_url.clone(),
    };
    measurement::line_sender_config(args.dialect.into(), &options)
        .map_err(|e| format!("{e}; drop --debug"))
}

/// Runs `ydirect hit`: reads `input`, writes results to `out` and problems to `err`; returns the
/// exit status (the worst of: an invalid hit 1, a non-2xx answer 2, a transport failure 3).
pub async fn run<R: BufRead>(
    args: &HitArgs,
    input: R,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    // Writes to stdout and stderr are best effort: there is nowhere else to report them.
    let config = match config(args) {
        Ok(config) => config,
        Err(message) => {
            let _ = writeln!(err, "ydirect hit: {message}");
            return Exit::Local;
        }
    };

    let mut exit = Exit::Ok;
    let mut items = Vec::new();
    for (n, line) in (1u64..).zip(input.lines()) {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                let _ = writeln!(err, "line {n}: cannot read input: {e}");
                exit = exit.max(Exit::Local);
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(args.dialect, &line, args.strict) {
            Ok((item, warnings)) => {
                for warning in warnings {
                    let _ = writeln!(
                        err,
                        "line {n}: warning: {warning} (sent anyway; --strict refuses it)"
                    );
                }
                items.push((n, item));
            }
            Err(message) => {
                let _ = writeln!(err, "line {n}: invalid hit: {message}");
                exit = exit.max(Exit::Local);
            }
        }
    }

    let mut sender = match Sender::new(config) {
        Ok(sender) => sender,
        Err(e) => {
            let _ = writeln!(err, "ydirect hit: cannot create the HTTP client: {e}");
            return Exit::Transport;
        }
    };
    let report = sender.send(items).await;
    for (n, t) in &report.truncations {
        let _ = writeln!(
            err,
            "line {n}: parameter `{}` cut from {} to {} bytes (limit {})",
            t.param, t.original_bytes, t.kept_bytes, t.max_bytes
        );
    }
    for (n, e) in &report.invalid {
        let _ = writeln!(err, "line {n}: invalid hit: {e}");
        exit = exit.max(Exit::Local);
    }
    for (lines, answer) in &report.debug {
        let _ = writeln!(
            out,
            "{}",
            serde_json::json!({ "lines": lines, "debug": answer })
        );
    }
    for (n, answer) in &report.ga4_debug {
        let _ = writeln!(out, "{}", serde_json::json!({ "line": n, "debug": answer }));
    }
    for n in &report.accepted {
        let _ = writeln!(
            out,
            "{}",
            serde_json::json!({ "line": n, "status": "accepted" })
        );
    }
    for r in &report.rejected {
        let _ = writeln!(
            err,
            "lines {:?}: the server answered HTTP {} (not retried): {}",
            r.tags, r.status, r.body
        );
        exit = exit.max(Exit::Api);
    }
    if !report.queued.is_empty() || !report.dropped.is_empty() {
        exit = exit.max(Exit::Transport);
        if let Some((_, reason)) = report.queued.first() {
            let _ = writeln!(
                err,
                "{} hit(s) not sent: {reason}; they follow as JSON lines",
                report.queued.len() + report.dropped.len()
            );
        }
        for (_, item) in sender.take_queue() {
            let _ = writeln!(err, "{}", item.to_json_line());
        }
        for (_, item, _) in &report.dropped {
            let _ = writeln!(err, "{}", item.to_json_line());
        }
    }
    exit
}

#[cfg(test)]
mod tests {
    use super::*;
    use yandex_direct::measurement::{params, LengthMode};

    fn args(dialect: HitDialect) -> HitArgs {
        HitArgs {
            dialect,
            strict: false,
            debug: false,
            base_url: None,
        }
    }

    #[test]
    fn lines_are_checked_before_sending() {
        let ok =
            r#"{"t": "pageview", "tid": "UA-1-1", "cid": "555", "dl": "https://example.com/"}"#;
        assert!(matches!(
            parse_line(HitDialect::Ua, ok, false),
            Ok((Outgoing::Hit(_), _))
        ));
        let not_object = parse_line(HitDialect::Ua, "[1]", false).expect_err("not an object");
        assert!(not_object.contains("parameter `*`"), "{not_object}");
        let ga4 = r#"{"measurement_id": "G-1", "api_secret": "s", "client_id": "c", "events": [{"name": "session_start"}]}"#;
        let reserved = parse_line(HitDialect::Ga4, ga4, false).expect_err("reserved name");
        assert!(reserved.contains("events[0].name"), "{reserved}");
    }

    /// The inputs other libraries' tests send and the collectors drop without a word: each is
    /// refused, the message naming the parameter.
    #[test]
    fn inputs_the_collectors_drop_are_refused_naming_the_parameter() {
        let ua = |tid: &str| {
            format!(
                r#"{{"t": "pageview", "tid": "{tid}", "cid": "555", "dl": "https://example.com/"}}"#
            )
        };
        for tid in ["", " UA-1-1", "UA-1-1 ", "hgkh", "UAA-A-0", "G-C5VLPRS4QY"] {
            let e = parse_line(HitDialect::Ua, &ua(tid), false).expect_err(tid);
            assert!(e.starts_with("parameter `tid`:"), "{tid:?}: {e}");
        }
        assert!(parse_line(HitDialect::Ua, &ua("UA-12345-1"), false).is_ok());
        let metrica = |tid: &str| {
            format!(
                r#"{{"t": "pageview", "tid": "{tid}", "cid": "555", "ms": "token", "dr": "", "dl": "https://example.com/", "dt": "Home"}}"#
            )
        };
        assert!(parse_line(HitDialect::Metrica, &metrica("57081571"), false).is_ok());
        for tid in ["UA-1-1", "", " 57081571"] {
            let e = parse_line(HitDialect::Metrica, &metrica(tid), false).expect_err(tid);
            assert!(e.starts_with("parameter `tid`:"), "{tid:?}: {e}");
        }
        let currency =
            r#"{"t": "transaction", "tid": "UA-1-1", "cid": "555", "ti": "1", "cu": "rub"}"#;
        let e = parse_line(HitDialect::Ua, currency, false).expect_err("cu");
        assert!(e.starts_with("parameter `cu`:"), "{e}");

        let ga4 = |head: &str, events: &str| {
            format!(r#"{{{head}"api_secret": "s", "events": {events}}}"#)
        };
        let web = r#""measurement_id": "G-ABC", "client_id": "c", "#;
        let refused = [
            (
                ga4(
                    r#""measurement_id": "", "client_id": "c", "#,
                    r#"[{"name": "tutorial_begin"}]"#,
                ),
                "parameter `measurement_id`",
            ),
            (
                ga4(
                    r#""measurement_id": " G-ABC", "client_id": "c", "#,
                    r#"[{"name": "tutorial_begin"}]"#,
                ),
                "parameter `measurement_id`",
            ),
            (
                ga4(
                    r#""measurement_id": "G-ABC", "#,
                    r#"[{"name": "tutorial_begin"}]"#,
                ),
                "parameter `client_id`",
            ),
            (
                ga4(
                    r#""firebase_app_id": "1:2:android:3", "#,
                    r#"[{"name": "tutorial_begin"}]"#,
                ),
                "parameter `app_instance_id`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "purchase", "params": {"transaction_id": "T1", "value": 10, "items": [{"item_id": "a"}]}}]"#,
                ),
                "parameter `events[0].params.currency`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "refund", "params": {"transaction_id": "T1", "value": 10}}]"#,
                ),
                "parameter `events[0].params.currency`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "purchase", "params": {"transaction_id": "T1", "value": 10, "currency": "rub", "items": [{"item_id": "a"}]}}]"#,
                ),
                "parameter `events[0].params.currency`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "purchase", "params": {"value": 10, "currency": "RUB", "items": [{"item_id": "a"}]}}]"#,
                ),
                "parameter `events[0].params.transaction_id`",
            ),
            (
                ga4(web, r#"[{"name": "search"}]"#),
                "parameter `events[0].params.search_term`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "search", "params": {"search_term": " "}}]"#,
                ),
                "parameter `events[0].params.search_term`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "view_item", "params": {"items": [{"item_id": "a"}, {"price": 3}]}}]"#,
                ),
                "parameter `events[0].params.items[1]`",
            ),
        ];
        for (line, expected) in &refused {
            let e = parse_line(HitDialect::Ga4, line, false).expect_err(line);
            assert!(e.starts_with(expected), "{line}: {e}");
        }

        // What is only recommended: a warning, or refused under --strict.
        let recommended = [
            (
                ga4(
                    r#""measurement_id": "UA-1-1", "client_id": "c", "#,
                    r#"[{"name": "tutorial_begin"}]"#,
                ),
                "parameter `measurement_id`",
            ),
            (
                ga4(
                    web,
                    r#"[{"name": "purchase", "params": {"transaction_id": "T1", "value": 10, "currency": "RUB"}}]"#,
                ),
                "parameter `events[0].params.items`",
            ),
        ];
        for (line, expected) in &recommended {
            let (_, warnings) = parse_line(HitDialect::Ga4, line, false).expect(line);
            assert_eq!(warnings.len(), 1, "{line}: {warnings:?}");
            assert!(warnings[0].starts_with(expected), "{line}: {warnings:?}");
            let e = parse_line(HitDialect::Ga4, line, true).expect_err(line);
            assert!(
                e.starts_with(expected) && e.ends_with("(refused under --strict)"),
                "{e}"
            );
        }

        // What is deliberate stays: more than 25 events are split, not refused; a complete
        // purchase has no warning.
        let many = format!("[{}]", vec![r#"{"name": "tutorial_begin"}"#; 30].join(","));
        assert!(parse_line(HitDialect::Ga4, &ga4(web, &many), true).is_ok());
        let complete = ga4(
            web,
            r#"[{"name": "purchase", "params": {"transaction_id": "T1", "value": 10, "currency": "RUB", "items": [{"item_name": "Socks"}]}}]"#,
        );
        let (_, warnings) = parse_line(HitDialect::Ga4, &complete, true).expect("complete");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn debug_is_refused_for_metrica_and_ga4_goes_to_its_collector() {
        let mut metrica = args(HitDialect::Metrica);
        metrica.debug = true;
        assert!(config(&metrica).is_err());
        let ga4 = config(&args(HitDialect::Ga4)).expect("config");
        assert_eq!(ga4.base_url, params::GA4.base_url);
        let mut custom = args(HitDialect::Ga4);
        custom.base_url = Some("http://127.0.0.1:1".to_owned());
        custom.strict = true;
        let custom = config(&custom).expect("config");
        assert_eq!(custom.base_url, "http://127.0.0.1:1");
        assert_eq!(custom.mode, LengthMode::Strict);
    }
}
