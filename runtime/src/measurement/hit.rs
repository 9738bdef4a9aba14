//! A hit: an ordered list of typed parameters, built by the generated builders or from JSON.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::time::SystemTime;

use super::key::{same_name, KeyBuf, KeyFilter, ParamKey, Piece};
use super::spec::{Dialect, DialectSpec, HitType, KeyPart, ParamSpec, TextFormat};
use super::value::{Decimal, Value, ValueType};

/// Why a hit cannot be built, encoded or sent. Every variant names the parameter concerned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HitError {
    /// The dialect has no such parameter.
    #[error("parameter `{param}`: unknown in the {dialect} dialect")]
    UnknownParameter {
        /// The name.
        param: String,
        /// `ua` or `metrica`.
        dialect: &'static str,
    },
    /// The value is not of the parameter's type.
    #[error("parameter `{param}`: expected {expected}, got {got}")]
    WrongType {
        /// The name.
        param: String,
        /// Expected type name.
        expected: &'static str,
        /// What came.
        got: String,
    },
    /// An index placeholder is out of its range.
    #[error("parameter `{param}`: index <{index_name}> = {value} is outside {min}..={max}")]
    IndexOutOfRange {
        /// The name.
        param: String,
        /// Placeholder name.
        index_name: &'static str,
        /// The index.
        value: u32,
        /// Smallest allowed.
        min: u16,
        /// Largest allowed.
        max: u16,
    },
    /// The parameter is not sent with this hit type.
    #[error("parameter `{param}`: not allowed with hit type `{hit_type}`")]
    NotForHitType {
        /// The name.
        param: String,
        /// The hit type.
        hit_type: HitType,
    },
    /// The hit type is not accepted by the dialect.
    #[error("parameter `t`: hit type `{hit_type}` is not accepted by the {dialect} dialect")]
    HitTypeNotAccepted {
        /// The value of `t`.
        hit_type: String,
        /// `ua` or `metrica`.
        dialect: &'static str,
    },
    /// A required parameter is missing.
    #[error("parameter `{param}`: required{context}")]
    Missing {
        /// The name, or alternatives (`dl` or `dh`+`dp`).
        param: String,
        /// ` for pageview hits`, ...
        context: String,
    },
    /// The value breaks a rule of the parameter (enumeration, minimum, JSON).
    #[error("parameter `{param}`: {message}")]
    InvalidValue {
        /// The name.
        param: String,
        /// What is wrong.
        message: String,
    },
    /// A text value is longer than its byte limit (strict mode).
    #[error("parameter `{param}`: {bytes} bytes, the limit is {max} bytes")]
    TooLong {
        /// The name.
        param: String,
        /// Actual UTF-8 length.
        bytes: usize,
        /// The limit.
        max: u32,
    },
    /// The encoded hit is larger than the transport allows.
    #[error("parameter `*`: the encoded hit is {bytes} bytes, the limit is {max} bytes ({what})")]
    PayloadTooLarge {
        /// Encoded size.
        bytes: usize,
        /// The limit.
        max: usize,
        /// Which limit.
        what: &'static str,
    },
    /// The hit waited too long to be sent (`qt` / `et` bound).
    #[error("parameter `{param}`: the hit is {age_ms} ms old, the collector drops hits older than {max_ms} ms")]
    TooOld {
        /// `qt` or `et`.
        param: &'static str,
        /// Age in milliseconds.
        age_ms: u64,
        /// The bound.
        max_ms: u64,
    },
}

impl HitError {
    /// The parameter the error is about (`*` for the whole hit).
    pub fn param(&self) -> &str {
        match self {
            HitError::UnknownParameter { param, .. }
            | HitError::WrongType { param, .. }
            | HitError::IndexOutOfRange { param, .. }
            | HitError::NotForHitType { param, .. }
            | HitError::Missing { param, .. }
            | HitError::InvalidValue { param, .. }
            | HitError::TooLong { param, .. } => param,
            HitError::HitTypeNotAccepted { .. } => "t",
            HitError::PayloadTooLarge { .. } => "*",
            HitError::TooOld { param, .. } => param,
        }
    }
}

/// One parameter of a hit: concrete name, value and byte limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// Concrete name (`pr2cd1`), kept inline (no allocation).
    pub key: ParamKey,
    /// Value.
    pub value: Value,
    /// Byte limit of the UTF-8 text value.
    pub max_bytes: Option<u32>,
}

impl Param {
    /// What `HitBuilder::append` writes before the fields.
    const PLACEHOLDER: Param = Param {
        key: ParamKey::from_static(""),
        value: Value::Int(0),
        max_bytes: None,
    };
}

/// A complete, validated hit of one dialect. Encode it with [`Hit::encode`](super::encode).
#[derive(Debug, Clone)]
pub struct Hit {
    pub(crate) spec: &'static DialectSpec,
    pub(crate) hit_type: HitType,
    /// The parameters set by name or by index, in order.
    pub(crate) params: Vec<Param>,
    /// The collection entries (products, impressions, promotions), each kept whole with its
    /// prefix (`pr3`) and its place among `params`: nothing is copied per parameter.
    pub(crate) groups: Vec<GroupBlock>,
    /// [`Hit::params`] of a hit with collection entries, made on first use.
    flat: OnceLock<Vec<Param>>,
    pub(crate) cache_buster: Option<Cow<'static, str>>,
    pub(crate) occurred_at: Option<SystemTime>,
    /// Which names `params` may hold: kept by every push, so that looking up a name the hit
    /// does not have (most requirement checks) takes no scan.
    pub(crate) filter: KeyFilter,
    /// The first bytes of the prefixes of `groups`: a name that starts with none of them is
    /// not looked for in the collection entries (the requirement checks look up `ec`, `av`,
    /// ... in a hit of ten products).
    group_initials: Initials,
}

/// A set of first bytes (each byte's low seven bits: a byte not in the set is surely not
/// there, one in it may be).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Initials(u128);

impl Initials {
    #[inline]
    fn bit(name: &[u8]) -> u128 {
        match name.first() {
            Some(b) => 1u128 << (b & 0x7f),
            // No first byte: matches everything.
            None => u128::MAX,
        }
    }

    #[inline]
    fn insert(&mut self, name: &[u8]) {
        self.0 |= Initials::bit(name);
    }

    /// `false` when no name inserted can be a prefix of `key`.
    #[inline]
    fn may_start(self, key: &[u8]) -> bool {
        self.0 & Initials::bit(key) != 0
    }
}

/// The parameters of one collection entry, sent as `<prefix><suffix>=<value>` after the first
/// `at` parameters of the hit.
#[derive(Debug, Clone)]
pub(crate) struct GroupBlock {
    /// How many of the hit's own parameters come before the entry.
    pub(crate) at: usize,
    /// `pr3`, `il1pi2`.
    pub(crate) prefix: ParamKey,
    pub(crate) params: Vec<GroupParam>,
}

impl GroupBlock {
    /// What `HitBuilder::push_block` writes before the fields.
    const PLACEHOLDER: GroupBlock = GroupBlock {
        at: 0,
        prefix: ParamKey::from_static(""),
        params: Vec::new(),
    };
}

/// One parameter of a hit as stored: its name is `prefix` followed by `name` (`prefix` is
/// empty for the hit's own parameters).
#[derive(Clone, Copy)]
pub(crate) struct Entry<'a> {
    pub(crate) prefix: &'a [u8],
    pub(crate) name: &'a ParamKey,
    pub(crate) value: &'a Value,
    pub(crate) max_bytes: Option<u32>,
}

impl Entry<'_> {
    /// The name as one text.
    pub(crate) fn key(&self) -> ParamKey {
        if self.prefix.is_empty() {
            return self.name.clone();
        }
        let mut k = KeyBuf::new();
        k.push_bytes_of(self.prefix);
        k.push_key(self.name);
        k.finish()
    }
}

/// The parameters of a hit in the order they are sent.
pub(crate) struct Entries<'a> {
    params: &'a [Param],
    groups: &'a [GroupBlock],
    /// Next hit parameter, next entry, next parameter of that entry.
    i: usize,
    g: usize,
    gi: usize,
}

impl<'a> Iterator for Entries<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        while let Some(block) = self.groups.get(self.g).filter(|b| b.at == self.i) {
            if let Some(p) = block.params.get(self.gi) {
                self.gi += 1;
                return Some(Entry {
                    prefix: block.prefix.as_bytes(),
                    name: &p.suffix,
                    value: &p.value,
                    max_bytes: p.max_bytes,
                });
            }
            self.g += 1;
            self.gi = 0;
        }
        let p = self.params.get(self.i)?;
        self.i += 1;
        Some(Entry {
            prefix: &[],
            name: &p.key,
            value: &p.value,
            max_bytes: p.max_bytes,
        })
    }
}

// Two hits are equal when they speak the same dialect and carry the same parameters; the
// tables are compared by identity, not field by field.
impl PartialEq for Hit {
    fn eq(&self, other: &Hit) -> bool {
        std::ptr::eq(self.spec, other.spec)
            && self.hit_type == other.hit_type
            && self.cache_buster == other.cache_buster
            && self.occurred_at == other.occurred_at
            && self.same_params(other)
    }
}

impl Eq for Hit {}

impl Hit {
    /// The dialect.
    pub fn dialect(&self) -> Dialect {
        self.spec.dialect
    }

    /// The parameter table the hit was built and checked against.
    pub fn spec(&self) -> &'static DialectSpec {
        self.spec
    }

    /// The hit type.
    pub fn hit_type(&self) -> HitType {
        self.hit_type
    }

    /// The parameters in the order they will be sent (`z` excluded: it always goes last).
    ///
    /// The parameters of collection entries (`pr1id`, ...) are kept per entry; the first call
    /// on a hit that has some lays them out here once.
    pub fn params(&self) -> &[Param] {
        if self.groups.is_empty() {
            return &self.params;
        }
        self.flat.get_or_init(|| {
            self.entries()
                .map(|e| Param {
                    key: e.key(),
                    value: e.value.clone(),
                    max_bytes: e.max_bytes,
                })
                .collect()
        })
    }

    /// Every parameter, in the order they are sent.
    pub(crate) fn entries(&self) -> Entries<'_> {
        Entries {
            params: &self.params,
            groups: &self.groups,
            i: 0,
            g: 0,
            gi: 0,
        }
    }

    fn same_params(&self, other: &Hit) -> bool {
        if self.groups.is_empty() && other.groups.is_empty() {
            return self.params == other.params;
        }
        let (mut a, mut b) = (self.entries(), other.entries());
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    if x.value != y.value
                        || x.max_bytes != y.max_bytes
                        || x.key().as_bytes() != y.key().as_bytes()
                    {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    /// The value of a parameter.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key.as_bytes())
    }

    /// The value of the parameter named `key`. The hit's own parameters are scanned only when
    /// the filter says the hit may have it; collection entries only when their prefix matches.
    #[inline]
    pub(crate) fn find(&self, key: &[u8]) -> Option<&Value> {
        if self.filter.may_contain(key) {
            if let Some(p) = self
                .params
                .iter()
                .find(|p| same_name(p.key.as_bytes(), key))
            {
                return Some(&p.value);
            }
        }
        if self.groups.is_empty() || !self.group_initials.may_start(key) {
            return None;
        }
        self.find_in_groups(key)
    }

    fn find_in_groups(&self, key: &[u8]) -> Option<&Value> {
        for block in &self.groups {
            let prefix = block.prefix.as_bytes();
            if let Some(suffix) = after_prefix(key, prefix) {
                if let Some(p) = block
                    .params
                    .iter()
                    .find(|p| same_name(p.suffix.as_bytes(), suffix))
                {
                    return Some(&p.value);
                }
            }
        }
        None
    }

    #[inline]
    fn has(&self, key: &str) -> bool {
        self.find(key.as_bytes()).is_some()
    }

    /// When the hit happened, if it is to be sent later (`qt` / `et` are then computed).
    pub fn occurred_at(&self) -> Option<SystemTime> {
        self.occurred_at
    }

    /// Sets when the hit happened; the sender computes `qt` (UA) or `et` (Metrica) from it.
    pub fn set_occurred_at(&mut self, at: SystemTime) {
        self.occurred_at = Some(at);
    }

    /// The cache buster `z`, sent last.
    pub fn cache_buster(&self) -> Option<&str> {
        self.cache_buster.as_deref()
    }

    /// Sets the cache buster `z` (always sent as the last parameter).
    pub fn set_cache_buster(&mut self, z: impl Into<Cow<'static, str>>) {
        self.cache_buster = Some(z.into());
    }

    /// The hit as a JSON object of parameter name to value (the CLI's input format).
    pub fn to_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        for e in self.entries() {
            map.insert(e.key().to_string(), e.value.to_json());
        }
        if let Some(z) = &self.cache_buster {
            map.insert("z".into(), serde_json::Value::String(z.to_string()));
        }
        serde_json::Value::Object(map)
    }

    /// The hit as one line of JSON, parameters in the order they are sent (`z` last): the
    /// CLI's input format, so that an unsent hit can be fed back unchanged.
    pub fn to_json_line(&self) -> String {
        let mut out = String::from("{");
        let mut push = |k: &str, v: serde_json::Value| {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&serde_json::Value::String(k.to_string()).to_string());
            out.push(':');
            out.push_str(&v.to_string());
        };
        for e in self.entries() {
            push(&e.key(), e.value.to_json());
        }
        if let Some(z) = &self.cache_buster {
            push("z", serde_json::Value::String(z.to_string()));
        }
        out.push('}');
        out
    }

    /// Builds a hit from parameter names and JSON values, in order, checking every name, type,
    /// index range, hit type and requirement against the dialect's generated table.
    ///
    /// Text accepts a string (or a number, written as is); integer a number or a string of
    /// digits; boolean `true`/`false`/`1`/`0`; currency and number a string (`"12.50"`) or a
    /// JSON number.
    pub fn from_pairs<'a, I>(spec: &'static DialectSpec, pairs: I) -> Result<Hit, HitError>
    where
        I: IntoIterator<Item = (&'a str, &'a serde_json::Value)>,
    {
        let dialect = spec.dialect;
        let pairs: Vec<(&str, &serde_json::Value)> = pairs.into_iter().collect();
        let t = pairs
            .iter()
            .find(|(k, _)| *k == "t")
            .ok_or_else(|| HitError::Missing {
                param: "t".into(),
                context: String::new(),
            })?;
        let t_text = match t.1 {
            serde_json::Value::String(s) => s.as_str(),
            other => {
                return Err(HitError::WrongType {
                    param: "t".into(),
                    expected: "text",
                    got: other.to_string(),
                })
            }
        };
        let hit_type = HitType::parse(t_text)
            .filter(|h| spec.hit_types.contains(*h))
            .ok_or_else(|| HitError::HitTypeNotAccepted {
                hit_type: t_text.to_string(),
                dialect: dialect.as_str(),
            })?;
        let mut b = HitBuilder::new(spec, hit_type);
        let mut z = None;
        for (key, json) in pairs {
            if key == "z" {
                z = Some(json_text(key, json)?);
                continue;
            }
            if let Some((_, fixed)) = spec.fixed.iter().find(|(k, _)| *k == key) {
                let given = json_text(key, json)?;
                if given != *fixed {
                    return Err(HitError::InvalidValue {
                        param: key.to_string(),
                        message: format!("must be `{fixed}`, got `{given}`"),
                    });
                }
                continue;
            }
            let (ps, indices) = spec.lookup(key).ok_or_else(|| HitError::UnknownParameter {
                param: key.to_string(),
                dialect: dialect.as_str(),
            })?;
            if let Some((index_name, value, min, max)) = ps.index_out_of_range(&indices) {
                return Err(HitError::IndexOutOfRange {
                    param: key.to_string(),
                    index_name,
                    value: u32::from(value),
                    min,
                    max,
                });
            }
            if !ps.hit_types.contains(hit_type) {
                return Err(HitError::NotForHitType {
                    param: key.to_string(),
                    hit_type,
                });
            }
            let value = json_value(key, ps, json)?;
            check_value(key, ps, &value)?;
            // A plain name is the table's own text; an indexed one is copied inline.
            let key = if ps.is_indexed() {
                ParamKey::new(key)
            } else {
                ParamKey::from_static(ps.pattern)
            };
            b.push_param(key, value, ps.max_bytes);
        }
        let mut hit = b.build()?;
        if let Some(z) = z {
            hit.cache_buster = Some(Cow::Owned(z));
        }
        Ok(hit)
    }
}

fn json_text(key: &str, json: &serde_json::Value) -> Result<String, HitError> {
    match json {
        serde_json::Value::String(s) => Ok(s.clone()),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        other => Err(HitError::WrongType {
            param: key.to_string(),
            expected: "text",
            got: other.to_string(),
        }),
    }
}

fn json_value(key: &str, ps: &ParamSpec, json: &serde_json::Value) -> Result<Value, HitError> {
    let wrong = || HitError::WrongType {
        param: key.to_string(),
        expected: ps.ty.name(),
        got: json.to_string(),
    };
    Ok(match ps.ty {
        ValueType::Text => Value::Text(Cow::Owned(json_text(key, json)?)),
        ValueType::Json => match json {
            serde_json::Value::String(s) => {
                serde_json::from_str::<serde_json::Value>(s).map_err(|_| wrong())?;
                Value::Text(Cow::Owned(s.clone()))
            }
            serde_json::Value::Object(_) | serde_json::Value::Array(_) => {
                Value::Text(Cow::Owned(json.to_string()))
            }
            _ => return Err(wrong()),
        },
        ValueType::Integer => match json {
            serde_json::Value::Number(n) => Value::Int(n.as_i64().ok_or_else(wrong)?),
            serde_json::Value::String(s) => Value::Int(s.parse().map_err(|_| wrong())?),
            _ => return Err(wrong()),
        },
        ValueType::Boolean => match json {
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) if n.as_u64() == Some(1) => Value::Bool(true),
            serde_json::Value::Number(n) if n.as_u64() == Some(0) => Value::Bool(false),
            serde_json::Value::String(s) if s == "1" => Value::Bool(true),
            serde_json::Value::String(s) if s == "0" => Value::Bool(false),
            _ => return Err(wrong()),
        },
        ValueType::Currency | ValueType::Number => match json {
            serde_json::Value::Number(n) => {
                Value::Decimal(n.to_string().parse::<Decimal>().map_err(|_| wrong())?)
            }
            serde_json::Value::String(s) => {
                Value::Decimal(s.parse::<Decimal>().map_err(|_| wrong())?)
            }
            _ => return Err(wrong()),
        },
    })
}

fn check_value(key: &str, ps: &ParamSpec, value: &Value) -> Result<(), HitError> {
    if let (Some(min), Value::Int(v)) = (ps.min, value) {
        if *v < min {
            return Err(HitError::InvalidValue {
                param: key.to_string(),
                message: format!("{v} is below the minimum {min}"),
            });
        }
    }
    if let (Some(format), Value::Text(t)) = (ps.format, value) {
        format.check(t).map_err(|message| HitError::InvalidValue {
            param: key.to_string(),
            message,
        })?;
    }
    if !ps.allowed.is_empty() {
        if let Value::Text(t) = value {
            if !ps.allowed.contains(&t.as_ref()) {
                return Err(HitError::InvalidValue {
                    param: key.to_string(),
                    message: format!("`{t}` is not one of {}", ps.allowed.join(", ")),
                });
            }
        }
    }
    Ok(())
}

/// The common part of every generated hit builder: parameters in order plus deferred errors
/// (an index out of range is reported by `build()`).
#[derive(Debug, Clone)]
pub struct HitBuilder {
    /// On the heap: every generated setter takes the builder and gives it back, so the
    /// builder itself is kept to two pointers.
    hit: Box<Hit>,
    /// Deferred errors and the collections' next indices, which most builders never need:
    /// kept apart so that the builder moved from setter to setter stays small.
    extra: Option<Box<BuilderExtra>>,
}

#[derive(Debug, Clone, Default)]
struct BuilderExtra {
    errors: Vec<HitError>,
    counts: GroupCounts,
}

/// Collection entries a hit has room for when it gets its first.
const GROUPS_CAPACITY: usize = 16;

/// Parameters a builder has room for before it grows: a pageview with a few optional
/// parameters fits.
const BUILDER_CAPACITY: usize = 16;

impl HitBuilder {
    /// An empty builder; the dialect's fixed parameters (`v=1`) and `t` are added first.
    pub fn new(spec: &'static DialectSpec, hit_type: HitType) -> HitBuilder {
        let mut params = Vec::with_capacity(BUILDER_CAPACITY.max(spec.fixed.len() + 8));
        let mut filter = KeyFilter::default();
        for (k, v) in spec.fixed {
            filter.insert(k.as_bytes());
            params.push(Param {
                key: ParamKey::from_static(k),
                value: Value::Text(Cow::Borrowed(v)),
                max_bytes: None,
            });
        }
        HitBuilder {
            hit: Box::new(Hit {
                spec,
                hit_type,
                params,
                groups: Vec::new(),
                flat: OnceLock::new(),
                cache_buster: None,
                occurred_at: None,
                filter,
                group_initials: Initials::default(),
            }),
            extra: None,
        }
    }

    fn extra(&mut self) -> &mut BuilderExtra {
        self.extra.get_or_insert_with(Box::default)
    }

    /// Adds `t` (the generated constructors call this after the identity parameters).
    pub fn hit_type_param(&mut self) {
        let t = self.hit.hit_type.as_str();
        self.set("t", Value::Text(Cow::Borrowed(t)), None);
    }

    /// Sets a parameter, replacing an earlier value of the same name in place.
    #[inline(always)]
    pub fn set(&mut self, key: &'static str, value: Value, max_bytes: Option<u32>) {
        // Inlined into each generated setter, so that the value is written once, straight into
        // its place.
        if self.hit.filter.may_contain(key.as_bytes())
            || (!self.hit.groups.is_empty() && self.hit.group_initials.may_start(key.as_bytes()))
        {
            self.replace_or_append(ParamKey::from_static(key), value, max_bytes);
        } else {
            self.append(ParamKey::from_static(key), value, max_bytes);
        }
    }

    /// Sets a text parameter that must have `format`; a value of another form makes
    /// [`build`](Self::build) fail, naming the parameter.
    pub fn set_formatted(
        &mut self,
        key: &'static str,
        value: Value,
        max_bytes: Option<u32>,
        format: TextFormat,
    ) {
        if let Value::Text(text) = &value {
            if let Err(message) = format.check(text) {
                self.error(HitError::InvalidValue {
                    param: key.to_string(),
                    message,
                });
            }
        }
        self.set(key, value, max_bytes);
    }

    /// Replaces the value of the parameter named `key`, or appends it (kept out of line: the
    /// usual new name is appended by the inlined caller without a call in between, so that the
    /// value goes straight into its place).
    #[cold]
    #[inline(never)]
    fn replace_or_append(&mut self, key: ParamKey, value: Value, max_bytes: Option<u32>) {
        match self.find_slot(key.as_bytes()) {
            Some(slot) => *slot = value,
            None => self.append(key, value, max_bytes),
        }
    }

    fn find_slot(&mut self, key: &[u8]) -> Option<&mut Value> {
        if self.hit.filter.may_contain(key) {
            if let Some(p) = self
                .hit
                .params
                .iter_mut()
                .find(|p| same_name(p.key.as_bytes(), key))
            {
                return Some(&mut p.value);
            }
        }
        // A name set by hand that is also a collection entry's.
        if !self.hit.group_initials.may_start(key) {
            return None;
        }
        for block in &mut self.hit.groups {
            if let Some(suffix) = after_prefix(key, block.prefix.as_bytes()) {
                if let Some(p) = block
                    .params
                    .iter_mut()
                    .find(|p| same_name(p.suffix.as_bytes(), suffix))
                {
                    return Some(&mut p.value);
                }
            }
        }
        None
    }

    /// Appends a parameter the hit does not have yet.
    #[inline(always)]
    fn append(&mut self, key: ParamKey, value: Value, max_bytes: Option<u32>) {
        self.hit.filter.insert(key.as_bytes());
        // A placeholder first, then the fields: see `Group::append`.
        self.hit.params.push(Param::PLACEHOLDER);
        if let Some(p) = self.hit.params.last_mut() {
            // The placeholder holds nothing to drop: swapped out and forgotten, without the
            // drop code an assignment would bring.
            std::mem::forget(std::mem::replace(&mut p.key, key));
            std::mem::forget(std::mem::replace(&mut p.value, value));
            p.max_bytes = max_bytes;
        }
    }

    fn push_param(&mut self, key: ParamKey, value: Value, max_bytes: Option<u32>) {
        self.replace_or_append(key, value, max_bytes);
    }

    /// Sets an indexed parameter (`cd<dimension>` with `[5]` gives `cd5`), checking the range.
    pub fn set_indexed(&mut self, spec: &'static ParamSpec, indices: &[u32], value: Value) {
        match format_key(spec, indices) {
            Ok(key) => self.push_param(key, value, spec.max_bytes),
            Err(e) => self.error(e),
        }
    }

    /// Records an error to be returned by [`build`](Self::build).
    pub fn error(&mut self, e: HitError) {
        self.extra().errors.push(e);
    }

    /// Appends a collection entry (a product, a promotion, an impression list) under the next
    /// free index of `group`, with its nested entries.
    pub fn push_group(&mut self, group: &'static GroupSpec, entry: Group) {
        let n = self.extra().counts.next(group.prefix);
        if n > group.max {
            self.error(HitError::IndexOutOfRange {
                param: format!("{}{}", group.prefix, n),
                index_name: group.index_name,
                value: u32::from(n),
                min: 1,
                max: group.max,
            });
            return;
        }
        let (params, children, errors) = entry.into_parts();
        if !errors.is_empty() {
            self.extra().errors.extend(errors);
        }
        // The entry is kept whole under its prefix (`pr3`): its parameters are not copied.
        let at = self.hit.params.len();
        let n = u32::from(n);
        if !params.is_empty() {
            if self.hit.groups.capacity() == 0 {
                // Room for a typical basket at once rather than growing 4, 8, 16.
                self.hit.groups.reserve(GROUPS_CAPACITY);
            }
            self.push_block(at, &[Piece::Text(group.prefix), Piece::Index(n)], params);
        }
        let Some(child) = group.child else {
            return;
        };
        if children.is_empty() {
            return;
        }
        if children.len() > usize::from(child.max) {
            self.error(HitError::IndexOutOfRange {
                param: format!("{}{}{}{}", group.prefix, n, child.prefix, children.len()),
                index_name: child.index_name,
                value: u32::try_from(children.len()).unwrap_or(u32::MAX),
                min: 1,
                max: child.max,
            });
            return;
        }
        for (m, c) in children.into_iter().enumerate() {
            // Entries nested one level: their own children are not sent (as before).
            let (c_params, _, c_errors) = c.into_parts();
            if !c_errors.is_empty() {
                self.extra().errors.extend(c_errors);
            }
            if c_params.is_empty() {
                continue;
            }
            let m = u32::try_from(m + 1).unwrap_or(u32::MAX);
            self.push_block(
                at,
                &[
                    Piece::Text(group.prefix),
                    Piece::Index(n),
                    Piece::Text(child.prefix),
                    Piece::Index(m),
                ],
                c_params,
            );
        }
    }

    /// Appends a collection entry's parameters under the prefix made of `prefix`, written in
    /// place (see `append`).
    fn push_block(&mut self, at: usize, prefix: &[Piece<'_>], params: Vec<GroupParam>) {
        self.hit.groups.push(GroupBlock::PLACEHOLDER);
        if let Some(block) = self.hit.groups.last_mut() {
            block.at = at;
            block.prefix.compose(prefix);
            self.hit.group_initials.insert(block.prefix.as_bytes());
            std::mem::forget(std::mem::replace(&mut block.params, params));
        }
    }

    /// Sets the cache buster `z`.
    pub fn cache_buster(&mut self, z: Cow<'static, str>) {
        self.hit.cache_buster = Some(z);
    }

    /// Sets when the hit happened.
    pub fn occurred_at(&mut self, at: SystemTime) {
        self.hit.occurred_at = Some(at);
    }

    /// The hit, or the first error: deferred errors, then the dialect's requirements.
    pub fn build(self) -> Result<Hit, HitError> {
        if let Some(e) = self.extra.and_then(|x| x.errors.into_iter().next()) {
            return Err(e);
        }
        validate(self.hit.spec, &self.hit)?;
        Ok(*self.hit)
    }
}

/// What follows `prefix` in `key`, if `key` starts with it: the first byte is compared first
/// (names looked up in the collection entries seldom start like them).
#[inline]
fn after_prefix<'k>(key: &'k [u8], prefix: &[u8]) -> Option<&'k [u8]> {
    match (key.first(), prefix.first()) {
        (Some(a), Some(b)) if a != b => None,
        _ => key.strip_prefix(prefix),
    }
}

/// The next index of each collection of a hit, by prefix: a few kept inline (the builder keeps
/// them in its boxed extra state, allocated once).
#[derive(Debug, Clone, Default)]
struct GroupCounts {
    inline: [(&'static str, u16); 4],
    len: usize,
    more: Vec<(&'static str, u16)>,
}

impl GroupCounts {
    /// Counts one more entry of the collection `prefix`, giving its index (from 1).
    fn next(&mut self, prefix: &'static str) -> u16 {
        let slot = self.inline[..self.len]
            .iter_mut()
            .chain(self.more.iter_mut())
            .find(|(k, _)| *k == prefix);
        if let Some((_, c)) = slot {
            *c = c.saturating_add(1);
            return *c;
        }
        if let Some(free) = self.inline.get_mut(self.len) {
            *free = (prefix, 1);
            self.len += 1;
        } else {
            self.more.push((prefix, 1));
        }
        1
    }
}

fn format_key(spec: &ParamSpec, indices: &[u32]) -> Result<ParamKey, HitError> {
    let mut key = KeyBuf::new();
    let mut values = indices.iter();
    let mut bad = None;
    for part in spec.parts {
        match *part {
            KeyPart::Lit(l) => key.push_str(l),
            KeyPart::Index { name, min, max } => {
                let v = values.next().copied().unwrap_or(0);
                if (v < u32::from(min) || v > u32::from(max)) && bad.is_none() {
                    bad = Some((name, v, min, max));
                }
                key.push_u32(v);
            }
        }
    }
    match bad {
        Some((index_name, value, min, max)) => Err(HitError::IndexOutOfRange {
            param: String::from_utf8_lossy(key.as_bytes()).into_owned(),
            index_name,
            value,
            min,
            max,
        }),
        None => Ok(key.finish()),
    }
}

/// Where a collection's entries go: `pr<product>`, `il<list>` with nested `pi<product>`, ...
#[derive(Debug)]
pub struct GroupSpec {
    /// Literal prefix (`pr`).
    pub prefix: &'static str,
    /// Index placeholder name (`product`).
    pub index_name: &'static str,
    /// Largest index.
    pub max: u16,
    /// Nested collection (`pi<product>` inside `il<list>`).
    pub child: Option<&'static GroupSpec>,
}

/// One parameter of a collection entry: its suffix (`nm`, `cd3`), value and byte limit.
#[derive(Debug, Clone)]
pub(crate) struct GroupParam {
    pub(crate) suffix: ParamKey,
    pub(crate) value: Value,
    pub(crate) max_bytes: Option<u32>,
}

impl GroupParam {
    /// What [`Group::append`] writes before the fields.
    const PLACEHOLDER: GroupParam = GroupParam {
        suffix: ParamKey::from_static(""),
        value: Value::Int(0),
        max_bytes: None,
    };
}

/// One collection entry under construction: suffixed parameters (`id`, `cd3`), nested entries
/// and deferred errors. Wrapped by the generated `Product`, `Promotion`, ... types.
#[derive(Debug, Clone, Default)]
pub struct Group {
    /// Behind one pointer: every generated setter takes the entry and gives it back, and a
    /// pointer is handed over in a register, where a larger value is copied through the stack
    /// in pieces that the processor waits for when it reads them back whole.
    data: Box<GroupData>,
}

#[derive(Debug, Clone, Default)]
struct GroupData {
    params: Vec<GroupParam>,
    filter: KeyFilter,
    /// Nested entries (empty lists allocate nothing).
    children: Vec<Group>,
    /// Deferred errors.
    errors: Vec<HitError>,
}

impl Group {
    /// The parameters, the nested entries and the deferred errors.
    fn into_parts(self) -> (Vec<GroupParam>, Vec<Group>, Vec<HitError>) {
        let GroupData {
            params,
            children,
            errors,
            ..
        } = *self.data;
        (params, children, errors)
    }
}

impl Group {
    /// An empty entry with room for `n` parameters (the generated `new()` passes the number of
    /// parameters its collection has, so that filling it allocates once).
    pub fn with_capacity(n: usize) -> Group {
        Group {
            data: Box::new(GroupData {
                params: Vec::with_capacity(n),
                ..GroupData::default()
            }),
        }
    }

    /// Sets a suffixed parameter (`nm`), replacing an earlier value.
    #[inline(always)]
    pub fn set(&mut self, suffix: &'static str, value: Value, max_bytes: Option<u32>) {
        if self.data.filter.may_contain(suffix.as_bytes()) {
            self.replace_or_append(ParamKey::from_static(suffix), value, max_bytes);
        } else {
            self.append(ParamKey::from_static(suffix), value, max_bytes);
        }
    }

    /// Sets an indexed suffix (`cd` + 3), checking `1..=max`.
    pub fn set_indexed(
        &mut self,
        lit: &'static str,
        index_name: &'static str,
        max: u16,
        index: u32,
        value: Value,
        max_bytes: Option<u32>,
    ) {
        if index < 1 || index > u32::from(max) {
            self.data.errors.push(HitError::IndexOutOfRange {
                param: format!("{lit}{index}"),
                index_name,
                value: index,
                min: 1,
                max,
            });
            return;
        }
        let pieces = [Piece::Text(lit), Piece::Index(index)];
        if self.data.filter.may_contain_pieces(lit, index) {
            let mut key = ParamKey::from_static("");
            key.compose(&pieces);
            self.replace_or_append(key, value, max_bytes);
            return;
        }
        // Written in place: see `HitBuilder::append`.
        self.data.params.push(GroupParam::PLACEHOLDER);
        if let Some(p) = self.data.params.last_mut() {
            p.suffix.compose(&pieces);
            self.data.filter.insert(p.suffix.as_bytes());
            std::mem::forget(std::mem::replace(&mut p.value, value));
            p.max_bytes = max_bytes;
        }
    }

    /// Replaces the value of the parameter with this suffix, or appends it.
    #[cold]
    #[inline(never)]
    fn replace_or_append(&mut self, suffix: ParamKey, value: Value, max_bytes: Option<u32>) {
        match self.find_slot(suffix.as_bytes()) {
            Some(slot) => *slot = value,
            None => self.append(suffix, value, max_bytes),
        }
    }

    fn find_slot(&mut self, suffix: &[u8]) -> Option<&mut Value> {
        if !self.data.filter.may_contain(suffix) {
            return None;
        }
        self.data
            .params
            .iter_mut()
            .find(|p| same_name(p.suffix.as_bytes(), suffix))
            .map(|p| &mut p.value)
    }

    #[inline(always)]
    fn append(&mut self, suffix: ParamKey, value: Value, max_bytes: Option<u32>) {
        self.data.filter.insert(suffix.as_bytes());
        // A placeholder first, then the fields: written in place (a whole element built
        // beforehand goes through a copy on the stack that stalls the processor).
        self.data.params.push(GroupParam::PLACEHOLDER);
        if let Some(p) = self.data.params.last_mut() {
            // See `HitBuilder::append`.
            std::mem::forget(std::mem::replace(&mut p.suffix, suffix));
            std::mem::forget(std::mem::replace(&mut p.value, value));
            p.max_bytes = max_bytes;
        }
    }

    /// Appends a nested entry.
    pub fn push_child(&mut self, child: Group) {
        self.data.children.push(child);
    }
}

fn alternatives_text(any_of: &[&[&str]]) -> String {
    any_of
        .iter()
        .map(|alt| {
            alt.iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

/// What a requirement that is not met reports as missing: `None` when it is met.
fn unmet(hit: &Hit, any_of: &[&[&str]]) -> Option<String> {
    if any_of.iter().any(|alt| alt.iter().all(|k| hit.has(k))) {
        return None;
    }
    Some(if any_of.len() == 1 && any_of[0].len() > 1 {
        any_of[0]
            .iter()
            .find(|k| !hit.has(k))
            .map(|k| k.to_string())
            .unwrap_or_default()
    } else {
        let t = alternatives_text(any_of);
        t.trim_matches('`').to_string()
    })
}

/// Checks a hit against its dialect's requirements (dialect-wide, per hit type, conditional,
/// ecommerce).
pub fn validate(spec: &DialectSpec, hit: &Hit) -> Result<(), HitError> {
    // The messages are written only for a hit that fails.
    for r in spec.required {
        if let Some(param) = unmet(hit, r.any_of) {
            return Err(HitError::Missing {
                param,
                context: format!(" by every {} hit", spec.dialect.as_str()),
            });
        }
    }
    if let Some(rule) = spec.hit_rule(hit.hit_type) {
        for r in rule.required {
            if let Some(param) = unmet(hit, r.any_of) {
                return Err(HitError::Missing {
                    param,
                    context: format!(" for {} hits", hit.hit_type),
                });
            }
        }
    }
    for c in spec.conditionals {
        if let Some(trigger) = c.if_any.iter().find(|k| hit.has(k)) {
            if !hit.has(c.require) {
                return Err(HitError::Missing {
                    param: c.require.to_string(),
                    context: format!(" when `{trigger}` is sent"),
                });
            }
        }
    }
    if let Some(e) = &spec.ecommerce {
        if e.hit_type == hit.hit_type {
            if let Some(Value::Text(pa)) = hit.get("pa") {
                if !e.product_actions.contains(&pa.as_ref()) {
                    return Err(HitError::InvalidValue {
                        param: "pa".into(),
                        message: format!(
                            "`{pa}` is not one of {} in the {} dialect",
                            e.product_actions.join(", "),
                            spec.dialect.as_str()
                        ),
                    });
                }
                if e.requires_product && !hit.entries().any(|p| p.key().starts_with("pr1")) {
                    return Err(HitError::Missing {
                        param: "pr1id".into(),
                        context: format!(" (at least one product) with `pa={pa}`"),
                    });
                }
                for (action, needs) in e.action_requires {
                    if *action == pa.as_ref() {
                        for k in *needs {
                            if !hit.has(k) {
                                return Err(HitError::Missing {
                                    param: k.to_string(),
                                    context: format!(" with `pa={pa}`"),
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::encode::EncodeOptions;
    use super::super::spec::{Endpoints, HitTypeSet, Requirement, TransportLimits};
    use super::*;

    const TEXT: ParamSpec = ParamSpec {
        pattern: "",
        parts: &[],
        title: "",
        ty: ValueType::Text,
        max_bytes: Some(500),
        hit_types: HitTypeSet(u16::MAX),
        min: None,
        allowed: &[],
        format: None,
    };
    const PRODUCT: KeyPart = KeyPart::Index {
        name: "product",
        min: 1,
        max: 200,
    };

    static SPEC: DialectSpec = DialectSpec {
        dialect: Dialect::Ua,
        endpoints: Endpoints {
            base_url: "",
            collect: "",
            batch: "",
            debug: "",
        },
        limits: TransportLimits {
            get_url_max_bytes: 8000,
            post_body_max_bytes: 8192,
            batch_max_hits: 20,
            batch_max_bytes: 16384,
            batch_hit_max_bytes: 8192,
            queue_time_max_ms: 0,
            event_time_max_age_s: 0,
        },
        hit_types: HitTypeSet(u16::MAX),
        fixed: &[("v", "1")],
        required: &[Requirement {
            any_of: &[&["tid"]],
        }],
        hit_rules: &[],
        conditionals: &[],
        ecommerce: None,
        params: &[
            ParamSpec {
                pattern: "tid",
                parts: &[KeyPart::Lit("tid")],
                max_bytes: None,
                ..TEXT
            },
            ParamSpec {
                pattern: "t",
                parts: &[KeyPart::Lit("t")],
                max_bytes: None,
                ..TEXT
            },
            ParamSpec {
                pattern: "pa",
                parts: &[KeyPart::Lit("pa")],
                max_bytes: None,
                ..TEXT
            },
            ParamSpec {
                pattern: "pr<product>id",
                parts: &[KeyPart::Lit("pr"), PRODUCT, KeyPart::Lit("id")],
                ..TEXT
            },
            ParamSpec {
                pattern: "pr<product>nm",
                parts: &[KeyPart::Lit("pr"), PRODUCT, KeyPart::Lit("nm")],
                ..TEXT
            },
            ParamSpec {
                pattern: "pr<product>cd<dimension>",
                parts: &[
                    KeyPart::Lit("pr"),
                    PRODUCT,
                    KeyPart::Lit("cd"),
                    KeyPart::Index {
                        name: "dimension",
                        min: 1,
                        max: 200,
                    },
                ],
                ..TEXT
            },
        ],
    };

    /// A collection of entries `<prefix><n>` without nested ones.
    const fn entries(prefix: &'static str, index_name: &'static str, max: u16) -> GroupSpec {
        GroupSpec {
            prefix,
            index_name,
            max,
            child: None,
        }
    }

    static PR: GroupSpec = entries("pr", "product", 200);

    fn text(t: &'static str) -> Value {
        Value::Text(Cow::Borrowed(t))
    }

    fn product(id: &'static str, name: &'static str) -> Group {
        let mut g = Group::with_capacity(3);
        g.set("id", text(id), Some(500));
        g.set("nm", text(name), Some(500));
        g
    }

    /// Collection entries are kept per entry: every view of the hit still sees the
    /// parameters in the order they are sent, under their whole names.
    #[test]
    fn collection_entries_read_as_whole_parameters() {
        let mut b = HitBuilder::new(&SPEC, HitType::Event);
        b.set("tid", text("UA-1-1"), None);
        b.hit_type_param();
        b.push_group(&PR, product("a", "b c"));
        let mut second = product("d", "e");
        second.set_indexed("cd", "dimension", 200, 12, text("x"), Some(500));
        second.set("id", text("D"), Some(500));
        b.push_group(&PR, second);
        b.push_group(&PR, Group::default());
        b.set("pa", text("purchase"), None);
        b.set("pr1nm", text("B"), None);
        let hit = b.build().unwrap();

        let payload =
            "v=1&tid=UA-1-1&t=event&pr1id=a&pr1nm=B&pr2id=D&pr2nm=e&pr2cd12=x&pa=purchase";
        assert_eq!(
            hit.encode(&EncodeOptions::default()).unwrap().payload,
            payload
        );
        let keys: Vec<&str> = hit.params().iter().map(|p| p.key.as_str()).collect();
        assert_eq!(
            keys,
            ["v", "tid", "t", "pr1id", "pr1nm", "pr2id", "pr2nm", "pr2cd12", "pa"]
        );
        assert_eq!(hit.params()[4].max_bytes, Some(500));
        assert_eq!(hit.get("pr2cd12"), Some(&text("x")));
        assert_eq!(hit.get("pr3id"), None);
        assert_eq!(hit.get("pa"), Some(&text("purchase")));

        let line = hit.to_json_line();
        assert!(
            line.starts_with(r#"{"v":"1","tid":"UA-1-1","t":"event","pr1id":"a""#),
            "{line}"
        );

        // The same hit made from its pairs (no entries: plain indexed names) is equal to it.
        let values: Vec<(String, serde_json::Value)> = hit
            .params()
            .iter()
            .map(|p| (p.key.to_string(), p.value.to_json()))
            .collect();
        let again = Hit::from_pairs(&SPEC, values.iter().map(|(k, v)| (k.as_str(), v))).unwrap();
        assert!(again.groups.is_empty());
        assert_eq!(again, hit);
        assert_eq!(
            again.encode(&EncodeOptions::default()).unwrap().payload,
            payload
        );
        assert_eq!(again.to_json_line(), line);
    }

    #[test]
    fn entry_errors_name_the_whole_parameter() {
        let mut b = HitBuilder::new(&SPEC, HitType::Event);
        b.set("tid", text("UA-1-1"), None);
        let mut g = product("a", "b");
        g.set_indexed("cd", "dimension", 200, 201, text("x"), None);
        b.push_group(&PR, g);
        let e = b.build().unwrap_err();
        assert_eq!(e.param(), "cd201");

        let mut b = HitBuilder::new(&SPEC, HitType::Event);
        b.set("tid", text("UA-1-1"), None);
        let mut g = Group::default();
        g.set("nm", Value::Text(Cow::Owned("n".repeat(501))), Some(500));
        b.push_group(&PR, g);
        let hit = b.build().unwrap();
        let e = hit.encode(&EncodeOptions::default()).unwrap_err();
        assert_eq!(e.param(), "pr1nm");
    }

    /// The entries' parameters are encoded by a path of their own: whatever the values (short,
    /// long, over the limit, escaped, multibyte) and the options, a hit with entries encodes
    /// exactly as the same hit made of plain names, and reports the same cuts and errors.
    #[test]
    fn entries_encode_as_the_same_plain_parameters() {
        use super::super::encode::{decode_payload, LengthMode, SpaceStyle};
        let long = "long value ".repeat(10); // 110 bytes: past the short-text path
        let over = "é".repeat(260); // 520 bytes: over the limit of 500, cut between characters
        let values: [&str; 10] = [
            "",
            "a",
            "SKU-0001",
            "Product name 1",
            "Apparel/Shoes",
            "日本語のテキスト",
            "~-._ +&=%",
            &long,
            &over,
            "size 42",
        ];
        for mode in [LengthMode::Strict, LengthMode::Lenient] {
            for space in [SpaceStyle::Percent20, SpaceStyle::Plus] {
                let opts = EncodeOptions {
                    mode,
                    space,
                    now: None,
                };
                for (i, id) in values.iter().enumerate() {
                    let name = values[(i + 3) % values.len()];
                    let dim = values[(i + 7) % values.len()];
                    let mut b = HitBuilder::new(&SPEC, HitType::Event);
                    b.set("tid", text("UA-1-1"), None);
                    b.hit_type_param();
                    let mut g = Group::with_capacity(3);
                    g.set("id", Value::Text(Cow::Owned(id.to_string())), Some(500));
                    g.set("nm", Value::Text(Cow::Owned(name.to_string())), Some(500));
                    g.set_indexed(
                        "cd",
                        "dimension",
                        200,
                        12,
                        Value::Text(Cow::Owned(dim.to_string())),
                        Some(500),
                    );
                    b.push_group(&PR, g);
                    b.push_group(&PR, product("second", "entry"));
                    let grouped = b.build().unwrap();
                    let pairs: Vec<(String, serde_json::Value)> = grouped
                        .params()
                        .iter()
                        .map(|p| (p.key.to_string(), p.value.to_json()))
                        .collect();
                    let plain =
                        Hit::from_pairs(&SPEC, pairs.iter().map(|(k, v)| (k.as_str(), v))).unwrap();
                    assert!(plain.groups.is_empty());
                    let (a, b) = (grouped.encode(&opts), plain.encode(&opts));
                    assert_eq!(a, b, "{mode:?} {space:?} {id:?} {name:?} {dim:?}");
                    let over_limit = [id, &name, &dim].iter().any(|v| v.len() > 500);
                    match a {
                        Ok(encoded) => {
                            assert!(mode == LengthMode::Lenient || !over_limit);
                            assert_eq!(encoded.truncations.is_empty(), !over_limit);
                            let decoded = decode_payload(&encoded.payload).unwrap();
                            let got = |k: &str| {
                                decoded
                                    .iter()
                                    .find(|(key, _)| key == k)
                                    .map(|(_, v)| v.clone())
                            };
                            for (key, sent) in [("pr1id", id), ("pr1nm", &name), ("pr1cd12", &dim)]
                            {
                                let got = got(key).unwrap();
                                if sent.len() > 500 {
                                    assert!(got.len() <= 500 && sent.starts_with(&got), "{key}");
                                } else {
                                    assert_eq!(&got, sent, "{key}");
                                }
                            }
                            assert_eq!(got("pr2nm").as_deref(), Some("entry"));
                        }
                        Err(e) => {
                            assert!(mode == LengthMode::Strict && over_limit, "{e}");
                            assert!(e.param().starts_with("pr1"), "{e}");
                        }
                    }
                }
            }
        }
    }

    /// Entries whose names do not fit the encoder's words (a prefix of more than 15 bytes, a
    /// suffix of more than 16) and a hit whose first parameter is an entry's are encoded too.
    #[test]
    fn entry_prefixes_at_the_edge_of_one_word() {
        // `&` and a prefix of 15 bytes fill the encoder's sixteen-byte lead word; one of 16
        // does not fit and takes the general path. Both write the same as plain names.
        static FIFTEEN: GroupSpec = entries("abcdefghijklmn", "n", 9);
        static SIXTEEN: GroupSpec = entries("abcdefghijklmno", "n", 9);
        let mut b = HitBuilder::new(&SPEC, HitType::Event);
        b.set("tid", text("UA-1-1"), None);
        for spec in [&FIFTEEN, &SIXTEEN] {
            let mut g = Group::default();
            g.set("id", text("a b"), None);
            g.set("nm", Value::Int(3), None);
            b.push_group(spec, g);
        }
        let hit = b.build().unwrap();
        assert_eq!(
            hit.encode(&EncodeOptions::default()).unwrap().payload,
            "v=1&tid=UA-1-1&abcdefghijklmn1id=a%20b&abcdefghijklmn1nm=3\
             &abcdefghijklmno1id=a%20b&abcdefghijklmno1nm=3"
        );
    }

    #[test]
    fn entries_with_long_names_and_a_hit_starting_with_an_entry() {
        static NO_FIXED: DialectSpec = DialectSpec {
            fixed: &[],
            required: &[],
            ..SPEC
        };
        static LONG: GroupSpec = entries("averyveryverylongprefix", "n", 5);
        let mut b = HitBuilder::new(&NO_FIXED, HitType::Event);
        let mut g = Group::default();
        g.set("id", text("a b"), None);
        g.set("a_suffix_of_twenty_b", text("x/y"), None);
        b.push_group(&PR, g);
        let mut g = Group::default();
        g.set("nm", text("z"), None);
        g.set("another_long_suffix", Value::Int(-7), None);
        b.push_group(&LONG, g);
        b.set("tid", text("UA-1-1"), None);
        let hit = b.build().unwrap();
        assert_eq!(
            hit.encode(&EncodeOptions::default()).unwrap().payload,
            "pr1id=a%20b&pr1a_suffix_of_twenty_b=x%2Fy&averyveryverylongprefix1nm=z\
             &averyveryverylongprefix1another_long_suffix=-7&tid=UA-1-1"
        );
        // A name looked up in a hit with entries: found in the entry its prefix names, and
        // names that start like no entry's are not looked for there.
        assert_eq!(hit.get("pr1id"), Some(&text("a b")));
        assert_eq!(hit.get("averyveryverylongprefix1nm"), Some(&text("z")));
        assert_eq!(hit.get("tid"), Some(&text("UA-1-1")));
        assert_eq!(hit.get("nm"), None);
        // A name set after the entries replaces an entry's value in place.
        let mut b = HitBuilder::new(&SPEC, HitType::Event);
        b.push_group(&PR, product("a", "b"));
        b.set("pr1nm", text("B"), None);
        b.set("tid", text("UA-1-1"), None);
        let hit = b.build().unwrap();
        assert_eq!(
            hit.encode(&EncodeOptions::default()).unwrap().payload,
            "v=1&pr1id=a&pr1nm=B&tid=UA-1-1"
        );
    }
}
