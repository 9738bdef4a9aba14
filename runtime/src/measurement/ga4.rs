//! GA4 Measurement Protocol: typed request bodies and events, checked against limits and
//! reserved names given as [`Ga4Rules`] (the generated crate has them as
//! `measurement::ga4::RULES`), split into requests of at most 25 events.

use serde::{Deserialize, Serialize};

use super::spec::TextFormat;

/// The GA4 limits and reserved names, generated from `schema/measurement/ga4.json`.
#[derive(Debug, Clone, Copy)]
pub struct Ga4Rules {
    /// Scheme and host of the collector.
    pub base_url: &'static str,
    /// Collect path.
    pub collect: &'static str,
    /// Validation path.
    pub debug: &'static str,
    /// Most events per request.
    pub max_events: usize,
    /// Most parameters per event.
    pub max_params: usize,
    /// Most user properties per request.
    pub max_user_properties: usize,
    /// Longest event name (characters).
    pub max_event_name: usize,
    /// Longest parameter name (characters).
    pub max_param_name: usize,
    /// Longest parameter value (characters).
    pub max_param_value: usize,
    /// Parameters with their own value limit.
    pub param_value_overrides: &'static [(&'static str, usize)],
    /// Longest user property name.
    pub max_user_property_name: usize,
    /// Longest user property value.
    pub max_user_property_value: usize,
    /// Longest `user_id`.
    pub max_user_id: usize,
    /// Most items in an `items` parameter.
    pub max_items: usize,
    /// Largest body in bytes.
    pub max_body_bytes: usize,
    /// Reserved event names.
    pub reserved_event_names: &'static [&'static str],
    /// Reserved parameter names.
    pub reserved_param_names: &'static [&'static str],
    /// Reserved parameter name prefixes.
    pub reserved_param_prefixes: &'static [&'static str],
    /// Reserved user property names.
    pub reserved_user_property_names: &'static [&'static str],
    /// Reserved user property prefixes.
    pub reserved_user_property_prefixes: &'static [&'static str],
    /// Known top-level body fields (others are refused).
    pub body_fields: &'static [&'static str],
    /// What every web stream id starts with (`G-`); another form is a warning (refused when
    /// strict: see [`Ga4Request::recommendations`]).
    pub measurement_id_prefix: &'static str,
    /// What the documentation requires and recommends of some events.
    pub event_rules: &'static [Ga4EventRule],
    /// Each entry of an `items` parameter needs at least one of these, non-empty (empty: no
    /// check).
    pub item_identifiers: &'static [&'static str],
}

/// What the documentation requires and recommends of one (recommended) event.
#[derive(Debug, Clone, Copy)]
pub struct Ga4EventRule {
    /// The event name (`purchase`).
    pub event: &'static str,
    /// Parameters the event must have (refused without them).
    pub required: &'static [&'static str],
    /// Parameters the event should have (a warning without them; refused when strict).
    pub recommended: &'static [&'static str],
    /// Whether a `value` needs a `currency` (ISO 4217) beside it.
    pub currency_with_value: bool,
}

/// A fault in a GA4 request, with the JSON path of the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("parameter `{path}`: {message}")]
pub struct Ga4Error {
    /// JSON path (`events[0].name`, `user_properties.plan`).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

fn err(path: impl Into<String>, message: impl Into<String>) -> Ga4Error {
    Ga4Error {
        path: path.into(),
        message: message.into(),
    }
}

/// Checks a name: `^[A-Za-z][A-Za-z0-9_]*$`, at most `max` characters, not reserved.
fn check_name(
    path: &str,
    name: &str,
    max: usize,
    reserved: &[&str],
    prefixes: &[&str],
) -> Result<(), Ga4Error> {
    if name.chars().count() > max {
        return Err(err(
            path,
            format!("`{name}` is longer than {max} characters"),
        ));
    }
    for p in prefixes {
        if name.starts_with(p) {
            return Err(err(
                path,
                format!("`{name}` uses the reserved prefix `{p}`"),
            ));
        }
    }
    if reserved.contains(&name) {
        return Err(err(path, format!("`{name}` is a reserved name")));
    }
    let mut chars = name.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !ok {
        return Err(err(
            path,
            format!("`{name}` must start with a letter and contain only letters, digits and `_`"),
        ));
    }
    Ok(())
}

/// One GA4 event: a name and up to 25 parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ga4Event {
    /// Event name.
    pub name: String,
    /// Parameters.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub params: serde_json::Map<String, serde_json::Value>,
    /// Event time in microseconds since the epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_micros: Option<i64>,
}

impl Ga4Event {
    /// An event named `name`; [`validate`](Self::validate) checks it (pattern, length,
    /// reserved names) and its parameters, as [`Ga4Request::validate`] does before sending.
    pub fn new(name: impl Into<String>) -> Ga4Event {
        Ga4Event {
            name: name.into(),
            params: serde_json::Map::new(),
            timestamp_micros: None,
        }
    }

    /// Adds a parameter (checked by [`validate`](Self::validate)).
    pub fn param(
        mut self,
        name: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Ga4Event {
        self.params.insert(name.into(), value.into());
        self
    }

    /// Checks the whole event (for events read from JSON).
    pub fn validate(&self, r: &Ga4Rules, path: &str) -> Result<(), Ga4Error> {
        check_name(
            &format!("{path}.name"),
            &self.name,
            r.max_event_name,
            r.reserved_event_names,
            &[],
        )?;
        if self.params.len() > r.max_params {
            return Err(err(
                format!("{path}.params"),
                format!(
                    "{} parameters, at most {} are allowed",
                    self.params.len(),
                    r.max_params
                ),
            ));
        }
        for (k, v) in &self.params {
            check_param(r, &format!("{path}.params.{k}"), k, v)?;
        }
        if let Some(rule) = r.event_rules.iter().find(|rule| rule.event == self.name) {
            for name in rule.required {
                if !has_value(self.params.get(*name)) {
                    return Err(err(
                        format!("{path}.params.{name}"),
                        format!("required by `{}` events", self.name),
                    ));
                }
            }
            if rule.currency_with_value
                && self.params.contains_key("value")
                && !self.params.contains_key("currency")
            {
                return Err(err(
                    format!("{path}.params.currency"),
                    format!(
                        "required with `value` in `{}` events (otherwise the value is not counted)",
                        self.name
                    ),
                ));
            }
        }
        if let Some(currency) = self.params.get("currency") {
            let text = currency.as_str().unwrap_or_default();
            TextFormat::CurrencyCode
                .check(text)
                .map_err(|message| err(format!("{path}.params.currency"), message))?;
        }
        if let Some(serde_json::Value::Array(items)) = self.params.get("items") {
            for (i, item) in items.iter().enumerate() {
                let item_path = format!("{path}.params.items[{i}]");
                let serde_json::Value::Object(fields) = item else {
                    return Err(err(item_path, "an item must be an object"));
                };
                if !r.item_identifiers.is_empty()
                    && !r.item_identifiers.iter().any(|k| has_value(fields.get(*k)))
                {
                    return Err(err(
                        item_path,
                        format!("needs one of {}", r.item_identifiers.join(", ")),
                    ));
                }
            }
        }
        Ok(())
    }

    /// What the documentation recommends and the event lacks (a missing recommended parameter).
    pub fn recommendations(&self, r: &Ga4Rules, path: &str) -> Vec<Ga4Error> {
        let Some(rule) = r.event_rules.iter().find(|rule| rule.event == self.name) else {
            return Vec::new();
        };
        rule.recommended
            .iter()
            .filter(|name| !has_value(self.params.get(**name)))
            .map(|name| {
                err(
                    format!("{path}.params.{name}"),
                    format!("recommended for `{}` events", self.name),
                )
            })
            .collect()
    }
}

/// Whether a parameter is present with a value (not null, not an empty or blank string).
fn has_value(value: Option<&serde_json::Value>) -> bool {
    match value {
        None | Some(serde_json::Value::Null) => false,
        Some(serde_json::Value::String(s)) => !s.trim().is_empty(),
        Some(_) => true,
    }
}

fn check_param(
    r: &Ga4Rules,
    path: &str,
    name: &str,
    value: &serde_json::Value,
) -> Result<(), Ga4Error> {
    check_name(
        path,
        name,
        r.max_param_name,
        r.reserved_param_names,
        r.reserved_param_prefixes,
    )?;
    match value {
        serde_json::Value::String(s) => {
            let max = r
                .param_value_overrides
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, m)| *m)
                .unwrap_or(r.max_param_value);
            let n = s.chars().count();
            if n > max {
                return Err(err(
                    path,
                    format!("{n} characters, at most {max} are allowed"),
                ));
            }
        }
        serde_json::Value::Array(items) if name == "items" => {
            if items.len() > r.max_items {
                return Err(err(path, format!("more than {} items", r.max_items)));
            }
        }
        serde_json::Value::Number(_) | serde_json::Value::Bool(_) | serde_json::Value::Array(_) => {
        }
        serde_json::Value::Object(_) | serde_json::Value::Null => {
            return Err(err(
                path,
                "a parameter value must be a string, number or boolean",
            ))
        }
    }
    Ok(())
}

/// A user property value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserProperty {
    /// The value (at most 36 characters when text).
    pub value: serde_json::Value,
    /// When it was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_micros: Option<i64>,
}

/// One GA4 request: the query credentials and the JSON body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ga4Request {
    /// Web stream id (`G-XXXX`), sent in the query, not the body.
    #[serde(default, skip_serializing)]
    pub measurement_id: Option<String>,
    /// App stream id, sent in the query, not the body.
    #[serde(default, skip_serializing)]
    pub firebase_app_id: Option<String>,
    /// API secret, sent in the query, not the body.
    #[serde(default, skip_serializing)]
    pub api_secret: String,
    /// The body: `client_id`, `user_id`, `events`, ... (`events` kept apart in `events`).
    #[serde(flatten)]
    pub body: serde_json::Map<String, serde_json::Value>,
    /// The events.
    pub events: Vec<Ga4Event>,
}

impl Ga4Request {
    /// A web-stream request for `client_id`.
    pub fn web(
        measurement_id: impl Into<String>,
        api_secret: impl Into<String>,
        client_id: impl Into<String>,
    ) -> Ga4Request {
        let mut body = serde_json::Map::new();
        body.insert(
            "client_id".into(),
            serde_json::Value::String(client_id.into()),
        );
        Ga4Request {
            measurement_id: Some(measurement_id.into()),
            firebase_app_id: None,
            api_secret: api_secret.into(),
            body,
            events: Vec::new(),
        }
    }

    /// An app-stream request for `app_instance_id` (32 hex characters).
    pub fn app(
        firebase_app_id: impl Into<String>,
        api_secret: impl Into<String>,
        app_instance_id: impl Into<String>,
    ) -> Ga4Request {
        let mut body = serde_json::Map::new();
        body.insert(
            "app_instance_id".into(),
            serde_json::Value::String(app_instance_id.into()),
        );
        Ga4Request {
            measurement_id: None,
            firebase_app_id: Some(firebase_app_id.into()),
            api_secret: api_secret.into(),
            body,
            events: Vec::new(),
        }
    }

    /// Adds an event.
    pub fn event(mut self, event: Ga4Event) -> Ga4Request {
        self.events.push(event);
        self
    }

    /// Sets `user_id` (at most 256 characters).
    pub fn user_id(mut self, user_id: impl Into<String>) -> Ga4Request {
        self.body
            .insert("user_id".into(), serde_json::Value::String(user_id.into()));
        self
    }

    /// Sets a user property (name checked by [`validate`](Self::validate)).
    pub fn user_property(
        mut self,
        name: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Ga4Request {
        let props = self
            .body
            .entry("user_properties")
            .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
        if let serde_json::Value::Object(m) = props {
            m.insert(name.into(), serde_json::json!({ "value": value.into() }));
        }
        self
    }

    /// The query string (`measurement_id=...&api_secret=...`).
    pub fn query(&self) -> String {
        let mut q = String::new();
        let id = match (&self.measurement_id, &self.firebase_app_id) {
            (Some(m), _) => ("measurement_id", m),
            (None, Some(f)) => ("firebase_app_id", f),
            (None, None) => ("measurement_id", &self.api_secret),
        };
        q.push_str(id.0);
        q.push('=');
        super::encode::percent_encode_into(id.1, super::encode::SpaceStyle::Percent20, &mut q);
        q.push_str("&api_secret=");
        super::encode::percent_encode_into(
            &self.api_secret,
            super::encode::SpaceStyle::Percent20,
            &mut q,
        );
        q
    }

    /// Checks everything but the event count (which [`split`](Self::split) handles) and the
    /// body size (checked per split request).
    pub fn validate(&self, r: &Ga4Rules) -> Result<(), Ga4Error> {
        if self.measurement_id.is_none() && self.firebase_app_id.is_none() {
            return Err(err("measurement_id", "required (or firebase_app_id)"));
        }
        for (name, id) in [
            ("measurement_id", &self.measurement_id),
            ("firebase_app_id", &self.firebase_app_id),
        ] {
            match id.as_deref() {
                Some(id) if id.trim().is_empty() => return Err(err(name, "must not be empty")),
                Some(id) if id.trim() != id => {
                    return Err(err(name, format!("`{id}` has leading or trailing spaces")))
                }
                _ => {}
            }
        }
        if self.api_secret.trim().is_empty() {
            return Err(err("api_secret", "required"));
        }
        for k in self.body.keys() {
            if !r.body_fields.contains(&k.as_str()) {
                return Err(err(k.as_str(), "not a GA4 Measurement Protocol body field"));
            }
        }
        // A request is either web (measurement_id, client_id) or app (firebase_app_id,
        // app_instance_id): GA4 refuses one with both.
        if self.measurement_id.is_some() && self.firebase_app_id.is_some() {
            return Err(err(
                "firebase_app_id",
                "sent together with measurement_id: a request is either web or app, not both",
            ));
        }
        let (id_field, other_field) = if self.firebase_app_id.is_some() {
            ("app_instance_id", "client_id")
        } else {
            ("client_id", "app_instance_id")
        };
        if self.body.contains_key(other_field) {
            return Err(err(
                other_field,
                format!(
                    "sent together with {id_field}: a request is either web (measurement_id, \
                     client_id) or app (firebase_app_id, app_instance_id), not both"
                ),
            ));
        }
        match self.body.get(id_field) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => {
                if id_field == "app_instance_id"
                    && (s.len() != 32 || !s.bytes().all(|b| b.is_ascii_hexdigit()))
                {
                    return Err(err(id_field, "must be 32 hexadecimal characters"));
                }
            }
            _ => return Err(err(id_field, "required (a non-empty string)")),
        }
        if let Some(v) = self.body.get("user_id") {
            match v {
                serde_json::Value::String(s) if s.chars().count() <= r.max_user_id => {}
                _ => {
                    return Err(err(
                        "user_id",
                        format!("must be a string of at most {} characters", r.max_user_id),
                    ))
                }
            }
        }
        if let Some(props) = self.body.get("user_properties") {
            let serde_json::Value::Object(props) = props else {
                return Err(err("user_properties", "must be an object"));
            };
            if props.len() > r.max_user_properties {
                return Err(err(
                    "user_properties",
                    format!(
                        "{} user properties, at most {} are allowed",
                        props.len(),
                        r.max_user_properties
                    ),
                ));
            }
            for (k, v) in props {
                let path = format!("user_properties.{k}");
                check_name(
                    &path,
                    k,
                    r.max_user_property_name,
                    r.reserved_user_property_names,
                    r.reserved_user_property_prefixes,
                )?;
                let value = v.get("value");
                if let Some(serde_json::Value::String(s)) = value {
                    if s.chars().count() > r.max_user_property_value {
                        return Err(err(
                            format!("{path}.value"),
                            format!("longer than {} characters", r.max_user_property_value),
                        ));
                    }
                } else if value.is_none() {
                    return Err(err(format!("{path}.value"), "required"));
                }
            }
        }
        if self.events.is_empty() {
            return Err(err("events", "at least one event is required"));
        }
        for (i, e) in self.events.iter().enumerate() {
            e.validate(r, &format!("events[{i}]"))?;
        }
        Ok(())
    }

    /// What the documentation recommends and the request lacks: a `measurement_id` of another
    /// form than `G-...`, recommended event parameters. A sender in strict mode refuses a
    /// request with any; otherwise they are warnings.
    pub fn recommendations(&self, r: &Ga4Rules) -> Vec<Ga4Error> {
        let mut found = Vec::new();
        if let Some(id) = &self.measurement_id {
            if !id.starts_with(r.measurement_id_prefix) {
                found.push(err(
                    "measurement_id",
                    format!(
                        "`{id}` does not start with `{}` as web stream ids do",
                        r.measurement_id_prefix
                    ),
                ));
            }
        }
        for (i, e) in self.events.iter().enumerate() {
            found.extend(e.recommendations(r, &format!("events[{i}]")));
        }
        found
    }

    /// Validates and splits into requests of at most 25 events with the same body fields,
    /// each serialized and checked against the body size limit.
    pub fn split(&self, r: &Ga4Rules) -> Result<Vec<(String, String)>, Ga4Error> {
        self.validate(r)?;
        let mut out = Vec::new();
        for chunk in self.events.chunks(r.max_events) {
            let part = Ga4Request {
                measurement_id: None,
                firebase_app_id: None,
                api_secret: String::new(),
                body: self.body.clone(),
                events: chunk.to_vec(),
            };
            let body = serde_json::to_string(&part)
                .map_err(|e| err("", format!("cannot serialize: {e}")))?;
            if body.len() > r.max_body_bytes {
                return Err(err(
                    "",
                    format!(
                        "the body is {} bytes, at most {} are allowed",
                        body.len(),
                        r.max_body_bytes
                    ),
                ));
            }
            out.push((self.query(), body));
        }
        Ok(out)
    }
}
