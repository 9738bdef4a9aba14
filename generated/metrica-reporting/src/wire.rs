//! What the generated endpoint code is built from: metric values kept as sent, the query
//! parameters' parsing and rendering, the `ENDPOINTS` entries, and decoding with the path of a
//! fault. The serde names are re-exported so that the generated code reaches everything through
//! this one module.

use std::fmt;

pub use serde::de::{MapAccess, Visitor};
pub use serde::ser::SerializeMap;
pub use serde::{Deserialize, Deserializer, Serialize, Serializer};
pub use serde_json::{Number, Value};
pub use yandex_direct_runtime::nullable::Nullable;
pub use yandex_direct_runtime::wire::{
    optional_value, unknown_field, FieldKey, FlexNumber, UnknownFields, Unrecognized,
};

/// A metric's value as the API sent it: a JSON number kept exactly (an integer stays an
/// integer, a float keeps every digit), or `null`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricValue(Option<Number>);

impl MetricValue {
    /// A value of `null`.
    pub const NULL: MetricValue = MetricValue(None);

    /// The number as sent; `None` for `null`.
    pub fn number(&self) -> Option<&Number> {
        self.0.as_ref()
    }

    /// The value as `f64` (an integer beyond 2^53 is rounded); `None` for `null`.
    pub fn as_f64(&self) -> Option<f64> {
        self.0.as_ref().and_then(Number::as_f64)
    }

    /// The value as `i64` when it was sent as an integer that fits; `None` otherwise.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.as_ref().and_then(Number::as_i64)
    }

    /// Whether the API sent `null`.
    pub fn is_null(&self) -> bool {
        self.0.is_none()
    }
}

impl From<Number> for MetricValue {
    fn from(number: Number) -> Self {
        MetricValue(Some(number))
    }
}

impl From<i64> for MetricValue {
    fn from(value: i64) -> Self {
        MetricValue(Some(value.into()))
    }
}

impl From<f64> for MetricValue {
    /// A finite value; NaN and the infinities, which JSON cannot carry, become `null`.
    fn from(value: f64) -> Self {
        MetricValue(Number::from_f64(value))
    }
}

impl Serialize for MetricValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Some(number) => number.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for MetricValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MetricVisitor;
        impl Visitor<'_> for MetricVisitor {
            type Value = MetricValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a metric value (a number or null)")
            }
            fn visit_u64<E>(self, v: u64) -> Result<MetricValue, E> {
                Ok(MetricValue(Some(v.into())))
            }
            fn visit_i64<E>(self, v: i64) -> Result<MetricValue, E> {
                Ok(MetricValue(Some(v.into())))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<MetricValue, E> {
                Number::from_f64(v)
                    .map(|n| MetricValue(Some(n)))
                    .ok_or_else(|| E::custom("a metric value is not a finite number"))
            }
            fn visit_unit<E>(self) -> Result<MetricValue, E> {
                Ok(MetricValue(None))
            }
            fn visit_none<E>(self) -> Result<MetricValue, E> {
                Ok(MetricValue(None))
            }
        }
        deserializer.deserialize_any(MetricVisitor)
    }
}

/// Why query parameters are refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamError {
    /// A value that is not of the parameter's type.
    Invalid {
        /// The parameter.
        parameter: String,
        /// The value given.
        value: String,
        /// What it should be.
        expected: &'static str,
    },
    /// A parameter given twice.
    Repeated {
        /// The parameter.
        parameter: String,
    },
    /// A parameter the endpoint needs is missing.
    Missing {
        /// The parameter.
        parameter: &'static str,
    },
    /// A parameter's value in a JSON object is not a string.
    NotText {
        /// The parameter.
        parameter: String,
    },
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamError::Invalid {
                parameter,
                value,
                expected,
            } => write!(f, "parameter `{parameter}`: `{value}` is not {expected}"),
            ParamError::Repeated { parameter } => {
                write!(f, "parameter `{parameter}` is given twice")
            }
            ParamError::Missing { parameter } => write!(f, "parameter `{parameter}` is missing"),
            ParamError::NotText { parameter } => write!(
                f,
                "parameter `{parameter}`: the value must be a JSON string, as on the query line"
            ),
        }
    }
}

impl std::error::Error for ParamError {}

/// The query parameters of an endpoint (implemented by each generated `...Params`).
pub trait EndpointParams: Sized {
    /// The `(name, value)` pairs to put on the query line, in the schema's order, then the
    /// unknown ones as given.
    fn to_pairs(&self) -> Vec<(String, String)>;

    /// Reads pairs from a query line; a parameter the schema does not know is kept as it is.
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, ParamError>;

    /// The parameters as a JSON object of strings (the body of a `request` roundtrip line).
    fn to_json(&self) -> Value {
        Value::Object(
            self.to_pairs()
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect(),
        )
    }

    /// Reads a JSON object of strings.
    fn from_json(object: &Value) -> Result<Self, ParamError> {
        let Some(object) = object.as_object() else {
            return Err(ParamError::NotText {
                parameter: "(the body is not a JSON object)".into(),
            });
        };
        let mut pairs = Vec::with_capacity(object.len());
        for (key, value) in object {
            match value.as_str() {
                Some(text) => pairs.push((key.as_str(), text)),
                None => {
                    return Err(ParamError::NotText {
                        parameter: key.clone(),
                    })
                }
            }
        }
        Self::from_pairs(pairs)
    }
}

/// An endpoint of the Reporting API (the generated `ENDPOINTS` table).
#[derive(Debug, Clone, Copy)]
pub struct Endpoint {
    /// Its name: `data`, `bytime`, `drilldown`, `comparison`, `comparison/drilldown`.
    pub name: &'static str,
    /// Its path: `/stat/v1/data/bytime`.
    pub path: &'static str,
    /// The query parameters it takes, in the order they are sent.
    pub parameters: &'static [&'static str],
    /// Decodes parameters (a JSON object of strings) and encodes them again.
    pub reencode_request: fn(&Value) -> Result<Value, String>,
    /// Decodes an answer and encodes it again.
    pub reencode_response: fn(&[u8]) -> Result<Value, String>,
}

/// Decodes `body` as `T`; a fault names where it is (`data[3].metrics[1]`) and the line and
/// column.
pub fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| DecodeError {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })?;
    deserializer.end().map_err(|e| DecodeError {
        path: ".".into(),
        message: e.to_string(),
    })?;
    Ok(value)
}

/// An answer that does not decode: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The path of the fault in the JSON (`data[3].metrics[1]`; `.` for the top).
    pub path: String,
    /// What is wrong, with the line and column.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at `{}`: {}", self.path, self.message)
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `body` as `T` and encodes it again.
pub fn reencode<T>(body: &[u8]) -> Result<Value, String>
where
    T: serde::de::DeserializeOwned + Serialize,
{
    let value: T = decode(body).map_err(|e| e.to_string())?;
    serde_json::to_value(&value).map_err(|e| e.to_string())
}

/// Decodes parameters from a JSON object of strings and encodes them again.
pub fn reencode_params<P: EndpointParams>(body: &Value) -> Result<Value, String> {
    P::from_json(body)
        .map(|params| params.to_json())
        .map_err(|e| e.to_string())
}

/// Rendering and parsing of the parameters' values (called by the generated code).
pub mod params {
    use super::ParamError;

    fn invalid(parameter: &str, value: &str, expected: &'static str) -> ParamError {
        ParamError::Invalid {
            parameter: parameter.to_owned(),
            value: value.to_owned(),
            expected,
        }
    }

    /// Sets `slot`, refusing a second value.
    pub fn set_once<T>(slot: &mut Option<T>, key: &str, value: T) -> Result<(), ParamError> {
        if slot.is_some() {
            return Err(ParamError::Repeated {
                parameter: key.to_owned(),
            });
        }
        *slot = Some(value);
        Ok(())
    }

    /// Text as it is.
    pub fn render_text(value: &str) -> String {
        value.to_owned()
    }

    /// Text as it is.
    pub fn parse_text(_key: &str, value: &str) -> Result<String, ParamError> {
        Ok(value.to_owned())
    }

    /// Comma-separated.
    pub fn render_texts(values: &[String]) -> String {
        values.join(",")
    }

    /// Split at commas.
    pub fn parse_texts(_key: &str, value: &str) -> Result<Vec<String>, ParamError> {
        Ok(value.split(',').map(str::to_owned).collect())
    }

    /// Decimal.
    pub fn render_integer(value: &u64) -> String {
        value.to_string()
    }

    /// Decimal digits, written as the number is (no sign, no leading zero), so that the value
    /// renders back as it came.
    pub fn parse_integer(key: &str, value: &str) -> Result<u64, ParamError> {
        let canonical = !value.is_empty()
            && value.bytes().all(|b| b.is_ascii_digit())
            && (value == "0" || !value.starts_with('0'));
        value
            .parse()
            .ok()
            .filter(|_| canonical)
            .ok_or_else(|| invalid(key, value, "a non-negative integer"))
    }

    /// Comma-separated decimals.
    pub fn render_integers(values: &[u64]) -> String {
        let texts: Vec<String> = values.iter().map(u64::to_string).collect();
        texts.join(",")
    }

    /// Comma-separated decimals.
    pub fn parse_integers(key: &str, value: &str) -> Result<Vec<u64>, ParamError> {
        value
            .split(',')
            .map(|part| {
                parse_integer(key, part)
                    .map_err(|_| invalid(key, value, "comma-separated non-negative integers"))
            })
            .collect()
    }

    /// `true` or `false`.
    pub fn render_boolean(value: &bool) -> String {
        value.to_string()
    }

    /// `true` or `false`.
    pub fn parse_boolean(key: &str, value: &str) -> Result<bool, ParamError> {
        match value {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(invalid(key, value, "`true` or `false`")),
        }
    }
}
