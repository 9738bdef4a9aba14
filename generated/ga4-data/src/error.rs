//! The error body Google's REST APIs answer with:
//! `{"error": {"code": 429, "message": "...", "status": "RESOURCE_EXHAUSTED", "details": [...]}}`.
//!
//! Like the generated types, it keeps unknown keys and explicit `null`s, so that an error body
//! decoded and encoded again is the same JSON value; each item of `details` is kept as the JSON
//! object it is (they differ by `@type`).

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::wire::{optional_value, unknown_field, FieldKey, UnknownFields};

/// The whole error body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// `error`.
    pub error: Option<ErrorBody>,
    /// Other keys, and explicit `null`s, kept for the round trip.
    pub unknown_fields: UnknownFields,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorBody {
    /// `code`: the HTTP status (`429`).
    pub code: Option<i32>,
    /// `message`: for developers, in English.
    pub message: Option<String>,
    /// `status`: the canonical code (`RESOURCE_EXHAUSTED`, `INVALID_ARGUMENT`, ...).
    pub status: Option<String>,
    /// `details`: typed by each item's `@type`
    /// (`type.googleapis.com/google.rpc.ErrorInfo`, `...QuotaFailure`, ...).
    pub details: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Other keys, and explicit `null`s, kept for the round trip.
    pub unknown_fields: UnknownFields,
}

impl ErrorBody {
    /// The `@type` of every item of `details`, in order.
    pub fn detail_types(&self) -> Vec<&str> {
        self.details
            .iter()
            .flatten()
            .filter_map(|d| d.get("@type").and_then(serde_json::Value::as_str))
            .collect()
    }
}

/// Writes the kept keys, but not a kept `null` of a key that has a value since.
fn write_kept<M: SerializeMap>(
    map: &mut M,
    kept: &UnknownFields,
    is_set: impl Fn(&str) -> bool,
) -> Result<(), M::Error> {
    for (key, value) in kept {
        if !is_set(key) {
            map.serialize_entry(key, value)?;
        }
    }
    Ok(())
}

impl Serialize for ErrorResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(error) = &self.error {
            map.serialize_entry("error", error)?;
        }
        write_kept(&mut map, &self.unknown_fields, |key| {
            key == "error" && self.error.is_some()
        })?;
        map.end()
    }
}

impl Serialize for ErrorBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(code) = &self.code {
            map.serialize_entry("code", code)?;
        }
        if let Some(message) = &self.message {
            map.serialize_entry("message", message)?;
        }
        if let Some(status) = &self.status {
            map.serialize_entry("status", status)?;
        }
        if let Some(details) = &self.details {
            map.serialize_entry("details", details)?;
        }
        write_kept(&mut map, &self.unknown_fields, |key| match key {
            "code" => self.code.is_some(),
            "message" => self.message.is_some(),
            "status" => self.status.is_some(),
            "details" => self.details.is_some(),
            _ => false,
        })?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for ErrorResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ResponseVisitor;
        impl<'de> Visitor<'de> for ResponseVisitor {
            type Value = ErrorResponse;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an error body object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ErrorResponse, A::Error> {
                let mut out = ErrorResponse::default();
                while let Some(key) = map.next_key::<FieldKey<'de>>()? {
                    match key.as_str() {
                        "error" => {
                            out.error = optional_value(&mut map, "error", &mut out.unknown_fields)?
                        }
                        _ => {
                            unknown_field(&mut map, key, &mut out.unknown_fields, "ErrorResponse")?
                        }
                    }
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(ResponseVisitor)
    }
}

impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BodyVisitor;
        impl<'de> Visitor<'de> for BodyVisitor {
            type Value = ErrorBody;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an `error` object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ErrorBody, A::Error> {
                let mut out = ErrorBody::default();
                let kept = &mut out.unknown_fields;
                while let Some(key) = map.next_key::<FieldKey<'de>>()? {
                    match key.as_str() {
                        "code" => out.code = optional_value(&mut map, "code", kept)?,
                        "message" => out.message = optional_value(&mut map, "message", kept)?,
                        "status" => out.status = optional_value(&mut map, "status", kept)?,
                        "details" => out.details = optional_value(&mut map, "details", kept)?,
                        _ => unknown_field(&mut map, key, kept, "ErrorBody")?,
                    }
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(BodyVisitor)
    }
}
