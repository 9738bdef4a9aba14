//! The builder every generated hit builder wraps: parameters in order, collection entries,
//! deferred errors.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::time::SystemTime;

use super::entries::{after_prefix, GroupBlock, Hit, Initials, Param};
use super::error::HitError;
use super::group::{Group, GroupParam, GroupSpec};
use super::validate::validate;
use crate::measurement::key::{same_name, KeyBuf, KeyFilter, ParamKey, Piece};
use crate::measurement::spec::{DialectSpec, HitType, KeyPart, ParamSpec, TextFormat};
use crate::measurement::value::Value;

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

    pub(super) fn push_param(&mut self, key: ParamKey, value: Value, max_bytes: Option<u32>) {
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
