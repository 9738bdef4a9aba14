//! The Direct schema's rules: every cross-reference and name checked, every fault reported.

use std::collections::{BTreeMap, BTreeSet};

use super::format::{FieldDef, TypeDef, PRIMITIVES};
use super::{DirectSchema, LoadedFile};
use crate::naming;
use crate::Diagnostic;

/// What a type reference points at.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// `xsd:<name>`.
    Primitive(&'a str),
    /// A named type: the index of its file in the schema and the definition.
    Named(usize, &'a TypeDef),
}

/// Finds files and types by name, per API.
pub struct Index<'a> {
    schema: &'a DirectSchema,
    modules: BTreeMap<(&'a str, &'a str), usize>,
    types: Vec<BTreeMap<&'a str, &'a TypeDef>>,
}

impl<'a> Index<'a> {
    /// Indexes `schema` (the first of duplicate names wins; duplicates are reported by `validate`).
    pub fn new(schema: &'a DirectSchema) -> Self {
        let mut modules = BTreeMap::new();
        let mut types = Vec::new();
        for (i, file) in schema.files.iter().enumerate() {
            modules
                .entry((file.api.as_str(), file.file.module.as_str()))
                .or_insert(i);
            let mut by_name = BTreeMap::new();
            for ty in &file.file.types {
                by_name.entry(ty.name()).or_insert(ty);
            }
            types.push(by_name);
        }
        Index {
            schema,
            modules,
            types,
        }
    }

    /// Resolves a type reference written in file `from`.
    pub fn resolve(&self, from: usize, reference: &'a str) -> Result<Target<'a>, String> {
        if let Some(primitive) = reference.strip_prefix("xsd:") {
            return if PRIMITIVES.contains(&primitive) {
                Ok(Target::Primitive(primitive))
            } else {
                Err(format!(
                    "unknown primitive type `{reference}` (known: {})",
                    PRIMITIVES.join(", ")
                ))
            };
        }
        let (file_index, name) = match reference.split_once(':') {
            Some((module, name)) => {
                let api = self.schema.files[from].api.as_str();
                match self.modules.get(&(api, module)) {
                    Some(&i) => (i, name),
                    None => {
                        return Err(format!(
                            "unknown type `{reference}`: there is no module `{module}` in {api}"
                        ))
                    }
                }
            }
            None => (from, reference),
        };
        match self.types[file_index].get(name) {
            Some(ty) => Ok(Target::Named(file_index, ty)),
            None => Err(format!(
                "unknown type `{reference}`: module `{}` has no type `{name}`",
                self.schema.files[file_index].file.module
            )),
        }
    }

    /// Every field of a struct, its bases' first; `None` when the `extends` chain is broken.
    pub fn all_fields(&self, file: usize, ty: &'a TypeDef) -> Option<Vec<(usize, &'a FieldDef)>> {
        let mut chain = Vec::new();
        let mut seen = BTreeSet::new();
        let (mut file, mut current) = (file, ty);
        loop {
            let TypeDef::Struct(s) = current else {
                return None;
            };
            if !seen.insert((file, s.name.as_str())) {
                return None;
            }
            chain.push((file, s));
            match &s.extends {
                None => break,
                Some(base) => match self.resolve(file, base) {
                    Ok(Target::Named(f, t)) => {
                        file = f;
                        current = t;
                    }
                    _ => return None,
                },
            }
        }
        Some(
            chain
                .into_iter()
                .rev()
                .flat_map(|(file, s)| s.fields.iter().map(move |f| (file, f)))
                .collect(),
        )
    }
}

/// Checks `schema`, pushing every fault found.
pub fn validate(schema: &DirectSchema, diagnostics: &mut Vec<Diagnostic>) {
    let index = Index::new(schema);
    let mut seen_modules = BTreeMap::new();
    for (i, file) in schema.files.iter().enumerate() {
        check_file(&index, i, file, diagnostics);
        if let Some(first) = seen_modules.insert((&file.api, &file.file.module), i) {
            diagnostics.push(Diagnostic::new(
                &file.path,
                "module",
                format!(
                    "duplicate module `{}` (also in {})",
                    file.file.module,
                    schema.files[first].path.display()
                ),
            ));
        }
    }
    check_cycles(&index, schema, diagnostics);
    check_retired(schema, diagnostics);
}

/// Checks each service's `retired` list: names unique and not also served, every `replaced_by`
/// a `Service.method` of a `direct_v5` service of the schema, `moved_to` not empty.
fn check_retired(schema: &DirectSchema, out: &mut Vec<Diagnostic>) {
    let v5: BTreeMap<&str, BTreeSet<&str>> = schema
        .files
        .iter()
        .filter(|f| f.api == "direct_v5")
        .filter_map(|f| f.file.service.as_ref())
        .map(|s| {
            (
                s.name.as_str(),
                s.methods.iter().map(|m| m.name.as_str()).collect(),
            )
        })
        .collect();
    for loaded in &schema.files {
        let Some(service) = &loaded.file.service else {
            continue;
        };
        let mut fault = |location: String, message: String| {
            out.push(Diagnostic::new(&loaded.path, location, message));
        };
        let mut seen = BTreeMap::new();
        for (r, retired) in service.retired.iter().enumerate() {
            let at = |rest: &str| format!("service.retired[{r}]{rest}");
            if let Some(first) = seen.insert(retired.name.as_str(), r) {
                seen.insert(retired.name.as_str(), first);
                fault(
                    at(".name"),
                    format!(
                        "duplicate retired method `{}` (first at retired[{first}])",
                        retired.name
                    ),
                );
            }
            if service.methods.iter().any(|m| m.name == retired.name) {
                fault(
                    at(".name"),
                    format!(
                        "`{}` is both a method and retired: it can only be one",
                        retired.name
                    ),
                );
            }
            if retired
                .moved_to
                .as_deref()
                .is_some_and(|m| m.trim().is_empty())
            {
                fault(at(".moved_to"), "`moved_to` is empty".into());
            }
            let mut named = BTreeSet::new();
            for (k, replacement) in retired.replaced_by.iter().enumerate() {
                let at = at(&format!(".replaced_by[{k}]"));
                if !named.insert(replacement.as_str()) {
                    fault(at, format!("`{replacement}` is listed twice"));
                    continue;
                }
                let Some((service_name, method)) = replacement.split_once('.') else {
                    fault(
                        at,
                        format!("`{replacement}` is not `Service.method` (e.g. `AdGroups.get`)"),
                    );
                    continue;
                };
                match v5.get(service_name) {
                    None => {
                        let known: Vec<&str> = v5.keys().copied().collect();
                        fault(
                            at,
                            format!(
                                "`{replacement}`: there is no direct_v5 service `{service_name}` (known: {})",
                                if known.is_empty() { "none".to_owned() } else { known.join(", ") }
                            ),
                        );
                    }
                    Some(methods) if !methods.contains(method) => {
                        let known: Vec<&str> = methods.iter().copied().collect();
                        fault(
                            at,
                            format!(
                                "`{replacement}`: the direct_v5 service `{service_name}` has no method `{method}` (it has: {})",
                                known.join(", ")
                            ),
                        );
                    }
                    Some(_) => {}
                }
            }
        }
    }
}

fn check_file(index: &Index<'_>, i: usize, loaded: &LoadedFile, out: &mut Vec<Diagnostic>) {
    let file = &loaded.file;
    let mut fault = |location: String, message: String| {
        out.push(Diagnostic::new(&loaded.path, location, message));
    };
    if file.api != loaded.api {
        fault(
            "api".into(),
            format!("`{}` does not match the folder `{}`", file.api, loaded.api),
        );
    }
    let stem = loaded
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("");
    if file.module != stem {
        fault(
            "module".into(),
            format!(
                "`{}` does not match the file name `{stem}.json`",
                file.module
            ),
        );
    }
    if !naming::is_identifier_like(&file.module) || file.module != naming::field_name(&file.module)
    {
        fault(
            "module".into(),
            format!(
                "`{}` cannot become a Rust module name (use lower-case letters, digits and `_`)",
                file.module
            ),
        );
    }

    let mut first_by_name: BTreeMap<&str, usize> = BTreeMap::new();
    for (t, ty) in file.types.iter().enumerate() {
        let at = |rest: &str| format!("types[{t}]{rest}");
        let name = ty.name();
        if !naming::is_identifier_like(name) {
            fault(
                at(".name"),
                format!("type name `{name}` cannot become a Rust identifier"),
            );
        }
        if let Some(first) = first_by_name.insert(name, t) {
            first_by_name.insert(name, first);
            fault(
                at(".name"),
                format!("duplicate type `{name}` (first at types[{first}])"),
            );
        }
        match ty {
            TypeDef::Struct(s) => {
                if let Some(base) = &s.extends {
                    match index.resolve(i, base) {
                        Ok(Target::Named(_, TypeDef::Struct(_))) => {
                            if index.all_fields(i, ty).is_none() {
                                fault(
                                    at(".extends"),
                                    format!("`extends` chain of `{name}` loops back to itself"),
                                );
                            }
                        }
                        Ok(_) => fault(
                            at(".extends"),
                            format!("`{base}` is not a struct, so `{name}` cannot extend it"),
                        ),
                        Err(e) => fault(at(".extends"), e),
                    }
                }
                let inherited: BTreeSet<&str> = index
                    .all_fields(i, ty)
                    .map(|all| {
                        all.iter()
                            .take(all.len() - s.fields.len())
                            .map(|(_, f)| f.name.as_str())
                            .collect()
                    })
                    .unwrap_or_default();
                let mut own = BTreeMap::new();
                for (f, field) in s.fields.iter().enumerate() {
                    let at = |rest: &str| format!("types[{t}].fields[{f}]{rest}");
                    if !naming::is_identifier_like(&field.name) {
                        fault(
                            at(".name"),
                            format!(
                                "field name `{}` cannot become a Rust identifier",
                                field.name
                            ),
                        );
                    }
                    if let Some(first) = own.insert(field.name.as_str(), f) {
                        own.insert(field.name.as_str(), first);
                        fault(
                            at(".name"),
                            format!(
                                "duplicate field `{}` (first at fields[{first}])",
                                field.name
                            ),
                        );
                    } else if inherited.contains(field.name.as_str()) {
                        fault(
                            at(".name"),
                            format!(
                                "field `{}` is already inherited from a base type",
                                field.name
                            ),
                        );
                    }
                    if let Err(e) = index.resolve(i, &field.ty) {
                        fault(at(".type"), e);
                    }
                }
            }
            TypeDef::Enum(e) => {
                if e.values.is_empty() {
                    fault(at(".values"), format!("enum `{name}` has no values"));
                }
                let mut seen = BTreeMap::new();
                for (v, value) in e.values.iter().enumerate() {
                    if naming::variant_name(value).is_none() {
                        fault(
                            format!("types[{t}].values[{v}]"),
                            format!("enum value `{value}` cannot become a Rust identifier (it has no letters or digits)"),
                        );
                    }
                    if let Some(first) = seen.insert(value.as_str(), v) {
                        fault(
                            format!("types[{t}].values[{v}]"),
                            format!("duplicate enum value `{value}` (first at values[{first}])"),
                        );
                    }
                }
            }
            TypeDef::Items(items) | TypeDef::Array(items) => {
                if let Err(e) = index.resolve(i, &items.item) {
                    fault(at(".item"), e);
                }
            }
        }
    }

    if let Some(service) = &file.service {
        if service.endpoint.is_empty()
            || !service
                .endpoint
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            fault(
                "service.endpoint".into(),
                format!(
                    "endpoint `{}` must be a lower-case path segment",
                    service.endpoint
                ),
            );
        }
        if !naming::is_identifier_like(&service.name) {
            fault(
                "service.name".into(),
                format!(
                    "service name `{}` cannot become a Rust identifier",
                    service.name
                ),
            );
        }
        let mut seen = BTreeMap::new();
        for (m, method) in service.methods.iter().enumerate() {
            let at = |rest: &str| format!("service.methods[{m}]{rest}");
            if !naming::is_identifier_like(&method.name) {
                fault(
                    at(".name"),
                    format!(
                        "method name `{}` cannot become a Rust identifier",
                        method.name
                    ),
                );
            }
            if let Some(first) = seen.insert(method.name.as_str(), m) {
                fault(
                    at(".name"),
                    format!(
                        "duplicate method `{}` (first at methods[{first}])",
                        method.name
                    ),
                );
            }
            // v5 params and results are objects; v4 takes and returns any value, or no param.
            let v5 = loaded.api == "direct_v5";
            let parts = [
                ("request", method.request.as_deref()),
                ("response", Some(method.response.as_str())),
            ];
            for (part, reference) in parts {
                match reference.map(|r| (r, index.resolve(i, r))) {
                    None if v5 => fault(
                        at(&format!(".{part}")),
                        format!("a v5 method needs a {part} type"),
                    ),
                    None | Some((_, Ok(Target::Named(_, TypeDef::Struct(_))))) => {}
                    Some((_, Ok(_))) if !v5 => {}
                    Some((reference, Ok(_))) => fault(
                        at(&format!(".{part}")),
                        format!(
                            "the {part} of `{}` must be a struct, not `{reference}`",
                            method.name
                        ),
                    ),
                    Some((_, Err(e))) => fault(at(&format!(".{part}")), e),
                }
            }
            if method.finance && v5 {
                fault(at(".finance"), "only v4 methods take finance tokens".into());
            }
            if !method.finance_actions.is_empty() {
                if !method.finance {
                    fault(
                        at(".finance_actions"),
                        "`finance_actions` needs `\"finance\": true`".into(),
                    );
                }
                // The runtime reads the `Action` of the request: the request must have one.
                let has_action = match method.request.as_deref().map(|r| index.resolve(i, r)) {
                    Some(Ok(Target::Named(_, TypeDef::Struct(s)))) => {
                        s.extends.is_some() || s.fields.iter().any(|f| f.name == "Action")
                    }
                    _ => false,
                };
                if !has_action {
                    fault(
                        at(".finance_actions"),
                        format!(
                            "`finance_actions` needs a request with an `Action` field, which `{}` does not have",
                            method.name
                        ),
                    );
                }
                let mut actions = BTreeSet::new();
                for action in &method.finance_actions {
                    if action.is_empty() || !actions.insert(action.as_str()) {
                        fault(
                            at(".finance_actions"),
                            format!("empty or duplicate finance action `{action}`"),
                        );
                    }
                }
            }
            for (l, limit) in method.limits.iter().enumerate() {
                if limit.path.is_empty()
                    || limit
                        .path
                        .split('.')
                        .any(|p| !naming::is_identifier_like(p))
                {
                    fault(
                        at(&format!(".limits[{l}].path")),
                        format!("`{}` is not a dotted path of field names", limit.path),
                    );
                }
            }
        }
    } else if file.types.is_empty() {
        fault(
            String::new(),
            "the file has neither a service nor types".into(),
        );
    }
}

/// Reports each group of structs that contain each other by value (directly or through
/// `Option`), which would be infinitely large without a `boxed` field to break the cycle.
fn check_cycles(index: &Index<'_>, schema: &DirectSchema, out: &mut Vec<Diagnostic>) {
    type Node = (usize, usize);
    let mut node_of: BTreeMap<(usize, &str), Node> = BTreeMap::new();
    for (f, file) in schema.files.iter().enumerate() {
        for (t, ty) in file.file.types.iter().enumerate() {
            if matches!(ty, TypeDef::Struct(_)) {
                node_of.entry((f, ty.name())).or_insert((f, t));
            }
        }
    }
    let mut edges: BTreeMap<Node, Vec<Node>> = BTreeMap::new();
    for (&(f, _), &node) in &node_of {
        let ty = &schema.files[node.0].file.types[node.1];
        let Some(fields) = index.all_fields(f, ty) else {
            continue;
        };
        let targets = edges.entry(node).or_default();
        for (field_file, field) in fields {
            if field.repeated || field.boxed {
                continue;
            }
            if let Ok(Target::Named(tf, target @ TypeDef::Struct(_))) =
                index.resolve(field_file, &field.ty)
            {
                if let Some(&target_node) = node_of.get(&(tf, target.name())) {
                    targets.push(target_node);
                }
            }
        }
    }
    for component in strongly_connected(&edges) {
        let first = component[0];
        let is_cycle = component.len() > 1
            || edges
                .get(&first)
                .is_some_and(|targets| targets.contains(&first));
        if !is_cycle {
            continue;
        }
        let names: Vec<String> = component
            .iter()
            .map(|&(f, t)| {
                let file = &schema.files[f].file;
                format!("{}:{}", file.module, file.types[t].name())
            })
            .collect();
        out.push(Diagnostic::new(
            &schema.files[first.0].path,
            format!("types[{}]", first.1),
            format!(
                "recursive types {} contain each other by value: mark a field of the cycle `\"boxed\": true`",
                names.join(", ")
            ),
        ));
    }
}

/// Tarjan's algorithm; components come out with their nodes sorted.
fn strongly_connected<N: Copy + Ord>(edges: &BTreeMap<N, Vec<N>>) -> Vec<Vec<N>> {
    struct State<N> {
        index: BTreeMap<N, usize>,
        low: BTreeMap<N, usize>,
        on_stack: BTreeSet<N>,
        stack: Vec<N>,
        next: usize,
        out: Vec<Vec<N>>,
    }
    fn visit<N: Copy + Ord>(node: N, edges: &BTreeMap<N, Vec<N>>, s: &mut State<N>) {
        s.index.insert(node, s.next);
        s.low.insert(node, s.next);
        s.next += 1;
        s.stack.push(node);
        s.on_stack.insert(node);
        for &next in edges.get(&node).map(Vec::as_slice).unwrap_or_default() {
            if !s.index.contains_key(&next) {
                visit(next, edges, s);
                let low = s.low[&node].min(s.low[&next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(&next) {
                let low = s.low[&node].min(s.index[&next]);
                s.low.insert(node, low);
            }
        }
        if s.low[&node] == s.index[&node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(&top);
                component.push(top);
                if top == node {
                    break;
                }
            }
            component.sort();
            s.out.push(component);
        }
    }
    let mut state = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        on_stack: BTreeSet::new(),
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for &node in edges.keys() {
        if !state.index.contains_key(&node) {
            visit(node, edges, &mut state);
        }
    }
    state.out.sort();
    state.out
}
