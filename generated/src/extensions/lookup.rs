//! Method lookup by name across every generated API, for tools that take a method name as text
//! (the `roundtrip` example, the `ydirect` command, the fake server).
//!
//! A name that is not found gets an error that says what to do: a retired v4 method names the v5
//! methods that replaced it, a v5 method asked of the wrong service names the services that have
//! it, and a misspelt service or method gets the near names.

use crate::runtime::suggest::{near_names, quoted};
use crate::runtime::{MethodEntry, RetiredMethod};

/// Finds a method by API (`v5`, `v4`), service endpoint (`campaigns`; empty or `live` for v4)
/// and JSON method name; the error says what was not found and, when it can, what to call
/// instead.
pub fn find_method(api: &str, service: &str, method: &str) -> Result<&'static MethodEntry, String> {
    match api {
        "v5" => {
            crate::direct_v5::find_method(service, method).ok_or_else(|| v5_error(service, method))
        }
        "v4" if service.is_empty() || service == "live" => {
            crate::direct_v4::find_method("live", method).ok_or_else(|| v4_error(method))
        }
        "v4" => Err(format!(
            "v4 Live has no service `{service}`: leave `service` empty"
        )),
        other => Err(format!("unknown api `{other}` (expected v5 or v4)")),
    }
}

/// The method `method` of `api` (`v5`, `v4`) that the API no longer serves, with where its work
/// went; `None` for a method that is served or unknown. Known whatever features are on.
pub fn find_retired(api: &str, method: &str) -> Option<&'static RetiredMethod> {
    let table: &'static [RetiredMethod] = match api {
        "v5" => crate::direct_v5::RETIRED,
        "v4" => crate::direct_v4::RETIRED,
        _ => &[],
    };
    table.iter().find(|retired| retired.name == method)
}

/// Why `service.method` is not a v5 method of this build, and what to call instead.
fn v5_error(service: &str, method: &str) -> String {
    let services = crate::direct_v5::SERVICES;
    // The same name in other services: the method was asked of the wrong one.
    let elsewhere: Vec<String> = services
        .iter()
        .filter_map(|endpoint| crate::direct_v5::find_method(endpoint, method))
        .map(|entry| {
            format!(
                "{} ({}.{})",
                entry.info.endpoint, entry.info.service_name, entry.info.method
            )
        })
        .collect();
    let known_service = services.contains(&service);
    if known_service && !elsewhere.is_empty() {
        return format!(
            "{service} has no method `{method}`; it is in: {}",
            elsewhere.join(", ")
        );
    }
    let mut text = format!("unknown v5 method `{service}.{method}` (or its feature is off)");
    if !known_service {
        let near = near_names(service, services.iter().copied());
        if near.is_empty() {
            text.push_str(&format!(
                "; there is no v5 service `{service}`; the services are: {}",
                services.join(", ")
            ));
        } else {
            text.push_str(&format!(
                "; there is no v5 service `{service}`; did you mean {}?",
                quoted(&near)
            ));
        }
        return text;
    }
    if let Some(retired) = find_retired("v5", method).or_else(|| find_retired("v4", method)) {
        text.push_str(&format!("; {}", retired.advice()));
    } else if crate::direct_v4::find_method("live", method).is_some() {
        text.push_str(&format!(
            "; `{method}` is a v4 Live method (api `v4`, no service)"
        ));
    } else {
        let methods = crate::direct_v5::methods(service);
        let near = near_names(method, methods.iter().map(|entry| entry.info.method));
        if !near.is_empty() {
            text.push_str(&format!("; did you mean {}?", quoted(&near)));
        }
    }
    text
}

/// Why `method` is not a v4 Live method of this build, and what to call instead.
fn v4_error(method: &str) -> String {
    if let Some(retired) = find_retired("v4", method) {
        return retired.advice();
    }
    let mut text = format!("unknown v4 method `{method}` (or the `live` feature is off)");
    let served = crate::direct_v4::methods("live")
        .iter()
        .map(|entry| entry.info.method);
    let retired = crate::direct_v4::RETIRED.iter().map(|r| r.name);
    let near = near_names(method, served.chain(retired));
    if !near.is_empty() {
        text.push_str(&format!("; did you mean {}?", quoted(&near)));
    }
    text
}
