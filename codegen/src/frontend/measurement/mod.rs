//! The Measurement Protocol frontend: `schema/measurement/*.json` read through [`mod@format`] (serde
//! checks the shape), then every rule between values checked, each fault reported with the file,
//! the JSON path and a message, and the result resolved into [`crate::model::measurement`].

pub mod format;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use self::format::{DialectFile, Ga4File, HitTypes, Requirement};
use crate::model::measurement::*;
use crate::Diagnostic;

/// The files of the folder, in the order they are read.
pub const FILES: [&str; 3] = ["ua.json", "metrica.json", "ga4.json"];

/// Collects the faults of one file.
struct Faults<'a> {
    file: PathBuf,
    out: &'a mut Vec<Diagnostic>,
}

impl Faults<'_> {
    fn at(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Diagnostic::new(
            self.file.clone(),
            path.into(),
            message.into(),
        ));
    }

    /// Names that must be non-empty.
    fn non_empty(&mut self, list: &[String], path: &str) {
        for (i, x) in list.iter().enumerate() {
            if x.is_empty() {
                self.at(format!("{path}[{i}]"), "expected a non-empty string");
            }
        }
    }
}

/// Loads `schema_dir/measurement/`; `None` when the folder does not exist (or has faults,
/// which are pushed).
pub fn load(schema_dir: &Path, out: &mut Vec<Diagnostic>) -> Option<MeasurementModel> {
    let dir = schema_dir.join("measurement");
    if !dir.is_dir() {
        return None;
    }
    let before = out.len();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        for n in names.iter().filter(|n| !FILES.contains(&n.as_str())) {
            out.push(Diagnostic::new(
                dir.join(n),
                "",
                "unexpected file: the measurement schema is ua.json, metrica.json and ga4.json",
            ));
        }
    }
    let [ua_path, metrica_path, ga4_path] = FILES.map(|f| dir.join(f));
    let ua_file: Option<DialectFile> = super::read_json(&ua_path, out);
    let metrica_file: Option<DialectFile> = super::read_json(&metrica_path, out);
    let ga4_file: Option<Ga4File> = super::read_json(&ga4_path, out);
    let ua = ua_file.map(|f| {
        dialect(
            &mut Faults {
                file: ua_path,
                out: &mut *out,
            },
            f,
            &[],
        )
    });
    // metrica.json inherits from ua.json: its rules are checked once ua.json loads, so that one
    // fault is not reported again as many.
    let metrica = metrica_file.zip(ua.as_ref()).map(|(f, ua)| {
        let inherited = ua.params.as_slice();
        dialect(
            &mut Faults {
                file: metrica_path,
                out: &mut *out,
            },
            f,
            inherited,
        )
    });
    let ga4 = ga4_file.map(|f| {
        ga4(
            &mut Faults {
                file: ga4_path,
                out: &mut *out,
            },
            f,
        )
    });
    if out.len() > before {
        return None;
    }
    Some(MeasurementModel {
        dialects: vec![ua?, metrica?],
        ga4: ga4?,
    })
}

/// Checks one dialect file and resolves it; `inherited_from` holds `ua.json`'s parameters.
fn dialect(fx: &mut Faults<'_>, f: DialectFile, inherited_from: &[ParamDef]) -> DialectDef {
    let mut d = DialectDef {
        name: f.dialect,
        title: f.title,
        cache_buster: f.cache_buster,
        hit_types: f.hit_types,
        fixed: f.fixed.into_iter().collect(),
        constructor_prefix: f.constructor_prefix,
        ..DialectDef::default()
    };
    if !["ua", "metrica"].contains(&d.name.as_str()) {
        fx.at("dialect", "expected `ua` or `metrica`");
    }
    let endpoints = [
        ("base_url", f.endpoints.base_url),
        ("collect", f.endpoints.collect),
        ("batch", f.endpoints.batch),
        ("debug", f.endpoints.debug),
    ];
    for (key, value) in endpoints {
        let ok = if key == "base_url" {
            value.starts_with("http://") || value.starts_with("https://")
        } else {
            value.is_empty() || value.starts_with('/')
        };
        if !ok {
            fx.at(
                format!("endpoints.{key}"),
                "expected a URL (base_url) or a path starting with `/`",
            );
        }
        d.endpoints.insert(key.to_string(), value);
    }
    for key in f.limits.keys() {
        if !DIALECT_LIMITS.contains(&key.as_str()) {
            fx.at(format!("limits.{key}"), format!("unknown field `{key}`"));
        }
    }
    for key in DIALECT_LIMITS {
        match f.limits.get(key) {
            Some(&n) => {
                d.limits.insert(key.to_string(), n);
            }
            None => fx.at("limits", format!("missing field `{key}`")),
        }
    }
    for (name, range) in f.indices {
        if range.min >= 1 && range.min <= range.max && range.max <= u64::from(u16::MAX) {
            d.indices.insert(name, (range.min as u16, range.max as u16));
        } else {
            fx.at(
                format!("indices.{name}"),
                "expected {\"min\": n, \"max\": m} with 1 <= n <= m <= 65535",
            );
        }
    }
    fx.non_empty(&d.hit_types, "hit_types");
    for (i, h) in d.hit_types.iter().enumerate() {
        if !HIT_TYPES.contains(&h.as_str()) {
            fx.at(format!("hit_types[{i}]"), format!("unknown hit type `{h}`"));
        }
    }

    // Parameters: inherited first, then own.
    let mut params = inherit(fx, f.inherit, inherited_from);
    for (i, p) in f.params.into_iter().enumerate() {
        params.push(param(
            fx,
            p,
            &format!("params[{i}]"),
            &d.hit_types,
            &d.indices,
        ));
    }
    // Inherited hit types must exist in this dialect; inherited placeholders need ranges.
    for (i, p) in params.iter_mut().enumerate() {
        if let Some(h) = &mut p.hit_types {
            h.retain(|x| d.hit_types.contains(x));
            if h.is_empty() {
                fx.at(
                    format!("params[{i}]"),
                    format!("`{}` applies to no hit type of this dialect", p.key),
                );
            }
        }
        for part in &p.parts {
            if let Part::Index(ix) = part {
                if !d.indices.contains_key(ix) {
                    fx.at(
                        "indices",
                        format!("placeholder `<{ix}>` of `{}` has no range", p.key),
                    );
                }
            }
        }
    }
    let mut keys = BTreeSet::new();
    let mut names = BTreeSet::new();
    for p in &params {
        if !keys.insert(p.key.as_str()) {
            fx.at("params", format!("parameter `{}` is defined twice", p.key));
        }
        if p.collection.is_none() && !names.insert(p.name.as_str()) {
            fx.at("params", format!("Rust name `{}` is used twice", p.name));
        }
    }
    let known = |k: &str| params.iter().any(|p| !p.is_indexed() && p.key == k);
    for (k, _) in &d.fixed {
        if !known(k) {
            fx.at(format!("fixed.{k}"), format!("`{k}` is not a parameter"));
        }
    }
    d.required = requirements(fx, &f.required, "required");
    for (i, k) in d.constructor_prefix.iter().enumerate() {
        if !known(k) {
            fx.at(
                format!("constructor_prefix[{i}]"),
                format!("`{k}` is not a parameter"),
            );
        }
    }
    d.collections = collections(fx, f.collections, &d.indices);
    for (i, p) in params.iter().enumerate() {
        let Some(cn) = &p.collection else {
            continue;
        };
        let Some(prefix) = collection_prefix(&d.collections, cn) else {
            fx.at(
                format!("params[{i}].collection"),
                format!("unknown collection `{cn}`"),
            );
            continue;
        };
        match p.parts.strip_prefix(prefix.as_slice()) {
            Some([Part::Lit(_)]) | Some([Part::Lit(_), Part::Index(_)]) => {}
            _ => fx.at(
                format!("params[{i}].key"),
                format!(
                    "`{}` must be the collection's prefix followed by letters and at most one placeholder",
                    p.key
                ),
            ),
        }
    }

    // Every name a rule uses must be a (non-indexed) parameter: (JSON path, name).
    let mut uses: Vec<(String, String)> = Vec::new();
    for (i, req) in d.required.iter().enumerate() {
        for k in req.iter().flatten() {
            uses.push((format!("required[{i}]"), k.clone()));
        }
    }
    for (hit_type, rule) in f.hit_rules {
        let rp = format!("hit_rules.{hit_type}");
        if !d.hit_types.contains(&hit_type) {
            fx.at(
                &rp,
                format!("`{hit_type}` is not a hit type of this dialect"),
            );
        }
        let mut r = HitRuleDef {
            required: requirements(fx, &rule.required, &format!("{rp}.required")),
            hit_type,
            ..HitRuleDef::default()
        };
        for (j, c) in rule.constructors.into_iter().enumerate() {
            let cp = format!("{rp}.constructors[{j}]");
            if !is_snake(&c.name) {
                fx.at(format!("{cp}.name"), "expected a snake_case name");
            }
            fx.non_empty(&c.params, &format!("{cp}.params"));
            r.constructors.push((c.name, c.params));
        }
        if r.constructors.is_empty() {
            fx.at(
                format!("{rp}.constructors"),
                "needs at least one constructor",
            );
        }
        d.hit_rules.push(r);
    }
    for h in &d.hit_types {
        if !d.hit_rules.iter().any(|r| &r.hit_type == h) {
            fx.at(
                "hit_rules",
                format!("no rule (constructors) for hit type `{h}`"),
            );
        }
    }
    // Every constructor must send only parameters of its hit type and satisfy its requirements.
    for r in &d.hit_rules {
        for k in r.required.iter().flatten().flatten() {
            uses.push((format!("hit_rules.{}.required", r.hit_type), k.clone()));
        }
        for (name, ps) in &r.constructors {
            let at = format!("hit_rules.{}.constructors.{name}", r.hit_type);
            for k in ps {
                uses.push((at.clone(), k.clone()));
                if let Some(p) = params.iter().find(|p| &p.key == k) {
                    if !p.applies_to(&r.hit_type) {
                        fx.at(&at, format!("`{k}` is not sent with `{}` hits", r.hit_type));
                    }
                }
            }
            let mut present: BTreeSet<&str> =
                d.constructor_prefix.iter().map(String::as_str).collect();
            present.extend(ps.iter().map(String::as_str));
            present.extend(d.fixed.iter().map(|(k, _)| k.as_str()));
            present.insert("t");
            for req in d.required.iter().chain(&r.required) {
                if !req
                    .iter()
                    .any(|alt| alt.iter().all(|k| present.contains(k.as_str())))
                {
                    fx.at(
                        &at,
                        format!(
                            "the constructor's parameters do not satisfy the requirement {req:?}"
                        ),
                    );
                }
            }
        }
    }
    for (i, c) in f.conditionals.into_iter().enumerate() {
        let cp = format!("conditionals[{i}]");
        fx.non_empty(&c.if_any, &format!("{cp}.if_any"));
        for k in &c.if_any {
            uses.push((format!("{cp}.if_any"), k.clone()));
        }
        uses.push((format!("{cp}.require"), c.require.clone()));
        d.conditionals.push((c.if_any, c.require));
    }
    if let Some(e) = f.ecommerce {
        if !d.hit_types.contains(&e.hit_type) {
            fx.at("ecommerce.hit_type", "not a hit type of this dialect");
        }
        fx.non_empty(&e.product_actions, "ecommerce.product_actions");
        let pa_allowed = params
            .iter()
            .find(|p| p.key == "pa")
            .map(|p| p.allowed.as_slice())
            .unwrap_or_default();
        for (i, a) in e.product_actions.iter().enumerate() {
            if !pa_allowed.contains(a) {
                fx.at(
                    format!("ecommerce.product_actions[{i}]"),
                    format!("`{a}` is not an allowed value of `pa`"),
                );
            }
        }
        for (action, list) in &e.action_requires {
            let at = format!("ecommerce.action_requires.{action}");
            fx.non_empty(list, &at);
            for k in list {
                uses.push((at.clone(), k.clone()));
            }
        }
        d.ecommerce = Some(EcommerceDef {
            hit_type: e.hit_type,
            product_actions: e.product_actions,
            requires_product: e.requires_product,
            action_requires: e.action_requires.into_iter().collect(),
        });
    }
    for (path, k) in uses {
        if !known(&k) {
            fx.at(
                path,
                format!("`{k}` is not a (non-indexed) parameter of this dialect"),
            );
        }
    }
    if !d.cache_buster.is_empty() && known(&d.cache_buster) {
        fx.at(
            "cache_buster",
            "the cache buster must not also be in `params`",
        );
    }
    d.params = params;
    d
}

/// The parameters taken over from `ua.json`, with the overrides applied.
fn inherit(
    fx: &mut Faults<'_>,
    inherit: Option<format::Inherit>,
    inherited_from: &[ParamDef],
) -> Vec<ParamDef> {
    let Some(inherit) = inherit else {
        return Vec::new();
    };
    if inherit.from != "ua" {
        fx.at("inherit.from", "only `ua` can be inherited from");
    }
    fx.non_empty(&inherit.params, "inherit.params");
    let mut params = Vec::new();
    for (i, k) in inherit.params.iter().enumerate() {
        match inherited_from.iter().find(|p| &p.key == k) {
            Some(p) => params.push(p.clone()),
            None => fx.at(
                format!("inherit.params[{i}]"),
                format!("`{k}` is not a parameter of ua.json"),
            ),
        }
    }
    for (k, o) in inherit.overrides {
        let op = format!("inherit.overrides.{k}");
        let Some(p) = params.iter_mut().find(|p| p.key == k) else {
            fx.at(&op, format!("`{k}` is not in inherit.params"));
            continue;
        };
        if let Some(allowed) = o.allowed {
            fx.non_empty(&allowed, &format!("{op}.allowed"));
            p.allowed = allowed;
        }
        if let Some(hit_types) = o.hit_types {
            fx.non_empty(&hit_types, &format!("{op}.hit_types"));
            p.hit_types = Some(hit_types);
        }
        if let Some(title) = o.title {
            p.title = title;
        }
        if let Some(format) = o.format {
            check_format(fx, &format, &p.ty, &format!("{op}.format"));
            p.format = Some(format);
        }
    }
    params
}

/// Checks one parameter of the dialect's own.
fn param(
    fx: &mut Faults<'_>,
    p: format::Param,
    path: &str,
    hit_types: &[String],
    indices: &BTreeMap<String, (u16, u16)>,
) -> ParamDef {
    let mut def = ParamDef {
        section: p.section.unwrap_or_default(),
        collection: p.collection,
        min: p.min,
        ..ParamDef::default()
    };
    match parse_pattern(&p.key) {
        Ok(parts) => {
            for part in &parts {
                if let Part::Index(i) = part {
                    if !indices.contains_key(i) {
                        fx.at(
                            format!("{path}.key"),
                            format!("placeholder `<{i}>` has no range in `indices`"),
                        );
                    }
                }
            }
            def.parts = parts;
        }
        Err(e) => fx.at(format!("{path}.key"), e),
    }
    if !is_snake(&p.name) {
        fx.at(
            format!("{path}.name"),
            format!("`{}` is not a snake_case Rust name", p.name),
        );
    }
    if !VALUE_TYPES.contains(&p.ty.as_str()) {
        fx.at(
            format!("{path}.type"),
            format!(
                "unknown type `{}` (one of {})",
                p.ty,
                VALUE_TYPES.join(", ")
            ),
        );
    }
    if let Some(n) = p.max_bytes {
        match u32::try_from(n) {
            Ok(n) if n > 0 => def.max_bytes = Some(n),
            _ => fx.at(format!("{path}.max_bytes"), "expected a positive integer"),
        }
        if p.ty != "text" && p.ty != "json" {
            fx.at(
                format!("{path}.max_bytes"),
                "only text values have a byte limit",
            );
        }
    }
    match p.hit_types {
        HitTypes::Word(w) if w == "all" => {}
        HitTypes::Word(_) => fx.at(
            format!("{path}.hit_types"),
            "expected \"all\" or an array of hit types",
        ),
        HitTypes::List(list) => {
            let hp = format!("{path}.hit_types");
            fx.non_empty(&list, &hp);
            for (i, h) in list.iter().enumerate() {
                if !hit_types.contains(h) {
                    fx.at(
                        format!("{hp}[{i}]"),
                        format!("`{h}` is not a hit type of this dialect"),
                    );
                }
            }
            def.hit_types = Some(list);
        }
    }
    if let Some(format) = &p.format {
        check_format(fx, format, &p.ty, &format!("{path}.format"));
    }
    def.format = p.format;
    if p.min.is_some() && p.ty != "integer" {
        fx.at(format!("{path}.min"), "only integer values have a minimum");
    }
    if let Some(allowed) = p.allowed {
        if p.ty != "text" {
            fx.at(
                format!("{path}.allowed"),
                "only text values have allowed values",
            );
        }
        for (i, a) in allowed.iter().enumerate() {
            if !is_snake(a) {
                fx.at(
                    format!("{path}.allowed[{i}]"),
                    format!("`{a}` must be lower-case letters, digits and `_`"),
                );
            }
        }
        def.allowed = allowed;
    }
    def.key = p.key;
    def.name = p.name;
    def.title = p.title;
    def.ty = p.ty;
    def
}

/// A text format must be one the runtime knows, on a text parameter.
fn check_format(fx: &mut Faults<'_>, format: &str, ty: &str, path: &str) {
    if !TEXT_FORMATS.contains(&format) {
        fx.at(
            path,
            format!(
                "unknown format `{format}` (one of {})",
                TEXT_FORMATS.join(", ")
            ),
        );
    }
    if ty != "text" {
        fx.at(path, "only text values have a format");
    }
}

/// Requirements as alternatives of all-of sets, each checked to have an alternative.
fn requirements(fx: &mut Faults<'_>, list: &[Requirement], path: &str) -> Vec<Vec<Vec<String>>> {
    list.iter()
        .enumerate()
        .map(|(i, r)| {
            let rp = format!("{path}[{i}].any_of");
            if r.any_of.is_empty() {
                fx.at(&rp, "needs at least one alternative");
            }
            for (j, alt) in r.any_of.iter().enumerate() {
                fx.non_empty(alt, &format!("{rp}[{j}]"));
            }
            r.any_of.clone()
        })
        .collect()
}

/// Checks the collections: Rust names, index ranges, parents.
fn collections(
    fx: &mut Faults<'_>,
    list: Vec<format::Collection>,
    indices: &BTreeMap<String, (u16, u16)>,
) -> Vec<CollectionDef> {
    let names: Vec<String> = list.iter().map(|c| c.name.clone()).collect();
    let mut out = Vec::new();
    for (i, c) in list.into_iter().enumerate() {
        let cp = format!("collections[{i}]");
        if !c
            .rust
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_uppercase())
            || !c.rust.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            fx.at(format!("{cp}.rust"), "expected a CamelCase Rust type name");
        }
        if !indices.contains_key(&c.index) {
            fx.at(
                format!("{cp}.index"),
                format!("`{}` has no range in `indices`", c.index),
            );
        }
        if let Some(p) = &c.parent {
            if !names.contains(p) || p == &c.name {
                fx.at(format!("{cp}.parent"), format!("unknown collection `{p}`"));
            }
        }
        out.push(CollectionDef {
            name: c.name,
            rust: c.rust,
            prefix: c.prefix,
            index: c.index,
            parent: c.parent,
            doc: c.doc.unwrap_or_default(),
        });
    }
    out
}

/// Checks `ga4.json` and resolves it.
fn ga4(fx: &mut Faults<'_>, f: Ga4File) -> Ga4Def {
    let mut g = Ga4Def::default();
    g.endpoints.insert("base_url".into(), f.endpoints.base_url);
    g.endpoints.insert("collect".into(), f.endpoints.collect);
    g.endpoints.insert("debug".into(), f.endpoints.debug);
    for (i, field) in f.body_fields.into_iter().enumerate() {
        if !is_snake(&field.name) {
            fx.at(
                format!("body_fields[{i}].name"),
                "expected a snake_case field name",
            );
        }
        g.body_fields
            .push((field.name, field.doc.unwrap_or_default()));
    }
    for (key, value) in &f.limits.values {
        if !GA4_LIMITS.contains(&key.as_str()) {
            fx.at(format!("limits.{key}"), format!("unknown field `{key}`"));
        }
        if value.as_u64().is_none() {
            fx.at(format!("limits.{key}"), "expected a positive integer");
        }
    }
    for key in GA4_LIMITS {
        match f.limits.values.get(key).and_then(serde_json::Value::as_u64) {
            Some(0) => fx.at(format!("limits.{key}"), "must be positive"),
            Some(n) => {
                g.limits.insert(key.to_string(), n);
            }
            None if f.limits.values.contains_key(key) => {}
            None => fx.at("limits", format!("missing field `{key}`")),
        }
    }
    g.param_value_overrides = f.limits.param_value_overrides.into_iter().collect();
    if f.name_pattern != "^[A-Za-z][A-Za-z0-9_]*$" {
        fx.at(
            "name_pattern",
            "the runtime checks `^[A-Za-z][A-Za-z0-9_]*$`; change the runtime with the pattern",
        );
    }
    for key in f.lists.keys() {
        if !GA4_RESERVED.contains(&key.as_str()) {
            fx.at(key.as_str(), format!("unknown field `{key}`"));
        }
    }
    for key in GA4_RESERVED {
        let Some(value) = f.lists.get(key) else {
            fx.at("", format!("missing field `{key}`"));
            continue;
        };
        match serde_json::from_value::<Vec<String>>(value.clone()) {
            Ok(list) => {
                fx.non_empty(&list, key);
                g.reserved.insert(key.to_string(), list);
            }
            Err(_) => fx.at(key, "expected an array of strings"),
        }
    }
    if f.measurement_id_prefix.is_empty() {
        fx.at("measurement_id_prefix", "must not be empty");
    }
    g.measurement_id_prefix = f.measurement_id_prefix;
    let mut events = BTreeSet::new();
    for (i, rule) in f.event_rules.into_iter().enumerate() {
        let rp = format!("event_rules[{i}]");
        if !events.insert(rule.event.clone()) {
            fx.at(
                format!("{rp}.event"),
                format!("`{}` has two rules", rule.event),
            );
        }
        for (list, key) in [
            (&rule.required, "required"),
            (&rule.recommended, "recommended"),
        ] {
            for (j, name) in list.iter().enumerate() {
                if !is_snake(name) {
                    fx.at(
                        format!("{rp}.{key}[{j}]"),
                        format!("`{name}` is not a GA4 parameter name"),
                    );
                }
            }
        }
        if g.reserved
            .get("reserved_event_names")
            .is_some_and(|r| r.contains(&rule.event))
        {
            fx.at(
                format!("{rp}.event"),
                format!("`{}` is a reserved event name", rule.event),
            );
        }
        g.event_rules.push(Ga4EventRuleDef {
            event: rule.event,
            required: rule.required,
            recommended: rule.recommended,
            currency_with_value: rule.currency_with_value,
        });
    }
    fx.non_empty(&f.item_identifiers, "item_identifiers");
    g.item_identifiers = f.item_identifiers;
    g
}

fn parse_pattern(key: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut rest = key;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('<') {
            let end = r.find('>').ok_or("unclosed `<` in the name pattern")?;
            let name = &r[..end];
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(format!("bad placeholder `<{name}>`"));
            }
            if matches!(parts.last(), Some(Part::Index(_))) {
                return Err("two placeholders in a row cannot be told apart".into());
            }
            parts.push(Part::Index(name.to_string()));
            rest = &r[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let lit = &rest[..end];
            if !lit.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') {
                return Err(format!(
                    "literal `{lit}` must be letters only (digits would be read as an index)"
                ));
            }
            parts.push(Part::Lit(lit.to_string()));
            rest = &rest[end..];
        }
    }
    if parts.is_empty() {
        return Err("empty name".into());
    }
    Ok(parts)
}

fn is_snake(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}
