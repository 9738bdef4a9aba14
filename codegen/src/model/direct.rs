//! The Direct APIs resolved into what the emitter needs: final Rust names (unique,
//! keyword-safe), flattened inheritance, and type references as Rust types.

use std::collections::BTreeSet;

use crate::frontend::direct::format::{Access, Limit, Source, TypeDef};
use crate::frontend::direct::validate::{Index, Target};
use crate::frontend::direct::DirectSchema;
use crate::naming;

/// The Direct APIs, resolved.
#[derive(Debug, Clone)]
pub struct DirectModel {
    /// One entry per API folder that has files, in `frontend::direct::DIRECT_APIS` order.
    pub apis: Vec<ApiModel>,
}

/// One API (`direct_v5`, `direct_v4`).
#[derive(Debug, Clone)]
pub struct ApiModel {
    /// The folder and Rust module name.
    pub name: String,
    /// Its modules, sorted by name.
    pub modules: Vec<ModuleModel>,
}

/// One schema file: a Rust module.
#[derive(Debug, Clone)]
pub struct ModuleModel {
    /// The Rust module name (= the file's `module`).
    pub name: String,
    /// The schema file, as shown in the generated header.
    pub display_path: String,
    /// The upstream file it came from.
    pub source: Option<Source>,
    /// Doc text of the file.
    pub doc: Option<String>,
    /// The service, if the file defines one.
    pub service: Option<ServiceModel>,
    /// Its types, in schema order.
    pub types: Vec<TypeModel>,
}

/// A service and the Rust names of its handle.
#[derive(Debug, Clone)]
pub struct ServiceModel {
    /// Documented name, e.g. `AdGroups`.
    pub name: String,
    /// Path segment, e.g. `adgroups`.
    pub endpoint: String,
    /// The handle struct, e.g. `AdGroupsService`.
    pub handle: String,
    /// The `Client` method that returns the handle, e.g. `adgroups`.
    pub accessor: String,
    /// The Cargo feature that enables it.
    pub feature: String,
    /// Doc text.
    pub doc: Option<String>,
    /// Operations left out on purpose, with why and where their work went.
    pub retired: Vec<RetiredModel>,
    /// Its methods.
    pub methods: Vec<MethodModel>,
}

/// An operation the API no longer serves.
#[derive(Debug, Clone)]
pub struct RetiredModel {
    /// Its name as it was sent.
    pub name: String,
    /// Why it is left out.
    pub reason: String,
    /// The v5 methods that do its work now, resolved, in the schema's order.
    pub replaced_by: Vec<SuccessorModel>,
    /// Where its work went when no method is named (free text).
    pub moved_to: Option<String>,
}

/// A v5 method that does (part of) a retired method's work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuccessorModel {
    /// The service's documented name, e.g. `AdGroups`.
    pub service_name: String,
    /// The service's endpoint, e.g. `adgroups`.
    pub endpoint: String,
    /// The JSON method name, e.g. `get`.
    pub method: String,
}

/// A method of a service.
#[derive(Debug, Clone)]
pub struct MethodModel {
    /// JSON method name.
    pub wire: String,
    /// Rust method name.
    pub rust: String,
    /// The Rust name of the method's constant `MethodInfo`.
    pub info_const: String,
    /// Params type (`None`: a v4 method without `param`).
    pub request: Option<TypeRef>,
    /// Result type.
    pub response: TypeRef,
    /// Read or write.
    pub access: Access,
    /// A v4 finance method.
    pub finance: bool,
    /// The `Action` values that make a call of a finance method a finance operation (empty:
    /// every call is one).
    pub finance_actions: Vec<String>,
    /// Known caps on items per call.
    pub limits: Vec<Limit>,
    /// Doc text.
    pub doc: Option<String>,
}

/// A Rust type a field or method refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// A primitive.
    Primitive(Primitive),
    /// A generated type.
    Named {
        /// The module that defines it.
        module: String,
        /// The Rust type name.
        name: String,
        /// The schema reference, for doc comments.
        wire: String,
    },
}

/// The primitives a schema type maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primitive {
    /// `String`.
    String,
    /// `i64`.
    I64,
    /// `i32`.
    I32,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// `FlexNumber<i64>`: a number that may come as a string (v4).
    FlexI64,
    /// `FlexNumber<i32>`.
    FlexI32,
    /// `FlexNumber<f64>`.
    FlexF64,
}

/// A generated type.
#[derive(Debug, Clone)]
pub enum TypeModel {
    /// A struct.
    Struct(StructModel),
    /// An enum.
    Enum(EnumModel),
    /// An `{"Items": [...]}` wrapper (a type alias of the runtime's `Items<T>`).
    Items(ItemsModel),
    /// A plain array (a type alias of `Vec<T>`).
    Array(ItemsModel),
}

/// A struct with its inherited fields flattened in.
#[derive(Debug, Clone)]
pub struct StructModel {
    /// Wire (schema) name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Doc text.
    pub doc: Option<String>,
    /// The `extends` chain, nearest base first.
    pub bases: Vec<String>,
    /// Every field, bases' first.
    pub fields: Vec<FieldModel>,
}

/// A field.
#[derive(Debug, Clone)]
pub struct FieldModel {
    /// JSON key.
    pub wire: String,
    /// Rust field name.
    pub rust: String,
    /// The value type (one item, for repeated fields).
    pub ty: TypeRef,
    /// The schema reference, for doc comments.
    pub wire_type: String,
    /// Key must be present.
    pub required: bool,
    /// A JSON array.
    pub repeated: bool,
    /// `null` is meaningful.
    pub nillable: bool,
    /// Behind a `Box`.
    pub boxed: bool,
    /// Doc text.
    pub doc: Option<String>,
}

/// An enum.
#[derive(Debug, Clone)]
pub struct EnumModel {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Doc text.
    pub doc: Option<String>,
    /// `(wire value, Rust variant)` in schema order.
    pub variants: Vec<(String, String)>,
}

/// An `Items` wrapper.
#[derive(Debug, Clone)]
pub struct ItemsModel {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Item type.
    pub item: TypeRef,
    /// Doc text.
    pub doc: Option<String>,
}

/// The name of the field that keeps unknown keys; schema fields never take it.
pub const UNKNOWN_FIELDS: &str = "unknown_fields";
/// The name of the variant that keeps unknown enum values; schema values never take it.
pub const UNRECOGNIZED: &str = "Unrecognized";

/// Resolves a schema that passed validation.
pub fn resolve(schema: &DirectSchema) -> DirectModel {
    let index = Index::new(schema);
    // Rust type names per file, assigned in schema order so clashes resolve deterministically.
    let rust_names: Vec<Vec<String>> = schema
        .files
        .iter()
        .map(|file| {
            let mut taken = BTreeSet::new();
            file.file
                .types
                .iter()
                .map(|ty| naming::unique(naming::type_name(ty.name()), &mut taken))
                .collect()
        })
        .collect();
    let type_ref = |from: usize, reference: &str| -> TypeRef {
        match index.resolve(from, reference) {
            Ok(Target::Primitive(p)) => {
                TypeRef::Primitive(primitive(p, schema.files[from].api == "direct_v4"))
            }
            Ok(Target::Named(file, ty)) => {
                let position = schema.files[file]
                    .file
                    .types
                    .iter()
                    .position(|t| std::ptr::eq(t, ty))
                    .unwrap_or_default();
                TypeRef::Named {
                    module: schema.files[file].file.module.clone(),
                    name: rust_names[file][position].clone(),
                    wire: reference.to_owned(),
                }
            }
            // Validation has rejected unresolvable references before resolution runs.
            Err(_) => TypeRef::Primitive(Primitive::String),
        }
    };

    let mut apis: Vec<ApiModel> = Vec::new();
    for (i, loaded) in schema.files.iter().enumerate() {
        let file = &loaded.file;
        let mut types = Vec::new();
        for (t, ty) in file.types.iter().enumerate() {
            let rust = rust_names[i][t].clone();
            types.push(match ty {
                TypeDef::Struct(s) => {
                    let mut taken: BTreeSet<String> = [UNKNOWN_FIELDS.to_owned()].into();
                    let fields = index
                        .all_fields(i, ty)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(field_file, f)| FieldModel {
                            wire: f.name.clone(),
                            rust: naming::unique(naming::field_name(&f.name), &mut taken),
                            ty: type_ref(field_file, &f.ty),
                            wire_type: f.ty.clone(),
                            required: f.required,
                            repeated: f.repeated,
                            nillable: f.nillable,
                            boxed: f.boxed,
                            doc: f.doc.clone(),
                        })
                        .collect();
                    let mut bases = Vec::new();
                    let mut current = (i, s);
                    while let Some(base) = &current.1.extends {
                        bases.push(base.clone());
                        match index.resolve(current.0, base) {
                            Ok(Target::Named(f, TypeDef::Struct(b))) if bases.len() < 64 => {
                                current = (f, b)
                            }
                            _ => break,
                        }
                    }
                    TypeModel::Struct(StructModel {
                        wire: s.name.clone(),
                        rust,
                        doc: s.doc.clone(),
                        bases,
                        fields,
                    })
                }
                TypeDef::Enum(e) => {
                    let mut taken: BTreeSet<String> = [UNRECOGNIZED.to_owned()].into();
                    let variants = e
                        .values
                        .iter()
                        .map(|value| {
                            let name =
                                naming::variant_name(value).unwrap_or_else(|| "Value".into());
                            (value.clone(), naming::unique(name, &mut taken))
                        })
                        .collect();
                    TypeModel::Enum(EnumModel {
                        wire: e.name.clone(),
                        rust,
                        doc: e.doc.clone(),
                        variants,
                    })
                }
                TypeDef::Items(items) => TypeModel::Items(ItemsModel {
                    wire: items.name.clone(),
                    rust,
                    item: type_ref(i, &items.item),
                    doc: items.doc.clone(),
                }),
                TypeDef::Array(items) => TypeModel::Array(ItemsModel {
                    wire: items.name.clone(),
                    rust,
                    item: type_ref(i, &items.item),
                    doc: items.doc.clone(),
                }),
            });
        }
        let service = file.service.as_ref().map(|service| {
            let mut taken: BTreeSet<String> = rust_names[i].iter().cloned().collect();
            let handle = naming::unique(
                format!("{}Service", naming::type_name(&service.name)),
                &mut taken,
            );
            let mut method_names = BTreeSet::new();
            let methods = service
                .methods
                .iter()
                .map(|m| {
                    let rust = naming::unique(naming::method_name(&m.name), &mut method_names);
                    let info_const =
                        naming::unique(rust.trim_end_matches('_').to_uppercase(), &mut taken);
                    MethodModel {
                        wire: m.name.clone(),
                        rust,
                        info_const,
                        request: m.request.as_deref().map(|r| type_ref(i, r)),
                        response: type_ref(i, &m.response),
                        access: m.access,
                        finance: m.finance,
                        finance_actions: m.finance_actions.clone(),
                        limits: m.limits.clone(),
                        doc: m.doc.clone(),
                    }
                })
                .collect();
            ServiceModel {
                name: service.name.clone(),
                endpoint: service.endpoint.clone(),
                handle,
                accessor: file.module.clone(),
                feature: file.module.clone(),
                doc: service.doc.clone(),
                retired: service
                    .retired
                    .iter()
                    .map(|r| RetiredModel {
                        name: r.name.clone(),
                        reason: r.reason.clone(),
                        replaced_by: r
                            .replaced_by
                            .iter()
                            .filter_map(|name| successor(schema, name))
                            .collect(),
                        moved_to: r.moved_to.clone(),
                    })
                    .collect(),
                methods,
            }
        });
        let module = ModuleModel {
            name: file.module.clone(),
            display_path: loaded.display_path.clone(),
            source: file.source.clone(),
            doc: file.doc.clone(),
            service,
            types,
        };
        match apis.iter_mut().find(|a| a.name == loaded.api) {
            Some(api) => api.modules.push(module),
            None => apis.push(ApiModel {
                name: loaded.api.clone(),
                modules: vec![module],
            }),
        }
    }
    for api in &mut apis {
        api.modules.sort_by(|a, b| a.name.cmp(&b.name));
    }
    DirectModel { apis }
}

/// Resolves `Service.method` against the `direct_v5` services (validation has checked it).
fn successor(schema: &DirectSchema, name: &str) -> Option<SuccessorModel> {
    let (service_name, method) = name.split_once('.')?;
    let service = schema
        .files
        .iter()
        .filter(|f| f.api == "direct_v5")
        .filter_map(|f| f.file.service.as_ref())
        .find(|s| s.name == service_name)?;
    Some(SuccessorModel {
        service_name: service.name.clone(),
        endpoint: service.endpoint.clone(),
        method: method.to_owned(),
    })
}

/// v4 numbers become `FlexNumber`s: the v4 server sends some of them as strings.
fn primitive(name: &str, v4: bool) -> Primitive {
    match (name, v4) {
        ("long" | "integer", false) => Primitive::I64,
        ("int", false) => Primitive::I32,
        ("decimal" | "double" | "float", false) => Primitive::F64,
        ("long" | "integer", true) => Primitive::FlexI64,
        ("int", true) => Primitive::FlexI32,
        ("decimal" | "double" | "float", true) => Primitive::FlexF64,
        ("boolean", _) => Primitive::Bool,
        _ => Primitive::String,
    }
}
