//! The fake server's objects: campaigns, ad groups, ads and keywords of one advertiser, with a
//! logical clock that the Changes service reads.

use std::collections::{BTreeMap, HashSet};

use serde_json::{json, Map, Value};

/// An API error answered for a whole call: code, string, detail.
pub type CallError = (i64, String, String);

fn invalid(detail: impl Into<String>) -> CallError {
    (8000, "Invalid request".to_owned(), detail.into())
}

/// The `Page` of a `get`: its limit (10,000 when absent) and offset (0), or the error the API
/// gives for a limit outside 1..10000 or a negative offset.
pub(crate) fn page(params: &Value) -> Result<(usize, usize), CallError> {
    let page = params.get("Page");
    let limit = page
        .and_then(|p| p.get("Limit"))
        .and_then(Value::as_i64)
        .unwrap_or(10_000);
    let offset = page
        .and_then(|p| p.get("Offset"))
        .and_then(Value::as_i64)
        .unwrap_or(0);
    if !(1..=10_000).contains(&limit) || offset < 0 {
        return Err(invalid(
            "Page.Limit must be 1..10000 and Page.Offset not negative",
        ));
    }
    Ok((
        usize::try_from(limit).unwrap_or(10_000),
        usize::try_from(offset).unwrap_or(0),
    ))
}

/// The kinds of objects the fake server keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Campaigns.
    Campaign,
    /// AdGroups.
    AdGroup,
    /// Ads.
    Ad,
    /// Keywords.
    Keyword,
}

impl Kind {
    /// The kind served at `endpoint`.
    pub fn from_endpoint(endpoint: &str) -> Option<Kind> {
        Some(match endpoint {
            "campaigns" => Kind::Campaign,
            "adgroups" => Kind::AdGroup,
            "ads" => Kind::Ad,
            "keywords" => Kind::Keyword,
            _ => return None,
        })
    }

    /// The collection key of requests and get responses.
    pub fn collection(self) -> &'static str {
        match self {
            Kind::Campaign => "Campaigns",
            Kind::AdGroup => "AdGroups",
            Kind::Ad => "Ads",
            Kind::Keyword => "Keywords",
        }
    }

    fn first_id(self) -> i64 {
        // Realistic sizes: keyword ids no longer fit in 32 bits.
        match self {
            Kind::Campaign => 70_000_001,
            Kind::AdGroup => 5_100_000_001,
            Kind::Ad => 15_000_000_001,
            Kind::Keyword => 40_000_000_001,
        }
    }
}

/// One stored object.
#[derive(Debug, Clone)]
pub struct Obj {
    /// Its fields as the API shows them.
    pub fields: Map<String, Value>,
    /// The clock value of its last change.
    pub modified: u64,
    /// The clock value of the last change of anything inside it (campaigns, ad groups).
    pub children_modified: u64,
    /// Its campaign.
    pub campaign_id: Option<i64>,
    /// Its ad group.
    pub ad_group_id: Option<i64>,
}

/// Everything one advertiser has.
#[derive(Debug, Default)]
pub struct Store {
    /// Bumped by every change.
    pub clock: u64,
    next_ids: BTreeMap<Kind, i64>,
    /// The objects by kind and id. Change them through the methods: a parent changed here
    /// directly is not seen by `get`'s lookups by parent until the clock moves.
    pub objects: BTreeMap<Kind, BTreeMap<i64, Obj>>,
    /// The children of each campaign and ad group, by kind, built at the clock value it holds
    /// (every change moves the clock): a `get` by parent does not walk every object.
    parents: Option<(u64, ParentIndex)>,
    /// The objects of the services kept by the generic, schema-driven store (bids set,
    /// sitelinks, vCards, feeds, retargeting lists, ...).
    pub generic: crate::generic::GenericObjects,
    /// The advertiser's login (what `clients.get` answers).
    pub login: String,
    /// The clock value of the last change of the dictionaries (regions, time zones, interests),
    /// what `changes.checkDictionaries` reports.
    pub dictionaries_modified: u64,
}

/// The most ids one `changes.check` call takes, per kind (the API's documented limits).
pub const CHECK_LIMITS: [(&str, usize); 3] = [
    ("CampaignIds", 3000),
    ("AdGroupIds", 10_000),
    ("AdIds", 50_000),
];

/// The most ids a `get` takes in one selection criterion, by kind: (`Ids`, `CampaignIds`,
/// `AdGroupIds`), as the API documents them.
pub fn get_limits(kind: Kind) -> (usize, usize, usize) {
    match kind {
        Kind::Campaign => (1000, 1000, 0),
        Kind::AdGroup => (10_000, 10, 0),
        Kind::Ad | Kind::Keyword => (10_000, 10, 1000),
    }
}

/// Keywords.get costs one unit per 2000 keywords when no statistics are asked for, three per
/// 2000 with statistics (the API's rule since 2020); other `get`s cost one unit per object.
pub fn object_units(endpoint: &str, method: &str, params: &Value, objects: i64) -> i64 {
    if endpoint == "keywords" && method == "get" {
        let stats = strings(params.get("FieldNames"))
            .unwrap_or_default()
            .iter()
            .any(|f| {
                matches!(
                    f.as_str(),
                    "Productivity" | "StatisticsSearch" | "StatisticsNetwork"
                )
            });
        return objects / 2000 * if stats { 3 } else { 1 };
    }
    objects
}

/// Ids of the objects of a kind inside each campaign and each ad group.
#[derive(Debug, Default)]
struct ParentIndex {
    by_campaign: std::collections::HashMap<(Kind, i64), Vec<i64>>,
    by_ad_group: std::collections::HashMap<(Kind, i64), Vec<i64>>,
}

/// 2024-01-01T00:00:00Z: the fake server's clock value 0.
const EPOCH: i64 = 1_704_067_200;

/// Formats clock value `clock` as a Changes `Timestamp` (`YYYY-MM-DDThh:mm:ssZ`).
pub fn timestamp(clock: u64) -> String {
    let secs = EPOCH + clock as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Parses a Changes `Timestamp` back into a clock value (earlier times give 0).
pub fn parse_timestamp(text: &str) -> Option<u64> {
    let t = text.trim().trim_end_matches('Z');
    let (date, time) = t.split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i64>());
    let (y, m, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
    let mut h = time.split(':').map(|p| p.parse::<i64>());
    let (hh, mm, ss) = (h.next()?.ok()?, h.next()?.ok()?, h.next()?.ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    let secs = days_from_civil(y, m, day) * 86_400 + hh * 3600 + mm * 60 + ss;
    Some((secs - EPOCH).max(0) as u64)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

use crate::validate::{self, item_error};

fn not_found(what: &str) -> Value {
    item_error(8800, "Object not found", what)
}

fn is_archived(obj: &Obj) -> bool {
    obj.fields.get("State").and_then(Value::as_str) == Some("ARCHIVED")
}

/// An archived object cannot be changed: code 8300 as in the recorded real answers
/// (`samples/direct-v5/radanisk/{suspend,resume}_error_results.json`: "Invalid object status",
/// "changing an archived campaign is not allowed").
fn archived(kind: Kind) -> Value {
    item_error(
        8300,
        "Invalid object status",
        &format!(
            "an archived object of {} cannot be changed",
            kind.collection()
        ),
    )
}

fn ids(value: Option<&Value>) -> Option<Vec<i64>> {
    value?
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
}

fn strings(value: Option<&Value>) -> Option<Vec<String>> {
    value?.as_array().map(|a| {
        a.iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    })
}

/// `TextCampaign` -> `TEXT_CAMPAIGN`.
fn screaming(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// The key of the type-specific part of an item (`TextCampaign`, `TextAd`, `MobileAppAdGroup`).
fn subtype_key(kind: Kind, item: &Map<String, Value>) -> Option<String> {
    let suffix = match kind {
        Kind::Campaign => "Campaign",
        Kind::AdGroup => "AdGroup",
        Kind::Ad => "Ad",
        Kind::Keyword => return None,
    };
    item.iter()
        .find(|(k, v)| k.ends_with(suffix) && v.is_object())
        .map(|(k, _)| k.clone())
}

impl Store {
    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn next_id(&mut self, kind: Kind) -> i64 {
        let next = self.next_ids.entry(kind).or_insert_with(|| kind.first_id());
        let id = *next;
        *next += 1;
        id
    }

    fn table(&mut self, kind: Kind) -> &mut BTreeMap<i64, Obj> {
        self.objects.entry(kind).or_default()
    }

    /// The objects of `kind`, in id order.
    pub fn list(&self, kind: Kind) -> Vec<&Obj> {
        self.objects
            .get(&kind)
            .map(|t| t.values().collect())
            .unwrap_or_default()
    }

    /// The ids of `kind` inside the given campaigns or ad groups, in id order; `None` when
    /// neither is given (or for campaigns).
    fn children(
        &mut self,
        kind: Kind,
        campaigns: Option<&HashSet<i64>>,
        ad_groups: Option<&HashSet<i64>>,
    ) -> Option<Vec<i64>> {
        if kind == Kind::Campaign || (campaigns.is_none() && ad_groups.is_none()) {
            return None;
        }
        if self
            .parents
            .as_ref()
            .is_none_or(|(clock, _)| *clock != self.clock)
        {
            let mut index = ParentIndex::default();
            for (kind, table) in &self.objects {
                for (id, obj) in table {
                    if let Some(c) = obj.campaign_id {
                        index.by_campaign.entry((*kind, c)).or_default().push(*id);
                    }
                    if let Some(g) = obj.ad_group_id {
                        index.by_ad_group.entry((*kind, g)).or_default().push(*id);
                    }
                }
            }
            self.parents = Some((self.clock, index));
        }
        let (_, index) = self.parents.as_ref()?;
        let (map, parents) = match (ad_groups, campaigns) {
            (Some(groups), _) => (&index.by_ad_group, groups),
            (None, Some(campaigns)) => (&index.by_campaign, campaigns),
            (None, None) => return None,
        };
        let mut ids: Vec<i64> = parents
            .iter()
            .filter_map(|p| map.get(&(kind, *p)))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        Some(ids)
    }

    fn get_obj(&self, kind: Kind, id: i64) -> Option<&Obj> {
        self.objects.get(&kind)?.get(&id)
    }

    /// Stores a new object `id` of `kind` with `fields`, the `defaults` filling what they lack,
    /// under its `(campaign, ad group)` parents, changed at `now`.
    fn put_new(
        &mut self,
        kind: Kind,
        id: i64,
        mut fields: Map<String, Value>,
        defaults: Vec<(&str, Value)>,
        (campaign_id, ad_group_id): (Option<i64>, Option<i64>),
        now: u64,
    ) {
        for (key, value) in defaults {
            fields.entry(key.to_owned()).or_insert(value);
        }
        self.table(kind).insert(
            id,
            Obj {
                fields,
                modified: now,
                children_modified: 0,
                campaign_id,
                ad_group_id,
            },
        );
        self.touch_parents(kind, campaign_id, ad_group_id, now);
    }

    /// Marks the parents of a changed object of `kind` as having changed children: its
    /// campaign always; its ad group only for a keyword. The API's `check` reports an ad group
    /// for changes "in ad groups and keywords, not in ads": a changed, added or deleted ad
    /// shows in `AdIds` (or `NotFound`) only.
    fn touch_parents(
        &mut self,
        kind: Kind,
        campaign_id: Option<i64>,
        ad_group_id: Option<i64>,
        now: u64,
    ) {
        if let Some(cid) = campaign_id {
            if let Some(c) = self.table(Kind::Campaign).get_mut(&cid) {
                c.children_modified = now;
            }
        }
        if kind != Kind::Keyword {
            return;
        }
        if let Some(gid) = ad_group_id {
            if let Some(g) = self.table(Kind::AdGroup).get_mut(&gid) {
                g.children_modified = now;
            }
        }
    }

    /// Runs `method` of the service at `endpoint` with checked `params`.
    pub fn execute(
        &mut self,
        endpoint: &str,
        method: &str,
        params: &Value,
    ) -> Result<Value, CallError> {
        if endpoint == "changes" {
            return self.changes(method, params);
        }
        let Some(kind) = Kind::from_endpoint(endpoint) else {
            return self.execute_generic(endpoint, method, params);
        };
        match method {
            "get" => self.get(kind, params),
            "add" => Ok(self.add(kind, params)),
            "update" => Ok(self.update(kind, params)),
            "delete" | "suspend" | "resume" | "archive" | "unarchive" | "moderate" => {
                Ok(self.by_ids(kind, method, params))
            }
            _ => Err((
                3500,
                "Not supported".to_owned(),
                format!("the fake server does not implement `{endpoint}.{method}`"),
            )),
        }
    }

    fn get(&mut self, kind: Kind, params: &Value) -> Result<Value, CallError> {
        let criteria = params
            .get("SelectionCriteria")
            .cloned()
            .unwrap_or(json!({}));
        let want_ids = ids(criteria.get("Ids"));
        let campaign_ids = ids(criteria.get("CampaignIds"));
        let ad_group_ids = ids(criteria.get("AdGroupIds"));
        let (max_ids, max_campaigns, max_groups) = get_limits(kind);
        for (key, given, max) in [
            ("Ids", &want_ids, max_ids),
            ("CampaignIds", &campaign_ids, max_campaigns),
            ("AdGroupIds", &ad_group_ids, max_groups),
        ] {
            let n = given.as_ref().map_or(0, Vec::len);
            if n > 0 && max == 0 {
                return Err(invalid(format!(
                    "SelectionCriteria.{key} is not accepted by {}.get",
                    kind.collection()
                )));
            }
            if n > max && max > 0 {
                return Err(invalid(format!(
                    "SelectionCriteria.{key}: at most {max} ids per call, {n} given"
                )));
            }
        }
        let modified_since = match criteria.get("ModifiedSince").and_then(Value::as_str) {
            Some(text) => Some(parse_timestamp(text).ok_or_else(|| {
                invalid(format!(
                    "SelectionCriteria.ModifiedSince `{text}` is not YYYY-MM-DDThh:mm:ssZ"
                ))
            })?),
            None => None,
        };
        let want_ids: Option<HashSet<i64>> = want_ids.map(|v| v.into_iter().collect());
        let campaign_ids: Option<HashSet<i64>> = campaign_ids.map(|v| v.into_iter().collect());
        let ad_group_ids: Option<HashSet<i64>> = ad_group_ids.map(|v| v.into_iter().collect());
        let states = strings(criteria.get("States"));
        let statuses = strings(criteria.get("Statuses"));
        let field_names = strings(params.get("FieldNames")).unwrap_or_default();
        let (limit, offset) = page(params)?;
        // Type-specific field lists: `TextCampaignFieldNames` selects fields of `TextCampaign`.
        let sub_fields: Vec<(String, Vec<String>)> = params
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| k.ends_with("FieldNames") && k.as_str() != "FieldNames")
            .map(|(k, v)| {
                (
                    k.trim_end_matches("FieldNames").to_owned(),
                    strings(Some(v)).unwrap_or_default(),
                )
            })
            .collect();
        let field = |obj: &Obj, name: &str| {
            obj.fields
                .get(name)
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        // Looked up by id or through the parent index, as a database would, rather than by
        // a scan of the whole table: a get of a few ids costs what those ids cost.
        let by_parent = self.children(kind, campaign_ids.as_ref(), ad_group_ids.as_ref());
        let candidates: Vec<&Obj> = match (&want_ids, by_parent) {
            (Some(wanted), _) => {
                let mut ids: Vec<i64> = wanted.iter().copied().collect();
                ids.sort_unstable();
                ids.iter()
                    .filter_map(|id| self.get_obj(kind, *id))
                    .collect()
            }
            (None, Some(ids)) => ids
                .iter()
                .filter_map(|id| self.get_obj(kind, *id))
                .collect(),
            (None, None) => self.list(kind),
        };
        let matching: Vec<&Obj> = candidates
            .into_iter()
            .filter(|o| {
                // The id is read from the fields only when a criterion needs it: this filter
                // runs over every stored object for each page.
                let id = || o.fields.get("Id").and_then(Value::as_i64).unwrap_or(0);
                want_ids.as_ref().is_none_or(|w| w.contains(&id()))
                    && campaign_ids.as_ref().is_none_or(|w| {
                        o.campaign_id.is_some_and(|c| w.contains(&c))
                            || (kind == Kind::Campaign && w.contains(&id()))
                    })
                    && ad_group_ids
                        .as_ref()
                        .is_none_or(|w| o.ad_group_id.is_some_and(|g| w.contains(&g)))
                    && modified_since.is_none_or(|since| o.modified > since)
                    && states
                        .as_ref()
                        .is_none_or(|s| field(o, "State").is_some_and(|v| s.contains(&v)))
                    && statuses
                        .as_ref()
                        .is_none_or(|s| field(o, "Status").is_some_and(|v| s.contains(&v)))
            })
            .collect();
        let total = matching.len();
        let page_items: Vec<Value> = matching
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|o| {
                let mut out = Map::new();
                for name in &field_names {
                    if let Some(v) = o.fields.get(name) {
                        out.insert(name.clone(), v.clone());
                    }
                }
                for (sub, names) in &sub_fields {
                    if let Some(Value::Object(part)) = o.fields.get(sub) {
                        let picked: Map<String, Value> = part
                            .iter()
                            .filter(|(k, _)| names.iter().any(|n| n == *k))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        out.insert(sub.clone(), Value::Object(picked));
                    }
                }
                Value::Object(out)
            })
            .collect();
        let mut result = Map::new();
        let shown = page_items.len();
        if !page_items.is_empty() {
            result.insert(kind.collection().to_owned(), Value::Array(page_items));
        }
        if offset + shown < total {
            result.insert("LimitedBy".to_owned(), json!(offset + shown));
        }
        Ok(Value::Object(result))
    }

    fn add(&mut self, kind: Kind, params: &Value) -> Value {
        let items = params
            .get(kind.collection())
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut results = Vec::new();
        for item in items {
            let Value::Object(mut fields) = item else {
                results.push(item_error(
                    8000,
                    "Invalid request",
                    "an item is not an object",
                ));
                continue;
            };
            if let Err(errors) = validate::check_add(kind, &fields) {
                results.push(errors);
                continue;
            }
            let (campaign_id, ad_group_id) = match kind {
                Kind::Campaign => (None, None),
                Kind::AdGroup => {
                    let cid = fields.get("CampaignId").and_then(Value::as_i64);
                    match cid.filter(|c| self.get_obj(Kind::Campaign, *c).is_some()) {
                        Some(c) => (Some(c), None),
                        None => {
                            results.push(not_found("Campaign not found"));
                            continue;
                        }
                    }
                }
                Kind::Ad | Kind::Keyword => {
                    let gid = fields.get("AdGroupId").and_then(Value::as_i64);
                    match gid
                        .and_then(|g| self.get_obj(Kind::AdGroup, g).map(|o| (o.campaign_id, g)))
                    {
                        Some((c, g)) => (c, Some(g)),
                        None => {
                            results.push(not_found("Ad group not found"));
                            continue;
                        }
                    }
                }
            };
            if kind == Kind::Keyword {
                let text = fields.get("Keyword").cloned();
                let duplicate = self.list(Kind::Keyword).into_iter().find(|o| {
                    o.ad_group_id == ad_group_id && o.fields.get("Keyword") == text.as_ref()
                });
                if let Some(existing) = duplicate {
                    let id = existing.fields.get("Id").cloned().unwrap_or(Value::Null);
                    results.push(json!({"Id": id, "Warnings": [{"Code": 10120, "Message": "Keyword already exists", "Details": "the existing keyword is kept"}]}));
                    continue;
                }
            }
            let id = self.next_id(kind);
            let now = self.tick();
            fields.insert("Id".to_owned(), json!(id));
            let subtype = subtype_key(kind, &fields);
            let defaults: Vec<(&str, Value)> = match kind {
                Kind::Campaign => vec![
                    ("State", json!("OFF")),
                    ("Status", json!("DRAFT")),
                    ("StatusPayment", json!("DISALLOWED")),
                    ("StatusClarification", json!("Draft")),
                    ("Currency", json!("RUB")),
                    (
                        "Type",
                        json!(subtype
                            .as_deref()
                            .map_or("TEXT_CAMPAIGN".to_owned(), screaming)),
                    ),
                    ("Statistics", json!({"Clicks": 0, "Impressions": 0})),
                ],
                Kind::AdGroup => vec![
                    ("Status", json!("DRAFT")),
                    ("ServingStatus", json!("ELIGIBLE")),
                    (
                        "Type",
                        json!(subtype
                            .as_deref()
                            .map_or("TEXT_AD_GROUP".to_owned(), screaming)),
                    ),
                ],
                Kind::Ad => vec![
                    ("CampaignId", json!(campaign_id)),
                    ("State", json!("OFF")),
                    ("Status", json!("DRAFT")),
                    ("StatusClarification", json!("Draft")),
                    (
                        "Type",
                        json!(subtype.as_deref().map_or("TEXT_AD".to_owned(), screaming)),
                    ),
                    ("Subtype", json!("NONE")),
                ],
                Kind::Keyword => vec![
                    ("CampaignId", json!(campaign_id)),
                    ("State", json!("ON")),
                    ("Status", json!("DRAFT")),
                    ("ServingStatus", json!("ELIGIBLE")),
                    ("StatisticsSearch", json!({"Clicks": 0, "Impressions": 0})),
                    ("StatisticsNetwork", json!({"Clicks": 0, "Impressions": 0})),
                ],
            };
            self.put_new(kind, id, fields, defaults, (campaign_id, ad_group_id), now);
            results.push(json!({"Id": id}));
        }
        json!({"AddResults": results})
    }

    fn update(&mut self, kind: Kind, params: &Value) -> Value {
        let items = params
            .get(kind.collection())
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut results = Vec::new();
        for item in items {
            let id = item.get("Id").and_then(Value::as_i64).unwrap_or(0);
            if let Some(Err(errors)) = item.as_object().map(|i| validate::check_update(kind, i)) {
                results.push(errors);
                continue;
            }
            let now = self.clock + 1;
            let Some(obj) = self.table(kind).get_mut(&id) else {
                results.push(not_found(&format!("{} {id} not found", kind.collection())));
                continue;
            };
            if is_archived(obj) {
                results.push(archived(kind));
                continue;
            }
            if let Value::Object(changes) = item {
                for (key, value) in changes {
                    match (obj.fields.get_mut(&key), value) {
                        (Some(Value::Object(old)), Value::Object(new)) => {
                            for (k, v) in new {
                                old.insert(k, v);
                            }
                        }
                        (_, value) => {
                            obj.fields.insert(key, value);
                        }
                    }
                }
            }
            obj.modified = now;
            let (c, g) = (obj.campaign_id, obj.ad_group_id);
            self.tick();
            self.touch_parents(kind, c, g, now);
            results.push(json!({"Id": id}));
        }
        json!({"UpdateResults": results})
    }

    fn by_ids(&mut self, kind: Kind, method: &str, params: &Value) -> Value {
        let ids = params
            .get("SelectionCriteria")
            .and_then(|c| ids(c.get("Ids")))
            .unwrap_or_default();
        let mut results = Vec::new();
        for id in ids {
            let Some(obj) = self.get_obj(kind, id) else {
                results.push(not_found(&format!("{} {id} not found", kind.collection())));
                continue;
            };
            if matches!(method, "suspend" | "resume" | "moderate") && is_archived(obj) {
                results.push(archived(kind));
                continue;
            }
            let (c, g) = (obj.campaign_id, obj.ad_group_id);
            let now = self.tick();
            if method == "delete" {
                self.table(kind).remove(&id);
                // Deleting a container deletes what is inside it.
                for child in [Kind::AdGroup, Kind::Ad, Kind::Keyword] {
                    self.table(child).retain(|_, o| match kind {
                        Kind::Campaign => o.campaign_id != Some(id),
                        Kind::AdGroup => o.ad_group_id != Some(id),
                        _ => true,
                    });
                }
            } else if let Some(obj) = self.table(kind).get_mut(&id) {
                let (key, value) = match method {
                    "suspend" => ("State", "SUSPENDED"),
                    "resume" => ("State", "ON"),
                    "archive" => ("State", "ARCHIVED"),
                    "unarchive" => ("State", "SUSPENDED"),
                    _ => ("Status", "MODERATION"),
                };
                obj.fields.insert(key.to_owned(), json!(value));
                obj.modified = now;
            }
            self.touch_parents(kind, c, g, now);
            results.push(json!({"Id": id}));
        }
        let mut key = method.to_owned();
        if let Some(first) = key.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        json!({ format!("{key}Results"): results })
    }

    fn changes(&mut self, method: &str, params: &Value) -> Result<Value, CallError> {
        let since = match params.get("Timestamp").and_then(Value::as_str) {
            Some(text) => Some(parse_timestamp(text).ok_or_else(|| {
                invalid(format!("Timestamp `{text}` is not YYYY-MM-DDThh:mm:ssZ"))
            })?),
            None => None,
        };
        let now = timestamp(self.clock);
        match method {
            "checkDictionaries" => {
                let mut result = json!({"Timestamp": now});
                if let Some(since) = since {
                    let changed = if self.dictionaries_modified > since {
                        "YES"
                    } else {
                        "NO"
                    };
                    result["TimeZonesChanged"] = json!(changed);
                    result["RegionsChanged"] = json!(changed);
                    result["InterestsChanged"] = json!(changed);
                }
                Ok(result)
            }
            "checkCampaigns" => {
                let since = since.unwrap_or(0);
                let campaigns: Vec<Value> = self
                    .list(Kind::Campaign)
                    .into_iter()
                    .filter_map(|c| {
                        let mut changes = Vec::new();
                        if c.modified > since {
                            changes.push("SELF");
                        }
                        if c.children_modified > since {
                            changes.push("CHILDREN");
                        }
                        let id = c.fields.get("Id")?;
                        (!changes.is_empty())
                            .then(|| json!({"CampaignId": id, "ChangesIn": changes}))
                    })
                    .collect();
                let mut result = json!({"Timestamp": now});
                if !campaigns.is_empty() {
                    result["Campaigns"] = json!(campaigns);
                }
                Ok(result)
            }
            "check" => self.check(params, since.unwrap_or(0), now),
            _ => Err((
                3500,
                "Not supported".to_owned(),
                format!("changes.{method}"),
            )),
        }
    }

    fn check(&self, params: &Value, since: u64, now: String) -> Result<Value, CallError> {
        let fields = strings(params.get("FieldNames")).unwrap_or_default();
        let scopes = [
            ("CampaignIds", Kind::Campaign),
            ("AdGroupIds", Kind::AdGroup),
            ("AdIds", Kind::Ad),
        ];
        let given: Vec<(&str, Kind, Vec<i64>)> = scopes
            .iter()
            .filter_map(|(key, kind)| ids(params.get(*key)).map(|v| (*key, *kind, v)))
            .collect();
        let [(scope_key, scope_kind, scope_ids)] = given.as_slice() else {
            return Err(invalid(
                "exactly one of CampaignIds, AdGroupIds, AdIds is required",
            ));
        };
        if let Some((_, max)) = CHECK_LIMITS.iter().find(|(key, _)| key == scope_key) {
            if scope_ids.len() > *max {
                return Err(invalid(format!(
                    "{scope_key}: at most {max} ids per call, {} given",
                    scope_ids.len()
                )));
            }
        }
        let (found, missing): (Vec<i64>, Vec<i64>) = scope_ids
            .iter()
            .partition(|id| self.get_obj(*scope_kind, **id).is_some());
        let found: HashSet<i64> = found.into_iter().collect();
        let in_scope = |o: &Obj, kind: Kind| -> bool {
            let id = || o.fields.get("Id").and_then(Value::as_i64).unwrap_or(0);
            match scope_kind {
                Kind::Campaign if kind == Kind::Campaign => found.contains(&id()),
                Kind::Campaign => o.campaign_id.is_some_and(|c| found.contains(&c)),
                Kind::AdGroup if kind == Kind::AdGroup => found.contains(&id()),
                Kind::AdGroup => {
                    kind == Kind::Ad && o.ad_group_id.is_some_and(|g| found.contains(&g))
                }
                _ => kind == Kind::Ad && found.contains(&id()),
            }
        };
        let mut modified = Map::new();
        for (key, kind) in scopes {
            if !fields.iter().any(|f| f == key) {
                continue;
            }
            let changed: Vec<i64> = self
                .list(kind)
                .into_iter()
                .filter(|o| {
                    // A changed keyword shows as a changed ad group, as in the real API.
                    let changed = match kind {
                        Kind::AdGroup => o.modified.max(o.children_modified),
                        _ => o.modified,
                    };
                    changed > since && in_scope(o, kind)
                })
                .filter_map(|o| o.fields.get("Id").and_then(Value::as_i64))
                .collect();
            if !changed.is_empty() {
                modified.insert(key.to_owned(), json!(changed));
            }
        }
        let mut result = json!({"Timestamp": now});
        if !modified.is_empty() {
            result["Modified"] = Value::Object(modified);
        }
        if !missing.is_empty() {
            result["NotFound"] = json!({ *scope_key: missing });
        }
        Ok(result)
    }
}

/// Editing the store directly, between syncs of a test: every edit moves the clock as a change
/// through the API would, so that the Changes service reports it.
impl Store {
    /// Inserts an object of `kind` with `fields` (the id is assigned) under its parent: nothing
    /// for a campaign, a campaign id for an ad group, an ad group id for an ad or a keyword. The
    /// defaults a real `add` fills in are set where `fields` lacks them. `None` when the parent
    /// does not exist.
    pub fn insert(&mut self, kind: Kind, parent: Option<i64>, fields: Value) -> Option<i64> {
        let Value::Object(mut fields) = fields else {
            return None;
        };
        let (campaign_id, ad_group_id) = match kind {
            Kind::Campaign => (None, None),
            Kind::AdGroup => (
                Some(self.get_obj(Kind::Campaign, parent?)?.fields["Id"].as_i64()?),
                None,
            ),
            Kind::Ad | Kind::Keyword => {
                let group = self.get_obj(Kind::AdGroup, parent?)?;
                (group.campaign_id, parent)
            }
        };
        let id = self.next_id(kind);
        let now = self.tick();
        fields.insert("Id".to_owned(), json!(id));
        let defaults: Vec<(&str, Value)> = match kind {
            Kind::Campaign => vec![
                ("Name", json!(format!("Campaign {id}"))),
                ("State", json!("ON")),
                ("Status", json!("ACCEPTED")),
                ("Type", json!("TEXT_CAMPAIGN")),
                ("Currency", json!("RUB")),
            ],
            Kind::AdGroup => vec![
                ("Name", json!(format!("Group {id}"))),
                ("CampaignId", json!(campaign_id)),
                ("Status", json!("ACCEPTED")),
                ("ServingStatus", json!("ELIGIBLE")),
                ("Type", json!("TEXT_AD_GROUP")),
            ],
            Kind::Ad => vec![
                ("CampaignId", json!(campaign_id)),
                ("AdGroupId", json!(ad_group_id)),
                ("State", json!("ON")),
                ("Status", json!("ACCEPTED")),
                ("Type", json!("TEXT_AD")),
                ("Subtype", json!("NONE")),
            ],
            Kind::Keyword => vec![
                ("Keyword", json!(format!("keyword {id}"))),
                ("CampaignId", json!(campaign_id)),
                ("AdGroupId", json!(ad_group_id)),
                ("State", json!("ON")),
                ("Status", json!("ACCEPTED")),
                ("ServingStatus", json!("ELIGIBLE")),
            ],
        };
        self.put_new(kind, id, fields, defaults, (campaign_id, ad_group_id), now);
        Some(id)
    }

    /// Sets field `name` of object `kind` `id` to `value`; `false` when there is no such object.
    pub fn set_field(&mut self, kind: Kind, id: i64, name: &str, value: Value) -> bool {
        let now = self.clock + 1;
        let Some(obj) = self.table(kind).get_mut(&id) else {
            return false;
        };
        obj.fields.insert(name.to_owned(), value);
        obj.modified = now;
        let (c, g) = (obj.campaign_id, obj.ad_group_id);
        self.tick();
        self.touch_parents(kind, c, g, now);
        true
    }

    /// Deletes object `kind` `id` and everything inside it; `false` when there is no such object.
    pub fn remove(&mut self, kind: Kind, id: i64) -> bool {
        if self.get_obj(kind, id).is_none() {
            return false;
        }
        self.by_ids(kind, "delete", &json!({"SelectionCriteria": {"Ids": [id]}}));
        true
    }

    /// Moves ad group `id` (with its ads and keywords) into campaign `campaign_id`, as if it had
    /// been recreated there with the same ids; `false` when either does not exist.
    pub fn move_ad_group(&mut self, id: i64, campaign_id: i64) -> bool {
        if self.get_obj(Kind::Campaign, campaign_id).is_none() {
            return false;
        }
        let now = self.clock + 1;
        let Some(group) = self.table(Kind::AdGroup).get_mut(&id) else {
            return false;
        };
        let old = group.campaign_id;
        group.campaign_id = Some(campaign_id);
        group
            .fields
            .insert("CampaignId".to_owned(), json!(campaign_id));
        group.modified = now;
        for kind in [Kind::Ad, Kind::Keyword] {
            for child in self.table(kind).values_mut() {
                if child.ad_group_id == Some(id) {
                    child.campaign_id = Some(campaign_id);
                    child
                        .fields
                        .insert("CampaignId".to_owned(), json!(campaign_id));
                    child.modified = now;
                }
            }
        }
        self.tick();
        self.touch_parents(Kind::AdGroup, old, None, now);
        self.touch_parents(Kind::AdGroup, Some(campaign_id), None, now);
        true
    }

    /// Marks the dictionaries as changed: the next `changes.checkDictionaries` says `YES`.
    pub fn touch_dictionaries(&mut self) {
        self.dictionaries_modified = self.tick();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip() {
        assert_eq!(timestamp(0), "2024-01-01T00:00:00Z");
        assert_eq!(timestamp(86_400 * 60 + 3661), "2024-03-01T01:01:01Z");
        for clock in [0, 1, 59, 3600, 1_000_000] {
            assert_eq!(parse_timestamp(&timestamp(clock)), Some(clock));
        }
        assert_eq!(parse_timestamp("2020-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_timestamp("yesterday"), None);
    }
}

#[cfg(test)]
mod changes_tests {
    use super::*;

    #[test]
    fn check_reports_changes_not_found_and_refuses_too_many_ids() {
        let mut store = Store::default();
        let c = store.insert(Kind::Campaign, None, json!({})).unwrap();
        let other = store.insert(Kind::Campaign, None, json!({})).unwrap();
        let g = store.insert(Kind::AdGroup, Some(c), json!({})).unwrap();
        let k = store.insert(Kind::Keyword, Some(g), json!({})).unwrap();
        let since = timestamp(store.clock);
        assert!(store.set_field(Kind::Keyword, k, "Bid", json!(1)));
        assert!(store.move_ad_group(g, other));
        let check = |store: &mut Store, params: Value| store.execute("changes", "check", &params);
        let result = check(
            &mut store,
            json!({"CampaignIds": [c, other, 1], "Timestamp": since, "FieldNames": ["CampaignIds", "AdGroupIds"]}),
        )
        .unwrap();
        assert_eq!(result["Modified"]["AdGroupIds"], json!([g]));
        assert_eq!(result["NotFound"]["CampaignIds"], json!([1]));
        let campaigns = store
            .execute("changes", "checkCampaigns", &json!({"Timestamp": since}))
            .unwrap();
        assert_eq!(
            campaigns["Campaigns"].as_array().unwrap().len(),
            2,
            "both campaigns: {campaigns}"
        );
        let too_many: Vec<i64> = (0..3001).collect();
        let error = check(
            &mut store,
            json!({"CampaignIds": too_many, "Timestamp": since, "FieldNames": ["CampaignIds"]}),
        )
        .unwrap_err();
        assert!(error.2.contains("at most 3000"), "{error:?}");
        let moved = store
            .execute("keywords", "get", &json!({"SelectionCriteria": {"AdGroupIds": [g], "ModifiedSince": since}, "FieldNames": ["Id", "CampaignId"]}))
            .unwrap();
        assert_eq!(moved["Keywords"], json!([{"Id": k, "CampaignId": other}]));
        let dictionaries = |store: &mut Store| {
            store
                .execute("changes", "checkDictionaries", &json!({"Timestamp": since}))
                .unwrap()["RegionsChanged"]
                .clone()
        };
        assert_eq!(dictionaries(&mut store), json!("NO"));
        store.touch_dictionaries();
        assert_eq!(dictionaries(&mut store), json!("YES"));
    }

    #[test]
    fn keywords_get_costs_a_unit_per_2000_keywords_without_statistics() {
        let plain = json!({"FieldNames": ["Id"]});
        let stats = json!({"FieldNames": ["Id", "StatisticsSearch"]});
        assert_eq!(object_units("keywords", "get", &plain, 4500), 2);
        assert_eq!(object_units("keywords", "get", &stats, 4500), 6);
        assert_eq!(object_units("ads", "get", &plain, 4500), 4500);
    }
}
