//! The generated Measurement Protocol tables by dialect, for code that picks the dialect at run
//! time (the typed builders in `measurement::ua` and `measurement::metrica` pass their table
//! themselves), and hits read from JSON lines with them ([`parse_line`],
//! [`line_sender_config`]).

use crate::runtime::measurement::{
    json_lines_sender_config, parse_json_line, Dialect, DialectSpec, Ga4Error, Ga4Request,
    LineError, LineOptions, NoValidationEndpoint, ParsedLine, Protocol, ProtocolTables,
    SenderConfig,
};

/// The generated parameter table of `dialect`.
pub fn spec(dialect: Dialect) -> &'static DialectSpec {
    match dialect {
        Dialect::Ua => &crate::measurement::params::UA,
        Dialect::Metrica => &crate::measurement::params::METRICA,
    }
}

/// A [`SenderConfig`] for `dialect` with the generated tables: its real collector, POST,
/// strict byte limits, a queue of 1000, a 10 s timeout.
pub fn sender_config(dialect: Dialect) -> SenderConfig {
    SenderConfig::new(spec(dialect), &crate::measurement::params::GA4)
}

/// Checks a GA4 request against the generated GA4 rules (what the sender does before sending).
pub fn validate_ga4(request: &Ga4Request) -> Result<(), Ga4Error> {
    request.validate(&crate::measurement::params::GA4)
}

/// The generated tables of every protocol, for the runtime's functions that take them.
pub static TABLES: ProtocolTables = ProtocolTables {
    ua: &crate::measurement::params::UA,
    metrica: &crate::measurement::params::METRICA,
    ga4: &crate::measurement::params::GA4,
};

/// Reads one JSON line of `protocol` (a hit as an object of parameter name to value, in the
/// order to send; or a GA4 request body with `measurement_id` or `firebase_app_id` and
/// `api_secret` in it), checked against the generated tables before anything is sent: what
/// `ydirect hit` does with each input line. With `strict`, a GA4 request that lacks what the
/// documentation recommends is refused; otherwise those are the line's warnings.
///
/// ```
/// use yandex_direct::measurement::{parse_line, LineError, Outgoing, Protocol};
///
/// let line = r#"{"t": "pageview", "tid": "UA-1-1", "cid": "555", "dl": "https://example.com/"}"#;
/// let parsed = parse_line(Protocol::Ua, line, false)?;
/// assert!(matches!(parsed.outgoing, Outgoing::Hit(_)));
///
/// let error = parse_line(Protocol::Ua, r#"{"t": "pageview", "tid": "hgkh"}"#, false).unwrap_err();
/// assert_eq!(error.param(), "tid");
/// # Ok::<(), LineError>(())
/// ```
pub fn parse_line(protocol: Protocol, line: &str, strict: bool) -> Result<ParsedLine, LineError> {
    parse_json_line(&TABLES, protocol, line, strict)
}

/// The sender's configuration for lines of `protocol` read with [`parse_line`]: the
/// protocol's real collector (or `options.base_url`), strict or lenient byte limits, the
/// validation endpoint with `options.debug` (which Metrica has not: an error), and a queue
/// without bound (every line is read before sending).
pub fn line_sender_config(
    protocol: Protocol,
    options: &LineOptions,
) -> Result<SenderConfig, NoValidationEndpoint> {
    json_lines_sender_config(&TABLES, protocol, options)
}
