// @generated from schema/metrica/endpoints.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The endpoints of the Reporting API and their query parameters.
use crate::schema as rt;
/// Every endpoint, with what decodes and re-encodes its parameters and its answer.
pub static ENDPOINTS: &[rt::wire::Endpoint] = &[
    rt::wire::Endpoint {
        name: "data",
        path: "/stat/v1/data",
        parameters: &[
            "ids",
            "preset",
            "metrics",
            "dimensions",
            "filters",
            "sort",
            "date1",
            "date2",
            "limit",
            "offset",
            "accuracy",
            "attribution",
            "currency",
            "goal_id",
            "timezone",
            "direct_client_logins",
            "lang",
            "include_undefined",
            "proposed_accuracy",
            "pretty",
        ],
        reencode_request: rt::wire::reencode_params::<DataParams>,
        reencode_response: rt::wire::reencode::<super::responses::DataResponse>,
    },
    rt::wire::Endpoint {
        name: "bytime",
        path: "/stat/v1/data/bytime",
        parameters: &[
            "ids",
            "preset",
            "metrics",
            "dimensions",
            "filters",
            "sort",
            "date1",
            "date2",
            "group",
            "limit",
            "offset",
            "accuracy",
            "attribution",
            "currency",
            "goal_id",
            "timezone",
            "direct_client_logins",
            "lang",
            "include_undefined",
            "proposed_accuracy",
            "pretty",
        ],
        reencode_request: rt::wire::reencode_params::<BytimeParams>,
        reencode_response: rt::wire::reencode::<super::responses::BytimeResponse>,
    },
    rt::wire::Endpoint {
        name: "drilldown",
        path: "/stat/v1/data/drilldown",
        parameters: &[
            "ids",
            "preset",
            "metrics",
            "dimensions",
            "filters",
            "sort",
            "date1",
            "date2",
            "parent_id",
            "limit",
            "offset",
            "accuracy",
            "attribution",
            "currency",
            "goal_id",
            "timezone",
            "direct_client_logins",
            "lang",
            "include_undefined",
            "proposed_accuracy",
            "pretty",
        ],
        reencode_request: rt::wire::reencode_params::<DrilldownParams>,
        reencode_response: rt::wire::reencode::<super::responses::DrilldownResponse>,
    },
    rt::wire::Endpoint {
        name: "comparison",
        path: "/stat/v1/data/comparison",
        parameters: &[
            "ids",
            "preset",
            "metrics",
            "dimensions",
            "filters_a",
            "filters_b",
            "sort",
            "date1_a",
            "date2_a",
            "date1_b",
            "date2_b",
            "limit",
            "offset",
            "accuracy",
            "attribution",
            "currency",
            "goal_id",
            "timezone",
            "direct_client_logins",
            "lang",
            "include_undefined",
            "proposed_accuracy",
            "pretty",
        ],
        reencode_request: rt::wire::reencode_params::<ComparisonParams>,
        reencode_response: rt::wire::reencode::<super::responses::ComparisonResponse>,
    },
    rt::wire::Endpoint {
        name: "comparison/drilldown",
        path: "/stat/v1/data/comparison/drilldown",
        parameters: &[
            "ids",
            "preset",
            "metrics",
            "dimensions",
            "filters_a",
            "filters_b",
            "sort",
            "date1_a",
            "date2_a",
            "date1_b",
            "date2_b",
            "parent_id",
            "limit",
            "offset",
            "accuracy",
            "attribution",
            "currency",
            "goal_id",
            "timezone",
            "direct_client_logins",
            "lang",
            "include_undefined",
            "proposed_accuracy",
            "pretty",
        ],
        reencode_request: rt::wire::reencode_params::<ComparisonDrilldownParams>,
        reencode_response: rt::wire::reencode::<
            super::responses::ComparisonDrilldownResponse,
        >,
    },
];
/// The query parameters of `/stat/v1/data`: a table: one row per combination of dimension values.
///
/// Each is `None` when not sent; `to_pairs` gives them in the order the schema lists them, then `unknown_params`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DataParams {
    /// `ids` (required): The counters, comma-separated.
    pub ids: Option<Vec<u64>>,
    /// `preset`: A ready-made report template (`sources_summary`, ...) that supplies dimensions and metrics.
    pub preset: Option<String>,
    /// `metrics`: The metrics, comma-separated (at most 20).
    pub metrics: Option<Vec<String>>,
    /// `dimensions`: The dimensions, comma-separated (at most 10).
    pub dimensions: Option<Vec<String>>,
    /// `filters`: The segment, in the filter grammar.
    pub filters: Option<String>,
    /// `sort`: The sort order: metric or dimension names, comma-separated; `-` before a name sorts descending.
    pub sort: Option<Vec<String>>,
    /// `date1`: The first day: `YYYY-MM-DD`, `today`, `yesterday` or `NdaysAgo`.
    pub date1: Option<String>,
    /// `date2`: The last day, in the forms of `date1`.
    pub date2: Option<String>,
    /// `limit`: Rows per page (at most 100,000).
    pub limit: Option<u64>,
    /// `offset`: The first row, 1-based.
    pub offset: Option<u64>,
    /// `accuracy`: The share of visits sampled: a number in (0, 1], `low`, `medium`, `high` or `full`.
    pub accuracy: Option<String>,
    /// `attribution`: The attribution model of the `<attribution>` placeholders: `first`, `last`, `lastsign`, `last_yandex_direct_click`, `cross_device_*`, `automatic`.
    pub attribution: Option<String>,
    /// `currency`: The currency of money metrics (`<currency>`): `RUB`, `USD`, `EUR`, `YND`, ...
    pub currency: Option<String>,
    /// `goal_id`: The goal of the `<goal_id>` placeholders.
    pub goal_id: Option<u64>,
    /// `timezone`: The time zone of the dates, `±hh:mm`.
    pub timezone: Option<String>,
    /// `direct_client_logins`: The Direct client logins whose data an agency reads (`ym:ad:` reports), comma-separated.
    pub direct_client_logins: Option<Vec<String>>,
    /// `lang`: The language of the dimension names (`ru`, `en`, `tr`, `uk`).
    pub lang: Option<String>,
    /// `include_undefined`: Whether rows with an undefined dimension value are kept.
    pub include_undefined: Option<bool>,
    /// `proposed_accuracy`: Whether the server may raise `accuracy` to give a stable answer.
    pub proposed_accuracy: Option<bool>,
    /// `pretty`: Whether the answer is indented.
    pub pretty: Option<bool>,
    /// Parameters the schema does not know, as given, in order.
    pub unknown_params: Vec<(String, String)>,
}
impl DataParams {
    /// The endpoint's name (in `roundtrip` lines and `find_endpoint`).
    pub const ENDPOINT: &'static str = "data";
    /// The endpoint's path.
    pub const PATH: &'static str = "/stat/v1/data";
}
impl rt::wire::EndpointParams for DataParams {
    fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(value) = &self.ids {
            pairs.push(("ids".to_owned(), rt::wire::params::render_integers(value)));
        }
        if let Some(value) = &self.preset {
            pairs.push(("preset".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.metrics {
            pairs.push(("metrics".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.dimensions {
            pairs.push(("dimensions".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.filters {
            pairs.push(("filters".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.sort {
            pairs.push(("sort".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.date1 {
            pairs.push(("date1".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2 {
            pairs.push(("date2".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.limit {
            pairs.push(("limit".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.offset {
            pairs.push(("offset".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.accuracy {
            pairs.push(("accuracy".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.attribution {
            pairs.push(("attribution".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.currency {
            pairs.push(("currency".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.goal_id {
            pairs.push(("goal_id".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.timezone {
            pairs.push(("timezone".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.direct_client_logins {
            pairs
                .push((
                    "direct_client_logins".to_owned(),
                    rt::wire::params::render_texts(value),
                ));
        }
        if let Some(value) = &self.lang {
            pairs.push(("lang".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.include_undefined {
            pairs
                .push((
                    "include_undefined".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.proposed_accuracy {
            pairs
                .push((
                    "proposed_accuracy".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.pretty {
            pairs.push(("pretty".to_owned(), rt::wire::params::render_boolean(value)));
        }
        pairs.extend(self.unknown_params.iter().cloned());
        pairs
    }
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, rt::wire::ParamError> {
        let mut params = Self::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            match key {
                "ids" => {
                    rt::wire::params::set_once(
                        &mut params.ids,
                        key,
                        rt::wire::params::parse_integers(key, value)?,
                    )?
                }
                "preset" => {
                    rt::wire::params::set_once(
                        &mut params.preset,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "metrics" => {
                    rt::wire::params::set_once(
                        &mut params.metrics,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "dimensions" => {
                    rt::wire::params::set_once(
                        &mut params.dimensions,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "filters" => {
                    rt::wire::params::set_once(
                        &mut params.filters,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "sort" => {
                    rt::wire::params::set_once(
                        &mut params.sort,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "date1" => {
                    rt::wire::params::set_once(
                        &mut params.date1,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2" => {
                    rt::wire::params::set_once(
                        &mut params.date2,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "limit" => {
                    rt::wire::params::set_once(
                        &mut params.limit,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "offset" => {
                    rt::wire::params::set_once(
                        &mut params.offset,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.accuracy,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "attribution" => {
                    rt::wire::params::set_once(
                        &mut params.attribution,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "currency" => {
                    rt::wire::params::set_once(
                        &mut params.currency,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "goal_id" => {
                    rt::wire::params::set_once(
                        &mut params.goal_id,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "timezone" => {
                    rt::wire::params::set_once(
                        &mut params.timezone,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "direct_client_logins" => {
                    rt::wire::params::set_once(
                        &mut params.direct_client_logins,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "lang" => {
                    rt::wire::params::set_once(
                        &mut params.lang,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "include_undefined" => {
                    rt::wire::params::set_once(
                        &mut params.include_undefined,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "proposed_accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.proposed_accuracy,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "pretty" => {
                    rt::wire::params::set_once(
                        &mut params.pretty,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                _ => params.unknown_params.push((key.to_owned(), value.to_owned())),
            }
        }
        if params.ids.is_none() {
            return Err(rt::wire::ParamError::Missing {
                parameter: "ids",
            });
        }
        Ok(params)
    }
}
/// The query parameters of `/stat/v1/data/bytime`: a time series: each row's metrics per time interval.
///
/// Each is `None` when not sent; `to_pairs` gives them in the order the schema lists them, then `unknown_params`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BytimeParams {
    /// `ids` (required): The counters, comma-separated.
    pub ids: Option<Vec<u64>>,
    /// `preset`: A ready-made report template (`sources_summary`, ...) that supplies dimensions and metrics.
    pub preset: Option<String>,
    /// `metrics`: The metrics, comma-separated (at most 20).
    pub metrics: Option<Vec<String>>,
    /// `dimensions`: The dimensions, comma-separated (at most 10).
    pub dimensions: Option<Vec<String>>,
    /// `filters`: The segment, in the filter grammar.
    pub filters: Option<String>,
    /// `sort`: The sort order: metric or dimension names, comma-separated; `-` before a name sorts descending.
    pub sort: Option<Vec<String>>,
    /// `date1`: The first day: `YYYY-MM-DD`, `today`, `yesterday` or `NdaysAgo`.
    pub date1: Option<String>,
    /// `date2`: The last day, in the forms of `date1`.
    pub date2: Option<String>,
    /// `group`: The time unit of a `bytime` series: `all`, `auto`, `minute`, `dekaminute`, `minute10`, `hour`, `hours`, `day`, `week`, `month`, `quarter`, `year`.
    pub group: Option<String>,
    /// `limit`: Rows per page (at most 100,000).
    pub limit: Option<u64>,
    /// `offset`: The first row, 1-based.
    pub offset: Option<u64>,
    /// `accuracy`: The share of visits sampled: a number in (0, 1], `low`, `medium`, `high` or `full`.
    pub accuracy: Option<String>,
    /// `attribution`: The attribution model of the `<attribution>` placeholders: `first`, `last`, `lastsign`, `last_yandex_direct_click`, `cross_device_*`, `automatic`.
    pub attribution: Option<String>,
    /// `currency`: The currency of money metrics (`<currency>`): `RUB`, `USD`, `EUR`, `YND`, ...
    pub currency: Option<String>,
    /// `goal_id`: The goal of the `<goal_id>` placeholders.
    pub goal_id: Option<u64>,
    /// `timezone`: The time zone of the dates, `±hh:mm`.
    pub timezone: Option<String>,
    /// `direct_client_logins`: The Direct client logins whose data an agency reads (`ym:ad:` reports), comma-separated.
    pub direct_client_logins: Option<Vec<String>>,
    /// `lang`: The language of the dimension names (`ru`, `en`, `tr`, `uk`).
    pub lang: Option<String>,
    /// `include_undefined`: Whether rows with an undefined dimension value are kept.
    pub include_undefined: Option<bool>,
    /// `proposed_accuracy`: Whether the server may raise `accuracy` to give a stable answer.
    pub proposed_accuracy: Option<bool>,
    /// `pretty`: Whether the answer is indented.
    pub pretty: Option<bool>,
    /// Parameters the schema does not know, as given, in order.
    pub unknown_params: Vec<(String, String)>,
}
impl BytimeParams {
    /// The endpoint's name (in `roundtrip` lines and `find_endpoint`).
    pub const ENDPOINT: &'static str = "bytime";
    /// The endpoint's path.
    pub const PATH: &'static str = "/stat/v1/data/bytime";
}
impl rt::wire::EndpointParams for BytimeParams {
    fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(value) = &self.ids {
            pairs.push(("ids".to_owned(), rt::wire::params::render_integers(value)));
        }
        if let Some(value) = &self.preset {
            pairs.push(("preset".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.metrics {
            pairs.push(("metrics".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.dimensions {
            pairs.push(("dimensions".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.filters {
            pairs.push(("filters".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.sort {
            pairs.push(("sort".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.date1 {
            pairs.push(("date1".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2 {
            pairs.push(("date2".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.group {
            pairs.push(("group".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.limit {
            pairs.push(("limit".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.offset {
            pairs.push(("offset".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.accuracy {
            pairs.push(("accuracy".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.attribution {
            pairs.push(("attribution".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.currency {
            pairs.push(("currency".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.goal_id {
            pairs.push(("goal_id".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.timezone {
            pairs.push(("timezone".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.direct_client_logins {
            pairs
                .push((
                    "direct_client_logins".to_owned(),
                    rt::wire::params::render_texts(value),
                ));
        }
        if let Some(value) = &self.lang {
            pairs.push(("lang".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.include_undefined {
            pairs
                .push((
                    "include_undefined".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.proposed_accuracy {
            pairs
                .push((
                    "proposed_accuracy".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.pretty {
            pairs.push(("pretty".to_owned(), rt::wire::params::render_boolean(value)));
        }
        pairs.extend(self.unknown_params.iter().cloned());
        pairs
    }
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, rt::wire::ParamError> {
        let mut params = Self::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            match key {
                "ids" => {
                    rt::wire::params::set_once(
                        &mut params.ids,
                        key,
                        rt::wire::params::parse_integers(key, value)?,
                    )?
                }
                "preset" => {
                    rt::wire::params::set_once(
                        &mut params.preset,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "metrics" => {
                    rt::wire::params::set_once(
                        &mut params.metrics,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "dimensions" => {
                    rt::wire::params::set_once(
                        &mut params.dimensions,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "filters" => {
                    rt::wire::params::set_once(
                        &mut params.filters,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "sort" => {
                    rt::wire::params::set_once(
                        &mut params.sort,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "date1" => {
                    rt::wire::params::set_once(
                        &mut params.date1,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2" => {
                    rt::wire::params::set_once(
                        &mut params.date2,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "group" => {
                    rt::wire::params::set_once(
                        &mut params.group,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "limit" => {
                    rt::wire::params::set_once(
                        &mut params.limit,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "offset" => {
                    rt::wire::params::set_once(
                        &mut params.offset,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.accuracy,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "attribution" => {
                    rt::wire::params::set_once(
                        &mut params.attribution,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "currency" => {
                    rt::wire::params::set_once(
                        &mut params.currency,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "goal_id" => {
                    rt::wire::params::set_once(
                        &mut params.goal_id,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "timezone" => {
                    rt::wire::params::set_once(
                        &mut params.timezone,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "direct_client_logins" => {
                    rt::wire::params::set_once(
                        &mut params.direct_client_logins,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "lang" => {
                    rt::wire::params::set_once(
                        &mut params.lang,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "include_undefined" => {
                    rt::wire::params::set_once(
                        &mut params.include_undefined,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "proposed_accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.proposed_accuracy,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "pretty" => {
                    rt::wire::params::set_once(
                        &mut params.pretty,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                _ => params.unknown_params.push((key.to_owned(), value.to_owned())),
            }
        }
        if params.ids.is_none() {
            return Err(rt::wire::ParamError::Missing {
                parameter: "ids",
            });
        }
        Ok(params)
    }
}
/// The query parameters of `/stat/v1/data/drilldown`: a tree: the children of one node (`parent_id`), each with whether it expands.
///
/// Each is `None` when not sent; `to_pairs` gives them in the order the schema lists them, then `unknown_params`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DrilldownParams {
    /// `ids` (required): The counters, comma-separated.
    pub ids: Option<Vec<u64>>,
    /// `preset`: A ready-made report template (`sources_summary`, ...) that supplies dimensions and metrics.
    pub preset: Option<String>,
    /// `metrics`: The metrics, comma-separated (at most 20).
    pub metrics: Option<Vec<String>>,
    /// `dimensions`: The dimensions, comma-separated (at most 10).
    pub dimensions: Option<Vec<String>>,
    /// `filters`: The segment, in the filter grammar.
    pub filters: Option<String>,
    /// `sort`: The sort order: metric or dimension names, comma-separated; `-` before a name sorts descending.
    pub sort: Option<Vec<String>>,
    /// `date1`: The first day: `YYYY-MM-DD`, `today`, `yesterday` or `NdaysAgo`.
    pub date1: Option<String>,
    /// `date2`: The last day, in the forms of `date1`.
    pub date2: Option<String>,
    /// `parent_id`: The path of the drilldown node to expand, as a JSON array of dimension ids (`["1","2"]`).
    pub parent_id: Option<String>,
    /// `limit`: Rows per page (at most 100,000).
    pub limit: Option<u64>,
    /// `offset`: The first row, 1-based.
    pub offset: Option<u64>,
    /// `accuracy`: The share of visits sampled: a number in (0, 1], `low`, `medium`, `high` or `full`.
    pub accuracy: Option<String>,
    /// `attribution`: The attribution model of the `<attribution>` placeholders: `first`, `last`, `lastsign`, `last_yandex_direct_click`, `cross_device_*`, `automatic`.
    pub attribution: Option<String>,
    /// `currency`: The currency of money metrics (`<currency>`): `RUB`, `USD`, `EUR`, `YND`, ...
    pub currency: Option<String>,
    /// `goal_id`: The goal of the `<goal_id>` placeholders.
    pub goal_id: Option<u64>,
    /// `timezone`: The time zone of the dates, `±hh:mm`.
    pub timezone: Option<String>,
    /// `direct_client_logins`: The Direct client logins whose data an agency reads (`ym:ad:` reports), comma-separated.
    pub direct_client_logins: Option<Vec<String>>,
    /// `lang`: The language of the dimension names (`ru`, `en`, `tr`, `uk`).
    pub lang: Option<String>,
    /// `include_undefined`: Whether rows with an undefined dimension value are kept.
    pub include_undefined: Option<bool>,
    /// `proposed_accuracy`: Whether the server may raise `accuracy` to give a stable answer.
    pub proposed_accuracy: Option<bool>,
    /// `pretty`: Whether the answer is indented.
    pub pretty: Option<bool>,
    /// Parameters the schema does not know, as given, in order.
    pub unknown_params: Vec<(String, String)>,
}
impl DrilldownParams {
    /// The endpoint's name (in `roundtrip` lines and `find_endpoint`).
    pub const ENDPOINT: &'static str = "drilldown";
    /// The endpoint's path.
    pub const PATH: &'static str = "/stat/v1/data/drilldown";
}
impl rt::wire::EndpointParams for DrilldownParams {
    fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(value) = &self.ids {
            pairs.push(("ids".to_owned(), rt::wire::params::render_integers(value)));
        }
        if let Some(value) = &self.preset {
            pairs.push(("preset".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.metrics {
            pairs.push(("metrics".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.dimensions {
            pairs.push(("dimensions".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.filters {
            pairs.push(("filters".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.sort {
            pairs.push(("sort".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.date1 {
            pairs.push(("date1".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2 {
            pairs.push(("date2".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.parent_id {
            pairs.push(("parent_id".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.limit {
            pairs.push(("limit".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.offset {
            pairs.push(("offset".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.accuracy {
            pairs.push(("accuracy".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.attribution {
            pairs.push(("attribution".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.currency {
            pairs.push(("currency".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.goal_id {
            pairs.push(("goal_id".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.timezone {
            pairs.push(("timezone".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.direct_client_logins {
            pairs
                .push((
                    "direct_client_logins".to_owned(),
                    rt::wire::params::render_texts(value),
                ));
        }
        if let Some(value) = &self.lang {
            pairs.push(("lang".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.include_undefined {
            pairs
                .push((
                    "include_undefined".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.proposed_accuracy {
            pairs
                .push((
                    "proposed_accuracy".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.pretty {
            pairs.push(("pretty".to_owned(), rt::wire::params::render_boolean(value)));
        }
        pairs.extend(self.unknown_params.iter().cloned());
        pairs
    }
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, rt::wire::ParamError> {
        let mut params = Self::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            match key {
                "ids" => {
                    rt::wire::params::set_once(
                        &mut params.ids,
                        key,
                        rt::wire::params::parse_integers(key, value)?,
                    )?
                }
                "preset" => {
                    rt::wire::params::set_once(
                        &mut params.preset,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "metrics" => {
                    rt::wire::params::set_once(
                        &mut params.metrics,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "dimensions" => {
                    rt::wire::params::set_once(
                        &mut params.dimensions,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "filters" => {
                    rt::wire::params::set_once(
                        &mut params.filters,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "sort" => {
                    rt::wire::params::set_once(
                        &mut params.sort,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "date1" => {
                    rt::wire::params::set_once(
                        &mut params.date1,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2" => {
                    rt::wire::params::set_once(
                        &mut params.date2,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "parent_id" => {
                    rt::wire::params::set_once(
                        &mut params.parent_id,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "limit" => {
                    rt::wire::params::set_once(
                        &mut params.limit,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "offset" => {
                    rt::wire::params::set_once(
                        &mut params.offset,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.accuracy,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "attribution" => {
                    rt::wire::params::set_once(
                        &mut params.attribution,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "currency" => {
                    rt::wire::params::set_once(
                        &mut params.currency,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "goal_id" => {
                    rt::wire::params::set_once(
                        &mut params.goal_id,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "timezone" => {
                    rt::wire::params::set_once(
                        &mut params.timezone,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "direct_client_logins" => {
                    rt::wire::params::set_once(
                        &mut params.direct_client_logins,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "lang" => {
                    rt::wire::params::set_once(
                        &mut params.lang,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "include_undefined" => {
                    rt::wire::params::set_once(
                        &mut params.include_undefined,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "proposed_accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.proposed_accuracy,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "pretty" => {
                    rt::wire::params::set_once(
                        &mut params.pretty,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                _ => params.unknown_params.push((key.to_owned(), value.to_owned())),
            }
        }
        if params.ids.is_none() {
            return Err(rt::wire::ParamError::Missing {
                parameter: "ids",
            });
        }
        Ok(params)
    }
}
/// The query parameters of `/stat/v1/data/comparison`: two segments side by side: metrics `a` and `b` per row.
///
/// Each is `None` when not sent; `to_pairs` gives them in the order the schema lists them, then `unknown_params`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ComparisonParams {
    /// `ids` (required): The counters, comma-separated.
    pub ids: Option<Vec<u64>>,
    /// `preset`: A ready-made report template (`sources_summary`, ...) that supplies dimensions and metrics.
    pub preset: Option<String>,
    /// `metrics`: The metrics, comma-separated (at most 20).
    pub metrics: Option<Vec<String>>,
    /// `dimensions`: The dimensions, comma-separated (at most 10).
    pub dimensions: Option<Vec<String>>,
    /// `filters_a`: The segment of the first group compared (`comparison`).
    pub filters_a: Option<String>,
    /// `filters_b`: The segment of the second group compared (`comparison`).
    pub filters_b: Option<String>,
    /// `sort`: The sort order: metric or dimension names, comma-separated; `-` before a name sorts descending.
    pub sort: Option<Vec<String>>,
    /// `date1_a`: The first day of the first group compared (`comparison`).
    pub date1_a: Option<String>,
    /// `date2_a`: The last day of the first group compared (`comparison`).
    pub date2_a: Option<String>,
    /// `date1_b`: The first day of the second group compared (`comparison`).
    pub date1_b: Option<String>,
    /// `date2_b`: The last day of the second group compared (`comparison`).
    pub date2_b: Option<String>,
    /// `limit`: Rows per page (at most 100,000).
    pub limit: Option<u64>,
    /// `offset`: The first row, 1-based.
    pub offset: Option<u64>,
    /// `accuracy`: The share of visits sampled: a number in (0, 1], `low`, `medium`, `high` or `full`.
    pub accuracy: Option<String>,
    /// `attribution`: The attribution model of the `<attribution>` placeholders: `first`, `last`, `lastsign`, `last_yandex_direct_click`, `cross_device_*`, `automatic`.
    pub attribution: Option<String>,
    /// `currency`: The currency of money metrics (`<currency>`): `RUB`, `USD`, `EUR`, `YND`, ...
    pub currency: Option<String>,
    /// `goal_id`: The goal of the `<goal_id>` placeholders.
    pub goal_id: Option<u64>,
    /// `timezone`: The time zone of the dates, `±hh:mm`.
    pub timezone: Option<String>,
    /// `direct_client_logins`: The Direct client logins whose data an agency reads (`ym:ad:` reports), comma-separated.
    pub direct_client_logins: Option<Vec<String>>,
    /// `lang`: The language of the dimension names (`ru`, `en`, `tr`, `uk`).
    pub lang: Option<String>,
    /// `include_undefined`: Whether rows with an undefined dimension value are kept.
    pub include_undefined: Option<bool>,
    /// `proposed_accuracy`: Whether the server may raise `accuracy` to give a stable answer.
    pub proposed_accuracy: Option<bool>,
    /// `pretty`: Whether the answer is indented.
    pub pretty: Option<bool>,
    /// Parameters the schema does not know, as given, in order.
    pub unknown_params: Vec<(String, String)>,
}
impl ComparisonParams {
    /// The endpoint's name (in `roundtrip` lines and `find_endpoint`).
    pub const ENDPOINT: &'static str = "comparison";
    /// The endpoint's path.
    pub const PATH: &'static str = "/stat/v1/data/comparison";
}
impl rt::wire::EndpointParams for ComparisonParams {
    fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(value) = &self.ids {
            pairs.push(("ids".to_owned(), rt::wire::params::render_integers(value)));
        }
        if let Some(value) = &self.preset {
            pairs.push(("preset".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.metrics {
            pairs.push(("metrics".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.dimensions {
            pairs.push(("dimensions".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.filters_a {
            pairs.push(("filters_a".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.filters_b {
            pairs.push(("filters_b".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.sort {
            pairs.push(("sort".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.date1_a {
            pairs.push(("date1_a".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2_a {
            pairs.push(("date2_a".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date1_b {
            pairs.push(("date1_b".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2_b {
            pairs.push(("date2_b".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.limit {
            pairs.push(("limit".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.offset {
            pairs.push(("offset".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.accuracy {
            pairs.push(("accuracy".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.attribution {
            pairs.push(("attribution".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.currency {
            pairs.push(("currency".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.goal_id {
            pairs.push(("goal_id".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.timezone {
            pairs.push(("timezone".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.direct_client_logins {
            pairs
                .push((
                    "direct_client_logins".to_owned(),
                    rt::wire::params::render_texts(value),
                ));
        }
        if let Some(value) = &self.lang {
            pairs.push(("lang".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.include_undefined {
            pairs
                .push((
                    "include_undefined".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.proposed_accuracy {
            pairs
                .push((
                    "proposed_accuracy".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.pretty {
            pairs.push(("pretty".to_owned(), rt::wire::params::render_boolean(value)));
        }
        pairs.extend(self.unknown_params.iter().cloned());
        pairs
    }
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, rt::wire::ParamError> {
        let mut params = Self::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            match key {
                "ids" => {
                    rt::wire::params::set_once(
                        &mut params.ids,
                        key,
                        rt::wire::params::parse_integers(key, value)?,
                    )?
                }
                "preset" => {
                    rt::wire::params::set_once(
                        &mut params.preset,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "metrics" => {
                    rt::wire::params::set_once(
                        &mut params.metrics,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "dimensions" => {
                    rt::wire::params::set_once(
                        &mut params.dimensions,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "filters_a" => {
                    rt::wire::params::set_once(
                        &mut params.filters_a,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "filters_b" => {
                    rt::wire::params::set_once(
                        &mut params.filters_b,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "sort" => {
                    rt::wire::params::set_once(
                        &mut params.sort,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "date1_a" => {
                    rt::wire::params::set_once(
                        &mut params.date1_a,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2_a" => {
                    rt::wire::params::set_once(
                        &mut params.date2_a,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date1_b" => {
                    rt::wire::params::set_once(
                        &mut params.date1_b,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2_b" => {
                    rt::wire::params::set_once(
                        &mut params.date2_b,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "limit" => {
                    rt::wire::params::set_once(
                        &mut params.limit,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "offset" => {
                    rt::wire::params::set_once(
                        &mut params.offset,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.accuracy,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "attribution" => {
                    rt::wire::params::set_once(
                        &mut params.attribution,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "currency" => {
                    rt::wire::params::set_once(
                        &mut params.currency,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "goal_id" => {
                    rt::wire::params::set_once(
                        &mut params.goal_id,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "timezone" => {
                    rt::wire::params::set_once(
                        &mut params.timezone,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "direct_client_logins" => {
                    rt::wire::params::set_once(
                        &mut params.direct_client_logins,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "lang" => {
                    rt::wire::params::set_once(
                        &mut params.lang,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "include_undefined" => {
                    rt::wire::params::set_once(
                        &mut params.include_undefined,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "proposed_accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.proposed_accuracy,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "pretty" => {
                    rt::wire::params::set_once(
                        &mut params.pretty,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                _ => params.unknown_params.push((key.to_owned(), value.to_owned())),
            }
        }
        if params.ids.is_none() {
            return Err(rt::wire::ParamError::Missing {
                parameter: "ids",
            });
        }
        Ok(params)
    }
}
/// The query parameters of `/stat/v1/data/comparison/drilldown`: two segments side by side, as a tree.
///
/// Each is `None` when not sent; `to_pairs` gives them in the order the schema lists them, then `unknown_params`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ComparisonDrilldownParams {
    /// `ids` (required): The counters, comma-separated.
    pub ids: Option<Vec<u64>>,
    /// `preset`: A ready-made report template (`sources_summary`, ...) that supplies dimensions and metrics.
    pub preset: Option<String>,
    /// `metrics`: The metrics, comma-separated (at most 20).
    pub metrics: Option<Vec<String>>,
    /// `dimensions`: The dimensions, comma-separated (at most 10).
    pub dimensions: Option<Vec<String>>,
    /// `filters_a`: The segment of the first group compared (`comparison`).
    pub filters_a: Option<String>,
    /// `filters_b`: The segment of the second group compared (`comparison`).
    pub filters_b: Option<String>,
    /// `sort`: The sort order: metric or dimension names, comma-separated; `-` before a name sorts descending.
    pub sort: Option<Vec<String>>,
    /// `date1_a`: The first day of the first group compared (`comparison`).
    pub date1_a: Option<String>,
    /// `date2_a`: The last day of the first group compared (`comparison`).
    pub date2_a: Option<String>,
    /// `date1_b`: The first day of the second group compared (`comparison`).
    pub date1_b: Option<String>,
    /// `date2_b`: The last day of the second group compared (`comparison`).
    pub date2_b: Option<String>,
    /// `parent_id`: The path of the drilldown node to expand, as a JSON array of dimension ids (`["1","2"]`).
    pub parent_id: Option<String>,
    /// `limit`: Rows per page (at most 100,000).
    pub limit: Option<u64>,
    /// `offset`: The first row, 1-based.
    pub offset: Option<u64>,
    /// `accuracy`: The share of visits sampled: a number in (0, 1], `low`, `medium`, `high` or `full`.
    pub accuracy: Option<String>,
    /// `attribution`: The attribution model of the `<attribution>` placeholders: `first`, `last`, `lastsign`, `last_yandex_direct_click`, `cross_device_*`, `automatic`.
    pub attribution: Option<String>,
    /// `currency`: The currency of money metrics (`<currency>`): `RUB`, `USD`, `EUR`, `YND`, ...
    pub currency: Option<String>,
    /// `goal_id`: The goal of the `<goal_id>` placeholders.
    pub goal_id: Option<u64>,
    /// `timezone`: The time zone of the dates, `±hh:mm`.
    pub timezone: Option<String>,
    /// `direct_client_logins`: The Direct client logins whose data an agency reads (`ym:ad:` reports), comma-separated.
    pub direct_client_logins: Option<Vec<String>>,
    /// `lang`: The language of the dimension names (`ru`, `en`, `tr`, `uk`).
    pub lang: Option<String>,
    /// `include_undefined`: Whether rows with an undefined dimension value are kept.
    pub include_undefined: Option<bool>,
    /// `proposed_accuracy`: Whether the server may raise `accuracy` to give a stable answer.
    pub proposed_accuracy: Option<bool>,
    /// `pretty`: Whether the answer is indented.
    pub pretty: Option<bool>,
    /// Parameters the schema does not know, as given, in order.
    pub unknown_params: Vec<(String, String)>,
}
impl ComparisonDrilldownParams {
    /// The endpoint's name (in `roundtrip` lines and `find_endpoint`).
    pub const ENDPOINT: &'static str = "comparison/drilldown";
    /// The endpoint's path.
    pub const PATH: &'static str = "/stat/v1/data/comparison/drilldown";
}
impl rt::wire::EndpointParams for ComparisonDrilldownParams {
    fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(value) = &self.ids {
            pairs.push(("ids".to_owned(), rt::wire::params::render_integers(value)));
        }
        if let Some(value) = &self.preset {
            pairs.push(("preset".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.metrics {
            pairs.push(("metrics".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.dimensions {
            pairs.push(("dimensions".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.filters_a {
            pairs.push(("filters_a".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.filters_b {
            pairs.push(("filters_b".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.sort {
            pairs.push(("sort".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.date1_a {
            pairs.push(("date1_a".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2_a {
            pairs.push(("date2_a".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date1_b {
            pairs.push(("date1_b".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.date2_b {
            pairs.push(("date2_b".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.parent_id {
            pairs.push(("parent_id".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.limit {
            pairs.push(("limit".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.offset {
            pairs.push(("offset".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.accuracy {
            pairs.push(("accuracy".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.attribution {
            pairs.push(("attribution".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.currency {
            pairs.push(("currency".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.goal_id {
            pairs.push(("goal_id".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.timezone {
            pairs.push(("timezone".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.direct_client_logins {
            pairs
                .push((
                    "direct_client_logins".to_owned(),
                    rt::wire::params::render_texts(value),
                ));
        }
        if let Some(value) = &self.lang {
            pairs.push(("lang".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.include_undefined {
            pairs
                .push((
                    "include_undefined".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.proposed_accuracy {
            pairs
                .push((
                    "proposed_accuracy".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
        }
        if let Some(value) = &self.pretty {
            pairs.push(("pretty".to_owned(), rt::wire::params::render_boolean(value)));
        }
        pairs.extend(self.unknown_params.iter().cloned());
        pairs
    }
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, rt::wire::ParamError> {
        let mut params = Self::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            match key {
                "ids" => {
                    rt::wire::params::set_once(
                        &mut params.ids,
                        key,
                        rt::wire::params::parse_integers(key, value)?,
                    )?
                }
                "preset" => {
                    rt::wire::params::set_once(
                        &mut params.preset,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "metrics" => {
                    rt::wire::params::set_once(
                        &mut params.metrics,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "dimensions" => {
                    rt::wire::params::set_once(
                        &mut params.dimensions,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "filters_a" => {
                    rt::wire::params::set_once(
                        &mut params.filters_a,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "filters_b" => {
                    rt::wire::params::set_once(
                        &mut params.filters_b,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "sort" => {
                    rt::wire::params::set_once(
                        &mut params.sort,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "date1_a" => {
                    rt::wire::params::set_once(
                        &mut params.date1_a,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2_a" => {
                    rt::wire::params::set_once(
                        &mut params.date2_a,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date1_b" => {
                    rt::wire::params::set_once(
                        &mut params.date1_b,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "date2_b" => {
                    rt::wire::params::set_once(
                        &mut params.date2_b,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "parent_id" => {
                    rt::wire::params::set_once(
                        &mut params.parent_id,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "limit" => {
                    rt::wire::params::set_once(
                        &mut params.limit,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "offset" => {
                    rt::wire::params::set_once(
                        &mut params.offset,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.accuracy,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "attribution" => {
                    rt::wire::params::set_once(
                        &mut params.attribution,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "currency" => {
                    rt::wire::params::set_once(
                        &mut params.currency,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "goal_id" => {
                    rt::wire::params::set_once(
                        &mut params.goal_id,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "timezone" => {
                    rt::wire::params::set_once(
                        &mut params.timezone,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "direct_client_logins" => {
                    rt::wire::params::set_once(
                        &mut params.direct_client_logins,
                        key,
                        rt::wire::params::parse_texts(key, value)?,
                    )?
                }
                "lang" => {
                    rt::wire::params::set_once(
                        &mut params.lang,
                        key,
                        rt::wire::params::parse_text(key, value)?,
                    )?
                }
                "include_undefined" => {
                    rt::wire::params::set_once(
                        &mut params.include_undefined,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "proposed_accuracy" => {
                    rt::wire::params::set_once(
                        &mut params.proposed_accuracy,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                "pretty" => {
                    rt::wire::params::set_once(
                        &mut params.pretty,
                        key,
                        rt::wire::params::parse_boolean(key, value)?,
                    )?
                }
                _ => params.unknown_params.push((key.to_owned(), value.to_owned())),
            }
        }
        if params.ids.is_none() {
            return Err(rt::wire::ParamError::Missing {
                parameter: "ids",
            });
        }
        Ok(params)
    }
}
