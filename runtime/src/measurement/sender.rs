//! Sending hits: single POST/GET, `/batch` splitting, GA4 requests, the bounded retry queue.
//!
//! The collectors answer 2xx whenever they receive a request; the documentation says not to
//! retry anything else, so a non-2xx answer is reported with the hits it concerned and the hits
//! are not kept. A transport failure (refused connection, timeout) keeps the hits in a bounded
//! queue, retried first by the next [`Sender::send`] / [`Sender::flush`]; a hit that does not
//! fit is reported in [`SendReport::dropped`]. Nothing is dropped silently.

use std::collections::VecDeque;
use std::hash::{BuildHasher, Hasher};
use std::ops::Range;
use std::time::{Duration, SystemTime};

use super::debug::{DebugAnswer, Ga4DebugAnswer};
use super::encode::{EncodeOptions, LengthMode, SpaceStyle, Truncation};
use super::ga4::{Ga4Error, Ga4Request, Ga4Rules};
use super::hit::{Hit, HitError};
use super::spec::{DialectSpec, TransportLimits};

/// GET (query string, URL <= 8000 bytes, cache buster added) or POST (body <= 8192 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HttpMethod {
    /// POST, with `/batch` for several UA hits.
    #[default]
    Post,
    /// GET, one hit per request, `z` added when absent.
    Get,
}

/// How a [`Sender`] talks to the collector.
#[derive(Debug, Clone)]
pub struct SenderConfig {
    /// Scheme and host (`https://www.google-analytics.com`); paths are appended.
    pub base_url: String,
    /// The table of the protocol the hits speak: endpoints and transport limits (GA4
    /// requests go to `/mp/collect` whatever this is).
    pub spec: &'static DialectSpec,
    /// The GA4 limits GA4 requests are checked and split against.
    pub ga4_rules: &'static Ga4Rules,
    /// GET or POST.
    pub method: HttpMethod,
    /// Strict or lenient byte limits and GA4 recommendations.
    pub mode: LengthMode,
    /// How spaces are encoded.
    pub space: SpaceStyle,
    /// The `User-Agent` header (hits proxied for browsers should carry `ua`/`uip` instead).
    pub user_agent: String,
    /// Most hits kept for another try after transport failures.
    pub queue_capacity: usize,
    /// Send to the validation endpoints (`/debug/collect`, `/debug/mp/collect`) instead.
    pub debug: bool,
    /// Timeout of one request.
    pub timeout: Duration,
}

impl SenderConfig {
    /// Defaults for a dialect's table (the generated crate has them as
    /// `measurement::params::UA` and `::METRICA`, and `measurement::ga4::RULES`): its real
    /// collector, POST, strict, queue of 1000, 10 s timeout.
    pub fn new(spec: &'static DialectSpec, ga4_rules: &'static Ga4Rules) -> SenderConfig {
        SenderConfig {
            base_url: spec.endpoints.base_url.to_string(),
            spec,
            ga4_rules,
            method: HttpMethod::Post,
            mode: LengthMode::Strict,
            space: SpaceStyle::Percent20,
            user_agent: concat!("yandex-direct/", env!("CARGO_PKG_VERSION")).to_string(),
            queue_capacity: 1000,
            debug: false,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Something to send: a UA/Metrica hit or a GA4 request.
#[derive(Debug, Clone, PartialEq)]
pub enum Outgoing {
    /// A key=value hit.
    Hit(Hit),
    /// A GA4 JSON request (split into requests of at most 25 events).
    Ga4(Ga4Request),
}

impl From<Hit> for Outgoing {
    fn from(h: Hit) -> Self {
        Outgoing::Hit(h)
    }
}

impl From<Ga4Request> for Outgoing {
    fn from(r: Ga4Request) -> Self {
        Outgoing::Ga4(r)
    }
}

impl Outgoing {
    /// The item as one JSON line (the CLI's input format), keeping the parameter order of hits.
    pub fn to_json_line(&self) -> String {
        match self {
            Outgoing::Hit(h) => h.to_json_line(),
            Outgoing::Ga4(_) => self.to_json().to_string(),
        }
    }

    /// The item as one JSON line (the CLI's input format), to hand back unsent items.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Outgoing::Hit(h) => h.to_json(),
            Outgoing::Ga4(r) => {
                let mut v = serde_json::to_value(r).unwrap_or(serde_json::Value::Null);
                if let serde_json::Value::Object(m) = &mut v {
                    if let Some(id) = &r.measurement_id {
                        m.insert("measurement_id".into(), id.clone().into());
                    }
                    if let Some(id) = &r.firebase_app_id {
                        m.insert("firebase_app_id".into(), id.clone().into());
                    }
                    m.insert("api_secret".into(), r.api_secret.clone().into());
                }
                v
            }
        }
    }
}

/// Why an item was not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    /// The hit breaks a rule of its dialect.
    #[error("{0}")]
    Hit(#[from] HitError),
    /// The GA4 request breaks a rule.
    #[error("{0}")]
    Ga4(#[from] Ga4Error),
    /// The validation endpoint refused it (debug mode); the messages are in the debug answer.
    #[error("parameter `{param}`: the validator says: {message}")]
    Validator {
        /// Parameter named by the validator (or `*`).
        param: String,
        /// Its messages.
        message: String,
    },
}

/// A non-2xx answer, with the items it concerned. Not retried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// HTTP status.
    pub status: u16,
    /// Answer body (first 1000 bytes).
    pub body: String,
    /// Tags of the items in the request.
    pub tags: Vec<u64>,
}

/// What happened to every item of a [`Sender::send`] call (and to the retried queue).
#[derive(Debug, Default)]
pub struct SendReport {
    /// Items the collector accepted (2xx; in debug mode: the validator found them valid).
    pub accepted: Vec<u64>,
    /// Items not sent (or refused by the validator), with the reason.
    pub invalid: Vec<(u64, Invalid)>,
    /// Non-2xx answers.
    pub rejected: Vec<Rejection>,
    /// Items kept in the queue after a transport failure, with the failure.
    pub queued: Vec<(u64, String)>,
    /// Items that could not be kept (queue full), with the reason.
    pub dropped: Vec<(u64, Outgoing, String)>,
    /// Values cut in lenient mode.
    pub truncations: Vec<(u64, Truncation)>,
    /// Answers of `/debug/collect`, with the tags of the hits they cover (in order).
    pub debug: Vec<(Vec<u64>, DebugAnswer)>,
    /// Answers of `/debug/mp/collect`.
    pub ga4_debug: Vec<(u64, Ga4DebugAnswer)>,
    /// Number of HTTP requests made.
    pub requests: usize,
}

impl SendReport {
    /// Whether every item was accepted.
    pub fn all_accepted(&self) -> bool {
        self.invalid.is_empty()
            && self.rejected.is_empty()
            && self.queued.is_empty()
            && self.dropped.is_empty()
    }
}

/// Groups payload sizes into batches: at most `max_hits` per batch, at most `max_bytes` per
/// batch body (payloads joined by `\n`). Every size must already be `<= max_bytes`.
pub fn plan_batches(sizes: &[usize], max_hits: usize, max_bytes: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, &s) in sizes.iter().enumerate() {
        let count = i - start;
        let added = if count == 0 { s } else { bytes + 1 + s };
        if count > 0 && (count >= max_hits || added > max_bytes) {
            out.push(start..i);
            start = i;
            bytes = s;
        } else {
            bytes = added;
        }
    }
    if start < sizes.len() {
        out.push(start..sizes.len());
    }
    out
}

struct Planned {
    method: HttpMethod,
    path: &'static str,
    query: String,
    body: String,
    json: bool,
    ga4_debug: bool,
    items: Vec<(u64, Outgoing)>,
}

/// Sends hits and GA4 requests to a collector; keeps unsent items after transport failures.
pub struct Sender {
    client: reqwest::Client,
    config: SenderConfig,
    queue: VecDeque<(u64, Outgoing)>,
    state: u64,
}

impl Sender {
    /// A request that lacks what the documentation recommends is refused in strict mode; in
    /// lenient mode each shortfall is logged as a warning and the request goes out.
    fn check_recommendations(&self, request: &Ga4Request) -> Result<(), Ga4Error> {
        let found = request.recommendations(self.config.ga4_rules);
        match self.config.mode {
            LengthMode::Strict => found.into_iter().next().map_or(Ok(()), Err),
            LengthMode::Lenient => {
                for warning in found {
                    tracing::warn!(%warning, "GA4 request sent without what is recommended");
                }
                Ok(())
            }
        }
    }

    /// A sender with its own HTTP client.
    pub fn new(config: SenderConfig) -> Result<Sender, reqwest::Error> {
        let client = crate::client::http_client_builder()
            .user_agent(config.user_agent.clone())
            .timeout(config.timeout)
            .build()?;
        let seed = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        Ok(Sender {
            client,
            config,
            queue: VecDeque::new(),
            state: seed | 1,
        })
    }

    /// The configuration.
    pub fn config(&self) -> &SenderConfig {
        &self.config
    }

    /// Items waiting for another try, oldest first.
    pub fn queued(&self) -> impl Iterator<Item = &(u64, Outgoing)> {
        self.queue.iter()
    }

    /// Removes and returns the queued items.
    pub fn take_queue(&mut self) -> Vec<(u64, Outgoing)> {
        self.queue.drain(..).collect()
    }

    /// Retries the queued items.
    pub async fn flush(&mut self) -> SendReport {
        self.send(Vec::new()).await
    }

    fn cache_buster(&mut self) -> String {
        // xorshift64*: a cache buster only needs to differ between requests.
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D).to_string()
    }

    /// Sends the queued items, then `items` (each with a caller's tag), and reports on each.
    pub async fn send(&mut self, items: Vec<(u64, Outgoing)>) -> SendReport {
        let mut report = SendReport::default();
        let mut all: Vec<(u64, Outgoing)> = self.queue.drain(..).collect();
        all.extend(items);
        let plan = self.plan(all, &mut report);
        let mut pending = plan.into_iter();
        while let Some(req) = pending.next() {
            report.requests += 1;
            match self.execute(&req).await {
                Ok((status, body)) if (200..300).contains(&status) => {
                    self.record_success(req, &body, &mut report)
                }
                Ok((status, body)) => {
                    let mut body = body;
                    if body.len() > 1000 {
                        let cut = super::encode::truncate_utf8(&body, 1000).len();
                        body.truncate(cut);
                    }
                    report.rejected.push(Rejection {
                        status,
                        body,
                        tags: req.items.iter().map(|(t, _)| *t).collect(),
                    });
                }
                Err(e) => {
                    let reason = format!("transport failure: {e}");
                    for (tag, item) in req
                        .items
                        .into_iter()
                        .chain(pending.by_ref().flat_map(|r| r.items))
                    {
                        self.keep(tag, item, &reason, &mut report);
                    }
                }
            }
        }
        report
    }

    fn keep(&mut self, tag: u64, item: Outgoing, reason: &str, report: &mut SendReport) {
        if self.queue.len() < self.config.queue_capacity {
            self.queue.push_back((tag, item));
            report.queued.push((tag, reason.to_string()));
        } else {
            report.dropped.push((
                tag,
                item,
                format!(
                    "{reason}; the retry queue is full ({} items)",
                    self.config.queue_capacity
                ),
            ));
        }
    }

    fn record_success(&mut self, req: Planned, body: &str, report: &mut SendReport) {
        let tags: Vec<u64> = req.items.iter().map(|(t, _)| *t).collect();
        if !self.config.debug {
            report.accepted.extend(tags);
            return;
        }
        if req.ga4_debug {
            match Ga4DebugAnswer::parse(body) {
                Ok(a) => {
                    for &t in &tags {
                        if a.is_valid() {
                            report.accepted.push(t);
                        } else {
                            let m = &a.validation_messages[0];
                            report.invalid.push((
                                t,
                                Invalid::Validator {
                                    param: m.field_path.clone(),
                                    message: format!("{} ({})", m.description, m.validation_code),
                                },
                            ));
                        }
                        report.ga4_debug.push((t, a.clone()));
                    }
                }
                Err(e) => report.rejected.push(Rejection {
                    status: 200,
                    body: format!("unreadable validation answer ({e}): {body}"),
                    tags,
                }),
            }
            return;
        }
        match DebugAnswer::parse(body) {
            Ok(a) => {
                for (i, &t) in tags.iter().enumerate() {
                    match a.hit_parsing_result.get(i) {
                        Some(r) if r.valid => report.accepted.push(t),
                        Some(r) => {
                            let first = r.parser_message.first();
                            report.invalid.push((
                                t,
                                Invalid::Validator {
                                    param: first
                                        .and_then(|m| m.parameter.clone())
                                        .unwrap_or_else(|| "*".into()),
                                    message: r
                                        .parser_message
                                        .iter()
                                        .map(|m| m.description.as_str())
                                        .collect::<Vec<_>>()
                                        .join(" "),
                                },
                            ))
                        }
                        None => report.invalid.push((
                            t,
                            Invalid::Validator {
                                param: "*".into(),
                                message: "the validator gave no result for this hit".into(),
                            },
                        )),
                    }
                }
                report.debug.push((tags, a));
            }
            Err(e) => report.rejected.push(Rejection {
                status: 200,
                body: format!("unreadable validation answer ({e}): {body}"),
                tags,
            }),
        }
    }

    async fn execute(&self, req: &Planned) -> Result<(u16, String), reqwest::Error> {
        let mut url = String::with_capacity(self.config.base_url.len() + 16 + req.query.len());
        url.push_str(self.config.base_url.trim_end_matches('/'));
        url.push_str(req.path);
        if !req.query.is_empty() {
            url.push('?');
            url.push_str(&req.query);
        }
        let builder = match req.method {
            HttpMethod::Get => self.client.get(url),
            HttpMethod::Post => self
                .client
                .post(url)
                .header(
                    "content-type",
                    if req.json {
                        "application/json"
                    } else {
                        "text/plain; charset=utf-8"
                    },
                )
                .body(req.body.clone()),
        };
        let resp = builder.send().await?;
        let status = resp.status().as_u16();
        let body = resp.text().await?;
        Ok((status, body))
    }

    fn plan(&mut self, items: Vec<(u64, Outgoing)>, report: &mut SendReport) -> Vec<Planned> {
        let spec = self.config.spec;
        let limits: TransportLimits = spec.limits;
        let opts = EncodeOptions {
            mode: self.config.mode,
            space: self.config.space,
            now: Some(SystemTime::now()),
        };
        let debug = self.config.debug;
        let collect = if debug {
            spec.endpoints.debug
        } else {
            spec.endpoints.collect
        };
        let mut plans = Vec::new();
        let mut batchable: Vec<(u64, Outgoing, String)> = Vec::new();
        for (tag, item) in items {
            match item {
                Outgoing::Ga4(r) => match self
                    .check_recommendations(&r)
                    .and_then(|()| r.split(self.config.ga4_rules))
                {
                    Err(e) => report.invalid.push((tag, Invalid::Ga4(e))),
                    Ok(parts) => {
                        let rules = self.config.ga4_rules;
                        for (i, (query, body)) in parts.into_iter().enumerate() {
                            let mut sub = r.clone();
                            sub.events = r
                                .events
                                .iter()
                                .skip(i * rules.max_events)
                                .take(rules.max_events)
                                .cloned()
                                .collect();
                            plans.push(Planned {
                                method: HttpMethod::Post,
                                path: if debug { rules.debug } else { rules.collect },
                                query,
                                body,
                                json: true,
                                ga4_debug: debug,
                                items: vec![(tag, Outgoing::Ga4(sub))],
                            });
                        }
                    }
                },
                Outgoing::Hit(h) => {
                    let mut enc = match h.encode(&opts) {
                        Ok(e) => e,
                        Err(e) => {
                            report.invalid.push((tag, Invalid::Hit(e)));
                            continue;
                        }
                    };
                    let mut cut: Vec<(u64, Truncation)> =
                        enc.truncations.drain(..).map(|t| (tag, t)).collect();
                    let payload = enc.payload;
                    match self.config.method {
                        HttpMethod::Get => {
                            let mut query = payload;
                            if h.cache_buster.is_none() {
                                query.push_str(if query.is_empty() { "z=" } else { "&z=" });
                                query.push_str(&self.cache_buster());
                            }
                            let url_len = self.config.base_url.trim_end_matches('/').len()
                                + collect.len()
                                + 1
                                + query.len();
                            if url_len > limits.get_url_max_bytes {
                                report.invalid.push((
                                    tag,
                                    Invalid::Hit(HitError::PayloadTooLarge {
                                        bytes: url_len,
                                        max: limits.get_url_max_bytes,
                                        what: "GET URL",
                                    }),
                                ));
                                continue;
                            }
                            report.truncations.append(&mut cut);
                            plans.push(Planned {
                                method: HttpMethod::Get,
                                path: collect,
                                query,
                                body: String::new(),
                                json: false,
                                ga4_debug: false,
                                items: vec![(tag, Outgoing::Hit(h))],
                            });
                        }
                        HttpMethod::Post => {
                            let max = if limits.batch_max_hits > 0 {
                                limits.post_body_max_bytes.min(limits.batch_hit_max_bytes)
                            } else {
                                limits.post_body_max_bytes
                            };
                            if payload.len() > max {
                                report.invalid.push((
                                    tag,
                                    Invalid::Hit(HitError::PayloadTooLarge {
                                        bytes: payload.len(),
                                        max,
                                        what: "POST body / batch line",
                                    }),
                                ));
                                continue;
                            }
                            report.truncations.append(&mut cut);
                            batchable.push((tag, Outgoing::Hit(h), payload));
                        }
                    }
                }
            }
        }
        let can_batch = !debug && limits.batch_max_hits > 1 && !spec.endpoints.batch.is_empty();
        if can_batch && batchable.len() > 1 {
            let sizes: Vec<usize> = batchable.iter().map(|b| b.2.len()).collect();
            let ranges = plan_batches(&sizes, limits.batch_max_hits, limits.batch_max_bytes);
            let mut iter = batchable.into_iter();
            for r in ranges {
                let chunk: Vec<(u64, Outgoing, String)> = iter.by_ref().take(r.len()).collect();
                let single = chunk.len() == 1;
                let mut body =
                    String::with_capacity(sizes[r.clone()].iter().sum::<usize>() + r.len());
                let mut items = Vec::with_capacity(chunk.len());
                for (i, (tag, item, payload)) in chunk.into_iter().enumerate() {
                    if i > 0 {
                        body.push('\n');
                    }
                    body.push_str(&payload);
                    items.push((tag, item));
                }
                plans.push(Planned {
                    method: HttpMethod::Post,
                    path: if single {
                        spec.endpoints.collect
                    } else {
                        spec.endpoints.batch
                    },
                    query: String::new(),
                    body,
                    json: false,
                    ga4_debug: false,
                    items,
                });
            }
        } else {
            for (tag, item, payload) in batchable {
                plans.push(Planned {
                    method: HttpMethod::Post,
                    path: collect,
                    query: String::new(),
                    body: payload,
                    json: false,
                    ga4_debug: false,
                    items: vec![(tag, item)],
                });
            }
        }
        plans
    }
}

#[cfg(test)]
mod tests {
    use super::plan_batches;

    #[test]
    fn batches_at_the_limits() {
        assert_eq!(
            plan_batches(&[10; 45], 20, 16384),
            vec![0..20, 20..40, 40..45]
        );
        // Two hits of 8192 bytes do not fit in 16384 with the newline.
        assert_eq!(plan_batches(&[8192, 8192], 20, 16384), vec![0..1, 1..2]);
        assert_eq!(plan_batches(&[8191, 8192], 20, 16384), vec![0..2]);
        assert!(plan_batches(&[], 20, 16384).is_empty());
    }
}
