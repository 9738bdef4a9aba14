//! Dimension and metric names checked against a property's `getMetadata` before a report is
//! sent: a misspelt name costs quota tokens for a 400 the API would answer anyway.
//!
//! [`MetadataNames`] holds the names one `getMetadata` answer lists (custom dimensions and
//! metrics included, as `customEvent:plan`); [`Ga4Client`](crate::Ga4Client) fetches it once
//! per property and keeps it (see [`Ga4Client::metadata_names`](crate::Ga4Client::metadata_names)).

use std::collections::BTreeSet;

use crate::check::RequestCheckError;
use crate::types::{Dimension, Metadata, Metric, RunPivotReportRequest, RunReportRequest};

/// The dimension and metric names of one property, from its `getMetadata` answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetadataNames {
    dimensions: BTreeSet<String>,
    metrics: BTreeSet<String>,
}

impl MetadataNames {
    /// The `apiName`s of `metadata`'s dimensions and metrics.
    pub fn from_metadata(metadata: &Metadata) -> Self {
        MetadataNames {
            dimensions: metadata
                .dimensions
                .iter()
                .flatten()
                .filter_map(|d| d.api_name.clone())
                .collect(),
            metrics: metadata
                .metrics
                .iter()
                .flatten()
                .filter_map(|m| m.api_name.clone())
                .collect(),
        }
    }

    /// Whether `name` is one of the property's dimensions.
    pub fn has_dimension(&self, name: &str) -> bool {
        self.dimensions.contains(name)
    }

    /// Whether `name` is one of the property's metrics.
    pub fn has_metric(&self, name: &str) -> bool {
        self.metrics.contains(name)
    }

    /// Checks the names of a `runReport` request. A dimension made by a
    /// `dimensionExpression` and a metric made by an `expression` name themselves: they are
    /// not looked up.
    pub fn check_run_report(&self, request: &RunReportRequest) -> Result<(), RequestCheckError> {
        self.check(&request.dimensions, &request.metrics)
    }

    /// Checks the names of a `runPivotReport` request (as [`MetadataNames::check_run_report`]).
    pub fn check_run_pivot_report(
        &self,
        request: &RunPivotReportRequest,
    ) -> Result<(), RequestCheckError> {
        self.check(&request.dimensions, &request.metrics)
    }

    fn check(
        &self,
        dimensions: &Option<Vec<Dimension>>,
        metrics: &Option<Vec<Metric>>,
    ) -> Result<(), RequestCheckError> {
        for (i, dimension) in dimensions.iter().flatten().enumerate() {
            if dimension.dimension_expression.is_some() {
                continue;
            }
            let name = dimension.name.as_deref().unwrap_or("");
            if !self.has_dimension(name) {
                return Err(unknown(
                    format!("dimensions[{i}].name"),
                    "dimension",
                    name,
                    &self.dimensions,
                ));
            }
        }
        for (i, metric) in metrics.iter().flatten().enumerate() {
            if metric.expression.as_deref().is_some_and(|e| !e.is_empty()) {
                continue;
            }
            let name = metric.name.as_deref().unwrap_or("");
            if !self.has_metric(name) {
                return Err(unknown(
                    format!("metrics[{i}].name"),
                    "metric",
                    name,
                    &self.metrics,
                ));
            }
        }
        Ok(())
    }
}

fn unknown(at: String, what: &str, name: &str, known: &BTreeSet<String>) -> RequestCheckError {
    let mut reason = format!("`{name}` is not a {what} of this property (its getMetadata)");
    if let Some(near) = did_you_mean(name, known) {
        reason.push_str(&format!("; did you mean `{near}`?"));
    }
    RequestCheckError { at, reason }
}

/// The known name closest to `name` (case aside, by edit distance), when it is close enough
/// to be a misspelling: at most a third of the name's length, and at least 2, apart.
pub fn did_you_mean<'a>(
    name: &str,
    known: impl IntoIterator<Item = &'a String>,
) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let threshold = (name.chars().count() / 3).max(2);
    known
        .into_iter()
        .map(|candidate| (edit_distance(&lower, &candidate.to_lowercase()), candidate))
        .filter(|(distance, _)| *distance <= threshold)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.as_str())
}

/// Levenshtein distance between `a` and `b`, by characters.
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
    fn misspellings_find_their_name_and_strangers_find_none() {
        let known: BTreeSet<String> = ["activeUsers", "sessions", "customEvent:plan"]
            .map(String::from)
            .into();
        assert_eq!(did_you_mean("activeUser", &known), Some("activeUsers"));
        assert_eq!(did_you_mean("ActiveUsers", &known), Some("activeUsers"));
        assert_eq!(
            did_you_mean("customEvent:plna", &known),
            Some("customEvent:plan")
        );
        assert_eq!(did_you_mean("screenPageViews", &known), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
