//! The Direct schema, once checked, resolved into the model the emitter reads
//! ([`crate::model::direct`]): Rust names assigned, inheritance flattened, references resolved.

use std::collections::BTreeSet;

use super::format::{self, TypeDef};
use super::validate::{Index, Target};
use super::DirectSchema;
use crate::model::direct::{
    Access, ApiModel, DirectModel, EnumModel, FieldModel, ItemsModel, Limit, MethodModel,
    ModuleModel, Primitive, RetiredModel, ServiceModel, Source, StructModel, SuccessorModel,
    TypeModel, TypeRef, UNKNOWN_FIELDS, UNRECOGNIZED,
};
use crate::naming;

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
                        access: match m.access {
                            format::Access::Read => Access::Read,
                            format::Access::Write => Access::Write,
                        },
                        finance: m.finance,
                        finance_actions: m.finance_actions.clone(),
                        limits: m
                            .limits
                            .iter()
                            .map(|l| Limit {
                                path: l.path.clone(),
                                max_items: l.max_items,
                            })
                            .collect(),
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
            source: file.source.as_ref().map(|s| Source {
                file: s.file.clone(),
                sha256: s.sha256.clone(),
            }),
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
