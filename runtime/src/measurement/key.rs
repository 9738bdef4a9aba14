//! Parameter names without an allocation each: a name of the table (`dl`) is copied into a
//! small inline buffer at compile time, a concrete indexed name (`pr12cd3`) is written into one
//! when it is made; only a name longer than the buffer is kept elsewhere.

use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Bytes a name can have and still be kept inline; longer names go to the heap. The longest
/// name of the shipped tables is `il<list>pi<product>cd<dimension>` with three 3-digit indices
/// (15 bytes).
const INLINE: usize = 22;

/// The name of one parameter of a hit (`dl`, `pr2cd1`): it dereferences to `str` and compares
/// with `&str` and `String`, like the `Cow<'static, str>` it replaces. Names of up to 22 bytes
/// (all of the tables') are kept inline, longer ones as given.
#[derive(Clone)]
pub struct ParamKey(Repr);

#[derive(Clone)]
enum Repr {
    /// A static text too long to be kept inline.
    Static(&'static str),
    /// A concrete name of at most [`INLINE`] bytes; `bytes[..len]` is UTF-8.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// A longer name.
    Heap(Box<str>),
}

impl ParamKey {
    /// A name that lives for the whole program (a name of the parameter table). A short one
    /// is copied inline (folded at compile time for a literal), so that the encoder can move
    /// it in one word.
    pub const fn from_static(key: &'static str) -> ParamKey {
        let b = key.as_bytes();
        if b.len() > INLINE {
            return ParamKey(Repr::Static(key));
        }
        let mut bytes = [0; INLINE];
        let mut i = 0;
        while i < b.len() {
            bytes[i] = b[i];
            i += 1;
        }
        ParamKey(Repr::Inline {
            len: b.len() as u8,
            bytes,
        })
    }

    /// A copy of `key`, inline when it is short.
    pub fn new(key: &str) -> ParamKey {
        let mut buf = KeyBuf::new();
        buf.push_str(key);
        buf.finish()
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            // Only whole `&str`s and ASCII digits are ever written inline, so the bytes are
            // UTF-8; the empty fallback is never taken.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }

    /// The first sixteen bytes of an inline name of at most sixteen bytes, and its length:
    /// the encoder copies the sixteen in one move and keeps the length.
    #[inline(always)]
    pub(crate) fn word16(&self) -> Option<(&[u8; 16], usize)> {
        match &self.0 {
            Repr::Inline { len, bytes } if *len <= 16 => {
                Some((bytes.first_chunk::<16>()?, usize::from(*len)))
            }
            _ => None,
        }
    }

    /// The length in bytes.
    #[inline(always)]
    pub(crate) fn byte_len(&self) -> usize {
        match &self.0 {
            Repr::Static(s) => s.len(),
            Repr::Inline { len, .. } => usize::from(*len),
            Repr::Heap(s) => s.len(),
        }
    }

    /// The name's bytes (no UTF-8 check: what the encoder and comparisons use).
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Static(s) => s.as_bytes(),
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }
}

/// A piece of a concrete name: literal text or an index written in decimal.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece<'a> {
    Text(&'a str),
    Index(u32),
}

impl ParamKey {
    /// Writes the name made of `pieces` straight into this key (no copy of a buffer built on
    /// the side: a name written a byte at a time and then copied whole makes the processor
    /// wait for the bytes).
    #[inline]
    pub(crate) fn compose(&mut self, pieces: &[Piece<'_>]) {
        *self = ParamKey(Repr::Inline {
            len: 0,
            bytes: [0; INLINE],
        });
        let Repr::Inline { len, bytes } = &mut self.0 else {
            return;
        };
        let mut at = 0;
        for piece in pieces {
            match *piece {
                Piece::Text(t) => {
                    let end = at + t.len();
                    if end > INLINE {
                        return self.compose_long(pieces);
                    }
                    copy_into(&mut bytes[at..end], t.as_bytes());
                    at = end;
                }
                Piece::Index(n) if n < 1000 && at + 3 <= INLINE => {
                    if n >= 100 {
                        bytes[at] = b'0' + (n / 100) as u8;
                        at += 1;
                    }
                    if n >= 10 {
                        bytes[at] = b'0' + (n / 10 % 10) as u8;
                        at += 1;
                    }
                    bytes[at] = b'0' + (n % 10) as u8;
                    at += 1;
                }
                Piece::Index(_) => return self.compose_long(pieces),
            }
        }
        *len = at as u8;
    }

    #[cold]
    fn compose_long(&mut self, pieces: &[Piece<'_>]) {
        let mut b = KeyBuf::new();
        for piece in pieces {
            match *piece {
                Piece::Text(t) => b.push_str(t),
                Piece::Index(n) => b.push_u32(n),
            }
        }
        *self = b.finish();
    }
}

/// Writes a concrete name piece by piece (prefix, index, suffix) without allocating, unless it
/// outgrows the inline buffer.
pub(crate) struct KeyBuf {
    len: usize,
    bytes: [u8; INLINE],
    spill: Option<String>,
}

impl KeyBuf {
    #[inline]
    pub(crate) fn new() -> KeyBuf {
        KeyBuf {
            len: 0,
            bytes: [0; INLINE],
            spill: None,
        }
    }

    /// The text written so far, as bytes.
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match &self.spill {
            Some(s) => s.as_bytes(),
            None => &self.bytes[..self.len],
        }
    }

    #[inline(always)]
    pub(crate) fn push_str(&mut self, s: &str) {
        let end = self.len + s.len();
        match &mut self.spill {
            None if end <= INLINE => {
                copy_into(&mut self.bytes[self.len..end], s.as_bytes());
                self.len = end;
            }
            _ => self.spill_mut().push_str(s),
        }
    }

    /// Appends another name.
    #[inline]
    pub(crate) fn push_key(&mut self, k: &ParamKey) {
        let b = k.as_bytes();
        let end = self.len + b.len();
        match &mut self.spill {
            // A whole name is whole UTF-8.
            None if end <= INLINE => {
                copy_into(&mut self.bytes[self.len..end], b);
                self.len = end;
            }
            _ => self.spill_mut().push_str(k.as_str()),
        }
    }

    /// Appends the bytes of a name (whole UTF-8).
    #[inline]
    pub(crate) fn push_bytes_of(&mut self, b: &[u8]) {
        let end = self.len + b.len();
        match &mut self.spill {
            None if end <= INLINE => {
                copy_into(&mut self.bytes[self.len..end], b);
                self.len = end;
            }
            _ => self.spill_mut().push_str(&String::from_utf8_lossy(b)),
        }
    }

    /// Appends `n` in decimal.
    #[inline(always)]
    pub(crate) fn push_u32(&mut self, n: u32) {
        // Indices of the tables go up to 200: up to three digits written in place.
        if n < 1000 && self.spill.is_none() && self.len + 3 <= INLINE {
            let mut at = self.len;
            if n >= 100 {
                self.bytes[at] = b'0' + (n / 100) as u8;
                at += 1;
            }
            if n >= 10 {
                self.bytes[at] = b'0' + (n / 10 % 10) as u8;
                at += 1;
            }
            self.bytes[at] = b'0' + (n % 10) as u8;
            self.len = at + 1;
            return;
        }
        self.push_u32_slow(n);
    }

    #[cold]
    fn push_u32_slow(&mut self, n: u32) {
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        let mut v = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        let d = &digits[i..];
        let end = self.len + d.len();
        match &mut self.spill {
            None if end <= INLINE => {
                copy_into(&mut self.bytes[self.len..end], d);
                self.len = end;
            }
            _ => {
                let s = self.spill_mut();
                for &b in d {
                    s.push(char::from(b));
                }
            }
        }
    }

    fn spill_mut(&mut self) -> &mut String {
        let (len, bytes) = (self.len, &self.bytes);
        self.spill.get_or_insert_with(|| {
            let mut s = String::with_capacity(2 * INLINE);
            // The inline bytes are whole `&str`s and digits: UTF-8.
            s.push_str(std::str::from_utf8(&bytes[..len]).unwrap_or_default());
            s
        })
    }

    /// The name written.
    #[inline]
    pub(crate) fn finish(&self) -> ParamKey {
        match &self.spill {
            Some(s) => ParamKey(Repr::Heap(s.as_str().into())),
            None => ParamKey(Repr::Inline {
                len: self.len as u8,
                bytes: self.bytes,
            }),
        }
    }
}

impl Deref for ParamKey {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ParamKey {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for ParamKey {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for ParamKey {
    #[inline]
    fn eq(&self, other: &ParamKey) -> bool {
        same_name(self.as_bytes(), other.as_bytes())
    }
}

impl Eq for ParamKey {}

impl PartialEq<str> for ParamKey {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        same_name(self.as_bytes(), other.as_bytes())
    }
}

impl PartialEq<&str> for ParamKey {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        same_name(self.as_bytes(), other.as_bytes())
    }
}

impl PartialEq<String> for ParamKey {
    fn eq(&self, other: &String) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<ParamKey> for str {
    fn eq(&self, other: &ParamKey) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<ParamKey> for &str {
    fn eq(&self, other: &ParamKey) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<ParamKey> for String {
    fn eq(&self, other: &ParamKey) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialOrd for ParamKey {
    fn partial_cmp(&self, other: &ParamKey) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ParamKey {
    fn cmp(&self, other: &ParamKey) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

// The same hash as the `str` it dereferences to, as `Borrow<str>` requires.
impl Hash for ParamKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for ParamKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for ParamKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&'static str> for ParamKey {
    fn from(key: &'static str) -> ParamKey {
        ParamKey::from_static(key)
    }
}

impl From<String> for ParamKey {
    fn from(key: String) -> ParamKey {
        ParamKey::new(&key)
    }
}

impl From<Cow<'static, str>> for ParamKey {
    fn from(key: Cow<'static, str>) -> ParamKey {
        match key {
            Cow::Borrowed(k) => ParamKey::from_static(k),
            Cow::Owned(k) => ParamKey::new(&k),
        }
    }
}

impl From<ParamKey> for String {
    fn from(key: ParamKey) -> String {
        key.as_str().to_owned()
    }
}

/// Copies `src` into `dst` (of the same length): short copies (names, short values) with a few
/// overlapping word moves instead of a call to `memcpy`.
#[inline(always)]
pub(crate) fn copy_into(dst: &mut [u8], src: &[u8]) {
    let n = src.len();
    if n > 16 || dst.len() != n {
        dst.copy_from_slice(src);
    } else if n >= 8 {
        move_word::<8>(dst, src, 0);
        move_word::<8>(dst, src, n - 8);
    } else if n >= 4 {
        move_word::<4>(dst, src, 0);
        move_word::<4>(dst, src, n - 4);
    } else if n > 0 {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    }
}

/// `dst[at..at + N] = src[at..at + N]` as one load and one store of a word (an array
/// assignment, which the optimiser does not merge into a call to `memcpy` as it does slices).
#[inline(always)]
fn move_word<const N: usize>(dst: &mut [u8], src: &[u8], at: usize) {
    if let (Some(d), Some(s)) = (
        dst.get_mut(at..).and_then(|d| d.first_chunk_mut::<N>()),
        src.get(at..).and_then(|s| s.first_chunk::<N>()),
    ) {
        *d = *s;
    }
}

/// Whether two names are the same: short names (all of the tables') compared with a few
/// overlapping word loads instead of a call to `memcmp`.
#[inline(always)]
pub(crate) fn same_name(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        if n > 16 {
            return a == b;
        }
        return word8(a, 0) == word8(b, 0) && word8(a, n - 8) == word8(b, n - 8);
    }
    if n >= 4 {
        return word4(a, 0) == word4(b, 0) && word4(a, n - 4) == word4(b, n - 4);
    }
    n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1])
}

#[inline(always)]
fn word8(s: &[u8], at: usize) -> u64 {
    match s[at..].first_chunk::<8>() {
        Some(w) => u64::from_le_bytes(*w),
        None => 0,
    }
}

#[inline(always)]
fn word4(s: &[u8], at: usize) -> u32 {
    match s[at..].first_chunk::<4>() {
        Some(w) => u32::from_le_bytes(*w),
        None => 0,
    }
}

/// A 128-bit summary of the names a hit has, from each name's first and last byte and its
/// length: a clear bit proves a name absent without a scan (a set bit still needs one).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct KeyFilter(u128);

impl KeyFilter {
    /// Where a name goes: its first and last byte and its length, mixed by a multiplication
    /// (the top bits are used).
    #[inline]
    fn hash(key: &[u8]) -> u32 {
        let (first, last) = match key {
            [] => (0, 0),
            [f, .., l] => (*f, *l),
            [f] => (*f, *f),
        };
        KeyFilter::hash_parts(first, last, key.len())
    }

    #[inline]
    fn hash_parts(first: u8, last: u8, len: usize) -> u32 {
        let x = u32::from(first) | u32::from(last) << 8 | (len as u32) << 16;
        x.wrapping_mul(0x9E37_79B1)
    }

    #[inline]
    pub(crate) fn bit(key: &[u8]) -> u128 {
        1u128 << (KeyFilter::hash(key) >> 25)
    }

    #[inline]
    pub(crate) fn insert(&mut self, key: &[u8]) {
        self.0 |= KeyFilter::bit(key);
    }

    /// `false` when no name inserted can be `key`.
    #[inline]
    pub(crate) fn may_contain(self, key: &[u8]) -> bool {
        self.0 & KeyFilter::bit(key) != 0
    }

    /// [`may_contain`](Self::may_contain) for the name `lit` followed by `index` in decimal,
    /// without writing it.
    #[inline]
    pub(crate) fn may_contain_pieces(self, lit: &str, index: u32) -> bool {
        let digits = index.checked_ilog10().unwrap_or(0) as usize + 1;
        let last = b'0' + (index % 10) as u8;
        let first = match lit.as_bytes().first() {
            Some(f) => *f,
            // No text: the name starts with the index's first digit.
            None => b'0' + (index / 10u32.pow(digits as u32 - 1)) as u8,
        };
        self.0 & 1u128 << (KeyFilter::hash_parts(first, last, lit.len() + digits) >> 25) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_and_print_as_their_text() {
        let built = {
            let mut b = KeyBuf::new();
            b.push_str("pr");
            b.push_u32(12);
            b.push_str("cd");
            b.push_u32(200);
            b.finish()
        };
        assert_eq!(built, "pr12cd200");
        assert_eq!(built, ParamKey::new("pr12cd200"));
        assert_eq!(built, ParamKey::from("pr12cd200"));
        assert_eq!(format!("{built} {built:?}"), "pr12cd200 \"pr12cd200\"");
        assert!(built.starts_with("pr12"));
        let long = "x".repeat(40);
        let mut b = KeyBuf::new();
        b.push_str(&long[..20]);
        b.push_u32(123_456);
        b.push_str(&long[..20]);
        let spilled = b.finish();
        assert_eq!(
            spilled.as_str(),
            format!("{}123456{}", &long[..20], &long[..20])
        );
        assert_eq!(ParamKey::new(&long), long);
        assert_eq!(ParamKey::new("ключ").as_str(), "ключ");
        for (a, b) in [
            ("", ""),
            ("a", "a"),
            ("tid", "tid"),
            ("pr1id", "pr1id"),
            ("pr10cd12", "pr10cd12"),
            ("il10pi20cd100", "il10pi20cd100"),
            ("0123456789abcdefXYZ", "0123456789abcdefXYZ"),
        ] {
            assert!(same_name(a.as_bytes(), b.as_bytes()), "{a}");
            for i in 0..a.len() {
                let mut c = b.as_bytes().to_vec();
                c[i] ^= 1;
                assert!(!same_name(a.as_bytes(), &c), "{a} {i}");
            }
        }
        assert!(!same_name(b"cd", b"cd1"));
        for n in [0, 1, 9, 10, 99, 100, 200, 999, 1000, 65_535, u32::MAX] {
            let mut b = KeyBuf::new();
            b.push_str("cd");
            b.push_u32(n);
            assert_eq!(b.finish(), format!("cd{n}"));
        }
        let mut set = std::collections::HashSet::new();
        set.insert(ParamKey::from_static("dl"));
        assert!(set.contains("dl"));
    }

    #[test]
    fn names_compose_in_place_and_filter_alike() {
        for (lit, index) in [
            ("cd", 1),
            ("cd", 200),
            ("pr", 10),
            ("", 7),
            ("", 0),
            ("x", 1000),
            ("cm", u32::MAX),
        ] {
            let mut key = ParamKey::from_static("dl");
            key.compose(&[Piece::Text(lit), Piece::Index(index)]);
            assert_eq!(key, format!("{lit}{index}"));
            let mut f = KeyFilter::default();
            f.insert(key.as_bytes());
            assert!(f.may_contain_pieces(lit, index), "{lit}{index}");
            assert_eq!(
                KeyFilter::bit(key.as_bytes()).trailing_zeros(),
                f.0.trailing_zeros()
            );
        }
        let mut long = ParamKey::from_static("");
        let text = "x".repeat(30);
        long.compose(&[Piece::Text(&text), Piece::Index(5)]);
        assert_eq!(long, format!("{text}5"));
    }

    #[test]
    fn the_filter_never_forgets_a_name() {
        let mut f = KeyFilter::default();
        let names = [
            "v", "tid", "cid", "t", "dl", "pr1id", "pr10cd1", "il1pi2ps", "",
        ];
        for n in names {
            f.insert(n.as_bytes());
        }
        for n in names {
            assert!(f.may_contain(n.as_bytes()), "{n}");
        }
    }
}
