//! Reading `schema/measurement/*.json` and checking every rule, reporting each fault with the
//! file, the JSON path and a message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::model::*;
use crate::Diagnostic;

/// Collects faults for one file.
struct Ctx<'a> {
    file: PathBuf,
    out: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn fault(&mut self, path: &str, message: impl Into<String>) {
        self.out.push(Diagnostic::new(
            self.file.clone(),
            path.to_string(),
            message.into(),
        ));
    }

    fn obj<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Object(m) => Some(m),
            _ => {
                self.fault(path, "expected an object");
                None
            }
        }
    }

    fn field<'v>(&mut self, m: &'v Map<String, Value>, path: &str, key: &str) -> Option<&'v Value> {
        let v = m.get(key);
        if v.is_none() {
            self.fault(path, format!("missing field `{key}`"));
        }
        v
    }

    fn string(&mut self, m: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        match self.field(m, path, key)? {
            Value::String(s) => Some(s.clone()),
            _ => {
                self.fault(&join(path, key), "expected a string");
                None
            }
        }
    }

    fn opt_string(&mut self, m: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        match m.get(key)? {
            Value::String(s) => Some(s.clone()),
            _ => {
                self.fault(&join(path, key), "expected a string");
                None
            }
        }
    }

    fn uint(&mut self, v: &Value, path: &str) -> Option<u64> {
        let n = v.as_u64();
        if n.is_none() {
            self.fault(path, "expected a non-negative integer");
        }
        n
    }

    fn strings(&mut self, v: &Value, path: &str) -> Vec<String> {
        match v {
            Value::Array(a) => a
                .iter()
                .enumerate()
                .filter_map(|(i, x)| match x {
                    Value::String(s) if !s.is_empty() => Some(s.clone()),
                    _ => {
                        self.fault(&format!("{path}[{i}]"), "expected a non-empty string");
                        None
                    }
                })
                .collect(),
            _ => {
                self.fault(path, "expected an array of strings");
                Vec::new()
            }
        }
    }

    fn unknown_keys(&mut self, m: &Map<String, Value>, path: &str, known: &[&str]) {
        for k in m.keys() {
            if !known.contains(&k.as_str()) && !k.starts_with('$') {
                self.fault(&join(path, k), format!("unknown field `{k}`"));
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn read_json(path: &Path, out: &mut Vec<Diagnostic>) -> Option<Value> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            out.push(Diagnostic::new(path, "", format!("cannot read: {e}")));
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            out.push(Diagnostic::new(
                path,
                format!("line {}, column {}", e.line(), e.column()),
                format!("malformed JSON: {e}"),
            ));
            None
        }
    }
}

/// Loads the folder; `None` when it does not exist (or has faults, which are pushed).
pub fn load(dir: &Path, out: &mut Vec<Diagnostic>) -> Option<MeasurementSchema> {
    if !dir.is_dir() {
        return None;
    }
    let before = out.len();
    let ua_path = dir.join("ua.json");
    let metrica_path = dir.join("metrica.json");
    let ga4_path = dir.join("ga4.json");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        for n in names {
            if !["ua.json", "metrica.json", "ga4.json"].contains(&n.as_str()) {
                out.push(Diagnostic::new(
                    dir.join(&n),
                    "",
                    "unexpected file: the measurement schema is ua.json, metrica.json and ga4.json",
                ));
            }
        }
    }
    let ua_json = read_json(&ua_path, out);
    let metrica_json = read_json(&metrica_path, out);
    let ga4_json = read_json(&ga4_path, out);
    let mut dialects = Vec::new();
    let mut ua_params = Vec::new();
    if let Some(v) = &ua_json {
        let mut cx = Ctx {
            file: ua_path.clone(),
            out,
        };
        if let Some(d) = dialect(&mut cx, v, &[]) {
            ua_params = d.params.clone();
            dialects.push(d);
        }
    }
    if let Some(v) = &metrica_json {
        let mut cx = Ctx {
            file: metrica_path.clone(),
            out,
        };
        if let Some(d) = dialect(&mut cx, v, &ua_params) {
            dialects.push(d);
        }
    }
    let ga4 = ga4_json.as_ref().and_then(|v| {
        let mut cx = Ctx {
            file: ga4_path.clone(),
            out,
        };
        ga4(&mut cx, v)
    });
    if out.len() > before || dialects.len() != 2 {
        return None;
    }
    Some(MeasurementSchema {
        dialects,
        ga4: ga4?,
    })
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

fn param(
    cx: &mut Ctx<'_>,
    v: &Value,
    path: &str,
    hit_types: &[String],
    indices: &BTreeMap<String, (u16, u16)>,
) -> Option<ParamDef> {
    let m = cx.obj(v, path)?;
    cx.unknown_keys(
        m,
        path,
        &[
            "key",
            "name",
            "title",
            "type",
            "max_bytes",
            "hit_types",
            "min",
            "allowed",
            "collection",
            "section",
        ],
    );
    let key = cx.string(m, path, "key");
    let name = cx.string(m, path, "name");
    let title = cx.string(m, path, "title");
    let ty = cx.string(m, path, "type");
    let mut p = ParamDef {
        section: cx.opt_string(m, path, "section").unwrap_or_default(),
        collection: cx.opt_string(m, path, "collection"),
        ..ParamDef::default()
    };
    if let Some(key) = &key {
        match parse_pattern(key) {
            Ok(parts) => {
                for part in &parts {
                    if let Part::Index(i) = part {
                        if !indices.contains_key(i) {
                            cx.fault(
                                &join(path, "key"),
                                format!("placeholder `<{i}>` has no range in `indices`"),
                            );
                        }
                    }
                }
                p.parts = parts;
            }
            Err(e) => cx.fault(&join(path, "key"), e),
        }
    }
    if let Some(n) = &name {
        if !is_snake(n) {
            cx.fault(
                &join(path, "name"),
                format!("`{n}` is not a snake_case Rust name"),
            );
        }
    }
    if let Some(t) = &ty {
        if !VALUE_TYPES.contains(&t.as_str()) {
            cx.fault(
                &join(path, "type"),
                format!("unknown type `{t}` (one of {})", VALUE_TYPES.join(", ")),
            );
        }
    }
    if let Some(v) = m.get("max_bytes") {
        match v.as_u64() {
            Some(n) if n > 0 && n <= u64::from(u32::MAX) => p.max_bytes = Some(n as u32),
            _ => cx.fault(&join(path, "max_bytes"), "expected a positive integer"),
        }
        if ty.as_deref().is_some_and(|t| t != "text" && t != "json") {
            cx.fault(
                &join(path, "max_bytes"),
                "only text values have a byte limit",
            );
        }
    }
    match m.get("hit_types") {
        Some(Value::String(s)) if s == "all" => {}
        Some(v @ Value::Array(_)) => {
            let hp = join(path, "hit_types");
            let list = cx.strings(v, &hp);
            for (i, h) in list.iter().enumerate() {
                if !hit_types.contains(h) {
                    cx.fault(
                        &format!("{hp}[{i}]"),
                        format!("`{h}` is not a hit type of this dialect"),
                    );
                }
            }
            p.hit_types = Some(list);
        }
        Some(_) => cx.fault(
            &join(path, "hit_types"),
            "expected \"all\" or an array of hit types",
        ),
        None => cx.fault(path, "missing field `hit_types`"),
    }
    if let Some(v) = m.get("min") {
        match v.as_i64() {
            Some(n) => p.min = Some(n),
            None => cx.fault(&join(path, "min"), "expected an integer"),
        }
        if ty.as_deref().is_some_and(|t| t != "integer") {
            cx.fault(&join(path, "min"), "only integer values have a minimum");
        }
    }
    if let Some(v) = m.get("allowed") {
        p.allowed = cx.strings(v, &join(path, "allowed"));
        if ty.as_deref().is_some_and(|t| t != "text") {
            cx.fault(
                &join(path, "allowed"),
                "only text values have allowed values",
            );
        }
        for (i, a) in p.allowed.iter().enumerate() {
            if !is_snake(a) {
                cx.fault(
                    &format!("{path}.allowed[{i}]"),
                    format!("`{a}` must be lower-case letters, digits and `_`"),
                );
            }
        }
    }
    p.key = key?;
    p.name = name?;
    p.title = title?;
    p.ty = ty?;
    Some(p)
}

fn requirements(cx: &mut Ctx<'_>, v: &Value, path: &str) -> Vec<Vec<Vec<String>>> {
    let Value::Array(items) = v else {
        cx.fault(path, "expected an array of {\"any_of\": [[...]]}");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, r) in items.iter().enumerate() {
        let rp = format!("{path}[{i}]");
        let Some(m) = cx.obj(r, &rp) else { continue };
        cx.unknown_keys(m, &rp, &["any_of", "note"]);
        let Some(Value::Array(alts)) = cx.field(m, &rp, "any_of") else {
            cx.fault(&join(&rp, "any_of"), "expected an array of arrays of names");
            continue;
        };
        if alts.is_empty() {
            cx.fault(&join(&rp, "any_of"), "needs at least one alternative");
        }
        let alts: Vec<Vec<String>> = alts
            .iter()
            .enumerate()
            .map(|(j, a)| cx.strings(a, &format!("{rp}.any_of[{j}]")))
            .collect();
        out.push(alts);
    }
    out
}

fn dialect(cx: &mut Ctx<'_>, v: &Value, inherited_from: &[ParamDef]) -> Option<DialectDef> {
    let m = cx.obj(v, "")?;
    cx.unknown_keys(
        m,
        "",
        &[
            "dialect",
            "title",
            "endpoints",
            "limits",
            "indices",
            "hit_types",
            "fixed",
            "cache_buster",
            "required",
            "constructor_prefix",
            "hit_rules",
            "conditionals",
            "collections",
            "params",
            "inherit",
            "ecommerce",
        ],
    );
    let mut d = DialectDef {
        name: cx.string(m, "", "dialect").unwrap_or_default(),
        title: cx.string(m, "", "title").unwrap_or_default(),
        cache_buster: cx.string(m, "", "cache_buster").unwrap_or_default(),
        ..DialectDef::default()
    };
    if !["ua", "metrica"].contains(&d.name.as_str()) {
        cx.fault("dialect", "expected `ua` or `metrica`");
    }
    if let Some(e) = cx
        .field(m, "", "endpoints")
        .and_then(|e| cx.obj(e, "endpoints"))
    {
        cx.unknown_keys(e, "endpoints", &["base_url", "collect", "batch", "debug"]);
        for k in ["base_url", "collect", "batch", "debug"] {
            if let Some(s) = cx.string(e, "endpoints", k) {
                let ok = if k == "base_url" {
                    s.starts_with("http://") || s.starts_with("https://")
                } else {
                    s.is_empty() || s.starts_with('/')
                };
                if !ok {
                    cx.fault(
                        &join("endpoints", k),
                        "expected a URL (base_url) or a path starting with `/`",
                    );
                }
                d.endpoints.insert(k.to_string(), s);
            }
        }
    }
    if let Some(l) = cx.field(m, "", "limits").and_then(|l| cx.obj(l, "limits")) {
        cx.unknown_keys(l, "limits", &DIALECT_LIMITS);
        for k in DIALECT_LIMITS {
            if let Some(v) = cx.field(l, "limits", k) {
                if let Some(n) = cx.uint(v, &join("limits", k)) {
                    d.limits.insert(k.to_string(), n);
                }
            }
        }
    }
    if let Some(ix) = cx
        .field(m, "", "indices")
        .and_then(|l| cx.obj(l, "indices"))
    {
        for (k, v) in ix {
            let p = join("indices", k);
            let Some(r) = cx.obj(v, &p) else { continue };
            let min = r.get("min").and_then(Value::as_u64);
            let max = r.get("max").and_then(Value::as_u64);
            match (min, max) {
                (Some(a), Some(b)) if a >= 1 && a <= b && b <= u64::from(u16::MAX) => {
                    d.indices.insert(k.clone(), (a as u16, b as u16));
                }
                _ => cx.fault(
                    &p,
                    "expected {\"min\": n, \"max\": m} with 1 <= n <= m <= 65535",
                ),
            }
        }
    }
    if let Some(h) = cx.field(m, "", "hit_types") {
        d.hit_types = cx.strings(h, "hit_types");
        for (i, h) in d.hit_types.iter().enumerate() {
            if !HIT_TYPES.contains(&h.as_str()) {
                cx.fault(
                    &format!("hit_types[{i}]"),
                    format!("unknown hit type `{h}`"),
                );
            }
        }
    }
    if let Some(f) = cx.field(m, "", "fixed").and_then(|f| cx.obj(f, "fixed")) {
        for (k, v) in f {
            match v {
                Value::String(s) => d.fixed.push((k.clone(), s.clone())),
                _ => cx.fault(&join("fixed", k), "expected a string"),
            }
        }
    }
    // Parameters: inherited first, then own.
    let mut params: Vec<ParamDef> = Vec::new();
    if let Some(inh) = m.get("inherit") {
        if let Some(im) = cx.obj(inh, "inherit") {
            cx.unknown_keys(im, "inherit", &["from", "params", "overrides"]);
            if cx.string(im, "inherit", "from").as_deref() != Some("ua") {
                cx.fault("inherit.from", "only `ua` can be inherited from");
            }
            let keys = im
                .get("params")
                .map(|p| cx.strings(p, "inherit.params"))
                .unwrap_or_default();
            for (i, k) in keys.iter().enumerate() {
                match inherited_from.iter().find(|p| &p.key == k) {
                    Some(p) => params.push(p.clone()),
                    None => cx.fault(
                        &format!("inherit.params[{i}]"),
                        format!("`{k}` is not a parameter of ua.json"),
                    ),
                }
            }
            if let Some(ov) = im.get("overrides") {
                if let Some(ov) = cx.obj(ov, "inherit.overrides") {
                    for (k, o) in ov {
                        let op = join("inherit.overrides", k);
                        let Some(om) = cx.obj(o, &op) else { continue };
                        cx.unknown_keys(om, &op, &["allowed", "hit_types", "title"]);
                        let Some(idx) = params.iter().position(|p| &p.key == k) else {
                            cx.fault(&op, format!("`{k}` is not in inherit.params"));
                            continue;
                        };
                        if let Some(a) = om.get("allowed") {
                            params[idx].allowed = cx.strings(a, &join(&op, "allowed"));
                        }
                        if let Some(h) = om.get("hit_types") {
                            let list = cx.strings(h, &join(&op, "hit_types"));
                            params[idx].hit_types = Some(list);
                        }
                        if let Some(Value::String(t)) = om.get("title") {
                            params[idx].title = t.clone();
                        }
                    }
                }
            }
        }
    }
    if let Some(Value::Array(list)) = cx.field(m, "", "params") {
        for (i, p) in list.iter().enumerate() {
            if let Some(p) = param(cx, p, &format!("params[{i}]"), &d.hit_types, &d.indices) {
                params.push(p);
            }
        }
    } else if m.get("params").is_some() {
        cx.fault("params", "expected an array");
    }
    // Inherited hit types must exist in this dialect; inherited placeholders need ranges.
    for (i, p) in params.iter_mut().enumerate() {
        if let Some(h) = &mut p.hit_types {
            h.retain(|x| d.hit_types.contains(x));
            if h.is_empty() {
                cx.fault(
                    &format!("params[{i}]"),
                    format!("`{}` applies to no hit type of this dialect", p.key),
                );
            }
        }
        for part in &p.parts {
            if let Part::Index(ix) = part {
                if !d.indices.contains_key(ix) {
                    cx.fault(
                        "indices",
                        format!("placeholder `<{ix}>` of `{}` has no range", p.key),
                    );
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    for p in &params {
        if !seen.insert(p.key.clone()) {
            cx.fault("params", format!("parameter `{}` is defined twice", p.key));
        }
    }
    let mut names = BTreeSet::new();
    for p in params.iter().filter(|p| p.collection.is_none()) {
        if !names.insert(p.name.clone()) {
            cx.fault("params", format!("Rust name `{}` is used twice", p.name));
        }
    }
    let known = |k: &str, params: &[ParamDef]| params.iter().any(|p| !p.is_indexed() && p.key == k);
    for (k, _) in &d.fixed {
        if !known(k, &params) {
            cx.fault(&join("fixed", k), format!("`{k}` is not a parameter"));
        }
    }
    if let Some(r) = cx.field(m, "", "required") {
        d.required = requirements(cx, r, "required");
    }
    if let Some(c) = cx.field(m, "", "constructor_prefix") {
        d.constructor_prefix = cx.strings(c, "constructor_prefix");
    }
    for (i, k) in d.constructor_prefix.iter().enumerate() {
        if !known(k, &params) {
            cx.fault(
                &format!("constructor_prefix[{i}]"),
                format!("`{k}` is not a parameter"),
            );
        }
    }
    // Collections.
    if let Some(Value::Array(cols)) = cx.field(m, "", "collections") {
        for (i, c) in cols.iter().enumerate() {
            let cp = format!("collections[{i}]");
            let Some(cm) = cx.obj(c, &cp) else { continue };
            cx.unknown_keys(
                cm,
                &cp,
                &["name", "rust", "prefix", "index", "parent", "doc"],
            );
            let col = CollectionDef {
                name: cx.string(cm, &cp, "name").unwrap_or_default(),
                rust: cx.string(cm, &cp, "rust").unwrap_or_default(),
                prefix: cx.string(cm, &cp, "prefix").unwrap_or_default(),
                index: cx.string(cm, &cp, "index").unwrap_or_default(),
                parent: cx.opt_string(cm, &cp, "parent"),
                doc: cx.opt_string(cm, &cp, "doc").unwrap_or_default(),
            };
            if !col
                .rust
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_uppercase())
                || !col.rust.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                cx.fault(&join(&cp, "rust"), "expected a CamelCase Rust type name");
            }
            if !d.indices.contains_key(&col.index) {
                cx.fault(
                    &join(&cp, "index"),
                    format!("`{}` has no range in `indices`", col.index),
                );
            }
            d.collections.push(col);
        }
    }
    let col_names: Vec<String> = d.collections.iter().map(|c| c.name.clone()).collect();
    for (i, c) in d.collections.iter().enumerate() {
        if let Some(p) = &c.parent {
            if !col_names.contains(p) || p == &c.name {
                cx.fault(
                    &format!("collections[{i}].parent"),
                    format!("unknown collection `{p}`"),
                );
            }
        }
    }
    for (i, p) in params.iter().enumerate() {
        let Some(cn) = &p.collection else {
            continue;
        };
        let Some(prefix) = collection_prefix(&d.collections, cn) else {
            cx.fault(
                &format!("params[{i}].collection"),
                format!("unknown collection `{cn}`"),
            );
            continue;
        };
        match p.parts.strip_prefix(prefix.as_slice()) {
            Some([Part::Lit(_)]) | Some([Part::Lit(_), Part::Index(_)]) => {}
            _ => cx.fault(
                &format!("params[{i}].key"),
                format!(
                    "`{}` must be the collection's prefix followed by letters and at most one placeholder",
                    p.key
                ),
            ),
        }
    }
    // Hit rules.
    if let Some(hr) = cx
        .field(m, "", "hit_rules")
        .and_then(|h| cx.obj(h, "hit_rules"))
    {
        for (ht, rule) in hr {
            let rp = join("hit_rules", ht);
            if !d.hit_types.contains(ht) {
                cx.fault(&rp, format!("`{ht}` is not a hit type of this dialect"));
            }
            let Some(rm) = cx.obj(rule, &rp) else {
                continue;
            };
            cx.unknown_keys(rm, &rp, &["required", "constructors"]);
            let mut r = HitRuleDef {
                hit_type: ht.clone(),
                ..HitRuleDef::default()
            };
            if let Some(req) = cx.field(rm, &rp, "required") {
                r.required = requirements(cx, req, &join(&rp, "required"));
            }
            if let Some(Value::Array(cs)) = cx.field(rm, &rp, "constructors") {
                for (j, c) in cs.iter().enumerate() {
                    let cp = format!("{rp}.constructors[{j}]");
                    let Some(cm) = cx.obj(c, &cp) else { continue };
                    let name = cx.string(cm, &cp, "name").unwrap_or_default();
                    if !is_snake(&name) {
                        cx.fault(&join(&cp, "name"), "expected a snake_case name");
                    }
                    let ps = cm
                        .get("params")
                        .map(|v| cx.strings(v, &join(&cp, "params")))
                        .unwrap_or_default();
                    r.constructors.push((name, ps));
                }
                if r.constructors.is_empty() {
                    cx.fault(&join(&rp, "constructors"), "needs at least one constructor");
                }
            }
            d.hit_rules.push(r);
        }
    }
    for h in &d.hit_types {
        if !d.hit_rules.iter().any(|r| &r.hit_type == h) {
            cx.fault(
                "hit_rules",
                format!("no rule (constructors) for hit type `{h}`"),
            );
        }
    }
    // Every name used by a rule must be a parameter; every constructor must satisfy its rules.
    let mut checks: Vec<(String, String)> = Vec::new();
    for (i, req) in d.required.iter().enumerate() {
        for alt in req {
            for k in alt {
                checks.push((format!("required[{i}]"), k.clone()));
            }
        }
    }
    for r in &d.hit_rules {
        for req in &r.required {
            for alt in req {
                for k in alt {
                    checks.push((format!("hit_rules.{}.required", r.hit_type), k.clone()));
                }
            }
        }
        for (name, ps) in &r.constructors {
            for k in ps {
                checks.push((
                    format!("hit_rules.{}.constructors.{name}", r.hit_type),
                    k.clone(),
                ));
                if let Some(p) = params.iter().find(|p| &p.key == k) {
                    if !p.applies_to(&r.hit_type) {
                        cx.fault(
                            &format!("hit_rules.{}.constructors.{name}", r.hit_type),
                            format!("`{k}` is not sent with `{}` hits", r.hit_type),
                        );
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
                    cx.fault(
                        &format!("hit_rules.{}.constructors.{name}", r.hit_type),
                        format!(
                            "the constructor's parameters do not satisfy the requirement {:?}",
                            req
                        ),
                    );
                }
            }
        }
    }
    if let Some(Value::Array(cs)) = cx.field(m, "", "conditionals") {
        for (i, c) in cs.iter().enumerate() {
            let cp = format!("conditionals[{i}]");
            let Some(cm) = cx.obj(c, &cp) else { continue };
            let ifs = cm
                .get("if_any")
                .map(|v| cx.strings(v, &join(&cp, "if_any")))
                .unwrap_or_default();
            let req = cx.string(cm, &cp, "require").unwrap_or_default();
            for k in &ifs {
                checks.push((join(&cp, "if_any"), k.clone()));
            }
            checks.push((join(&cp, "require"), req.clone()));
            d.conditionals.push((ifs, req));
        }
    }
    if let Some(e) = m.get("ecommerce") {
        if let Some(em) = cx.obj(e, "ecommerce") {
            let mut ec = EcommerceDef {
                hit_type: cx.string(em, "ecommerce", "hit_type").unwrap_or_default(),
                ..EcommerceDef::default()
            };
            if !d.hit_types.contains(&ec.hit_type) {
                cx.fault("ecommerce.hit_type", "not a hit type of this dialect");
            }
            if let Some(v) = cx.field(em, "ecommerce", "product_actions") {
                ec.product_actions = cx.strings(v, "ecommerce.product_actions");
            }
            let pa_allowed = params
                .iter()
                .find(|p| p.key == "pa")
                .map(|p| p.allowed.clone())
                .unwrap_or_default();
            for (i, a) in ec.product_actions.iter().enumerate() {
                if !pa_allowed.contains(a) {
                    cx.fault(
                        &format!("ecommerce.product_actions[{i}]"),
                        format!("`{a}` is not an allowed value of `pa`"),
                    );
                }
            }
            ec.requires_product = matches!(em.get("requires_product"), Some(Value::Bool(true)));
            if let Some(ar) = em
                .get("action_requires")
                .and_then(|a| cx.obj(a, "ecommerce.action_requires"))
            {
                for (k, v) in ar {
                    let list = cx.strings(v, &join("ecommerce.action_requires", k));
                    for x in &list {
                        checks.push((join("ecommerce.action_requires", k), x.clone()));
                    }
                    ec.action_requires.push((k.clone(), list));
                }
            }
            d.ecommerce = Some(ec);
        }
    }
    for (path, k) in checks {
        if !known(&k, &params) {
            cx.fault(
                &path,
                format!("`{k}` is not a (non-indexed) parameter of this dialect"),
            );
        }
    }
    if !d.cache_buster.is_empty() && known(&d.cache_buster, &params) {
        cx.fault(
            "cache_buster",
            "the cache buster must not also be in `params`",
        );
    }
    d.params = params;
    Some(d)
}

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

fn ga4(cx: &mut Ctx<'_>, v: &Value) -> Option<Ga4Def> {
    let m = cx.obj(v, "")?;
    let mut known: Vec<&str> = vec![
        "endpoints",
        "query",
        "body_fields",
        "limits",
        "name_pattern",
    ];
    known.extend(GA4_RESERVED);
    cx.unknown_keys(m, "", &known);
    let mut g = Ga4Def::default();
    if let Some(e) = cx
        .field(m, "", "endpoints")
        .and_then(|e| cx.obj(e, "endpoints"))
    {
        for k in ["base_url", "collect", "debug"] {
            if let Some(s) = cx.string(e, "endpoints", k) {
                g.endpoints.insert(k.to_string(), s);
            }
        }
    }
    if let Some(Value::Array(fs)) = cx.field(m, "", "body_fields") {
        for (i, f) in fs.iter().enumerate() {
            let fp = format!("body_fields[{i}]");
            let Some(fm) = cx.obj(f, &fp) else { continue };
            let name = cx.string(fm, &fp, "name").unwrap_or_default();
            let doc = cx.opt_string(fm, &fp, "doc").unwrap_or_default();
            if !is_snake(&name) {
                cx.fault(&join(&fp, "name"), "expected a snake_case field name");
            }
            g.body_fields.push((name, doc));
        }
    }
    if let Some(l) = cx.field(m, "", "limits").and_then(|l| cx.obj(l, "limits")) {
        let mut known: Vec<&str> = GA4_LIMITS.to_vec();
        known.push("param_value_overrides");
        cx.unknown_keys(l, "limits", &known);
        for k in GA4_LIMITS {
            if let Some(v) = cx.field(l, "limits", k) {
                if let Some(n) = cx.uint(v, &join("limits", k)) {
                    if n == 0 {
                        cx.fault(&join("limits", k), "must be positive");
                    }
                    g.limits.insert(k.to_string(), n);
                }
            }
        }
        if let Some(o) = l
            .get("param_value_overrides")
            .and_then(|o| cx.obj(o, "limits.param_value_overrides"))
        {
            for (k, v) in o {
                if let Some(n) = cx.uint(v, &join("limits.param_value_overrides", k)) {
                    g.param_value_overrides.push((k.clone(), n));
                }
            }
        }
    }
    if let Some(p) = cx.field(m, "", "name_pattern") {
        if p.as_str() != Some("^[A-Za-z][A-Za-z0-9_]*$") {
            cx.fault(
                "name_pattern",
                "the runtime checks `^[A-Za-z][A-Za-z0-9_]*$`; change the runtime with the pattern",
            );
        }
    }
    for k in GA4_RESERVED {
        if let Some(v) = cx.field(m, "", k) {
            let list = cx.strings(v, k);
            g.reserved.insert(k.to_string(), list);
        }
    }
    Some(g)
}
