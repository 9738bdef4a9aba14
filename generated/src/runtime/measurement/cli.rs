//! `ydirect hit`: Measurement Protocol hits from JSON lines, as a library function so that it can
//! be tested with any reader and writers (the binary is a thin wrapper).
//!
//! ```text
//! ydirect hit --dialect metrica|ua|ga4 [--strict] [--debug] [--base-url URL]
//! ```
//!
//! One hit a line: for `ua`/`metrica` an object of parameter name to value; for `ga4` a request
//! body with `measurement_id` (or `firebase_app_id`) and `api_secret` in the object too.
//! Exit codes: 0 every hit accepted; 1 a hit is invalid (nothing of it is sent; the error names
//! the line and the parameter); 2 a non-2xx answer (reported, not retried); 3 a transport
//! failure (the unsent hits are printed to stderr as JSON lines); 64 bad arguments.

use std::io::{BufRead, Write};

use serde::de::{Deserializer, MapAccess, Visitor};

use super::encode::LengthMode;
use super::ga4::Ga4Request;
use super::hit::Hit;
use super::sender::{Outgoing, Sender, SenderConfig};
use super::spec::Dialect;

/// The usage line.
pub const USAGE: &str =
    "usage: ydirect hit --dialect metrica|ua|ga4 [--strict] [--debug] [--base-url URL]";

/// A JSON object with its keys in the order they came.
struct Ordered(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object of parameter name to value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Ordered, A::Error> {
                let mut v = Vec::new();
                while let Some((k, val)) = m.next_entry::<String, serde_json::Value>()? {
                    v.push((k, val));
                }
                Ok(Ordered(v))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CliDialect {
    Ua,
    Metrica,
    Ga4,
}

/// Parses one input line of `dialect` (`ua`, `metrica`, `ga4`) into something to send.
/// The error is the parameter (`*` for the whole line) and a message naming it.
pub fn parse_line(dialect: &str, line: &str) -> Result<Outgoing, (String, String)> {
    let not_json = |e: serde_json::Error| {
        (
            "*".to_string(),
            format!("parameter `*`: not a JSON object of parameters: {e}"),
        )
    };
    match dialect {
        "ga4" => {
            let r: Ga4Request = serde_json::from_str(line).map_err(not_json)?;
            r.validate().map_err(|e| (e.path.clone(), e.to_string()))?;
            Ok(Outgoing::Ga4(r))
        }
        d => {
            let dialect = if d == "metrica" {
                Dialect::Metrica
            } else {
                Dialect::Ua
            };
            let Ordered(pairs) = serde_json::from_str(line).map_err(not_json)?;
            let hit = Hit::from_pairs(dialect, pairs.iter().map(|(k, v)| (k.as_str(), v)))
                .map_err(|e| (e.param().to_string(), e.to_string()))?;
            Ok(Outgoing::Hit(hit))
        }
    }
}

/// Runs `hit` with `args` (after `hit`), reading `input`, writing results to `out` and problems
/// to `err`. Returns the exit code.
pub async fn run<R: BufRead, W: Write, E: Write>(
    args: &[String],
    input: R,
    out: &mut W,
    err: &mut E,
) -> u8 {
    let mut dialect = None;
    let mut strict = false;
    let mut debug = false;
    let mut base_url = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dialect" => {
                dialect = match it.next().map(String::as_str) {
                    Some("ua") => Some(CliDialect::Ua),
                    Some("metrica") => Some(CliDialect::Metrica),
                    Some("ga4") => Some(CliDialect::Ga4),
                    other => {
                        let _ = writeln!(err, "unknown dialect {other:?}\n{USAGE}");
                        return 64;
                    }
                }
            }
            "--strict" => strict = true,
            "--debug" => debug = true,
            "--base-url" => match it.next() {
                Some(u) => base_url = Some(u.clone()),
                None => {
                    let _ = writeln!(err, "--base-url needs a URL\n{USAGE}");
                    return 64;
                }
            },
            "-h" | "--help" => {
                let _ = writeln!(out, "{USAGE}");
                return 0;
            }
            other => {
                let _ = writeln!(err, "unknown argument `{other}`\n{USAGE}");
                return 64;
            }
        }
    }
    let Some(dialect) = dialect else {
        let _ = writeln!(err, "--dialect is required\n{USAGE}");
        return 64;
    };
    let (name, spec_dialect) = match dialect {
        CliDialect::Ua => ("ua", Dialect::Ua),
        CliDialect::Metrica => ("metrica", Dialect::Metrica),
        CliDialect::Ga4 => ("ga4", Dialect::Ua),
    };
    if debug && dialect == CliDialect::Metrica {
        let _ = writeln!(
            err,
            "the metrica dialect has no validation endpoint; drop --debug"
        );
        return 64;
    }
    let mut config = SenderConfig::new(spec_dialect);
    if dialect == CliDialect::Ga4 {
        config.base_url = crate::generated::measurement::ga4::RULES
            .base_url
            .to_string();
    }
    if let Some(u) = base_url {
        config.base_url = u;
    }
    config.mode = if strict {
        LengthMode::Strict
    } else {
        LengthMode::Lenient
    };
    config.debug = debug;
    config.queue_capacity = usize::MAX;

    let mut code = 0u8;
    let mut items = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let n = i as u64 + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                let _ = writeln!(err, "line {n}: cannot read input: {e}");
                code = code.max(1);
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(name, &line) {
            Ok(o) => items.push((n, o)),
            Err((_, msg)) => {
                let _ = writeln!(err, "line {n}: invalid hit: {msg}");
                code = code.max(1);
            }
        }
    }
    let mut sender = match Sender::new(config) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "cannot create the HTTP client: {e}");
            return 3;
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
        code = code.max(1);
    }
    for (tags, answer) in &report.debug {
        let lines: Vec<u64> = tags.clone();
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
        code = code.max(2);
    }
    if !report.queued.is_empty() || !report.dropped.is_empty() {
        code = 3;
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
    code
}
