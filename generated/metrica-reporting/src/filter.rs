//! Typed filter expressions, rendered to the Reporting API's filter grammar
//! (`ym:s:regionCityName=='Moscow' AND NOT(ym:s:isRobot=='Yes')`).
//!
//! A text value is written between single quotes, `'` and `\` in it escaped with `\`
//! ([`quote`]; [`unquote`] reads it back). Numbers are written as they are. A list (`=.`, `!.`)
//! is `=.('a','b')`. `AND` and `OR` put parentheses around a nested `AND`/`OR`; `NOT(...)`,
//! `EXISTS(...)`, `ALL(...)` and `NONE(...)` always have them; a quantifier over a relation is
//! `EXISTS <field> WITH (...)`.

use std::fmt;

use crate::lookup::{Field, UnknownField};
use crate::schema::Operator;

/// A value compared with.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterValue {
    /// Text, sent quoted and escaped.
    Text(String),
    /// A whole number, sent as it is.
    Int(i64),
    /// A fraction, sent as it is.
    Float(f64),
    /// A list of texts, for `=.` and `!.`.
    List(Vec<String>),
}

impl From<&str> for FilterValue {
    fn from(value: &str) -> Self {
        FilterValue::Text(value.to_string())
    }
}

impl From<String> for FilterValue {
    fn from(value: String) -> Self {
        FilterValue::Text(value)
    }
}

impl From<i64> for FilterValue {
    fn from(value: i64) -> Self {
        FilterValue::Int(value)
    }
}

impl From<f64> for FilterValue {
    fn from(value: f64) -> Self {
        FilterValue::Float(value)
    }
}

impl<S: Into<String>> From<Vec<S>> for FilterValue {
    fn from(values: Vec<S>) -> Self {
        FilterValue::List(values.into_iter().map(Into::into).collect())
    }
}

/// `EXISTS`, `ALL` or `NONE`: over the hits of a visit (or the visits of a user), whether some,
/// every or no one of them matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantifier {
    /// `EXISTS`: at least one matches.
    Exists,
    /// `ALL`: every one matches.
    All,
    /// `NONE`: none matches.
    None,
}

impl Quantifier {
    fn keyword(self) -> &'static str {
        match self {
            Quantifier::Exists => "EXISTS",
            Quantifier::All => "ALL",
            Quantifier::None => "NONE",
        }
    }
}

/// A filter expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// `field operator value`.
    Compare {
        /// The dimension or metric.
        field: Field,
        /// The operator.
        operator: Operator,
        /// The value.
        value: FilterValue,
    },
    /// Every one holds (`AND`).
    And(Vec<Filter>),
    /// At least one holds (`OR`).
    Or(Vec<Filter>),
    /// It does not hold (`NOT(...)`).
    Not(Box<Filter>),
    /// `EXISTS(...)`, `ALL(...)`, `NONE(...)`, or with a relation `EXISTS <field> WITH (...)`.
    Quantified {
        /// Which.
        quantifier: Quantifier,
        /// The field the hits are joined on, if any.
        over: Option<Field>,
        /// The condition on the hits.
        condition: Box<Filter>,
    },
}

impl Filter {
    /// `name operator value`, the name looked up in the schema.
    pub fn compare(
        name: &str,
        operator: Operator,
        value: impl Into<FilterValue>,
    ) -> Result<Filter, UnknownField> {
        Ok(Filter::Compare {
            field: Field::parse(name)?,
            operator,
            value: value.into(),
        })
    }

    /// `field operator value` for a field already looked up (or [`Field::unchecked`]).
    pub fn on(field: Field, operator: Operator, value: impl Into<FilterValue>) -> Filter {
        Filter::Compare {
            field,
            operator,
            value: value.into(),
        }
    }

    /// `self AND other` (flattened into one `AND`).
    pub fn and(self, other: Filter) -> Filter {
        match self {
            Filter::And(mut all) => {
                all.push(other);
                Filter::And(all)
            }
            first => Filter::And(vec![first, other]),
        }
    }

    /// `self OR other` (flattened into one `OR`).
    pub fn or(self, other: Filter) -> Filter {
        match self {
            Filter::Or(mut any) => {
                any.push(other);
                Filter::Or(any)
            }
            first => Filter::Or(vec![first, other]),
        }
    }

    /// `NOT(self)`.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Filter {
        Filter::Not(Box::new(self))
    }

    /// `EXISTS(condition)`.
    pub fn exists(condition: Filter) -> Filter {
        Filter::quantified(Quantifier::Exists, None, condition)
    }

    /// `ALL(condition)`.
    pub fn all(condition: Filter) -> Filter {
        Filter::quantified(Quantifier::All, None, condition)
    }

    /// `NONE(condition)`.
    pub fn none(condition: Filter) -> Filter {
        Filter::quantified(Quantifier::None, None, condition)
    }

    /// `<quantifier> <over> WITH (condition)`, or `<quantifier>(condition)` without `over`.
    pub fn quantified(quantifier: Quantifier, over: Option<Field>, condition: Filter) -> Filter {
        Filter::Quantified {
            quantifier,
            over,
            condition: Box::new(condition),
        }
    }

    /// Every comparison of the expression, in order.
    pub fn comparisons(&self) -> Vec<(&Field, Operator, &FilterValue)> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<(&'a Field, Operator, &'a FilterValue)>) {
        match self {
            Filter::Compare {
                field,
                operator,
                value,
            } => out.push((field, *operator, value)),
            Filter::And(items) | Filter::Or(items) => {
                items.iter().for_each(|item| item.collect(out))
            }
            Filter::Not(inner) => inner.collect(out),
            Filter::Quantified { condition, .. } => condition.collect(out),
        }
    }

    /// The fields the expression names, the quantifiers' relations included.
    pub fn fields(&self) -> Vec<&Field> {
        let mut fields: Vec<&Field> = Vec::new();
        self.collect_fields(&mut fields);
        fields
    }

    fn collect_fields<'a>(&'a self, out: &mut Vec<&'a Field>) {
        match self {
            Filter::Compare { field, .. } => out.push(field),
            Filter::And(items) | Filter::Or(items) => {
                items.iter().for_each(|item| item.collect_fields(out))
            }
            Filter::Not(inner) => inner.collect_fields(out),
            Filter::Quantified {
                over, condition, ..
            } => {
                out.extend(over.iter());
                condition.collect_fields(out);
            }
        }
    }

    /// The expression in the API's filter grammar.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Filter::Compare {
                field,
                operator,
                value,
            } => {
                out.push_str(field.name());
                out.push_str(operator.symbol());
                write_value(value, out);
            }
            Filter::And(items) => write_joined(items, " AND ", out),
            Filter::Or(items) => write_joined(items, " OR ", out),
            Filter::Not(inner) => {
                out.push_str("NOT(");
                inner.write(out);
                out.push(')');
            }
            Filter::Quantified {
                quantifier,
                over,
                condition,
            } => {
                out.push_str(quantifier.keyword());
                if let Some(over) = over {
                    out.push(' ');
                    out.push_str(over.name());
                    out.push_str(" WITH ");
                }
                out.push('(');
                condition.write(out);
                out.push(')');
            }
        }
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

fn write_joined(items: &[Filter], separator: &str, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        let nested = matches!(item, Filter::And(_) | Filter::Or(_));
        if nested {
            out.push('(');
        }
        item.write(out);
        if nested {
            out.push(')');
        }
    }
}

fn write_value(value: &FilterValue, out: &mut String) {
    match value {
        FilterValue::Text(text) => out.push_str(&quote(text)),
        FilterValue::Int(n) => out.push_str(&n.to_string()),
        FilterValue::Float(x) => out.push_str(&x.to_string()),
        FilterValue::List(items) => {
            out.push('(');
            let quoted: Vec<String> = items.iter().map(|item| quote(item)).collect();
            out.push_str(&quoted.join(","));
            out.push(')');
        }
    }
}

/// `text` between single quotes, `'` and `\` escaped with `\`: `it's` -> `'it\'s'`.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        if c == '\'' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// A quoted value read back ([`quote`] undone); a fault names the character it is at.
pub fn unquote(quoted: &str) -> Result<String, String> {
    let inner = quoted
        .strip_prefix('\'')
        .and_then(|rest| rest.strip_suffix('\''))
        .ok_or_else(|| format!("`{quoted}` is not between single quotes"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, escaped @ ('\'' | '\\'))) => out.push(escaped),
                _ => return Err(format!("a lone `\\` at character {}", at + 1)),
            },
            '\'' => return Err(format!("an unescaped `'` at character {}", at + 1)),
            other => out.push(other),
        }
    }
    Ok(out)
}
