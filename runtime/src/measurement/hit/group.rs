//! Collection entries (products, promotions, impression lists) under construction.

use super::error::HitError;
use crate::measurement::key::{same_name, KeyFilter, ParamKey, Piece};
use crate::measurement::value::Value;

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
    pub(super) const PLACEHOLDER: GroupParam = GroupParam {
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
    pub(super) fn into_parts(self) -> (Vec<GroupParam>, Vec<Group>, Vec<HitError>) {
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
