//! The input format of REST APIs described by a Google Discovery document (`schema/ga4_data/`):
//! our own JSON, as `cargo run -p codegen -- import --from-discovery` writes it (see
//! `schema/README.md`, "REST files").
//!
//! These structs mirror the files one to one; nothing is checked here beyond the shape. The
//! rules (references resolve, names are unique and can become Rust names) are checked by the
//! frontend ([`super::load`]).

use serde::{Deserialize, Serialize};

/// One file: one version of one API (its methods and its types).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestFile {
    /// Free text for readers of the file (where it came from, how to refresh it).
    #[serde(rename = "$comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The API folder: `ga4_data`.
    pub api: String,
    /// The Rust module: the file's name without `.json` (the API version, e.g. `v1beta`).
    pub module: String,
    /// The document's `title`, e.g. `Google Analytics Data API`.
    pub title: String,
    /// The upstream document.
    pub source: RestSource,
    /// Where the API is served: `https://analyticsdata.googleapis.com/`.
    pub root_url: String,
    /// The path every method path is relative to (`""` for most Google APIs).
    #[serde(default)]
    pub service_path: String,
    /// The document's `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Every method, sorted by name.
    pub methods: Vec<RestMethod>,
    /// Every type, sorted by name (an array so that a duplicate name is caught).
    pub types: Vec<RestType>,
}

/// The Discovery document a file was imported from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestSource {
    /// File name of the document as read.
    pub file: String,
    /// The document's `id`, e.g. `analyticsdata:v1beta`.
    pub id: String,
    /// Lower-case hex SHA-256 of the document in canonical form (keys sorted, no whitespace,
    /// `revision` and `etag` left out): the same for every copy Google serves of the same API,
    /// whatever the order of its keys and the day of its revision.
    pub canonical_sha256: String,
}

/// One method, e.g. `runReport` or `audienceExports.create`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestMethod {
    /// The name below the top resource: `runReport`, `audienceExports.create`.
    pub name: String,
    /// The document's method id, e.g. `analyticsdata.properties.runReport`.
    pub id: String,
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    pub http_method: String,
    /// The path template relative to `root_url` + `service_path`, with `{name}` and `{+name}`
    /// (reserved expansion: `/` kept) parameters: `v1beta/{+property}:runReport`.
    pub path: String,
    /// Path and query parameters, path ones first in the document's `parameterOrder`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<RestParameter>,
    /// The type of the JSON body sent, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// The type of the JSON body answered, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// The quota category the method's calls are charged to (`core`, `realtime`, `funnel`),
    /// when known (from the method-categories table given to the importer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_category: Option<String>,
    /// What the method-categories table adds about the quota, as written there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_note: Option<String>,
    /// OAuth scopes any one of which allows the call.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    /// The document's `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A path or query parameter of a method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestParameter {
    /// The name in the path template or the query string.
    pub name: String,
    /// Where it goes.
    pub location: ParameterLocation,
    /// A primitive type name (see [`PRIMITIVES`]).
    #[serde(rename = "type")]
    pub ty: String,
    /// The call cannot be made without it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Given any number of times.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repeated: bool,
    /// The regular expression a value must match, as the document writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The document's `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParameterLocation {
    /// Into the path template.
    Path,
    /// Into the query string.
    Query,
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum RestType {
    /// A JSON object with known keys.
    Struct(RestStruct),
    /// A string with known values (any other value is kept too).
    Enum(RestEnum),
}

impl RestType {
    /// The type's name.
    pub fn name(&self) -> &str {
        match self {
            RestType::Struct(s) => &s.name,
            RestType::Enum(e) => &e.name,
        }
    }
}

/// A JSON object with known keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestStruct {
    /// The document's schema name.
    pub name: String,
    /// The document's `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The keys, sorted by name (the document's order is not stable).
    pub fields: Vec<RestField>,
}

/// One key of an object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestField {
    /// The JSON key.
    pub name: String,
    /// A primitive type name (see [`PRIMITIVES`]) or the name of a type of the file.
    #[serde(rename = "type")]
    pub ty: String,
    /// The `format` of a string the document gives besides its type (`google-datetime`,
    /// `byte`, ...); the value stays a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// A JSON array of the type.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repeated: bool,
    /// A JSON object whose values are of the type (keys are free); with `repeated`, an array of
    /// such objects.
    #[serde(default, skip_serializing_if = "is_false")]
    pub map: bool,
    /// Set by the server only.
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    /// The document marks it deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// The document's `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A string with known values. The document writes enums inline in a property; the importer
/// names each after its place: `<Schema><Property>` (`AudienceExportState`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestEnum {
    /// The type's name.
    pub name: String,
    /// Where the document defines it: `AudienceExport.state`.
    pub defined_at: String,
    /// The known values in the document's order.
    pub values: Vec<RestEnumValue>,
}

/// One known value of an enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestEnumValue {
    /// The value as sent.
    pub value: String,
    /// The document's `enumDescriptions` entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The document marks the value deprecated (`enumDeprecated`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

/// The primitive type names of fields and parameters, and what travels on the wire:
///
/// - `string`, `boolean`: a JSON string, `true`/`false`;
/// - `int32`, `uint32`: a JSON number;
/// - `int64`, `uint64`: a JSON string of decimal digits (numbers are accepted too);
/// - `double`, `float`: a JSON number (`"NaN"`, `"Infinity"`, `"-Infinity"` as strings);
/// - `any`: any JSON value.
pub const PRIMITIVES: &[&str] = &[
    "string", "boolean", "int32", "uint32", "int64", "uint64", "double", "float", "any",
];

fn is_false(value: &bool) -> bool {
    !*value
}
