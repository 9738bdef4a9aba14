//! Direct's costs joined to Metrica's outcomes: one typed table per campaign and day, with
//! impressions, clicks and cost from Direct's Reports and visits, goal reaches and revenue
//! from Metrica's `ym:ad:` data per `directOrder` (the same campaign ids), and the cost per
//! goal.
//!
//! It lives here, behind the feature `direct-costs` (off by default), because it is a use of
//! both generated crates: it needs Direct's generated Reports definition and Clients types,
//! which the runtime must never name, and Metrica's typed client, which the `yandex-direct`
//! crate does not depend on. Putting it in this crate keeps `yandex-direct` free of Metrica,
//! and the feature keeps the generated Direct crate out of the build of those who only read
//! Metrica.
//!
//! How each side is read:
//! - **Direct**: one `CAMPAIGN_PERFORMANCE_REPORT` with `Date`, `CampaignId`, `CampaignName`,
//!   `Impressions`, `Clicks` and `Cost` over `CUSTOM_DATE` `date1..=date2`, read row by row
//!   as it downloads (one download: Direct's Reports do not page).
//!   `Cost` is read as exact [`Money`] whether the report comes in currency units or in micros;
//!   it is in the account's currency, which is read from `Clients.get` unless
//!   [`CostsRequest::currency`] says it.
//! - **Metrica**: `data/bytime` with `group=day` over `ym:ad:directOrder`, paged up to
//!   `total_rows`: the `ym:ad:` namespace has no date dimension, and one `bytime` query covers
//!   every day of the range per page of campaigns, where a query per day would spend one
//!   request of the 200 per 5 minutes for each day. Its money metric is
//!   `ym:ad:goal<goal_id>converted<currency>Revenue`, in the currency of Direct's costs, so
//!   the cost per goal and the revenue compare.
//! - **Both**: the same dates; the agency's client login is Direct's `Client-Login` and
//!   Metrica's `direct_client_logins`. The attribution model applies to Metrica (Direct's cost
//!   does not depend on it); when unset, the API's default is used (nothing is sent).
//!
//! Rows are joined on (day, campaign id). A campaign on one side only is kept, the other
//! side's figures `None`: a campaign that spent but brought no visits, or visits of a
//! campaign Direct did not report (another login's, or deleted). A Metrica day with no
//! visits, reaches nor revenue is no row of its own (Metrica's `bytime` lists every day of a
//! campaign with any traffic in the range).
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! use metrica_reporting::direct_costs::{costs_and_outcomes, CostsRequest};
//! use metrica_reporting::MetricaReporting;
//! use yandex_direct_runtime::metrica::MetricaClient;
//!
//! let direct = yandex_direct::Client::builder("direct-token").build()?;
//! let metrica = MetricaReporting::new(MetricaClient::builder("metrica-token").build()?);
//! let request = CostsRequest::new(44147844, 123, "2026-11-01", "2026-11-30");
//! let table = costs_and_outcomes(&direct, &metrica, &request).await?;
//! for row in &table.rows {
//!     println!("{} {} {:?}", row.date, row.campaign_id, row.cost_per_goal());
//! }
//! # Ok(())
//! # }
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use yandex_direct::direct_v5::clients::{ClientFieldEnum, GetRequest};
use yandex_direct::direct_v5::reports::{
    DateRangeType, Field as ReportField, ReportDefinition, ReportType,
};
use yandex_direct::direct_v5::DirectV5Services as _;
use yandex_direct::runtime::reports::{Money, ReportDate, ReportOptions};

use crate::client::{MetricaReporting, Typed};
use crate::error::Error as MetricaError;
use crate::query::{Query, QueryError};

/// What to join: the counter, the goal, the days, and the settings both sides share.
#[derive(Debug, Clone, PartialEq)]
pub struct CostsRequest {
    /// The Metrica counters (`ids`) whose visits Direct's ads bought.
    pub counters: Vec<u64>,
    /// The goal whose reaches and revenue are the outcome.
    pub goal_id: u64,
    /// The first day, `YYYY-MM-DD` (both sides).
    pub date1: String,
    /// The last day, `YYYY-MM-DD` (both sides).
    pub date2: String,
    /// Metrica's attribution model (`lastsign`, `last_yandex_direct_click`, ...); `None`: the
    /// API's default.
    pub attribution: Option<String>,
    /// The currency of the costs (ISO 4217, `RUB`); `None`: the Direct account's, read from
    /// `Clients.get`. Metrica's revenue is asked for in it.
    pub currency: Option<String>,
    /// An agency's client: Direct's `Client-Login` and Metrica's `direct_client_logins`.
    pub client_login: Option<String>,
    /// Metrica's rows (campaigns) per page; `None`: the client's default page size.
    pub page_size: Option<u64>,
    /// How Direct's report is asked for and waited for (processing mode, money in micros or
    /// not: the cost is exact either way).
    pub direct_options: ReportOptions,
}

impl CostsRequest {
    /// The join of `goal_id` on `counter` from `date1` to `date2` (`YYYY-MM-DD`), the rest
    /// left to the defaults.
    pub fn new(
        counter: u64,
        goal_id: u64,
        date1: impl Into<String>,
        date2: impl Into<String>,
    ) -> CostsRequest {
        CostsRequest {
            counters: vec![counter],
            goal_id,
            date1: date1.into(),
            date2: date2.into(),
            attribution: None,
            currency: None,
            client_login: None,
            page_size: None,
            direct_options: ReportOptions::default(),
        }
    }

    /// Sets the attribution model.
    pub fn attribution(mut self, attribution: impl Into<String>) -> CostsRequest {
        self.attribution = Some(attribution.into());
        self
    }

    /// Sets the currency.
    pub fn currency(mut self, currency: impl Into<String>) -> CostsRequest {
        self.currency = Some(currency.into());
        self
    }

    /// Sets the agency's client login.
    pub fn client_login(mut self, login: impl Into<String>) -> CostsRequest {
        self.client_login = Some(login.into());
        self
    }

    /// Sets how Direct's report is asked for.
    pub fn direct_options(mut self, options: ReportOptions) -> CostsRequest {
        self.direct_options = options;
        self
    }

    /// Sets Metrica's page size.
    pub fn page_size(mut self, rows: u64) -> CostsRequest {
        self.page_size = Some(rows);
        self
    }

    /// The Metrica names asked for: visits, the goal's reaches and its revenue in `currency`.
    pub fn metrica_metrics(&self, currency: &str) -> [String; 3] {
        let goal = self.goal_id;
        [
            "ym:ad:visits".to_owned(),
            format!("ym:ad:goal{goal}reaches"),
            format!("ym:ad:goal{goal}converted{currency}Revenue"),
        ]
    }

    /// The Metrica query of this join in `currency` (checked), to be read by day.
    pub fn metrica_query(&self, currency: &str) -> Result<Query, QueryError> {
        let metrics = self.metrica_metrics(currency);
        let metrics: Vec<&str> = metrics.iter().map(String::as_str).collect();
        let first = self.counters.first().copied().unwrap_or_default();
        let mut query = Query::new(first, &metrics, &[CAMPAIGN_DIMENSION])?
            .dates(self.date1.clone(), self.date2.clone());
        query.ids = self.counters.clone();
        query.attribution = self.attribution.clone();
        query.currency = Some(currency.to_owned());
        query.direct_client_logins = self.client_login.iter().cloned().collect();
        query.limit = self.page_size;
        query.check()?;
        Ok(query)
    }

    /// The Direct report of this join: cost per campaign and day. Its name holds the dates,
    /// as the server keeps a report by its name and settings.
    pub fn direct_report(&self) -> ReportDefinition {
        ReportDefinition::new(
            format!("costs-and-outcomes {}..{}", self.date1, self.date2),
            ReportType::CampaignPerformanceReport,
            DateRangeType::CustomDate,
            [
                ReportField::Date,
                ReportField::CampaignId,
                ReportField::CampaignName,
                ReportField::Impressions,
                ReportField::Clicks,
                ReportField::Cost,
            ],
        )
        .with_dates(self.date1.clone(), self.date2.clone())
    }

    /// Refuses what neither side could answer: no counter, a day not `YYYY-MM-DD`, `date1`
    /// after `date2`.
    fn check(&self) -> Result<(), JoinError> {
        if self.counters.is_empty() {
            return Err(JoinError::Request("no Metrica counter (ids)".to_owned()));
        }
        let day = |name: &str, text: &str| {
            ReportDate::parse(text).ok_or_else(|| {
                JoinError::Request(format!("{name} {text:?} is not a day (YYYY-MM-DD)"))
            })
        };
        let (first, last) = (day("date1", &self.date1)?, day("date2", &self.date2)?);
        if (first.year, first.month, first.day) > (last.year, last.month, last.day) {
            return Err(JoinError::Request(format!(
                "date1 {} is after date2 {}",
                self.date1, self.date2
            )));
        }
        if let Some(currency) = &self.currency {
            check_currency(currency)?;
        }
        Ok(())
    }
}

/// Metrica's campaign dimension: the attribution model is the query's `attribution`.
pub const CAMPAIGN_DIMENSION: &str = "ym:ad:directOrder";

/// A currency as Metrica's names take it: three capital letters.
fn check_currency(currency: &str) -> Result<(), JoinError> {
    if currency.len() == 3 && currency.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(JoinError::Request(format!(
            "currency {currency:?} is not an ISO 4217 code (RUB, USD, ...)"
        )))
    }
}

/// The joined table.
#[derive(Debug, Clone, PartialEq)]
pub struct CostsTable {
    /// The currency of the costs, the revenue and the cost per goal (ISO 4217).
    pub currency: String,
    /// The goal of the reaches and the revenue.
    pub goal_id: u64,
    /// The attribution model asked for (`None`: the API's default).
    pub attribution: Option<String>,
    /// Whether Metrica computed any page from a sample of the visits (its figures are then
    /// estimates: `accuracy` is the API's default).
    pub sampled: bool,
    /// One row per day and campaign, by day then campaign id.
    pub rows: Vec<CampaignDay>,
}

/// One campaign on one day: what Direct says it cost, what Metrica says it brought.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignDay {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// The Direct campaign id (Metrica's `directOrder`).
    pub campaign_id: i64,
    /// The campaign's name: Direct's, else Metrica's.
    pub campaign_name: Option<String>,
    /// Direct's figures; `None` when Direct's report has no row for this campaign and day.
    pub direct: Option<DirectFigures>,
    /// Metrica's figures; `None` when Metrica has no visits, reaches nor revenue for it.
    pub metrica: Option<MetricaFigures>,
}

impl CampaignDay {
    /// Direct's cost per goal reach, rounded to the micro; `None` without Direct's cost or
    /// without reaches.
    pub fn cost_per_goal(&self) -> Option<Money> {
        let cost = self.direct.as_ref()?.cost;
        let reaches = self.metrica.as_ref()?.goal_reaches;
        (reaches > 0).then(|| {
            let micros =
                (i128::from(cost.micros) * 2 + i128::from(reaches)) / (2 * i128::from(reaches));
            Money::from_micros(micros as i64)
        })
    }
}

/// A campaign's day in Direct's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DirectFigures {
    /// `Impressions`.
    pub impressions: i64,
    /// `Clicks`.
    pub clicks: i64,
    /// `Cost`, exact, in the account's currency.
    pub cost: Money,
}

/// A campaign's day in Metrica.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MetricaFigures {
    /// `ym:ad:visits`.
    pub visits: i64,
    /// `ym:ad:goal<goal_id>reaches`.
    pub goal_reaches: i64,
    /// `ym:ad:goal<goal_id>converted<currency>Revenue`.
    pub revenue: f64,
}

/// Why the join failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum JoinError {
    /// The request itself is wrong (dates, counter, currency); nothing was sent.
    Request(String),
    /// Direct's side: the report, or `Clients.get` for the currency.
    Direct(yandex_direct::runtime::Error),
    /// Metrica's side (a query refused before sending is [`MetricaError::Refused`]).
    Metrica(MetricaError),
    /// An answer that cannot be joined: a campaign id or a day that is not one.
    Answer(String),
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JoinError::Request(message) => write!(f, "refused: {message}"),
            JoinError::Direct(error) => write!(f, "Direct: {error}"),
            JoinError::Metrica(error) => write!(f, "Metrica: {error}"),
            JoinError::Answer(message) => write!(f, "answer: {message}"),
        }
    }
}

impl std::error::Error for JoinError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JoinError::Direct(error) => Some(error),
            JoinError::Metrica(error) => Some(error),
            _ => None,
        }
    }
}

impl From<MetricaError> for JoinError {
    fn from(error: MetricaError) -> Self {
        JoinError::Metrica(error)
    }
}

impl From<yandex_direct::runtime::Error> for JoinError {
    fn from(error: yandex_direct::runtime::Error) -> Self {
        JoinError::Direct(error)
    }
}

/// A row of Direct's report.
#[derive(Debug, Deserialize)]
struct DirectRow {
    #[serde(rename = "Date")]
    date: ReportDate,
    #[serde(rename = "CampaignId")]
    campaign_id: i64,
    #[serde(rename = "CampaignName")]
    campaign_name: Option<String>,
    #[serde(rename = "Impressions")]
    impressions: i64,
    #[serde(rename = "Clicks")]
    clicks: i64,
    #[serde(rename = "Cost")]
    cost: Money,
}

/// Direct's cost per campaign and day joined to Metrica's outcomes (see the [module
/// docs](self)). `direct` is the Direct client (an agency's: [`CostsRequest::client_login`]
/// names the client), `metrica` the Metrica one. Everything about the request is checked
/// before anything is sent.
pub async fn costs_and_outcomes(
    direct: &yandex_direct::Client,
    metrica: &MetricaReporting,
    request: &CostsRequest,
) -> Result<CostsTable, JoinError> {
    request.check()?;
    // The Metrica query is checked with a placeholder currency before Direct is asked.
    request
        .metrica_query(request.currency.as_deref().unwrap_or("RUB"))
        .map_err(MetricaError::Refused)?;
    let direct = match &request.client_login {
        Some(login) => direct.with_login(login.clone()),
        None => direct.clone(),
    };
    let currency = match &request.currency {
        Some(currency) => currency.clone(),
        None => account_currency(&direct).await?,
    };
    let query = request
        .metrica_query(&currency)
        .map_err(MetricaError::Refused)?;

    let mut rows: BTreeMap<(String, i64), CampaignDay> = BTreeMap::new();
    let report = direct
        .report_stream(&request.direct_report(), &request.direct_options)
        .await?;
    for found in report.collect::<DirectRow>().await? {
        let date = found.date.to_string();
        let row = rows
            .entry((date.clone(), found.campaign_id))
            .or_insert_with(|| CampaignDay::empty(date, found.campaign_id));
        let figures = row.direct.get_or_insert_with(DirectFigures::default);
        figures.impressions += found.impressions;
        figures.clicks += found.clicks;
        figures.cost = Money::from_micros(figures.cost.micros + found.cost.micros);
        if found.campaign_name.is_some() {
            row.campaign_name = found.campaign_name;
        }
    }

    let mut pages = metrica.bytime_pages(&query, "day")?;
    let mut sampled = false;
    while let Some(page) = pages.next_page().await? {
        sampled |= page.response.sampled == Some(true);
        for found in page.interval_rows() {
            let campaign = found.dimensions.first().cloned().unwrap_or_default();
            let id_text = campaign.id.as_deref().unwrap_or_default();
            let campaign_id: i64 = id_text.parse().map_err(|_| {
                JoinError::Answer(format!(
                    "Metrica's {CAMPAIGN_DIMENSION} id {id_text:?} (campaign {:?}) is not a campaign id",
                    campaign.name
                ))
            })?;
            let number = |i: usize| {
                found
                    .metrics
                    .get(i)
                    .map(|cell| (cell.typed(), cell.as_f64()))
            };
            let count = |i: usize| match number(i) {
                Some((Typed::Int(n), _)) => n,
                Some((_, Some(value))) => value.round() as i64,
                _ => 0,
            };
            let figures = MetricaFigures {
                visits: count(0),
                goal_reaches: count(1),
                revenue: number(2).and_then(|(_, value)| value).unwrap_or(0.0),
            };
            if figures == MetricaFigures::default() {
                continue;
            }
            let date = found.interval.start.clone();
            ReportDate::parse(&date).ok_or_else(|| {
                JoinError::Answer(format!("Metrica's interval {date:?} is not a day"))
            })?;
            let row = rows
                .entry((date.clone(), campaign_id))
                .or_insert_with(|| CampaignDay::empty(date, campaign_id));
            let metrica_figures = row.metrica.get_or_insert_with(MetricaFigures::default);
            metrica_figures.visits += figures.visits;
            metrica_figures.goal_reaches += figures.goal_reaches;
            metrica_figures.revenue += figures.revenue;
            if row.campaign_name.is_none() {
                row.campaign_name = campaign.name;
            }
        }
    }

    Ok(CostsTable {
        currency,
        goal_id: request.goal_id,
        attribution: request.attribution.clone(),
        sampled,
        rows: rows.into_values().collect(),
    })
}

impl CampaignDay {
    fn empty(date: String, campaign_id: i64) -> CampaignDay {
        CampaignDay {
            date,
            campaign_id,
            campaign_name: None,
            direct: None,
            metrica: None,
        }
    }
}

/// The Direct account's currency (`Clients.get`, field `Currency`).
async fn account_currency(direct: &yandex_direct::Client) -> Result<String, JoinError> {
    let answer = direct
        .clients()
        .get(GetRequest::new([ClientFieldEnum::Currency]))
        .await?;
    let currency = answer
        .result
        .clients
        .iter()
        .flatten()
        .find_map(|client| client.currency.as_ref())
        .map(|currency| currency.as_str().to_owned())
        .ok_or_else(|| {
            JoinError::Answer("Clients.get named no currency: give the currency".to_owned())
        })?;
    check_currency(&currency)?;
    Ok(currency)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::EndpointParams;

    #[test]
    fn the_metrica_query_is_the_goal_in_the_currency_by_campaign() {
        let request = CostsRequest::new(44147844, 123, "2026-11-01", "2026-11-07")
            .attribution("last_yandex_direct_click")
            .client_login("client-a")
            .page_size(2);
        let query = request.metrica_query("USD").unwrap();
        let params = query.bytime_params("day").unwrap().to_pairs();
        let param = |name: &str| {
            params
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.as_str())
        };
        assert_eq!(
            param("metrics"),
            Some("ym:ad:visits,ym:ad:goal123reaches,ym:ad:goal123convertedUSDRevenue")
        );
        assert_eq!(param("dimensions"), Some(CAMPAIGN_DIMENSION));
        assert_eq!(param("attribution"), Some("last_yandex_direct_click"));
        assert_eq!(param("currency"), Some("USD"));
        assert_eq!(param("direct_client_logins"), Some("client-a"));
        assert_eq!(param("group"), Some("day"));
        assert_eq!(
            (param("date1"), param("date2")),
            (Some("2026-11-01"), Some("2026-11-07"))
        );
        assert_eq!(param("limit"), Some("2"));
    }

    #[test]
    fn a_request_neither_side_could_answer_is_refused() {
        let refused = |request: CostsRequest| match request.check() {
            Err(JoinError::Request(message)) => message,
            other => panic!("not refused: {other:?}"),
        };
        let good = CostsRequest::new(1, 2, "2026-11-01", "2026-11-07");
        assert!(good.check().is_ok());
        assert!(refused(CostsRequest::new(1, 2, "30daysAgo", "2026-11-07")).contains("date1"));
        assert!(refused(CostsRequest::new(1, 2, "2026-11-08", "2026-11-07")).contains("after"));
        assert!(refused(good.clone().currency("rub")).contains("ISO 4217"));
        let mut no_counter = good;
        no_counter.counters.clear();
        assert!(refused(no_counter).contains("counter"));
    }

    #[test]
    fn cost_per_goal_needs_a_cost_and_reaches() {
        let mut day = CampaignDay::empty("2026-11-01".into(), 7);
        assert_eq!(day.cost_per_goal(), None);
        day.direct = Some(DirectFigures {
            impressions: 100,
            clicks: 10,
            cost: Money::from_micros(10_000_000),
        });
        assert_eq!(day.cost_per_goal(), None);
        day.metrica = Some(MetricaFigures::default());
        assert_eq!(day.cost_per_goal(), None, "no reaches");
        day.metrica = Some(MetricaFigures {
            visits: 9,
            goal_reaches: 3,
            revenue: 0.0,
        });
        // 10 / 3 to the nearest micro.
        assert_eq!(day.cost_per_goal(), Some(Money::from_micros(3_333_333)));
    }
}
