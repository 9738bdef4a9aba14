//! JSON lines of hits: one UA or Metrica hit (an object of parameter name to value) or one GA4
//! request body a line, read and checked before sending, and the sender's configuration for
//! them. This is what `ydirect hit` does with its input; any program that takes hits as JSON
//! can do the same. The `yandex-direct` crate's `measurement::parse_line` and
//! `measurement::line_sender_config` pass the generated tables.

use std::fmt;

use super::encode::LengthMode;
use super::ga4::{Ga4Error, Ga4Request, Ga4Rules};
use super::hit::{Hit, HitError, OrderedParams};
use super::sender::{Outgoing, SenderConfig};
use super::spec::{Dialect, DialectSpec};

/// The protocol of a JSON line: a hit of a dialect, or a GA4 request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// Universal Analytics: `{"t": "pageview", "tid": "UA-1-1", ...}`.
    Ua,
    /// Yandex Metrica: `{"t": "pageview", "tid": "57081571", "ms": "...", ...}`.
    Metrica,
    /// GA4: a request body with `measurement_id` (or `firebase_app_id`) and `api_secret` in the
    /// object too.
    Ga4,
}

impl Protocol {
    /// `ua`, `metrica` or `ga4`.
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Ua => "ua",
            Protocol::Metrica => "metrica",
            Protocol::Ga4 => "ga4",
        }
    }

    /// The dialect whose transport the protocol's lines are sent with (GA4 requests are JSON
    /// bodies sent with the UA dialect's transport).
    pub fn transport_dialect(self) -> Dialect {
        match self {
            Protocol::Metrica => Dialect::Metrica,
            Protocol::Ua | Protocol::Ga4 => Dialect::Ua,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The generated tables lines are checked against (`measurement::params` of the
/// `yandex-direct` crate).
#[derive(Debug, Clone, Copy)]
pub struct ProtocolTables {
    /// The Universal Analytics parameter table.
    pub ua: &'static DialectSpec,
    /// The Yandex Metrica parameter table.
    pub metrica: &'static DialectSpec,
    /// The GA4 rules.
    pub ga4: &'static Ga4Rules,
}

impl ProtocolTables {
    /// The parameter table of `dialect`.
    pub fn spec(&self, dialect: Dialect) -> &'static DialectSpec {
        match dialect {
            Dialect::Ua => self.ua,
            Dialect::Metrica => self.metrica,
        }
    }
}

/// One line read: what to send, and what the documentation recommends and the line lacks
/// (GA4 only; empty in strict mode, where the first of them is an error instead).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedLine {
    /// The hit or the GA4 request.
    pub outgoing: Outgoing,
    /// The recommendations the line does not follow, to show as warnings.
    pub warnings: Vec<Ga4Error>,
}

/// Why a line is refused. Every message names the parameter (`*` for the whole line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineError {
    /// The line is not a JSON object (the parser's message).
    #[error("parameter `*`: not a JSON object of parameters: {0}")]
    NotJson(String),
    /// The hit breaks a rule of its dialect.
    #[error("{0}")]
    Hit(#[from] HitError),
    /// The GA4 request breaks a rule.
    #[error("{0}")]
    Ga4(#[from] Ga4Error),
    /// Strict mode: the GA4 request lacks what the documentation recommends (the first such).
    #[error("{0} (refused in strict mode)")]
    NotRecommended(Ga4Error),
}

impl LineError {
    /// The parameter the error is about (`*` for the whole line).
    pub fn param(&self) -> &str {
        match self {
            LineError::NotJson(_) => "*",
            LineError::Hit(e) => e.param(),
            LineError::Ga4(e) | LineError::NotRecommended(e) => &e.path,
        }
    }
}

/// Reads one JSON line of `protocol`, checked against `tables` before anything is sent: a hit's
/// names, types, ranges and requirements, in the order written; a GA4 request's rules, and
/// what the documentation recommends (warnings, or with `strict` the first of them an error).
pub fn parse_json_line(
    tables: &ProtocolTables,
    protocol: Protocol,
    line: &str,
    strict: bool,
) -> Result<ParsedLine, LineError> {
    let not_json = |e: serde_json::Error| LineError::NotJson(e.to_string());
    if protocol == Protocol::Ga4 {
        let request: Ga4Request = serde_json::from_str(line).map_err(not_json)?;
        request.validate(tables.ga4)?;
        let mut warnings = request.recommendations(tables.ga4);
        if strict && !warnings.is_empty() {
            return Err(LineError::NotRecommended(warnings.swap_remove(0)));
        }
        return Ok(ParsedLine {
            outgoing: Outgoing::Ga4(request),
            warnings,
        });
    }
    let OrderedParams(pairs) = serde_json::from_str(line).map_err(not_json)?;
    let spec = tables.spec(protocol.transport_dialect());
    let hit = Hit::from_pairs(spec, pairs.iter().map(|(k, v)| (k.as_str(), v)))?;
    Ok(ParsedLine {
        outgoing: Outgoing::Hit(hit),
        warnings: Vec::new(),
    })
}

/// How lines are sent: what `ydirect hit` takes as flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineOptions {
    /// Refuse values longer than the protocol allows (else they are cut).
    pub strict: bool,
    /// Send to the protocol's validation endpoint and report its answers.
    pub debug: bool,
    /// Send to this base URL instead of the protocol's collector.
    pub base_url: Option<String>,
}

/// `debug` was asked of a dialect that has no validation endpoint (Metrica).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the {protocol} dialect has no validation endpoint")]
pub struct NoValidationEndpoint {
    /// The protocol asked for.
    pub protocol: Protocol,
}

/// The sender's configuration for lines of `protocol`: its collector (or
/// [`LineOptions::base_url`]), strict or lenient byte limits, the validation endpoint with
/// [`LineOptions::debug`], and a queue without bound, since every line is read before sending
/// and none may be dropped for want of room.
pub fn json_lines_sender_config(
    tables: &ProtocolTables,
    protocol: Protocol,
    options: &LineOptions,
) -> Result<SenderConfig, NoValidationEndpoint> {
    let spec = tables.spec(protocol.transport_dialect());
    if options.debug && protocol != Protocol::Ga4 && spec.endpoints.debug.is_empty() {
        return Err(NoValidationEndpoint { protocol });
    }
    let mut config = SenderConfig::new(spec, tables.ga4);
    if protocol == Protocol::Ga4 {
        config.base_url = tables.ga4.base_url.to_string();
    }
    if let Some(url) = &options.base_url {
        config.base_url.clone_from(url);
    }
    config.mode = if options.strict {
        LengthMode::Strict
    } else {
        LengthMode::Lenient
    };
    config.debug = options.debug;
    config.queue_capacity = usize::MAX;
    Ok(config)
}
