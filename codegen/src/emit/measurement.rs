//! Rust for the Measurement Protocol: parameter tables, typed hit builders per dialect, GA4 rules.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, ident, inner_docs};
use crate::model::measurement::collection_prefix;
use crate::model::measurement::*;
use crate::naming;
use crate::output::format_rust_with_runtime;
use crate::GeneratedFile;

const FROM: &str = "schema/measurement";

/// The Measurement Protocol runtime: each file imports `<runtime_path>::measurement` once as `rt`.
fn rt() -> TokenStream {
    quote!(rt)
}

fn file(name: &str, tokens: TokenStream, runtime: &TokenStream) -> Result<GeneratedFile, String> {
    Ok(GeneratedFile {
        path: format!("measurement/{name}").into(),
        contents: format_rust_with_runtime(FROM, tokens, runtime)?,
    })
}

/// Every file under `measurement/`; `runtime` is the runtime's path (`emit::Options::runtime_path`).
pub fn emit(s: &MeasurementModel, runtime: &TokenStream) -> Result<Vec<GeneratedFile>, String> {
    let runtime = &quote!(#runtime::measurement);
    let mut files = vec![
        file("mod.rs", emit_mod(s), runtime)?,
        file(
            "params.rs",
            {
                let mut tokens = emit_params(s);
                tokens.extend(emit_ga4(&s.ga4));
                tokens
            },
            runtime,
        )?,
    ];
    for d in &s.dialects {
        files.push(file(&format!("{}.rs", d.name), emit_dialect(d), runtime)?);
    }
    Ok(files)
}

fn emit_mod(s: &MeasurementModel) -> TokenStream {
    let mods = s.dialects.iter().map(|d| {
        let m = format_ident!("{}", d.name);
        let doc = docs(&format!("Typed hit builders of the {} dialect.", d.title));
        quote!(#doc pub mod #m;)
    });
    quote! {
        //! Measurement Protocol: typed hit builders and the parameter tables, generated from
        //! `schema/measurement/`. The encoder and the sender are in the runtime.
        #(#mods)*
        /// Parameter tables of every dialect, and the GA4 limits and reserved names.
        pub mod params;
    }
}

fn hit_bit(h: &str) -> u16 {
    HIT_TYPES
        .iter()
        .position(|x| *x == h)
        .map(|i| 1u16 << i)
        .unwrap_or(0)
}

/// The variant naming a wire value, from the one naming module every emitter shares.
fn variant(wire: &str) -> proc_macro2::Ident {
    format_ident!(
        "{}",
        naming::variant_name(wire).unwrap_or_else(|| "Value".into())
    )
}

fn hit_variant(h: &str) -> proc_macro2::Ident {
    variant(h)
}

fn value_type(t: &str) -> TokenStream {
    let rt = rt();
    let v = variant(t);
    quote!(#rt::ValueType::#v)
}

fn opt_u32(v: Option<u32>) -> TokenStream {
    match v {
        Some(n) => quote!(::std::option::Option::Some(#n)),
        None => quote!(::std::option::Option::None),
    }
}

fn param_spec(d: &DialectDef, p: &ParamDef) -> TokenStream {
    let rt = rt();
    let pattern = &p.key;
    let parts = p.parts.iter().map(|part| match part {
        Part::Lit(l) => quote!(#rt::KeyPart::Lit(#l)),
        Part::Index(n) => {
            let (min, max) = d.indices.get(n).copied().unwrap_or((1, 1));
            quote!(#rt::KeyPart::Index { name: #n, min: #min, max: #max })
        }
    });
    let title = &p.title;
    let ty = value_type(&p.ty);
    let max = opt_u32(p.max_bytes);
    let bits: u16 = d
        .hit_types
        .iter()
        .filter(|h| p.applies_to(h))
        .map(|h| hit_bit(h))
        .fold(0, |a, b| a | b);
    let min = match p.min {
        Some(m) => quote!(::std::option::Option::Some(#m)),
        None => quote!(::std::option::Option::None),
    };
    let allowed = &p.allowed;
    let format = text_format(p.format.as_deref());
    quote! {
        #rt::ParamSpec {
            pattern: #pattern,
            parts: &[#(#parts),*],
            title: #title,
            ty: #ty,
            max_bytes: #max,
            hit_types: #rt::HitTypeSet(#bits),
            min: #min,
            allowed: &[#(#allowed),*],
            format: #format,
        }
    }
}

/// The runtime's `TextFormat` of a schema format name, as an `Option`.
fn text_format(format: Option<&str>) -> TokenStream {
    let rt = rt();
    match format {
        Some(f) => {
            let v = variant(f);
            quote!(::std::option::Option::Some(#rt::TextFormat::#v))
        }
        None => quote!(::std::option::Option::None),
    }
}

/// The builder call setting `key`: checked against its form when it has one.
fn set_call(
    receiver: TokenStream,
    p: &ParamDef,
    conv: TokenStream,
    max: &TokenStream,
) -> TokenStream {
    let rt = rt();
    let key = &p.key;
    match p.format.as_deref() {
        Some(f) => {
            let v = variant(f);
            quote!(#receiver.set_formatted(#key, #conv, #max, #rt::TextFormat::#v);)
        }
        None => quote!(#receiver.set(#key, #conv, #max);),
    }
}

/// The params in table order: exact names first, then patterns (schema order within each).
fn table_order(d: &DialectDef) -> Vec<&ParamDef> {
    let mut v: Vec<&ParamDef> = d.params.iter().filter(|p| !p.is_indexed()).collect();
    v.extend(d.params.iter().filter(|p| p.is_indexed()));
    v
}

fn requirement_tokens(reqs: &[Vec<Vec<String>>]) -> TokenStream {
    let rt = rt();
    let items = reqs.iter().map(|alts| {
        let alts = alts.iter().map(|a| quote!(&[#(#a),*]));
        quote!(#rt::Requirement { any_of: &[#(#alts),*] })
    });
    quote!(&[#(#items),*])
}

fn group_static(d: &DialectDef, c: &CollectionDef) -> proc_macro2::Ident {
    format_ident!("{}_GROUP_{}", d.name.to_uppercase(), c.name.to_uppercase())
}

fn emit_params(s: &MeasurementModel) -> TokenStream {
    let rt = rt();
    let mut out = TokenStream::new();
    for d in &s.dialects {
        let name = format_ident!("{}", d.name.to_uppercase());
        let dialect = format_ident!("{}", d.name.to_upper_camel_case());
        let doc = docs(&format!("The {} parameter table.", d.title));
        let e = |k: &str| d.endpoints.get(k).cloned().unwrap_or_default();
        let (base, collect, batch, debug) = (e("base_url"), e("collect"), e("batch"), e("debug"));
        let l = |k: &str| d.limits.get(k).copied().unwrap_or(0);
        let (gu, pb, bh, bb, bhb) = (
            l("get_url_max_bytes") as usize,
            l("post_body_max_bytes") as usize,
            l("batch_max_hits") as usize,
            l("batch_max_bytes") as usize,
            l("batch_hit_max_bytes") as usize,
        );
        let (qt, et) = (l("queue_time_max_ms"), l("event_time_max_age_s"));
        let bits: u16 = d.hit_types.iter().map(|h| hit_bit(h)).fold(0, |a, b| a | b);
        let fixed = d.fixed.iter().map(|(k, v)| quote!((#k, #v)));
        let required = requirement_tokens(&d.required);
        let rules = d.hit_rules.iter().map(|r| {
            let v = hit_variant(&r.hit_type);
            let req = requirement_tokens(&r.required);
            quote!(#rt::HitRule { hit_type: #rt::HitType::#v, required: #req })
        });
        let conds = d
            .conditionals
            .iter()
            .map(|(ifs, req)| quote!(#rt::Conditional { if_any: &[#(#ifs),*], require: #req }));
        let ecom = match &d.ecommerce {
            Some(e) => {
                let v = hit_variant(&e.hit_type);
                let pa = &e.product_actions;
                let rp = e.requires_product;
                let ar = e
                    .action_requires
                    .iter()
                    .map(|(a, ks)| quote!((#a, &[#(#ks),*])));
                quote!(::std::option::Option::Some(#rt::EcommerceRule {
                    hit_type: #rt::HitType::#v,
                    product_actions: &[#(#pa),*],
                    requires_product: #rp,
                    action_requires: &[#(#ar),*],
                }))
            }
            None => quote!(::std::option::Option::None),
        };
        let params = table_order(d).into_iter().map(|p| param_spec(d, p));
        out.extend(quote! {
            #doc
            pub static #name: #rt::DialectSpec = #rt::DialectSpec {
                dialect: #rt::Dialect::#dialect,
                endpoints: #rt::Endpoints { base_url: #base, collect: #collect, batch: #batch, debug: #debug },
                limits: #rt::TransportLimits {
                    get_url_max_bytes: #gu,
                    post_body_max_bytes: #pb,
                    batch_max_hits: #bh,
                    batch_max_bytes: #bb,
                    batch_hit_max_bytes: #bhb,
                    queue_time_max_ms: #qt,
                    event_time_max_age_s: #et,
                },
                hit_types: #rt::HitTypeSet(#bits),
                fixed: &[#(#fixed),*],
                required: #required,
                hit_rules: &[#(#rules),*],
                conditionals: &[#(#conds),*],
                ecommerce: #ecom,
                params: &[#(#params),*],
            };
        });
        // Collection placement statics, children first.
        let mut cols: Vec<&CollectionDef> = d.collections.iter().collect();
        cols.sort_by_key(|c| std::cmp::Reverse(depth(&d.collections, c)));
        for c in cols {
            let id = group_static(d, c);
            let prefix = &c.prefix;
            let index = &c.index;
            let max = d.indices.get(&c.index).map(|r| r.1).unwrap_or(1);
            let child = match d
                .collections
                .iter()
                .find(|x| x.parent.as_deref() == Some(&c.name))
            {
                Some(ch) => {
                    let cid = group_static(d, ch);
                    quote!(::std::option::Option::Some(&#cid))
                }
                None => quote!(::std::option::Option::None),
            };
            let doc = docs(&format!(
                "Where `{}` entries of the {} dialect go.",
                c.rust, d.name
            ));
            out.extend(quote! {
                #doc
                pub static #id: #rt::GroupSpec = #rt::GroupSpec {
                    prefix: #prefix,
                    index_name: #index,
                    max: #max,
                    child: #child,
                };
            });
        }
    }
    quote! {
        //! Parameter tables: names, types, byte limits, hit types, index ranges and requirements.
        #out
    }
}

fn depth(cols: &[CollectionDef], c: &CollectionDef) -> usize {
    match &c.parent {
        Some(p) => cols
            .iter()
            .find(|x| &x.name == p)
            .map(|x| 1 + depth(cols, x))
            .unwrap_or(0),
        None => 0,
    }
}

/// Argument type and the expression turning argument `v` into a `Value` (plus an optional check).
fn arg_conv(d: &DialectDef, p: &ParamDef, v: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    let rt = rt();
    if !p.allowed.is_empty() && p.key != "t" {
        let en = enum_ident(p);
        return (
            quote!(#en),
            quote!(#rt::Value::Text(::std::borrow::Cow::Borrowed(#v.as_str()))),
        );
    }
    let _ = d;
    match p.ty.as_str() {
        "integer" if p.min == Some(0) => (
            quote!(u64),
            quote!(#rt::Value::Int(i64::try_from(#v).unwrap_or(i64::MAX))),
        ),
        "integer" => (quote!(i64), quote!(#rt::Value::Int(#v))),
        "boolean" => (quote!(bool), quote!(#rt::Value::Bool(#v))),
        "currency" | "number" => (
            quote!(impl ::std::convert::Into<#rt::Decimal>),
            quote!(#rt::Value::Decimal(#v.into())),
        ),
        "json" => (
            quote!(&::serde_json::Value),
            quote!(#rt::Value::Text(::std::borrow::Cow::Owned(#v.to_string()))),
        ),
        _ => (
            quote!(impl ::std::convert::Into<::std::borrow::Cow<'static, str>>),
            quote!(#rt::Value::Text(#v.into())),
        ),
    }
}

fn enum_ident(p: &ParamDef) -> proc_macro2::Ident {
    format_ident!("{}", p.name.to_upper_camel_case())
}

fn min_check(p: &ParamDef, v: &proc_macro2::Ident, key: &str) -> TokenStream {
    let rt = rt();
    match p.min {
        Some(m) if m != 0 && p.ty == "integer" => quote! {
            if #v < #m {
                self.core.error(#rt::HitError::InvalidValue {
                    param: ::std::string::String::from(#key),
                    message: ::std::format!("{} is below the minimum {}", #v, #m),
                });
            }
        },
        _ => quote!(),
    }
}

/// "An" before a word starting with a vowel (`event`, `item`), else "A".
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    }
}

/// A parameter's doc: its name in the reference, the key it is sent under, the form its value
/// must have and its limits.
fn param_doc(p: &ParamDef) -> String {
    let mut doc = format!("{}, sent as `{}`", p.title, p.key);
    match p.ty.as_str() {
        "boolean" => doc.push_str(" (`1` or `0`)"),
        "json" => doc.push_str(" (the JSON as text)"),
        _ => {}
    }
    doc.push('.');
    match p.format.as_deref() {
        Some("property_id") => doc.push_str(" In the form `UA-<digits>-<digits>`."),
        Some("counter_id") => doc.push_str(" Decimal digits."),
        Some("currency_code") => doc.push_str(" Three capital letters."),
        _ => {}
    }
    if let Some(m) = p.max_bytes {
        doc.push_str(&format!(" At most {m} bytes."));
    }
    // An integer at least 0 is a `u64`: the type says it.
    match p.min {
        Some(0) if p.ty == "integer" => {}
        Some(m) => doc.push_str(&format!(" At least {m}.")),
        None => {}
    }
    doc
}

fn emit_dialect(d: &DialectDef) -> TokenStream {
    let rt = rt();
    let table = table_order(d);
    let dname = format_ident!("{}", d.name.to_uppercase());
    let mut out = TokenStream::new();

    // Enums for parameters with allowed values.
    for p in d
        .params
        .iter()
        .filter(|p| !p.allowed.is_empty() && p.key != "t")
    {
        let en = enum_ident(p);
        let doc = docs(&format!("The values of {} (`{}`).", p.title, p.key));
        let mut taken = std::collections::BTreeSet::new();
        let vars: Vec<_> = p
            .allowed
            .iter()
            .map(|a| {
                let name = naming::variant_name(a).unwrap_or_else(|| "Value".into());
                format_ident!("{}", naming::unique(name, &mut taken))
            })
            .collect();
        let strs = &p.allowed;
        let vdocs = p.allowed.iter().map(|a| docs(&format!("Sent as `{a}`.")));
        out.extend(quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #en { #(#vdocs #vars),* }
            impl #en {
                /// The wire value.
                #[inline]
                pub fn as_str(self) -> &'static str {
                    match self { #(#en::#vars => #strs),* }
                }
            }
        });
    }

    // Collection types.
    for c in &d.collections {
        let ty = format_ident!("{}", c.rust);
        let prefix = collection_prefix(&d.collections, &c.name).unwrap_or_default();
        let mut methods = TokenStream::new();
        // Room for each of the entry's parameters once (up to 16): filling it allocates once.
        let mut setters = 0usize;
        for p in d
            .params
            .iter()
            .filter(|p| p.collection.as_deref() == Some(&c.name))
        {
            let rest = p.parts.strip_prefix(prefix.as_slice()).unwrap_or(&[]);
            if matches!(rest, [Part::Lit(_)] | [Part::Lit(_), Part::Index(_)]) {
                setters += 1;
            }
            let m = ident(&p.name);
            let v = format_ident!("value");
            let (aty, conv) = arg_conv(d, p, &v);
            let max = opt_u32(p.max_bytes);
            let doc = docs(&param_doc(p));
            match rest {
                [Part::Lit(l)] => methods.extend(quote! {
                    #doc
                    #[inline]
                    pub fn #m(mut self, #v: #aty) -> Self {
                        self.group.set(#l, #conv, #max);
                        self
                    }
                }),
                [Part::Lit(l), Part::Index(ix)] => {
                    let maxi = d.indices.get(ix).map(|r| r.1).unwrap_or(1);
                    methods.extend(quote! {
                        #doc
                        ///
                        /// The index is checked when the hit is built.
                        #[inline]
                        pub fn #m(mut self, index: u32, #v: #aty) -> Self {
                            self.group.set_indexed(#l, #ix, #maxi, index, #conv, #max);
                            self
                        }
                    })
                }
                _ => {}
            }
        }
        if let Some(child) = d
            .collections
            .iter()
            .find(|x| x.parent.as_deref() == Some(&c.name))
        {
            let cty = format_ident!("{}", child.rust);
            let m = format_ident!("{}", child.name);
            let doc = docs(&format!(
                "Appends a [`{}`] (its index is its position, from 1).",
                child.rust
            ));
            methods.extend(quote! {
                #doc
                #[inline]
                pub fn #m(mut self, entry: #cty) -> Self {
                    self.group.push_child(entry.into_group());
                    self
                }
            });
        }
        let doc = docs(&c.doc);
        let capacity = setters.min(16);
        out.extend(quote! {
            #doc
            #[derive(Debug, Clone, Default)]
            #[must_use]
            pub struct #ty { group: #rt::Group }
            impl #ty {
                /// An empty entry.
                #[inline]
                pub fn new() -> Self { Self { group: #rt::Group::with_capacity(#capacity) } }
                #methods
                /// The untyped entry (used by the hit builders).
                #[inline]
                pub fn into_group(self) -> #rt::Group { self.group }
            }
        });
    }

    // Hit builders.
    for r in &d.hit_rules {
        let ty = hit_variant(&r.hit_type);
        let ht = hit_variant(&r.hit_type);
        let mut methods = TokenStream::new();
        for (cname, cparams) in &r.constructors {
            let cn = ident(cname);
            let mut args = Vec::new();
            let mut sets = Vec::new();
            let all: Vec<&String> = d.constructor_prefix.iter().chain(cparams.iter()).collect();
            for (i, k) in all.iter().enumerate() {
                let Some(p) = d.params.iter().find(|p| &p.key == *k) else {
                    continue;
                };
                let v = ident(&p.name);
                let (aty, conv) = arg_conv(d, p, &v);
                let max = opt_u32(p.max_bytes);
                args.push(quote!(#v: #aty));
                sets.push(set_call(quote!(core), p, conv, &max));
                if i + 1 == d.constructor_prefix.len() {
                    sets.push(quote!(core.hit_type_param();));
                }
            }
            if d.constructor_prefix.is_empty() {
                sets.insert(0, quote!(core.hit_type_param();));
            }
            let names: Vec<String> = all.iter().map(|k| format!("`{k}`")).collect();
            let doc = docs(&format!(
                "{} `{}` hit with what it requires: {}.",
                article(&r.hit_type),
                r.hit_type,
                names.join(", ")
            ));
            methods.extend(quote! {
                #doc
                #[inline]
                pub fn #cn(#(#args),*) -> Self {
                    let mut core = #rt::HitBuilder::new(&super::params::#dname, #rt::HitType::#ht);
                    #(#sets)*
                    Self { core }
                }
            });
        }
        for (i, p) in table.iter().enumerate() {
            if p.collection.is_some()
                || !p.applies_to(&r.hit_type)
                || p.key == "t"
                || d.fixed.iter().any(|(k, _)| k == &p.key)
                || d.constructor_prefix.contains(&p.key)
            {
                continue;
            }
            let m = ident(&p.name);
            let v = format_ident!("value");
            let (aty, conv) = arg_conv(d, p, &v);
            let max = opt_u32(p.max_bytes);
            let doc = docs(&param_doc(p));
            let key = &p.key;
            let check = min_check(p, &v, key);
            if p.is_indexed() {
                methods.extend(quote! {
                    #doc
                    ///
                    /// The index is checked when the hit is built.
                    #[inline]
                    pub fn #m(mut self, index: u32, #v: #aty) -> Self {
                        self.core.set_indexed(&super::params::#dname.params[#i], &[index], #conv);
                        self
                    }
                });
            } else {
                let set = set_call(quote!(self.core), p, conv, &max);
                methods.extend(quote! {
                    #doc
                    #[inline]
                    pub fn #m(mut self, #v: #aty) -> Self {
                        #check
                        #set
                        self
                    }
                });
            }
        }
        for c in d.collections.iter().filter(|c| c.parent.is_none()) {
            let applies = d
                .params
                .iter()
                .any(|p| p.collection.as_deref() == Some(&c.name) && p.applies_to(&r.hit_type));
            if !applies {
                continue;
            }
            let cty = format_ident!("{}", c.rust);
            let m = format_ident!("{}", c.name);
            let gs = group_static(d, c);
            let doc = docs(&format!(
                "Appends a [`{}`]; its index is its position (from 1), checked when the hit is built.",
                c.rust
            ));
            methods.extend(quote! {
                #doc
                #[inline]
                pub fn #m(mut self, entry: #cty) -> Self {
                    self.core.push_group(&super::params::#gs, entry.into_group());
                    self
                }
            });
        }
        if !d.cache_buster.is_empty() {
            let doc = docs(&format!(
                "A cache buster, sent as `{}` (always the last parameter).",
                d.cache_buster
            ));
            methods.extend(quote! {
                #doc
                #[inline]
                pub fn cache_buster(mut self, value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>) -> Self {
                    self.core.cache_buster(value.into());
                    self
                }
            });
        }
        let doc = docs(&format!(
            "{} `{}` hit of the {} dialect. Constructors take what the hit type requires; \
             `build()` checks index ranges and the remaining rules.",
            article(&r.hit_type),
            r.hit_type,
            d.name
        ));
        out.extend(quote! {
            #doc
            #[derive(Debug, Clone)]
            #[must_use]
            pub struct #ty { core: #rt::HitBuilder }
            impl #ty {
                #methods
                /// When the hit happened: the sender then computes the queue time / event time.
                #[inline]
                pub fn occurred_at(mut self, at: ::std::time::SystemTime) -> Self {
                    self.core.occurred_at(at);
                    self
                }
                /// The hit, or the first rule it breaks.
                #[inline]
                pub fn build(self) -> ::std::result::Result<#rt::Hit, #rt::HitError> {
                    self.core.build()
                }
            }
        });
    }
    let doc = inner_docs(&format!(
        "Typed hit builders of the {} ({}).",
        d.name, d.title
    ));
    quote! {
        #doc
        #out
    }
}

fn emit_ga4(g: &Ga4Def) -> TokenStream {
    let rt = rt();
    let e = |k: &str| g.endpoints.get(k).cloned().unwrap_or_default();
    let (base, collect, debug) = (e("base_url"), e("collect"), e("debug"));
    let l = |k: &str| g.limits.get(k).copied().unwrap_or(0) as usize;
    let fields: Vec<TokenStream> = GA4_LIMITS
        .iter()
        .map(|k| {
            let id = format_ident!("{}", k);
            let v = l(k);
            quote!(#id: #v)
        })
        .collect();
    let ov = g.param_value_overrides.iter().map(|(k, v)| {
        let v = *v as usize;
        quote!((#k, #v))
    });
    let res = GA4_RESERVED.iter().map(|k| {
        let id = format_ident!("{}", k);
        let list = g.reserved.get(*k).cloned().unwrap_or_default();
        quote!(#id: &[#(#list),*])
    });
    let body: Vec<&String> = g.body_fields.iter().map(|(n, _)| n).collect();
    let prefix = &g.measurement_id_prefix;
    let event_rules = g.event_rules.iter().map(|e| {
        let event = &e.event;
        let required = &e.required;
        let recommended = &e.recommended;
        let currency_with_value = e.currency_with_value;
        quote! {
            #rt::Ga4EventRule {
                event: #event,
                required: &[#(#required),*],
                recommended: &[#(#recommended),*],
                currency_with_value: #currency_with_value,
            }
        }
    });
    let item_identifiers = &g.item_identifiers;
    quote! {
        /// The GA4 limits and reserved names the runtime checks GA4 requests against.
        pub static GA4: #rt::Ga4Rules = #rt::Ga4Rules {
            base_url: #base,
            collect: #collect,
            debug: #debug,
            #(#fields,)*
            param_value_overrides: &[#(#ov),*],
            #(#res,)*
            body_fields: &[#(#body),*],
            measurement_id_prefix: #prefix,
            event_rules: &[#(#event_rules),*],
            item_identifiers: &[#(#item_identifiers),*],
        };
    }
}
