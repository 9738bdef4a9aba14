//! Methods and schemas by name, for tools that take them as text (the `roundtrip` example, the
//! fuzz harness).

use crate::method::{MethodEntry, SchemaEntry};
use crate::{methods::METHODS, SCHEMAS};

/// Finds a method by its name below the top resource (`runReport`, `audienceExports.create`),
/// by `properties.`-prefixed name (`properties.runReport`) or by its document id
/// (`analyticsdata.properties.runReport`). The error lists the methods, the near ones first.
pub fn find_method(name: &str) -> Result<&'static MethodEntry, String> {
    let bare = name.strip_prefix("analyticsdata.").unwrap_or(name);
    let bare = bare.strip_prefix("properties.").unwrap_or(bare);
    if let Some(entry) = METHODS.iter().find(|m| m.name == bare || m.id == name) {
        return Ok(entry);
    }
    let lower = bare.to_ascii_lowercase();
    let near: Vec<String> = METHODS
        .iter()
        .map(|m| m.name)
        .filter(|m| {
            let m = m.to_ascii_lowercase();
            m.ends_with(&format!(".{lower}")) || edit_distance(&m, &lower) <= 2
        })
        .map(|m| format!("`{m}`"))
        .collect();
    let all: Vec<&str> = METHODS.iter().map(|m| m.name).collect();
    if near.is_empty() {
        Err(format!(
            "unknown GA4 method `{name}`; the methods are: {}",
            all.join(", ")
        ))
    } else {
        Err(format!(
            "unknown GA4 method `{name}`; did you mean {}?",
            near.join(" or ")
        ))
    }
}

/// The Levenshtein distance between `a` and `b`, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Finds a schema (a type of the document) by name: `RunReportResponse`, `AudienceExportState`.
pub fn find_schema(name: &str) -> Result<&'static SchemaEntry, String> {
    SCHEMAS
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| format!("unknown GA4 schema `{name}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_found_by_short_name_prefixed_name_and_id() {
        assert_eq!(
            find_method("runReport").unwrap().id,
            "analyticsdata.properties.runReport"
        );
        assert_eq!(
            find_method("properties.runReport").unwrap().name,
            "runReport"
        );
        assert_eq!(
            find_method("analyticsdata.properties.audienceExports.create")
                .unwrap()
                .name,
            "audienceExports.create"
        );
        let error = find_method("create").unwrap_err();
        assert!(
            error.contains("did you mean `audienceExports.create`")
                || error.contains("audienceExports.create"),
            "{error}"
        );
        assert!(find_method("runReports").is_err());
        assert_eq!(find_schema("Row").unwrap().name, "Row");
        assert!(find_schema("Nope").is_err());
    }
}
