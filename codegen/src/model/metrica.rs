//! The Yandex Metrica Reporting API's fields (`schema/metrica/fields.json`), resolved into what
//! the emitter needs. The frontend ([`crate::frontend::metrica`]) builds it; the emitter
//! ([`crate::emit::metrica`]) reads only this.

/// Every dimension, metric, alias and placeholder of the Reporting API.
#[derive(Debug, Clone, Default)]
pub struct MetricaModel {
    /// The schema file, as shown in the generated header (`schema/metrica/fields.json`).
    pub display_path: String,
    /// The placeholders of templates, sorted by name.
    pub placeholders: Vec<PlaceholderModel>,
    /// The dimensions, sorted by name.
    pub dimensions: Vec<FieldModel>,
    /// The metrics, sorted by name.
    pub metrics: Vec<FieldModel>,
    /// Older spellings of templates, sorted by name.
    pub aliases: Vec<AliasModel>,
    /// The `error_type` values of error answers, sorted.
    pub error_types: Vec<String>,
    /// The endpoints and the shapes of their answers (`schema/metrica/endpoints.json`), when
    /// the schema has that file.
    pub endpoints: Option<EndpointsModel>,
}

/// The endpoints of the Reporting API, their parameters and answers.
#[derive(Debug, Clone, Default)]
pub struct EndpointsModel {
    /// The schema file, as shown in the generated header.
    pub display_path: String,
    /// The path the endpoints are below: `/stat/v1/`.
    pub base_path: String,
    /// The endpoints, in the file's order.
    pub endpoints: Vec<EndpointModel>,
    /// The objects of the answers, in the file's order.
    pub types: Vec<TypeModel>,
}

/// One endpoint.
#[derive(Debug, Clone)]
pub struct EndpointModel {
    /// Its name: `data`, `comparison/drilldown`.
    pub name: String,
    /// Its path below the base path: `data/comparison/drilldown`.
    pub path: String,
    /// The Rust name of its parameters struct.
    pub params: String,
    /// Its parameters, in the order they are sent.
    pub parameters: Vec<ParamModel>,
    /// The Rust name of its answer.
    pub response: String,
    /// What it answers.
    pub doc: String,
}

/// One query parameter of an endpoint.
#[derive(Debug, Clone)]
pub struct ParamModel {
    /// The name on the query line.
    pub name: String,
    /// Its type.
    pub kind: ParamKind,
    /// Whether the endpoint needs it.
    pub required: bool,
    /// What it does.
    pub doc: String,
}

/// The type of a query parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Text sent as it is.
    String,
    /// Comma-separated texts.
    StringList,
    /// A non-negative integer.
    Integer,
    /// Comma-separated non-negative integers.
    IntegerList,
    /// `true` or `false`.
    Boolean,
}

impl ParamKind {
    /// The kind written `word` in the schema.
    pub fn from_word(word: &str) -> Option<ParamKind> {
        Some(match word {
            "string" => ParamKind::String,
            "string_list" => ParamKind::StringList,
            "integer" => ParamKind::Integer,
            "integer_list" => ParamKind::IntegerList,
            "boolean" => ParamKind::Boolean,
            _ => return None,
        })
    }
}

/// An object of an answer.
#[derive(Debug, Clone)]
pub struct TypeModel {
    /// The Rust name.
    pub name: String,
    /// What it is.
    pub doc: String,
    /// Its keys.
    pub fields: Vec<TypeFieldModel>,
}

/// A key of an object of an answer.
#[derive(Debug, Clone)]
pub struct TypeFieldModel {
    /// The JSON key.
    pub name: String,
    /// The type of the value (inside the arrays).
    pub ty: ValueType,
    /// How many arrays wrap it.
    pub array: u8,
    /// Whether `null` is kept apart from absence in the field itself.
    pub nullable: bool,
    /// What it holds.
    pub doc: String,
}

/// The type of a value in an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    /// Text.
    String,
    /// A whole number (`i64`).
    Integer,
    /// `true` or `false`.
    Boolean,
    /// Any JSON number, kept as sent.
    Number,
    /// A metric's value: a number kept as sent, or `null`.
    Metric,
    /// A whole number sent as a number or as a string, kept in the form it came in.
    FlexInteger,
    /// Any JSON value.
    Any,
    /// The open enum of `error_type` values.
    ErrorType,
    /// Another object of the file.
    Named(String),
}

/// A placeholder of templates (`<attribution>`).
#[derive(Debug, Clone)]
pub struct PlaceholderModel {
    /// Its name: `attribution`.
    pub name: String,
    /// What may fill it.
    pub form: PlaceholderForm,
    /// The API's default, if it has one.
    pub default: Option<String>,
    /// The query parameter that sets it for a whole query.
    pub query_parameter: Option<String>,
}

/// What may fill a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceholderForm {
    /// One of these words.
    OneOf(Vec<String>),
    /// ASCII digits.
    Digits,
    /// Three upper-case ASCII letters.
    CurrencyCode,
}

/// A filter operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Operator {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `<`
    Lt,
    /// `>=`
    Ge,
    /// `<=`
    Le,
    /// `=@`
    Contains,
    /// `!@`
    NotContains,
    /// `=~`
    Matches,
    /// `!~`
    NotMatches,
    /// `=*`
    Like,
    /// `!*`
    NotLike,
    /// `=.`
    In,
    /// `!.`
    NotIn,
}

impl Operator {
    /// Every operator with its symbol in the filter grammar.
    pub const ALL: [(Operator, &'static str); 14] = [
        (Operator::Eq, "=="),
        (Operator::Ne, "!="),
        (Operator::Gt, ">"),
        (Operator::Lt, "<"),
        (Operator::Ge, ">="),
        (Operator::Le, "<="),
        (Operator::Contains, "=@"),
        (Operator::NotContains, "!@"),
        (Operator::Matches, "=~"),
        (Operator::NotMatches, "!~"),
        (Operator::Like, "=*"),
        (Operator::NotLike, "!*"),
        (Operator::In, "=."),
        (Operator::NotIn, "!."),
    ];

    /// The operator written `symbol`.
    pub fn from_symbol(symbol: &str) -> Option<Operator> {
        Self::ALL
            .iter()
            .find(|(_, s)| *s == symbol)
            .map(|(operator, _)| *operator)
    }

    /// The Rust variant of the crate's `Operator` enum.
    pub fn variant(self) -> &'static str {
        match self {
            Operator::Eq => "Eq",
            Operator::Ne => "Ne",
            Operator::Gt => "Gt",
            Operator::Lt => "Lt",
            Operator::Ge => "Ge",
            Operator::Le => "Le",
            Operator::Contains => "Contains",
            Operator::NotContains => "NotContains",
            Operator::Matches => "Matches",
            Operator::NotMatches => "NotMatches",
            Operator::Like => "Like",
            Operator::NotLike => "NotLike",
            Operator::In => "In",
            Operator::NotIn => "NotIn",
        }
    }
}

/// A metric's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricType {
    /// `int`
    Int,
    /// `double`
    Double,
    /// `percents`
    Percents,
    /// `currency`
    Currency,
    /// `second`
    Seconds,
    /// `affinity`
    Affinity,
}

impl MetricType {
    /// The type written `word` in the schema.
    pub fn from_word(word: &str) -> Option<MetricType> {
        Some(match word {
            "int" => MetricType::Int,
            "double" => MetricType::Double,
            "percents" => MetricType::Percents,
            "currency" => MetricType::Currency,
            "second" => MetricType::Seconds,
            "affinity" => MetricType::Affinity,
            _ => return None,
        })
    }

    /// The Rust variant of the crate's `MetricType` enum.
    pub fn variant(self) -> &'static str {
        match self {
            MetricType::Int => "Int",
            MetricType::Double => "Double",
            MetricType::Percents => "Percents",
            MetricType::Currency => "Currency",
            MetricType::Seconds => "Seconds",
            MetricType::Affinity => "Affinity",
        }
    }
}

/// A dimension or metric (a template when it has parameters).
#[derive(Debug, Clone)]
pub struct FieldModel {
    /// The name with its placeholders.
    pub name: String,
    /// The namespace (`s`, `ad`, ...).
    pub namespace: String,
    /// The placeholders, in order.
    pub parameters: Vec<String>,
    /// The filter operators allowed (dimensions).
    pub operators: Vec<Operator>,
    /// The type (metrics), when known.
    pub metric_type: Option<MetricType>,
    /// Whether a metric may be filtered on, when known.
    pub filterable: Option<bool>,
    /// The first date with data, `YYYY-MM-DD`.
    pub min_date: Option<String>,
    /// The companion `...Name` dimension.
    pub name_dimension: Option<String>,
}

/// An older spelling of a template.
#[derive(Debug, Clone)]
pub struct AliasModel {
    /// The older name.
    pub name: String,
    /// The template's name.
    pub template: String,
    /// The placeholders left to their defaults.
    pub left_to_default: Vec<String>,
    /// The operators under the older name.
    pub operators: Vec<Operator>,
    /// The first date under the older name.
    pub min_date: Option<String>,
    /// The companion dimension under the older name.
    pub name_dimension: Option<String>,
}
