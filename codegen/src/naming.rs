//! Rust names from wire names: case conversion (heck), keywords, and what cannot be an identifier.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust's reserved words (strict and reserved, all editions), which get a `_` suffix.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether a schema name (type, field, method, module) can become a Rust identifier: ASCII
/// letters, digits and `_`, not starting with a digit.
pub fn is_identifier_like(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && name.chars().any(|c| c != '_')
}

fn escape_keyword(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// `CampaignGetItem` -> `CampaignGetItem`, `ad_group` -> `AdGroup`.
pub fn type_name(wire: &str) -> String {
    escape_keyword(wire.to_upper_camel_case())
}

/// `SelectionCriteria` -> `selection_criteria`, `Type` -> `type_`.
pub fn field_name(wire: &str) -> String {
    escape_keyword(wire.to_snake_case())
}

/// `setAuto` -> `set_auto`.
pub fn method_name(wire: &str) -> String {
    field_name(wire)
}

/// An enum value's variant: heck's `to_upper_camel_case` of the wire name as it is, so its word
/// boundaries survive: `TEXT_CAMPAIGN` -> `TextCampaign`, `BlockedIps` -> `BlockedIps`,
/// `pageview` -> `Pageview`. A name starting with a digit gets a `V` (`1_DAY` -> `V1Day`), a
/// keyword a `_` (`Self` -> `Self_`); characters that are not ASCII letters or digits separate
/// words. `None` when nothing is left to name it by (`--`).
pub fn variant_name(wire: &str) -> Option<String> {
    let ascii: String = wire
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let camel = ascii.to_upper_camel_case();
    if camel.is_empty() {
        return None;
    }
    let name = if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{camel}")
    } else {
        camel
    };
    Some(escape_keyword(name))
}

/// Makes `name` unique among `taken` by appending `2`, `3`, ... (`_2` after a digit),
/// deterministically in the order names are offered.
pub fn unique(name: String, taken: &mut std::collections::BTreeSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let separator = if name.ends_with(|c: char| c.is_ascii_digit()) {
        "_"
    } else {
        ""
    };
    for n in 2.. {
        let candidate = format!("{name}{separator}{n}");
        if taken.insert(candidate.clone()) {
            return candidate;
        }
    }
    unreachable!("an unbounded counter always finds a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_wire_names() {
        assert_eq!(type_name("CampaignGetItem"), "CampaignGetItem");
        assert_eq!(field_name("SelectionCriteria"), "selection_criteria");
        assert_eq!(field_name("Type"), "type_");
        assert_eq!(field_name("CPCBid"), "cpc_bid");
        assert_eq!(method_name("setAuto"), "set_auto");
        assert_eq!(
            variant_name("TEXT_CAMPAIGN").as_deref(),
            Some("TextCampaign")
        );
        assert_eq!(variant_name("YES").as_deref(), Some("Yes"));
        assert_eq!(variant_name("BlockedIps").as_deref(), Some("BlockedIps"));
        assert_eq!(
            variant_name("StatusClarification").as_deref(),
            Some("StatusClarification")
        );
        assert_eq!(
            variant_name("CPM_BANNER_AD").as_deref(),
            Some("CpmBannerAd")
        );
        assert_eq!(variant_name("pageview").as_deref(), Some("Pageview"));
        assert_eq!(variant_name("a-b.c").as_deref(), Some("ABC"));
        assert_eq!(variant_name("1_DAY").as_deref(), Some("V1Day"));
        assert_eq!(variant_name("Self").as_deref(), Some("Self_"));
        assert_eq!(variant_name("--"), None);
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier_like("Items"));
        assert!(is_identifier_like("_x1"));
        assert!(!is_identifier_like("1x"));
        assert!(!is_identifier_like("a-b"));
        assert!(!is_identifier_like(""));
        assert!(!is_identifier_like("__"));
    }

    #[test]
    fn unique_names() {
        let mut taken = Default::default();
        assert_eq!(unique("Id".into(), &mut taken), "Id");
        assert_eq!(unique("Id".into(), &mut taken), "Id2");
        assert_eq!(unique("V1".into(), &mut taken), "V1");
        assert_eq!(unique("V1".into(), &mut taken), "V1_2");
    }
}
