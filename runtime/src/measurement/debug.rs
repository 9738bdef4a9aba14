//! Typed answers of the validation endpoints `/debug/collect` (UA) and `/debug/mp/collect` (GA4).

use serde::{Deserialize, Serialize};

/// Severity of a parser message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum MessageType {
    /// The hit is invalid.
    Error,
    /// A warning.
    Warn,
    /// Information (`Found 1 hit in the request.`).
    Info,
    /// A type these bindings do not know.
    #[serde(other)]
    Other,
}

/// One message of the UA validator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParserMessage {
    /// ERROR, WARN or INFO.
    pub message_type: MessageType,
    /// Human-readable text.
    pub description: String,
    /// `VALUE_INVALID`, `VALUE_REQUIRED`, `VALUE_OUT_OF_BOUNDS`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_code: Option<String>,
    /// The parameter concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

/// The validator's verdict on one hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HitParsingResult {
    /// Whether the hit is valid.
    pub valid: bool,
    /// Messages about this hit (empty when valid).
    #[serde(default)]
    pub parser_message: Vec<ParserMessage>,
    /// The hit as the server received it (path and query).
    #[serde(default)]
    pub hit: String,
}

/// The answer of `/debug/collect`: one result per hit, plus request-level messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DebugAnswer {
    /// One entry per hit of the request.
    pub hit_parsing_result: Vec<HitParsingResult>,
    /// Request-level messages.
    #[serde(default)]
    pub parser_message: Vec<ParserMessage>,
}

impl DebugAnswer {
    /// Parses an answer body.
    pub fn parse(body: &str) -> Result<DebugAnswer, serde_json::Error> {
        serde_json::from_str(body)
    }

    /// Whether every hit is valid.
    pub fn all_valid(&self) -> bool {
        self.hit_parsing_result.iter().all(|h| h.valid)
    }
}

/// One message of the GA4 validator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidationMessage {
    /// Where (`events`, `events[0].params`).
    #[serde(default)]
    pub field_path: String,
    /// Human-readable text.
    pub description: String,
    /// `NAME_INVALID`, `NAME_RESERVED`, `VALUE_INVALID`, ...
    pub validation_code: String,
}

/// The answer of `/debug/mp/collect`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ga4DebugAnswer {
    /// Empty when the request is valid.
    #[serde(default)]
    pub validation_messages: Vec<ValidationMessage>,
}

impl Ga4DebugAnswer {
    /// Parses an answer body.
    pub fn parse(body: &str) -> Result<Ga4DebugAnswer, serde_json::Error> {
        serde_json::from_str(body)
    }

    /// Whether the request is valid.
    pub fn is_valid(&self) -> bool {
        self.validation_messages.is_empty()
    }
}
