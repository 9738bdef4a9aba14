//! The hit and its entries: the parameters set by name, the collection entries kept whole
//! under their prefixes, and the views that read them as one list in the order they are sent.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::time::SystemTime;

use super::group::GroupParam;
use crate::measurement::key::{same_name, KeyBuf, KeyFilter, ParamKey};
use crate::measurement::spec::{Dialect, DialectSpec, HitType};
use crate::measurement::value::Value;

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
    pub(super) const PLACEHOLDER: Param = Param {
        key: ParamKey::from_static(""),
        value: Value::Int(0),
        max_bytes: None,
    };
}

/// A complete, validated hit of one dialect. Encode it with [`Hit::encode`](crate::measurement::encode).
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
    pub(super) flat: OnceLock<Vec<Param>>,
    pub(crate) cache_buster: Option<Cow<'static, str>>,
    pub(crate) occurred_at: Option<SystemTime>,
    /// Which names `params` may hold: kept by every push, so that looking up a name the hit
    /// does not have (most requirement checks) takes no scan.
    pub(crate) filter: KeyFilter,
    /// The first bytes of the prefixes of `groups`: a name that starts with none of them is
    /// not looked for in the collection entries (the requirement checks look up `ec`, `av`,
    /// ... in a hit of ten products).
    pub(super) group_initials: Initials,
}

/// A set of first bytes (each byte's low seven bits: a byte not in the set is surely not
/// there, one in it may be).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Initials(u128);

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
    pub(super) fn insert(&mut self, name: &[u8]) {
        self.0 |= Initials::bit(name);
    }

    /// `false` when no name inserted can be a prefix of `key`.
    #[inline]
    pub(super) fn may_start(self, key: &[u8]) -> bool {
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
    pub(super) const PLACEHOLDER: GroupBlock = GroupBlock {
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
    pub(super) fn has(&self, key: &str) -> bool {
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
}

/// What follows `prefix` in `key`, if `key` starts with it: the first byte is compared first
/// (names looked up in the collection entries seldom start like them).
#[inline]
pub(super) fn after_prefix<'k>(key: &'k [u8], prefix: &[u8]) -> Option<&'k [u8]> {
    match (key.first(), prefix.first()) {
        (Some(a), Some(b)) if a != b => None,
        _ => key.strip_prefix(prefix),
    }
}
