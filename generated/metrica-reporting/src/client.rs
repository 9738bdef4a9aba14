//! The typed client: one method per Reporting endpoint over the runtime's [`MetricaClient`]
//! (the OAuth header, retries, the quota governor), queries checked before sending, and the
//! pages of an answer up to its `total_rows` as typed rows.
//!
//! ```no_run
//! # async fn example() -> Result<(), metrica_reporting::Error> {
//! use metrica_reporting::client::MetricaReporting;
//! use metrica_reporting::Query;
//! use yandex_direct_runtime::metrica::MetricaClient;
//!
//! let token = std::env::var("YANDEX_METRICA_TOKEN").unwrap_or_default();
//! let client = MetricaReporting::new(MetricaClient::builder(token).build()?);
//! let query = Query::new(44147844, &["ym:ad:visits", "ym:ad:RUBAdCost"], &["ym:ad:directOrder"])?
//!     .dates("2026-11-01", "2026-11-30");
//! let mut pages = client.data_pages(&query)?;
//! while let Some(page) = pages.next_page().await? {
//!     for row in page.rows() {
//!         println!("{:?} {:?}", row.dimensions[0].name, row.metrics[0].typed());
//!     }
//! }
//! # Ok(())
//! # }
//! ```

use std::time::Duration;

use futures_core::Stream;
use futures_util::TryStreamExt;
use serde::de::DeserializeOwned;
use yandex_direct_runtime::metrica::{MetricaCall, MetricaClient, MetricaResponse};
use yandex_direct_runtime::QuotaPolicy;

use crate::error::Error;
use crate::generated::endpoints::{
    BytimeParams, ComparisonDrilldownParams, ComparisonParams, DataParams, DrilldownParams,
};
use crate::generated::responses::{
    BytimeResponse, ComparisonDrilldownResponse, ComparisonResponse, DataResponse, DimensionValue,
    DrilldownResponse,
};
use crate::lookup::Field;
use crate::query::Query;
use crate::schema::MetricType;
use crate::wire::{EndpointParams, MetricValue, Number};

/// The page size of [`MetricaReporting::data_pages`] when the query sets no `limit` (the API's
/// own default is 100: a larger page spends fewer of the 200 requests per 5 minutes).
pub const DEFAULT_PAGE_SIZE: u64 = 10_000;

/// The quota policy of paging unless set: wait for the buckets (200 requests per 5 minutes)
/// up to this long, rather than fail in the middle of a report.
pub const PAGING_WAIT: Duration = Duration::from_secs(10 * 60);

/// The Reporting API client. Cheap to clone: clones share connections, the token and the
/// governor.
#[derive(Debug, Clone)]
pub struct MetricaReporting {
    metrica: MetricaClient,
}

impl MetricaReporting {
    /// A client making its calls through `metrica`.
    pub fn new(metrica: MetricaClient) -> Self {
        MetricaReporting { metrica }
    }

    /// The underlying transport (its governor: `client.metrica().governor().snapshot()`).
    pub fn metrica(&self) -> &MetricaClient {
        &self.metrica
    }

    /// Sends one call of the endpoint of `R` with `params`, under `policy` when given.
    pub async fn send<R: Report>(
        &self,
        params: &R::Params,
        policy: Option<QuotaPolicy>,
    ) -> Result<MetricaResponse<R>, Error> {
        let mut call = MetricaCall::new(R::ENDPOINT);
        for (key, value) in params.to_pairs() {
            call = call.param(key, value);
        }
        if let Some(policy) = policy {
            call = call.quota_policy(policy);
        }
        Ok(self.metrica.get::<R>(call).await?)
    }

    /// `data`: a table of rows.
    pub async fn data(&self, params: &DataParams) -> Result<MetricaResponse<DataResponse>, Error> {
        self.send(params, None).await
    }

    /// `data/bytime`: each row's metrics by time interval.
    pub async fn bytime(
        &self,
        params: &BytimeParams,
    ) -> Result<MetricaResponse<BytimeResponse>, Error> {
        self.send(params, None).await
    }

    /// `data/drilldown`: one level of a tree (`parent_id` the path to it).
    pub async fn drilldown(
        &self,
        params: &DrilldownParams,
    ) -> Result<MetricaResponse<DrilldownResponse>, Error> {
        self.send(params, None).await
    }

    /// `data/comparison`: two segments (`filters_a`, `filters_b`) side by side.
    pub async fn comparison(
        &self,
        params: &ComparisonParams,
    ) -> Result<MetricaResponse<ComparisonResponse>, Error> {
        self.send(params, None).await
    }

    /// `data/comparison/drilldown`: two segments side by side, as a tree.
    pub async fn comparison_drilldown(
        &self,
        params: &ComparisonDrilldownParams,
    ) -> Result<MetricaResponse<ComparisonDrilldownResponse>, Error> {
        self.send(params, None).await
    }

    /// `data` of a checked query: refused with [`Error::Refused`] (and nothing sent) when the
    /// API would refuse it.
    pub async fn query(&self, query: &Query) -> Result<DataPage, Error> {
        let params = query.data_params()?;
        let answer = self.data(&params).await?;
        Ok(Page::new(header_of(query), answer))
    }

    /// Every row of a checked query, page by page (see [`Pages`]).
    pub fn data_pages(&self, query: &Query) -> Result<Pages<DataResponse>, Error> {
        Ok(self.pages(query.data_params()?, header_of(query)))
    }

    /// Every row of a checked query by time interval (`group`: `day`, `week`, `month`, ...),
    /// page by page: a page's rows are the dimension combinations, each with a value per
    /// interval ([`BytimePage::interval_rows`]).
    pub fn bytime_pages(&self, query: &Query, group: &str) -> Result<Pages<BytimeResponse>, Error> {
        Ok(self.pages(query.bytime_params(group)?, header_of(query)))
    }

    /// The pages of any endpoint's `params`, as they are (unchecked: use a [`Query`] to check).
    pub fn pages<R: Report>(&self, params: R::Params, header: Header) -> Pages<R> {
        let (offset, limit) = R::window(&params);
        Pages {
            client: self.clone(),
            page_size: limit.unwrap_or(DEFAULT_PAGE_SIZE),
            next_offset: offset.unwrap_or(1),
            params,
            header,
            policy: QuotaPolicy::Wait { max: PAGING_WAIT },
            done: false,
        }
    }
}

/// The columns of `query`'s answers: the names as asked.
fn header_of(query: &Query) -> Header {
    Header {
        dimensions: query
            .dimensions
            .iter()
            .map(|f| f.name().to_owned())
            .collect(),
        metrics: query
            .metrics
            .iter()
            .map(|field| MetricColumn::of(field.clone()))
            .collect(),
    }
}

/// An answer of an endpoint that pages by `offset` and `limit`.
pub trait Report: DeserializeOwned + Send + Sized {
    /// The endpoint's parameters.
    type Params: EndpointParams + Clone + Send + Sync;
    /// The endpoint under `/stat/v1/` (`data/bytime`).
    const ENDPOINT: &'static str;
    /// The rows of this answer.
    fn row_count(&self) -> usize;
    /// `total_rows`: the rows of the whole report.
    fn total_rows(&self) -> Option<i64>;
    /// The `offset` and `limit` of `params`.
    fn window(params: &Self::Params) -> (Option<u64>, Option<u64>);
    /// Sets the `offset` and `limit` of `params`.
    fn set_window(params: &mut Self::Params, offset: u64, limit: u64);
}

macro_rules! report {
    ($response:ty, $params:ty, $endpoint:expr) => {
        impl Report for $response {
            type Params = $params;
            const ENDPOINT: &'static str = $endpoint;
            fn row_count(&self) -> usize {
                self.data.as_ref().map_or(0, Vec::len)
            }
            fn total_rows(&self) -> Option<i64> {
                self.total_rows
            }
            fn window(params: &$params) -> (Option<u64>, Option<u64>) {
                (params.offset, params.limit)
            }
            fn set_window(params: &mut $params, offset: u64, limit: u64) {
                params.offset = Some(offset);
                params.limit = Some(limit);
            }
        }
    };
}

report!(DataResponse, DataParams, "data");
report!(BytimeResponse, BytimeParams, "data/bytime");
report!(DrilldownResponse, DrilldownParams, "data/drilldown");
report!(ComparisonResponse, ComparisonParams, "data/comparison");
report!(
    ComparisonDrilldownResponse,
    ComparisonDrilldownParams,
    "data/comparison/drilldown"
);

/// The pages of a report: `offset` (1-based) moves on by the rows each page brings until
/// `total_rows` are read; the request's `limit` is the page size ([`DEFAULT_PAGE_SIZE`] when
/// unset). A page that brings no rows before `total_rows` is [`Error::Stalled`], never an
/// endless loop. The quota policy is to wait (up to [`PAGING_WAIT`]) unless set.
#[derive(Debug)]
pub struct Pages<R: Report> {
    client: MetricaReporting,
    params: R::Params,
    header: Header,
    page_size: u64,
    next_offset: u64,
    policy: QuotaPolicy,
    done: bool,
}

impl<R: Report> Pages<R> {
    /// Sets the quota policy of every page's request.
    pub fn quota_policy(mut self, policy: QuotaPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The page size (`limit` of every request).
    pub fn page_size(&self) -> u64 {
        self.page_size
    }

    /// The next page, `None` once `total_rows` rows are read.
    pub async fn next_page(&mut self) -> Result<Option<Page<R>>, Error> {
        if self.done {
            return Ok(None);
        }
        let mut params = self.params.clone();
        R::set_window(&mut params, self.next_offset, self.page_size);
        let answer = self.client.send::<R>(&params, Some(self.policy)).await?;
        let read = answer.row_count() as u64;
        let total = answer
            .total_rows()
            .map(|total| u64::try_from(total).unwrap_or(0));
        let offset = self.next_offset;
        self.next_offset += read;
        if let Some(total_rows) = total.filter(|total| read == 0 && offset <= *total) {
            self.done = true;
            return Err(Error::Stalled { offset, total_rows });
        }
        self.done = match total {
            Some(total) => self.next_offset > total,
            // Without `total_rows`, a short page is the last.
            None => read < self.page_size,
        };
        Ok(Some(Page::new(self.header.clone(), answer)))
    }

    /// Every page, as a stream.
    pub fn into_stream(self) -> impl Stream<Item = Result<Page<R>, Error>> {
        futures_util::stream::try_unfold(self, |mut pages| async move {
            Ok(pages.next_page().await?.map(|page| (page, pages)))
        })
    }
}

impl Pages<DataResponse> {
    /// Every typed row of every page, as a stream.
    pub fn into_rows(self) -> impl Stream<Item = Result<Row, Error>> {
        self.into_stream()
            .map_ok(|page| futures_util::stream::iter(page.rows().into_iter().map(Ok)))
            .try_flatten()
    }
}

impl Pages<BytimeResponse> {
    /// Every row of every page by interval (one per dimension combination and interval), as a
    /// stream.
    pub fn into_interval_rows(self) -> impl Stream<Item = Result<IntervalRow, Error>> {
        self.into_stream()
            .map_ok(|page| futures_util::stream::iter(page.interval_rows().into_iter().map(Ok)))
            .try_flatten()
    }
}

/// The columns of a report: the dimensions and metrics as asked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// The dimension names, in order.
    pub dimensions: Vec<String>,
    /// The metrics, in order.
    pub metrics: Vec<MetricColumn>,
}

impl Header {
    /// The columns of `query`'s answers: the names as asked, metrics typed by the schema.
    pub fn of_query(query: &Query) -> Header {
        Header {
            dimensions: query
                .dimensions
                .iter()
                .map(|f| f.name().to_owned())
                .collect(),
            metrics: query
                .metrics
                .iter()
                .map(|field| MetricColumn::of(field.clone()))
                .collect(),
        }
    }

    /// The columns of `dimensions` and `metrics`, each name looked up in the schema (a name it
    /// does not know is kept, untyped).
    pub fn new(dimensions: &[&str], metrics: &[&str]) -> Header {
        let field = |name: &&str| Field::parse(name).unwrap_or_else(|_| Field::unchecked(*name));
        Header {
            dimensions: dimensions.iter().map(|name| (*name).to_owned()).collect(),
            metrics: metrics
                .iter()
                .map(|name| MetricColumn::of(field(name)))
                .collect(),
        }
    }
}

/// A metric column and its type from the schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricColumn {
    /// The name as asked.
    pub name: String,
    /// The type, when the schema knows it.
    pub metric_type: Option<MetricType>,
}

impl MetricColumn {
    fn of(field: Field) -> MetricColumn {
        MetricColumn {
            metric_type: field.template().and_then(|def| def.metric_type),
            name: field.name().to_owned(),
        }
    }
}

/// One answer of a report with its columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<R> {
    /// The columns.
    pub header: Header,
    /// The answer as decoded (`data`, `totals`, `sampled`, `total_rows`, unknown keys).
    pub response: R,
    /// How many times the page was sent (1 unless retried).
    pub attempts: u32,
}

/// A page of `data`.
pub type DataPage = Page<DataResponse>;
/// A page of `data/bytime`.
pub type BytimePage = Page<BytimeResponse>;

impl<R> Page<R> {
    fn new(header: Header, answer: MetricaResponse<R>) -> Self {
        Page {
            header,
            response: answer.result,
            attempts: answer.attempts,
        }
    }
}

impl<R: Report> Page<R> {
    /// `total_rows` of the report.
    pub fn total_rows(&self) -> Option<i64> {
        self.response.total_rows()
    }
}

impl Page<DataResponse> {
    /// The typed rows.
    pub fn rows(&self) -> Vec<Row> {
        let rows = self.response.data.iter().flatten();
        rows.map(|row| Row {
            dimensions: dimension_cells(row.dimensions.as_deref()),
            metrics: metric_cells(&self.header, row.metrics.as_deref().unwrap_or_default()),
        })
        .collect()
    }

    /// Whether the answer is computed from a sample of the visits.
    pub fn is_sampled(&self) -> bool {
        self.response.sampled == Some(true)
    }
}

impl Page<BytimeResponse> {
    /// The intervals (`time_intervals`: first and last day of each).
    pub fn intervals(&self) -> Vec<Interval> {
        let intervals = self.response.time_intervals.iter().flatten();
        intervals
            .map(|bounds| Interval {
                start: bounds.first().cloned().unwrap_or_default(),
                end: bounds
                    .get(1)
                    .or(bounds.first())
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// One row per dimension combination and interval (a campaign and a day), the metrics of
    /// that interval typed.
    pub fn interval_rows(&self) -> Vec<IntervalRow> {
        let intervals = self.intervals();
        let mut out = Vec::new();
        for row in self.response.data.iter().flatten() {
            let dimensions = dimension_cells(row.dimensions.as_deref());
            let series = row.metrics.as_deref().unwrap_or_default();
            for (i, interval) in intervals.iter().enumerate() {
                let values: Vec<MetricValue> = series
                    .iter()
                    .map(|values| values.get(i).cloned().unwrap_or_default())
                    .collect();
                out.push(IntervalRow {
                    dimensions: dimensions.clone(),
                    interval: interval.clone(),
                    metrics: metric_cells(&self.header, &values),
                });
            }
        }
        out
    }
}

/// A time interval of a `bytime` answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interval {
    /// Its first day (`YYYY-MM-DD`).
    pub start: String,
    /// Its last day.
    pub end: String,
}

/// A row of a `data` answer, typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The dimension values, in the order of the header.
    pub dimensions: Vec<DimensionCell>,
    /// The metric values, in the order of the header.
    pub metrics: Vec<MetricCell>,
}

/// A row of a `bytime` answer in one interval.
#[derive(Debug, Clone, PartialEq)]
pub struct IntervalRow {
    /// The dimension values.
    pub dimensions: Vec<DimensionCell>,
    /// The interval.
    pub interval: Interval,
    /// The metric values in that interval.
    pub metrics: Vec<MetricCell>,
}

/// A dimension's value: its readable `name` and its `id` (a Direct campaign id for
/// `ym:ad:directOrder`), either of which may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DimensionCell {
    /// `name`.
    pub name: Option<String>,
    /// `id`, as text (a number is written in decimal).
    pub id: Option<String>,
}

impl DimensionCell {
    fn of(value: &DimensionValue) -> DimensionCell {
        let id = match value.id.value() {
            Some(serde_json::Value::String(text)) => Some(text.clone()),
            Some(serde_json::Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        };
        DimensionCell {
            name: value.name.value().cloned(),
            id,
        }
    }
}

/// A metric's value with its column's type.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricCell {
    /// The type from the schema, when known.
    pub metric_type: Option<MetricType>,
    /// The value as the API sent it.
    pub value: MetricValue,
}

/// A metric's value by its type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Typed {
    /// A whole number (`int`): a count of visits, users, goal reaches.
    Int(i64),
    /// A fraction (`double`).
    Double(f64),
    /// A percentage, 0-100 (`percents`): the bounce rate.
    Percents(f64),
    /// An amount of money (`currency`): in the query's `currency`.
    Currency(f64),
    /// A duration in seconds (`seconds`).
    Seconds(f64),
    /// An affinity index.
    Affinity(f64),
    /// A number of a metric the schema has no type for.
    Number(f64),
    /// `null`.
    Null,
}

impl MetricCell {
    /// The value by the column's type; an `int` metric sent as a float is rounded.
    pub fn typed(&self) -> Typed {
        let Some(value) = self.value.as_f64() else {
            return Typed::Null;
        };
        match self.metric_type {
            Some(MetricType::Int) => {
                Typed::Int(self.value.as_i64().unwrap_or_else(|| value.round() as i64))
            }
            Some(MetricType::Double) => Typed::Double(value),
            Some(MetricType::Percents) => Typed::Percents(value),
            Some(MetricType::Currency) => Typed::Currency(value),
            Some(MetricType::Seconds) => Typed::Seconds(value),
            Some(MetricType::Affinity) => Typed::Affinity(value),
            None => Typed::Number(value),
        }
    }

    /// The number as sent (`None` for `null`), for writing it back exactly.
    pub fn number(&self) -> Option<&Number> {
        self.value.number()
    }

    /// The value as `f64`; `None` for `null`.
    pub fn as_f64(&self) -> Option<f64> {
        self.value.as_f64()
    }
}

fn dimension_cells(values: Option<&[DimensionValue]>) -> Vec<DimensionCell> {
    values
        .unwrap_or_default()
        .iter()
        .map(DimensionCell::of)
        .collect()
}

fn metric_cells(header: &Header, values: &[MetricValue]) -> Vec<MetricCell> {
    values
        .iter()
        .enumerate()
        .map(|(i, value)| MetricCell {
            metric_type: header.metrics.get(i).and_then(|m| m.metric_type),
            value: value.clone(),
        })
        .collect()
}
