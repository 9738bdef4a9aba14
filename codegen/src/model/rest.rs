//! REST APIs described by a Discovery document (`schema/ga4_data/`), resolved into what the
//! emitter needs: Rust names, type references as Rust types, the fields that must be boxed.
//! The frontend ([`crate::frontend::rest`]) builds it; the emitter ([`crate::emit::rest`]) reads
//! only this.

/// Every REST API version of the schema.
#[derive(Debug, Clone, Default)]
pub struct RestModel {
    /// One per schema file, sorted by module name.
    pub apis: Vec<RestApiModel>,
}

/// One version of one API: a Rust module.
#[derive(Debug, Clone)]
pub struct RestApiModel {
    /// The Rust module name (`v1beta`).
    pub module: String,
    /// The schema file, as shown in the generated header (`schema/ga4_data/v1beta.json`).
    pub display_path: String,
    /// The document's title.
    pub title: String,
    /// The document's id (`analyticsdata:v1beta`).
    pub document_id: String,
    /// The SHA-256 of the canonical document.
    pub canonical_sha256: String,
    /// Where the API is served, `service_path` included.
    pub base_url: String,
    /// The document's description.
    pub doc: Option<String>,
    /// Its methods, sorted by name.
    pub methods: Vec<MethodModel>,
    /// Its types, sorted by name.
    pub types: Vec<TypeModel>,
}

/// A method.
#[derive(Debug, Clone)]
pub struct MethodModel {
    /// The name below the top resource: `runReport`, `audienceExports.create`.
    pub name: String,
    /// The document's id.
    pub id: String,
    /// The Rust name of its descriptor (`RunReport`, `AudienceExportsCreate`).
    pub rust: String,
    /// The Rust name of its parameters struct (`RunReportParams`).
    pub params_rust: String,
    /// The HTTP method.
    pub http_method: HttpMethod,
    /// The path template (`v1beta/{+property}:runReport`).
    pub path: String,
    /// Path parameters, in the document's order.
    pub path_parameters: Vec<ParameterModel>,
    /// Query parameters, by name.
    pub query_parameters: Vec<ParameterModel>,
    /// The Rust name of the body sent, if any.
    pub request: Option<String>,
    /// The Rust name of the body answered, if any.
    pub response: Option<String>,
    /// The quota category (`core`, `realtime`, `funnel`, `chat`), when known.
    pub quota_category: Option<String>,
    /// What the method-categories table says besides.
    pub quota_note: Option<String>,
    /// OAuth scopes.
    pub scopes: Vec<String>,
    /// The document's description.
    pub doc: Option<String>,
}

/// The HTTP methods a REST method may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
}

impl HttpMethod {
    /// Parses the document's spelling.
    pub fn parse(text: &str) -> Option<HttpMethod> {
        Some(match text {
            "GET" => HttpMethod::Get,
            "POST" => HttpMethod::Post,
            "PUT" => HttpMethod::Put,
            "PATCH" => HttpMethod::Patch,
            "DELETE" => HttpMethod::Delete,
            _ => return None,
        })
    }

    /// The variant of the runtime's `HttpMethod` enum.
    pub fn variant(self) -> &'static str {
        match self {
            HttpMethod::Get => "Get",
            HttpMethod::Post => "Post",
            HttpMethod::Put => "Put",
            HttpMethod::Patch => "Patch",
            HttpMethod::Delete => "Delete",
        }
    }
}

/// A path or query parameter.
#[derive(Debug, Clone)]
pub struct ParameterModel {
    /// Its name in the path template or query string.
    pub wire: String,
    /// The Rust field name.
    pub rust: String,
    /// Its type.
    pub ty: Primitive,
    /// Required.
    pub required: bool,
    /// Given any number of times.
    pub repeated: bool,
    /// The pattern the document gives.
    pub pattern: Option<String>,
    /// The document's description.
    pub doc: Option<String>,
}

/// A generated type.
#[derive(Debug, Clone)]
pub enum TypeModel {
    /// An object.
    Struct(StructModel),
    /// An open enum.
    Enum(EnumModel),
}

/// An object with known keys.
#[derive(Debug, Clone)]
pub struct StructModel {
    /// The document's name.
    pub wire: String,
    /// The Rust name.
    pub rust: String,
    /// The document's description.
    pub doc: Option<String>,
    /// Its keys, sorted by name.
    pub fields: Vec<FieldModel>,
}

/// One key of an object.
#[derive(Debug, Clone)]
pub struct FieldModel {
    /// The JSON key.
    pub wire: String,
    /// The Rust field name.
    pub rust: String,
    /// The value type (one element for arrays and maps).
    pub ty: TypeRef,
    /// The document's string `format`, if any.
    pub format: Option<String>,
    /// A JSON array.
    pub repeated: bool,
    /// A JSON object of values (with `repeated`: an array of them).
    pub map: bool,
    /// Behind a `Box`: the type contains itself through this field.
    pub boxed: bool,
    /// Set by the server only.
    pub read_only: bool,
    /// Deprecated.
    pub deprecated: bool,
    /// The document's description.
    pub doc: Option<String>,
}

/// What a field or parameter holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// A primitive.
    Primitive(Primitive),
    /// A generated type, by Rust name.
    Named(String),
}

/// The primitive types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primitive {
    /// A string.
    String,
    /// A boolean.
    Bool,
    /// A 32-bit integer (a JSON number).
    I32,
    /// An unsigned 32-bit integer (a JSON number).
    U32,
    /// A 64-bit integer (a JSON string).
    I64,
    /// An unsigned 64-bit integer (a JSON string).
    U64,
    /// A double (a JSON number, kept as written).
    Double,
    /// A float (a JSON number, kept as written).
    Float,
    /// Any JSON value.
    Any,
}

impl Primitive {
    /// The schema's name of a primitive.
    pub fn parse(name: &str) -> Option<Primitive> {
        Some(match name {
            "string" => Primitive::String,
            "boolean" => Primitive::Bool,
            "int32" => Primitive::I32,
            "uint32" => Primitive::U32,
            "int64" => Primitive::I64,
            "uint64" => Primitive::U64,
            "double" => Primitive::Double,
            "float" => Primitive::Float,
            "any" => Primitive::Any,
            _ => return None,
        })
    }

    /// The schema's name.
    pub fn name(self) -> &'static str {
        match self {
            Primitive::String => "string",
            Primitive::Bool => "boolean",
            Primitive::I32 => "int32",
            Primitive::U32 => "uint32",
            Primitive::I64 => "int64",
            Primitive::U64 => "uint64",
            Primitive::Double => "double",
            Primitive::Float => "float",
            Primitive::Any => "any",
        }
    }
}

/// An open enum.
#[derive(Debug, Clone)]
pub struct EnumModel {
    /// The schema's name.
    pub wire: String,
    /// The Rust name.
    pub rust: String,
    /// Where the document defines it (`AudienceExport.state`).
    pub defined_at: String,
    /// `(wire value, Rust variant, description, deprecated)` in the document's order.
    pub variants: Vec<VariantModel>,
}

/// One known value of an enum.
#[derive(Debug, Clone)]
pub struct VariantModel {
    /// The value as sent.
    pub wire: String,
    /// The Rust variant.
    pub rust: String,
    /// The document's description.
    pub doc: Option<String>,
    /// Deprecated.
    pub deprecated: bool,
}
