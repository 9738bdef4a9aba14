//! The types the generated tables ([`crate::fields`]) are made of.

/// A filter operator of the Reporting API's filter grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operator {
    /// `==`: equal.
    Eq,
    /// `!=`: not equal.
    Ne,
    /// `>`: greater than.
    Gt,
    /// `<`: less than.
    Lt,
    /// `>=`: greater than or equal.
    Ge,
    /// `<=`: less than or equal.
    Le,
    /// `=@`: contains the substring.
    Contains,
    /// `!@`: does not contain the substring.
    NotContains,
    /// `=~`: matches the regular expression.
    Matches,
    /// `!~`: does not match the regular expression.
    NotMatches,
    /// `=*`: matches the pattern (`*` for any characters).
    Like,
    /// `!*`: does not match the pattern.
    NotLike,
    /// `=.`: one of a list of values.
    In,
    /// `!.`: none of a list of values.
    NotIn,
}

impl Operator {
    /// Every operator, longest symbols first where one is a prefix of another.
    pub const ALL: [Operator; 14] = [
        Operator::Eq,
        Operator::Ne,
        Operator::Ge,
        Operator::Le,
        Operator::Gt,
        Operator::Lt,
        Operator::Contains,
        Operator::NotContains,
        Operator::Matches,
        Operator::NotMatches,
        Operator::Like,
        Operator::NotLike,
        Operator::In,
        Operator::NotIn,
    ];

    /// How the filter grammar writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Eq => "==",
            Operator::Ne => "!=",
            Operator::Gt => ">",
            Operator::Lt => "<",
            Operator::Ge => ">=",
            Operator::Le => "<=",
            Operator::Contains => "=@",
            Operator::NotContains => "!@",
            Operator::Matches => "=~",
            Operator::NotMatches => "!~",
            Operator::Like => "=*",
            Operator::NotLike => "!*",
            Operator::In => "=.",
            Operator::NotIn => "!.",
        }
    }

    /// The operator written `symbol`.
    pub fn from_symbol(symbol: &str) -> Option<Operator> {
        Self::ALL.into_iter().find(|o| o.symbol() == symbol)
    }
}

impl std::fmt::Display for Operator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A metric's type, as the documentation gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricType {
    /// A whole number.
    Int,
    /// A fraction.
    Double,
    /// A percentage (0-100).
    Percents,
    /// An amount of money.
    Currency,
    /// A duration in seconds.
    Seconds,
    /// An affinity index.
    Affinity,
}

/// Dimension or metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// Groups the rows.
    Dimension,
    /// A number per row.
    Metric,
}

/// What may fill a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceholderForm {
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// One or more ASCII digits (an id).
    Digits,
    /// Three upper-case ASCII letters (an ISO 4217 code such as `RUB`).
    CurrencyCode,
}

/// A placeholder of templates (`<attribution>`, `<goal_id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder {
    /// Its name between the angle brackets.
    pub name: &'static str,
    /// What may fill it.
    pub form: PlaceholderForm,
    /// The value the API takes when the name leaves it out.
    pub default: Option<&'static str>,
    /// The query parameter that sets it for a whole query.
    pub query_parameter: Option<&'static str>,
}

/// A dimension or metric; a template when it has `parameters`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldDef {
    /// The name, with its placeholders (`ym:s:goal<goal_id>visits`).
    pub name: &'static str,
    /// Dimension or metric.
    pub kind: FieldKind,
    /// The namespace without `ym:` (`s`, `pv`, `ad`, ...).
    pub namespace: &'static str,
    /// The placeholders of the name, in order.
    pub parameters: &'static [&'static str],
    /// The filter operators a dimension allows; empty when the documentation does not say.
    pub operators: &'static [Operator],
    /// A metric's type, when known.
    pub metric_type: Option<MetricType>,
    /// Whether a metric may be filtered on, when known.
    pub filterable: Option<bool>,
    /// The first date with data (`YYYY-MM-DD`), when known.
    pub min_date: Option<&'static str>,
    /// The companion dimension with the readable name.
    pub name_dimension: Option<&'static str>,
}

/// An older spelling of a template (`ym:ad:directOrder`), its placeholders left to their
/// defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AliasDef {
    /// The older name.
    pub name: &'static str,
    /// The template it stands for.
    pub template: &'static str,
    /// The placeholders the older name leaves to the query or the default.
    pub left_to_default: &'static [&'static str],
    /// The operators the older documentation gives.
    pub operators: &'static [Operator],
    /// The first date with data under the older name.
    pub min_date: Option<&'static str>,
    /// The companion dimension under the older name.
    pub name_dimension: Option<&'static str>,
}

/// The serde building blocks the generated endpoint code reaches through this module.
#[doc(hidden)]
pub use crate::wire;
