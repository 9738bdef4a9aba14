//! Stage 3, the emitter: Rust tokens from the [`Model`], formatted into files by
//! [`crate::output`]. One emitter with a part per API ([`direct`], [`reports`], [`measurement`];
//! [`rest`] for the Discovery APIs, run on its own into the `ga4-data` crate)
//! sharing the naming module ([`crate::naming`]), the doc and identifier helpers here, the
//! forward-compatible enums of [`enums`], and one runtime path ([`Options::runtime_path`]).
//!
//! Generated code names std and serde by absolute path (`::std::...`, `::serde::...`) and imports
//! the runtime once per file as `use <runtime_path> as rt;`, writing `rt::Items`,
//! `rt::Nullable`, ...: no user name can clash with it. Code that is the same whatever the
//! schema lives in the runtime crate, not here.

pub mod direct;
pub mod enums;
pub mod measurement;
pub mod metrica;
pub mod reports;
pub mod rest;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::model::Model;
use crate::output::{format_rust, GeneratedFile};

/// Where the generated code finds the runtime, and what it may add to it.
#[derive(Debug, Clone)]
pub struct Options {
    /// Path of the runtime module: `crate::runtime` inside the `yandex-direct` crate,
    /// `::yandex_direct::runtime` for bindings generated into another crate.
    pub runtime_path: String,
    /// Whether each service sits behind a Cargo feature of its name (the `yandex-direct` crate
    /// does this; a `build.rs` user's crate usually does not).
    pub feature_per_service: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            runtime_path: "crate::runtime".into(),
            feature_per_service: true,
        }
    }
}

/// Every generated file of `model`, sorted by path: the Direct APIs, the Reports module, the
/// Measurement Protocol and the root `mod.rs`.
pub fn emit(model: &Model, options: &Options) -> Result<Vec<GeneratedFile>, String> {
    let runtime = runtime_path(options)?;
    let mut files = direct::emit(&model.direct, model.reports.is_some(), options)?;
    if let Some(reports) = &model.reports {
        files.push(GeneratedFile {
            path: "direct_v5/reports.rs".into(),
            contents: reports::emit_file(reports, &runtime)?,
        });
    }
    if let Some(measurement) = &model.measurement {
        files.extend(measurement::emit(measurement, &runtime)?);
    }
    files.push(emit_root(model)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The runtime path of `options` as tokens, checked to be a Rust path.
pub fn runtime_path(options: &Options) -> Result<TokenStream, String> {
    syn::parse_str::<syn::Path>(&options.runtime_path)
        .map(|path| quote!(#path))
        .map_err(|e| {
            format!(
                "runtime path `{}` is not a Rust path: {e}",
                options.runtime_path
            )
        })
}

/// The root `mod.rs` declaring each API (and the Measurement Protocol when it is present).
fn emit_root(model: &Model) -> Result<GeneratedFile, String> {
    let apis = model.direct.apis.iter().map(|api| {
        let name = ident(&api.name);
        let doc_attrs = docs(&format!("Bindings of `schema/{}/`.", api.name));
        quote! { #doc_attrs pub mod #name; }
    });
    let measurement = model.measurement.is_some().then(|| {
        quote! {
            /// Measurement Protocol hits, from `schema/measurement/`.
            #[cfg(feature = "measurement")]
            pub mod measurement;
        }
    });
    let tokens = quote! {
        #![doc = " Code generated from `schema/`. Regenerate with `cargo run -p codegen`."]
        #(#apis)*
        #measurement
    };
    Ok(GeneratedFile {
        path: "mod.rs".into(),
        contents: format_rust("schema/", tokens)?,
    })
}

/// The Cargo features the generated services need, for the runtime crate's `Cargo.toml`.
pub fn features(model: &Model) -> Vec<String> {
    let mut features: Vec<String> = model
        .direct
        .apis
        .iter()
        .flat_map(|api| api.modules.iter())
        .filter_map(|m| m.service.as_ref().map(|s| s.feature.clone()))
        .collect();
    features.sort();
    features.dedup();
    features
}

/// Outer doc attributes, one per line, each with the leading space `///` comments have.
pub(crate) fn docs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Inner doc attributes (`//!`), one per line.
pub(crate) fn inner_docs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #line])
    });
    quote!(#(#lines)*)
}

/// An identifier; a Rust keyword becomes a raw identifier (`r#type`).
pub(crate) fn ident(name: &str) -> Ident {
    if syn::parse_str::<syn::Ident>(name).is_ok() {
        format_ident!("{}", name)
    } else {
        format_ident!("r#{}", name)
    }
}
