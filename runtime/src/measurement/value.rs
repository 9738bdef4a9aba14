//! Parameter values: text, integer, boolean, currency/number (a fixed-point decimal, never a float).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// The value type of a Measurement Protocol parameter, as the parameter reference names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueType {
    /// UTF-8 text, percent-encoded on the wire; may have a byte limit.
    Text,
    /// A signed 64-bit integer.
    Integer,
    /// `1` for true, `0` for false.
    Boolean,
    /// A decimal with `.` as separator and at most 6 decimal places.
    Currency,
    /// A decimal number (custom metrics).
    Number,
    /// A JSON document sent as text (Metrica's `params`).
    Json,
}

impl ValueType {
    /// The name used in the schema and in error messages.
    pub fn name(self) -> &'static str {
        match self {
            ValueType::Text => "text",
            ValueType::Integer => "integer",
            ValueType::Boolean => "boolean",
            ValueType::Currency => "currency",
            ValueType::Number => "number",
            ValueType::Json => "json",
        }
    }
}

/// Why a string is not a [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not a decimal with at most 6 decimal places and `.` as separator")]
pub struct DecimalError {
    /// The refused input.
    pub input: String,
}

/// A fixed-point decimal with at most 6 decimal places: `units / 10^scale`.
///
/// Currency values must never go through a float or a locale (`2,457.00` is read by the
/// collector as 2.46). Written without trailing zeros: `250.00` is sent as `250`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    units: i64,
    scale: u8,
}

impl Decimal {
    /// The largest number of decimal places the protocol accepts.
    pub const MAX_SCALE: u8 = 6;

    /// `units / 10^scale`, e.g. `Decimal::new(25050, 2)` is `250.50`. `None` if `scale > 6`.
    pub fn new(units: i64, scale: u8) -> Option<Decimal> {
        (scale <= Self::MAX_SCALE).then(|| Decimal { units, scale }.normalized())
    }

    /// A whole number.
    pub const fn from_int(value: i64) -> Decimal {
        Decimal {
            units: value,
            scale: 0,
        }
    }

    fn normalized(mut self) -> Decimal {
        while self.scale > 0 && self.units % 10 == 0 {
            self.units /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The integer mantissa and the number of decimal places (after dropping trailing zeros).
    pub fn parts(self) -> (i64, u8) {
        (self.units, self.scale)
    }

    /// Appends the wire form (`-12.5`, `250`, `0.000001`) to `out`.
    pub fn write_to(self, out: &mut String) {
        let mut buf = [0u8; DECIMAL_MAX_LEN];
        for &b in self.ascii(&mut buf) {
            out.push(char::from(b));
        }
    }

    /// The wire form as ASCII bytes, written into `buf` (no allocation).
    pub(crate) fn ascii(self, buf: &mut [u8; DECIMAL_MAX_LEN]) -> &[u8] {
        let neg = self.units < 0;
        let mut v = self.units.unsigned_abs();
        // Written from the end, a digit at a time: the `scale` decimals, `.`, the integer
        // part (at least `0`), `-`.
        let mut i = buf.len();
        if self.scale > 0 {
            for _ in 0..self.scale.min(Self::MAX_SCALE) {
                i -= 1;
                buf[i] = b'0' + (v % 10) as u8;
                v /= 10;
            }
            i -= 1;
            buf[i] = b'.';
        }
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if neg {
            i -= 1;
            buf[i] = b'-';
        }
        &buf[i..]
    }
}

/// The longest wire form of a [`Decimal`]: `-`, 19 integer digits, `.`, 6 decimals.
pub(crate) const DECIMAL_MAX_LEN: usize = 27;

impl From<i64> for Decimal {
    fn from(value: i64) -> Self {
        Decimal::from_int(value)
    }
}

impl From<i32> for Decimal {
    fn from(value: i32) -> Self {
        Decimal::from_int(i64::from(value))
    }
}

impl From<u32> for Decimal {
    fn from(value: u32) -> Self {
        Decimal::from_int(i64::from(value))
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    /// Parses `-?[0-9]+(\.[0-9]+)?`; trailing zeros beyond 6 places are accepted, other digits not.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DecimalError {
            input: s.to_string(),
        };
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f.trim_end_matches('0')),
            None => (body, ""),
        };
        if int.is_empty()
            || frac.len() > Self::MAX_SCALE as usize
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(err());
        }
        let mut units: i64 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            units = units
                .checked_mul(10)
                .and_then(|u| u.checked_add(i64::from(b - b'0')))
                .ok_or_else(err)?;
        }
        let units = if neg { -units } else { units };
        Ok(Decimal {
            units,
            scale: frac.len() as u8,
        }
        .normalized())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write_to(&mut s);
        f.write_str(&s)
    }
}

/// `v` in decimal, as ASCII bytes written at the end of `buf`.
#[inline]
pub(crate) fn u64_ascii(mut v: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    &buf[i..]
}

/// One parameter value, already of its protocol type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text (also JSON text for `params`).
    Text(Cow<'static, str>),
    /// An integer.
    Int(i64),
    /// A boolean, sent as `1`/`0`.
    Bool(bool),
    /// A currency amount or a number.
    Decimal(Decimal),
}

impl Value {
    /// The value as a JSON value (text as string, decimal as string so nothing is rounded).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Text(t) => serde_json::Value::String(t.to_string()),
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Bool(b) => serde_json::Value::from(u8::from(*b)),
            Value::Decimal(d) => serde_json::Value::String(d.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_round_trip() {
        for (input, out) in [
            ("250.0", "250"),
            ("666.99", "666.99"),
            ("1000.000001", "1000.000001"),
            ("-55.00", "-55"),
            ("0.5", "0.5"),
            ("-0.05", "-0.05"),
            ("7", "7"),
        ] {
            assert_eq!(
                input.parse::<Decimal>().unwrap().to_string(),
                out,
                "{input}"
            );
        }
        for bad in ["2,457.00", "1.0000001", "", ".5", "1e3", "$5", "--1"] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
        assert_eq!(Decimal::new(25050, 2).unwrap().to_string(), "250.5");
        assert!(Decimal::new(1, 7).is_none());
    }
}
