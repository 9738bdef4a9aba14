//! The Yandex Metrica Reporting API's fields (`schema/metrica/fields.json`), generated into the
//! `metrica-reporting` crate's `src/generated/`:
//!
//! - `fields.rs`: `PLACEHOLDERS`, `DIMENSIONS`, `METRICS` (each sorted by name, so that a name is
//!   found by binary search) and `ALIASES`, as tables of the crate's hand-written `schema` types
//!   (`FieldDef`, `AliasDef`, `Placeholder`, `Operator`, `MetricType`);
//! - `mod.rs`: the module.
//!
//! The generated code reaches the crate's `schema` module through one path, imported as `rt`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::metrica::{
    AliasModel, FieldModel, MetricaModel, Operator, PlaceholderForm, PlaceholderModel,
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
    let module = quote! {
        //! Code generated from `schema/metrica/fields.json`. Regenerate with `cargo run -p codegen`.

        pub mod fields;
    };
    Ok(vec![
        GeneratedFile {
            path: "fields.rs".into(),
            contents: format_rust_with_runtime(from, fields, &support)?,
        },
        GeneratedFile {
            path: "mod.rs".into(),
            contents: format_rust(from, module)?,
        },
    ])
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
