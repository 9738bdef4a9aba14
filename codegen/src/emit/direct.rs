//! The Direct APIs (v5 and v4 Live): per schema file a module of types with its serde glue in
//! `<module>/serde.rs`, the service handle with one typed method per operation, and per API a
//! `mod.rs` with the service list and the `<Api>Services` trait.

mod docs;

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use self::docs::{field_doc, list_doc, struct_doc, Uses};
use super::enums::{enum_serde, enum_type};
use super::{docs, ident, inner_docs, runtime_path, Options};
use crate::model::direct::{
    Access, ApiModel, DirectModel, FieldModel, ItemsModel, MethodModel, ModuleModel, Primitive,
    ServiceModel, StructModel, TypeModel, TypeRef,
};
use crate::output::{format_rust_with_runtime, GeneratedFile};

#[derive(Clone)]
struct Ctx {
    /// `rt`: the alias each file imports the runtime under.
    rt: TokenStream,
    /// The runtime's path, from [`Options::runtime_path`].
    runtime: TokenStream,
    feature_per_service: bool,
    /// The module being emitted: references to its own types need no path.
    here: String,
    /// Whether the tokens go to the module's serde glue file (`<module>/serde.rs`, one level
    /// deeper): references to other modules then need one more `super::`.
    in_glue: bool,
}

/// Every file of the Direct APIs: one per module (and its serde glue) plus each API's `mod.rs`;
/// `with_reports` declares the Reports module in `direct_v5`.
pub fn emit(
    model: &DirectModel,
    with_reports: bool,
    options: &Options,
) -> Result<Vec<GeneratedFile>, String> {
    let mut ctx = Ctx {
        rt: quote!(rt),
        runtime: runtime_path(options)?,
        feature_per_service: options.feature_per_service,
        here: String::new(),
        in_glue: false,
    };
    let mut files = Vec::new();
    for api in &model.apis {
        let uses = Uses::of(api);
        for module in &api.modules {
            ctx.here = module.name.clone();
            let (main, glue) = emit_module(&ctx, api, module, &uses);
            files.push(GeneratedFile {
                path: format!("{}/{}.rs", api.name, module.name).into(),
                contents: format_rust_with_runtime(&module.display_path, main, &ctx.runtime)?,
            });
            if let Some(glue) = glue {
                files.push(GeneratedFile {
                    path: format!("{}/{}/serde.rs", api.name, module.name).into(),
                    contents: format_rust_with_runtime(&module.display_path, glue, &ctx.runtime)?,
                });
            }
        }
        files.push(GeneratedFile {
            path: format!("{}/mod.rs", api.name).into(),
            contents: format_rust_with_runtime(
                &format!("schema/{}/*.json", api.name),
                emit_api_mod(&ctx, api, with_reports && api.name == "direct_v5"),
                &ctx.runtime,
            )?,
        });
    }
    Ok(files)
}

fn emit_api_mod(ctx: &Ctx, api: &ApiModel, with_reports: bool) -> TokenStream {
    let rt = &ctx.rt;
    let mut declarations = Vec::new();
    let mut arms = Vec::new();
    let mut endpoints = Vec::new();
    let mut accessor_decls = Vec::new();
    let mut accessor_impls = Vec::new();
    for module in &api.modules {
        let name = ident(&module.name);
        let doc = match &module.service {
            Some(service) => format!("The {} service (`{}`).", service.name, service.endpoint),
            None => format!("Types shared by the services (`{}`).", module.display_path),
        };
        let cfg = module
            .service
            .as_ref()
            .filter(|_| ctx.feature_per_service)
            .map(|s| {
                let feature = &s.feature;
                quote! { #[cfg(feature = #feature)] }
            });
        let doc_attrs = docs(&doc);
        declarations.push(quote! { #doc_attrs #cfg pub mod #name; });
        if let Some(service) = &module.service {
            let endpoint = &service.endpoint;
            arms.push(quote! { #cfg #endpoint => #name::METHODS, });
            endpoints.push(quote! { #cfg #endpoint, });
            let accessor = ident(&service.accessor);
            let handle = ident(&service.handle);
            let doc_attrs = docs(&format!("The {} service.", service.name));
            accessor_decls.push(quote! {
                #doc_attrs
                #cfg
                fn #accessor(&self) -> #name::#handle<'_>;
            });
            accessor_impls.push(quote! {
                #cfg
                fn #accessor(&self) -> #name::#handle<'_> {
                    #name::#handle::new(self)
                }
            });
        }
    }
    let reports = with_reports.then(|| {
        let cfg = ctx
            .feature_per_service
            .then(|| quote!(#[cfg(feature = "reports")]));
        // No outer doc: rustdoc would then resolve the intra-doc links of the file's inner docs
        // from this module instead of `reports`.
        quote! {
            #cfg
            pub mod reports;
        }
    });
    let lookup = if arms.is_empty() {
        // An API without services has nothing to find.
        quote! {
            let _ = endpoint;
            &[]
        }
    } else {
        quote! {
            // With every service's feature off, only the fallback arm is left.
            #[allow(clippy::match_single_binding)]
            match endpoint {
                #(#arms)*
                _ => &[],
            }
        }
    };
    let api_variant = if api.name == "direct_v4" {
        quote!(#rt::Api::DirectV4)
    } else {
        quote!(#rt::Api::DirectV5)
    };
    // Every service's retired methods, whatever features are on: a tool given a retired name
    // can say where it went even when the service itself is compiled out.
    let retired = api
        .modules
        .iter()
        .filter_map(|m| m.service.as_ref())
        .flat_map(|s| s.retired.iter().map(move |r| (s, r)))
        .map(|(s, r)| {
            let endpoint = &s.endpoint;
            let name = &r.name;
            let reason = &r.reason;
            let successors = r.replaced_by.iter().map(|successor| {
                let service_name = &successor.service_name;
                let endpoint = &successor.endpoint;
                let method = &successor.method;
                quote! {
                    #rt::Successor { service_name: #service_name, endpoint: #endpoint, method: #method },
                }
            });
            let moved_to = match &r.moved_to {
                Some(text) => quote!(::core::option::Option::Some(#text)),
                None => quote!(::core::option::Option::None),
            };
            quote! {
                #rt::RetiredMethod {
                    api: #api_variant,
                    endpoint: #endpoint,
                    name: #name,
                    reason: #reason,
                    replaced_by: &[#(#successors)*],
                    moved_to: #moved_to,
                },
            }
        });
    let services_trait = ident(&format!("{}Services", api.name.to_upper_camel_case()));
    let services_doc = docs(&format!(
        "The services of `{}` as methods of the runtime's `Client` (`client.campaigns()`):\nbring them into scope with `use yandex_direct::prelude::*;`.",
        api.name
    ));
    quote! {
        #(#declarations)*
        #reports

        #services_doc
        pub trait #services_trait {
            #(#accessor_decls)*
        }

        impl #services_trait for #rt::Client {
            #(#accessor_impls)*
        }

        /// The endpoints of the services compiled in (see the crate's Cargo features).
        pub const SERVICES: &[&str] = &[#(#endpoints)*];

        /// The methods of the service at `endpoint` (`adgroups`); empty for an unknown endpoint or
        /// a service whose feature is off.
        pub fn methods(endpoint: &str) -> &'static [#rt::MethodEntry] {
            #lookup
        }

        /// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
        pub fn find_method(endpoint: &str, method: &str) -> ::core::option::Option<&'static #rt::MethodEntry> {
            methods(endpoint).iter().find(|entry| entry.info.method == method)
        }

        /// The methods the schema lists as no longer served, with where their work went (every
        /// service's, whatever features are on).
        pub static RETIRED: &[#rt::RetiredMethod] = &[#(#retired)*];
    }
}

/// A module's two files: the types, their docs, constructors and setters, the method metadata
/// and the service client (`<module>.rs`); and the serde glue users never call, serde impls and
/// paging impls (`<module>/serde.rs`, `None` when there is none).
fn emit_module(
    ctx: &Ctx,
    api: &ApiModel,
    module: &ModuleModel,
    uses: &Uses,
) -> (TokenStream, Option<TokenStream>) {
    let mut doc = match &module.service {
        Some(s) => format!(
            "The {} service: `POST {}`.\n\nGenerated from `{}`",
            s.name,
            service_path(api, s),
            module.display_path
        ),
        None => format!("Shared types, generated from `{}`", module.display_path),
    };
    if let Some(source) = &module.source {
        doc.push_str(&format!(
            " (upstream `{}`, sha256 `{}`)",
            source.file, source.sha256
        ));
    }
    doc.push('.');
    if let Some(extra) = &module.doc {
        doc.push_str("\n\n");
        doc.push_str(extra);
    }
    let glue_ctx = Ctx {
        in_glue: true,
        ..ctx.clone()
    };
    let mut types = Vec::new();
    let mut glue = Vec::new();
    for ty in &module.types {
        match ty {
            TypeModel::Struct(s) => {
                types.push(emit_struct(ctx, module, s, uses));
                glue.push(struct_serde(&glue_ctx, s));
            }
            TypeModel::Enum(e) => {
                let doc = e
                    .doc
                    .clone()
                    .or_else(|| uses.of_type(&module.name, &e.rust));
                types.push(enum_type(
                    &ctx.rt,
                    &e.rust,
                    &e.wire,
                    doc.as_deref(),
                    &e.variants,
                ));
                glue.push(enum_serde(&ctx.rt, &e.rust));
            }
            TypeModel::Items(i) => types.push(emit_items(ctx, module, i, uses)),
            TypeModel::Array(i) => types.push(emit_array(ctx, module, i, uses)),
        }
    }
    let service = module.service.as_ref().map(|s| {
        glue.extend(paging_impls(&glue_ctx, api, s));
        emit_service(ctx, api, s)
    });
    let doc_attrs = inner_docs(&doc);
    let glue = (!glue.is_empty()).then(|| {
        let glue_doc = inner_docs(&format!(
            "Serde glue of `{}` (`{}`), which nothing calls by name:\n\
             the `Serialize` and `Deserialize` impls of its types (unknown keys and values are\n\
             kept){}.",
            module.name,
            module.display_path,
            if module.service.is_some() {
                ", and the paging impls of its `get` methods"
            } else {
                ""
            }
        ));
        quote! {
            #glue_doc
            use super::*;
            #(#glue)*
        }
    });
    let glue_mod = glue.is_some().then(|| {
        quote!(
            mod serde;
        )
    });
    let main = quote! {
        #doc_attrs
        #glue_mod
        #service
        #(#types)*
    };
    (main, glue)
}

/// The path a service is called at: `/json/v5/<endpoint>`, or `/live/v4/json/` for v4.
fn service_path(api: &ApiModel, s: &ServiceModel) -> String {
    if api.name == "direct_v4" {
        "/live/v4/json/".to_owned()
    } else {
        format!("/json/v5/{}", s.endpoint)
    }
}

fn type_tokens(ctx: &Ctx, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Primitive(Primitive::String) => quote!(::std::string::String),
        TypeRef::Primitive(Primitive::I64) => quote!(i64),
        TypeRef::Primitive(Primitive::I32) => quote!(i32),
        TypeRef::Primitive(Primitive::F64) => quote!(f64),
        TypeRef::Primitive(Primitive::Bool) => quote!(bool),
        TypeRef::Primitive(Primitive::FlexI64) => {
            let rt = &ctx.rt;
            quote!(#rt::FlexNumber<i64>)
        }
        TypeRef::Primitive(Primitive::FlexI32) => {
            let rt = &ctx.rt;
            quote!(#rt::FlexNumber<i32>)
        }
        TypeRef::Primitive(Primitive::FlexF64) => {
            let rt = &ctx.rt;
            quote!(#rt::FlexNumber<f64>)
        }
        TypeRef::Named { module, name, .. } => {
            let name = ident(name);
            if *module == ctx.here {
                quote!(#name)
            } else if ctx.in_glue {
                let module = ident(module);
                quote!(super::super::#module::#name)
            } else {
                let module = ident(module);
                quote!(super::#module::#name)
            }
        }
    }
}

/// The type of one value of the field (boxed if needed, in a `Vec` if repeated).
fn value_type(ctx: &Ctx, field: &FieldModel) -> TokenStream {
    let base = type_tokens(ctx, &field.ty);
    if field.repeated {
        quote!(::std::vec::Vec<#base>)
    } else if field.boxed {
        quote!(::std::boxed::Box<#base>)
    } else {
        base
    }
}

/// The name of the notification type of per-item results (`general:ExceptionNotification`).
const NOTIFICATION_TYPE: &str = "ExceptionNotification";

/// Whether a struct is one item of an operation's results: it has `Errors` and `Warnings`, both
/// lists of `ExceptionNotification` (its own or inherited fields).
pub fn is_item_result(s: &StructModel) -> bool {
    item_result_fields(s).is_some()
}

fn item_result_fields(s: &StructModel) -> Option<(&FieldModel, &FieldModel)> {
    let list_of_notifications = |wire: &str| {
        s.fields.iter().find(|f| {
            f.wire == wire
                && f.repeated
                && matches!(&f.ty, TypeRef::Named { name, .. } if name == NOTIFICATION_TYPE)
        })
    };
    Some((
        list_of_notifications("Errors")?,
        list_of_notifications("Warnings")?,
    ))
}

/// `ItemResult` for a per-item result type, so that `split_results` splits any service's.
fn item_result_impl(ctx: &Ctx, s: &StructModel) -> Option<TokenStream> {
    let rt = &ctx.rt;
    let (errors, warnings) = item_result_fields(s)?;
    let notification = type_tokens(ctx, &errors.ty);
    let name = ident(&s.rust);
    let read = |f: &FieldModel| {
        let field = ident(&f.rust);
        match shape(f) {
            Shape::Required => quote!(&self.#field),
            Shape::Optional | Shape::RequiredNullable => {
                quote!(self.#field.as_deref().unwrap_or(&[]))
            }
            Shape::Nullable => quote!(self.#field.value().map_or(&[], |v| v.as_slice())),
        }
    };
    let (errors, warnings) = (read(errors), read(warnings));
    Some(quote! {
        impl #rt::ItemResult for #name {
            type Notification = #notification;
            fn errors(&self) -> &[#notification] {
                #errors
            }
            fn warnings(&self) -> &[#notification] {
                #warnings
            }
        }
    })
}

/// How a constructor or setter takes a field's value: the parameter type and the expression
/// that makes the stored value of the parameter `value`. Strings take anything `Into<String>`
/// and lists any iterator of things `Into` their item, so that callers write `"name"` and
/// `[1, 2]` rather than `"name".to_string()` and `vec![1i64, 2]`.
fn param_conversion(ctx: &Ctx, field: &FieldModel, value: &Ident) -> (TokenStream, TokenStream) {
    let base = type_tokens(ctx, &field.ty);
    let is_string = field.ty == TypeRef::Primitive(Primitive::String);
    if field.repeated {
        let item = if is_string {
            quote!(impl ::core::convert::Into<::std::string::String>)
        } else {
            quote!(impl ::core::convert::Into<#base>)
        };
        (
            quote!(impl ::core::iter::IntoIterator<Item = #item>),
            quote!(#value.into_iter().map(::core::convert::Into::into).collect()),
        )
    } else if field.boxed {
        (base, quote!(::std::boxed::Box::new(#value)))
    } else if is_string {
        (
            quote!(impl ::core::convert::Into<::std::string::String>),
            quote!(#value.into()),
        )
    } else {
        (base, quote!(#value))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Required,
    Optional,
    Nullable,
    RequiredNullable,
}

fn shape(field: &FieldModel) -> Shape {
    match (field.required, field.nillable) {
        (true, false) => Shape::Required,
        (false, false) => Shape::Optional,
        (false, true) => Shape::Nullable,
        (true, true) => Shape::RequiredNullable,
    }
}

fn field_type(ctx: &Ctx, field: &FieldModel) -> TokenStream {
    let rt = &ctx.rt;
    let value = value_type(ctx, field);
    match shape(field) {
        Shape::Required => value,
        Shape::Optional | Shape::RequiredNullable => quote!(::core::option::Option<#value>),
        Shape::Nullable => quote!(#rt::Nullable<#value>),
    }
}

fn emit_struct(ctx: &Ctx, module: &ModuleModel, s: &StructModel, uses: &Uses) -> TokenStream {
    let rt = &ctx.rt;
    let name = ident(&s.rust);
    let doc = struct_doc(module, s, uses);
    let required: Vec<&FieldModel> = s
        .fields
        .iter()
        .filter(|f| shape(f) == Shape::Required)
        .collect();
    let fields = s.fields.iter().map(|f| {
        let doc_attrs = docs(&field_doc(f, uses.limits(module, s, f)));
        let name = ident(&f.rust);
        let ty = field_type(ctx, f);
        quote! { #doc_attrs pub #name: #ty, }
    });
    let derive_default = required.is_empty().then(|| quote!(Default,));

    // `new` takes the required fields; everything else starts absent.
    let params = required.iter().map(|f| {
        let name = ident(&f.rust);
        let (ty, _) = param_conversion(ctx, f, &name);
        quote!(#name: #ty)
    });
    let inits = s.fields.iter().map(|f| {
        let name = ident(&f.rust);
        match shape(f) {
            Shape::Required => {
                let (_, value) = param_conversion(ctx, f, &name);
                // A parameter taken as it is: the field init shorthand.
                if name == value.to_string() {
                    quote!(#name)
                } else {
                    quote!(#name: #value)
                }
            }
            Shape::Optional | Shape::RequiredNullable => {
                quote!(#name: ::core::option::Option::None)
            }
            Shape::Nullable => quote!(#name: #rt::Nullable::Absent),
        }
    });
    let new_doc = if required.is_empty() {
        format!("An empty `{}`: every field absent.", s.wire)
    } else {
        format!(
            "A `{}` with its required fields ({}); the others start absent.",
            s.wire,
            required
                .iter()
                .map(|f| format!("`{}`", f.wire))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let allow_many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let setters = s
        .fields
        .iter()
        .filter(|f| shape(f) != Shape::Required)
        .map(|f| {
            let name = ident(&f.rust);
            let setter = format_ident!("with_{}", f.rust.trim_end_matches('_'));
            let (param, assign) = param_conversion(ctx, f, &format_ident!("value"));
            let wrapped = match shape(f) {
                Shape::Nullable => quote!(#rt::Nullable::Value(#assign)),
                _ => quote!(::core::option::Option::Some(#assign)),
            };
            let doc_attrs = docs(&format!("Sets `{}`.", f.wire));
            quote! {
                #doc_attrs
                #[inline]
                #[must_use]
                pub fn #setter(mut self, value: #param) -> Self {
                    self.#name = #wrapped;
                    self
                }
            }
        });

    let doc_attrs = docs(&doc);
    let new_doc_attrs = docs(&new_doc);
    let item_result = item_result_impl(ctx, s);

    quote! {
        #doc_attrs
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            /// Keys this version of the schema does not know, kept so that they survive a round trip.
            pub unknown_fields: #rt::UnknownFields,
        }

        impl #name {
            #new_doc_attrs
            #allow_many
            pub fn new(#(#params),*) -> Self {
                Self {
                    #(#inits,)*
                    unknown_fields: #rt::UnknownFields::new(),
                }
            }
            #(#setters)*
        }

        #item_result

    }
}

/// The `Serialize` and `Deserialize` impls of a struct: known keys by name, the others kept in
/// `unknown_fields`.
fn struct_serde(ctx: &Ctx, s: &StructModel) -> TokenStream {
    let rt = &ctx.rt;
    let name = ident(&s.rust);
    let wire = &s.wire;
    let ser_fields = s.fields.iter().map(|f| {
        let name = ident(&f.rust);
        let key = &f.wire;
        match shape(f) {
            Shape::Required | Shape::RequiredNullable => {
                quote! { map.serialize_entry(#key, &self.#name)?; }
            }
            Shape::Optional => quote! {
                if let ::core::option::Option::Some(value) = &self.#name {
                    map.serialize_entry(#key, value)?;
                }
            },
            Shape::Nullable => quote! {
                if self.#name.is_present() {
                    map.serialize_entry(#key, &self.#name)?;
                }
            },
        }
    });

    let locals = s.fields.iter().map(|f| {
        let name = ident(&f.rust);
        match shape(f) {
            Shape::Nullable => quote! { let mut #name = #rt::Nullable::Absent; },
            _ => quote! { let mut #name = ::core::option::Option::None; },
        }
    });
    let arms = s.fields.iter().map(|f| {
        let name = ident(&f.rust);
        let key = &f.wire;
        match shape(f) {
            Shape::Required | Shape::RequiredNullable => {
                quote! { #key => #name = ::core::option::Option::Some(map.next_value()?), }
            }
            Shape::Optional => quote! {
                #key => #name = #rt::wire::optional_value(&mut map, #key, &mut unknown_fields)?,
            },
            Shape::Nullable => quote! { #key => #name = map.next_value()?, },
        }
    });
    let finals = s.fields.iter().map(|f| {
        let name = ident(&f.rust);
        let key = &f.wire;
        match shape(f) {
            Shape::Required | Shape::RequiredNullable => {
                quote! { #name: #rt::wire::required(#name, #key)?, }
            }
            _ => quote! { #name, },
        }
    });
    let expecting = format!("a `{}` object", s.wire);
    let unknown = quote!(#rt::wire::unknown_field(&mut map, key, &mut unknown_fields, #wire)?);
    // A struct without fields only keeps what it is given.
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
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(::core::option::Option::None)?;
                #(#ser_fields)*
                #rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
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
                        let mut unknown_fields = #rt::UnknownFields::new();
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

fn emit_items(ctx: &Ctx, module: &ModuleModel, items: &ItemsModel, uses: &Uses) -> TokenStream {
    let rt = &ctx.rt;
    let name = ident(&items.rust);
    let item = type_tokens(ctx, &items.item);
    let doc = list_doc(module, items, uses, "`{\"Items\": [...]}`");
    let doc_attrs = docs(&doc);
    quote! {
        #doc_attrs
        pub type #name = #rt::Items<#item>;
    }
}

fn emit_array(ctx: &Ctx, module: &ModuleModel, items: &ItemsModel, uses: &Uses) -> TokenStream {
    let item = type_tokens(ctx, &items.item);
    let name = ident(&items.rust);
    let doc = list_doc(module, items, uses, "a JSON array");
    let doc_attrs = docs(&doc);
    quote! {
        #doc_attrs
        pub type #name = ::std::vec::Vec<#item>;
    }
}

fn emit_service(ctx: &Ctx, api: &ApiModel, s: &ServiceModel) -> TokenStream {
    let rt = &ctx.rt;
    let handle = ident(&s.handle);
    let service_name = &s.name;
    let endpoint = &s.endpoint;
    let v4 = api.name == "direct_v4";
    let api_variant = if v4 {
        quote!(#rt::Api::DirectV4)
    } else {
        quote!(#rt::Api::DirectV5)
    };
    let path = service_path(api, s);
    let mut doc = format!(
        "The {} service (`POST {path}`): one async method per API method.",
        s.name
    );
    if !s.retired.is_empty() {
        doc.push_str("\n\nLeft out because the API no longer serves them:");
        for retired in &s.retired {
            doc.push_str(&format!("\n- `{}`: {}", retired.name, retired.reason));
            if !retired.replaced_by.is_empty() {
                let names: Vec<String> = retired
                    .replaced_by
                    .iter()
                    .map(|r| format!("`{}.{}`", r.service_name, r.method))
                    .collect();
                doc.push_str(&format!("; use v5 {}", names.join(", ")));
            } else if let Some(moved_to) = &retired.moved_to {
                doc.push_str(&format!("; moved to {moved_to} of v5"));
            }
        }
    }
    if let Some(extra) = &s.doc {
        doc.push_str("\n\n");
        doc.push_str(extra);
    }
    let consts = s.methods.iter().map(|m| {
        let info = ident(&m.info_const);
        let request = match &m.request {
            Some(request) => type_tokens(ctx, request),
            None => quote!(#rt::method::NoParam),
        };
        let response = type_tokens(ctx, &m.response);
        let wire = &m.wire;
        let access = match m.access {
            Access::Read => quote!(#rt::Access::Read),
            Access::Write => quote!(#rt::Access::Write),
        };
        // v4 methods say whether they are finance methods; v5 ones never are. The few with
        // finance actions override the helper's empty list.
        let finance = if v4 {
            let finance = m.finance;
            quote!(, #finance)
        } else {
            TokenStream::new()
        };
        let mut info_value = quote!(method_info(#wire, #access #finance));
        if !m.finance_actions.is_empty() {
            let actions = &m.finance_actions;
            info_value = quote!(#rt::MethodInfo { finance_actions: &[#(#actions),*], ..#info_value });
        }
        let doc_attrs = docs(&format!(
            "`{}.{}` ({}{}): the method with its request and response types, as the client's generic calls take it.",
            s.name,
            m.wire,
            match m.access {
                Access::Read => "read",
                Access::Write => "write",
            },
            match (m.finance, m.finance_actions.is_empty()) {
                (false, _) => String::new(),
                (true, true) => ", finance".to_owned(),
                (true, false) => format!(", finance for Action {}", m.finance_actions.join("/")),
            },
        ));
        quote! {
            #doc_attrs
            pub const #info: #rt::Method<#request, #response> = #rt::Method::new(#info_value);
        }
    });
    let entries = s.methods.iter().map(|m| {
        let info = ident(&m.info_const);
        let request = match &m.request {
            Some(request) => type_tokens(ctx, request),
            None => quote!(#rt::method::NoParam),
        };
        let response = type_tokens(ctx, &m.response);
        let (encode_request, encode_response) = if v4 {
            (quote!(roundtrip_v4_request), quote!(roundtrip_v4_response))
        } else {
            (quote!(roundtrip_request), quote!(roundtrip_response))
        };
        quote! {
            #rt::MethodEntry {
                info: #info.info,
                request: #rt::method::#encode_request::<#request>,
                response: #rt::method::#encode_response::<#response>,
            }
        }
    });
    let methods = s.methods.iter().map(|m| {
        let rust = ident(&m.rust);
        let info = ident(&m.info_const);
        let response = type_tokens(ctx, &m.response);
        let (param_key, result_key) = if v4 { ("param", "data") } else { ("params", "result") };
        let sends = match &m.request {
            Some(request) => format!("sends `{}` as `{param_key}`", type_wire(request)),
            None => format!("sends no `{param_key}`"),
        };
        let mut doc = format!(
            "`{}.{}`: {sends}, returns `{}` from `{result_key}`. {}.",
            s.name,
            m.wire,
            type_wire(&m.response),
            match m.access {
                Access::Read => "Reads only: retried on temporary errors",
                Access::Write => "Writes: never repeated unless the server says it did not execute it",
            }
        );
        for limit in &m.limits {
            doc.push_str(&format!(
                "\n\nAt most {} items in `{}` per call.",
                limit.max_items, limit.path
            ));
        }
        if m.finance && m.finance_actions.is_empty() {
            doc.push_str("\n\nA finance method: the client adds `finance_token` and `operation_num` from its finance credentials.");
        } else if m.finance {
            let actions = m
                .finance_actions
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ");
            doc.push_str(&format!(
                "\n\nFinance operations when `Action` is one of {actions}: for those the client adds `finance_token` and `operation_num` from its finance credentials (and fails without them). Other actions need no finance credentials and take no operation number."
            ));
        }
        if let Some(extra) = &m.doc {
            doc.push_str("\n\n");
            doc.push_str(extra);
        }
        let doc_attrs = docs(&doc);
        let output = quote!(::core::result::Result<#rt::Response<#response>, #rt::Error>);
        match (&m.request, v4) {
            (Some(request), false) => {
                let request = type_tokens(ctx, request);
                quote! {
                    #doc_attrs
                    pub async fn #rust(&self, params: #request) -> #output {
                        self.client.call(&#info.info, &params).await
                    }
                }
            }
            (Some(request), true) => {
                let request = type_tokens(ctx, request);
                quote! {
                    #doc_attrs
                    pub async fn #rust(&self, param: #request) -> #output {
                        self.client.call_v4(&#info.info, ::core::option::Option::Some(&param)).await
                    }
                }
            }
            (None, _) => quote! {
                #doc_attrs
                pub async fn #rust(&self) -> #output {
                    self.client.call_v4::<#rt::method::NoParam, _>(&#info.info, ::core::option::Option::None).await
                }
            },
        }
    });
    let paging_methods = s.methods.iter().filter_map(|m| {
        let paged = paging_shape(api, m)?;
        let info = ident(&m.info_const);
        let request = type_tokens(ctx, m.request.as_ref()?);
        let response = type_tokens(ctx, &m.response);
        let item = type_tokens(ctx, &paged.list.ty);
        let (all, pages) = if m.wire == "get" {
            (format_ident!("get_all"), format_ident!("pages"))
        } else {
            (
                format_ident!("{}_all", m.rust),
                format_ident!("{}_pages", m.rust),
            )
        };
        let all_doc = docs(&format!(
            "`{}.{}` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.",
            s.name, m.wire
        ));
        let pages_doc = docs(&format!(
            "`{}.{}` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.",
            s.name, m.wire
        ));
        Some(quote! {
            #all_doc
            pub async fn #all(&self, params: #request) -> ::core::result::Result<#rt::AllPages<#item>, #rt::Error> {
                self.client.get_all(&#info, params).await
            }

            #pages_doc
            pub fn #pages(&self, params: #request) -> #rt::Pages<'a, #request, #response> {
                self.client.pages(&#info, params)
            }
        })
    });
    let doc_attrs = docs(&doc);
    let method_info = if v4 {
        quote! {
            /// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
            const fn method_info(method: &'static str, access: #rt::Access, finance: bool) -> #rt::MethodInfo {
                #rt::MethodInfo {
                    api: #api_variant,
                    service_name: #service_name,
                    endpoint: #endpoint,
                    method,
                    access,
                    finance,
                    finance_actions: &[],
                }
            }
        }
    } else {
        quote! {
            /// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
            const fn method_info(method: &'static str, access: #rt::Access) -> #rt::MethodInfo {
                #rt::MethodInfo {
                    api: #api_variant,
                    service_name: #service_name,
                    endpoint: #endpoint,
                    method,
                    access,
                    finance: false,
                    finance_actions: &[],
                }
            }
        }
    };
    quote! {
        #method_info

        #(#consts)*

        /// Every method of the service with its typed codecs, for lookup by name.
        pub const METHODS: &[#rt::MethodEntry] = &[#(#entries),*];

        #doc_attrs
        #[derive(Debug, Clone, Copy)]
        pub struct #handle<'a> {
            client: &'a #rt::Client,
        }

        impl<'a> #handle<'a> {
            /// The service, called through `client`.
            pub fn new(client: &'a #rt::Client) -> Self {
                Self { client }
            }

            #(#methods)*

            #(#paging_methods)*
        }
    }
}

/// What makes a method page: its request's `Page` (with `Offset`), its response's `LimitedBy`
/// and the one list of items the response has.
struct PagingShape<'m> {
    page: &'m FieldModel,
    page_type: &'m StructModel,
    limited_by: &'m FieldModel,
    list: &'m FieldModel,
}

fn paging_shape<'m>(api: &'m ApiModel, m: &MethodModel) -> Option<PagingShape<'m>> {
    let request = find_struct(api, m.request.as_ref()?)?;
    let response = find_struct(api, &m.response)?;
    let page = request
        .fields
        .iter()
        .find(|f| f.wire == "Page" && shape(f) == Shape::Optional && !f.repeated)?;
    let page_type = find_struct(api, &page.ty)?;
    let offset_ok = page_type.fields.iter().any(|f| {
        f.wire == "Offset"
            && f.ty == TypeRef::Primitive(Primitive::I64)
            && shape(f) == Shape::Optional
            && !f.repeated
    });
    let limited_by = response.fields.iter().find(|f| {
        f.wire == "LimitedBy"
            && f.ty == TypeRef::Primitive(Primitive::I64)
            && shape(f) == Shape::Optional
    })?;
    let lists: Vec<&FieldModel> = response.fields.iter().filter(|f| f.repeated).collect();
    match (offset_ok, lists.as_slice()) {
        (true, [list]) => Some(PagingShape {
            page,
            page_type,
            limited_by,
            list,
        }),
        _ => None,
    }
}

/// Paging impls for each `get` whose request has `Page {Offset}` and whose response has
/// `LimitedBy` and exactly one list of items.
fn paging_impls(ctx: &Ctx, api: &ApiModel, s: &ServiceModel) -> Vec<TokenStream> {
    let rt = &ctx.rt;
    let mut done = std::collections::BTreeSet::new();
    let mut impls = Vec::new();
    for m in &s.methods {
        let Some(PagingShape {
            page,
            page_type,
            limited_by,
            list,
        }) = paging_shape(api, m)
        else {
            continue;
        };
        let Some(request) = m.request.as_ref().and_then(|r| find_struct(api, r)) else {
            continue;
        };
        if !done.insert(request.rust.clone()) {
            continue;
        }
        let Some(request_ref) = &m.request else {
            continue;
        };
        let request_ty = type_tokens(ctx, request_ref);
        let response_ty = type_tokens(ctx, &m.response);
        let page_field = ident(&page.rust);
        let page_ty = type_tokens(ctx, &page.ty);
        let limited_by = ident(&limited_by.rust);
        let list_field = ident(&list.rust);
        let item_ty = type_tokens(ctx, &list.ty);
        let offset = ident(
            &page_type
                .fields
                .iter()
                .find(|f| f.wire == "Offset")
                .map(|f| f.rust.clone())
                .unwrap_or_default(),
        );
        let items = match shape(list) {
            Shape::Required => quote!(self.#list_field),
            Shape::Optional => quote!(self.#list_field.unwrap_or_default()),
            Shape::Nullable => quote!(self.#list_field.into_value().unwrap_or_default()),
            Shape::RequiredNullable => quote!(self.#list_field.unwrap_or_default()),
        };
        impls.push(quote! {
            impl #rt::paging::PagedRequest for #request_ty {
                fn set_page_offset(&mut self, offset: i64) {
                    self.#page_field.get_or_insert_with(<#page_ty>::default).#offset = ::core::option::Option::Some(offset);
                }
                fn page_offset(&self) -> i64 {
                    self.#page_field.as_ref().and_then(|page| page.#offset).unwrap_or(0)
                }
            }

            impl #rt::paging::PagedResponse for #response_ty {
                type Item = #item_ty;
                fn limited_by(&self) -> ::core::option::Option<i64> {
                    self.#limited_by
                }
                fn into_items(self) -> ::std::vec::Vec<#item_ty> {
                    #items
                }
            }
        });
    }
    impls
}

/// The struct a reference names, looked up in the API's modules.
fn find_struct<'m>(api: &'m ApiModel, ty: &TypeRef) -> Option<&'m StructModel> {
    let TypeRef::Named { module, name, .. } = ty else {
        return None;
    };
    api.modules
        .iter()
        .find(|m| &m.name == module)?
        .types
        .iter()
        .find_map(|t| match t {
            TypeModel::Struct(s) if &s.rust == name => Some(s),
            _ => None,
        })
}

fn type_wire(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named { wire, .. } => wire.clone(),
        TypeRef::Primitive(p) => format!("{p:?}"),
    }
}
