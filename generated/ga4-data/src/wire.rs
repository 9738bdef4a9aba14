//! Wire-format building blocks the generated types are made of: open enums, unknown keys and
//! explicit `null`s kept, 64-bit integers that travel as JSON strings, numbers kept as written.
//!
//! Everything here exists so that decoding an answer and encoding it again gives back the same
//! JSON value, whatever a newer server adds.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// JSON keys a struct does not know, with their values, and the explicit `null`s of keys it
/// knows (a `null` reads as absent), kept so that they go back out unchanged.
pub type UnknownFields = serde_json::Map<String, serde_json::Value>;

/// An enum value these bindings do not know (the API gained it after they were generated),
/// kept as sent so that it encodes back unchanged.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized(Box<str>);

impl Unrecognized {
    /// Wraps a raw wire value; the generated `from_wire` functions call this for unknown values.
    pub fn new(raw: &str) -> Self {
        Unrecognized(raw.into())
    }

    /// The value as it appeared on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// Deserializes an enum from its wire string with an infallible parser (unknown values kept).
///
/// `_known` and `_as_str` are what the runtime's `wire::deserialize_enum` takes to refuse
/// unknown values in command-line params; the generated glue passes them to either.
pub fn deserialize_enum<'de, D, T>(
    deserializer: D,
    from_wire: fn(&str) -> T,
    _known: &'static [T],
    _as_str: fn(&T) -> &str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct EnumVisitor<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for EnumVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an enum value (a string)")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
    }
    deserializer.deserialize_str(EnumVisitor(from_wire))
}

/// A JSON object key, borrowed from the input when the input allows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldKey<'de>(Cow<'de, str>);

impl FieldKey<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key as an owned string.
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for FieldKey<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = FieldKey<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(FieldKey(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(FieldKey(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(FieldKey(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The generated `visit_map` calls this for a key it does not know: kept with its value.
pub fn unknown_field<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: FieldKey<'de>,
    fields: &mut UnknownFields,
) -> Result<(), A::Error> {
    let value: serde_json::Value = map.next_value()?;
    fields.insert(key.into_owned(), value);
    Ok(())
}

/// The generated `visit_map` calls this for a known key: its value, or `None` for an explicit
/// `null`, which is kept in `fields` so that it encodes back as `null`.
pub fn optional_value<'de, A, T>(
    map: &mut A,
    key: &'static str,
    fields: &mut UnknownFields,
) -> Result<Option<T>, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    match map.next_value::<Option<T>>()? {
        Some(value) => {
            // A later value of the same key replaces an earlier `null`.
            fields.remove(key);
            Ok(Some(value))
        }
        None => {
            fields.insert(key.to_owned(), serde_json::Value::Null);
            Ok(None)
        }
    }
}

/// A 64-bit integer as the API sends it: a JSON string of digits (`"10000"`). A JSON number is
/// accepted too; encoding always writes the string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Int64(pub i64);

/// An unsigned 64-bit integer as the API sends it: a JSON string of digits. A JSON number is
/// accepted too; encoding always writes the string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct UInt64(pub u64);

macro_rules! string_integer {
    ($wrapper:ident, $int:ty, $what:literal) => {
        impl Serialize for $wrapper {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $wrapper {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct IntegerVisitor;
                impl Visitor<'_> for IntegerVisitor {
                    type Value = $wrapper;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!($what, " as a string of digits or a number"))
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$wrapper, E> {
                        v.parse::<$int>()
                            .map($wrapper)
                            .map_err(|_| E::custom(format_args!(concat!("`{}` is not ", $what), v)))
                    }
                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<$wrapper, E> {
                        <$int>::try_from(v).map($wrapper).map_err(|_| {
                            E::custom(format_args!(concat!("{} is out of range for ", $what), v))
                        })
                    }
                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<$wrapper, E> {
                        <$int>::try_from(v).map($wrapper).map_err(|_| {
                            E::custom(format_args!(concat!("{} is out of range for ", $what), v))
                        })
                    }
                }
                deserializer.deserialize_any(IntegerVisitor)
            }
        }
    };
}

string_integer!(Int64, i64, "a 64-bit integer");
string_integer!(UInt64, u64, "an unsigned 64-bit integer");

/// A list of 64-bit integers encoded as JSON strings.
pub struct Int64Slice<'a>(pub &'a [i64]);

impl Serialize for Int64Slice<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|v| Int64(*v)))
    }
}

/// A list of unsigned 64-bit integers encoded as JSON strings.
pub struct UInt64Slice<'a>(pub &'a [u64]);

impl Serialize for UInt64Slice<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|v| UInt64(*v)))
    }
}

/// A `double` or `float` of the API, kept as it was written so that it encodes back the same:
/// a JSON number (`1`, `1.5`, `1e300`), or one of the strings `"NaN"`, `"Infinity"`,
/// `"-Infinity"` (or a number in a string) that proto3 JSON allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Double(DoubleRepr);

#[derive(Debug, Clone, PartialEq)]
enum DoubleRepr {
    Number(serde_json::Number),
    Text(Box<str>),
}

impl Double {
    /// The value as `f64`; `None` for a string that is not a number.
    pub fn value(&self) -> Option<f64> {
        match &self.0 {
            DoubleRepr::Number(n) => n.as_f64(),
            DoubleRepr::Text(text) => match &**text {
                "NaN" => Some(f64::NAN),
                "Infinity" => Some(f64::INFINITY),
                "-Infinity" => Some(f64::NEG_INFINITY),
                other => other.parse().ok(),
            },
        }
    }

    /// The value as written on the wire when it was a string (`"NaN"`), `None` for a number.
    pub fn as_text(&self) -> Option<&str> {
        match &self.0 {
            DoubleRepr::Text(text) => Some(text),
            DoubleRepr::Number(_) => None,
        }
    }
}

impl From<f64> for Double {
    /// A finite value as a JSON number; NaN and the infinities as the strings proto3 JSON uses.
    fn from(value: f64) -> Self {
        match serde_json::Number::from_f64(value) {
            Some(n) => Double(DoubleRepr::Number(n)),
            None if value.is_nan() => Double(DoubleRepr::Text("NaN".into())),
            None if value > 0.0 => Double(DoubleRepr::Text("Infinity".into())),
            None => Double(DoubleRepr::Text("-Infinity".into())),
        }
    }
}

impl From<i64> for Double {
    /// An integer, written without a fraction.
    fn from(value: i64) -> Self {
        Double(DoubleRepr::Number(value.into()))
    }
}

impl Default for Double {
    fn default() -> Self {
        Double(DoubleRepr::Number(0.into()))
    }
}

impl Serialize for Double {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            DoubleRepr::Number(n) => n.serialize(serializer),
            DoubleRepr::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for Double {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DoubleVisitor;
        impl Visitor<'_> for DoubleVisitor {
            type Value = Double;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, or NaN, Infinity or -Infinity as a string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Double, E> {
                Ok(Double(DoubleRepr::Number(v.into())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Double, E> {
                Ok(Double(DoubleRepr::Number(v.into())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Double, E> {
                serde_json::Number::from_f64(v)
                    .map(|n| Double(DoubleRepr::Number(n)))
                    .ok_or_else(|| E::custom("a number that is not finite"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Double, E> {
                let double = Double(DoubleRepr::Text(v.into()));
                match double.value() {
                    Some(_) => Ok(double),
                    None => Err(E::custom(format_args!("`{v}` is not a number"))),
                }
            }
        }
        deserializer.deserialize_any(DoubleVisitor)
    }
}

/// Decodes `body` as `T` and encodes it again: what the generated tables of methods and schemas
/// point at, for tools that take a type by name (the `roundtrip` example, the fuzz harness).
/// The error names where in the body decoding failed.
pub fn reencode<T>(body: &[u8]) -> Result<serde_json::Value, String>
where
    T: serde::de::DeserializeOwned + Serialize,
{
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = T::deserialize(&mut deserializer).map_err(|e| e.to_string())?;
    deserializer.end().map_err(|e| e.to_string())?;
    serde_json::to_value(&value).map_err(|e| e.to_string())
}
