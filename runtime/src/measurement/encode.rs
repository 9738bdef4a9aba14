//! Encoding a hit as `key=value&...`: UTF-8, percent-encoding, byte limits (strict or lenient),
//! `qt`/`et` for late hits, `z` last.

use std::time::{SystemTime, UNIX_EPOCH};

use super::hit::{GroupBlock, GroupParam, Hit, HitError};
use super::key::{copy_into, ParamKey};
use super::spec::Dialect;
use super::value::{u64_ascii, Value, DECIMAL_MAX_LEN};

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

const fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_' || b == b'~'
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Whether each byte is sent as it is (`1`) or escaped (`0`).
const fn unreserved_table() -> [u8; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = is_unreserved(i as u8) as u8;
        i += 1;
    }
    t
}

/// Each byte's wire form, packed little-endian: up to three bytes (`a`, `%2F`, `+`), and how
/// many in the top byte.
const fn escape_table(space_as_plus: bool) -> [u32; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if is_unreserved(b) {
            b as u32 | 1 << 24
        } else if space_as_plus && b == b' ' {
            b'+' as u32 | 1 << 24
        } else {
            b'%' as u32
                | (HEX[(b >> 4) as usize] as u32) << 8
                | (HEX[(b & 15) as usize] as u32) << 16
                | 3 << 24
        };
        i += 1;
    }
    t
}

static UNRESERVED: [u8; 256] = unreserved_table();
static ESCAPE_PERCENT20: [u32; 256] = escape_table(false);
static ESCAPE_PLUS: [u32; 256] = escape_table(true);

/// Percent-encodes `s` (UTF-8 bytes; everything but `A-Z a-z 0-9 - . _ ~`) onto `out`.
pub fn percent_encode_into(s: &str, space: SpaceStyle, out: &mut String) {
    let mut sink = Sink::new(out);
    sink.percent_encode(s, space);
}

/// Bytes on their way to a `String`, gathered in a buffer on the stack and appended in large
/// pieces: escapes and digits are written a byte at a time without the `String`'s per-push
/// checks. Only whole UTF-8 texts (names) and ASCII are written, and a text is never split
/// between two flushes, so every flush is UTF-8; the buffer is flushed when the sink is
/// dropped, also on an early return.
struct Sink<'a> {
    out: &'a mut String,
    len: usize,
    buf: [u8; SINK + SLACK],
}

/// Bytes gathered before a flush.
const SINK: usize = 512;
/// Room past `SINK` for a name moved as a whole word of sixteen bytes (of which only its
/// length counts).
const SLACK: usize = 16;

impl<'a> Sink<'a> {
    #[inline]
    fn new(out: &'a mut String) -> Sink<'a> {
        Sink {
            out,
            len: 0,
            buf: [0; SINK + SLACK],
        }
    }

    #[cold]
    #[inline(never)]
    fn flush(&mut self) {
        let bytes = &self.buf[..self.len];
        match std::str::from_utf8(bytes) {
            Ok(text) => self.out.push_str(text),
            // Not reached: see the type's comment.
            Err(_) => self.out.push_str(&String::from_utf8_lossy(bytes)),
        }
        self.len = 0;
    }

    /// Makes room for `n` more bytes (`n` at most `SINK`).
    #[inline(always)]
    fn room(&mut self, n: usize) {
        if self.len + n > SINK {
            self.flush();
        }
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.room(1);
        self.buf[self.len] = b;
        self.len += 1;
    }

    /// Appends a whole UTF-8 text (or ASCII).
    #[inline(always)]
    fn text(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if n > SINK {
            self.long_text(bytes);
            return;
        }
        self.room(n);
        let at = self.len;
        copy_into(&mut self.buf[at..at + n], bytes);
        self.len = at + n;
    }

    #[cold]
    fn long_text(&mut self, bytes: &[u8]) {
        self.flush();
        match std::str::from_utf8(bytes) {
            Ok(text) => self.out.push_str(text),
            Err(_) => self.out.push_str(&String::from_utf8_lossy(bytes)),
        }
    }

    #[inline]
    fn u64(&mut self, v: u64) {
        let mut digits = [0u8; 20];
        self.text(u64_ascii(v, &mut digits));
    }

    /// `&<prefix><key>=` (without `&` for the first parameter).
    #[inline(always)]
    fn name(&mut self, first: bool, prefix: Option<&ParamKey>, key: &ParamKey) {
        let len = prefix.map_or(0, ParamKey::byte_len) + key.byte_len();
        if len > SINK - 2 {
            if !first {
                self.byte(b'&');
            }
            if let Some(prefix) = prefix {
                self.text(prefix.as_bytes());
            }
            self.text(key.as_bytes());
            self.byte(b'=');
            return;
        }
        self.room(len + 2);
        let mut at = self.len;
        if !first {
            self.buf[at] = b'&';
            at += 1;
        }
        if let Some(prefix) = prefix {
            at = put_name(&mut self.buf, at, prefix);
        }
        at = put_name(&mut self.buf, at, key);
        self.buf[at] = b'=';
        self.len = at + 1;
    }

    /// The parameters of one collection entry.
    fn group(
        &mut self,
        first: &mut bool,
        block: &GroupBlock,
        opts: &EncodeOptions,
        truncations: &mut Vec<Truncation>,
    ) -> Result<(), HitError> {
        let prefix = block.prefix.as_bytes();
        let mut params = block.params.iter();
        if *first {
            // Only a hit without parameters of its own starts with an entry: no `&`.
            let Some(p) = params.next() else {
                return Ok(());
            };
            *first = false;
            self.entry_param(true, block, p, opts, truncations)?;
        }
        // `&` and the prefix (`&pr3`) as one word of sixteen bytes, made once for the entry.
        let Some((lead, lead_len)) = lead_word(&block.prefix) else {
            for p in params {
                self.entry_param(false, block, p, opts, truncations)?;
            }
            return Ok(());
        };
        let table = escape_table_of(opts.space);
        for p in params {
            let Some((suffix, suffix_len)) = p.suffix.word16() else {
                self.entry_param(false, block, p, opts, truncations)?;
                continue;
            };
            // The usual value, a short text within its limit, is written with the name after
            // one check of the room for both.
            let short_text = match &p.value {
                Value::Text(t)
                    if t.len() <= SHORT_TEXT
                        && p.max_bytes.is_none_or(|max| t.len() <= max as usize) =>
                {
                    Some(t.as_bytes())
                }
                _ => None,
            };
            self.room(16 + 16 + 1 + 4 * SHORT_TEXT);
            let mut at = self.len;
            self.buf[at..at + 16].copy_from_slice(&lead);
            at += lead_len;
            self.buf[at..at + 16].copy_from_slice(suffix);
            at += suffix_len;
            self.buf[at] = b'=';
            at += 1;
            match short_text {
                Some(text) => self.len = escape_into(&mut self.buf, at, text, table),
                None => {
                    self.len = at;
                    push_value(
                        self,
                        prefix,
                        &p.suffix,
                        &p.value,
                        p.max_bytes,
                        opts,
                        truncations,
                    )?;
                }
            }
        }
        Ok(())
    }

    /// One parameter of a collection entry by the general path: its name, then its value
    /// with the value's checks and cuts.
    fn entry_param(
        &mut self,
        first: bool,
        block: &GroupBlock,
        p: &GroupParam,
        opts: &EncodeOptions,
        truncations: &mut Vec<Truncation>,
    ) -> Result<(), HitError> {
        self.name(first, Some(&block.prefix), &p.suffix);
        push_value(
            self,
            block.prefix.as_bytes(),
            &p.suffix,
            &p.value,
            p.max_bytes,
            opts,
            truncations,
        )
    }

    #[inline(always)]
    fn percent_encode(&mut self, s: &str, space: SpaceStyle) {
        let table = escape_table_of(space);
        // In pieces whose escaped form fits in the buffer at once, four bytes written per byte
        // read (a piece may end inside a multibyte character: its bytes are escaped one by one,
        // so the output stays ASCII).
        for piece in s.as_bytes().chunks(SINK / 4) {
            self.room(4 * piece.len());
            self.len = escape_into(&mut self.buf, self.len, piece, table);
        }
    }
}

/// Texts of up to this many bytes are written with their name after one check of the room.
const SHORT_TEXT: usize = 64;

/// The escape table of a space style.
#[inline(always)]
fn escape_table_of(space: SpaceStyle) -> &'static [u32; 256] {
    match space {
        SpaceStyle::Percent20 => &ESCAPE_PERCENT20,
        SpaceStyle::Plus => &ESCAPE_PLUS,
    }
}

/// `&` followed by `prefix`, as a word of sixteen bytes and its length, when it fits. Made in
/// a register (the name's word moved up a byte): a word put together in memory a byte at a
/// time is read back whole only after the processor has waited for the pieces.
#[inline]
fn lead_word(prefix: &ParamKey) -> Option<([u8; 16], usize)> {
    let (word, len) = prefix.word16()?;
    if len > 15 {
        return None;
    }
    let lead = (u128::from_le_bytes(*word) << 8) | u128::from(b'&');
    Some((lead.to_le_bytes(), len + 1))
}

/// Writes `src` percent-encoded at `at` (with room made for four bytes per byte) and gives the
/// next place.
#[inline(always)]
fn escape_into(
    buf: &mut [u8; SINK + SLACK],
    mut at: usize,
    src: &[u8],
    table: &[u32; 256],
) -> usize {
    let mut rest = src;
    while let Some((eight, tail)) = rest.split_first_chunk::<8>() {
        if unreserved8(eight) {
            buf[at..at + 8].copy_from_slice(eight);
            at += 8;
        } else {
            at = escape_bytes(buf, at, eight, table);
        }
        rest = tail;
    }
    escape_bytes(buf, at, rest, table)
}

/// Writes each byte of `src` in its wire form, one at a time.
#[inline(always)]
fn escape_bytes(
    buf: &mut [u8; SINK + SLACK],
    mut at: usize,
    src: &[u8],
    table: &[u32; 256],
) -> usize {
    for &b in src {
        let e = table[usize::from(b)];
        buf[at..at + 4].copy_from_slice(&e.to_le_bytes());
        at += (e >> 24) as usize;
    }
    at
}

/// Whether none of eight bytes needs escaping.
#[inline(always)]
fn unreserved8(b: &[u8; 8]) -> bool {
    let t = &UNRESERVED;
    (t[usize::from(b[0])]
        & t[usize::from(b[1])]
        & t[usize::from(b[2])]
        & t[usize::from(b[3])]
        & t[usize::from(b[4])]
        & t[usize::from(b[5])]
        & t[usize::from(b[6])]
        & t[usize::from(b[7])])
        != 0
}

/// Writes a name at `at` (within the room made for it) and gives the next place: a short name
/// in one move of sixteen bytes, into the slack past the room if need be.
#[inline(always)]
fn put_name(buf: &mut [u8; SINK + SLACK], at: usize, key: &ParamKey) -> usize {
    match key.word16() {
        Some((word, len)) => {
            if let Some(place) = buf.get_mut(at..at + 16) {
                place.copy_from_slice(word);
            }
            at + len
        }
        None => {
            let b = key.as_bytes();
            copy_into(&mut buf[at..at + b.len()], b);
            at + b.len()
        }
    }
}

impl Drop for Sink<'_> {
    fn drop(&mut self) {
        if self.len > 0 {
            self.flush();
        }
    }
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

#[inline]
fn push_value(
    out: &mut Sink<'_>,
    prefix: &[u8],
    key: &ParamKey,
    value: &Value,
    max_bytes: Option<u32>,
    opts: &EncodeOptions,
    truncations: &mut Vec<Truncation>,
) -> Result<(), HitError> {
    // Text first, on a branch of its own: most values are text, and a conditional branch is
    // predicted better than the jump of a `match` over the value's kind.
    if let Value::Text(t) = value {
        let mut text: &str = t;
        if let Some(max) = max_bytes {
            if text.len() > max as usize {
                match opts.mode {
                    LengthMode::Strict => {
                        return Err(HitError::TooLong {
                            param: whole_name(prefix, key),
                            bytes: text.len(),
                            max,
                        })
                    }
                    LengthMode::Lenient => {
                        text = truncate_utf8(text, max as usize);
                        truncations.push(Truncation {
                            param: whole_name(prefix, key),
                            original_bytes: t.len(),
                            kept_bytes: text.len(),
                            max_bytes: max,
                        });
                    }
                }
            }
        }
        out.percent_encode(text, opts.space);
        return Ok(());
    }
    match value {
        Value::Text(_) => {}
        Value::Int(i) => {
            if *i < 0 {
                out.byte(b'-');
            }
            out.u64(i.unsigned_abs());
        }
        Value::Bool(b) => out.byte(if *b { b'1' } else { b'0' }),
        Value::Decimal(d) => {
            let mut buf = [0u8; DECIMAL_MAX_LEN];
            out.text(d.ascii(&mut buf));
        }
    }
    Ok(())
}

impl Hit {
    /// Encodes the hit as a payload (`key=value&...`, `z` last).
    pub fn encode(&self, opts: &EncodeOptions) -> Result<Encoded, HitError> {
        let count = self.params.len() + self.groups.iter().map(|g| g.params.len()).sum::<usize>();
        let mut payload = String::with_capacity(64 + count * 24);
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
        let late = self.occurred_at.is_some() && opts.now.is_some();
        let mut out = Sink::new(out);
        let mut first = true;
        let mut explicit_qt: i64 = 0;
        let mut groups = self.groups.iter().peekable();
        for (i, p) in self.params.iter().enumerate() {
            while let Some(block) = groups.next_if(|b| b.at == i) {
                out.group(&mut first, block, opts, truncations)?;
            }
            if late && p.key == "qt" {
                if let Value::Int(q) = p.value {
                    explicit_qt = q;
                }
                continue;
            }
            out.name(first, None, &p.key);
            first = false;
            push_value(
                &mut out,
                &[],
                &p.key,
                &p.value,
                p.max_bytes,
                opts,
                truncations,
            )?;
        }
        for block in groups {
            out.group(&mut first, block, opts, truncations)?;
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
                    out.text(if first { b"qt=" } else { b"&qt=" });
                    first = false;
                    out.u64(qt);
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
                    if self.find(b"et").is_none() {
                        let secs = at
                            .duration_since(UNIX_EPOCH)
                            .map(|d| d.as_secs())
                            .unwrap_or(0);
                        out.text(if first { b"et=" } else { b"&et=" });
                        first = false;
                        out.u64(secs);
                    }
                }
                _ => {}
            }
        }
        if let Some(z) = &self.cache_buster {
            if !first {
                out.byte(b'&');
            }
            out.text(b"z=");
            out.percent_encode(z, opts.space);
        }
        Ok(())
    }
}

/// The whole name of a parameter (`pr3` + `nm`), for errors and truncation records.
fn whole_name(prefix: &[u8], key: &ParamKey) -> String {
    let mut name = String::from_utf8_lossy(prefix).into_owned();
    name.push_str(key);
    name
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
