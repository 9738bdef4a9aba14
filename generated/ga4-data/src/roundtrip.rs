//! Decode -> encode of GA4 bodies by method name, one JSON line at a time: the GA4 half of the
//! `roundtrip` example.
//!
//! A line `{"api": "ga4", "method": "runReport", "part": "request"|"response"|"error",
//! "body": {...}}` is answered with `{"ok": true, "body": <re-encoded>}` or
//! `{"ok": false, "error": "<what and where>"}`.

use serde_json::{json, Value};

use crate::error::ErrorResponse;
use crate::lookup::find_method;
use crate::wire::reencode;

/// Answers one line (see the module docs).
pub fn answer_line(line: &str) -> Value {
    match reencode_line(line) {
        Ok(body) => json!({"ok": true, "body": body}),
        Err(error) => json!({"ok": false, "error": error}),
    }
}

/// Decodes `body` as the `part` (`request`, `response`, `error`) of the method `method` and
/// encodes it again.
pub fn reencode_part(method: &str, part: &str, body: &[u8]) -> Result<Value, String> {
    let entry = find_method(method)?;
    let codec = match part {
        "request" => entry
            .request
            .ok_or_else(|| format!("`{}` sends no body", entry.name))?,
        "response" => entry
            .response
            .ok_or_else(|| format!("`{}` answers no body", entry.name))?,
        "error" => reencode::<ErrorResponse>,
        other => {
            return Err(format!(
                "unknown part `{other}` (expected request, response or error)"
            ))
        }
    };
    codec(body).map_err(|e| format!("{} {part}: {e}", entry.name))
}

fn reencode_line(line: &str) -> Result<Value, String> {
    let case: Value =
        serde_json::from_str(line).map_err(|e| format!("the line is not JSON: {e}"))?;
    let field = |name: &str| -> Result<&str, String> {
        case.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("the line has no string `{name}`"))
    };
    match field("api")? {
        "ga4" => {}
        other => return Err(format!("unknown api `{other}` here (expected ga4)")),
    }
    let body = case.get("body").ok_or("the line has no `body`")?;
    let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
    reencode_part(field("method")?, field("part")?, &bytes)
}
