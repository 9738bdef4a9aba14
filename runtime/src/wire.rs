//! Wire-format building blocks the generated types are made of: forward-compatible enums,
//! unknown-field preservation, the `{"Items": [...]}` wrapper and strict request decoding.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::thread::LocalKey;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;

/// JSON keys a struct does not know, with their values, in the order they came.
///
/// A server newer than these bindings may send fields they lack; keeping them here means a value
/// decoded and encoded again loses nothing.
pub type UnknownFields = serde_json::Map<String, serde_json::Value>;

/// An enum value these bindings do not know (the API gained it after they were generated).
///
/// The raw string is kept so the value encodes back unchanged; it is opaque on purpose, so that a
/// future version which knows the value as a proper variant does not break code matching on it.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized(Box<str>);

impl Unrecognized {
    /// Wraps a raw wire value. Generated `from_wire` functions call this for unknown values.
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

/// Deserializes an enum from its wire string with an infallible parser: an unknown value is kept
/// (`from_wire` makes it `Unrecognized`), except inside [`closed_enums`], where a value that is
/// not one of `known` (as `as_str` spells them) is an error that names the value and the nearest
/// known ones.
pub fn deserialize_enum<'de, D, T: 'static>(
    deserializer: D,
    from_wire: fn(&str) -> T,
    known: &'static [T],
    as_str: fn(&T) -> &str,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct EnumVisitor<T: 'static> {
        from_wire: fn(&str) -> T,
        known: &'static [T],
        as_str: fn(&T) -> &str,
    }
    impl<'de, T> Visitor<'de> for EnumVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an enum value (a string)")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            if enums_are_closed() && !self.known.iter().any(|k| (self.as_str)(k) == v) {
                let known = self.known.iter().map(|k| (self.as_str)(k));
                return Err(de::Error::custom(unknown_enum_value(v, known)));
            }
            Ok((self.from_wire)(v))
        }
    }
    deserializer.deserialize_str(EnumVisitor {
        from_wire,
        known,
        as_str,
    })
}

/// Why `value` is refused: not one of `known`, with the nearest ones, or all of them when they
/// are few and none is near.
fn unknown_enum_value<'a>(value: &str, known: impl Iterator<Item = &'a str> + Clone) -> String {
    /// Up to this many values are listed when none is near.
    const LISTED: usize = 30;
    let mut message = format!("unknown value `{value}`");
    let near = crate::suggest::near_names(value, known.clone());
    if !near.is_empty() {
        message.push_str(&format!(
            "; did you mean {}?",
            crate::suggest::quoted(&near)
        ));
    } else if known.clone().count() <= LISTED {
        let all: Vec<&str> = known.collect();
        message.push_str(&format!("; expected one of: {}", all.join(", ")));
    } else {
        message.push_str(&format!("; expected one of {} values", known.count()));
    }
    message
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

impl fmt::Display for FieldKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for FieldKey<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
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

thread_local! {
    static STRICT: Cell<bool> = const { Cell::new(false) };
    static CLOSED_ENUMS: Cell<bool> = const { Cell::new(false) };
}

/// Runs `decode` in strict mode: a key the schema does not know is an error instead of being
/// kept in `unknown_fields`, and so is `null` where the schema does not allow it. This is how
/// requests are checked before sending; responses are decoded leniently.
pub fn strict<R>(decode: impl FnOnce() -> R) -> R {
    with_flag(&STRICT, decode)
}

/// Runs `decode` with closed enums: an enum value the schema does not know is an error that
/// names the nearest known values, instead of being kept as `Unrecognized`. For input a person
/// typed, such as params on a command line, where an unknown value is a slip rather than a
/// value the API added after these bindings were generated.
pub fn closed_enums<R>(decode: impl FnOnce() -> R) -> R {
    with_flag(&CLOSED_ENUMS, decode)
}

/// Runs `decode` with `flag` set, and sets it back as it was afterwards (also on a panic).
fn with_flag<R>(flag: &'static LocalKey<Cell<bool>>, decode: impl FnOnce() -> R) -> R {
    struct Restore(&'static LocalKey<Cell<bool>>, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            self.0.with(|s| s.set(self.1));
        }
    }
    let _restore = Restore(flag, flag.with(|s| s.replace(true)));
    decode()
}

fn enums_are_closed() -> bool {
    CLOSED_ENUMS.with(|s| s.get())
}

fn is_strict() -> bool {
    STRICT.with(|s| s.get())
}

/// Generated `visit_map` calls this for a key it does not know: kept, or refused when strict.
pub fn unknown_field<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: FieldKey<'de>,
    fields: &mut UnknownFields,
    type_name: &'static str,
) -> Result<(), A::Error> {
    if is_strict() {
        return Err(de::Error::custom(format_args!(
            "unknown field `{key}` in {type_name}"
        )));
    }
    let value: serde_json::Value = map.next_value()?;
    fields.insert(key.into_owned(), value);
    Ok(())
}

/// Generated `visit_map` calls this for an optional field that is not nillable. A `null` there
/// is kept in `unknown_fields` (so it encodes back as `null`) unless decoding is strict.
pub fn optional_value<'de, A, T>(
    map: &mut A,
    key: &'static str,
    fields: &mut UnknownFields,
) -> Result<Option<T>, A::Error>
where
    A: MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    match map.next_value::<Option<T>>()? {
        Some(value) => {
            // A later value of the same key replaces an earlier `null`.
            if !fields.is_empty() {
                fields.remove(key);
            }
            Ok(Some(value))
        }
        None if is_strict() => Err(de::Error::custom(format_args!("`{key}` may not be null"))),
        None => {
            fields.insert(key.to_owned(), serde_json::Value::Null);
            Ok(None)
        }
    }
}

/// Generated `visit_map` calls this once the object ends: a required key must have been seen.
pub fn required<T, E: de::Error>(value: Option<T>, key: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(key))
}

/// Generated `Serialize` impls call this last: the keys kept from decoding go back out.
pub fn serialize_unknown<M: SerializeMap>(
    map: &mut M,
    fields: &UnknownFields,
) -> Result<(), M::Error> {
    for (key, value) in fields {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

/// The `{"Items": [...]}` wrapper the API uses for some lists (`general:ArrayOfString`, ...).
///
/// A missing `Items` key decodes as an empty list (a few wrappers declare it optional).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Items<T> {
    /// The values.
    pub items: Vec<T>,
    /// Keys besides `Items`, kept so that they survive a round trip.
    pub unknown_fields: UnknownFields,
    /// The `Items` key was absent when decoded (some wrappers make it optional); while the list
    /// stays empty it is left out again when encoding.
    items_absent: bool,
}

impl<T> Items<T> {
    /// A wrapper around `items`.
    pub fn new(items: Vec<T>) -> Self {
        Items {
            items,
            unknown_fields: UnknownFields::new(),
            items_absent: false,
        }
    }
}

impl<T> Default for Items<T> {
    fn default() -> Self {
        Items::new(Vec::new())
    }
}

impl<T> From<Vec<T>> for Items<T> {
    fn from(items: Vec<T>) -> Self {
        Items::new(items)
    }
}

impl<T> FromIterator<T> for Items<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Items::new(iter.into_iter().collect())
    }
}

impl<T: serde::Serialize> serde::Serialize for Items<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if !(self.items_absent && self.items.is_empty()) {
            map.serialize_entry("Items", &self.items)?;
        }
        serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Items<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemsVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> Visitor<'de> for ItemsVisitor<T> {
            type Value = Items<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object {\"Items\": [...]}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut items = None;
                let mut unknown_fields = UnknownFields::new();
                while let Some(key) = map.next_key::<FieldKey<'de>>()? {
                    if key.as_str() == "Items" {
                        items = Some(map.next_value()?);
                    } else {
                        unknown_field(&mut map, key, &mut unknown_fields, "Items")?;
                    }
                }
                Ok(Items {
                    items_absent: items.is_none(),
                    items: items.unwrap_or_default(),
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(ItemsVisitor(std::marker::PhantomData))
    }
}

/// A number the server may send as a JSON number or as a string (`"TotalObjectsCount": "0"` in
/// v4 Live). Decodes both; encodes back in the form it came in (a string keeps its exact text),
/// so a round trip changes nothing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlexNumber<T> {
    value: T,
    /// The exact text, when the number came as a string.
    text: Option<Box<str>>,
}

impl<T: Copy> FlexNumber<T> {
    /// A number to be sent as a JSON number.
    pub fn new(value: T) -> Self {
        FlexNumber { value, text: None }
    }

    /// The value.
    pub fn get(&self) -> T {
        self.value
    }

    /// The string it came as, if it came as one (and so is sent back as one).
    pub fn quoted_text(&self) -> Option<&str> {
        self.text.as_deref()
    }
}

impl<T: Copy> From<T> for FlexNumber<T> {
    fn from(value: T) -> Self {
        FlexNumber::new(value)
    }
}

impl<T: serde::Serialize> serde::Serialize for FlexNumber<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.text {
            Some(text) => serializer.serialize_str(text),
            None => self.value.serialize(serializer),
        }
    }
}

impl<'de, T> serde::Deserialize<'de> for FlexNumber<T>
where
    T: serde::Deserialize<'de> + std::str::FromStr + Copy,
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw<T> {
            Number(T),
            Text(String),
        }
        match Raw::<T>::deserialize(deserializer)? {
            Raw::Number(value) => Ok(FlexNumber::new(value)),
            Raw::Text(text) => match text.trim().parse::<T>() {
                Ok(value) => Ok(FlexNumber {
                    value,
                    text: Some(text.into()),
                }),
                Err(_) => Err(de::Error::custom(format_args!(
                    "`{text}` is neither a number nor a number in a string"
                ))),
            },
        }
    }
}

// Google REST (proto3 JSON): 64-bit integers as strings, doubles kept as written, and the
// decode-and-encode-again the generated tables of the GA4 crate point at.

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
        impl serde::Serialize for $wrapper {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $wrapper {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
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

impl serde::Serialize for Int64Slice<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|v| Int64(*v)))
    }
}

/// A list of unsigned 64-bit integers encoded as JSON strings.
pub struct UInt64Slice<'a>(pub &'a [u64]);

impl serde::Serialize for UInt64Slice<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
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

impl serde::Serialize for Double {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            DoubleRepr::Number(n) => n.serialize(serializer),
            DoubleRepr::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Double {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
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
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = T::deserialize(&mut deserializer).map_err(|e| e.to_string())?;
    deserializer.end().map_err(|e| e.to_string())?;
    serde_json::to_value(&value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An enum as the generator makes them, with the values `Id` and `Name`.
    #[derive(Debug, PartialEq)]
    enum Field {
        Id,
        Name,
        Other(Unrecognized),
    }

    impl Field {
        const KNOWN: &'static [Field] = &[Field::Id, Field::Name];
        fn as_str(&self) -> &str {
            match self {
                Field::Id => "Id",
                Field::Name => "Name",
                Field::Other(value) => value.as_str(),
            }
        }
        fn from_wire(value: &str) -> Self {
            match value {
                "Id" => Field::Id,
                "Name" => Field::Name,
                other => Field::Other(Unrecognized::new(other)),
            }
        }
    }

    impl<'de> serde::Deserialize<'de> for Field {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_enum(deserializer, Self::from_wire, Self::KNOWN, Self::as_str)
        }
    }

    #[test]
    fn an_unknown_enum_value_is_kept_unless_enums_are_closed_and_then_named_with_the_nearest() {
        let lenient: Vec<Field> = serde_json::from_str(r#"["Id", "Idd"]"#).unwrap();
        assert_eq!(lenient, [Field::Id, Field::Other(Unrecognized::new("Idd"))]);
        // Strict decoding of requests (unknown keys) keeps it too: the API may know it.
        let kept: Field = strict(|| serde_json::from_str(r#""Idd""#)).unwrap();
        assert_eq!(kept, Field::Other(Unrecognized::new("Idd")));

        let known: Vec<Field> = closed_enums(|| serde_json::from_str(r#"["Name", "Id"]"#)).unwrap();
        assert_eq!(known, [Field::Name, Field::Id]);
        let refused = closed_enums(|| serde_json::from_str::<Vec<Field>>(r#"["Id", "Idd"]"#))
            .expect_err("an unknown value")
            .to_string();
        assert!(
            refused.starts_with("unknown value `Idd`; did you mean `Id`?"),
            "{refused}"
        );
        let far = closed_enums(|| serde_json::from_str::<Field>(r#""Colour""#))
            .expect_err("an unknown value")
            .to_string();
        assert!(
            far.starts_with("unknown value `Colour`; expected one of: Id, Name"),
            "{far}"
        );
        // Enums are open again after `closed_enums`.
        let after: Field = serde_json::from_str(r#""Idd""#).unwrap();
        assert!(matches!(after, Field::Other(_)));
    }
}
