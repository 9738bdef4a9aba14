//! Per-item checks of add and update items, answered as the real API does: the faulty item gets
//! an `Errors` entry `{Code, Message, Details}` and the other items of the call still succeed.
//!
//! The typed request decoding (strict, by the schema) already refuses the whole call with 8000
//! for unknown keys, wrong types and missing required keys. These checks cover what the schema
//! cannot say: a campaign needs one campaign-type structure and that one its `BiddingStrategy`,
//! dates are `YYYY-MM-DD`, names and texts are not empty, and the length limits below.

use serde_json::{json, Map, Value};

use crate::store::Kind;

/// The code of a per-item fault in a value (missing structure, bad date, empty text, too long).
///
/// The project's reference (`direct-protocol.md` and the recorded samples) documents no code of
/// its own for these: per-item it shows only 8800 (not found), 8300 (wrong status) and 8304
/// (cannot unarchive). The closest documented code is 8000, "invalid request" (seen in traffic),
/// so that is the one answered, with the fault in `Details`.
pub const INVALID_VALUE: i64 = 8000;

/// The message of [`INVALID_VALUE`].
pub const INVALID_VALUE_MESSAGE: &str = "Invalid request";

/// A length limit of a string field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LengthLimit {
    /// The service endpoint (`keywords`).
    pub endpoint: &'static str,
    /// The field of the add/update item (`Keyword`).
    pub field: &'static str,
    /// At most this many characters.
    pub max_chars: usize,
    /// The limit applies to every word of the value rather than to the whole value.
    pub per_word: bool,
    /// Where the limit comes from.
    pub source: &'static str,
}

/// Every length limit the fake server checks.
///
/// The project's reference gives none: the WSDL/XSD files in `direct-v5/wsdl` have no length
/// facets and `direct-protocol.md` names no limits. So only limits published by Yandex itself,
/// and stated there without counting rules the reference lacks, are here; field lengths such as
/// campaign or ad group names are not limited by the fake server.
pub const LENGTH_LIMITS: &[LengthLimit] = &[LengthLimit {
    endpoint: "keywords",
    field: "Keyword",
    max_chars: 35,
    per_word: true,
    source: "Yandex Direct API news digest (yandex.com/blog/ya-direct-api, 2016): \
             \"the maximum length of each word or negative keyword in a keyword is 35 characters\"",
}];

/// An item's `Errors` answer.
pub fn item_error(code: i64, message: &str, details: &str) -> Value {
    json!({"Errors": [{"Code": code, "Message": message, "Details": details}]})
}

fn invalid(details: impl AsRef<str>) -> Value {
    item_error(INVALID_VALUE, INVALID_VALUE_MESSAGE, details.as_ref())
}

/// Whether `text` is a date `YYYY-MM-DD` that exists.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The type-specific structures of an item: keys ending in `suffix` whose values are objects
/// (`TextCampaign`, `TextAd`).
fn type_structures<'a>(item: &'a Map<String, Value>, suffix: &str) -> Vec<(&'a str, &'a Value)> {
    item.iter()
        .filter(|(k, v)| k.ends_with(suffix) && v.is_object())
        .map(|(k, v)| (k.as_str(), v))
        .collect()
}

fn check_not_empty(item: &Map<String, Value>, field: &str, label: &str) -> Result<(), Value> {
    match item.get(field).and_then(Value::as_str) {
        Some(text) if text.trim().is_empty() => Err(invalid(format!("{label} must not be empty"))),
        _ => Ok(()),
    }
}

fn check_dates(item: &Map<String, Value>) -> Result<(), Value> {
    for field in ["StartDate", "EndDate"] {
        if let Some(text) = item.get(field).and_then(Value::as_str) {
            if !is_date(text) {
                return Err(invalid(format!(
                    "{field} `{text}` is not a date in the format YYYY-MM-DD"
                )));
            }
        }
    }
    Ok(())
}

/// Checks the fields of [`LENGTH_LIMITS`] for `endpoint` in `item`.
pub fn check_lengths(endpoint: &str, item: &Map<String, Value>) -> Result<(), Value> {
    for limit in LENGTH_LIMITS.iter().filter(|l| l.endpoint == endpoint) {
        let Some(text) = item.get(limit.field).and_then(Value::as_str) else {
            continue;
        };
        let too_long = if limit.per_word {
            text.split_whitespace()
                // Operators (`+word`, `!word`, `-minus`, `"..."`, `[...]`) are not part of a word.
                .map(|w| w.trim_matches(|c| "+!-\"[]".contains(c)))
                .find(|w| w.chars().count() > limit.max_chars)
        } else {
            (text.chars().count() > limit.max_chars).then_some(text)
        };
        if let Some(value) = too_long {
            let unit = if limit.per_word { "each word of " } else { "" };
            return Err(invalid(format!(
                "{unit}{} may have at most {} characters: `{value}` is too long",
                limit.field, limit.max_chars
            )));
        }
    }
    Ok(())
}

/// Checks an add item of a stored service; `Err` is the item's `Errors` answer.
pub fn check_add(kind: Kind, item: &Map<String, Value>) -> Result<(), Value> {
    match kind {
        Kind::Campaign => {
            check_not_empty(item, "Name", "Name")?;
            check_dates(item)?;
            let types = type_structures(item, "Campaign");
            let [(name, structure)] = types.as_slice() else {
                return Err(invalid(if types.is_empty() {
                    "a campaign needs one campaign-type structure (TextCampaign, \
                     UnifiedCampaign, MobileAppCampaign, DynamicTextCampaign, CpmBannerCampaign \
                     or SmartCampaign)"
                } else {
                    "a campaign may have only one campaign-type structure"
                }));
            };
            if !structure
                .get("BiddingStrategy")
                .is_some_and(Value::is_object)
            {
                return Err(invalid(format!(
                    "{name} needs a BiddingStrategy with Search and Network"
                )));
            }
            Ok(())
        }
        Kind::AdGroup => check_not_empty(item, "Name", "Name"),
        Kind::Ad => {
            let types = type_structures(item, "Ad");
            let [(name, structure)] = types.as_slice() else {
                return Err(invalid(if types.is_empty() {
                    "an ad needs one ad-type structure (TextAd, ResponsiveAd, MobileAppAd, ...)"
                } else {
                    "an ad may have only one ad-type structure"
                }));
            };
            if let Some(fields) = structure.as_object() {
                for field in ["Title", "Title2", "Text"] {
                    check_not_empty(fields, field, &format!("{name}.{field}"))?;
                }
            }
            Ok(())
        }
        Kind::Keyword => {
            check_not_empty(item, "Keyword", "Keyword")?;
            check_lengths("keywords", item)
        }
    }
}

/// Checks an update item of a stored service (only the fields it changes).
pub fn check_update(kind: Kind, item: &Map<String, Value>) -> Result<(), Value> {
    match kind {
        Kind::Campaign => {
            check_not_empty(item, "Name", "Name")?;
            check_dates(item)?;
            if type_structures(item, "Campaign").len() > 1 {
                return Err(invalid(
                    "a campaign may have only one campaign-type structure",
                ));
            }
            Ok(())
        }
        Kind::AdGroup => check_not_empty(item, "Name", "Name"),
        Kind::Ad => {
            for (name, structure) in type_structures(item, "Ad") {
                if let Some(fields) = structure.as_object() {
                    for field in ["Title", "Title2", "Text"] {
                        check_not_empty(fields, field, &format!("{name}.{field}"))?;
                    }
                }
            }
            Ok(())
        }
        Kind::Keyword => {
            check_not_empty(item, "Keyword", "Keyword")?;
            check_lengths("keywords", item)
        }
    }
}

/// Checks an add or update item of a service kept by the generic store: an empty `Name` is
/// refused, dates must be `YYYY-MM-DD`, and the [`LENGTH_LIMITS`] of `endpoint` apply.
pub fn check_generic(endpoint: &str, item: &Map<String, Value>) -> Result<(), Value> {
    check_not_empty(item, "Name", "Name")?;
    check_dates(item)?;
    check_lengths(endpoint, item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for good in ["2024-02-29", "2025-12-31", "2000-02-29"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "not-a-date",
            "2025-02-29",
            "1900-02-29",
            "2025-13-01",
            "2025-1-01",
            "2025-04-31",
            "20250101",
            "2025-01-01T00:00:00",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn keyword_words() {
        let item = |k: &str| {
            json!({"Keyword": k})
                .as_object()
                .cloned()
                .unwrap_or_default()
        };
        assert!(check_add(Kind::Keyword, &item("buy a fridge -cheap")).is_ok());
        assert!(check_add(Kind::Keyword, &item("  ")).is_err());
        let long = "x".repeat(36);
        assert!(check_add(Kind::Keyword, &item(&format!("buy {long}"))).is_err());
        assert!(check_add(Kind::Keyword, &item(&format!("+{}", "x".repeat(35)))).is_ok());
    }
}
