//! The typed values of report cells: money kept exact (micros), exact decimals for rates and
//! percentages, dates, and the field types that decide how each column is read.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::definition::PER_GOAL_FIELDS;

/// How the cells of one report field are read. The generated Reports schema gives each field
/// its type; a column the schema does not know is [`ReportFieldType::Text`], so a field added
/// to the API later never breaks a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportFieldType {
    /// A whole number (`Clicks`, `Impressions`, ids).
    Integer,
    /// Money: currency units with two decimals, or micros with `returnMoneyInMicros`; read
    /// into [`Money`] exactly either way.
    Money,
    /// A number with decimals (`AvgClickPosition`, `GoalsRoi`), read into an exact [`Decimal`].
    Decimal,
    /// A percentage (`Ctr`, `BounceRate`), read into an exact [`Decimal`] (`4.35` is 4.35 %).
    Percent,
    /// A date, `YYYY-MM-DD` (`Date`, `Week`, `Month`, ...).
    Date,
    /// A value of one of the API's enumerations (`AdNetworkType`, `Device`): kept as text, so
    /// a value added later reads like the others.
    Enum,
    /// Free text (names, queries, keywords) and every column the schema does not know.
    Text,
}

impl ReportFieldType {
    /// The name used in the schema file (`integer`, `money`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ReportFieldType::Integer => "integer",
            ReportFieldType::Money => "money",
            ReportFieldType::Decimal => "decimal",
            ReportFieldType::Percent => "percent",
            ReportFieldType::Date => "date",
            ReportFieldType::Enum => "enum",
            ReportFieldType::Text => "text",
        }
    }
}

/// Looks up the type of a report field by its wire name (`Clicks`); the generated schema's
/// `ReportSchema::field_type` is one.
pub type FieldTypes = fn(&str) -> Option<ReportFieldType>;

/// The type of column `name`: the field's own type, a goal column
/// `<Field>_<goalId>_<model>` of a per-goal field typed as that field, anything else text.
pub fn column_type(name: &str, field_types: FieldTypes) -> ReportFieldType {
    if let Some(known) = field_types(name) {
        return known;
    }
    goal_column_base(name)
        .and_then(field_types)
        .unwrap_or(ReportFieldType::Text)
}

/// The field of a goal column `<Field>_<goalId>_<model>` (`Conversions_12345_LC` ->
/// `Conversions`), when `name` is one: a per-goal field, a numeric goal id, a model name.
pub fn goal_column_base(name: &str) -> Option<&str> {
    let (rest, model) = name.rsplit_once('_')?;
    let (field, goal) = rest.rsplit_once('_')?;
    let model_ok = !model.is_empty() && model.bytes().all(|b| b.is_ascii_alphanumeric());
    let goal_ok = !goal.is_empty() && goal.bytes().all(|b| b.is_ascii_digit());
    (model_ok && goal_ok && PER_GOAL_FIELDS.contains(&field)).then_some(field)
}

/// An amount of money, kept exactly as micros (millionths of the currency unit), whichever
/// form the report used: `12.34` (units) and `12340000` (micros) are the same `Money`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money {
    /// Millionths of the currency unit.
    pub micros: i64,
}

impl Money {
    /// Money of `micros` millionths of the unit.
    pub fn from_micros(micros: i64) -> Money {
        Money { micros }
    }

    /// Reads the text of a cell in micros (`returnMoneyInMicros: true`): a whole number.
    pub fn parse_micros(text: &str) -> Option<Money> {
        parse_i64(text).map(Money::from_micros)
    }

    /// Reads the text of a cell in currency units (`12.34`, `-0.5`, `7`): at most six
    /// decimals, converted to micros without floating point.
    pub fn parse_units(text: &str) -> Option<Money> {
        let decimal = Decimal::parse(text)?;
        if decimal.scale > 6 {
            return None;
        }
        let factor = 10i64.pow(6 - u32::from(decimal.scale));
        decimal.mantissa.checked_mul(factor).map(Money::from_micros)
    }

    /// The amount in currency units, exact, with at least two decimals (`12.34`,
    /// `0.123456`).
    pub fn to_units_string(self) -> String {
        let sign = if self.micros < 0 { "-" } else { "" };
        let abs = self.micros.unsigned_abs();
        let whole = abs / 1_000_000;
        let mut fraction = format!("{:06}", abs % 1_000_000);
        while fraction.len() > 2 && fraction.ends_with('0') {
            fraction.pop();
        }
        format!("{sign}{whole}.{fraction}")
    }
}

impl fmt::Display for Money {
    /// Currency units, exact (`12.34`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_units_string())
    }
}

impl Serialize for Money {
    /// Micros, as a whole number.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.micros)
    }
}

impl<'de> Deserialize<'de> for Money {
    /// From a report row (whatever the money form of the report), or from micros.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Money::from_micros)
    }
}

/// An exact decimal number: `mantissa / 10^scale` (`4.35` is mantissa 435, scale 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    /// The digits as a whole number.
    pub mantissa: i64,
    /// How many of them are decimals (at most 18).
    pub scale: u8,
}

impl Decimal {
    /// Reads `-12.345`, `7`, `0.5`: an optional minus sign, digits, an optional point and
    /// digits; at most 18 digits in all. Nothing else (no exponent, no spaces).
    pub fn parse(text: &str) -> Option<Decimal> {
        let bytes = text.as_bytes();
        let (negative, digits) = match bytes.first()? {
            b'-' => (true, &bytes[1..]),
            _ => (false, bytes),
        };
        let mut mantissa: i64 = 0;
        let mut scale: u8 = 0;
        let mut seen_point = false;
        let mut count = 0;
        if digits.len() > 19 {
            return None;
        }
        for &b in digits {
            let digit = b.wrapping_sub(b'0');
            if digit <= 9 {
                count += 1;
                // A 19th digit could overflow the i64 (found by the `report-cells` fuzz target).
                if count > 18 {
                    return None;
                }
                mantissa = mantissa * 10 + i64::from(digit);
                scale += u8::from(seen_point);
            } else if b == b'.' && !seen_point {
                seen_point = true;
            } else {
                return None;
            }
        }
        if count == 0 || (seen_point && scale == 0) {
            return None;
        }
        Some(Decimal {
            mantissa: if negative { -mantissa } else { mantissa },
            scale,
        })
    }

    /// The nearest `f64` (for charts and statistics; the `Decimal` itself is exact).
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(i32::from(self.scale))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let sign = if self.mantissa < 0 { "-" } else { "" };
        // The digits with the point put in: any scale (the fields are public), no power of ten
        // that could overflow.
        let scale = usize::from(self.scale);
        let digits = format!(
            "{:0width$}",
            self.mantissa.unsigned_abs(),
            width = scale + 1
        );
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        write!(f, "{sign}{whole}.{fraction}")
    }
}

impl Serialize for Decimal {
    /// The exact text (`"4.35"`).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// From the exact text of a cell.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Decimal::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a decimal number")))
    }
}

/// A calendar date of a report (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportDate {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl ReportDate {
    /// Reads `YYYY-MM-DD`, a real date of the calendar.
    pub fn parse(text: &str) -> Option<ReportDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            b[range].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(ReportDate { year, month, day })
    }
}

impl fmt::Display for ReportDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for ReportDate {
    /// `YYYY-MM-DD`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ReportDate {
    /// From `YYYY-MM-DD`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        ReportDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a YYYY-MM-DD date")))
    }
}

/// One typed cell, borrowing its text from the row it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    /// `--`: the report has no value here.
    Missing,
    /// A whole number.
    Integer(i64),
    /// Money, exact.
    Money(Money),
    /// A number with decimals, exact.
    Decimal(Decimal),
    /// A percentage, exact (`4.35` is 4.35 %).
    Percent(Decimal),
    /// A date.
    Date(ReportDate),
    /// A value of an API enumeration, as sent (unknown values included).
    Enum(&'a str),
    /// Text.
    Text(&'a str),
}

impl Cell<'_> {
    /// The cell with its text copied, to keep after the row is gone.
    pub fn to_owned_value(&self) -> Value {
        match *self {
            Cell::Missing => Value::Missing,
            Cell::Integer(v) => Value::Integer(v),
            Cell::Money(v) => Value::Money(v),
            Cell::Decimal(v) => Value::Decimal(v),
            Cell::Percent(v) => Value::Percent(v),
            Cell::Date(v) => Value::Date(v),
            Cell::Enum(v) => Value::Enum(v.to_owned()),
            Cell::Text(v) => Value::Text(v.to_owned()),
        }
    }

    /// Whether the cell is `--`.
    pub fn is_missing(&self) -> bool {
        matches!(self, Cell::Missing)
    }
}

/// One typed cell, owning its text (see [`Cell`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `--`: the report has no value here.
    Missing,
    /// A whole number.
    Integer(i64),
    /// Money, exact.
    Money(Money),
    /// A number with decimals, exact.
    Decimal(Decimal),
    /// A percentage, exact.
    Percent(Decimal),
    /// A date.
    Date(ReportDate),
    /// A value of an API enumeration, as sent.
    Enum(String),
    /// Text.
    Text(String),
}

/// Parses the text of a cell as `field_type`; `money_in_micros` says which money form the
/// report uses. `None` when the text does not fit the type.
pub fn parse_cell(
    text: &str,
    field_type: ReportFieldType,
    money_in_micros: bool,
) -> Option<Cell<'_>> {
    if text == "--" {
        return Some(Cell::Missing);
    }
    Some(match field_type {
        ReportFieldType::Integer => Cell::Integer(parse_i64(text)?),
        ReportFieldType::Money if money_in_micros => Cell::Money(Money::parse_micros(text)?),
        ReportFieldType::Money => Cell::Money(Money::parse_units(text)?),
        ReportFieldType::Decimal => Cell::Decimal(Decimal::parse(text)?),
        ReportFieldType::Percent => Cell::Percent(Decimal::parse(text)?),
        ReportFieldType::Date => Cell::Date(ReportDate::parse(text)?),
        ReportFieldType::Enum => Cell::Enum(text),
        ReportFieldType::Text => Cell::Text(text),
    })
}

/// A whole number: an optional minus sign and 1 to 19 digits, within `i64`.
fn parse_i64(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let (negative, digits) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || digits.len() > 19 {
        return None;
    }
    let mut value: i64 = 0;
    if digits.len() <= 18 {
        // 18 digits cannot overflow an i64: no checks in the common case.
        for &b in digits {
            let digit = b.wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            value = value * 10 + i64::from(digit);
        }
    } else {
        for &b in digits {
            if !b.is_ascii_digit() {
                return None;
            }
            value = value.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
        }
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_both_forms_is_the_same_exact_amount() {
        assert_eq!(
            Money::parse_units("12.34"),
            Some(Money::from_micros(12_340_000))
        );
        assert_eq!(
            Money::parse_micros("12340000"),
            Some(Money::from_micros(12_340_000))
        );
        assert_eq!(
            Money::parse_units("-0.01"),
            Some(Money::from_micros(-10_000))
        );
        // 0.1 + 0.2 is exact here, unlike in floating point.
        let sum =
            Money::parse_units("0.1").unwrap().micros + Money::parse_units("0.2").unwrap().micros;
        assert_eq!(Money::from_micros(sum).to_units_string(), "0.30");
        assert_eq!(Money::parse_units("1.2345678"), None);
        assert_eq!(Money::parse_units("1e3"), None);
        assert_eq!(Money::parse_micros("12.5"), None);
        assert_eq!(Money::from_micros(123_456).to_units_string(), "0.123456");
        assert_eq!(Money::from_micros(-5_000_000).to_string(), "-5.00");
    }

    #[test]
    fn decimals_dates_and_integers_are_strict() {
        assert_eq!(
            Decimal::parse("4.35").map(|d| d.to_string()),
            Some("4.35".into())
        );
        assert_eq!(
            Decimal::parse("-0.05").map(|d| d.to_string()),
            Some("-0.05".into())
        );
        assert_eq!(Decimal::parse("1."), None);
        assert_eq!(Decimal::parse("."), None);
        assert_eq!(Decimal::parse("1.2.3"), None);
        // 18 digits fit; a 19th is refused, not overflowed.
        assert_eq!(
            Decimal::parse("-999999999999999999").map(|d| d.mantissa),
            Some(-999_999_999_999_999_999)
        );
        assert_eq!(Decimal::parse("9999999999999999999"), None);
        assert_eq!(Decimal::parse("99999999999.99999999"), None);
        // Any scale prints, the point put among the digits.
        let tiny = Decimal {
            mantissa: -5,
            scale: 25,
        };
        assert_eq!(tiny.to_string(), format!("-0.{}5", "0".repeat(24)));
        assert_eq!(
            ReportDate::parse("2024-02-29").map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(ReportDate::parse("2023-02-29"), None);
        assert_eq!(ReportDate::parse("2024-13-01"), None);
        assert_eq!(parse_i64("9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_i64("9223372036854775808"), None);
        assert_eq!(parse_i64("12a"), None);
        assert_eq!(parse_i64(""), None);
    }

    #[test]
    fn goal_columns_are_typed_as_their_field() {
        fn types(name: &str) -> Option<ReportFieldType> {
            match name {
                "Conversions" => Some(ReportFieldType::Integer),
                "CostPerConversion" => Some(ReportFieldType::Money),
                _ => None,
            }
        }
        assert_eq!(
            column_type("Conversions_12345_LC", types),
            ReportFieldType::Integer
        );
        assert_eq!(
            column_type("CostPerConversion_7_LSCCD", types),
            ReportFieldType::Money
        );
        assert_eq!(
            column_type("Conversions_abc_LC", types),
            ReportFieldType::Text
        );
        assert_eq!(column_type("Clicks_1_LC", types), ReportFieldType::Text);
        assert_eq!(column_type("SomethingNew", types), ReportFieldType::Text);
    }
}
