//! The Yandex Metrica Reporting API's fields (`schema/metrica/fields.json`), generated into the
//! `metrica-reporting` crate's `src/generated/`:
//!
//! - `fields.rs`: `PLACEHOLDERS`, `DIMENSIONS`, `METRICS` (each sorted by name, so that a name is
//!   found by binary search) and `ALIASES`, as tables of the crate's hand-written `schema` types
//!   (`FieldDef`, `AliasDef`, `Placeholder`, `Operator`, `MetricType`);
//! - with `schema/metrica/endpoints.json`: `endpoints.rs` (a parameters struct per endpoint and
//!   the `ENDPOINTS` table) and `responses.rs` (the answers' objects, with serde that keeps
//!   unknown keys and `null`s, and the open enum `ErrorType`);
//! - `mod.rs`: the module.
//!
//! The generated code reaches the crate's `schema` module through one path, imported as `rt`
//! (the serde building blocks as `rt::wire`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::metrica::{
    AliasModel, EndpointModel, EndpointsModel, FieldModel, MetricaModel, Operator, ParamKind,
    PlaceholderForm, PlaceholderModel, TypeModel, ValueType,
};
use crate::output::{format_rust, format_rust_with_runtime, GeneratedFile};

/// The generated files, sorted by path; `support_path` is the path of the crate's `schema`
/// module (`crate::schema`).
pub fn emit(model: &MetricaModel, support_path: &str) -> Result<Vec<GeneratedFile>, String> {
    let support: syn::Path = syn::parse_str(support_path)
        .map_err(|e| format!("support path `{support_path}` is not a Rust path: {e}"))?;
    let support = quote!(#support);
    let from = model.display_path.as_str();
    let placeholders = model.placeholders.iter().map(placeholder);
    let dimensions = model.dimensions.iter().map(|f| field(f, quote!(Dimension)));
    let metrics = model.metrics.iter().map(|f| field(f, quote!(Metric)));
    let aliases = model.aliases.iter().map(alias);
    let (n_dimensions, n_metrics) = (model.dimensions.len(), model.metrics.len());
    let dimensions_doc = format!(
        " The {n_dimensions} dimensions, sorted by name (templates with their placeholders)."
    );
    let metrics_doc =
        format!(" The {n_metrics} metrics, sorted by name (templates with their placeholders).");
    let fields = quote! {
        //! Every dimension and metric of the Reporting API, as the schema gives them.

        /// What may fill each placeholder of a template, sorted by name.
        pub static PLACEHOLDERS: &[rt::Placeholder] = &[#(#placeholders),*];

        #[doc = #dimensions_doc]
        pub static DIMENSIONS: &[rt::FieldDef] = &[#(#dimensions),*];

        #[doc = #metrics_doc]
        pub static METRICS: &[rt::FieldDef] = &[#(#metrics),*];

        /// Older spellings of templates, still accepted, sorted by name.
        pub static ALIASES: &[rt::AliasDef] = &[#(#aliases),*];
    };
    let mut files = vec![GeneratedFile {
        path: "fields.rs".into(),
        contents: format_rust_with_runtime(from, fields, &support)?,
    }];
    let module = match &model.endpoints {
        None => quote! {
            //! Code generated from `schema/metrica/fields.json`. Regenerate with `cargo run -p codegen`.

            pub mod fields;
        },
        Some(endpoints) => {
            let from = endpoints.display_path.as_str();
            files.push(GeneratedFile {
                path: "endpoints.rs".into(),
                contents: format_rust_with_runtime(from, endpoints_file(endpoints), &support)?,
            });
            files.push(GeneratedFile {
                path: "responses.rs".into(),
                contents: format_rust_with_runtime(
                    from,
                    responses_file(endpoints, &model.error_types),
                    &support,
                )?,
            });
            quote! {
                //! Code generated from `schema/metrica/fields.json` and `schema/metrica/endpoints.json`.
                //! Regenerate with `cargo run -p codegen`.

                pub mod endpoints;
                pub mod fields;
                pub mod responses;
            }
        }
    };
    files.push(GeneratedFile {
        path: "mod.rs".into(),
        contents: format_rust(from, module)?,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| format!(" {line}"));
    quote!(#(#[doc = #lines])*)
}

/// The parameters struct of each endpoint and the `ENDPOINTS` table.
fn endpoints_file(model: &EndpointsModel) -> TokenStream {
    let structs = model
        .endpoints
        .iter()
        .map(|e| params_struct(e, &model.base_path));
    let entries = model.endpoints.iter().map(|e| {
        let name = &e.name;
        let path = format!("{}{}", model.base_path, e.path);
        let params = format_ident!("{}", e.params);
        let response = format_ident!("{}", e.response);
        let parameters = e.parameters.iter().map(|p| &p.name);
        quote! {
            rt::wire::Endpoint {
                name: #name,
                path: #path,
                parameters: &[#(#parameters),*],
                reencode_request: rt::wire::reencode_params::<#params>,
                reencode_response: rt::wire::reencode::<super::responses::#response>,
            }
        }
    });
    quote! {
        //! The endpoints of the Reporting API and their query parameters.

        /// Every endpoint, with what decodes and re-encodes its parameters and its answer.
        pub static ENDPOINTS: &[rt::wire::Endpoint] = &[#(#entries),*];

        #(#structs)*
    }
}

fn params_struct(e: &EndpointModel, base_path: &str) -> TokenStream {
    let name = format_ident!("{}", e.params);
    let path = format!("{base_path}{}", e.path);
    let endpoint = &e.name;
    let doc = doc_attrs(&format!(
        "The query parameters of `{path}`: {}\n\nEach is `None` when not sent; \
         `to_pairs` gives them in the order the schema lists them, then `unknown_params`.",
        e.doc
    ));
    let mut fields = Vec::new();
    let mut renders = Vec::new();
    let mut parses = Vec::new();
    let mut required = Vec::new();
    for p in &e.parameters {
        let ident = format_ident!("{}", crate::naming::field_name(&p.name));
        let key = &p.name;
        let (ty, render, parse) = match p.kind {
            ParamKind::String => (quote!(String), quote!(render_text), quote!(parse_text)),
            ParamKind::StringList => (
                quote!(Vec<String>),
                quote!(render_texts),
                quote!(parse_texts),
            ),
            ParamKind::Integer => (quote!(u64), quote!(render_integer), quote!(parse_integer)),
            ParamKind::IntegerList => (
                quote!(Vec<u64>),
                quote!(render_integers),
                quote!(parse_integers),
            ),
            ParamKind::Boolean => (quote!(bool), quote!(render_boolean), quote!(parse_boolean)),
        };
        let doc = doc_attrs(&format!(
            "`{key}`{}: {}",
            if p.required { " (required)" } else { "" },
            p.doc
        ));
        fields.push(quote! { #doc pub #ident: Option<#ty>, });
        renders.push(quote! {
            if let Some(value) = &self.#ident {
                pairs.push((#key.to_owned(), rt::wire::params::#render(value)));
            }
        });
        parses.push(quote! {
            #key => rt::wire::params::set_once(&mut params.#ident, key, rt::wire::params::#parse(key, value)?)?,
        });
        if p.required {
            required.push(quote! {
                if params.#ident.is_none() {
                    return Err(rt::wire::ParamError::Missing { parameter: #key });
                }
            });
        }
    }
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        pub struct #name {
            #(#fields)*
            /// Parameters the schema does not know, as given, in order.
            pub unknown_params: Vec<(String, String)>,
        }

        impl #name {
            /// The endpoint's name (in `roundtrip` lines and `find_endpoint`).
            pub const ENDPOINT: &'static str = #endpoint;
            /// The endpoint's path.
            pub const PATH: &'static str = #path;
        }

        impl rt::wire::EndpointParams for #name {
            fn to_pairs(&self) -> Vec<(String, String)> {
                let mut pairs = Vec::new();
                #(#renders)*
                pairs.extend(self.unknown_params.iter().cloned());
                pairs
            }

            fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
                pairs: impl IntoIterator<Item = (K, V)>,
            ) -> Result<Self, rt::wire::ParamError> {
                let mut params = Self::default();
                for (key, value) in pairs {
                    let (key, value) = (key.as_ref(), value.as_ref());
                    match key {
                        #(#parses)*
                        _ => params.unknown_params.push((key.to_owned(), value.to_owned())),
                    }
                }
                #(#required)*
                Ok(params)
            }
        }
    }
}

fn value_type(ty: &ValueType) -> TokenStream {
    match ty {
        ValueType::String => quote!(String),
        ValueType::Integer => quote!(i64),
        ValueType::Boolean => quote!(bool),
        ValueType::Number => quote!(rt::wire::Number),
        ValueType::Metric => quote!(rt::wire::MetricValue),
        ValueType::FlexInteger => quote!(rt::wire::FlexNumber<i64>),
        ValueType::Any => quote!(rt::wire::Value),
        ValueType::ErrorType => quote!(ErrorType),
        ValueType::Named(name) => {
            let ident = format_ident!("{}", name);
            quote!(#ident)
        }
    }
}

/// The answers' objects (with serde that keeps unknown keys and `null`s) and `ErrorType`.
fn responses_file(model: &EndpointsModel, error_types: &[String]) -> TokenStream {
    let types = model.types.iter().map(response_type);
    let error_type = error_type_enum(error_types);
    quote! {
        //! The objects of the Reporting API's answers. Every key may be absent; a key these
        //! bindings do not know is kept in `unknown_fields`, and so is a `null` where the field
        //! is not nullable, so that every answer encodes back to the same JSON value.

        #(#types)*

        #error_type
    }
}

fn response_type(t: &TypeModel) -> TokenStream {
    let name = format_ident!("{}", t.name);
    let type_name = &t.name;
    let doc = doc_attrs(&t.doc);
    let expecting = format!("a `{}` object", t.name);
    let mut fields = Vec::new();
    let mut serialize = Vec::new();
    let mut shadowed = Vec::new();
    let mut locals = Vec::new();
    let mut arms = Vec::new();
    let mut build = Vec::new();
    for f in &t.fields {
        let ident = format_ident!("{}", crate::naming::field_name(&f.name));
        let key = &f.name;
        let mut ty = value_type(&f.ty);
        for _ in 0..f.array {
            ty = quote!(Vec<#ty>);
        }
        let doc = doc_attrs(&format!("`{key}`: {}", f.doc));
        if f.nullable {
            fields.push(quote! { #doc pub #ident: rt::wire::Nullable<#ty>, });
            serialize.push(quote! {
                if self.#ident.is_present() {
                    map.serialize_entry(#key, &self.#ident)?;
                }
            });
            shadowed.push(quote! { #key => self.#ident.is_present(), });
            locals.push(quote! { let mut #ident = rt::wire::Nullable::Absent; });
            arms.push(quote! {
                #key => {
                    #ident = map.next_value()?;
                }
            });
        } else {
            fields.push(quote! { #doc pub #ident: Option<#ty>, });
            serialize.push(quote! {
                if let Some(value) = &self.#ident {
                    map.serialize_entry(#key, value)?;
                }
            });
            shadowed.push(quote! { #key => self.#ident.is_some(), });
            locals.push(quote! { let mut #ident = None; });
            arms.push(quote! {
                #key => {
                    #ident = rt::wire::optional_value(&mut map, #key, &mut unknown_fields)?;
                }
            });
        }
        build.push(quote!(#ident,));
    }
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct #name {
            #(#fields)*
            /// Keys these bindings do not know, and `null`s of fields that are not nullable.
            pub unknown_fields: rt::wire::UnknownFields,
        }

        impl rt::wire::Serialize for #name {
            fn serialize<S: rt::wire::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use rt::wire::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                #(#serialize)*
                for (key, value) in &self.unknown_fields {
                    let shadowed = match key.as_str() {
                        #(#shadowed)*
                        _ => false,
                    };
                    if !shadowed {
                        map.serialize_entry(key, value)?;
                    }
                }
                map.end()
            }
        }

        impl<'de> rt::wire::Deserialize<'de> for #name {
            fn deserialize<D: rt::wire::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl<'de> rt::wire::Visitor<'de> for Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<A: rt::wire::MapAccess<'de>>(self, mut map: A) -> Result<#name, A::Error> {
                        #(#locals)*
                        let mut unknown_fields = rt::wire::UnknownFields::new();
                        while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                            match key.as_str() {
                                #(#arms)*
                                _ => rt::wire::unknown_field(&mut map, key, &mut unknown_fields, #type_name)?,
                            }
                        }
                        Ok(#name { #(#build)* unknown_fields })
                    }
                }
                deserializer.deserialize_map(Visitor)
            }
        }
    }
}

fn error_type_enum(values: &[String]) -> TokenStream {
    let variants: Vec<_> = values
        .iter()
        .map(|v| {
            format_ident!(
                "{}",
                crate::naming::variant_name(v).unwrap_or_else(|| "Unnamed".into())
            )
        })
        .collect();
    let docs = values.iter().map(|v| format!(" `{v}`"));
    let n = values.len();
    quote! {
        /// The `error_type` of an error answer: the values `schema/metrica/fields.json` lists;
        /// any other is kept in `Unrecognized` and sent back as it came.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum ErrorType {
            #(#[doc = #docs] #variants,)*
            /// A value the schema does not know.
            Unrecognized(rt::wire::Unrecognized),
        }

        impl ErrorType {
            /// Every known value, sorted.
            pub const KNOWN: [&'static str; #n] = [#(#values),*];

            /// The value as sent.
            pub fn as_str(&self) -> &str {
                match self {
                    #(ErrorType::#variants => #values,)*
                    ErrorType::Unrecognized(raw) => raw.as_str(),
                }
            }

            /// The value for `raw`; an unknown one is kept as it is.
            pub fn from_wire(raw: &str) -> ErrorType {
                match raw {
                    #(#values => ErrorType::#variants,)*
                    other => ErrorType::Unrecognized(rt::wire::Unrecognized::new(other)),
                }
            }
        }

        impl ::core::fmt::Display for ErrorType {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rt::wire::Serialize for ErrorType {
            fn serialize<S: rt::wire::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> rt::wire::Deserialize<'de> for ErrorType {
            fn deserialize<D: rt::wire::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw: ::std::borrow::Cow<'de, str> = rt::wire::Deserialize::deserialize(deserializer)?;
                Ok(ErrorType::from_wire(&raw))
            }
        }
    }
}

fn optional_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    }
}

fn operators(list: &[Operator]) -> TokenStream {
    let variants = list.iter().map(|o| format_ident!("{}", o.variant()));
    quote!(&[#(rt::Operator::#variants),*])
}

fn placeholder(p: &PlaceholderModel) -> TokenStream {
    let name = &p.name;
    let form = match &p.form {
        PlaceholderForm::OneOf(values) => quote!(rt::PlaceholderForm::OneOf(&[#(#values),*])),
        PlaceholderForm::Digits => quote!(rt::PlaceholderForm::Digits),
        PlaceholderForm::CurrencyCode => quote!(rt::PlaceholderForm::CurrencyCode),
    };
    let default = optional_str(p.default.as_deref());
    let query_parameter = optional_str(p.query_parameter.as_deref());
    quote! {
        rt::Placeholder { name: #name, form: #form, default: #default, query_parameter: #query_parameter }
    }
}

fn field(f: &FieldModel, kind: TokenStream) -> TokenStream {
    let name = &f.name;
    let namespace = &f.namespace;
    let parameters = &f.parameters;
    let operators = operators(&f.operators);
    let metric_type = match f.metric_type {
        Some(t) => {
            let variant = format_ident!("{}", t.variant());
            quote!(Some(rt::MetricType::#variant))
        }
        None => quote!(None),
    };
    let filterable = match f.filterable {
        Some(b) => quote!(Some(#b)),
        None => quote!(None),
    };
    let min_date = optional_str(f.min_date.as_deref());
    let name_dimension = optional_str(f.name_dimension.as_deref());
    quote! {
        rt::FieldDef {
            name: #name,
            kind: rt::FieldKind::#kind,
            namespace: #namespace,
            parameters: &[#(#parameters),*],
            operators: #operators,
            metric_type: #metric_type,
            filterable: #filterable,
            min_date: #min_date,
            name_dimension: #name_dimension,
        }
    }
}

fn alias(a: &AliasModel) -> TokenStream {
    let name = &a.name;
    let template = &a.template;
    let left = &a.left_to_default;
    let operators = operators(&a.operators);
    let min_date = optional_str(a.min_date.as_deref());
    let name_dimension = optional_str(a.name_dimension.as_deref());
    quote! {
        rt::AliasDef {
            name: #name,
            template: #template,
            left_to_default: &[#(#left),*],
            operators: #operators,
            min_date: #min_date,
            name_dimension: #name_dimension,
        }
    }
}
