//! One quota governor for every API: what a program may still spend, asked in one place.
//!
//! A [`QuotaKey`] is an API's own scope of quota (a Direct login; a GA4 property and quota
//! category; a Metrica user next). Each key owns the buckets of its [`Profile`]: token buckets
//! (GA4's tokens per day and per hour, Direct's units), request counters (GA4's potentially
//! thresholded requests, server errors) and concurrency slots (10 requests in flight per GA4
//! property, 5 per Direct login).
//!
//! A call [reserves](Governor::reserve) its estimated cost before it is sent: the last cost
//! seen for the key and the request's shape, else the key's last cost, else the profile's
//! default (10 tokens). When a bucket has less left than that, the request is not sent: with
//! [`QuotaPolicy::Fail`] the call fails with a [`QuotaError`] naming the bucket and when it
//! refills; with [`QuotaPolicy::Wait`] it sleeps until the refill, if that comes within the
//! policy's bound. The answer [settles](Reservation::settle) the reservation with the figures it
//! reports ([`Figure`]), which also teach the cost of that shape of request.
//!
//! Opt in, a [`QuotaStore`] shared by processes and machines ([`GovernorBuilder::shared_store`])
//! holds the concurrency slots as leases, the latest figures of each key and the budgets
//! ([`GovernorBuilder::budget`]), so that every process sharing it counts as one.

mod calendar;
mod figures;
mod profile;
mod store;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinHandle;

/// Writes to the store left to run after a synchronous settlement.
type StoreWork = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

/// The name of the budget buckets in [`QuotaError`]s.
pub const BUDGET_BUCKET: &str = "budget";

pub use calendar::{format_utc, next_multiple_of, next_pacific_midnight};
pub use figures::Figure;
pub use profile::{
    direct_buckets, ga4_buckets, metrica_buckets, BucketKind, BucketSpec, Ga4Tier, Profile, Window,
    DEFAULT_SERVER_ERROR_MARGIN,
};
pub use store::{MemoryStore, QuotaStore, StoreError, StoreFuture};

/// The scope a quota belongs to: an API and its own name for the holder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuotaKey {
    api: Cow<'static, str>,
    scope: String,
}

/// The GA4 Data API's quota categories: each has its own buckets per property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ga4Category {
    /// Reports, pivots, batches, metadata, compatibility checks.
    Core,
    /// `runRealtimeReport`.
    Realtime,
    /// `runFunnelReport` (v1alpha).
    Funnel,
}

impl Ga4Category {
    /// `core`, `realtime` or `funnel`.
    pub fn as_str(self) -> &'static str {
        match self {
            Ga4Category::Core => "core",
            Ga4Category::Realtime => "realtime",
            Ga4Category::Funnel => "funnel",
        }
    }
}

impl QuotaKey {
    /// The API name of GA4 keys.
    pub const GA4: &'static str = "ga4";
    /// The API name of Direct keys.
    pub const DIRECT: &'static str = "direct";
    /// The API name of Metrica's per-user keys (scope: a fingerprint of the token).
    pub const METRICA: &'static str = "metrica";
    /// The API name of Metrica's per-IP key (scope `ip`: one for the process).
    pub const METRICA_IP: &'static str = "metrica-ip";

    /// A key of `api` (which picks the default profile) for `scope`.
    pub fn new(api: impl Into<Cow<'static, str>>, scope: impl Into<String>) -> Self {
        QuotaKey {
            api: api.into(),
            scope: scope.into(),
        }
    }

    /// A GA4 property (`123` or `properties/123`) in a quota category:
    /// scope `properties/123/core`.
    pub fn ga4(property: &str, category: Ga4Category) -> Self {
        let id = property.strip_prefix("properties/").unwrap_or(property);
        QuotaKey::new(Self::GA4, format!("properties/{id}/{}", category.as_str()))
    }

    /// A Direct login (`""`: the token's own account).
    pub fn direct(login: &str) -> Self {
        QuotaKey::new(Self::DIRECT, login)
    }

    /// Metrica's key of the process's IP: 30 requests a second, whoever sends them.
    pub fn metrica_ip() -> Self {
        QuotaKey::new(Self::METRICA_IP, "ip")
    }

    /// The API (`ga4`, `direct`).
    pub fn api(&self) -> &str {
        &self.api
    }

    /// The holder within the API.
    pub fn scope(&self) -> &str {
        &self.scope
    }
}

impl fmt::Display for QuotaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.api, self.scope)
    }
}

/// What to do when a bucket has not enough left for a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuotaPolicy {
    /// Fail at once with a [`QuotaError`]. A request beyond the concurrency limit still waits
    /// for a slot.
    #[default]
    Fail,
    /// Sleep until the bucket refills if that is at most `max` away, then go on; fail at once
    /// otherwise. Waiting for a concurrency slot is bounded by `max` too.
    Wait {
        /// The longest wait allowed, from the reservation's start.
        max: Duration,
    },
}

/// A request's claim on a key's buckets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demand {
    /// Whose buckets.
    pub key: QuotaKey,
    /// What makes requests cost alike (see [`Demand::shape_of`]); 0 when unknown.
    pub shape: u64,
    /// What the request takes from [`BucketKind::Requests`] buckets, by bucket name.
    pub counts: Vec<(Cow<'static, str>, i64)>,
    /// What to do when a bucket has not enough.
    pub policy: QuotaPolicy,
}

impl Demand {
    /// A request of unknown shape on `key`, failing when a bucket has not enough.
    pub fn new(key: QuotaKey) -> Self {
        Demand {
            key,
            shape: 0,
            counts: Vec::new(),
            policy: QuotaPolicy::Fail,
        }
    }

    /// A shape from anything hashable (the request without its paging, say).
    pub fn shape_of(value: &impl Hash) -> u64 {
        // The std hasher with fixed keys: shapes compare equal across clones and runs.
        #[allow(deprecated)]
        let mut hasher = std::hash::SipHasher::new();
        value.hash(&mut hasher);
        hasher.finish()
    }

    /// The same demand with its shape.
    pub fn with_shape(mut self, shape: u64) -> Self {
        self.shape = shape;
        self
    }

    /// The same demand taking `n` from the requests bucket `bucket`.
    pub fn with_count(mut self, bucket: impl Into<Cow<'static, str>>, n: i64) -> Self {
        if n > 0 {
            self.counts.push((bucket.into(), n));
        }
        self
    }

    /// The same demand with a policy.
    pub fn with_policy(mut self, policy: QuotaPolicy) -> Self {
        self.policy = policy;
        self
    }

    fn count(&self, bucket: &str) -> i64 {
        self.counts
            .iter()
            .filter(|(name, _)| name == bucket)
            .map(|(_, n)| n)
            .sum()
    }
}

/// A request not sent because a bucket had not enough left for it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct QuotaError {
    /// Whose bucket.
    pub key: QuotaKey,
    /// The bucket's name (`tokensPerHour`, `units`, `concurrentRequests`).
    pub bucket: String,
    /// What it counts.
    pub kind: BucketKind,
    /// What the request was estimated to take.
    pub needed: i64,
    /// What the bucket had left, less what requests in flight have reserved.
    pub available: i64,
    /// When the bucket refills, if time refills it.
    pub refills_at: Option<SystemTime>,
    /// The policy the reservation was made with: under [`QuotaPolicy::Wait`] the refill (or a
    /// concurrency slot) was further away than the wait allowed.
    pub policy: QuotaPolicy,
}

impl fmt::Display for QuotaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "quota of {}: ", self.key)?;
        if self.kind == BucketKind::Concurrency {
            write!(
                f,
                "no free slot of `{}` within the wait allowed",
                self.bucket
            )?;
        } else {
            write!(
                f,
                "bucket `{}` has {} left, the request needs about {}",
                self.bucket, self.available, self.needed
            )?;
        }
        if let Some(at) = self.refills_at {
            write!(f, "; it refills at {}", format_utc(at))?;
        }
        if let QuotaPolicy::Wait { max } = self.policy {
            write!(f, " (more than the {max:?} the wait policy allows)")?;
        }
        Ok(())
    }
}

/// One bucket as [`Governor::snapshot`] lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketSnapshot {
    /// Whose bucket.
    pub key: QuotaKey,
    /// The bucket's name.
    pub bucket: String,
    /// What it counts.
    pub kind: BucketKind,
    /// Its limit, when known.
    pub limit: Option<i64>,
    /// What is left, when known (for a concurrency bucket: the free slots).
    pub remaining: Option<i64>,
    /// Held by requests in flight (estimates not yet settled; slots taken).
    pub reserved: i64,
    /// When it refills.
    pub window: Window,
    /// The next refill, if time refills it.
    pub refills_at: Option<SystemTime>,
    /// When an answer last reported its figure.
    pub reported_at: Option<SystemTime>,
}

/// Where the governor reads the time of day (quota windows are wall-clock windows).
#[derive(Clone)]
pub struct Clock {
    now: Arc<dyn Fn() -> SystemTime + Send + Sync>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Clock {
        Clock {
            now: Arc::new(SystemTime::now),
        }
    }

    /// A clock that starts at `start` and advances with tokio's clock (which a test may pause
    /// and advance), so that waits for refills can be tested without waiting.
    pub fn following_tokio(start: SystemTime) -> Clock {
        let origin = tokio::time::Instant::now();
        Clock {
            now: Arc::new(move || start + origin.elapsed()),
        }
    }

    /// The time now.
    pub fn now(&self) -> SystemTime {
        (self.now)()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}

/// The quota governor. Cheap to clone: clones share every key's buckets, so one governor
/// given to several clients (of one API or several) counts their requests together.
#[derive(Debug, Clone)]
pub struct Governor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    state: Mutex<State>,
    /// Woken when figures or reservations change, for requests waiting on a bucket.
    changed: Notify,
    clock: Clock,
    /// Budgets and, when shared, slots and figures.
    store: Arc<dyn QuotaStore>,
    /// Whether slots and figures go through the store too (a store shared by processes).
    shared: bool,
    /// This governor's name as a slot holder.
    holder: String,
    /// How long a shared slot is held unless renewed.
    slot_lease: Duration,
    /// Tokens each key of an API may spend per UTC day, counted in the store.
    budgets: HashMap<String, i64>,
    /// Store writes under way, for [`Governor::flush`].
    pending: Mutex<Vec<JoinHandle<()>>>,
}

#[derive(Debug)]
struct State {
    /// The default profile per API.
    profiles: HashMap<String, Profile>,
    keys: BTreeMap<QuotaKey, KeyState>,
    /// Numbers reservations in the order they were made: a figure from a request reserved
    /// earlier than the one whose figure a bucket holds is older news, and is not applied.
    next_sequence: u64,
}

#[derive(Debug)]
struct KeyState {
    buckets: Vec<BucketState>,
    slots: Option<(Arc<Semaphore>, usize)>,
    costs: HashMap<u64, i64>,
    last_cost: Option<i64>,
    default_cost: i64,
}

#[derive(Debug)]
struct BucketState {
    spec: BucketSpec,
    limit: Option<i64>,
    remaining: Option<i64>,
    reserved: i64,
    refills_at: Option<SystemTime>,
    reported_at: Option<SystemTime>,
    sequence: u64,
}

impl KeyState {
    fn new(profile: &Profile, now: SystemTime) -> KeyState {
        let slots = profile
            .buckets
            .iter()
            .find(|b| b.kind == BucketKind::Concurrency)
            .and_then(|b| b.limit)
            .map(|limit| {
                let limit = usize::try_from(limit.max(1)).unwrap_or(1);
                (Arc::new(Semaphore::new(limit)), limit)
            });
        KeyState {
            buckets: profile
                .buckets
                .iter()
                .map(|spec| BucketState {
                    spec: spec.clone(),
                    limit: spec.limit,
                    remaining: spec.limit,
                    reserved: 0,
                    refills_at: spec.window.next_refill(now),
                    reported_at: None,
                    sequence: 0,
                })
                .collect(),
            slots,
            costs: HashMap::new(),
            last_cost: None,
            default_cost: profile.default_cost,
        }
    }

    /// Refills the buckets whose window has passed.
    fn refresh(&mut self, now: SystemTime) {
        for bucket in &mut self.buckets {
            let Some(at) = bucket.refills_at else {
                continue;
            };
            if now < at {
                continue;
            }
            bucket.remaining = match bucket.spec.window {
                // A rolling window gives back an unknown share: the next answer tells.
                Window::Rolling(_) => None,
                _ => bucket.limit,
            };
            bucket.refills_at = bucket.spec.window.next_refill(now);
        }
    }

    fn estimate(&self, shape: u64) -> i64 {
        self.costs
            .get(&shape)
            .copied()
            .or(self.last_cost)
            .unwrap_or(self.default_cost)
    }

    /// The first bucket that has not enough for `demand` costing `estimate`.
    fn shortfall(&self, demand: &Demand, estimate: i64) -> Option<QuotaError> {
        self.buckets.iter().find_map(|bucket| {
            let needed = match bucket.spec.kind {
                BucketKind::Tokens => estimate,
                BucketKind::Requests => demand.count(&bucket.spec.name),
                // Once spent, the server refuses everything for the window.
                BucketKind::ServerErrors { .. } => 1,
                BucketKind::Concurrency => 0,
            };
            let available = bucket.remaining? - bucket.reserved;
            (needed > 0 && needed > available).then(|| QuotaError {
                key: demand.key.clone(),
                bucket: bucket.spec.name.to_string(),
                kind: bucket.spec.kind,
                needed,
                available,
                refills_at: bucket.refills_at,
                policy: demand.policy,
            })
        })
    }

    /// Holds `estimate` (and the demand's counts) in the buckets.
    fn hold(&mut self, demand: &Demand, estimate: i64, sign: i64) {
        for bucket in &mut self.buckets {
            let held = match bucket.spec.kind {
                BucketKind::Tokens => estimate,
                BucketKind::Requests => demand.count(&bucket.spec.name),
                _ => 0,
            };
            bucket.reserved = (bucket.reserved + sign * held).max(0);
        }
    }

    fn apply(&mut self, figures: &[Figure], sequence: u64, now: SystemTime) {
        for figure in figures {
            let Some(bucket) = self
                .buckets
                .iter_mut()
                .find(|b| b.spec.name == figure.bucket)
            else {
                continue;
            };
            // Free slots are counted here, not taken from the figures.
            if bucket.spec.kind == BucketKind::Concurrency || sequence < bucket.sequence {
                continue;
            }
            bucket.sequence = sequence;
            bucket.remaining = Some(figure.remaining);
            bucket.reported_at = Some(now);
            // A limit stated by the answer wins; a figure above the configured limit means
            // the limit is higher (an Analytics 360 property set up as standard).
            bucket.limit = match (figure.limit, bucket.limit) {
                (Some(stated), _) => Some(stated),
                (None, Some(limit)) => Some(limit.max(figure.remaining)),
                (None, None) => None,
            };
            if bucket.refills_at.is_none() {
                bucket.refills_at = bucket.spec.window.next_refill(now);
            }
        }
    }

    /// Takes the figures another process reported (kept in the shared store), those newer
    /// than what this process knows.
    fn apply_stored(&mut self, figures: &[(Figure, SystemTime)]) {
        for (figure, at) in figures {
            let Some(bucket) = self
                .buckets
                .iter_mut()
                .find(|b| b.spec.name == figure.bucket)
            else {
                continue;
            };
            if bucket.spec.kind == BucketKind::Concurrency
                || bucket.reported_at.is_some_and(|known| known >= *at)
            {
                continue;
            }
            bucket.remaining = Some(figure.remaining);
            bucket.reported_at = Some(*at);
            if let Some(limit) = figure.limit {
                bucket.limit = Some(limit);
            }
            if bucket.refills_at.is_none() {
                bucket.refills_at = bucket.spec.window.next_refill(*at);
            }
        }
    }

    /// Takes `amount` from every bucket of `kind` that got no figure.
    fn charge_locally(&mut self, demand: &Demand, estimate: i64, reported: &[Figure]) {
        for bucket in &mut self.buckets {
            if reported.iter().any(|f| f.bucket == bucket.spec.name) {
                continue;
            }
            let spent = match bucket.spec.kind {
                BucketKind::Tokens => estimate,
                BucketKind::Requests => demand.count(&bucket.spec.name),
                _ => 0,
            };
            if let Some(remaining) = &mut bucket.remaining {
                *remaining -= spent;
            }
        }
    }
}

impl Default for Governor {
    fn default() -> Self {
        Governor::new()
    }
}

/// Builds a [`Governor`].
#[derive(Debug)]
pub struct GovernorBuilder {
    profiles: HashMap<String, Profile>,
    clock: Clock,
    store: Option<Arc<dyn QuotaStore>>,
    slot_lease: Duration,
    budgets: HashMap<String, i64>,
}

impl GovernorBuilder {
    /// Keys of `api` get `profile`'s buckets.
    pub fn profile(mut self, api: impl Into<String>, profile: Profile) -> Self {
        self.profiles.insert(api.into(), profile);
        self
    }

    /// GA4 keys get the limits of `tier`.
    pub fn ga4_tier(self, tier: Ga4Tier) -> Self {
        self.profile(QuotaKey::GA4, Profile::ga4(tier))
    }

    /// Reads the time from `clock`.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Shares slots, figures and budgets through `store` (PostgreSQL, for processes on
    /// several machines): requests in flight per key are counted across every governor using
    /// the store, each sees the latest figures any of them got, and budgets add up. A store
    /// that cannot be reached is logged, and the in-process counts apply.
    pub fn shared_store(mut self, store: Arc<dyn QuotaStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// How long a shared slot is held unless renewed (renewed every third of it while its
    /// request runs; default 60 s): a killed process's slots are free after this long.
    pub fn slot_lease(mut self, lease: Duration) -> Self {
        self.slot_lease = lease.max(Duration::from_millis(30));
        self
    }

    /// Every key of `api` may spend at most `limit` tokens (Direct: units) per UTC day,
    /// counted in the store (so across processes when it is shared): a request whose estimate
    /// would pass it is refused with a [`QuotaError`] of bucket [`BUDGET_BUCKET`].
    pub fn budget(mut self, api: impl Into<String>, limit: i64) -> Self {
        self.budgets.insert(api.into(), limit);
        self
    }

    /// Builds the governor.
    pub fn build(self) -> Governor {
        Governor {
            inner: Arc::new(Inner {
                state: Mutex::new(State {
                    profiles: self.profiles,
                    keys: BTreeMap::new(),
                    next_sequence: 1,
                }),
                changed: Notify::new(),
                clock: self.clock,
                shared: self.store.is_some(),
                store: self.store.unwrap_or_else(|| Arc::new(MemoryStore::new())),
                holder: holder_name(),
                slot_lease: self.slot_lease,
                budgets: self.budgets,
                pending: Mutex::new(Vec::new()),
            }),
        }
    }
}

impl Governor {
    /// A governor with the standard GA4 limits and Direct's buckets, on the system clock.
    pub fn new() -> Governor {
        Governor::builder().build()
    }

    /// Starts a governor with the standard GA4 limits and Direct's buckets, on the system
    /// clock; other APIs' keys have no bucket until given a profile.
    pub fn builder() -> GovernorBuilder {
        GovernorBuilder {
            profiles: HashMap::from([
                (QuotaKey::GA4.to_owned(), Profile::ga4(Ga4Tier::Standard)),
                (QuotaKey::DIRECT.to_owned(), Profile::direct()),
                (QuotaKey::METRICA.to_owned(), Profile::metrica()),
                (QuotaKey::METRICA_IP.to_owned(), Profile::metrica_ip()),
            ]),
            clock: Clock::system(),
            store: None,
            slot_lease: Duration::from_secs(60),
            budgets: HashMap::new(),
        }
    }

    /// The time now, by the governor's clock.
    pub fn now(&self) -> SystemTime {
        self.inner.clock.now()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn with_key<T>(&self, key: &QuotaKey, work: impl FnOnce(&mut KeyState, SystemTime) -> T) -> T {
        let now = self.now();
        let mut state = self.lock();
        let state = &mut *state;
        let profiles = &state.profiles;
        let key_state = state.keys.entry(key.clone()).or_insert_with(|| {
            let empty = Profile {
                buckets: Vec::new(),
                default_cost: 10,
            };
            KeyState::new(profiles.get(key.api()).unwrap_or(&empty), now)
        });
        key_state.refresh(now);
        work(key_state, now)
    }

    /// The shared store, if slots and figures go through one.
    fn shared_store(&self) -> Option<&Arc<dyn QuotaStore>> {
        self.inner.shared.then_some(&self.inner.store)
    }

    /// Runs `work` (store writes) in the background, kept for [`Governor::flush`]; dropped
    /// outside a tokio runtime (a shared slot then expires with its lease).
    fn track(&self, work: Option<StoreWork>) {
        let Some(work) = work else { return };
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let handle = runtime.spawn(work);
        let mut pending = self
            .inner
            .pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        pending.retain(|h| !h.is_finished());
        pending.push(handle);
    }

    /// Waits for the store writes of settled reservations (figures, budgets, slots given
    /// back): call it before a process ends, so that other processes see what it spent.
    pub async fn flush(&self) {
        loop {
            let pending = std::mem::take(
                &mut *self
                    .inner
                    .pending
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner),
            );
            if pending.is_empty() {
                return;
            }
            for handle in pending {
                let _ = handle.await;
            }
        }
    }

    /// Whether this governor shares its slots and figures through a store.
    pub fn is_shared(&self) -> bool {
        self.inner.shared
    }

    /// The budget counter of `key` today, and the budget, if `key`'s API has one.
    fn budget_of(&self, key: &QuotaKey) -> Option<(String, i64)> {
        let limit = *self.inner.budgets.get(key.api())?;
        let (year, month, day) =
            calendar::civil_from_days(calendar::unix_seconds(self.now()).div_euclid(86_400));
        Some((format!("{key} {year:04}-{month:02}-{day:02}"), limit))
    }

    /// Brings `key`'s buckets up to the figures other processes reported.
    async fn read_shared_figures(&self, key: &QuotaKey) {
        let Some(store) = self.shared_store() else {
            return;
        };
        match store.read_figures(key).await {
            Ok(figures) => self.with_key(key, |state, _| state.apply_stored(&figures)),
            Err(e) => {
                tracing::warn!(key = %key, error = %e, "the shared figures could not be read; counting locally")
            }
        }
    }

    /// Takes a shared slot of `bucket` (polling the store until one is free), within the
    /// demand's wait.
    async fn take_shared_slot(
        &self,
        demand: &Demand,
        bucket: &str,
        limit: i64,
        started: tokio::time::Instant,
        max_wait: Option<Duration>,
    ) -> Result<Option<SharedSlot>, QuotaError> {
        let Some(store) = self.shared_store() else {
            return Ok(None);
        };
        let holder = &self.inner.holder;
        let lease = self.inner.slot_lease;
        let mut pause = Duration::from_millis(2);
        loop {
            match store
                .take_slot(&demand.key, bucket, limit, holder, lease)
                .await
            {
                Ok(Some(slot)) => {
                    return Ok(Some(SharedSlot::hold(
                        store.clone(),
                        demand.key.clone(),
                        bucket.to_owned(),
                        slot,
                        holder.clone(),
                        lease,
                    )))
                }
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(key = %demand.key, error = %e, "no shared slot could be taken; counting locally");
                    return Ok(None);
                }
            }
            if max_wait.is_some_and(|max| started.elapsed() + pause > max) {
                return Err(self.no_slot(demand));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(40));
        }
    }

    fn next_sequence(&self) -> u64 {
        let mut state = self.lock();
        state.next_sequence += 1;
        state.next_sequence - 1
    }

    /// Gives `key` its own profile (an Analytics 360 property among standard ones), starting
    /// its buckets afresh. Requests already holding a slot of the key keep it.
    pub fn configure(&self, key: &QuotaKey, profile: &Profile) {
        let now = self.now();
        self.lock()
            .keys
            .insert(key.clone(), KeyState::new(profile, now));
        self.inner.changed.notify_waiters();
    }

    /// The cost `demand` is estimated at now.
    pub fn estimate(&self, demand: &Demand) -> i64 {
        self.with_key(&demand.key, |key, _| key.estimate(demand.shape))
    }

    /// Reserves `demand`'s estimated cost and a concurrency slot before a request is sent.
    ///
    /// Waits for a slot when the key's requests in flight are at the limit. When a bucket has
    /// not enough left, fails or waits by the demand's policy.
    pub async fn reserve(&self, demand: &Demand) -> Result<Reservation, QuotaError> {
        let started = tokio::time::Instant::now();
        let max_wait = match demand.policy {
            QuotaPolicy::Fail => None,
            QuotaPolicy::Wait { max } => Some(max),
        };
        let slots = self.with_key(&demand.key, |key, _| {
            let name = key
                .buckets
                .iter()
                .find(|b| b.spec.kind == BucketKind::Concurrency)
                .map(|b| b.spec.name.to_string())
                .unwrap_or_default();
            key.slots
                .clone()
                .map(|(semaphore, limit)| (semaphore, limit, name))
        });
        let mut shared_slot = None;
        let slot = match slots {
            None => None,
            Some((semaphore, limit, name)) => {
                let acquire = semaphore.acquire_owned();
                let permit = match max_wait {
                    None => acquire.await,
                    Some(max) => match tokio::time::timeout(max, acquire).await {
                        Ok(permit) => permit,
                        Err(_) => return Err(self.no_slot(demand)),
                    },
                };
                shared_slot = self
                    .take_shared_slot(demand, &name, limit as i64, started, max_wait)
                    .await?;
                // The semaphore is never closed.
                permit.ok()
            }
        };
        let budget = self.budget_of(&demand.key);
        loop {
            self.read_shared_figures(&demand.key).await;
            let changed = self.inner.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let outcome = self.with_key(&demand.key, |key, now| {
                let estimate = key.estimate(demand.shape);
                match key.shortfall(demand, estimate) {
                    Some(error) => Err((Box::new(error), now)),
                    None => {
                        key.hold(demand, estimate, 1);
                        Ok(estimate)
                    }
                }
            });
            let outcome = match (outcome, &budget) {
                (Ok(estimate), Some((counter, limit))) => {
                    match self
                        .take_from_budget(demand, counter, *limit, estimate)
                        .await
                    {
                        Ok(()) => Ok(estimate),
                        Err(blocked) => {
                            self.with_key(&demand.key, |key, _| key.hold(demand, estimate, -1));
                            Err(blocked)
                        }
                    }
                }
                (outcome, _) => outcome,
            };
            let (error, now) = match outcome {
                Ok(estimate) => {
                    return Ok(Reservation {
                        governor: self.clone(),
                        demand: demand.clone(),
                        estimate,
                        sequence: self.next_sequence(),
                        _slot: slot,
                        shared_slot: shared_slot.take(),
                        budget: budget.map(|(counter, _)| counter),
                        open: true,
                    })
                }
                Err(blocked) => blocked,
            };
            let until_refill = match (max_wait, error.refills_at) {
                (Some(max), Some(refill)) => {
                    let until = refill.duration_since(now).unwrap_or_default();
                    (started.elapsed() + until <= max).then_some(until)
                }
                _ => None,
            };
            let Some(until_refill) = until_refill else {
                if let Some(slot) = shared_slot.take() {
                    slot.release().await;
                }
                return Err(*error);
            };
            tracing::info!(
                key = %demand.key,
                bucket = %error.bucket,
                wait_ms = until_refill.as_millis() as u64,
                "waiting for a quota bucket to refill"
            );
            // Woken early when an answer or a finished request changes the figures.
            tokio::select! {
                _ = tokio::time::sleep(until_refill) => {}
                _ = changed => {}
            }
        }
    }

    /// Adds `estimate` to the budget counter, or refuses (and gives it back) when the total
    /// would pass `limit`.
    async fn take_from_budget(
        &self,
        demand: &Demand,
        counter: &str,
        limit: i64,
        estimate: i64,
    ) -> Result<(), (Box<QuotaError>, SystemTime)> {
        let store = &self.inner.store;
        let total = match store.add_to_budget(counter, estimate).await {
            Ok(total) => total,
            Err(e) => {
                tracing::warn!(key = %demand.key, error = %e, "the budget could not be counted");
                return Ok(());
            }
        };
        if total <= limit {
            return Ok(());
        }
        let _ = store.add_to_budget(counter, -estimate).await;
        let now = self.now();
        Err((
            Box::new(QuotaError {
                key: demand.key.clone(),
                bucket: BUDGET_BUCKET.to_owned(),
                kind: BucketKind::Tokens,
                needed: estimate,
                available: (limit - (total - estimate)).max(0),
                refills_at: Window::UTC_DAY.next_refill(now),
                policy: demand.policy,
            }),
            now,
        ))
    }

    fn no_slot(&self, demand: &Demand) -> QuotaError {
        self.with_key(&demand.key, |key, _| {
            let bucket = key
                .buckets
                .iter()
                .find(|b| b.spec.kind == BucketKind::Concurrency);
            QuotaError {
                key: demand.key.clone(),
                bucket: bucket.map(|b| b.spec.name.to_string()).unwrap_or_default(),
                kind: BucketKind::Concurrency,
                needed: 1,
                available: 0,
                refills_at: None,
                policy: demand.policy,
            }
        })
    }

    /// Applies figures an answer reported outside a reservation (Direct's `Units` of a call the
    /// governor did not reserve, say).
    pub fn update(&self, key: &QuotaKey, figures: &[Figure]) {
        let sequence = self.next_sequence();
        let now = self.with_key(key, |key, now| {
            key.apply(figures, sequence, now);
            now
        });
        self.inner.changed.notify_waiters();
        if let Some(store) = self.shared_store() {
            let (store, key, figures) = (store.clone(), key.clone(), figures.to_vec());
            self.track(Some(Box::pin(async move {
                if let Err(e) = store.write_figures(&key, &figures, now).await {
                    tracing::warn!(key = %key, error = %e, "the figures could not be shared");
                }
            })));
        }
    }

    /// Whether a server error (500, 503) of `key` may be retried: every server-error bucket of
    /// the key keeps more than its margin (a bucket with no figure yet counts from its limit).
    pub fn may_retry_server_error(&self, key: &QuotaKey) -> bool {
        self.with_key(key, |key, _| {
            key.buckets.iter().all(|bucket| match bucket.spec.kind {
                BucketKind::ServerErrors { margin } => {
                    bucket.remaining.is_none_or(|left| left > margin)
                }
                _ => true,
            })
        })
    }

    /// Every bucket known, key by key in key order, each key's buckets in its profile's order.
    pub fn snapshot(&self) -> Vec<BucketSnapshot> {
        let now = self.now();
        let mut state = self.lock();
        let mut list = Vec::new();
        for (key, key_state) in &mut state.keys {
            key_state.refresh(now);
            for bucket in &key_state.buckets {
                let (remaining, reserved) = match (&key_state.slots, bucket.spec.kind) {
                    (Some((semaphore, limit)), BucketKind::Concurrency) => {
                        let free = semaphore.available_permits();
                        (Some(free as i64), limit.saturating_sub(free) as i64)
                    }
                    _ => (bucket.remaining, bucket.reserved),
                };
                list.push(BucketSnapshot {
                    key: key.clone(),
                    bucket: bucket.spec.name.to_string(),
                    kind: bucket.spec.kind,
                    limit: bucket.limit,
                    remaining,
                    reserved,
                    window: bucket.spec.window,
                    refills_at: bucket.refills_at,
                    reported_at: bucket.reported_at,
                });
            }
        }
        list
    }

    /// The buckets of `key` (see [`Governor::snapshot`]).
    pub fn buckets(&self, key: &QuotaKey) -> Vec<BucketSnapshot> {
        self.snapshot()
            .into_iter()
            .filter(|b| &b.key == key)
            .collect()
    }
}

/// A name for this governor as a holder of shared slots: the process and when it started.
fn holder_name() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    // Several governors of one process are holders of their own.
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let started = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    format!(
        "pid {} at {started} #{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// A slot of a shared store, renewed in the background while held.
#[derive(Debug)]
struct SharedSlot {
    store: Arc<dyn QuotaStore>,
    key: QuotaKey,
    bucket: String,
    slot: i64,
    holder: String,
    renewal: JoinHandle<()>,
}

impl SharedSlot {
    fn hold(
        store: Arc<dyn QuotaStore>,
        key: QuotaKey,
        bucket: String,
        slot: i64,
        holder: String,
        lease: Duration,
    ) -> SharedSlot {
        let renewal = {
            let (store, key, bucket, holder) =
                (store.clone(), key.clone(), bucket.clone(), holder.clone());
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(lease / 3).await;
                    match store.renew_slot(&key, &bucket, slot, &holder, lease).await {
                        Ok(true) => {}
                        Ok(false) => {
                            tracing::warn!(key = %key, slot, "a shared slot was lost (its lease expired)");
                            return;
                        }
                        Err(e) => {
                            tracing::warn!(key = %key, error = %e, "a shared slot could not be renewed")
                        }
                    }
                }
            })
        };
        SharedSlot {
            store,
            key,
            bucket,
            slot,
            holder,
            renewal,
        }
    }

    async fn release(self) {
        self.renewal.abort();
        if let Err(e) = self
            .store
            .release_slot(&self.key, &self.bucket, self.slot, &self.holder)
            .await
        {
            tracing::warn!(key = %self.key, error = %e, "a shared slot could not be given back; it frees itself when its lease ends");
        }
    }
}

/// A request's reserved cost and concurrency slot. Settle it with what the answer said; a
/// reservation dropped unsettled is released (nothing charged), and its slot given back.
#[derive(Debug)]
pub struct Reservation {
    governor: Governor,
    demand: Demand,
    estimate: i64,
    sequence: u64,
    _slot: Option<OwnedSemaphorePermit>,
    shared_slot: Option<SharedSlot>,
    /// The budget counter the estimate was added to.
    budget: Option<String>,
    open: bool,
}

impl Reservation {
    /// The estimated cost reserved.
    pub fn estimate(&self) -> i64 {
        self.estimate
    }

    /// Whose buckets.
    pub fn key(&self) -> &QuotaKey {
        &self.demand.key
    }

    /// The answer reported `figures`: they replace the buckets' figures (unless a request
    /// reserved later reported first) and teach the cost of the request's shape (the most it
    /// consumed of a token bucket). Buckets without a figure are charged the estimate.
    ///
    /// With a shared store, the figures, the budget and the slot are written in the
    /// background ([`Governor::flush`] waits for them); [`Reservation::settle_shared`] waits.
    pub fn settle(mut self, figures: &[Figure]) {
        let work = self.settle_work(figures);
        self.governor.track(work);
    }

    /// [`Reservation::settle`], waiting until the shared store has the figures, the budget
    /// and the slot back.
    pub async fn settle_shared(mut self, figures: &[Figure]) {
        if let Some(work) = self.settle_work(figures) {
            work.await;
        }
    }

    fn settle_work(&mut self, figures: &[Figure]) -> Option<StoreWork> {
        let mut spent = self.estimate;
        let work = self.finish(|key, demand, estimate, sequence, now| {
            let cost = figures
                .iter()
                .filter(|f| {
                    key.buckets
                        .iter()
                        .any(|b| b.spec.name == f.bucket && b.spec.kind == BucketKind::Tokens)
                })
                .map(|f| f.consumed)
                .max();
            if let Some(cost) = cost {
                key.costs.insert(demand.shape, cost);
                key.last_cost = Some(cost);
                spent = cost;
            }
            key.apply(figures, sequence, now);
            key.charge_locally(demand, estimate, figures);
        });
        self.store_work(work, spent, figures)
    }

    /// The request was answered without figures: the estimate is taken as spent.
    pub fn settle_spent(self) {
        self.settle(&[]);
    }

    /// The request met a server error (500, 503): one is counted against the server-error
    /// buckets; no tokens are charged.
    pub fn server_error(mut self) {
        let work = self.finish(|key, _, _, _, _| {
            for bucket in &mut key.buckets {
                if let (BucketKind::ServerErrors { .. }, Some(left)) =
                    (bucket.spec.kind, &mut bucket.remaining)
                {
                    *left -= 1;
                }
            }
        });
        let work = self.store_work(work, 0, &[]);
        self.governor.track(work);
    }

    /// The server said bucket `bucket` is exhausted (429): it is empty until it refills.
    pub fn exhausted(mut self, bucket: &str) {
        let work = self.finish(|key, _, _, sequence, now| {
            key.apply(&[Figure::new(bucket.to_owned(), 0, 0)], sequence, now);
        });
        let work = self.store_work(work, 0, &[Figure::new(bucket.to_owned(), 0, 0)]);
        self.governor.track(work);
    }

    /// Nothing was charged (the request was not sent, or refused as invalid): the reservation
    /// is given back.
    pub fn release(mut self) {
        let work = self.finish(|_, _, _, _, _| {});
        let work = self.store_work(work, 0, &[]);
        self.governor.track(work);
    }

    /// [`Reservation::release`], waiting until the shared store has the slot back.
    pub async fn release_shared(mut self) {
        let work = self.finish(|_, _, _, _, _| {});
        if let Some(work) = self.store_work(work, 0, &[]) {
            work.await;
        }
    }

    /// Settles the local buckets; `Some(now)` the first time (`None` when already settled).
    fn finish(
        &mut self,
        work: impl FnOnce(&mut KeyState, &Demand, i64, u64, SystemTime),
    ) -> Option<SystemTime> {
        if !std::mem::replace(&mut self.open, false) {
            return None;
        }
        let (demand, estimate, sequence) = (&self.demand, self.estimate, self.sequence);
        let now = self.governor.with_key(&demand.key, |key, now| {
            key.hold(demand, estimate, -1);
            work(key, demand, estimate, sequence, now);
            now
        });
        self.governor.inner.changed.notify_waiters();
        Some(now)
    }

    /// What the store is told once the reservation is settled at `settled`: `spent` (the
    /// budget held the estimate), `figures` (when shared), the slot back.
    fn store_work(
        &mut self,
        settled: Option<SystemTime>,
        spent: i64,
        figures: &[Figure],
    ) -> Option<StoreWork> {
        let now = settled?;
        let slot = self.shared_slot.take();
        let budget = self
            .budget
            .take()
            .map(|counter| (counter, spent - self.estimate));
        let shared = self.governor.shared_store().cloned();
        let figures = shared
            .as_ref()
            .filter(|_| !figures.is_empty())
            .map(|store| (store.clone(), figures.to_vec()));
        if slot.is_none() && figures.is_none() && budget.as_ref().is_none_or(|(_, n)| *n == 0) {
            return None;
        }
        let store = self.governor.inner.store.clone();
        let key = self.demand.key.clone();
        Some(Box::pin(async move {
            if let Some((store, figures)) = figures {
                if let Err(e) = store.write_figures(&key, &figures, now).await {
                    tracing::warn!(key = %key, error = %e, "the figures could not be shared");
                }
            }
            if let Some((counter, correction)) = budget.filter(|(_, n)| *n != 0) {
                if let Err(e) = store.add_to_budget(&counter, correction).await {
                    tracing::warn!(key = %key, error = %e, "the budget could not be corrected");
                }
            }
            if let Some(slot) = slot {
                slot.release().await;
            }
        }))
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        let work = self.finish(|_, _, _, _, _| {});
        let work = self.store_work(work, 0, &[]);
        self.governor.track(work);
    }
}

#[cfg(test)]
mod tests;
