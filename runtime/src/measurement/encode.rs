//! Encoding a hit as `key=value&...`: UTF-8, percent-encoding, byte limits (strict or lenient),
//! `qt`/`et` for late hits, `z` last.

use std::time::{SystemTime, UNIX_EPOCH};

use super::hit::{Hit, HitError};
use super::spec::Dialect;
use super::value::{push_i64, push_u64, Value};

/// What to do with a text value longer than its byte limit, and with a GA4 request that lacks
/// what the documentation recommends ([`Ga4Request::recommendations`](super::Ga4Request::recommendations)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LengthMode {
    /// Refuse the hit ([`HitError::TooLong`]) or the request.
    #[default]
    Strict,
    /// Cut the value at a UTF-8 character boundary and report the cut ([`Truncation`]); send
    /// the request and log each missing recommendation as a warning.
    Lenient,
}

/// How a space is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpaceStyle {
    /// `%20` (RFC 3986; what most libraries send).
    #[default]
    Percent20,
    /// `+` (HTML form encoding, Python's `urlencode`).
    Plus,
}

/// Options of [`Hit::encode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct EncodeOptions {
    /// Strict or lenient byte limits.
    pub mode: LengthMode,
    /// How spaces are written.
    pub space: SpaceStyle,
    /// The send time; with [`Hit::occurred_at`] it gives `qt` (UA) or `et` (Metrica).
    pub now: Option<SystemTime>,
}

/// A value cut to its byte limit in lenient mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Truncation {
    /// The parameter.
    pub param: String,
    /// UTF-8 length before the cut.
    pub original_bytes: usize,
    /// UTF-8 length after the cut (at most the limit, on a character boundary).
    pub kept_bytes: usize,
    /// The limit.
    pub max_bytes: u32,
}

/// An encoded hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// `v=1&tid=...&z=...`
    pub payload: String,
    /// Values cut in lenient mode.
    pub truncations: Vec<Truncation>,
}

const fn unreserved_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_' || b == b'~';
        i += 1;
    }
    t
}

static UNRESERVED: [bool; 256] = unreserved_table();
const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Percent-encodes `s` (UTF-8 bytes; everything but `A-Z a-z 0-9 - . _ ~`) onto `out`.
pub fn percent_encode_into(s: &str, space: SpaceStyle, out: &mut String) {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if UNRESERVED[b as usize] {
            continue;
        }
        if start < i {
            out.push_str(&s[start..i]);
        }
        if b == b' ' && space == SpaceStyle::Plus {
            out.push('+');
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
        start = i + 1;
    }
    // Bytes in `start..i` are unreserved ASCII, so `start` is a character boundary whenever the
    // slice is not empty (every byte of a multibyte character is escaped).
    out.push_str(&s[start..]);
}

/// Percent-decodes `s` (`+` read as space); `None` if the result is not UTF-8 or an escape is bad.
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub fn truncate_utf8(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn push_value(
    out: &mut String,
    key: &str,
    value: &Value,
    max_bytes: Option<u32>,
    opts: &EncodeOptions,
    truncations: &mut Vec<Truncation>,
) -> Result<(), HitError> {
    match value {
        Value::Text(t) => {
            let mut text: &str = t;
            if let Some(max) = max_bytes {
                if text.len() > max as usize {
                    match opts.mode {
                        LengthMode::Strict => {
                            return Err(HitError::TooLong {
                                param: key.to_string(),
                                bytes: text.len(),
                                max,
                            })
                        }
                        LengthMode::Lenient => {
                            text = truncate_utf8(text, max as usize);
                            truncations.push(Truncation {
                                param: key.to_string(),
                                original_bytes: t.len(),
                                kept_bytes: text.len(),
                                max_bytes: max,
                            });
                        }
                    }
                }
            }
            percent_encode_into(text, opts.space, out);
        }
        Value::Int(i) => push_i64(out, *i),
        Value::Bool(b) => out.push(if *b { '1' } else { '0' }),
        Value::Decimal(d) => d.write_to(out),
    }
    Ok(())
}

impl Hit {
    /// Encodes the hit as a payload (`key=value&...`, `z` last).
    pub fn encode(&self, opts: &EncodeOptions) -> Result<Encoded, HitError> {
        let mut payload = String::with_capacity(64 + self.params.len() * 24);
        let mut truncations = Vec::new();
        self.encode_into(opts, &mut payload, &mut truncations)?;
        Ok(Encoded {
            payload,
            truncations,
        })
    }

    /// Encodes onto `out` (which is not cleared), pushing cuts onto `truncations`.
    pub fn encode_into(
        &self,
        opts: &EncodeOptions,
        out: &mut String,
        truncations: &mut Vec<Truncation>,
    ) -> Result<(), HitError> {
        let limits = &self.spec.limits;
        let mut first = true;
        let mut explicit_qt: i64 = 0;
        for p in &self.params {
            if p.key == "qt" && self.occurred_at.is_some() && opts.now.is_some() {
                if let Value::Int(q) = p.value {
                    explicit_qt = q;
                }
                continue;
            }
            if !first {
                out.push('&');
            }
            first = false;
            out.push_str(&p.key);
            out.push('=');
            push_value(out, &p.key, &p.value, p.max_bytes, opts, truncations)?;
        }
        if let (Some(at), Some(now)) = (self.occurred_at, opts.now) {
            let age_ms = now
                .duration_since(at)
                .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
                .unwrap_or(0);
            match self.spec.dialect {
                Dialect::Ua if limits.queue_time_max_ms > 0 => {
                    let qt = age_ms.saturating_add(u64::try_from(explicit_qt).unwrap_or(0));
                    if qt > limits.queue_time_max_ms {
                        return Err(HitError::TooOld {
                            param: "qt",
                            age_ms: qt,
                            max_ms: limits.queue_time_max_ms,
                        });
                    }
                    out.push_str(if first { "qt=" } else { "&qt=" });
                    first = false;
                    push_u64(out, qt);
                }
                Dialect::Metrica if limits.event_time_max_age_s > 0 => {
                    let max_ms = limits.event_time_max_age_s.saturating_mul(1000);
                    if age_ms > max_ms {
                        return Err(HitError::TooOld {
                            param: "et",
                            age_ms,
                            max_ms,
                        });
                    }
                    if !self.params.iter().any(|p| p.key == "et") {
                        let secs = at
                            .duration_since(UNIX_EPOCH)
                            .map(|d| d.as_secs())
                            .unwrap_or(0);
                        out.push_str(if first { "et=" } else { "&et=" });
                        first = false;
                        push_u64(out, secs);
                    }
                }
                _ => {}
            }
        }
        if let Some(z) = &self.cache_buster {
            if !first {
                out.push('&');
            }
            out.push_str("z=");
            percent_encode_into(z, opts.space, out);
        }
        Ok(())
    }
}

/// Parses a payload back into (name, value) pairs, decoding each value.
pub fn decode_payload(payload: &str) -> Option<Vec<(String, String)>> {
    payload
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            Some((percent_decode(k)?, percent_decode(v)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding() {
        let mut s = String::new();
        percent_encode_into("a b/ü\\~", SpaceStyle::Percent20, &mut s);
        assert_eq!(s, "a%20b%2F%C3%BC%5C~");
        let mut s = String::new();
        percent_encode_into("item 1", SpaceStyle::Plus, &mut s);
        assert_eq!(s, "item+1");
        assert_eq!(percent_decode("a%20b+c%2F").as_deref(), Some("a b c/"));
    }

    #[test]
    fn truncation_at_boundary() {
        assert_eq!(truncate_utf8("aé", 2), "a");
        assert_eq!(truncate_utf8("aé", 3), "aé");
        assert_eq!(truncate_utf8("日本", 5), "日");
    }
}
