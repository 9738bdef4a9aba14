//! What the typed schema of a method accepts, found by decoding with the method's own codecs
//! (`yandex_direct::direct_v5::find_method(..)`) in strict mode, so that the fake server needs no
//! table of its own for the services' keys and shapes.
//!
//! - [`check_result`]: is `{"result": ...}` a valid answer of the method?
//! - [`conform_result`]: the nearest valid answer (refused keys dropped, missing required ones
//!   added), so that answers built from stored request items stay schema-valid.
//! - [`request_collection`], [`results_key`], [`get_collection`]: the keys of a service's item
//!   lists (`SitelinksSets`, `SetAutoResults`, `Webpages`, ...), probed rather than listed.

use serde_json::{json, Map, Value};
use yandex_direct::runtime::wire::strict;
use yandex_direct::runtime::{DecodeError, MethodEntry};

/// How many repairs [`conform_result`] tries before it gives up.
const MAX_REPAIRS: usize = 256;

fn entry(service: &str, method: &str) -> Option<&'static MethodEntry> {
    yandex_direct::direct_v5::find_method(service, method)
}

/// Strictly decodes `{"result": result}` with the response type of `service.method`: unknown
/// keys, wrong types, `null` where not allowed and missing required keys are all refused.
pub fn check_result(service: &str, method: &str, result: &Value) -> Result<(), String> {
    let entry = entry(service, method).ok_or_else(|| format!("no method {service}.{method}"))?;
    decode_strictly(entry.response, &json!({ "result": result }))
        .map_err(|e| format!("at {}: {}", e.path, e.message))
}

fn decode_strictly(
    codec: yandex_direct::runtime::method::RoundTrip,
    body: &Value,
) -> Result<(), DecodeError> {
    let bytes = serde_json::to_vec(body)
        .map_err(|e| DecodeError::new(".".to_owned(), e.to_string(), b""))?;
    strict(|| codec(&bytes)).map(|_| ())
}

/// The name between the backticks that follow `marker` in a decode message
/// (`missing field `Foo``, `unknown field `Foo` in Bar`).
pub(crate) fn quoted_after<'a>(message: &'a str, marker: &str) -> Option<&'a str> {
    let rest = &message[message.find(marker)? + marker.len()..];
    let start = rest.find('`')? + 1;
    let len = rest[start..].find('`')?;
    Some(&rest[start..start + len])
}

/// One step of a decode-error path (`result.Bids[0].Bid`).
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    if path == "." || path.is_empty() {
        return Some(steps);
    }
    for part in path.split('.') {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(k, i)| (k, i));
        if !key.is_empty() {
            steps.push(Step::Key(key.to_owned()));
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            steps.push(Step::Index(index.trim_end_matches(']').parse().ok()?));
        }
    }
    Some(steps)
}

fn at_mut<'a>(root: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(root, |here, step| match step {
        Step::Key(k) => here.get_mut(k.as_str()),
        Step::Index(i) => here.get_mut(*i),
    })
}

/// Removes the value at `steps`; false when there is none (or it is the root).
fn remove_at(root: &mut Value, steps: &[Step]) -> bool {
    let Some((last, parent)) = steps.split_last() else {
        return false;
    };
    match (at_mut(root, parent), last) {
        (Some(Value::Object(map)), Step::Key(k)) => map.remove(k).is_some(),
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
            true
        }
        _ => false,
    }
}

/// Plain values tried, in order, for a required key the answer lacks.
fn fillers() -> [Value; 5] {
    [json!([]), json!(""), json!(0), json!({}), json!("NO")]
}

/// Makes `result` a valid answer of `service.method`: keys the response type does not know and
/// values of the wrong type are dropped, required keys it lacks are added with the first plain
/// value that fits. `None` when no such answer is found (or the method is unknown).
pub fn conform_result(service: &str, method: &str, result: Value) -> Option<Value> {
    let codec = entry(service, method)?.response;
    let mut body = json!({ "result": result });
    // The required key being filled in: its object's path, its name, the filler tried.
    let mut filling: Option<(Vec<Step>, String, usize)> = None;
    for _ in 0..MAX_REPAIRS {
        let Err(error) = decode_strictly(codec, &body) else {
            return body.get_mut("result").map(Value::take);
        };
        let steps = parse_path(&error.path)?;
        if let Some(key) = quoted_after(&error.message, "missing field") {
            let key = key.to_owned();
            let value = fillers()[0].clone();
            at_mut(&mut body, &steps)?
                .as_object_mut()?
                .insert(key.clone(), value);
            filling = Some((steps, key, 0));
        } else if let Some(key) = quoted_after(&error.message, "unknown field") {
            let mut target = steps;
            if target.last() != Some(&Step::Key(key.to_owned())) {
                target.push(Step::Key(key.to_owned()));
            }
            if !remove_at(&mut body, &target) {
                return None;
            }
        } else if let Some((object, key, tried)) = filling.take().filter(|(object, key, _)| {
            let mut filled = object.clone();
            filled.push(Step::Key(key.clone()));
            steps.starts_with(&filled)
        }) {
            // The filler just tried does not fit: the next one.
            let next = tried + 1;
            let value = fillers().get(next)?.clone();
            at_mut(&mut body, &object)?
                .as_object_mut()?
                .insert(key.clone(), value);
            filling = Some((object, key, next));
        } else if !remove_at(&mut body, &steps) {
            return None;
        }
    }
    None
}

/// The key of the item list a request of `service.method` carries (`Campaigns`,
/// `SitelinksSets`, `Webpages`, `Bids`): the required key the typed request names when `params`
/// is empty.
pub fn request_collection(service: &str, method: &str) -> Option<String> {
    let entry = entry(service, method)?;
    let error = decode_strictly(entry.request, &json!({"method": method, "params": {}})).err()?;
    let key = quoted_after(&error.message, "missing field")?;
    let fits = decode_strictly(
        entry.request,
        &json!({"method": method, "params": { key: [] }}),
    );
    // An item list: an array the request takes (a bare required scalar is something else).
    match fits {
        Ok(()) => Some(key.to_owned()),
        Err(e) if !e.message.contains("invalid type") => Some(key.to_owned()),
        Err(_) => None,
    }
}

/// Whether the response of `service.method` has an array under `key`.
pub fn result_has_array(service: &str, method: &str, key: &str) -> bool {
    check_result(service, method, &json!({ key: [] })).is_ok()
}

/// The key of the per-item results of `service.method`: `AddResults`, `SetAutoResults`,
/// `SetBidsResults`, ..., as the response type has it.
pub fn results_key(service: &str, method: &str) -> Option<String> {
    let mut key = String::with_capacity(method.len() + 7);
    let mut chars = method.chars();
    key.extend(chars.next().map(|c| c.to_ascii_uppercase()));
    key.extend(chars);
    key.push_str("Results");
    result_has_array(service, method, &key).then_some(key)
}

/// The collection key of the `get` answers of `service` (`Bids`, `SitelinksSets`, `Webpages`,
/// `Clients`): the first of the service's name and the item lists of its write requests that the
/// get response type has as an array.
pub fn get_collection(service: &str) -> Option<String> {
    let get = entry(service, "get")?;
    let mut candidates = vec![get.info.service_name.to_owned()];
    for method in ["add", "update", "set"] {
        candidates.extend(request_collection(service, method));
    }
    candidates
        .into_iter()
        .find(|key| result_has_array(service, "get", key))
}

/// The JSON method names of the v5 services (the WSDL operation names), for going through
/// every method of the schema with [`find_method`](yandex_direct::direct_v5::find_method).
pub const METHOD_NAMES: &[&str] = &[
    "get",
    "add",
    "update",
    "delete",
    "suspend",
    "resume",
    "archive",
    "unarchive",
    "moderate",
    "set",
    "setAuto",
    "setBids",
    "check",
    "checkCampaigns",
    "checkDictionaries",
    "getGeoRegions",
    "hasSearchVolume",
    "deduplicate",
    "addPassportOrganization",
    "addPassportOrganizationMember",
];

/// The smallest request body `{"method", "params"}` the typed request of `service.method`
/// accepts: required keys are added one by one, each with the first of a few plain values that
/// fits (`[1]`, `["Id"]`, `[{}]`, `"1"`, `1`, `{}`). `None` when the method is unknown or no
/// such body is found.
pub fn minimal_request(service: &str, method: &str) -> Option<Value> {
    let codec = entry(service, method)?.request;
    let candidates = [
        json!([1]),
        json!(["Id"]),
        json!([{}]),
        json!("1"),
        json!(1),
        json!({}),
    ];
    let mut body = json!({"method": method, "params": {}});
    let mut filling: Option<(Vec<Step>, String, usize)> = None;
    for _ in 0..MAX_REPAIRS {
        let Err(error) = decode_strictly(codec, &body) else {
            return Some(body);
        };
        let (object, key, next) = match quoted_after(&error.message, "missing field") {
            Some(key) => (parse_path(&error.path)?, key.to_owned(), 0),
            None => {
                // The value just tried does not fit: the next one.
                let (object, key, tried) = filling.take()?;
                (object, key, tried + 1)
            }
        };
        let value = candidates.get(next)?.clone();
        at_mut(&mut body, &object)?
            .as_object_mut()?
            .insert(key.clone(), value);
        filling = Some((object, key, next));
    }
    None
}

/// What an add, update or set result item of `service.method` identifies its object with,
/// tried in this order: `Id`, `Ids`, `AdImageHash`.
pub fn id_form(service: &str, method: &str, key: &str) -> Option<IdForm> {
    [IdForm::Id, IdForm::Ids, IdForm::Hash]
        .into_iter()
        .find(|form| check_result(service, method, &json!({ key: [form.render(1)] })).is_ok())
}

/// How a result item names its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdForm {
    /// `{"Id": 1}`.
    Id,
    /// `{"Ids": [1]}` (bid modifiers: one add item can make several).
    Ids,
    /// `{"AdImageHash": "..."}` (images).
    Hash,
}

impl IdForm {
    /// The result item for object `id`.
    pub fn render(self, id: i64) -> Value {
        match self {
            IdForm::Id => json!({ "Id": id }),
            IdForm::Ids => json!({ "Ids": [id] }),
            IdForm::Hash => json!({ "AdImageHash": image_hash(id) }),
        }
    }
}

/// The fake image hash of image `id` (the API's hashes are 20-odd URL-safe characters).
pub fn image_hash(id: i64) -> String {
    format!("fakeimg{id:016x}")
}

/// `value` with only the keys of `names` (or all of it when `names` is `None`).
pub(crate) fn pick(value: &Map<String, Value>, names: Option<&[String]>) -> Map<String, Value> {
    match names {
        None => value.clone(),
        Some(names) => value
            .iter()
            .filter(|(k, _)| names.iter().any(|n| n == *k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_come_from_the_schema() {
        assert_eq!(
            results_key("bids", "setAuto").as_deref(),
            Some("SetAutoResults")
        );
        assert_eq!(
            results_key("audiencetargets", "setBids").as_deref(),
            Some("SetBidsResults")
        );
        assert_eq!(
            request_collection("sitelinks", "add").as_deref(),
            Some("SitelinksSets")
        );
        assert_eq!(
            get_collection("sitelinks").as_deref(),
            Some("SitelinksSets")
        );
        assert_eq!(
            get_collection("dynamictextadtargets").as_deref(),
            Some("Webpages")
        );
        assert_eq!(get_collection("agencyclients").as_deref(), Some("Clients"));
        assert_eq!(get_collection("bids").as_deref(), Some("Bids"));
        assert_eq!(
            id_form("bidmodifiers", "add", "AddResults"),
            Some(IdForm::Ids)
        );
        assert_eq!(id_form("adimages", "add", "AddResults"), Some(IdForm::Hash));
        assert_eq!(id_form("vcards", "add", "AddResults"), Some(IdForm::Id));
    }

    #[test]
    fn every_method_of_the_schema_has_a_minimal_request() {
        let mut methods = 0;
        for service in yandex_direct::direct_v5::SERVICES {
            for method in METHOD_NAMES {
                if entry(service, method).is_some() {
                    methods += 1;
                    assert!(
                        minimal_request(service, method).is_some(),
                        "{service}.{method}"
                    );
                }
            }
        }
        // The 29 services of the WSDL have 112 operations (`direct-protocol.md`).
        assert_eq!(methods, 112);
    }

    #[test]
    fn conform_drops_unknown_keys_and_fills_required_ones() {
        let fitted = conform_result(
            "bids",
            "get",
            json!({"Bids": [{"KeywordId": 1, "Nope": 2, "Bid": "x"}]}),
        );
        assert_eq!(fitted, Some(json!({"Bids": [{"KeywordId": 1}]})));
        let fitted = conform_result("keywordsresearch", "hasSearchVolume", json!({}));
        assert_eq!(fitted, Some(json!({"HasSearchVolumeResults": []})));
        assert!(check_result("bids", "get", &json!({"Bids": [{"Nope": 1}]})).is_err());
    }
}
