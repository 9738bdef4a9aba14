//! Forward-compatible enums, emitted the same way for every API: the known wire values as
//! variants plus `Unrecognized`, which keeps any value a newer API sends.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};

/// A forward-compatible enum with its serde impls, in one piece (the Reports module).
pub fn enum_tokens(
    rt: &TokenStream,
    rust_name: &str,
    wire_name: &str,
    description: Option<&str>,
    variants: &[(String, String)],
) -> TokenStream {
    let ty = enum_type(rt, rust_name, wire_name, description, variants);
    let serde = enum_serde(rt, rust_name);
    quote!(#ty #serde)
}

/// A forward-compatible enum: its `(wire value, Rust variant)` pairs plus `Unrecognized`, with
/// `as_str`, `from_wire`, `Display` and `From<&str>`. Shared by every emitter.
pub fn enum_type(
    rt: &TokenStream,
    rust_name: &str,
    wire_name: &str,
    description: Option<&str>,
    variants: &[(String, String)],
) -> TokenStream {
    let mut doc = format!(
        "One of the {} values the schema knows, or any other value the API may add (kept in `Unrecognized`).",
        variants.len()
    );
    if rust_name != wire_name {
        doc.push_str(&format!(" The schema calls it `{wire_name}`."));
    }
    if let Some(description) = description {
        doc = format!("{description}\n\n{doc}");
    }
    let documented: Vec<(String, String, String)> = variants
        .iter()
        .map(|(wire, rust)| (wire.clone(), rust.clone(), format!("Sent as `{wire}`.")))
        .collect();
    documented_enum_type(rt, rust_name, &doc, &documented)
}

/// A forward-compatible enum like [`enum_type`], with the type's doc text and each variant's
/// `(wire value, Rust variant, doc text)` given.
pub fn documented_enum_type(
    rt: &TokenStream,
    rust_name: &str,
    doc: &str,
    variants: &[(String, String, String)],
) -> TokenStream {
    let name = ident(rust_name);
    let e_variants = variants;
    let variants = e_variants.iter().map(|(_, rust, doc)| {
        let rust = ident(rust);
        let doc_attrs = docs(doc);
        quote! { #doc_attrs #rust, }
    });
    let known = e_variants.iter().map(|(_, rust, _)| {
        let rust = ident(rust);
        quote!(Self::#rust)
    });
    let to_wire = e_variants.iter().map(|(wire, rust, _)| {
        let rust = ident(rust);
        quote!(Self::#rust => #wire,)
    });
    let doc_attrs = docs(doc);
    let from_wire = e_variants.iter().map(|(wire, rust, _)| {
        let rust = ident(rust);
        quote!(#wire => Self::#rust,)
    });
    quote! {
        #doc_attrs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the schema does not know, kept as sent.
            Unrecognized(#rt::Unrecognized),
        }

        impl #name {
            /// Every value the schema knows, in schema order.
            pub const KNOWN: &'static [Self] = &[#(#known),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unrecognized(value) => value.as_str(),
                }
            }

            /// Parses a wire value; never fails (unknown values become `Unrecognized`).
            pub fn from_wire(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::Unrecognized(#rt::Unrecognized::new(other)),
                }
            }

            /// Whether the value is one the schema does not know.
            pub fn is_unrecognized(&self) -> bool {
                matches!(self, Self::Unrecognized(_))
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from_wire(value)
            }
        }
    }
}

/// The `Serialize` and `Deserialize` impls of an enum: the wire string; an unknown value is kept
/// (refused inside `wire::closed_enums`, with the nearest known values).
pub fn enum_serde(rt: &TokenStream, rust_name: &str) -> TokenStream {
    let name = ident(rust_name);
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #rt::wire::deserialize_enum(deserializer, Self::from_wire, Self::KNOWN, Self::as_str)
            }
        }
    }
}
