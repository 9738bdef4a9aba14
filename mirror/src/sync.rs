//! The sync of one login: the steps, their requests and the batch each writes.

use std::collections::{BTreeSet, HashSet};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use futures_util::stream::{self, StreamExt};

use serde::Serialize;
use serde_json::Value;
use yandex_direct::direct_v5::changes::{
    CampaignChangesInEnum, CheckCampaignsRequest, CheckDictionariesRequest, CheckFieldEnum,
    CheckRequest, CheckResponse,
};
use yandex_direct::direct_v5::general::{LimitOffset, YesNoEnum};
use yandex_direct::direct_v5::{adgroups, ads, campaigns, dictionaries, keywords};
use yandex_direct::prelude::*;
use yandex_direct::{Client, ErrorKind, ResponseMeta};

use crate::storage::{Applied, Batch, LoginState, ObjectKind, Pending, Row, Scope, Storage};
use crate::{Error, LoginReport, Outcome, Progress, Step, SyncOptions};

/// Per-call limits of the API (its documentation's "restrictions" pages).
const CHECK_CAMPAIGN_IDS: usize = 3000;
const CHECK_AD_GROUP_IDS: usize = 10_000;
const CHECK_AD_IDS: usize = 50_000;
const GET_CAMPAIGN_IDS: usize = 1000;
const GET_IDS: usize = 10_000;
/// `CampaignIds` in one `adgroups.get`, `ads.get` or `keywords.get`.
const GET_BY_CAMPAIGNS: usize = 10;
/// `AdGroupIds` in one `keywords.get`.
const GET_BY_AD_GROUPS: usize = 1000;
const PAGE: i64 = 10_000;
/// Requests of one step in flight at once: the API's limit per login (the client's limiter
/// holds the same number).
const IN_FLIGHT: usize = 5;

type Shared = Arc<Mutex<Box<dyn Storage>>>;

pub(crate) fn lock(storage: &Shared) -> MutexGuard<'_, Box<dyn Storage>> {
    storage.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Why a run stopped before its end.
enum Stop {
    Failed(Box<yandex_direct::Error>),
    Unusable(String),
    Storage(crate::StorageError),
}

impl From<yandex_direct::Error> for Stop {
    fn from(e: yandex_direct::Error) -> Self {
        Stop::Failed(Box::new(e))
    }
}

impl From<crate::StorageError> for Stop {
    fn from(e: crate::StorageError) -> Self {
        Stop::Storage(e)
    }
}

pub(crate) struct LoginSync {
    storage: Shared,
    client: Client,
    login: String,
    options: SyncOptions,
    /// Units and requests of the step under way (its requests run concurrently).
    step_units: AtomicI64,
    step_requests: AtomicU64,
    report: LoginReport,
}

fn chunks(ids: &[i64], size: usize) -> impl Iterator<Item = &[i64]> {
    ids.chunks(size.max(1))
}

fn union(parts: &[&[i64]]) -> Vec<i64> {
    parts
        .iter()
        .flat_map(|p| p.iter().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn minus(ids: &[i64], removed: &[i64]) -> Vec<i64> {
    let removed: HashSet<i64> = removed.iter().copied().collect();
    ids.iter()
        .copied()
        .filter(|id| !removed.contains(id))
        .collect()
}

impl LoginSync {
    pub(crate) fn new(storage: Shared, client: Client, login: &str, options: SyncOptions) -> Self {
        LoginSync {
            storage,
            client,
            login: login.to_owned(),
            options,
            step_units: AtomicI64::new(0),
            step_requests: AtomicU64::new(0),
            report: LoginReport {
                login: login.to_owned(),
                full: false,
                outcome: Outcome::Complete,
                applied: Applied::default(),
                units: 0,
                requests: 0,
                steps: Vec::new(),
            },
        }
    }

    fn emit(&self, event: Progress) -> ControlFlow<()> {
        match &self.options.progress {
            Some(hook) => hook(&event),
            None => ControlFlow::Continue(()),
        }
    }

    fn count(&self, meta: &ResponseMeta) {
        self.step_requests.fetch_add(1, Ordering::Relaxed);
        let spent = meta.units.as_ref().map_or(0, |u| u.spent);
        self.step_units.fetch_add(spent, Ordering::Relaxed);
    }

    /// Requests of a step in flight at once: [`SyncOptions::requests_in_flight`], 1 to 5.
    fn width(&self) -> usize {
        self.options
            .requests_in_flight
            .unwrap_or(IN_FLIGHT)
            .clamp(1, IN_FLIGHT)
    }

    fn step_units(&self) -> i64 {
        self.step_units.load(Ordering::Relaxed)
    }

    fn step_requests(&self) -> u64 {
        self.step_requests.load(Ordering::Relaxed)
    }

    pub(crate) async fn run(mut self) -> Result<LoginReport, Error> {
        let login = self.login.clone();
        let mut state = {
            let mut storage = lock(&self.storage);
            storage.start_run(&login)?;
            storage.state(&login)?
        };
        if self.options.full && state.pending.as_ref().is_some_and(|p| !p.full) {
            state.pending = None;
        }
        let full = match &state.pending {
            Some(pending) => pending.full,
            None => self.options.full || state.timestamp.is_none(),
        };
        self.report.full = full;
        if self
            .emit(Progress::Started {
                login: login.clone(),
                full,
            })
            .is_break()
        {
            self.report.outcome = Outcome::Stopped { after: None };
            return Ok(self.report);
        }
        let mut last = None;
        for step in Step::ALL {
            if state
                .pending
                .as_ref()
                .is_some_and(|p| p.done.contains(&step))
            {
                continue;
            }
            let estimate = estimate(step, state.pending.as_ref());
            if let Some(budget) = self.options.units_budget {
                if self.report.units >= budget || self.report.units + estimate > budget {
                    self.report.outcome = Outcome::BudgetReached { next: step };
                    return Ok(self.report);
                }
            }
            let started = Progress::StepStarted {
                login: login.clone(),
                step,
            };
            if self.emit(started).is_break() {
                self.report.outcome = Outcome::Stopped { after: last };
                return Ok(self.report);
            }
            self.step_units.store(0, Ordering::Relaxed);
            self.step_requests.store(0, Ordering::Relaxed);
            let outcome = self.step(step, &state, full).await;
            let batch = match outcome {
                Ok(batch) => batch,
                Err(Stop::Failed(e)) if e.kind() == Some(ErrorKind::UnitsExhausted) => {
                    // The step is not written, but what it spent is logged.
                    let batch = self.batch(step, state.clone());
                    self.write(batch)?;
                    self.report.outcome = Outcome::UnitsExhausted { step };
                    return Ok(self.report);
                }
                Err(Stop::Failed(e)) if matches!(*e, yandex_direct::Error::Quota(_)) => {
                    // The governor's budget (or units left) did not cover the step's next
                    // request: it was not sent, and the step is done again next time.
                    let batch = self.batch(step, state.clone());
                    self.write(batch)?;
                    self.report.outcome = Outcome::BudgetReached { next: step };
                    return Ok(self.report);
                }
                Err(Stop::Failed(source)) => {
                    let batch = self.batch(step, state.clone());
                    self.write(batch)?;
                    return Err(Error::Api {
                        login,
                        step: step.as_str(),
                        source,
                    });
                }
                Err(Stop::Unusable(message)) => {
                    return Err(Error::Unusable {
                        login,
                        step: step.as_str(),
                        message,
                    })
                }
                Err(Stop::Storage(e)) => return Err(e.into()),
            };
            state = batch.state.clone();
            let applied = self.write(batch)?;
            last = Some(step);
            let done = Progress::StepDone {
                login: login.clone(),
                step,
                applied,
                units: self.step_units(),
                requests: self.step_requests(),
            };
            if self.emit(done).is_break() {
                self.report.outcome = Outcome::Stopped { after: last };
                return Ok(self.report);
            }
        }
        Ok(self.report)
    }

    fn batch(&self, step: Step, state: LoginState) -> Batch {
        Batch {
            login: self.login.clone(),
            step: Some(step),
            state,
            units: self.step_units(),
            requests: self.step_requests(),
            ..Batch::default()
        }
    }

    fn write(&mut self, batch: Batch) -> Result<Applied, Error> {
        let applied = lock(&self.storage).apply(&batch)?;
        self.report.applied += applied;
        self.report.units += batch.units;
        self.report.requests += batch.requests;
        if let Some(step) = batch.step {
            self.report.steps.push((step, batch.units, batch.requests));
        }
        Ok(applied)
    }

    fn ids(&self, kind: ObjectKind, scope: Scope<'_>) -> Result<Vec<i64>, Stop> {
        Ok(lock(&self.storage).ids(&self.login, kind, scope)?)
    }

    async fn step(&mut self, step: Step, state: &LoginState, full: bool) -> Result<Batch, Stop> {
        let mut state = state.clone();
        let mut batch = match step {
            Step::Dictionaries => self.dictionaries(&mut state).await?,
            Step::Changes => {
                let pending = if full {
                    self.start_full().await?
                } else {
                    self.changes(&state).await?
                };
                state.pending = Some(pending);
                Batch::default()
            }
            _ => {
                let Some(pending) = state.pending.clone() else {
                    return Err(Stop::Unusable(
                        "no pending sync before the object steps".into(),
                    ));
                };
                let mut batch = if pending.full {
                    self.full_step(step).await?
                } else {
                    self.incremental_step(step, &pending).await?
                };
                if step == Step::Keywords {
                    // The Timestamp is saved with the last of the data it covers.
                    state.timestamp = Some(pending.timestamp.clone());
                    state.pending = None;
                } else if let Some(p) = state.pending.as_mut() {
                    p.done.push(step);
                }
                batch.state = state.clone();
                batch
            }
        };
        if let (Step::Changes, Some(p)) = (step, state.pending.as_mut()) {
            p.done.push(Step::Changes);
        }
        batch.state = state;
        batch.login = self.login.clone();
        batch.step = Some(step);
        batch.units = self.step_units();
        batch.requests = self.step_requests();
        Ok(batch)
    }

    async fn dictionaries(&mut self, state: &mut LoginState) -> Result<Batch, Stop> {
        let mut request = CheckDictionariesRequest::new();
        if let Some(ts) = &state.dictionaries_timestamp {
            request = request.with_timestamp(ts.clone());
        }
        let check = self.client.changes().check_dictionaries(request).await?;
        self.count(&check.meta);
        let changed = state.dictionaries_timestamp.is_none()
            || [
                &check.time_zones_changed,
                &check.regions_changed,
                &check.interests_changed,
            ]
            .iter()
            .any(|flag| !matches!(flag, Some(YesNoEnum::No)));
        let mut batch = Batch::default();
        if changed {
            let names = dictionaries::DictionaryNameEnum::KNOWN
                .iter()
                .filter(|n| n.as_str() != "GeoRegionNames")
                .cloned();
            let response = self
                .client
                .dictionaries()
                .get(dictionaries::GetRequest::new(names))
                .await?;
            self.count(&response.meta);
            let value = to_value(&response.result)?;
            if let Value::Object(map) = value {
                batch.dictionaries = map
                    .into_iter()
                    .map(|(name, value)| (name, value.to_string()))
                    .collect();
            }
        }
        state.dictionaries_timestamp = Some(check.result.timestamp.clone());
        Ok(batch)
    }

    async fn start_full(&mut self) -> Result<Pending, Stop> {
        let check = self
            .client
            .changes()
            .check_dictionaries(CheckDictionariesRequest::new())
            .await?;
        self.count(&check.meta);
        Ok(Pending {
            full: true,
            timestamp: check.result.timestamp.clone(),
            ..Pending::default()
        })
    }

    async fn check(&self, request: CheckRequest) -> Result<CheckResponse, Stop> {
        let response = self.client.changes().check(request).await?;
        self.count(&response.meta);
        let result = response.into_inner();
        if let Some(unprocessed) = &result.unprocessed {
            let n = [
                &unprocessed.campaign_ids,
                &unprocessed.ad_group_ids,
                &unprocessed.ad_ids,
            ]
            .iter()
            .map(|ids| ids.as_ref().map_or(0, Vec::len))
            .sum::<usize>();
            if n > 0 {
                return Err(Stop::Unusable(format!(
                    "changes.check left {n} ids unprocessed (too many changes at once): run the \
                     sync with --full"
                )));
            }
        }
        Ok(result)
    }

    async fn changes(&self, state: &LoginState) -> Result<Pending, Stop> {
        let Some(since) = state.timestamp.clone() else {
            return Err(Stop::Unusable("no saved Timestamp".into()));
        };
        let response = self
            .client
            .changes()
            .check_campaigns(CheckCampaignsRequest::new(since.clone()))
            .await?;
        self.count(&response.meta);
        let timestamp = response.result.timestamp.clone();
        let changed = response.result.campaigns.clone().unwrap_or_default();
        let has =
            |item: &&yandex_direct::direct_v5::changes::CampaignChangesItem,
             what: CampaignChangesInEnum| { item.changes_in.contains(&what) };
        let self_changed: Vec<i64> = changed
            .iter()
            .filter(|c| has(c, CampaignChangesInEnum::Self_))
            .map(|c| c.campaign_id)
            .collect();
        let children_changed: Vec<i64> = changed
            .iter()
            .filter(|c| has(c, CampaignChangesInEnum::Children))
            .map(|c| c.campaign_id)
            .collect();
        let stored_campaigns = self.ids(ObjectKind::Campaign, Scope::All)?;
        // Every stored campaign is checked: a deleted one shows only as `NotFound`.
        let scope = union(&[&stored_campaigns, &self_changed, &children_changed]);
        let (mut campaigns, mut ad_groups, mut ads, mut removed_campaigns) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let checks = chunks(&scope, CHECK_CAMPAIGN_IDS).map(|chunk| {
            let request = CheckRequest::new(
                since.clone(),
                [
                    CheckFieldEnum::CampaignIds,
                    CheckFieldEnum::AdGroupIds,
                    CheckFieldEnum::AdIds,
                ],
            )
            .with_campaign_ids(chunk.to_vec());
            self.check(request)
        });
        for result in in_flight(self.width(), checks).await {
            let result = result?;
            if let Some(m) = result.modified {
                campaigns.extend(m.campaign_ids.unwrap_or_default());
                ad_groups.extend(m.ad_group_ids.unwrap_or_default());
                ads.extend(m.ad_ids.unwrap_or_default());
            }
            if let Some(n) = result.not_found {
                removed_campaigns.extend(n.campaign_ids.unwrap_or_default());
            }
        }
        let campaigns = minus(&union(&[&campaigns, &self_changed]), &removed_campaigns);
        // Ad groups deleted from campaigns that still exist: `NotFound` of a check by ids.
        let stored_campaign_set: HashSet<i64> = stored_campaigns.iter().copied().collect();
        let children: Vec<i64> = minus(&children_changed, &removed_campaigns)
            .into_iter()
            .filter(|c| stored_campaign_set.contains(c))
            .collect();
        let stored_groups = self.ids(ObjectKind::AdGroup, Scope::Campaigns(&children))?;
        let mut removed_ad_groups = Vec::new();
        let checks = chunks(&stored_groups, CHECK_AD_GROUP_IDS).map(|chunk| {
            let request = CheckRequest::new(since.clone(), [CheckFieldEnum::AdGroupIds])
                .with_ad_group_ids(chunk.to_vec());
            self.check(request)
        });
        for result in in_flight(self.width(), checks).await {
            let result = result?;
            if let Some(n) = result.not_found {
                removed_ad_groups.extend(n.ad_group_ids.unwrap_or_default());
            }
        }
        let ad_groups = minus(&union(&[&ad_groups]), &removed_ad_groups);
        // Ads deleted from campaigns whose children changed: a deleted ad marks neither its ad
        // group nor anything else as changed (`check` reports ad groups for changes in groups
        // and keywords only), so it shows only as `NotFound` of a check by ad ids.
        let stored_ads = self.ids(ObjectKind::Ad, Scope::Campaigns(&children))?;
        let mut removed_ads = Vec::new();
        let checks = chunks(&stored_ads, CHECK_AD_IDS).map(|chunk| {
            let request = CheckRequest::new(since.clone(), [CheckFieldEnum::AdIds])
                .with_ad_ids(chunk.to_vec());
            self.check(request)
        });
        for result in in_flight(self.width(), checks).await {
            let result = result?;
            if let Some(n) = result.not_found {
                removed_ads.extend(n.ad_ids.unwrap_or_default());
            }
        }
        let ads = minus(&union(&[&ads]), &removed_ads);
        Ok(Pending {
            full: false,
            timestamp,
            since: Some(since),
            done: Vec::new(),
            campaigns,
            removed_campaigns,
            ad_groups,
            removed_ad_groups,
            ads,
            removed_ads,
        })
    }

    async fn full_step(&self, step: Step) -> Result<Batch, Stop> {
        let mut batch = Batch::default();
        let kind = match step {
            Step::Campaigns => {
                let items = self.get_campaigns(None).await?;
                batch.upserts = rows(ObjectKind::Campaign, items)?;
                ObjectKind::Campaign
            }
            _ => {
                let kind = match step {
                    Step::AdGroups => ObjectKind::AdGroup,
                    Step::Ads => ObjectKind::Ad,
                    _ => ObjectKind::Keyword,
                };
                let campaigns = self.ids(ObjectKind::Campaign, Scope::All)?;
                let fetches = chunks(&campaigns, GET_BY_CAMPAIGNS).map(|chunk| {
                    self.get_children(kind, By::Campaigns(chunk.to_vec()), Select::All)
                });
                for items in in_flight(self.width(), fetches).await {
                    batch.upserts.extend(rows(kind, items?)?);
                }
                kind
            }
        };
        batch.replace = vec![kind];
        Ok(batch)
    }

    async fn incremental_step(&self, step: Step, pending: &Pending) -> Result<Batch, Stop> {
        let mut batch = Batch::default();
        let (kind, wanted, removed) = match step {
            Step::Campaigns => (
                ObjectKind::Campaign,
                &pending.campaigns,
                &pending.removed_campaigns,
            ),
            Step::AdGroups => (
                ObjectKind::AdGroup,
                &pending.ad_groups,
                &pending.removed_ad_groups,
            ),
            Step::Ads => (ObjectKind::Ad, &pending.ads, &pending.removed_ads),
            _ => return self.incremental_keywords(pending).await,
        };
        batch.removals = removed.iter().map(|id| (kind, *id)).collect();
        let size = if kind == ObjectKind::Campaign {
            GET_CAMPAIGN_IDS
        } else {
            GET_IDS
        };
        let mut found = HashSet::new();
        let fetches = chunks(wanted, size).map(|chunk| async move {
            match kind {
                ObjectKind::Campaign => self.get_campaigns(Some(chunk.to_vec())).await,
                _ => {
                    self.get_children(kind, By::Ids(chunk.to_vec()), Select::All)
                        .await
                }
            }
        });
        for items in in_flight(self.width(), fetches).await {
            let chunk_rows = rows(kind, items?)?;
            found.extend(chunk_rows.iter().map(|(_, r)| r.id));
            batch.upserts.extend(chunk_rows);
        }
        // Reported changed but gone by the time of the get: deleted meanwhile.
        batch.removals.extend(
            wanted
                .iter()
                .filter(|id| !found.contains(id))
                .map(|id| (kind, *id)),
        );
        Ok(batch)
    }

    async fn incremental_keywords(&self, pending: &Pending) -> Result<Batch, Stop> {
        let mut batch = Batch::default();
        let since = pending.since.clone();
        let groups: Vec<&[i64]> = chunks(&pending.ad_groups, GET_BY_AD_GROUPS).collect();
        // Two requests a chunk, all in flight together: the ids that exist now (one unit per
        // 2000 keywords; the others were deleted), and the keywords changed since the Timestamp.
        let fetches = groups.iter().flat_map(|chunk| {
            let changed = match &since {
                Some(since) => Select::ModifiedSince(since.clone()),
                None => Select::All,
            };
            [Select::IdsOnly, changed].map(|select| {
                self.get_children(ObjectKind::Keyword, By::AdGroups(chunk.to_vec()), select)
            })
        });
        let mut results = in_flight(self.width(), fetches).await.into_iter();
        for chunk in groups {
            let (Some(existing), Some(changed)) = (results.next(), results.next()) else {
                return Err(Stop::Unusable("a keyword listing got no answer".into()));
            };
            let existing: HashSet<i64> = existing?
                .iter()
                .filter_map(|k| k.get("Id").and_then(Value::as_i64))
                .collect();
            let stored = self.ids(ObjectKind::Keyword, Scope::AdGroups(chunk))?;
            batch.removals.extend(
                stored
                    .into_iter()
                    .filter(|id| !existing.contains(id))
                    .map(|id| (ObjectKind::Keyword, id)),
            );
            batch.upserts.extend(rows(ObjectKind::Keyword, changed?)?);
        }
        Ok(batch)
    }

    async fn get_campaigns(&self, ids: Option<Vec<i64>>) -> Result<Vec<Value>, Stop> {
        let fields = campaigns::CampaignFieldEnum::KNOWN
            .iter()
            .filter(|f| f.as_str() != "Statistics")
            .cloned();
        let mut request = campaign_request(fields).with_page(LimitOffset::new().with_limit(PAGE));
        if let Some(ids) = ids {
            request = request.with_selection_criteria(
                campaigns::CampaignsSelectionCriteria::new().with_ids(ids),
            );
        }
        let client = self.client.clone();
        let mut pages = client.campaigns().pages(request);
        let mut out = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page?;
            self.count(&page.meta);
            for item in page.result.campaigns.iter().flatten() {
                out.push(to_value(item)?);
            }
        }
        Ok(out)
    }

    async fn get_children(
        &self,
        kind: ObjectKind,
        by: By,
        select: Select,
    ) -> Result<Vec<Value>, Stop> {
        let mut out = Vec::new();
        match kind {
            ObjectKind::AdGroup => {
                let mut criteria = adgroups::AdGroupsSelectionCriteria::new();
                match by {
                    By::Ids(ids) => criteria = criteria.with_ids(ids),
                    By::Campaigns(ids) => criteria = criteria.with_campaign_ids(ids),
                    By::AdGroups(_) => {}
                }
                let request =
                    ad_group_request(criteria).with_page(LimitOffset::new().with_limit(PAGE));
                let client = self.client.clone();
                let mut pages = client.adgroups().pages(request);
                while let Some(page) = pages.next().await {
                    let page = page?;
                    self.count(&page.meta);
                    for item in page.result.ad_groups.iter().flatten() {
                        out.push(to_value(item)?);
                    }
                }
            }
            ObjectKind::Ad => {
                let mut criteria = ads::AdsSelectionCriteria::new();
                match by {
                    By::Ids(ids) => criteria = criteria.with_ids(ids),
                    By::Campaigns(ids) => criteria = criteria.with_campaign_ids(ids),
                    By::AdGroups(ids) => criteria = criteria.with_ad_group_ids(ids),
                }
                let request = ad_request(criteria).with_page(LimitOffset::new().with_limit(PAGE));
                let client = self.client.clone();
                let mut pages = client.ads().pages(request);
                while let Some(page) = pages.next().await {
                    let page = page?;
                    self.count(&page.meta);
                    for item in page.result.ads.iter().flatten() {
                        out.push(to_value(item)?);
                    }
                }
            }
            _ => {
                let mut criteria = keywords::KeywordsSelectionCriteria::new();
                match by {
                    By::Ids(ids) => criteria = criteria.with_ids(ids),
                    By::Campaigns(ids) => criteria = criteria.with_campaign_ids(ids),
                    By::AdGroups(ids) => criteria = criteria.with_ad_group_ids(ids),
                }
                if let Select::ModifiedSince(since) = &select {
                    criteria = criteria.with_modified_since(since.clone());
                }
                let fields: Vec<keywords::KeywordFieldEnum> = match select {
                    Select::IdsOnly => vec![keywords::KeywordFieldEnum::Id],
                    // Statistics would make every keyword look changed and cost three times
                    // as much: the mirror keeps settings; statistics come from Reports.
                    _ => keywords::KeywordFieldEnum::KNOWN
                        .iter()
                        .filter(|f| {
                            !matches!(
                                f.as_str(),
                                "Productivity" | "StatisticsSearch" | "StatisticsNetwork"
                            )
                        })
                        .cloned()
                        .collect(),
                };
                let request = keywords::GetRequest::new(criteria, fields)
                    .with_page(LimitOffset::new().with_limit(PAGE));
                let client = self.client.clone();
                let mut pages = client.keywords().pages(request);
                while let Some(page) = pages.next().await {
                    let page = page?;
                    self.count(&page.meta);
                    for item in page.result.keywords.iter().flatten() {
                        out.push(to_value(item)?);
                    }
                }
            }
        }
        Ok(out)
    }
}

/// `campaigns.get` of `fields` and of every field of every campaign type: nothing of a
/// dynamic text, smart, mobile app, CPM banner or unified campaign is left out. The test
/// `requests_name_every_type_specific_list_of_the_schema` fails when a regenerated schema adds a
/// list this does not ask for.
fn campaign_request(
    fields: impl IntoIterator<Item = campaigns::CampaignFieldEnum>,
) -> campaigns::GetRequest {
    use campaigns::*;
    GetRequest::new(fields)
        .with_text_campaign_field_names(TextCampaignFieldEnum::KNOWN.to_vec())
        .with_text_campaign_search_strategy_placement_types_field_names(
            TextCampaignSearchStrategyPlacementTypesFieldEnum::KNOWN.to_vec(),
        )
        .with_mobile_app_campaign_field_names(MobileAppCampaignFieldEnum::KNOWN.to_vec())
        .with_dynamic_text_campaign_field_names(DynamicTextCampaignFieldEnum::KNOWN.to_vec())
        .with_dynamic_text_campaign_search_strategy_placement_types_field_names(
            DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum::KNOWN.to_vec(),
        )
        .with_cpm_banner_campaign_field_names(CpmBannerCampaignFieldEnum::KNOWN.to_vec())
        .with_smart_campaign_field_names(SmartCampaignFieldEnum::KNOWN.to_vec())
        .with_unified_campaign_field_names(UnifiedCampaignFieldEnum::KNOWN.to_vec())
        .with_unified_campaign_search_strategy_placement_types_field_names(
            UnifiedCampaignSearchStrategyPlacementTypesFieldEnum::KNOWN.to_vec(),
        )
        .with_unified_campaign_package_bidding_strategy_platforms_field_names(
            UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum::KNOWN.to_vec(),
        )
}

/// `adgroups.get` of every field, type-specific ones of every ad group type included.
fn ad_group_request(criteria: adgroups::AdGroupsSelectionCriteria) -> adgroups::GetRequest {
    use adgroups::*;
    use yandex_direct::direct_v5::general::{
        AutotargetingBrandOptionsFieldEnum, AutotargetingCategoriesFieldEnum,
    };
    GetRequest::new(criteria, AdGroupFieldEnum::KNOWN.to_vec())
        .with_mobile_app_ad_group_field_names(MobileAppAdGroupFieldEnum::KNOWN.to_vec())
        .with_dynamic_text_ad_group_field_names(DynamicTextAdGroupFieldEnum::KNOWN.to_vec())
        .with_dynamic_text_feed_ad_group_field_names(
            DynamicTextFeedAdGroupFieldEnum::KNOWN.to_vec(),
        )
        .with_autotargeting_settings_categories_field_names(
            AutotargetingCategoriesFieldEnum::KNOWN.to_vec(),
        )
        .with_autotargeting_settings_brand_options_field_names(
            AutotargetingBrandOptionsFieldEnum::KNOWN.to_vec(),
        )
        .with_smart_ad_group_field_names(SmartAdGroupFieldEnum::KNOWN.to_vec())
        .with_text_ad_group_feed_params_field_names(TextAdGroupFeedParamsFieldEnum::KNOWN.to_vec())
        .with_unified_ad_group_field_names(UnifiedAdGroupFieldEnum::KNOWN.to_vec())
}

/// `ads.get` of every field, type-specific ones of every ad type included.
fn ad_request(criteria: ads::AdsSelectionCriteria) -> ads::GetRequest {
    use ads::*;
    GetRequest::new(criteria, AdFieldEnum::KNOWN.to_vec())
        .with_text_ad_field_names(TextAdFieldEnum::KNOWN.to_vec())
        .with_text_ad_price_extension_field_names(TextAdPriceExtensionFieldEnum::KNOWN.to_vec())
        .with_mobile_app_ad_field_names(MobileAppAdFieldEnum::KNOWN.to_vec())
        .with_dynamic_text_ad_field_names(DynamicTextAdFieldEnum::KNOWN.to_vec())
        .with_text_image_ad_field_names(TextImageAdFieldEnum::KNOWN.to_vec())
        .with_mobile_app_image_ad_field_names(MobileAppImageAdFieldEnum::KNOWN.to_vec())
        .with_text_ad_builder_ad_field_names(TextAdBuilderAdFieldEnum::KNOWN.to_vec())
        .with_mobile_app_ad_builder_ad_field_names(MobileAppAdBuilderAdFieldEnum::KNOWN.to_vec())
        .with_mobile_app_cpc_video_ad_builder_ad_field_names(
            MobileAppCpcVideoAdBuilderAdFieldEnum::KNOWN.to_vec(),
        )
        .with_cpm_banner_ad_builder_ad_field_names(CpmBannerAdBuilderAdFieldEnum::KNOWN.to_vec())
        .with_cpc_video_ad_builder_ad_field_names(CpcVideoAdBuilderAdFieldEnum::KNOWN.to_vec())
        .with_cpm_video_ad_builder_ad_field_names(CpmVideoAdBuilderAdFieldEnum::KNOWN.to_vec())
        .with_smart_ad_builder_ad_field_names(SmartAdBuilderAdFieldEnum::KNOWN.to_vec())
        .with_shopping_ad_field_names(ShoppingAdFieldEnum::KNOWN.to_vec())
        .with_listing_ad_field_names(ListingAdFieldEnum::KNOWN.to_vec())
        .with_responsive_ad_field_names(ResponsiveAdFieldEnum::KNOWN.to_vec())
}

/// Runs `fetches` with up to `width` at once and gives their results in the order of
/// `fetches` (not of completion): what a step writes does not depend on timing. Every fetch runs
/// to its end, so the units of each answered request are counted even when another fails.
async fn in_flight<F, T>(width: usize, fetches: impl IntoIterator<Item = F>) -> Vec<T>
where
    F: std::future::Future<Output = T>,
{
    stream::iter(fetches).buffered(width).collect().await
}

/// Which keywords (and fields) a `keywords.get` asks for.
enum Select {
    /// All of them, every field but statistics.
    All,
    /// Only their ids.
    IdsOnly,
    /// Those changed since a Timestamp.
    ModifiedSince(String),
}

/// How objects are selected.
enum By {
    Ids(Vec<i64>),
    Campaigns(Vec<i64>),
    AdGroups(Vec<i64>),
}

/// Units a step is expected to cost at least: one per object it fetches by id.
fn estimate(step: Step, pending: Option<&Pending>) -> i64 {
    let Some(p) = pending.filter(|p| !p.full) else {
        return 0;
    };
    match step {
        Step::Campaigns => p.campaigns.len() as i64,
        Step::AdGroups => p.ad_groups.len() as i64,
        Step::Ads => p.ads.len() as i64,
        _ => 0,
    }
}

fn to_value(item: &impl Serialize) -> Result<Value, Stop> {
    serde_json::to_value(item).map_err(|e| Stop::Unusable(format!("encoding an object: {e}")))
}

fn rows(kind: ObjectKind, items: Vec<Value>) -> Result<Vec<(ObjectKind, Row)>, Stop> {
    items
        .iter()
        .map(|item| {
            Row::from_value(kind, item)
                .map(|row| (kind, row))
                .ok_or_else(|| {
                    Stop::Unusable(format!(
                        "an object of `{}` without a numeric `Id`: {}",
                        kind.table(),
                        item.to_string().chars().take(200).collect::<String>()
                    ))
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_types(module: &str) -> Vec<Value> {
        let path = format!(
            "{}/../schema/direct_v5/{module}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let schema: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        schema["types"].as_array().cloned().unwrap_or_default()
    }

    /// The values of enum `name` (`general:X` in the general module).
    fn enum_values(module: &str, name: &str) -> Vec<String> {
        let (module, name) = name.split_once(':').unwrap_or((module, name));
        let types = schema_types(module);
        let found = types
            .iter()
            .find(|t| t["name"] == name)
            .unwrap_or_else(|| panic!("{module}: no type {name}"));
        found["values"]
            .as_array()
            .unwrap_or_else(|| panic!("{module}: {name} is not an enum"))
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Every `...FieldNames` list of the schema's `GetRequest` is in the request, with every
    /// value of its enum: a campaign, ad group or ad of any type comes with all its fields.
    fn assert_every_list(module: &str, request: Value) {
        let types = schema_types(module);
        let get = types
            .iter()
            .find(|t| t["name"] == "GetRequest")
            .unwrap_or_else(|| panic!("{module}: no GetRequest"));
        let lists: Vec<&Value> = get["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| {
                f["name"]
                    .as_str()
                    .is_some_and(|n| n.ends_with("FieldNames"))
            })
            .collect();
        assert!(lists.len() > 3, "{module}: {} lists", lists.len());
        for list in lists {
            let name = list["name"].as_str().unwrap_or_default();
            let mut sent: Vec<String> = request[name]
                .as_array()
                .unwrap_or_else(|| panic!("{module}.get does not ask for {name}"))
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .collect();
            let mut all = enum_values(module, list["type"].as_str().unwrap_or_default());
            if name == "FieldNames" && module == "campaigns" {
                all.retain(|f| f != "Statistics");
            }
            sent.sort();
            all.sort();
            assert_eq!(sent, all, "{module}.get {name}");
        }
    }

    #[test]
    fn requests_name_every_type_specific_list_of_the_schema() {
        let fields = campaigns::CampaignFieldEnum::KNOWN
            .iter()
            .filter(|f| f.as_str() != "Statistics")
            .cloned();
        let campaign = serde_json::to_value(campaign_request(fields)).unwrap();
        assert_every_list("campaigns", campaign);
        let ad_group = ad_group_request(adgroups::AdGroupsSelectionCriteria::new());
        assert_every_list("adgroups", serde_json::to_value(ad_group).unwrap());
        let ad = ad_request(ads::AdsSelectionCriteria::new());
        assert_every_list("ads", serde_json::to_value(ad).unwrap());
    }
}
