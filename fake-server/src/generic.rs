//! The services without special behaviour (bids, sitelinks, vcards, feeds, retargeting lists,
//! ...), served from the schema: `add` keeps the items, `get` answers them, the other item
//! methods answer per-item results for the given ids, and methods that keep nothing answer the
//! smallest valid result. Keys and result shapes are found with [`crate::schema`]; every answer
//! is made to fit the method's response type with [`schema::conform_result`].

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::schema::{self, IdForm};
use crate::store::{page, CallError, Kind, Store};
use crate::validate;

/// Ids of objects the generic store makes (far from those of campaigns, ad groups, ...).
const FIRST_GENERIC_ID: i64 = 900_000_001;

/// The client id `clients.get` gives the advertiser.
const OWN_CLIENT_ID: i64 = 1;

/// Services whose `add` answers a duplicate of an existing item with its id and warning 10120,
/// with the message of the recorded real answer (`samples/direct-v5/tapi-notebook-responses.json`).
const DEDUPLICATED: &[(&str, &str)] = &[(
    "sitelinks",
    "Specified selection of sitelinks is duplicated in a previously-created selection",
)];

/// The objects of the services kept by the generic store, by endpoint and id.
#[derive(Debug, Default)]
pub struct GenericObjects {
    next_id: i64,
    /// Items as their add requests gave them, plus `Id`, by endpoint and id.
    pub items: BTreeMap<String, BTreeMap<i64, Map<String, Value>>>,
}

impl GenericObjects {
    fn next_id(&mut self) -> i64 {
        if self.next_id < FIRST_GENERIC_ID {
            self.next_id = FIRST_GENERIC_ID;
        }
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn table(&mut self, endpoint: &str) -> &mut BTreeMap<i64, Map<String, Value>> {
        self.items.entry(endpoint.to_owned()).or_default()
    }
}

fn unsupported(endpoint: &str, method: &str) -> CallError {
    (
        3500,
        "Not supported".to_owned(),
        format!("the fake server cannot build an answer for `{endpoint}.{method}`"),
    )
}

fn not_found(details: &str) -> Value {
    validate::item_error(8800, "Object not found", details)
}

/// The first key of `params` that holds an array of objects (the request's item list).
fn item_list<'a>(params: &'a Value, endpoint: &str, method: &str) -> Vec<&'a Value> {
    let key = schema::request_collection(endpoint, method);
    let list = match key {
        Some(key) => params.get(key.as_str()),
        None => params
            .as_object()
            .and_then(|p| p.values().find(|v| v.as_array().is_some())),
    };
    list.and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn strings(value: Option<&Value>) -> Option<Vec<String>> {
    value?.as_array().map(|a| {
        a.iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    })
}

/// The fields a selection criterion may filter on, likelier first: `Ids` -> `Id`,
/// `CampaignIds` -> `CampaignId`, `AdImageHashes` -> `AdImageHash`, `States` -> `State`.
fn criterion_fields(key: &str) -> Vec<String> {
    let mut fields = Vec::new();
    // `-shes`, `-ses`, `-xes` plurals drop `es`; the others (`Ids`, `States`) drop `s`.
    if let Some(stem) = ["shes", "ses", "xes"]
        .iter()
        .find(|end| key.ends_with(*end))
        .and_then(|_| key.strip_suffix("es"))
    {
        fields.push(stem.to_owned());
    }
    if let Some(stem) = key.strip_suffix('s') {
        fields.push(stem.to_owned());
    }
    fields
}

/// Whether `item` passes every list criterion of `criteria` whose field it has.
fn matches(item: &Map<String, Value>, criteria: &Map<String, Value>) -> bool {
    criteria.iter().all(|(key, wanted)| {
        let Some(wanted) = wanted.as_array() else {
            return true;
        };
        criterion_fields(key)
            .into_iter()
            .find_map(|field| item.get(&field))
            .is_none_or(|value| wanted.contains(value))
    })
}

/// `get` item fields: `FieldNames` at the top, `<Part>FieldNames` inside structure `<Part>`.
fn select_fields(item: &Map<String, Value>, params: &Value) -> Map<String, Value> {
    let names = strings(params.get("FieldNames"));
    let mut out = schema::pick(item, names.as_deref());
    for (key, value) in params.as_object().into_iter().flatten() {
        let Some(part) = key.strip_suffix("FieldNames").filter(|p| !p.is_empty()) else {
            continue;
        };
        if let (Some(Value::Object(inner)), Some(names)) = (item.get(part), strings(Some(value))) {
            out.insert(
                part.to_owned(),
                Value::Object(schema::pick(inner, Some(&names))),
            );
        }
    }
    out
}

fn fit(endpoint: &str, method: &str, result: Value) -> Result<Value, CallError> {
    schema::conform_result(endpoint, method, result).ok_or_else(|| unsupported(endpoint, method))
}

impl Store {
    /// Runs `method` of a service without special behaviour.
    pub(crate) fn execute_generic(
        &mut self,
        endpoint: &str,
        method: &str,
        params: &Value,
    ) -> Result<Value, CallError> {
        let keyed_by_keyword = matches!(endpoint, "bids" | "keywordbids");
        let has_results = || schema::results_key(endpoint, method).is_some();
        match method {
            // `clients` is the advertiser itself, not a collection.
            "get" if endpoint != "clients" && schema::get_collection(endpoint).is_some() => {
                self.generic_get(endpoint, params, keyed_by_keyword)
            }
            "add" if has_results() => self.generic_add(endpoint, params),
            "update" if has_results() => self.generic_update(endpoint, params),
            "delete" | "suspend" | "resume" | "archive" | "unarchive" | "moderate"
                if has_results() =>
            {
                self.generic_by_ids(endpoint, method, params)
            }
            _ if method.starts_with("set") && has_results() => {
                self.generic_set(endpoint, method, params, keyed_by_keyword)
            }
            _ => self.generic_other(endpoint, method, params),
        }
    }

    fn generic_get(
        &mut self,
        endpoint: &str,
        params: &Value,
        keyed_by_keyword: bool,
    ) -> Result<Value, CallError> {
        let key = schema::get_collection(endpoint).ok_or_else(|| unsupported(endpoint, "get"))?;
        let (limit, offset) = page(params)?;
        let criteria = params
            .get("SelectionCriteria")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let stored = self.generic.items.get(endpoint);
        let items: Vec<Map<String, Value>> = if keyed_by_keyword {
            // Bids are those of the keywords: every keyword has one, set or not.
            self.list(Kind::Keyword)
                .into_iter()
                .filter_map(|k| {
                    let id = k.fields.get("Id").and_then(Value::as_i64)?;
                    let mut bid = stored.and_then(|s| s.get(&id)).cloned().unwrap_or_default();
                    bid.insert("KeywordId".to_owned(), json!(id));
                    bid.insert("AdGroupId".to_owned(), json!(k.ad_group_id));
                    bid.insert("CampaignId".to_owned(), json!(k.campaign_id));
                    for field in ["Bid", "ContextBid", "StrategyPriority", "ServingStatus"] {
                        if let Some(value) = k.fields.get(field) {
                            bid.entry(field.to_owned()).or_insert(value.clone());
                        }
                    }
                    Some(bid)
                })
                .collect()
        } else {
            stored
                .map(|s| s.values().cloned().collect())
                .unwrap_or_default()
        };
        let matching: Vec<Map<String, Value>> = items
            .into_iter()
            .filter(|item| matches(item, &criteria))
            .collect();
        let total = matching.len();
        let shown: Vec<Value> = matching
            .iter()
            .skip(offset)
            .take(limit)
            .map(|item| Value::Object(select_fields(item, params)))
            .collect();
        let mut result = Map::new();
        let end = offset + shown.len();
        if !shown.is_empty() {
            result.insert(key, Value::Array(shown));
        }
        if end < total {
            result.insert("LimitedBy".to_owned(), json!(end));
        }
        fit(endpoint, "get", Value::Object(result))
    }

    fn generic_add(&mut self, endpoint: &str, params: &Value) -> Result<Value, CallError> {
        let key =
            schema::results_key(endpoint, "add").ok_or_else(|| unsupported(endpoint, "add"))?;
        let form = schema::id_form(endpoint, "add", &key).unwrap_or(IdForm::Id);
        let duplicate_warning = DEDUPLICATED
            .iter()
            .find(|(e, _)| *e == endpoint)
            .map(|(_, message)| *message);
        let mut results = Vec::new();
        for item in item_list(params, endpoint, "add") {
            let Some(fields) = item.as_object() else {
                results.push(validate::item_error(
                    8000,
                    "Invalid request",
                    "an item is not an object",
                ));
                continue;
            };
            if let Err(errors) = validate::check_generic(endpoint, fields) {
                results.push(errors);
                continue;
            }
            if let Some(message) = duplicate_warning {
                let existing = self.generic.items.get(endpoint).and_then(|t| {
                    t.iter().find_map(|(id, stored)| {
                        let mut stored = stored.clone();
                        stored.remove("Id");
                        (&stored == fields).then_some(*id)
                    })
                });
                if let Some(id) = existing {
                    let mut result = form.render(id);
                    result["Warnings"] = json!([{"Code": 10120, "Message": message}]);
                    results.push(result);
                    continue;
                }
            }
            let id = self.generic.next_id();
            let mut stored = fields.clone();
            stored.insert("Id".to_owned(), json!(id));
            if form == IdForm::Hash {
                stored.insert("AdImageHash".to_owned(), json!(schema::image_hash(id)));
            }
            self.generic.table(endpoint).insert(id, stored);
            results.push(form.render(id));
        }
        fit(endpoint, "add", json!({ key: results }))
    }

    fn generic_update(&mut self, endpoint: &str, params: &Value) -> Result<Value, CallError> {
        let key = schema::results_key(endpoint, "update")
            .ok_or_else(|| unsupported(endpoint, "update"))?;
        let mut results = Vec::new();
        for item in item_list(params, endpoint, "update") {
            let Some(changes) = item.as_object() else {
                results.push(validate::item_error(
                    8000,
                    "Invalid request",
                    "an item is not an object",
                ));
                continue;
            };
            if let Err(errors) = validate::check_generic(endpoint, changes) {
                results.push(errors);
                continue;
            }
            // Clients are named by login or ClientId; the others by Id.
            let id_key = ["Id", "ClientId"]
                .into_iter()
                .find(|k| changes.contains_key(*k))
                .unwrap_or("Id");
            if endpoint == "clients" {
                // `clients.update` changes the advertiser itself (client id 1, as `get` says).
                results.push(json!({"ClientId": OWN_CLIENT_ID}));
                continue;
            }
            let id = changes.get(id_key).and_then(Value::as_i64).unwrap_or(0);
            match self.generic.table(endpoint).get_mut(&id) {
                Some(stored) => {
                    for (k, v) in changes {
                        match (stored.get_mut(k), v) {
                            (Some(Value::Object(old)), Value::Object(new)) => {
                                old.extend(new.iter().map(|(k, v)| (k.clone(), v.clone())));
                            }
                            _ => {
                                stored.insert(k.clone(), v.clone());
                            }
                        }
                    }
                    results.push(json!({ id_key: id }));
                }
                None => results.push(not_found(&format!("{id_key} {id} not found"))),
            }
        }
        fit(endpoint, "update", json!({ key: results }))
    }

    fn generic_by_ids(
        &mut self,
        endpoint: &str,
        method: &str,
        params: &Value,
    ) -> Result<Value, CallError> {
        let key =
            schema::results_key(endpoint, method).ok_or_else(|| unsupported(endpoint, method))?;
        let criteria = params.get("SelectionCriteria").and_then(Value::as_object);
        // The first list of the criteria names the objects: `Ids` (field `Id`),
        // `AdImageHashes` (field `AdImageHash`).
        let (field, wanted) = criteria
            .and_then(|c| {
                c.iter().find_map(|(k, v)| {
                    let field = criterion_fields(k).into_iter().next()?;
                    Some((field, v.as_array()?.clone()))
                })
            })
            .unwrap_or_else(|| ("Id".to_owned(), Vec::new()));
        let table = self.generic.table(endpoint);
        let mut results = Vec::new();
        for value in wanted {
            let found = table
                .iter()
                .find(|(_, item)| item.get(&field) == Some(&value))
                .map(|(id, _)| *id);
            let Some(id) = found else {
                results.push(not_found(&format!("{field} {value} not found")));
                continue;
            };
            match method {
                "delete" => {
                    table.remove(&id);
                }
                _ => {
                    let state = match method {
                        "suspend" => "SUSPENDED",
                        "resume" => "ON",
                        "archive" => "ARCHIVED",
                        "unarchive" => "SUSPENDED",
                        _ => "MODERATION",
                    };
                    if let Some(item) = table.get_mut(&id) {
                        item.insert("State".to_owned(), json!(state));
                    }
                }
            }
            results.push(json!({ field.as_str(): value }));
        }
        fit(endpoint, method, json!({ key: results }))
    }

    fn generic_set(
        &mut self,
        endpoint: &str,
        method: &str,
        params: &Value,
        keyed_by_keyword: bool,
    ) -> Result<Value, CallError> {
        let key =
            schema::results_key(endpoint, method).ok_or_else(|| unsupported(endpoint, method))?;
        let mut results = Vec::new();
        for item in item_list(params, endpoint, method) {
            let Some(fields) = item.as_object() else {
                results.push(validate::item_error(
                    8000,
                    "Invalid request",
                    "an item is not an object",
                ));
                continue;
            };
            let named = ["Id", "KeywordId", "AdGroupId", "CampaignId"]
                .into_iter()
                .find_map(|k| Some((k, fields.get(k)?.as_i64()?)));
            let Some((id_key, id)) = named else {
                results.push(validate::item_error(
                    8000,
                    "Invalid request",
                    "one of Id, KeywordId, AdGroupId, CampaignId is required",
                ));
                continue;
            };
            // The objects the item applies to, as (generic store id) targets.
            let targets: Vec<i64> = if keyed_by_keyword {
                self.list(Kind::Keyword)
                    .into_iter()
                    .filter(|k| match id_key {
                        "AdGroupId" => k.ad_group_id == Some(id),
                        "CampaignId" => k.campaign_id == Some(id),
                        _ => k.fields.get("Id").and_then(Value::as_i64) == Some(id),
                    })
                    .filter_map(|k| k.fields.get("Id").and_then(Value::as_i64))
                    .collect()
            } else {
                self.generic
                    .items
                    .get(endpoint)
                    .into_iter()
                    .flatten()
                    .filter(|(_, item)| item.get(id_key).and_then(Value::as_i64) == Some(id))
                    .map(|(stored_id, _)| *stored_id)
                    .collect()
            };
            let container_exists = match id_key {
                "AdGroupId" => self
                    .objects
                    .get(&Kind::AdGroup)
                    .is_some_and(|t| t.contains_key(&id)),
                "CampaignId" => self
                    .objects
                    .get(&Kind::Campaign)
                    .is_some_and(|t| t.contains_key(&id)),
                _ => false,
            };
            if targets.is_empty() && !container_exists {
                results.push(not_found(&format!("{id_key} {id} not found")));
                continue;
            }
            let table = self.generic.table(endpoint);
            for target in targets {
                let stored = table.entry(target).or_default();
                for (k, v) in fields {
                    if k != id_key {
                        stored.insert(k.clone(), v.clone());
                    }
                }
            }
            results.push(json!({ id_key: id }));
        }
        fit(endpoint, method, json!({ key: results }))
    }

    /// Methods that keep nothing: the smallest valid result, seeded with what the request asks
    /// for where that is plain (the dictionaries named, the keywords asked about, this client).
    fn generic_other(
        &mut self,
        endpoint: &str,
        method: &str,
        params: &Value,
    ) -> Result<Value, CallError> {
        let seed = match (endpoint, method) {
            ("dictionaries", "get") => {
                let mut result = Map::new();
                for name in strings(params.get("DictionaryNames")).unwrap_or_default() {
                    result.insert(name, json!([]));
                }
                Value::Object(result)
            }
            ("keywordsresearch", "hasSearchVolume") => {
                let criteria = params.get("SelectionCriteria");
                let regions = criteria.and_then(|c| c.get("RegionIds")).cloned();
                let items: Vec<Value> = strings(criteria.and_then(|c| c.get("Keywords")))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|keyword| {
                        json!({"Keyword": keyword, "RegionIds": regions, "AllDevices": "YES",
                               "MobilePhones": "YES", "Tablets": "YES", "Desktops": "YES"})
                    })
                    .collect();
                json!({ "HasSearchVolumeResults": items })
            }
            ("keywordsresearch", "deduplicate") => crate::deduplicate::deduplicate(params),
            ("clients", "get") => {
                let me = json!({"Login": self.login, "ClientId": OWN_CLIENT_ID, "Currency": "RUB",
                                "Type": "CLIENT", "CountryId": 225})
                .as_object()
                .cloned()
                .unwrap_or_default();
                json!({ "Clients": [select_fields(&me, params)] })
            }
            (_, m) if m.starts_with("add") => {
                // AgencyClients.add*: the new client's login and id.
                let id = self.generic.next_id();
                let login = params
                    .get("Login")
                    .or_else(|| params.get("PassportOrganizationLogin"))
                    .cloned()
                    .unwrap_or_else(|| json!(format!("fake-client-{id}")));
                json!({"Login": login, "PassportOrganizationLogin": login, "ClientId": id})
            }
            _ => json!({}),
        };
        fit(endpoint, method, seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_name_their_fields() {
        assert_eq!(criterion_fields("Ids"), ["Id"]);
        assert_eq!(criterion_fields("CampaignIds"), ["CampaignId"]);
        assert_eq!(criterion_fields("AdImageHashes")[0], "AdImageHash");
        assert_eq!(criterion_fields("Statuses")[0], "Status");
        assert_eq!(criterion_fields("States"), ["State"]);
        let item = json!({"Id": 1, "State": "ON"})
            .as_object()
            .cloned()
            .unwrap_or_default();
        let criteria = |c: Value| c.as_object().cloned().unwrap_or_default();
        assert!(matches(
            &item,
            &criteria(json!({"Ids": [1, 2], "States": ["ON"]}))
        ));
        assert!(!matches(&item, &criteria(json!({"Ids": [2]}))));
        // A criterion on a field the item does not have does not filter it out.
        assert!(matches(&item, &criteria(json!({"Levels": ["CAMPAIGN"]}))));
    }
}
