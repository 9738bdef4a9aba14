//! The doc comments of the Direct types: the schema's description where it has one, and where
//! it has none what is known, in sentences a user reads: whether a field must be sent, whether
//! `null` is a value of its own, caps on its items, the key it is sent under; for a type, the
//! methods that send or return it and the fields, lists and structs that use it.

use std::collections::BTreeMap;

use super::{find_struct, shape, Shape};
use crate::model::direct::{
    ApiModel, FieldModel, ItemsModel, ModuleModel, StructModel, TypeModel, TypeRef,
};

/// A field's doc: the schema's description when it has one; otherwise what the schema says of
/// it, as sentences: whether it must be sent, whether `null` is a value of its own, the caps on
/// its items, and the key it is sent under when that is not its Rust name.
pub(super) fn field_doc(field: &FieldModel, limits: &[(String, u32)]) -> String {
    if let Some(doc) = &field.doc {
        return doc.clone();
    }
    let mut doc = match shape(field) {
        Shape::Required => "Required.",
        Shape::Optional => "Optional.",
        Shape::Nullable => "Optional; may also be `null`, which is not the same as leaving it out.",
        Shape::RequiredNullable => "Required; may be `null`.",
    }
    .to_owned();
    for (method, max_items) in limits {
        doc.push_str(&format!(
            " At most {max_items} items per call of `{method}`."
        ));
    }
    if field.rust != field.wire {
        doc.push_str(&format!(" Sent as `{}`.", field.wire));
    }
    doc
}

/// Where an API uses its types: which method sends or returns each one, which fields and lists
/// hold it, and the caps on the items of a field per call.
#[derive(Default)]
pub(super) struct Uses {
    /// `(module, Rust type)` -> sentences such as "The `params` of `Campaigns.get`.".
    roles: BTreeMap<(String, String), Vec<String>>,
    /// `(module, Rust type)` -> the fields and lists that hold it, as `Struct::field` (with the
    /// module in front when it is another one) and `List`.
    holders: BTreeMap<(String, String), Vec<String>>,
    /// `(module, Rust struct)` -> the structs that extend it directly, named like holders.
    extended_by: BTreeMap<(String, String), Vec<String>>,
    /// `(module, Rust struct, field's wire name)` -> `(method, most items per call)`.
    limits: BTreeMap<(String, String, String), Vec<(String, u32)>>,
}

/// How many holders a type's doc names before "and N more".
const HOLDERS_NAMED: usize = 3;

impl Uses {
    pub(super) fn of(api: &ApiModel) -> Uses {
        let v4 = api.name == "direct_v4";
        let (param_key, result_key) = if v4 {
            ("param", "data")
        } else {
            ("params", "result")
        };
        let mut uses = Uses::default();
        for service in api.modules.iter().filter_map(|m| m.service.as_ref()) {
            for m in &service.methods {
                let method = format!("{}.{}", service.name, m.wire);
                let sent = m.request.iter().map(|r| (r, param_key));
                for (ty, key) in sent.chain([(&m.response, result_key)]) {
                    if let TypeRef::Named { module, name, .. } = ty {
                        uses.roles
                            .entry((module.clone(), name.clone()))
                            .or_default()
                            .push(format!("The `{key}` of `{method}`."));
                    }
                }
                for limit in &m.limits {
                    if let Some(target) = limited_field(api, m.request.as_ref(), &limit.path) {
                        uses.limits
                            .entry(target)
                            .or_default()
                            .push((method.clone(), limit.max_items));
                    }
                }
            }
        }
        for module in &api.modules {
            for ty in &module.types {
                let held: Vec<(&TypeRef, String)> = match ty {
                    // A field is named where it is declared, not again in every struct that
                    // inherits it.
                    TypeModel::Struct(st) => {
                        let base = st.bases.first().and_then(|b| find_base(api, module, b));
                        st.fields
                            .iter()
                            .filter(|f| {
                                !base
                                    .is_some_and(|(_, b)| b.fields.iter().any(|g| g.wire == f.wire))
                            })
                            .map(|f| (&f.ty, format!("{}::{}", st.rust, f.rust)))
                            .collect()
                    }
                    TypeModel::Items(i) | TypeModel::Array(i) => vec![(&i.item, i.rust.clone())],
                    TypeModel::Enum(_) => Vec::new(),
                };
                if let TypeModel::Struct(st) = ty {
                    if let Some((at, base)) =
                        st.bases.first().and_then(|b| find_base(api, module, b))
                    {
                        let name = if at.name == module.name {
                            st.rust.clone()
                        } else {
                            format!("{}::{}", module.name, st.rust)
                        };
                        uses.extended_by
                            .entry((at.name.clone(), base.rust.clone()))
                            .or_default()
                            .push(name);
                    }
                }
                for (held, holder) in held {
                    let TypeRef::Named {
                        module: at, name, ..
                    } = held
                    else {
                        continue;
                    };
                    let holder = if *at == module.name {
                        holder
                    } else {
                        format!("{}::{holder}", module.name)
                    };
                    let holders = uses.holders.entry((at.clone(), name.clone())).or_default();
                    if !holders.contains(&holder) {
                        holders.push(holder);
                    }
                }
            }
        }
        uses
    }

    pub(super) fn limits(
        &self,
        module: &ModuleModel,
        s: &StructModel,
        field: &FieldModel,
    ) -> &[(String, u32)] {
        self.limits
            .get(&(module.name.clone(), s.rust.clone(), field.wire.clone()))
            .map_or(&[], Vec::as_slice)
    }

    /// Sentences naming the methods that send or return the type and the fields and lists that
    /// hold it; `None` when nothing does.
    pub(super) fn of_type(&self, module: &str, rust: &str) -> Option<String> {
        let key = (module.to_owned(), rust.to_owned());
        let mut sentences = self.roles.get(&key).cloned().unwrap_or_default();
        if let Some(holders) = self.holders.get(&key) {
            sentences.push(format!("Used in {}.", name_some(holders)));
        }
        if let Some(structs) = self.extended_by.get(&key) {
            sentences.push(format!("Extended by {}.", name_some(structs)));
        }
        (!sentences.is_empty()).then(|| sentences.join(" "))
    }

    /// [`Uses::of_type`], or else what is known of a type nothing uses: the module it is in.
    fn describe(&self, module: &ModuleModel, rust: &str) -> String {
        self.of_type(&module.name, rust)
            .unwrap_or_else(|| type_of_module(module))
    }
}

/// The first [`HOLDERS_NAMED`] of `names`, in code spans, and how many more there are.
fn name_some(names: &[String]) -> String {
    let named: Vec<String> = names
        .iter()
        .take(HOLDERS_NAMED)
        .map(|n| format!("`{n}`"))
        .collect();
    match names.len().saturating_sub(HOLDERS_NAMED) {
        0 => named.join(", "),
        1 => format!("{} and one more", named.join(", ")),
        more => format!("{} and {more} more", named.join(", ")),
    }
}

/// The struct a base reference (`general:Base`, or `Base` in `from`) names, with its module.
fn find_base<'m>(
    api: &'m ApiModel,
    from: &ModuleModel,
    base: &str,
) -> Option<(&'m ModuleModel, &'m StructModel)> {
    let (module, wire) = base.split_once(':').unwrap_or((&from.name, base));
    let module = api.modules.iter().find(|m| m.name == module)?;
    module.types.iter().find_map(|t| match t {
        TypeModel::Struct(s) if s.wire == wire => Some((module, s)),
        _ => None,
    })
}

/// The struct and field a limit's dotted path of wire names leads to from a method's request.
fn limited_field(
    api: &ApiModel,
    request: Option<&TypeRef>,
    path: &str,
) -> Option<(String, String, String)> {
    let (parents, last) = match path.rsplit_once('.') {
        Some((parents, last)) => (Some(parents), last),
        None => (None, path),
    };
    let mut ty = request?;
    for wire in parents.into_iter().flat_map(|p| p.split('.')) {
        ty = &find_struct(api, ty)?
            .fields
            .iter()
            .find(|f| f.wire == wire)?
            .ty;
    }
    let TypeRef::Named { module, .. } = ty else {
        return None;
    };
    let s = find_struct(api, ty)?;
    s.fields
        .iter()
        .any(|f| f.wire == last)
        .then(|| (module.clone(), s.rust.clone(), last.to_owned()))
}

/// The first sentence of a type's doc when the schema has no description: a type of the
/// module's service, or one shared by the services.
fn type_of_module(module: &ModuleModel) -> String {
    match &module.service {
        Some(service) => format!("A type of the {} service.", service.name),
        None => format!("A type the services share (`{}`).", module.display_path),
    }
}

/// " The schema calls it `X`." when the Rust name is not the schema's.
fn schema_name(rust: &str, wire: &str) -> String {
    if rust == wire {
        String::new()
    } else {
        format!(" The schema calls it `{wire}`.")
    }
}

/// A struct's doc: the schema's description, or else where it is used, its schema name when
/// that is not its Rust name, and the structs it extends.
pub(super) fn struct_doc(module: &ModuleModel, s: &StructModel, uses: &Uses) -> String {
    if let Some(doc) = &s.doc {
        return doc.clone();
    }
    let mut doc = uses.describe(module, &s.rust);
    doc.push_str(&schema_name(&s.rust, &s.wire));
    if !s.bases.is_empty() {
        doc.push_str(&format!(
            " Extends {}, whose fields come first.",
            s.bases
                .iter()
                .map(|b| format!("`{b}`"))
                .collect::<Vec<_>>()
                .join(" -> ")
        ));
    }
    doc
}

/// The doc of a list type: the schema's description, or else what is known of it and how it is
/// sent (`shape`).
pub(super) fn list_doc(
    module: &ModuleModel,
    items: &ItemsModel,
    uses: &Uses,
    shape: &str,
) -> String {
    match &items.doc {
        Some(doc) => doc.clone(),
        None => {
            let mut doc = uses.describe(module, &items.rust);
            doc.push_str(&format!(" A list, sent as {shape}."));
            doc.push_str(&schema_name(&items.rust, &items.wire));
            doc
        }
    }
}
