//! The input format: our own JSON description of the Direct APIs, as read from `schema/`.
//!
//! These structs mirror the files one to one (see `schema/README.md`); nothing here is checked
//! beyond JSON well-formedness. Cross-references and names are checked by `validate`.

use serde::{Deserialize, Serialize};

/// One schema file: a namespace of types, and the service whose methods use them, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchemaFile {
    /// Free text for readers of the file (where it came from, how to refresh it).
    #[serde(rename = "$comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Which API this file belongs to: `direct_v5` or `direct_v4`.
    pub api: String,
    /// The module name: other files refer to this file's types as `<module>:<Type>`.
    pub module: String,
    /// The XML namespace the types came from, if imported from WSDL/XSD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The upstream file this was produced from, pinned by its SHA-256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Text for the generated module's doc comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The service defined in this file, absent for files of shared types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
    /// Every type of the namespace, in a stable order.
    #[serde(default)]
    pub types: Vec<TypeDef>,
}

/// The upstream file a schema file was produced from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name, relative to the folder the importer read.
    pub file: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

/// A service: one endpoint with its methods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// The service's name as the documentation writes it, e.g. `AdGroups`.
    pub name: String,
    /// The endpoint path segment: `/json/v5/<endpoint>` (lower case, e.g. `adgroups`).
    pub endpoint: String,
    /// Every operation, in WSDL order.
    pub methods: Vec<Method>,
    /// Doc text for the generated service handle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Operations the upstream description still lists but the API no longer serves, with why;
    /// nothing is generated for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<RetiredMethod>,
}

/// An operation left out of the bindings on purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetiredMethod {
    /// The operation's name.
    pub name: String,
    /// Why it is left out.
    pub reason: String,
    /// The Direct API v5 methods that do its work now, as `Service.method` with the names the
    /// documentation writes (`AdGroups.get`), in the documentation's order. Each must be a method
    /// of a `direct_v5` service of the schema.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaced_by: Vec<String>,
    /// Where its work went when the documentation names no method, as free text that reads
    /// after "moved to", e.g. `the Reports service`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<String>,
}

/// One operation of a service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// The name as sent in the JSON `method` key, e.g. `get`, `setAuto`.
    pub name: String,
    /// The type of `params` (v5) or `param` (v4); `null` for a v4 method that takes none.
    pub request: Option<String>,
    /// The type of `result`.
    pub response: String,
    /// Whether the call only reads: reads may be retried blindly, writes may not.
    pub access: Access,
    /// A v4 finance method: the request carries `finance_token` and `operation_num`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub finance: bool,
    /// For a finance method with an `Action` in its request (`AccountManagement`): the actions
    /// that are finance operations. A request with another `Action` is sent without finance
    /// credentials. Empty: every call of a finance method is a finance operation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub finance_actions: Vec<String>,
    /// Known caps on the number of objects per call, e.g. `SelectionCriteria.Ids` <= 1000.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<Limit>,
    /// Doc text for the generated method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// Whether a method changes anything on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    /// `get`, `check*`, `has*`, `deduplicate`: safe to repeat.
    Read,
    /// Everything else.
    Write,
}

/// A per-call cap on the number of items under a path of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// Dotted path of wire names from `params`, e.g. `SelectionCriteria.Ids`.
    pub path: String,
    /// The most items allowed there in one call.
    pub max_items: u32,
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum TypeDef {
    /// An object with named fields.
    Struct(StructDef),
    /// A string restricted to a set of values.
    Enum(EnumDef),
    /// The `{"Items": [...]}` wrapper (`general:ArrayOfString` and friends).
    Items(ItemsDef),
    /// A plain JSON array (v4's SOAP-encoded arrays).
    Array(ItemsDef),
}

impl TypeDef {
    /// The type's name as written in the schema.
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct(s) => &s.name,
            TypeDef::Enum(e) => &e.name,
            TypeDef::Items(i) | TypeDef::Array(i) => &i.name,
        }
    }
}

/// An object type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructDef {
    /// The wire name of the type (also the base of its Rust name).
    pub name: String,
    /// The base type whose fields come first (`xsd:extension`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    /// The type's own fields, in wire order.
    #[serde(default)]
    pub fields: Vec<FieldDef>,
    /// Doc text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A field of an object type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// The JSON key.
    pub name: String,
    /// The value's type: `xsd:<primitive>`, a local type name, or `<module>:<Type>`.
    #[serde(rename = "type")]
    pub ty: String,
    /// `minOccurs >= 1`: the key must be present.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// `maxOccurs > 1`: a JSON array of values.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repeated: bool,
    /// `nillable="true"`: `null` is a meaningful value, distinct from absence.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nillable: bool,
    /// Store the value behind a `Box` to break a cycle of types containing each other.
    #[serde(default, skip_serializing_if = "is_false")]
    pub boxed: bool,
    /// Doc text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A string enumeration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumDef {
    /// The wire name of the type.
    pub name: String,
    /// Every value the schema knows, in WSDL order.
    pub values: Vec<String>,
    /// Doc text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A list of values: the `{"Items": [...]}` wrapper, or a plain array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemsDef {
    /// The wire name of the type.
    pub name: String,
    /// The type of each item.
    pub item: String,
    /// Doc text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// The primitive types a field may name as `xsd:<name>`.
pub const PRIMITIVES: &[&str] = &[
    "string",
    "long",
    "int",
    "integer",
    "decimal",
    "double",
    "float",
    "boolean",
    "base64Binary",
    "dateTime",
    "date",
];

fn is_false(b: &bool) -> bool {
    !*b
}
