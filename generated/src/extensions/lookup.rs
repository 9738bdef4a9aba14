//! Method lookup by name across every generated API, for tools that take a method name as text
//! (the `roundtrip` example, the `ydirect` command, the fake server).

use crate::runtime::MethodEntry;

/// Finds a method by API (`v5`, `v4`), service endpoint (`campaigns`; empty or `live` for v4)
/// and JSON method name; the error says what was not found.
pub fn find_method(api: &str, service: &str, method: &str) -> Result<&'static MethodEntry, String> {
    match api {
        "v5" => crate::direct_v5::find_method(service, method).ok_or_else(|| {
            format!("unknown v5 method `{service}.{method}` (or its feature is off)")
        }),
        "v4" if service.is_empty() || service == "live" => {
            crate::direct_v4::find_method("live", method).ok_or_else(|| {
                format!("unknown v4 method `{method}` (or the `live` feature is off)")
            })
        }
        "v4" => Err(format!(
            "v4 Live has no service `{service}`: leave `service` empty"
        )),
        other => Err(format!("unknown api `{other}` (expected v5 or v4)")),
    }
}
