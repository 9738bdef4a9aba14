//! The files of `schema/measurement/` as stored: `ua.json` and `metrica.json` ([`DialectFile`])
//! and `ga4.json` ([`Ga4File`]). Serde checks their shape (a missing or unknown key, a value of
//! the wrong kind, with its JSON path); the rules between values are checked by the loader.
//! The format is documented in `schema/measurement/README.md`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `ua.json` or `metrica.json`: one key=value dialect.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DialectFile {
    /// Free text.
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// `ua` or `metrica`.
    pub dialect: String,
    /// Human title.
    pub title: String,
    /// Where hits go.
    pub endpoints: DialectEndpoints,
    /// Transport limits by name (every one of `DIALECT_LIMITS`).
    pub limits: BTreeMap<String, u64>,
    /// Index placeholder -> its range.
    pub indices: BTreeMap<String, IndexRange>,
    /// Accepted hit types.
    pub hit_types: Vec<String>,
    /// Parameters sent with every hit, with their values (`v=1`).
    pub fixed: BTreeMap<String, String>,
    /// Name of the cache buster parameter (empty: none).
    pub cache_buster: String,
    /// Requirements of every hit.
    pub required: Vec<Requirement>,
    /// Constructor arguments common to every hit type.
    pub constructor_prefix: Vec<String>,
    /// Hit type -> its requirements and typed constructors.
    pub hit_rules: BTreeMap<String, HitRule>,
    /// `if any of ... then ...` rules.
    pub conditionals: Vec<Conditional>,
    /// Collections of indexed parameters (products, ...).
    pub collections: Vec<Collection>,
    /// The dialect's own parameters.
    pub params: Vec<Param>,
    /// Parameters taken over from `ua.json`.
    #[serde(default)]
    pub inherit: Option<Inherit>,
    /// Metrica's ecommerce rule.
    #[serde(default)]
    pub ecommerce: Option<Ecommerce>,
}

/// The endpoints of a dialect: a base URL and paths starting with `/` (empty: not offered).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DialectEndpoints {
    /// `https://...`.
    pub base_url: String,
    /// Single hits.
    pub collect: String,
    /// Batches.
    pub batch: String,
    /// Validation.
    pub debug: String,
}

/// The range of an index placeholder.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexRange {
    /// Smallest index, at least 1.
    pub min: u64,
    /// Largest index, at most 65535.
    pub max: u64,
}

/// One requirement: at least one of the alternatives, each a set of parameters all present.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// The alternatives.
    pub any_of: Vec<Vec<String>>,
    /// Free text: where the rule comes from.
    #[serde(default)]
    pub note: Option<String>,
}

/// Requirements and typed constructors of one hit type.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HitRule {
    /// Requirements beyond the dialect's own.
    pub required: Vec<Requirement>,
    /// Typed constructors.
    pub constructors: Vec<Constructor>,
}

/// A typed constructor of a hit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constructor {
    /// Its snake_case name.
    pub name: String,
    /// The parameters it takes after the dialect's `constructor_prefix`.
    #[serde(default)]
    pub params: Vec<String>,
}

/// `if any of these parameters is present, that one must be too`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditional {
    /// The triggers.
    #[serde(default)]
    pub if_any: Vec<String>,
    /// The parameter then required.
    pub require: String,
}

/// A collection of indexed parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    /// Schema name (`product`).
    pub name: String,
    /// Rust type name (`Product`).
    pub rust: String,
    /// Literal key prefix (`pr`).
    pub prefix: String,
    /// Index placeholder (`product`).
    pub index: String,
    /// Enclosing collection.
    #[serde(default)]
    pub parent: Option<String>,
    /// Doc text.
    #[serde(default)]
    pub doc: Option<String>,
}

/// One parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// Key pattern (`pr<product>cd<dimension>`).
    pub key: String,
    /// Rust name (`custom_dimension`).
    pub name: String,
    /// Formal name from the reference.
    pub title: String,
    /// Value type, one of `VALUE_TYPES`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Byte limit of a text value.
    #[serde(default)]
    pub max_bytes: Option<u64>,
    /// `"all"` or the hit types the parameter is sent with.
    pub hit_types: HitTypes,
    /// Minimum of an integer value.
    #[serde(default)]
    pub min: Option<i64>,
    /// Allowed values of a text value.
    #[serde(default)]
    pub allowed: Option<Vec<String>>,
    /// The collection the parameter belongs to.
    #[serde(default)]
    pub collection: Option<String>,
    /// Section of the reference.
    #[serde(default)]
    pub section: Option<String>,
    /// The form a text value must have, one of `TEXT_FORMATS` (`property_id`, ...).
    #[serde(default)]
    pub format: Option<String>,
}

/// The hit types a parameter applies to.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum HitTypes {
    /// A word: only `"all"` is meaningful.
    Word(String),
    /// A list of hit types.
    List(Vec<String>),
}

/// Parameters of `ua.json` that `metrica.json` takes over.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inherit {
    /// Always `ua`.
    pub from: String,
    /// The keys taken over.
    #[serde(default)]
    pub params: Vec<String>,
    /// Changes to what is taken over, by key.
    #[serde(default)]
    pub overrides: BTreeMap<String, Override>,
}

/// A change to an inherited parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    /// Replaces the allowed values.
    #[serde(default)]
    pub allowed: Option<Vec<String>>,
    /// Replaces the hit types.
    #[serde(default)]
    pub hit_types: Option<Vec<String>>,
    /// Replaces the title.
    #[serde(default)]
    pub title: Option<String>,
    /// Replaces the form of the value.
    #[serde(default)]
    pub format: Option<String>,
}

/// Metrica's ecommerce rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ecommerce {
    /// The hit type ecommerce data rides on.
    pub hit_type: String,
    /// Allowed product actions (values of `pa`).
    pub product_actions: Vec<String>,
    /// Whether at least one product is required.
    #[serde(default)]
    pub requires_product: bool,
    /// Action -> parameters it requires.
    #[serde(default)]
    pub action_requires: BTreeMap<String, Vec<String>>,
}

/// `ga4.json`: the GA4 JSON protocol.
#[derive(Debug, Clone, Deserialize)]
pub struct Ga4File {
    /// Free text.
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// Where requests go.
    pub endpoints: Ga4Endpoints,
    /// Query parameters of a request (documentation only: the runtime builds the query).
    #[serde(default)]
    pub query: Vec<String>,
    /// Fields of the request body.
    pub body_fields: Vec<BodyField>,
    /// Numeric limits.
    pub limits: Ga4Limits,
    /// The event and parameter name pattern the runtime checks.
    pub name_pattern: String,
    /// What every web stream id starts with (default `G-`).
    #[serde(default = "default_measurement_id_prefix")]
    pub measurement_id_prefix: String,
    /// What the documentation requires and recommends of some events (default: nothing).
    #[serde(default)]
    pub event_rules: Vec<EventRule>,
    /// Each entry of an `items` parameter needs at least one of these (default: none, no
    /// check).
    #[serde(default)]
    pub item_identifiers: Vec<String>,
    /// The reserved-name lists (every one of `GA4_RESERVED`), and any unknown key, which the
    /// loader reports (`deny_unknown_fields` cannot be combined with `flatten`).
    #[serde(flatten)]
    pub lists: BTreeMap<String, serde_json::Value>,
}

fn default_measurement_id_prefix() -> String {
    "G-".to_owned()
}

/// What the documentation requires and recommends of one event.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRule {
    /// The event name.
    pub event: String,
    /// Parameters the event must have.
    #[serde(default)]
    pub required: Vec<String>,
    /// Parameters the event should have.
    #[serde(default)]
    pub recommended: Vec<String>,
    /// Whether a `value` needs a `currency`.
    #[serde(default)]
    pub currency_with_value: bool,
    /// Where the rule comes from.
    #[serde(default)]
    pub note: Option<String>,
}

/// The GA4 endpoints.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ga4Endpoints {
    /// `https://...`.
    pub base_url: String,
    /// Hits.
    pub collect: String,
    /// Validation.
    pub debug: String,
}

/// One field of the GA4 request body.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyField {
    /// Its snake_case name.
    pub name: String,
    /// Its JSON type, as the reference gives it.
    #[serde(rename = "type", default)]
    pub ty: Option<String>,
    /// Its length limit in characters, where the reference gives one (documentation: the runtime
    /// checks the limits of `limits`).
    #[serde(default)]
    pub max_chars: Option<u64>,
    /// Doc text.
    #[serde(default)]
    pub doc: Option<String>,
}

/// The GA4 limits.
#[derive(Debug, Clone, Deserialize)]
pub struct Ga4Limits {
    /// Longer value limits of some parameters, by name.
    #[serde(default)]
    pub param_value_overrides: BTreeMap<String, u64>,
    /// Every one of `GA4_LIMITS`, and any unknown key, which the loader reports.
    #[serde(flatten)]
    pub values: BTreeMap<String, serde_json::Value>,
}
