//! REST APIs from a Discovery document (`schema/ga4_data/`), generated into a crate of their
//! own (`ga4-data`): per API version a module with
//!
//! - `types.rs`: one struct per schema and one open enum per inline enum, with the document's
//!   descriptions as docs; every field optional (`None` = key absent), unknown keys and explicit
//!   `null`s kept in `unknown_fields`; `int64` fields as integers that travel as strings,
//!   `double` fields as numbers kept as written; a struct containing itself boxed;
//! - `types/serde.rs`: their serde impls;
//! - `methods.rs`: per method a unit struct implementing the crate's `Method` trait (name,
//!   HTTP method, path template, quota category, request and response types) and its
//!   parameters struct, and the `METHODS` table;
//! - `mod.rs`: the `SCHEMAS` table (every type by name, with its re-encoder).
//!
//! The generated code reaches the wire-format building blocks in the runtime, imported as `rt`
//! (`::yandex_direct_runtime`, the one runtime of every API), and the crate's hand-written
//! `method` module through the support path (`crate` inside the crate, `::ga4_data` for the
//! snapshot tests).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::enums::{documented_enum_type, enum_serde};
use super::{docs, ident, inner_docs};
use crate::model::rest::{
    EnumModel, FieldModel, MethodModel, ParameterModel, Primitive, RestApiModel, RestModel,
    StructModel, TypeModel, TypeRef,
};
use crate::output::{format_rust, format_rust_with_runtime, GeneratedFile};

/// Every generated file of the REST APIs, sorted by path; `support_path` is the path of the
/// crate that holds the `method` module (`crate`); `wire` is the runtime's.
pub fn emit(model: &RestModel, support_path: &str) -> Result<Vec<GeneratedFile>, String> {
    let support: syn::Path = syn::parse_str(support_path)
        .map_err(|e| format!("support path `{support_path}` is not a Rust path: {e}"))?;
    let support = quote!(#support);
    let runtime = quote!(::yandex_direct_runtime);
    let rt = quote!(rt);
    let mut files = Vec::new();
    for api in &model.apis {
        let from = api.display_path.as_str();
        let dir = &api.module;
        files.push(GeneratedFile {
            path: format!("{dir}/mod.rs").into(),
            contents: format_rust_with_runtime(from, api_mod(&rt, &support, api), &runtime)?,
        });
        files.push(GeneratedFile {
            path: format!("{dir}/types.rs").into(),
            contents: format_rust_with_runtime(from, types_file(&rt, api), &runtime)?,
        });
        files.push(GeneratedFile {
            path: format!("{dir}/types/serde.rs").into(),
            contents: format_rust_with_runtime(from, serde_file(&rt, api), &runtime)?,
        });
        files.push(GeneratedFile {
            path: format!("{dir}/methods.rs").into(),
            contents: format_rust_with_runtime(from, methods_file(&support, api), &runtime)?,
        });
    }
    let modules = model.apis.iter().map(|api| {
        let name = ident(&api.module);
        let doc = docs(&format!(
            "{} {} (`{}`).",
            api.title, api.module, api.display_path
        ));
        quote!(#doc pub mod #name;)
    });
    let root = quote! {
        #![doc = " Code generated from `schema/ga4_data/`. Regenerate with `cargo run -p codegen`."]
        #(#modules)*
    };
    files.push(GeneratedFile {
        path: "mod.rs".into(),
        contents: format_rust("schema/ga4_data/", root)?,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The document's words, then ours after a blank line.
fn joined(google: Option<&str>, ours: &str) -> String {
    match google.map(str::trim_end).filter(|d| !d.is_empty()) {
        Some(text) => format!("{text}\n\n{ours}"),
        None => ours.to_owned(),
    }
}

fn api_mod(rt: &TokenStream, support: &TokenStream, api: &RestApiModel) -> TokenStream {
    let doc = inner_docs(&joined(
        api.doc.as_deref(),
        &format!(
            "{}, generated from `{}` (Discovery document `{}`, canonical sha256 `{}`).",
            api.title, api.display_path, api.document_id, api.canonical_sha256
        ),
    ));
    let base_url = &api.base_url;
    let schemas = api.types.iter().map(|ty| {
        let (wire, rust) = match ty {
            TypeModel::Struct(s) => (&s.wire, &s.rust),
            TypeModel::Enum(e) => (&e.wire, &e.rust),
        };
        let rust = ident(rust);
        quote! {
            #support::method::SchemaEntry { name: #wire, reencode: #rt::wire::reencode::<types::#rust> },
        }
    });
    quote! {
        #doc
        pub mod methods;
        pub mod types;

        /// Where the API is served.
        pub const BASE_URL: &str = #base_url;

        /// Every type of the document by name (inline enums by their generated name), with a
        /// function that decodes a value of it and encodes it again.
        pub static SCHEMAS: &[#support::method::SchemaEntry] = &[#(#schemas)*];
    }
}

fn types_file(rt: &TokenStream, api: &RestApiModel) -> TokenStream {
    let doc = inner_docs(&format!(
        "The types of {} {} (`{}`): one struct per schema, one open enum per inline enum.",
        api.title, api.module, api.display_path
    ));
    let items = api.types.iter().map(|ty| match ty {
        TypeModel::Struct(s) => struct_type(rt, s),
        TypeModel::Enum(e) => enum_type(rt, e),
    });
    quote! {
        #doc
        mod serde;
        #(#items)*
    }
}

fn serde_file(rt: &TokenStream, api: &RestApiModel) -> TokenStream {
    let doc = inner_docs(&format!(
        "Serde glue of the types of `{}`, which nothing calls by name: unknown keys and explicit\n`null`s are kept, `int64` values travel as strings.",
        api.display_path
    ));
    let items = api.types.iter().map(|ty| match ty {
        TypeModel::Struct(s) => struct_serde(rt, s),
        TypeModel::Enum(e) => enum_serde(rt, &e.rust),
    });
    quote! {
        #doc
        use super::*;
        #(#items)*
    }
}

fn enum_type(rt: &TokenStream, e: &EnumModel) -> TokenStream {
    let doc = format!(
        "The values of `{}`: {} known, or any other value the API may add (kept in `Unrecognized`\nand sent back as it came).",
        e.defined_at,
        e.variants.len()
    );
    let variants: Vec<(String, String, String)> = e
        .variants
        .iter()
        .map(|v| {
            let ours = format!("`{}`", v.wire);
            (
                v.wire.clone(),
                v.rust.clone(),
                joined(v.doc.as_deref(), &ours),
            )
        })
        .collect();
    documented_enum_type(rt, &e.rust, &doc, &variants)
}

/// The type of one element of a field (one item of an array, one value of a map).
fn element_type(rt: &TokenStream, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Primitive(p) => match p {
            Primitive::String => quote!(::std::string::String),
            Primitive::Bool => quote!(bool),
            Primitive::I32 => quote!(i32),
            Primitive::U32 => quote!(u32),
            Primitive::I64 => quote!(i64),
            Primitive::U64 => quote!(u64),
            Primitive::Double | Primitive::Float => quote!(#rt::wire::Double),
            Primitive::Any => quote!(::serde_json::Value),
        },
        TypeRef::Named(name) => {
            let name = ident(name);
            quote!(#name)
        }
    }
}

/// The type of a field's value when present.
fn value_type(rt: &TokenStream, f: &FieldModel) -> TokenStream {
    let element = element_type(rt, &f.ty);
    let mut value = if f.map {
        if f.ty == TypeRef::Primitive(Primitive::Any) {
            quote!(::serde_json::Map<::std::string::String, ::serde_json::Value>)
        } else {
            quote!(::std::collections::BTreeMap<::std::string::String, #element>)
        }
    } else {
        element
    };
    if f.boxed {
        value = quote!(::std::boxed::Box<#value>);
    }
    if f.repeated {
        value = quote!(::std::vec::Vec<#value>);
    }
    value
}

/// What a field says about its wire form, after the document's description.
fn field_wire_note(f: &FieldModel) -> String {
    let what = match (&f.ty, f.repeated, f.map) {
        (TypeRef::Primitive(Primitive::I64 | Primitive::U64), _, _) => {
            format!("{} (sent as a string of digits)", primitive_name(&f.ty))
        }
        (TypeRef::Primitive(Primitive::String), _, _) => match &f.format {
            Some(format) => format!("string, format `{format}`"),
            None => "string".to_owned(),
        },
        (TypeRef::Primitive(p), _, _) => p.name().to_owned(),
        (TypeRef::Named(n), _, _) => format!("`{n}`"),
    };
    let shape = match (f.repeated, f.map) {
        (true, true) => format!("array of objects of {what}"),
        (true, false) => format!("array of {what}"),
        (false, true) => format!("object of {what}"),
        (false, false) => what,
    };
    let mut note = format!("JSON `{}`: {shape}", f.wire);
    if f.read_only {
        note.push_str(", read-only");
    }
    if f.deprecated {
        note.push_str(", deprecated");
    }
    note.push('.');
    note
}

fn primitive_name(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::Primitive(p) => p.name(),
        TypeRef::Named(_) => "",
    }
}

fn struct_type(rt: &TokenStream, s: &StructModel) -> TokenStream {
    let name = ident(&s.rust);
    let doc = docs(&joined(s.doc.as_deref(), &format!("Schema `{}`.", s.wire)));
    let fields = s.fields.iter().map(|f| {
        let field = ident(&f.rust);
        let ty = value_type(rt, f);
        let doc = docs(&joined(f.doc.as_deref(), &field_wire_note(f)));
        quote! { #doc pub #field: ::core::option::Option<#ty>, }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct #name {
            #(#fields)*
            /// Keys this version of the schema does not know, and explicit `null`s of the keys it
            /// knows, kept so that they survive a round trip.
            pub unknown_fields: #rt::wire::UnknownFields,
        }
    }
}

/// The 64-bit integer wrapper a field's values travel in, if any.
fn string_integer(rt: &TokenStream, f: &FieldModel) -> Option<(TokenStream, TokenStream)> {
    match f.ty {
        TypeRef::Primitive(Primitive::I64) => {
            Some((quote!(#rt::wire::Int64), quote!(#rt::wire::Int64Slice)))
        }
        TypeRef::Primitive(Primitive::U64) => {
            Some((quote!(#rt::wire::UInt64), quote!(#rt::wire::UInt64Slice)))
        }
        _ => None,
    }
}

fn struct_serde(rt: &TokenStream, s: &StructModel) -> TokenStream {
    let name = ident(&s.rust);
    let ser_fields = s.fields.iter().map(|f| {
        let field = ident(&f.rust);
        let key = &f.wire;
        let value = match (string_integer(rt, f), f.repeated) {
            (Some((_, slice)), true) => quote!(&#slice(value)),
            (Some((one, _)), false) => quote!(&#one(*value)),
            (None, _) => quote!(value),
        };
        quote! {
            if let ::core::option::Option::Some(value) = &self.#field {
                map.serialize_entry(#key, #value)?;
            }
        }
    });
    let shadowed = s.fields.iter().map(|f| {
        let field = ident(&f.rust);
        let key = &f.wire;
        quote!(#key => self.#field.is_some(),)
    });
    // An explicit `null` kept from decoding goes out unless the field has a value since.
    let write_unknown = if s.fields.is_empty() {
        quote! {
            for (key, value) in &self.unknown_fields {
                map.serialize_entry(key, value)?;
            }
        }
    } else {
        quote! {
            for (key, value) in &self.unknown_fields {
                let shadowed = match key.as_str() {
                    #(#shadowed)*
                    _ => false,
                };
                if !shadowed {
                    map.serialize_entry(key, value)?;
                }
            }
        }
    };
    let locals = s.fields.iter().map(|f| {
        let field = ident(&f.rust);
        quote! { let mut #field = ::core::option::Option::None; }
    });
    let arms = s.fields.iter().map(|f| {
        let field = ident(&f.rust);
        let key = &f.wire;
        let read = match (string_integer(rt, f), f.repeated) {
            (Some((one, _)), true) => quote! {
                #rt::wire::optional_value::<_, ::std::vec::Vec<#one>>(&mut map, #key, &mut unknown_fields)?
                    .map(|values| values.into_iter().map(|v| v.0).collect())
            },
            (Some((one, _)), false) => quote! {
                #rt::wire::optional_value::<_, #one>(&mut map, #key, &mut unknown_fields)?.map(|v| v.0)
            },
            (None, _) => quote! {
                #rt::wire::optional_value(&mut map, #key, &mut unknown_fields)?
            },
        };
        quote! { #key => #field = #read, }
    });
    let finals = s.fields.iter().map(|f| {
        let field = ident(&f.rust);
        quote!(#field,)
    });
    let schema = &s.wire;
    let unknown = quote!(#rt::wire::unknown_field(&mut map, key, &mut unknown_fields, #schema)?);
    let dispatch = if s.fields.is_empty() {
        quote!(#unknown;)
    } else {
        quote! {
            match key.as_str() {
                #(#arms)*
                _ => #unknown,
            }
        }
    };
    let expecting = format!("a `{}` object", s.wire);
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(::core::option::Option::None)?;
                #(#ser_fields)*
                #write_unknown
                map.end()
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                struct Visitor;
                impl<'de> ::serde::de::Visitor<'de> for Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> ::core::result::Result<#name, A::Error> {
                        #(#locals)*
                        let mut unknown_fields = #rt::wire::UnknownFields::new();
                        while let ::core::option::Option::Some(key) = map.next_key::<#rt::wire::FieldKey<'de>>()? {
                            #dispatch
                        }
                        ::core::result::Result::Ok(#name {
                            #(#finals)*
                            unknown_fields,
                        })
                    }
                }
                deserializer.deserialize_map(Visitor)
            }
        }
    }
}

fn parameter_type(p: &ParameterModel) -> TokenStream {
    let one = match p.ty {
        Primitive::String | Primitive::Any => quote!(::std::string::String),
        Primitive::Bool => quote!(bool),
        Primitive::I32 => quote!(i32),
        Primitive::U32 => quote!(u32),
        Primitive::I64 => quote!(i64),
        Primitive::U64 => quote!(u64),
        Primitive::Double | Primitive::Float => quote!(f64),
    };
    if p.repeated {
        quote!(::std::vec::Vec<#one>)
    } else if p.required {
        one
    } else {
        quote!(::core::option::Option<#one>)
    }
}

fn parameter_doc(p: &ParameterModel, location: &str) -> String {
    let mut ours = format!("The {location} parameter `{}` ({}", p.wire, p.ty.name());
    if let Some(pattern) = &p.pattern {
        ours.push_str(&format!(", matching `{pattern}`"));
    }
    ours.push_str(").");
    joined(p.doc.as_deref(), &ours)
}

fn quota_tokens(support: &TokenStream, m: &MethodModel) -> TokenStream {
    let rt = support;
    match m.quota_category.as_deref() {
        Some(category) => {
            let variant =
                format_ident!("{}", heck::ToUpperCamelCase::to_upper_camel_case(category));
            quote!(::core::option::Option::Some(#rt::method::QuotaCategory::#variant))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn methods_file(support: &TokenStream, api: &RestApiModel) -> TokenStream {
    // Only the crate's `method` module is named here.
    let rt = support;
    let doc = inner_docs(&format!(
        "The methods of {} {} (`{}`): per method a unit struct implementing `Method` and the\nstruct of its path and query parameters; the `METHODS` table.",
        api.title, api.module, api.display_path
    ));
    let base_url = &api.base_url;
    let items = api.methods.iter().map(|m| {
        let name = ident(&m.rust);
        let params = ident(&m.params_rust);
        let http = format_ident!("{}", m.http_method.variant());
        let http_text = m.http_method.variant().to_ascii_uppercase();
        let mut ours = format!("`{http_text} {}`", m.path);
        match (&m.quota_category, &m.quota_note) {
            (Some(category), Some(note)) => ours.push_str(&format!("; quota category {category} {note}")),
            (Some(category), None) => ours.push_str(&format!("; quota category {category}")),
            (None, Some(note)) => ours.push_str(&format!("; quota category: {note}")),
            (None, None) => {}
        }
        ours.push_str(&format!(" (`{}`).", m.id));
        let doc = docs(&joined(m.doc.as_deref(), &ours));
        let params_doc = docs(&format!("The path and query parameters of [`{}`].", m.rust));
        let path_fields = m.path_parameters.iter().map(|p| {
            let field = ident(&p.rust);
            let ty = parameter_type(p);
            let doc = docs(&parameter_doc(p, "path"));
            quote!(#doc pub #field: #ty,)
        });
        let query_fields = m.query_parameters.iter().map(|p| {
            let field = ident(&p.rust);
            let ty = parameter_type(p);
            let doc = docs(&parameter_doc(p, "query"));
            quote!(#doc pub #field: #ty,)
        });
        let path_values = m.path_parameters.iter().map(|p| {
            let field = ident(&p.rust);
            let wire = &p.wire;
            if p.required {
                quote!((#wire, params.#field.as_str()),)
            } else {
                quote!((#wire, params.#field.as_deref().unwrap_or("")),)
            }
        });
        let query_pushes = m.query_parameters.iter().map(|p| {
            let field = ident(&p.rust);
            let wire = &p.wire;
            if p.repeated {
                quote! {
                    for value in &params.#field {
                        query.push((#wire, ::std::string::ToString::to_string(value)));
                    }
                }
            } else if p.required {
                quote!(query.push((#wire, ::std::string::ToString::to_string(&params.#field)));)
            } else {
                quote! {
                    if let ::core::option::Option::Some(value) = &params.#field {
                        query.push((#wire, ::std::string::ToString::to_string(value)));
                    }
                }
            }
        });
        let query_body = if m.query_parameters.is_empty() {
            quote! {
                let _ = params;
                ::std::vec::Vec::new()
            }
        } else {
            quote! {
                let mut query = ::std::vec::Vec::new();
                #(#query_pushes)*
                query
            }
        };
        let body = |ty: &Option<String>| match ty {
            Some(t) => {
                let t = ident(t);
                quote!(super::types::#t)
            }
            None => quote!(#rt::method::NoBody),
        };
        let request = body(&m.request);
        let response = body(&m.response);
        let wire_name = &m.name;
        let id = &m.id;
        let path = &m.path;
        let quota = quota_tokens(rt, m);
        let scopes = &m.scopes;
        quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
            pub struct #name;

            #params_doc
            #[derive(Debug, Clone, PartialEq, Default)]
            pub struct #params {
                #(#path_fields)*
                #(#query_fields)*
            }

            impl #rt::method::Method for #name {
                type Params = #params;
                type Request = #request;
                type Response = #response;
                const NAME: &'static str = #wire_name;
                const ID: &'static str = #id;
                const HTTP_METHOD: #rt::method::HttpMethod = #rt::method::HttpMethod::#http;
                const PATH: &'static str = #path;
                const BASE_URL: &'static str = #base_url;
                const QUOTA_CATEGORY: ::core::option::Option<#rt::method::QuotaCategory> = #quota;
                const SCOPES: &'static [&'static str] = &[#(#scopes),*];

                fn path_values(params: &#params) -> ::std::vec::Vec<(&'static str, &str)> {
                    ::std::vec![#(#path_values)*]
                }

                fn query(params: &#params) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                    #query_body
                }
            }
        }
    });
    let entries = api.methods.iter().map(|m| {
        let http = format_ident!("{}", m.http_method.variant());
        let name = &m.name;
        let id = &m.id;
        let path = &m.path;
        let quota = quota_tokens(rt, m);
        let type_name = |t: &Option<String>| match t {
            Some(t) => quote!(::core::option::Option::Some(#t)),
            None => quote!(::core::option::Option::None),
        };
        let codec = |t: &Option<String>| match t {
            Some(t) => {
                let t = ident(t);
                quote!(::core::option::Option::Some(::yandex_direct_runtime::wire::reencode::<super::types::#t>))
            }
            None => quote!(::core::option::Option::None),
        };
        let (request_type, response_type) = (type_name(&m.request), type_name(&m.response));
        let (request, response) = (codec(&m.request), codec(&m.response));
        quote! {
            #rt::method::MethodEntry {
                name: #name,
                id: #id,
                http_method: #rt::method::HttpMethod::#http,
                path: #path,
                quota_category: #quota,
                request_type: #request_type,
                response_type: #response_type,
                request: #request,
                response: #response,
            },
        }
    });
    quote! {
        #doc
        #(#items)*

        /// Every method, sorted by name.
        pub static METHODS: &[#rt::method::MethodEntry] = &[#(#entries)*];
    }
}
