//! "Did you mean" for names given as text: a misspelt service, method or enum value gets the
//! nearest names the program knows.

/// The `candidates` close to `name` (the same but for case, or a few letters off), nearest first,
/// at most three. "A few": one letter for a name under five letters, two otherwise.
pub fn near_names<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = name.to_ascii_lowercase();
    let most = if wanted.chars().count() < 5 { 1 } else { 2 };
    let mut near: Vec<(usize, &str)> = candidates
        .filter_map(|candidate| {
            let distance = edit_distance(&wanted, &candidate.to_ascii_lowercase());
            (distance <= most).then_some((distance, candidate))
        })
        .collect();
    near.sort();
    near.dedup();
    near.into_iter().take(3).map(|(_, name)| name).collect()
}

/// `a`, `b` or `c`, each in backquotes, for messages.
pub fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_letters() {
        assert_eq!(edit_distance("campaign", "campaigns"), 1);
        assert_eq!(edit_distance("gett", "get"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn near_names_ignore_case_and_keep_the_nearest() {
        let names = ["campaigns", "changes", "clients", "ads"];
        assert_eq!(near_names("Campaigns", names.into_iter()), ["campaigns"]);
        assert_eq!(near_names("campaign", names.into_iter()), ["campaigns"]);
        assert_eq!(near_names("ad", names.into_iter()), ["ads"]);
        assert!(near_names("zzz", names.into_iter()).is_empty());
        assert_eq!(quoted(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
