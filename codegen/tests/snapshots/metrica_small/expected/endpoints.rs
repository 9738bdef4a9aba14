// @generated from schema/metrica/endpoints.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The endpoints of the Reporting API and their query parameters.
use ::metrica_reporting::schema as rt;
/// Every endpoint, with what decodes and re-encodes its parameters and its answer.
pub static ENDPOINTS: &[rt::wire::Endpoint] = &[
    rt::wire::Endpoint {
        name: "bytime",
        path: "/stat/v1/data/bytime",
        parameters: &["ids", "metrics", "filters", "limit", "include_undefined"],
        reencode_request: rt::wire::reencode_params::<BytimeParams>,
        reencode_response: rt::wire::reencode::<super::responses::BytimeResponse>,
    },
];
/// The query parameters of `/stat/v1/data/bytime`: a time series.
///
/// Each is `None` when not sent; `to_pairs` gives them in the order the schema lists them, then `unknown_params`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BytimeParams {
    /// `ids` (required): The counters.
    pub ids: Option<Vec<u64>>,
    /// `metrics`: The metrics.
    pub metrics: Option<Vec<String>>,
    /// `filters`: The segment.
    pub filters: Option<String>,
    /// `limit`: Rows per page.
    pub limit: Option<u64>,
    /// `include_undefined`: Keep undefined values.
    pub include_undefined: Option<bool>,
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
        if let Some(value) = &self.metrics {
            pairs.push(("metrics".to_owned(), rt::wire::params::render_texts(value)));
        }
        if let Some(value) = &self.filters {
            pairs.push(("filters".to_owned(), rt::wire::params::render_text(value)));
        }
        if let Some(value) = &self.limit {
            pairs.push(("limit".to_owned(), rt::wire::params::render_integer(value)));
        }
        if let Some(value) = &self.include_undefined {
            pairs
                .push((
                    "include_undefined".to_owned(),
                    rt::wire::params::render_boolean(value),
                ));
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
                "metrics" => {
                    rt::wire::params::set_once(
                        &mut params.metrics,
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
                "limit" => {
                    rt::wire::params::set_once(
                        &mut params.limit,
                        key,
                        rt::wire::params::parse_integer(key, value)?,
                    )?
                }
                "include_undefined" => {
                    rt::wire::params::set_once(
                        &mut params.include_undefined,
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
