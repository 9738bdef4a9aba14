//! The Measurement Protocol, resolved: dialects with inherited parameters in place, and GA4.

use std::collections::BTreeMap;

/// The whole `schema/measurement/` folder.
#[derive(Debug, Clone, Default)]
pub struct MeasurementModel {
    /// `ua` then `metrica` (key=value dialects).
    pub dialects: Vec<DialectDef>,
    /// GA4.
    pub ga4: Ga4Def,
}

/// One key=value dialect, with inherited parameters already resolved.
#[derive(Debug, Clone, Default)]
pub struct DialectDef {
    /// `ua` or `metrica`.
    pub name: String,
    /// Human title.
    pub title: String,
    /// base_url, collect, batch, debug.
    pub endpoints: BTreeMap<String, String>,
    /// Transport limits by name.
    pub limits: BTreeMap<String, u64>,
    /// Index placeholder ranges.
    pub indices: BTreeMap<String, (u16, u16)>,
    /// Accepted hit types.
    pub hit_types: Vec<String>,
    /// Fixed parameters (`v=1`).
    pub fixed: Vec<(String, String)>,
    /// Name of the cache buster parameter (empty: none).
    pub cache_buster: String,
    /// Requirements of every hit: alternatives of all-of sets.
    pub required: Vec<Vec<Vec<String>>>,
    /// Constructor arguments common to every hit type.
    pub constructor_prefix: Vec<String>,
    /// Per hit type rules, in schema order.
    pub hit_rules: Vec<HitRuleDef>,
    /// `if any of ... then ...`.
    pub conditionals: Vec<(Vec<String>, String)>,
    /// Metrica's ecommerce rule.
    pub ecommerce: Option<EcommerceDef>,
    /// Collections (products, ...).
    pub collections: Vec<CollectionDef>,
    /// Every parameter.
    pub params: Vec<ParamDef>,
}

/// Requirements and typed constructors of one hit type.
#[derive(Debug, Clone, Default)]
pub struct HitRuleDef {
    /// The hit type.
    pub hit_type: String,
    /// Requirements: alternatives of all-of sets.
    pub required: Vec<Vec<Vec<String>>>,
    /// Constructors: name and parameters.
    pub constructors: Vec<(String, Vec<String>)>,
}

/// Metrica's ecommerce rule.
#[derive(Debug, Clone, Default)]
pub struct EcommerceDef {
    /// Hit type.
    pub hit_type: String,
    /// Allowed `pa`.
    pub product_actions: Vec<String>,
    /// At least one product.
    pub requires_product: bool,
    /// Action -> required parameters.
    pub action_requires: Vec<(String, Vec<String>)>,
}

/// A collection of indexed parameters.
#[derive(Debug, Clone, Default)]
pub struct CollectionDef {
    /// Schema name (`product`).
    pub name: String,
    /// Rust type name (`Product`).
    pub rust: String,
    /// Literal prefix (`pr`).
    pub prefix: String,
    /// Index placeholder (`product`).
    pub index: String,
    /// Enclosing collection.
    pub parent: Option<String>,
    /// Doc text.
    pub doc: String,
}

/// One piece of a key pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Literal text.
    Lit(String),
    /// Placeholder.
    Index(String),
}

/// One parameter.
#[derive(Debug, Clone, Default)]
pub struct ParamDef {
    /// Pattern (`pr<product>cd<dimension>`).
    pub key: String,
    /// Parsed pattern.
    pub parts: Vec<Part>,
    /// Rust name (`custom_dimension`).
    pub name: String,
    /// Formal name.
    pub title: String,
    /// Value type (`text`, ...).
    pub ty: String,
    /// Byte limit.
    pub max_bytes: Option<u32>,
    /// Hit types; `None` = all.
    pub hit_types: Option<Vec<String>>,
    /// Minimum integer.
    pub min: Option<i64>,
    /// Allowed values.
    pub allowed: Vec<String>,
    /// Collection.
    pub collection: Option<String>,
    /// Section of the reference.
    pub section: String,
    /// The form of a text value (`property_id`, ...).
    pub format: Option<String>,
}

impl ParamDef {
    /// Whether the parameter may be sent with `hit_type`.
    pub fn applies_to(&self, hit_type: &str) -> bool {
        self.hit_types
            .as_ref()
            .is_none_or(|h| h.iter().any(|x| x == hit_type))
    }

    /// Whether the pattern has placeholders.
    pub fn is_indexed(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::Index(_)))
    }
}

/// GA4.
#[derive(Debug, Clone, Default)]
pub struct Ga4Def {
    /// base_url, collect, debug.
    pub endpoints: BTreeMap<String, String>,
    /// Body field names with docs.
    pub body_fields: Vec<(String, String)>,
    /// Numeric limits.
    pub limits: BTreeMap<String, u64>,
    /// Per-parameter value limits.
    pub param_value_overrides: Vec<(String, u64)>,
    /// Reserved lists by schema key.
    pub reserved: BTreeMap<String, Vec<String>>,
    /// What every web stream id starts with.
    pub measurement_id_prefix: String,
    /// Per event: name, required and recommended parameters, whether `value` needs `currency`.
    pub event_rules: Vec<Ga4EventRuleDef>,
    /// Each item needs one of these.
    pub item_identifiers: Vec<String>,
}

/// What the documentation requires and recommends of one GA4 event.
#[derive(Debug, Clone, Default)]
pub struct Ga4EventRuleDef {
    /// The event name.
    pub event: String,
    /// Required parameters.
    pub required: Vec<String>,
    /// Recommended parameters.
    pub recommended: Vec<String>,
    /// Whether a `value` needs a `currency`.
    pub currency_with_value: bool,
}

/// The forms a text value can be required to have (the runtime's `TextFormat`).
pub const TEXT_FORMATS: [&str; 3] = ["property_id", "counter_id", "currency_code"];

/// The value types of the schema.
pub const VALUE_TYPES: [&str; 6] = ["text", "integer", "boolean", "currency", "number", "json"];

/// The hit types the runtime knows.
pub const HIT_TYPES: [&str; 8] = [
    "pageview",
    "screenview",
    "event",
    "transaction",
    "item",
    "social",
    "exception",
    "timing",
];

/// Limits every dialect must give.
pub const DIALECT_LIMITS: [&str; 7] = [
    "get_url_max_bytes",
    "post_body_max_bytes",
    "batch_max_hits",
    "batch_max_bytes",
    "batch_hit_max_bytes",
    "queue_time_max_ms",
    "event_time_max_age_s",
];

/// Limits GA4 must give.
pub const GA4_LIMITS: [&str; 11] = [
    "max_events",
    "max_params",
    "max_user_properties",
    "max_event_name",
    "max_param_name",
    "max_param_value",
    "max_user_property_name",
    "max_user_property_value",
    "max_user_id",
    "max_items",
    "max_body_bytes",
];

/// Reserved lists GA4 must give.
pub const GA4_RESERVED: [&str; 5] = [
    "reserved_event_names",
    "reserved_param_names",
    "reserved_param_prefixes",
    "reserved_user_property_names",
    "reserved_user_property_prefixes",
];

/// The full key prefix of a collection (`il<list>pi<product>` for impressions).
pub fn collection_prefix(cols: &[CollectionDef], name: &str) -> Option<Vec<Part>> {
    let c = cols.iter().find(|c| c.name == name)?;
    let mut parts = match &c.parent {
        Some(p) if p != name => collection_prefix(cols, p)?,
        Some(_) => return None,
        None => Vec::new(),
    };
    parts.push(Part::Lit(c.prefix.clone()));
    parts.push(Part::Index(c.index.clone()));
    Some(parts)
}
