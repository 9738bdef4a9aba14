//! Names looked up in the generated tables: a plain name, an older spelling, or a template
//! filled in (`ym:s:lastsignTrafficSource` is `ym:s:<attribution>TrafficSource` with
//! `attribution = lastsign`).

use std::fmt;

use yandex_direct_runtime::suggest::{near_names, quoted};

use crate::fields::{ALIASES, DIMENSIONS, METRICS, PLACEHOLDERS};
use crate::schema::{AliasDef, FieldDef, FieldKind, Operator, PlaceholderForm};

/// A dimension or metric named in a query: looked up in the schema ([`Field::parse`]) or taken
/// as it is ([`Field::unchecked`]) when the schema does not know it yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    name: String,
    known: Option<Known>,
}

/// What the schema says of a name it knows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Known {
    def: &'static FieldDef,
    alias: Option<&'static AliasDef>,
    values: Vec<(&'static str, String)>,
    /// The name is the `...Name` companion of `def`, not `def` itself.
    companion: bool,
}

impl Known {
    fn plain(def: &'static FieldDef) -> Known {
        Known {
            def,
            alias: None,
            values: Vec::new(),
            companion: false,
        }
    }
}

/// A name the schema does not know, with the nearest names it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField {
    /// The name as given.
    pub name: String,
    /// Known names close to it, nearest first (at most three).
    pub suggestions: Vec<&'static str>,
}

impl fmt::Display for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown Metrica dimension or metric `{}`", self.name)?;
        if !self.suggestions.is_empty() {
            write!(f, "; did you mean {}?", quoted(&self.suggestions))?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownField {}

impl Field {
    /// Looks `name` up: a dimension or metric of the schema, an older spelling
    /// (`ym:ad:directOrder`), or a template with its placeholders filled in
    /// (`ym:s:goal123visits`). An unknown name is refused with the nearest known ones.
    pub fn parse(name: &str) -> Result<Field, UnknownField> {
        match find(name) {
            Some(known) => Ok(Field {
                name: name.to_string(),
                known: Some(known),
            }),
            None => Err(UnknownField {
                name: name.to_string(),
                suggestions: near_names(name, all_names()),
            }),
        }
    }

    /// `name` as it is, unchecked: for a dimension or metric the schema does not know yet.
    /// Queries send it as written and check nothing of it but its namespace.
    pub fn unchecked(name: impl Into<String>) -> Field {
        Field {
            name: name.into(),
            known: None,
        }
    }

    /// The name as given (and as sent).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the schema knows the name (`false` for [`Field::unchecked`]).
    pub fn is_known(&self) -> bool {
        self.known.is_some()
    }

    /// The schema's entry: the field itself, or the template it fills.
    pub fn template(&self) -> Option<&'static FieldDef> {
        self.known.as_ref().map(|k| k.def)
    }

    /// The older spelling the name is, if it is one.
    pub fn alias(&self) -> Option<&'static AliasDef> {
        self.known.as_ref().and_then(|k| k.alias)
    }

    /// The value the name gives a placeholder (`attribution` -> `lastsign`).
    pub fn value(&self, placeholder: &str) -> Option<&str> {
        self.known.as_ref().and_then(|k| {
            k.values
                .iter()
                .find(|(name, _)| *name == placeholder)
                .map(|(_, value)| value.as_str())
        })
    }

    /// Every placeholder the name fills, with its value, in the template's order.
    pub fn values(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.known
            .iter()
            .flat_map(|k| k.values.iter().map(|(name, value)| (*name, value.as_str())))
    }

    /// Dimension or metric, when known (a companion is a dimension).
    pub fn kind(&self) -> Option<FieldKind> {
        let known = self.known.as_ref()?;
        Some(if known.companion {
            FieldKind::Dimension
        } else {
            known.def.kind
        })
    }

    /// The namespace of the name (`s` of `ym:s:visits`), known or not.
    pub fn namespace(&self) -> Option<&str> {
        let rest = self.name.strip_prefix("ym:")?;
        rest.split_once(':').map(|(namespace, _)| namespace)
    }

    /// Whether the name is the `...Name` companion of the schema's entry
    /// (`ym:s:regionCityName` of `ym:s:regionCity`): the readable name, a dimension of its own.
    pub fn is_companion(&self) -> bool {
        self.known.as_ref().is_some_and(|k| k.companion)
    }

    /// The filter operators the schema allows; `None` when it does not say (or does not know
    /// the name, or the name is a companion, whose operators it does not give).
    pub fn operators(&self) -> Option<&'static [Operator]> {
        let known = self.known.as_ref().filter(|k| !k.companion)?;
        let operators = match known.alias {
            Some(alias) if !alias.operators.is_empty() => alias.operators,
            _ => known.def.operators,
        };
        (!operators.is_empty()).then_some(operators)
    }

    /// The first date with data (`YYYY-MM-DD`), when the schema gives it.
    pub fn min_date(&self) -> Option<&'static str> {
        let known = self.known.as_ref()?;
        known.alias.and_then(|a| a.min_date).or(known.def.min_date)
    }
}

/// Every name the schema knows (templates as written, companions too), for did-you-mean.
fn all_names() -> impl Iterator<Item = &'static str> {
    let fields = DIMENSIONS.iter().chain(METRICS);
    fields
        .clone()
        .map(|def| def.name)
        .chain(fields.filter_map(|def| def.name_dimension))
        .chain(ALIASES.iter().map(|alias| alias.name))
}

fn find(name: &str) -> Option<Known> {
    let all = || DIMENSIONS.iter().chain(METRICS);
    for table in [DIMENSIONS, METRICS] {
        if let Ok(index) = table.binary_search_by(|def| def.name.cmp(name)) {
            return Some(Known::plain(&table[index]));
        }
    }
    for alias in ALIASES {
        if alias.name == name || alias.name_dimension == Some(name) {
            let def = all().find(|def| def.name == alias.template)?;
            return Some(Known {
                alias: Some(alias),
                companion: alias.name != name,
                ..Known::plain(def)
            });
        }
    }
    if let Some(def) = all().find(|def| def.name_dimension == Some(name)) {
        return Some(Known {
            companion: true,
            ..Known::plain(def)
        });
    }
    for def in all().filter(|def| !def.parameters.is_empty()) {
        let mut values = Vec::new();
        if fill(def.name, name, &mut values) {
            return Some(Known {
                values,
                ..Known::plain(def)
            });
        }
        if let Some(companion) = def.name_dimension {
            if fill(companion, name, &mut values) {
                return Some(Known {
                    values,
                    companion: true,
                    ..Known::plain(def)
                });
            }
        }
    }
    None
}

/// Whether `name` is `template` with its placeholders filled; the values go to `values`.
/// Tries every way a placeholder can be filled (`last` and `lastsign` both start `lastsign`).
fn fill(template: &'static str, name: &str, values: &mut Vec<(&'static str, String)>) -> bool {
    let Some(open) = template.find('<') else {
        return template == name;
    };
    let (literal, rest) = template.split_at(open);
    let Some(name_rest) = name.strip_prefix(literal) else {
        return false;
    };
    let Some(close) = rest.find('>') else {
        return false;
    };
    let (placeholder, after) = (&rest[1..close], &rest[close + 1..]);
    for length in value_lengths(placeholder, name_rest) {
        let (value, remaining) = name_rest.split_at(length);
        values.push((placeholder, value.to_string()));
        if fill(after, remaining, values) {
            return true;
        }
        values.pop();
    }
    false
}

/// The lengths of the values of `placeholder` that `text` starts with, longest first.
fn value_lengths(placeholder: &str, text: &str) -> Vec<usize> {
    let Some(form) = PLACEHOLDERS
        .iter()
        .find(|p| p.name == placeholder)
        .map(|p| p.form)
    else {
        return Vec::new();
    };
    let mut lengths: Vec<usize> = match form {
        PlaceholderForm::OneOf(words) => words
            .iter()
            .filter(|word| text.starts_with(**word))
            .map(|word| word.len())
            .collect(),
        PlaceholderForm::Digits => {
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            (1..=digits).collect()
        }
        PlaceholderForm::CurrencyCode => {
            let letters = text.bytes().take(3).filter(u8::is_ascii_uppercase).count();
            if letters == 3 {
                vec![3]
            } else {
                Vec::new()
            }
        }
    };
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    lengths
}
