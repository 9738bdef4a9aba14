//! Decode -> encode of wire JSON by method name, one JSON line at a time (the `roundtrip`
//! example), with the method table given by the caller.

use serde_json::{json, Value};

use super::method::MethodEntry;

/// Looks a method up by API (`v5`, `v4`), service endpoint and JSON method name; the generated
/// crate provides one (its `find_method`).
pub type MethodLookup =
    fn(api: &str, service: &str, method: &str) -> Result<&'static MethodEntry, String>;

/// Answers one line `{"api", "service", "method", "part": "request"|"response", "body"}` with
/// `{"ok": true, "body": <re-encoded>}` or `{"ok": false, "error": "<what and where>"}`.
/// Requests are decoded strictly, responses leniently.
pub fn answer_line(line: &str, find: MethodLookup) -> Value {
    match reencode_line(line, find) {
        Ok(body) => json!({"ok": true, "body": body}),
        Err(error) => json!({"ok": false, "error": error}),
    }
}

fn reencode_line(line: &str, find: MethodLookup) -> Result<Value, String> {
    let case: Value =
        serde_json::from_str(line).map_err(|e| format!("the line is not JSON: {e}"))?;
    let field = |name: &str| -> Result<&str, String> {
        case.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("the line has no string `{name}`"))
    };
    let entry = find(
        field("api")?,
        field("service").unwrap_or(""),
        field("method")?,
    )?;
    let codec = match field("part")? {
        "request" => entry.request,
        "response" => entry.response,
        other => {
            return Err(format!(
                "unknown part `{other}` (expected request or response)"
            ))
        }
    };
    let body = case.get("body").ok_or("the line has no `body`")?;
    let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
    codec(&bytes).map_err(|e| e.to_string())
}
