//! A Reporting API query (`/stat/v1/data`), checked before it is sent: what the server would
//! refuse is refused here with a typed [`QueryError`], and nothing is sent.

use std::fmt;

use crate::fields::PLACEHOLDERS;
use crate::filter::{Filter, FilterValue};
use crate::generated::endpoints::{BytimeParams, DataParams};
use crate::lookup::{Field, UnknownField};
use crate::schema::{FieldKind, Operator, PlaceholderForm};

/// At most this many metrics in one query.
pub const MAX_METRICS: usize = 20;
/// At most this many dimensions in one query.
pub const MAX_DIMENSIONS: usize = 10;
/// At most this many comparisons in the filters.
pub const MAX_FILTERS: usize = 20;
/// At most this many characters of filters.
pub const MAX_FILTER_CHARS: usize = 10_000;
/// At most this many different dimensions and metrics in the filters.
pub const MAX_FILTER_FIELDS: usize = 10;
/// At most this many values in one condition (`=.('a','b',...)`).
pub const MAX_VALUES: usize = 100;
/// At most this many rows per page (`limit`).
pub const MAX_LIMIT: u64 = 100_000;
/// The operators a metric may be filtered with.
pub const METRIC_OPERATORS: &[Operator] = &[
    Operator::Eq,
    Operator::Ne,
    Operator::Gt,
    Operator::Lt,
    Operator::Ge,
    Operator::Le,
];

/// The parameters of one report query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// The counters (`ids`).
    pub ids: Vec<u64>,
    /// The metrics, in the order of the answer's columns.
    pub metrics: Vec<Field>,
    /// The dimensions.
    pub dimensions: Vec<Field>,
    /// The segment (`filters`).
    pub filters: Option<Filter>,
    /// The first day (`date1`): `YYYY-MM-DD`, `today`, `yesterday`, `NdaysAgo`.
    pub date1: Option<String>,
    /// The last day (`date2`).
    pub date2: Option<String>,
    /// The first row, 1-based (`offset`).
    pub offset: Option<u64>,
    /// Rows per page (`limit`).
    pub limit: Option<u64>,
    /// The share of the data to read (`accuracy`): `low`, `medium`, `high`, `full`, or a
    /// fraction such as `0.1`.
    pub accuracy: Option<String>,
    /// The attribution model of the fields that leave it out (`attribution`): `lastsign`,
    /// `last`, `first`, `last_yandex_direct_click`, the `cross_device_*` models, `automatic`.
    pub attribution: Option<String>,
    /// The currency of the fields that leave it out (`currency`): an ISO 4217 code (`RUB`).
    pub currency: Option<String>,
    /// The goal of the fields that leave it out (`goal_id`).
    pub goal_id: Option<u64>,
    /// The time zone of the dates (`timezone`): `+03:00`.
    pub timezone: Option<String>,
    /// The Direct client logins whose data an agency reads (`direct_client_logins`).
    pub direct_client_logins: Vec<String>,
}

/// Why a query is refused before it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// A name the schema does not know (with the nearest ones it does).
    UnknownField(UnknownField),
    /// More metrics than [`MAX_METRICS`].
    TooManyMetrics {
        /// How many were given.
        count: usize,
    },
    /// More dimensions than [`MAX_DIMENSIONS`].
    TooManyDimensions {
        /// How many were given.
        count: usize,
    },
    /// More comparisons in the filters than [`MAX_FILTERS`].
    TooManyFilters {
        /// How many there are.
        count: usize,
    },
    /// Filters longer than [`MAX_FILTER_CHARS`] characters.
    FiltersTooLong {
        /// How many characters they have.
        chars: usize,
    },
    /// More different dimensions and metrics in the filters than [`MAX_FILTER_FIELDS`].
    TooManyFilterFields {
        /// How many there are.
        count: usize,
    },
    /// More values in one condition than [`MAX_VALUES`].
    TooManyValues {
        /// The field of the condition.
        field: String,
        /// How many values it has.
        count: usize,
    },
    /// A list of values with an operator other than `=.`/`!.`, or one of those without a list.
    ListMismatch {
        /// The field of the condition.
        field: String,
        /// The operator used.
        operator: Operator,
    },
    /// An operator the field does not allow.
    OperatorNotAllowed {
        /// The field.
        field: String,
        /// The operator used.
        operator: Operator,
        /// The operators it allows.
        allowed: Vec<Operator>,
    },
    /// A metric the API does not filter on.
    NotFilterable {
        /// The metric.
        field: String,
    },
    /// `date1` before the first date with data of a field.
    BeforeFirstDate {
        /// The field.
        field: String,
        /// The query's `date1`.
        date1: String,
        /// The field's first date.
        first: &'static str,
    },
    /// `ym:ad:` and `ym:s:` fields in one query.
    MixedNamespaces {
        /// A `ym:ad:` field of the query.
        ad: String,
        /// A `ym:s:` field of the query.
        visits: String,
    },
    /// `offset` below 1 (it is 1-based).
    OffsetBelowOne,
    /// A query-wide value (`attribution`, `currency`) the API does not take.
    InvalidSetting {
        /// The parameter.
        parameter: &'static str,
        /// The value given.
        value: String,
        /// What it may be.
        expected: String,
    },
    /// `limit` above [`MAX_LIMIT`].
    LimitTooHigh {
        /// The limit given.
        limit: u64,
    },
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::UnknownField(unknown) => write!(f, "{unknown}"),
            QueryError::TooManyMetrics { count } => {
                write!(f, "{count} metrics: a query takes at most {MAX_METRICS}")
            }
            QueryError::TooManyDimensions { count } => {
                write!(
                    f,
                    "{count} dimensions: a query takes at most {MAX_DIMENSIONS}"
                )
            }
            QueryError::TooManyFilters { count } => {
                write!(
                    f,
                    "{count} filter conditions: a query takes at most {MAX_FILTERS}"
                )
            }
            QueryError::FiltersTooLong { chars } => write!(
                f,
                "the filters are {chars} characters long: at most {MAX_FILTER_CHARS}"
            ),
            QueryError::TooManyFilterFields { count } => write!(
                f,
                "the filters name {count} different fields: at most {MAX_FILTER_FIELDS}"
            ),
            QueryError::TooManyValues { field, count } => write!(
                f,
                "{count} values for `{field}` in one condition: at most {MAX_VALUES}"
            ),
            QueryError::ListMismatch { field, operator } => write!(
                f,
                "`{field}{operator}`: a list of values goes with `=.` or `!.`, and only a list"
            ),
            QueryError::OperatorNotAllowed {
                field,
                operator,
                allowed,
            } => {
                let allowed: Vec<&str> = allowed.iter().map(|o| o.symbol()).collect();
                write!(
                    f,
                    "`{field}` cannot be filtered with `{operator}`: it allows {}",
                    allowed.join(" ")
                )
            }
            QueryError::NotFilterable { field } => {
                write!(f, "the metric `{field}` cannot be filtered on")
            }
            QueryError::BeforeFirstDate {
                field,
                date1,
                first,
            } => write!(
                f,
                "date1 {date1} is before the first date with data of `{field}` ({first})"
            ),
            QueryError::MixedNamespaces { ad, visits } => write!(
                f,
                "`{ad}` (ym:ad:) and `{visits}` (ym:s:) cannot be in one query"
            ),
            QueryError::OffsetBelowOne => write!(f, "offset is 1-based: it cannot be 0"),
            QueryError::InvalidSetting {
                parameter,
                value,
                expected,
            } => write!(f, "{parameter} `{value}`: expected {expected}"),
            QueryError::LimitTooHigh { limit } => {
                write!(f, "limit {limit}: at most {MAX_LIMIT} rows a page")
            }
        }
    }
}

impl std::error::Error for QueryError {}

impl From<UnknownField> for QueryError {
    fn from(unknown: UnknownField) -> Self {
        QueryError::UnknownField(unknown)
    }
}

impl Query {
    /// A query of `metrics` by `dimensions` on the counter `id`, each name looked up.
    pub fn new(id: u64, metrics: &[&str], dimensions: &[&str]) -> Result<Query, QueryError> {
        let parse = |names: &[&str]| -> Result<Vec<Field>, QueryError> {
            names
                .iter()
                .map(|name| Field::parse(name).map_err(QueryError::from))
                .collect()
        };
        Ok(Query {
            ids: vec![id],
            metrics: parse(metrics)?,
            dimensions: parse(dimensions)?,
            ..Query::default()
        })
    }

    /// Checks everything the API would refuse; the first fault found.
    pub fn check(&self) -> Result<(), QueryError> {
        if self.metrics.len() > MAX_METRICS {
            return Err(QueryError::TooManyMetrics {
                count: self.metrics.len(),
            });
        }
        if self.dimensions.len() > MAX_DIMENSIONS {
            return Err(QueryError::TooManyDimensions {
                count: self.dimensions.len(),
            });
        }
        if self.offset == Some(0) {
            return Err(QueryError::OffsetBelowOne);
        }
        if let Some(limit) = self.limit.filter(|limit| *limit > MAX_LIMIT) {
            return Err(QueryError::LimitTooHigh { limit });
        }
        if let Some(filters) = &self.filters {
            check_filters(filters)?;
        }
        check_setting("attribution", self.attribution.as_deref())?;
        check_setting("currency", self.currency.as_deref())?;
        let filter_fields = self
            .filters
            .as_ref()
            .map(Filter::fields)
            .unwrap_or_default();
        let fields: Vec<&Field> = self
            .metrics
            .iter()
            .chain(&self.dimensions)
            .chain(filter_fields)
            .collect();
        check_namespaces(&fields)?;
        if let Some(date1) = self.date1.as_deref().filter(|d| is_iso_date(d)) {
            for field in &fields {
                if let Some(first) = field.min_date().filter(|first| date1 < *first) {
                    return Err(QueryError::BeforeFirstDate {
                        field: field.name().to_string(),
                        date1: date1.to_string(),
                        first,
                    });
                }
            }
        }
        Ok(())
    }

    /// The query parameters to send, after [`Query::check`].
    pub fn params(&self) -> Result<Vec<(&'static str, String)>, QueryError> {
        self.check()?;
        let names = |fields: &[Field]| fields.iter().map(Field::name).collect::<Vec<_>>().join(",");
        let ids: Vec<String> = self.ids.iter().map(u64::to_string).collect();
        let mut params = vec![("ids", ids.join(",")), ("metrics", names(&self.metrics))];
        if !self.dimensions.is_empty() {
            params.push(("dimensions", names(&self.dimensions)));
        }
        if let Some(filters) = &self.filters {
            params.push(("filters", filters.render()));
        }
        let optional = [
            ("date1", self.date1.clone()),
            ("date2", self.date2.clone()),
            ("offset", self.offset.map(|n| n.to_string())),
            ("limit", self.limit.map(|n| n.to_string())),
            ("accuracy", self.accuracy.clone()),
            ("attribution", self.attribution.clone()),
            ("currency", self.currency.clone()),
            ("goal_id", self.goal_id.map(|n| n.to_string())),
            ("timezone", self.timezone.clone()),
            (
                "direct_client_logins",
                (!self.direct_client_logins.is_empty())
                    .then(|| self.direct_client_logins.join(",")),
            ),
        ];
        params.extend(
            optional
                .into_iter()
                .filter_map(|(key, value)| value.map(|v| (key, v))),
        );
        Ok(params)
    }
}

impl Query {
    /// The parameters of the `data` endpoint, after [`Query::check`]; set the others
    /// (`attribution`, `accuracy`, ...) on the result.
    pub fn data_params(&self) -> Result<DataParams, QueryError> {
        self.check()?;
        let names = |fields: &[Field]| fields.iter().map(|f| f.name().to_string()).collect();
        Ok(DataParams {
            ids: Some(self.ids.clone()),
            metrics: Some(names(&self.metrics)),
            dimensions: (!self.dimensions.is_empty()).then(|| names(&self.dimensions)),
            filters: self.filters.as_ref().map(Filter::render),
            date1: self.date1.clone(),
            date2: self.date2.clone(),
            offset: self.offset,
            limit: self.limit,
            accuracy: self.accuracy.clone(),
            attribution: self.attribution.clone(),
            currency: self.currency.clone(),
            goal_id: self.goal_id,
            timezone: self.timezone.clone(),
            direct_client_logins: self.logins(),
            ..DataParams::default()
        })
    }

    /// The parameters of the `data/bytime` endpoint, after [`Query::check`]: the metrics of
    /// each row by time interval, `group` (`day`, `week`, `month`, ...) their length.
    pub fn bytime_params(&self, group: &str) -> Result<BytimeParams, QueryError> {
        let data = self.data_params()?;
        Ok(BytimeParams {
            ids: data.ids,
            metrics: data.metrics,
            dimensions: data.dimensions,
            filters: data.filters,
            date1: data.date1,
            date2: data.date2,
            group: Some(group.to_owned()),
            offset: data.offset,
            limit: data.limit,
            accuracy: data.accuracy,
            attribution: data.attribution,
            currency: data.currency,
            goal_id: data.goal_id,
            timezone: data.timezone,
            direct_client_logins: data.direct_client_logins,
            ..BytimeParams::default()
        })
    }

    fn logins(&self) -> Option<Vec<String>> {
        (!self.direct_client_logins.is_empty()).then(|| self.direct_client_logins.clone())
    }

    /// Sets `accuracy`.
    pub fn accuracy(mut self, accuracy: impl Into<String>) -> Query {
        self.accuracy = Some(accuracy.into());
        self
    }

    /// Sets `attribution` (checked against the models the API knows).
    pub fn attribution(mut self, attribution: impl Into<String>) -> Query {
        self.attribution = Some(attribution.into());
        self
    }

    /// Sets `currency` (an ISO 4217 code).
    pub fn currency(mut self, currency: impl Into<String>) -> Query {
        self.currency = Some(currency.into());
        self
    }

    /// Sets `goal_id`.
    pub fn goal_id(mut self, goal_id: u64) -> Query {
        self.goal_id = Some(goal_id);
        self
    }

    /// Sets `timezone` (`+03:00`).
    pub fn timezone(mut self, timezone: impl Into<String>) -> Query {
        self.timezone = Some(timezone.into());
        self
    }

    /// Adds a Direct client login (`direct_client_logins`).
    pub fn direct_client_login(mut self, login: impl Into<String>) -> Query {
        self.direct_client_logins.push(login.into());
        self
    }

    /// Sets the dates (`date1`, `date2`).
    pub fn dates(mut self, date1: impl Into<String>, date2: impl Into<String>) -> Query {
        self.date1 = Some(date1.into());
        self.date2 = Some(date2.into());
        self
    }

    /// Sets the filters.
    pub fn filters(mut self, filters: Filter) -> Query {
        self.filters = Some(filters);
        self
    }

    /// Sets `limit` (rows per page).
    pub fn limit(mut self, limit: u64) -> Query {
        self.limit = Some(limit);
        self
    }

    /// Sets `offset` (1-based).
    pub fn offset(mut self, offset: u64) -> Query {
        self.offset = Some(offset);
        self
    }
}

/// A query-wide `attribution` or `currency` against the schema's placeholder of that name.
fn check_setting(parameter: &'static str, value: Option<&str>) -> Result<(), QueryError> {
    let Some(value) = value else {
        return Ok(());
    };
    let Some(placeholder) = PLACEHOLDERS.iter().find(|p| p.name == parameter) else {
        return Ok(());
    };
    let (fits, expected) = match placeholder.form {
        PlaceholderForm::OneOf(words) => (
            words.contains(&value),
            format!("one of {}", words.join(", ")),
        ),
        PlaceholderForm::Digits => (
            !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()),
            "digits".to_owned(),
        ),
        PlaceholderForm::CurrencyCode => (
            value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase()),
            "an ISO 4217 code such as RUB".to_owned(),
        ),
    };
    if fits {
        Ok(())
    } else {
        Err(QueryError::InvalidSetting {
            parameter,
            value: value.to_owned(),
            expected,
        })
    }
}

/// The filters' size and each comparison's operator.
pub fn check_filters(filters: &Filter) -> Result<(), QueryError> {
    let comparisons = filters.comparisons();
    if comparisons.len() > MAX_FILTERS {
        return Err(QueryError::TooManyFilters {
            count: comparisons.len(),
        });
    }
    let chars = filters.render().chars().count();
    if chars > MAX_FILTER_CHARS {
        return Err(QueryError::FiltersTooLong { chars });
    }
    let distinct: std::collections::BTreeSet<&str> =
        filters.fields().into_iter().map(Field::name).collect();
    if distinct.len() > MAX_FILTER_FIELDS {
        return Err(QueryError::TooManyFilterFields {
            count: distinct.len(),
        });
    }
    for (field, operator, value) in comparisons {
        let list_operator = matches!(operator, Operator::In | Operator::NotIn);
        if let FilterValue::List(values) = value {
            if values.len() > MAX_VALUES {
                return Err(QueryError::TooManyValues {
                    field: field.name().to_string(),
                    count: values.len(),
                });
            }
        }
        if list_operator != matches!(value, FilterValue::List(_)) {
            return Err(QueryError::ListMismatch {
                field: field.name().to_string(),
                operator,
            });
        }
        let allowed: Option<Vec<Operator>> = match field.kind() {
            Some(FieldKind::Metric) => {
                if field.template().and_then(|def| def.filterable) == Some(false) {
                    return Err(QueryError::NotFilterable {
                        field: field.name().to_string(),
                    });
                }
                Some(METRIC_OPERATORS.to_vec())
            }
            Some(FieldKind::Dimension) => field.operators().map(<[Operator]>::to_vec),
            None => None,
        };
        if let Some(allowed) = allowed.filter(|allowed| !allowed.contains(&operator)) {
            return Err(QueryError::OperatorNotAllowed {
                field: field.name().to_string(),
                operator,
                allowed,
            });
        }
    }
    Ok(())
}

fn check_namespaces(fields: &[&Field]) -> Result<(), QueryError> {
    let find = |namespace: &str| {
        fields
            .iter()
            .find(|field| field.namespace() == Some(namespace))
            .map(|field| field.name().to_string())
    };
    if let (Some(ad), Some(visits)) = (find("ad"), find("s")) {
        return Err(QueryError::MixedNamespaces { ad, visits });
    }
    Ok(())
}

/// `YYYY-MM-DD` (relative dates such as `7daysAgo` are not checked against first dates).
fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}
