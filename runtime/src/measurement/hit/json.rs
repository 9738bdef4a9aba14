//! A hit from JSON: parameter names and values, checked against the dialect's table.

use std::borrow::Cow;

use serde::de::{Deserializer, MapAccess, Visitor};

use super::builder::HitBuilder;
use super::entries::Hit;
use super::error::HitError;
use crate::measurement::key::ParamKey;
use crate::measurement::spec::{DialectSpec, HitType, ParamSpec};
use crate::measurement::value::{Decimal, Value, ValueType};

/// A JSON object with its keys in the order they came: the parameters of one hit as a JSON
/// line gives them (`serde_json`'s own map would sort them, and a hit is sent in order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrderedParams(pub Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for OrderedParams {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OrderedParams;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object of parameter name to value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<OrderedParams, A::Error> {
                let mut v = Vec::new();
                while let Some((k, val)) = m.next_entry::<String, serde_json::Value>()? {
                    v.push((k, val));
                }
                Ok(OrderedParams(v))
            }
        }
        d.deserialize_map(V)
    }
}

impl Hit {
    /// Builds a hit from the text of one JSON object of parameter name to value, in the order
    /// written (`{"t": "pageview", "tid": "UA-1-1", ...}`), checked as
    /// [`from_pairs`](Self::from_pairs) checks. Text that is not such an object is an
    /// [`HitError::InvalidValue`] of parameter `*`.
    pub fn from_json_object(spec: &'static DialectSpec, text: &str) -> Result<Hit, HitError> {
        let OrderedParams(pairs) = serde_json::from_str(text).map_err(|e| not_json_object(&e))?;
        Hit::from_pairs(spec, pairs.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// Builds a hit from parameter names and JSON values, in order, checking every name, type,
    /// index range, hit type and requirement against the dialect's generated table.
    ///
    /// Text accepts a string (or a number, written as is); integer a number or a string of
    /// digits; boolean `true`/`false`/`1`/`0`; currency and number a string (`"12.50"`) or a
    /// JSON number.
    pub fn from_pairs<'a, I>(spec: &'static DialectSpec, pairs: I) -> Result<Hit, HitError>
    where
        I: IntoIterator<Item = (&'a str, &'a serde_json::Value)>,
    {
        let dialect = spec.dialect;
        let pairs: Vec<(&str, &serde_json::Value)> = pairs.into_iter().collect();
        let t = pairs
            .iter()
            .find(|(k, _)| *k == "t")
            .ok_or_else(|| HitError::Missing {
                param: "t".into(),
                context: String::new(),
            })?;
        let t_text = match t.1 {
            serde_json::Value::String(s) => s.as_str(),
            other => {
                return Err(HitError::WrongType {
                    param: "t".into(),
                    expected: "text",
                    got: other.to_string(),
                })
            }
        };
        let hit_type = HitType::parse(t_text)
            .filter(|h| spec.hit_types.contains(*h))
            .ok_or_else(|| HitError::HitTypeNotAccepted {
                hit_type: t_text.to_string(),
                dialect: dialect.as_str(),
            })?;
        let mut b = HitBuilder::new(spec, hit_type);
        let mut z = None;
        for (key, json) in pairs {
            if key == "z" {
                z = Some(json_text(key, json)?);
                continue;
            }
            if let Some((_, fixed)) = spec.fixed.iter().find(|(k, _)| *k == key) {
                let given = json_text(key, json)?;
                if given != *fixed {
                    return Err(HitError::InvalidValue {
                        param: key.to_string(),
                        message: format!("must be `{fixed}`, got `{given}`"),
                    });
                }
                continue;
            }
            let (ps, indices) = spec.lookup(key).ok_or_else(|| HitError::UnknownParameter {
                param: key.to_string(),
                dialect: dialect.as_str(),
            })?;
            if let Some((index_name, value, min, max)) = ps.index_out_of_range(&indices) {
                return Err(HitError::IndexOutOfRange {
                    param: key.to_string(),
                    index_name,
                    value: u32::from(value),
                    min,
                    max,
                });
            }
            if !ps.hit_types.contains(hit_type) {
                return Err(HitError::NotForHitType {
                    param: key.to_string(),
                    hit_type,
                });
            }
            let value = json_value(key, ps, json)?;
            check_value(key, ps, &value)?;
            // A plain name is the table's own text; an indexed one is copied inline.
            let key = if ps.is_indexed() {
                ParamKey::new(key)
            } else {
                ParamKey::from_static(ps.pattern)
            };
            b.push_param(key, value, ps.max_bytes);
        }
        let mut hit = b.build()?;
        if let Some(z) = z {
            hit.cache_buster = Some(Cow::Owned(z));
        }
        Ok(hit)
    }
}

/// The error of text that is not a JSON object of parameters (a hit's or a GA4 request's).
fn not_json_object(e: &serde_json::Error) -> HitError {
    HitError::InvalidValue {
        param: "*".to_owned(),
        message: format!("not a JSON object of parameters: {e}"),
    }
}

fn json_text(key: &str, json: &serde_json::Value) -> Result<String, HitError> {
    match json {
        serde_json::Value::String(s) => Ok(s.clone()),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        other => Err(HitError::WrongType {
            param: key.to_string(),
            expected: "text",
            got: other.to_string(),
        }),
    }
}

fn json_value(key: &str, ps: &ParamSpec, json: &serde_json::Value) -> Result<Value, HitError> {
    let wrong = || HitError::WrongType {
        param: key.to_string(),
        expected: ps.ty.name(),
        got: json.to_string(),
    };
    Ok(match ps.ty {
        ValueType::Text => Value::Text(Cow::Owned(json_text(key, json)?)),
        ValueType::Json => match json {
            serde_json::Value::String(s) => {
                serde_json::from_str::<serde_json::Value>(s).map_err(|_| wrong())?;
                Value::Text(Cow::Owned(s.clone()))
            }
            serde_json::Value::Object(_) | serde_json::Value::Array(_) => {
                Value::Text(Cow::Owned(json.to_string()))
            }
            _ => return Err(wrong()),
        },
        ValueType::Integer => match json {
            serde_json::Value::Number(n) => Value::Int(n.as_i64().ok_or_else(wrong)?),
            serde_json::Value::String(s) => Value::Int(s.parse().map_err(|_| wrong())?),
            _ => return Err(wrong()),
        },
        ValueType::Boolean => match json {
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) if n.as_u64() == Some(1) => Value::Bool(true),
            serde_json::Value::Number(n) if n.as_u64() == Some(0) => Value::Bool(false),
            serde_json::Value::String(s) if s == "1" => Value::Bool(true),
            serde_json::Value::String(s) if s == "0" => Value::Bool(false),
            _ => return Err(wrong()),
        },
        ValueType::Currency | ValueType::Number => match json {
            serde_json::Value::Number(n) => {
                Value::Decimal(n.to_string().parse::<Decimal>().map_err(|_| wrong())?)
            }
            serde_json::Value::String(s) => {
                Value::Decimal(s.parse::<Decimal>().map_err(|_| wrong())?)
            }
            _ => return Err(wrong()),
        },
    })
}

fn check_value(key: &str, ps: &ParamSpec, value: &Value) -> Result<(), HitError> {
    if let (Some(min), Value::Int(v)) = (ps.min, value) {
        if *v < min {
            return Err(HitError::InvalidValue {
                param: key.to_string(),
                message: format!("{v} is below the minimum {min}"),
            });
        }
    }
    if let (Some(format), Value::Text(t)) = (ps.format, value) {
        format.check(t).map_err(|message| HitError::InvalidValue {
            param: key.to_string(),
            message,
        })?;
    }
    if !ps.allowed.is_empty() {
        if let Value::Text(t) = value {
            if !ps.allowed.contains(&t.as_ref()) {
                return Err(HitError::InvalidValue {
                    param: key.to_string(),
                    message: format!("`{t}` is not one of {}", ps.allowed.join(", ")),
                });
            }
        }
    }
    Ok(())
}
