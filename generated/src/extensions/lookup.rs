//! Method lookup by name across every generated API, for tools that take a method name as text
//! (the `roundtrip` example, the `ydirect` command, the fake server).
//!
//! A name that is not found gets an error that says what to do: a retired v4 method names the v5
//! methods that replaced it, a v5 method asked of the wrong service names the services that have
//! it, and a misspelt service or method gets the near names.

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

/// The `candidates` close to `name` (the same but for case, or a few letters off), nearest first,
/// at most three.
fn near_names<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = name.to_ascii_lowercase();
    let most = if wanted.chars().count() < 5 { 1 } else { 2 };
    let mut near: Vec<(usize, &str)> = candidates
        .filter_map(|candidate| {
            let distance = edit_distance(&wanted, &candidate.to_ascii_lowercase());
            (distance <= most).then_some((distance, candidate))
        })
        .collect();
    near.sort();
    near.dedup();
    near.into_iter().take(3).map(|(_, name)| name).collect()
}

/// `a`, `b` or `c`, each in backquotes.
fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The Levenshtein distance between `a` and `b`, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_letters() {
        assert_eq!(edit_distance("campaign", "campaigns"), 1);
        assert_eq!(edit_distance("gett", "get"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn near_names_ignore_case_and_keep_the_nearest() {
        let names = ["campaigns", "changes", "clients", "ads"];
        assert_eq!(near_names("Campaigns", names.into_iter()), ["campaigns"]);
        assert_eq!(near_names("campaign", names.into_iter()), ["campaigns"]);
        assert_eq!(near_names("ad", names.into_iter()), ["ads"]);
        assert!(near_names("zzz", names.into_iter()).is_empty());
        assert_eq!(quoted(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
