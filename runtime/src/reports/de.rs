//! Deserializing a report row into a caller's own `#[derive(Deserialize)]` struct: the row is
//! a map of column name -> typed cell.

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};

use super::reader::{ReadErrorKind, ReportReadError, Row};
use super::types::Cell;

/// Why a row did not fit the caller's type.
#[derive(Debug)]
pub(crate) struct DeError {
    pub(crate) column: Option<String>,
    pub(crate) message: String,
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError {
            column: None,
            message: msg.to_string(),
        }
    }
}

/// The row as a map.
pub(crate) struct RowDeserializer<'r> {
    row: Row<'r>,
    next: usize,
}

impl<'r> RowDeserializer<'r> {
    pub(crate) fn new(row: Row<'r>) -> Self {
        RowDeserializer { row, next: 0 }
    }
}

impl Row<'_> {
    /// Deserializes the row into `T` (a struct whose field names, or `#[serde(rename)]`s,
    /// are column names): numbers and money (micros, whatever the report's money form) as
    /// integers, decimals as `f64` or [`Decimal`](super::Decimal), `--` as `None`; columns
    /// the struct does not name are skipped.
    pub fn deserialize<T: serde::de::DeserializeOwned>(&self) -> Result<T, ReportReadError> {
        T::deserialize(RowDeserializer::new(*self)).map_err(|e| ReportReadError {
            kind: ReadErrorKind::BadCell,
            line: Some(self.line()),
            column: e.column,
            message: e.message,
        })
    }
}

impl<'de> de::Deserializer<'de> for RowDeserializer<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> MapAccess<'de> for RowDeserializer<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let names = self.row.columns().names();
        if self.next >= self.row.len() {
            return Ok(None);
        }
        let name = names.get(self.next).map_or("", String::as_str);
        seed.deserialize(name.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let i = self.next;
        self.next += 1;
        let name = self.row.columns().names().get(i).cloned();
        let in_column = |mut e: DeError| {
            e.column = name.clone();
            e
        };
        let cell = self.row.cell(i).map_err(|e| DeError {
            column: e.column,
            message: e.message,
        })?;
        let text = self.row.text(i).map_err(|e| DeError {
            column: e.column,
            message: e.message,
        })?;
        seed.deserialize(CellDeserializer { cell, text })
            .map_err(in_column)
    }
}

fn missing() -> DeError {
    de::Error::custom("the cell is `--` (no value): use an Option for this column")
}

/// One typed cell: numbers as numbers (money as micros), the rest as its text.
struct CellDeserializer<'a> {
    cell: Cell<'a>,
    text: &'a str,
}

impl CellDeserializer<'_> {
    fn number<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.cell {
            Cell::Missing => Err(missing()),
            Cell::Integer(v) => visitor.visit_i64(v),
            Cell::Money(m) => visitor.visit_i64(m.micros),
            Cell::Decimal(d) | Cell::Percent(d) if d.scale == 0 => visitor.visit_i64(d.mantissa),
            Cell::Decimal(d) | Cell::Percent(d) => visitor.visit_f64(d.to_f64()),
            _ => {
                if let Ok(v) = self.text.parse::<i64>() {
                    visitor.visit_i64(v)
                } else if let Ok(v) = self.text.parse::<f64>() {
                    visitor.visit_f64(v)
                } else {
                    Err(de::Error::custom(format!(
                        "`{}` is not a number",
                        self.text
                    )))
                }
            }
        }
    }
}

impl<'de> de::Deserializer<'de> for CellDeserializer<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.cell {
            Cell::Missing => visitor.visit_none(),
            Cell::Integer(_) | Cell::Money(_) | Cell::Decimal(_) | Cell::Percent(_) => {
                self.number(visitor)
            }
            Cell::Date(_) | Cell::Enum(_) | Cell::Text(_) => visitor.visit_str(self.text),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.cell {
            Cell::Missing => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.cell {
            Cell::Missing => Err(missing()),
            _ => visitor.visit_str(self.text),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.text {
            "true" | "YES" | "Yes" => visitor.visit_bool(true),
            "false" | "NO" | "No" => visitor.visit_bool(false),
            other => Err(de::Error::custom(format!(
                "`{other}` is not a yes/no value"
            ))),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_enum(self.text.into_deserializer())
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_i8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_i128<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_u128<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v)
    }

    serde::forward_to_deserialize_any! {
        char bytes byte_buf unit_struct seq tuple tuple_struct map struct identifier
    }
}
