//! The figures answers report about quotas, as the governor reads them.

use std::borrow::Cow;

use super::profile::{direct_buckets, ga4_buckets};

/// What an answer said about one bucket: what the request consumed and what is left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The bucket's name (`tokensPerHour`, `units`).
    pub bucket: Cow<'static, str>,
    /// Consumed by the request that was answered.
    pub consumed: i64,
    /// Left in the bucket after it.
    pub remaining: i64,
    /// The bucket's limit, when the answer states it (Direct's `Units` does, GA4 does not).
    pub limit: Option<i64>,
}

impl Figure {
    /// A figure without a stated limit.
    pub fn new(bucket: impl Into<Cow<'static, str>>, consumed: i64, remaining: i64) -> Self {
        Figure {
            bucket: bucket.into(),
            consumed,
            remaining,
            limit: None,
        }
    }

    /// The figures of a GA4 `propertyQuota` object: one per bucket it names with a
    /// `{consumed, remaining}` status (numbers, or integers as strings; a missing figure is 0).
    /// Buckets it does not name, and values that are not objects, give no figure.
    pub fn from_property_quota(property_quota: &serde_json::Value) -> Vec<Figure> {
        let number = |value: Option<&serde_json::Value>| -> i64 {
            match value {
                Some(serde_json::Value::Number(n)) => n.as_i64().unwrap_or(0),
                Some(serde_json::Value::String(s)) => s.trim().parse().unwrap_or(0),
                _ => 0,
            }
        };
        ga4_buckets::ALL
            .iter()
            .filter_map(|&name| {
                let status = property_quota.get(name)?.as_object()?;
                Some(Figure::new(
                    name,
                    number(status.get("consumed")),
                    number(status.get("remaining")),
                ))
            })
            .collect()
    }

    /// The figure of Direct's `Units` header (`spent/rest/limit`).
    pub fn from_units(units: crate::Units) -> Figure {
        Figure {
            bucket: Cow::Borrowed(direct_buckets::UNITS),
            consumed: units.spent,
            remaining: units.rest,
            limit: Some(units.limit),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_quota_gives_one_figure_per_named_bucket() {
        let quota = serde_json::json!({
            "tokensPerDay": {"consumed": 12, "remaining": 199_988},
            "tokensPerHour": {"consumed": "12", "remaining": "39988"},
            "concurrentRequests": {"remaining": 10},
            "tokensPerProjectPerHour": null,
            "somethingNew": {"consumed": 1, "remaining": 2}
        });
        let figures = Figure::from_property_quota(&quota);
        assert_eq!(
            figures,
            vec![
                Figure::new("tokensPerDay", 12, 199_988),
                Figure::new("tokensPerHour", 12, 39_988),
                Figure::new("concurrentRequests", 0, 10),
            ]
        );
    }

    #[test]
    fn units_header_gives_the_units_figure_with_its_limit() {
        let figure = Figure::from_units(crate::Units {
            spent: 10,
            rest: 20_828,
            limit: 64_000,
        });
        assert_eq!(figure.bucket, "units");
        assert_eq!(
            (figure.consumed, figure.remaining, figure.limit),
            (10, 20_828, Some(64_000))
        );
    }
}
