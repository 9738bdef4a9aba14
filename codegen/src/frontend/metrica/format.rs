//! The input format of the Yandex Metrica Reporting API (`schema/metrica/fields.json`): our own
//! JSON, as `cargo run -p codegen -- import --from-metrica DIR` writes it (see
//! `schema/README.md`, "Metrica files").
//!
//! These structs mirror the file one to one; nothing is checked here beyond the shape.

use serde::{Deserialize, Serialize};

/// The whole file: every dimension and metric, the older spellings, the limits and the error
/// types of the Reporting API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricaFile {
    /// Free text for readers of the file (where it came from, how to refresh it).
    #[serde(rename = "$comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The tables the file was imported from, by file name.
    pub source: MetricaSource,
    /// What each placeholder of a parametrised name (`<attribution>`, `<goal_id>`) may be
    /// filled with, sorted by name.
    pub placeholders: Vec<Placeholder>,
    /// Every dimension and metric, sorted by name; a parametrised one is a template
    /// (`ym:s:<attribution>TrafficSource`).
    pub fields: Vec<MetricaField>,
    /// Older spellings still accepted (`ym:ad:directOrder`), each the template with its
    /// placeholders left to their defaults; sorted by name.
    pub aliases: Vec<MetricaAlias>,
    /// The documented limits, as the quotas table gives them.
    pub limits: Vec<MetricaLimit>,
    /// The `error_type` values of error answers, sorted by name.
    pub error_types: Vec<MetricaErrorType>,
}

/// The file names of the four tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricaSource {
    /// The name index: `fields-index.tsv`.
    pub fields: String,
    /// The `ym:ad:` Direct dimensions: `direct-dimensions.tsv`.
    pub direct_dimensions: String,
    /// The limits: `quotas.tsv`.
    pub quotas: String,
    /// The error types: `error-types.tsv`.
    pub error_types: String,
}

/// One placeholder of parametrised names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    /// The name between the angle brackets: `attribution`.
    pub name: String,
    /// What may stand in its place.
    pub form: PlaceholderForm,
    /// The value the API takes when the name leaves it out (`lastsign` for `attribution`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// The query parameter that sets it for the whole query (`attribution`, `goal_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_parameter: Option<String>,
}

/// What may fill a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PlaceholderForm {
    /// One of a closed list of words.
    OneOf {
        /// The words, in the documentation's order.
        values: Vec<String>,
    },
    /// One or more ASCII digits (an id).
    Digits,
    /// Three upper-case ASCII letters (an ISO 4217 code such as `RUB`).
    CurrencyCode,
}

/// Dimension or metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Groups the rows (`ym:s:trafficSource`).
    Dimension,
    /// A number per row (`ym:s:visits`).
    Metric,
}

/// One dimension or metric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricaField {
    /// The name, with its placeholders: `ym:s:goal<goal_id>visits`.
    pub name: String,
    /// Dimension or metric.
    pub kind: FieldKind,
    /// The namespace without `ym:` (`s`, `pv`, `ad`, `dl`, `ep`, `ev`, `up`).
    pub namespace: String,
    /// The placeholders of the name, in the order they appear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<String>,
    /// The filter operators a dimension allows (`==`, `=@`, `=~`, ...); empty when the
    /// documentation does not say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operators: Vec<String>,
    /// A metric's type: `int`, `double`, `percents`, `currency`, `second`, `affinity`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub metric_type: Option<String>,
    /// Whether a metric may be filtered on; absent when the documentation does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filterable: Option<bool>,
    /// The first date with data (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_date: Option<String>,
    /// The companion dimension holding the readable name (`ym:dl:ageIntervalName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_dimension: Option<String>,
}

/// An older spelling of a template, its placeholders left to their defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricaAlias {
    /// The older name: `ym:ad:directOrder`.
    pub name: String,
    /// The template it stands for: `ym:ad:<attribution>DirectOrder`.
    pub template: String,
    /// The template's placeholders the older name leaves to their defaults.
    pub left_to_default: Vec<String>,
    /// The filter operators the older documentation gives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operators: Vec<String>,
    /// The first date with data under the older name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_date: Option<String>,
    /// The companion `...Name` dimension under the older name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_dimension: Option<String>,
}

/// One row of the quotas table, as written there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricaLimit {
    /// What is limited: `parallel requests`.
    pub limit: String,
    /// The figure (`3`), or the words where there is no single figure.
    pub value: String,
    /// The figure as a number when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u64>,
    /// Per what: `IP`, `user_login`, `request`.
    pub scope: String,
    /// When a blocked client may send again.
    pub unblocks: String,
}

/// One `error_type` of error answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricaErrorType {
    /// The value of `error_type`: `quota_parallel_requests`.
    pub error_type: String,
    /// The HTTP status it comes with.
    pub http: u16,
    /// What it means.
    pub meaning: String,
}

/// `schema/metrica/endpoints.json`, written by hand (Yandex publishes no machine-readable
/// description of the Reporting API): the endpoints, their query parameters and the shapes of
/// their answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointsFile {
    /// Free text for readers of the file.
    #[serde(rename = "$comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The path every endpoint's `path` is below: `/stat/v1/`.
    pub base_path: String,
    /// Every query parameter any endpoint takes, once.
    pub parameters: Vec<ParameterDef>,
    /// The endpoints.
    pub endpoints: Vec<EndpointDef>,
    /// The objects of the answers (and of the error body), by name.
    pub types: Vec<TypeDef>,
}

/// A query parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterDef {
    /// The name on the query line.
    pub name: String,
    /// `string`, `string_list` (comma-separated), `integer`, `integer_list`, `boolean`.
    #[serde(rename = "type")]
    pub ty: String,
    /// What it does.
    pub doc: String,
}

/// An endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointDef {
    /// Its name in the `roundtrip` lines and the lookup: `data`, `bytime`, `comparison/drilldown`.
    pub name: String,
    /// Its path below `base_path`: `data/bytime`.
    pub path: String,
    /// The name of its generated parameters struct.
    pub params: String,
    /// The parameters it takes, by name, in the order they are sent.
    pub parameters: Vec<String>,
    /// Those it cannot go without.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    /// The type of its answer.
    pub response: String,
    /// What it answers.
    pub doc: String,
}

/// An object of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// The Rust name.
    pub name: String,
    /// What it is.
    pub doc: String,
    /// Its keys; every one may be absent.
    pub fields: Vec<TypeFieldDef>,
}

/// A key of an object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeFieldDef {
    /// The JSON key.
    pub name: String,
    /// `string`, `integer`, `boolean`, `number`, `metric`, `flex_integer`, `any`, `error_type`,
    /// or the name of a type of the file.
    #[serde(rename = "type")]
    pub ty: String,
    /// How many arrays wrap the value: 0, 1 (`[v]`) or 2 (`[[v]]`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub array: u8,
    /// `null` is a value of its own, kept apart from absence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// What it holds.
    pub doc: String,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}
