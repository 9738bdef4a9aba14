//! `keywordsresearch.deduplicate`: the keywords of the request, cleaned of duplicates and
//! overlaps, answered as the API does: the keywords to add (those sent without an `Id`), the
//! ones to update (sent with an `Id`, their text changed), the ids to delete (duplicates sent
//! with an `Id`), and a `Failure` per keyword that cannot be read.
//!
//! The fake server compares words without case and order; the API also compares word forms
//! (`купить слона` and `купил слонов`), which the fake server does not. The answer is
//! deterministic: it depends only on the request.

use serde_json::{json, Map, Value};

use crate::validate::{item_error, INVALID_VALUE, INVALID_VALUE_MESSAGE};

/// The operations of `DeduplicateOperationEnum`.
const MERGE_DUPLICATES: &str = "MERGE_DUPLICATES";
const ELIMINATE_OVERLAPPING: &str = "ELIMINATE_OVERLAPPING";

/// One keyword of the request, read.
#[derive(Debug)]
struct Keyword {
    /// Its place in the request, from 1 (`Position` of a failure).
    position: usize,
    id: Option<i64>,
    /// Which of duplicates is kept: the heaviest.
    weight: i64,
    /// The words that must be in a query, as written.
    plus: Vec<String>,
    /// The negative keywords, as written (without the `-`).
    minus: Vec<String>,
    /// The plus words in lower case, sorted: equal for duplicates.
    key: Vec<String>,
    /// Whether negative keywords were added to it.
    changed: bool,
}

impl Keyword {
    fn parse(position: usize, item: &Value) -> Result<Keyword, String> {
        let text = item.get("Keyword").and_then(Value::as_str).unwrap_or("");
        let mut plus = Vec::new();
        let mut minus = Vec::new();
        for word in text.split_whitespace() {
            match word.strip_prefix('-') {
                Some(negative) if !negative.is_empty() => minus.push(negative.to_owned()),
                Some(_) => return Err(format!("Keyword `{text}` has a `-` without a word")),
                None => plus.push(word.to_owned()),
            }
        }
        if plus.is_empty() {
            return Err(format!("Keyword `{text}` has no words to search for"));
        }
        let mut key: Vec<String> = plus.iter().map(|w| w.to_lowercase()).collect();
        key.sort();
        Ok(Keyword {
            position,
            id: item.get("Id").and_then(Value::as_i64),
            weight: item.get("Weight").and_then(Value::as_i64).unwrap_or(0),
            plus,
            minus,
            key,
            changed: false,
        })
    }

    /// Adds a negative keyword unless it has it already (in any case).
    fn add_minus(&mut self, word: &str) {
        let lower = word.to_lowercase();
        if !self.minus.iter().any(|m| m.to_lowercase() == lower) {
            self.minus.push(word.to_owned());
            self.changed = true;
        }
    }

    /// The keyword as the API writes it: its words, then ` -word` for each negative keyword.
    fn text(&self) -> String {
        let mut text = self.plus.join(" ");
        for word in &self.minus {
            text.push_str(" -");
            text.push_str(word);
        }
        text
    }
}

/// The `DeduplicateResponse` for the `DeduplicateRequest` `params`.
///
/// With no `Operation` both are done, merging first:
/// - `MERGE_DUPLICATES`: keywords with the same words are one; the heaviest (`Weight`, 0 when
///   absent) is kept, on a tie the one with an `Id`, then the first; it gets the negative
///   keywords of all of them. The others that have an `Id` are to be deleted.
/// - `ELIMINATE_OVERLAPPING`: a keyword whose words are those of another keyword but one gets
///   that word as a negative keyword (`buy elephant` and `buy elephant moscow` give
///   `buy elephant -moscow`), so that a query matches only the closer keyword.
pub(crate) fn deduplicate(params: &Value) -> Value {
    let operations: Vec<&str> = params
        .get("Operation")
        .and_then(Value::as_array)
        .map(|ops| ops.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let wants = |operation: &str| operations.is_empty() || operations.contains(&operation);

    let mut keywords = Vec::new();
    let mut failures = Vec::new();
    let items = params.get("Keywords").and_then(Value::as_array);
    for (position, item) in (1..).zip(items.into_iter().flatten()) {
        match Keyword::parse(position, item) {
            Ok(keyword) => keywords.push(keyword),
            Err(details) => {
                let mut failure = item_error(INVALID_VALUE, INVALID_VALUE_MESSAGE, &details);
                failure["Position"] = json!(position);
                failures.push(failure);
            }
        }
    }

    let mut deleted = Vec::new();
    if wants(MERGE_DUPLICATES) {
        keywords = merge_duplicates(keywords, &mut deleted);
    }
    if wants(ELIMINATE_OVERLAPPING) {
        eliminate_overlapping(&mut keywords);
    }

    let mut add = Vec::new();
    let mut update = Vec::new();
    for keyword in &keywords {
        match keyword.id {
            None => add.push(json!({"Keyword": keyword.text()})),
            Some(id) if keyword.changed => {
                update.push(json!({"Id": id, "Keyword": keyword.text()}))
            }
            Some(_) => {}
        }
    }
    let mut result = Map::new();
    if !add.is_empty() {
        result.insert("Add".to_owned(), Value::Array(add));
    }
    if !update.is_empty() {
        result.insert("Update".to_owned(), Value::Array(update));
    }
    if !deleted.is_empty() {
        result.insert("Delete".to_owned(), json!({ "Ids": deleted }));
    }
    if !failures.is_empty() {
        result.insert("Failure".to_owned(), Value::Array(failures));
    }
    Value::Object(result)
}

/// One keyword of each group of duplicates, in the order of the request; the ids of the others
/// go to `deleted`.
fn merge_duplicates(keywords: Vec<Keyword>, deleted: &mut Vec<i64>) -> Vec<Keyword> {
    let mut groups: Vec<Vec<Keyword>> = Vec::new();
    for keyword in keywords {
        match groups.iter_mut().find(|g| g[0].key == keyword.key) {
            Some(group) => group.push(keyword),
            None => groups.push(vec![keyword]),
        }
    }
    let mut kept = Vec::with_capacity(groups.len());
    for group in groups {
        // The heaviest; on a tie the one with an id (updated rather than deleted and added
        // again), then the first.
        let best = group
            .iter()
            .enumerate()
            .max_by_key(|(i, k)| (k.weight, k.id.is_some(), std::cmp::Reverse(*i)))
            .map_or(0, |(i, _)| i);
        let mut others = group;
        let mut winner = others.remove(best);
        for other in &others {
            for word in &other.minus {
                winner.add_minus(word);
            }
            deleted.extend(other.id);
        }
        kept.push(winner);
    }
    kept.sort_by_key(|k| k.position);
    kept
}

/// Adds to each keyword the one word by which another keyword is longer than it.
fn eliminate_overlapping(keywords: &mut [Keyword]) {
    let mut additions: Vec<(usize, String)> = Vec::new();
    for (i, shorter) in keywords.iter().enumerate() {
        for longer in keywords.iter() {
            if longer.key.len() != shorter.key.len() + 1 {
                continue;
            }
            if let Some(extra) = one_more_word(&shorter.key, &longer.key) {
                // The word as the longer keyword writes it.
                let written = longer
                    .plus
                    .iter()
                    .find(|w| w.to_lowercase() == extra)
                    .cloned()
                    .unwrap_or_else(|| extra.to_owned());
                additions.push((i, written));
            }
        }
    }
    for (i, word) in additions {
        if let Some(keyword) = keywords.get_mut(i) {
            keyword.add_minus(&word);
        }
    }
}

/// The word `longer` has besides all the words of `shorter` (both sorted), if that is the only
/// difference.
fn one_more_word<'a>(shorter: &[String], longer: &'a [String]) -> Option<&'a str> {
    let mut extra = None;
    let mut s = shorter.iter().peekable();
    for word in longer {
        if s.peek() == Some(&word) {
            s.next();
        } else if extra.is_none() {
            extra = Some(word.as_str());
        } else {
            return None;
        }
    }
    if s.next().is_some() {
        return None;
    }
    extra
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_are_merged_into_the_heaviest_and_the_others_deleted() {
        let result = deduplicate(&json!({
            "Operation": ["MERGE_DUPLICATES"],
            "Keywords": [
                {"Id": 11, "Keyword": "buy elephant -cheap", "Weight": 1},
                {"Keyword": "Elephant buy -pink"},
                {"Id": 12, "Keyword": "buy elephant -used", "Weight": 5},
                {"Id": 13, "Keyword": "sell elephant"},
                {"Keyword": "fridge"}
            ]
        }));
        assert_eq!(
            result,
            json!({
                "Add": [{"Keyword": "fridge"}],
                "Update": [{"Id": 12, "Keyword": "buy elephant -used -cheap -pink"}],
                "Delete": {"Ids": [11]}
            })
        );
    }

    #[test]
    fn a_keyword_one_word_shorter_than_another_gets_that_word_as_a_negative() {
        let result = deduplicate(&json!({
            "Operation": ["ELIMINATE_OVERLAPPING"],
            "Keywords": [
                {"Keyword": "buy elephant"},
                {"Keyword": "buy elephant Moscow"},
                {"Keyword": "buy elephant in Moscow"},
                {"Id": 7, "Keyword": "elephant"},
                {"Id": 8, "Keyword": "sell elephant -moscow"}
            ]
        }));
        assert_eq!(
            result,
            json!({
                "Add": [
                    {"Keyword": "buy elephant -Moscow"},
                    {"Keyword": "buy elephant Moscow -in"},
                    {"Keyword": "buy elephant in Moscow"}
                ],
                "Update": [{"Id": 7, "Keyword": "elephant -buy -sell"}]
            })
        );
    }

    #[test]
    fn both_operations_by_default_and_unreadable_keywords_fail_by_position() {
        let params = json!({"Keywords": [
            {"Keyword": "buy elephant"},
            {"Keyword": "  "},
            {"Keyword": "elephant buy"},
            {"Keyword": "buy elephant online"},
            {"Keyword": "-cheap"}
        ]});
        let result = deduplicate(&params);
        assert_eq!(
            result["Add"],
            json!([{"Keyword": "buy elephant -online"}, {"Keyword": "buy elephant online"}])
        );
        let positions: Vec<&Value> = result["Failure"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| &f["Position"])
            .collect();
        assert_eq!(positions, [&json!(2), &json!(5)]);
        assert_eq!(
            result["Failure"][0]["Errors"][0]["Code"],
            json!(INVALID_VALUE)
        );
        assert!(result.get("Delete").is_none() && result.get("Update").is_none());
        // The same request, the same answer.
        assert_eq!(deduplicate(&params), result);
    }
}
