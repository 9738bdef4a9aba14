//! The Direct APIs resolved into what the emitter needs: final Rust names (unique,
//! keyword-safe), flattened inheritance, and type references as Rust types.

/// The Direct APIs, resolved.
#[derive(Debug, Clone)]
pub struct DirectModel {
    /// One entry per API folder that has files, `direct_v5` first.
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

/// The upstream file a module was imported from, pinned by its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// File name, relative to the folder the importer read.
    pub file: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
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

/// Whether a method changes anything on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only reads: safe to repeat.
    Read,
    /// Changes something: never repeated blindly.
    Write,
}

/// A per-call cap on the number of items under a path of the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit {
    /// Dotted path of wire names from `params`, e.g. `SelectionCriteria.Ids`.
    pub path: String,
    /// The most items allowed there in one call.
    pub max_items: u32,
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
