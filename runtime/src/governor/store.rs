//! Where the governor keeps what several processes must agree on: concurrency slots, the
//! latest figures of each key and budget counters.
//!
//! The default is the process's own memory ([`MemoryStore`]): every clone of one
//! [`Governor`](super::Governor) counts together, other processes do not. A store shared by
//! processes and machines (the mirror crate's `PostgresQuotaStore`, tables in the mirror's
//! PostgreSQL database) makes their limits one:
//!
//! - **Slots** are leases: `take_slot` holds one of a bucket's `limit` slots for a holder until
//!   the lease expires (renewed while the request runs), so a killed process frees its slots
//!   after the lease. Direct's 5 requests in flight per login, GA4's 10 per property and
//!   category, Metrica's per-user limit are each a [`BucketKind::Concurrency`](super::BucketKind)
//!   bucket of a key: the same two calls.
//! - **Figures** are the latest an answer reported per key and bucket (Direct's `Units`, GA4's
//!   `propertyQuota`, Metrica's), with when: a process reads them before each request, so a
//!   bucket another process emptied is seen empty here.
//! - **Budgets** are counters by name that every process adds to (a budget of units per login
//!   per day, of tokens per GA4 property): a request's estimate is added before it is sent and
//!   refused if the total would pass the budget, then corrected by what the answer says.
//!
//! Keys are the governor's [`QuotaKey`]s as text (`api scope`), so a new API needs no new table.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use super::{Figure, QuotaKey};

/// What a store's calls return: a boxed future (the trait is object safe).
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// A store that could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("quota store: {action}: {message}")]
pub struct StoreError {
    /// What was being done (`taking a slot of direct client-1`).
    pub action: String,
    /// Why it failed.
    pub message: String,
}

impl StoreError {
    /// An error of `action`.
    pub fn new(action: impl Into<String>, message: impl fmt::Display) -> Self {
        StoreError {
            action: action.into(),
            message: message.to_string(),
        }
    }
}

/// The shared part of the governor's state (see the module's documentation).
pub trait QuotaStore: Send + Sync + fmt::Debug {
    /// Takes one of the `limit` slots of `key`'s bucket `bucket` for `holder` until `lease`
    /// from now: the slot's number, or `None` when every slot is held by a lease not expired.
    fn take_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        limit: i64,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, Option<i64>>;

    /// Extends `holder`'s lease of slot `slot` to `lease` from now; `false` when the holder
    /// lost it (expired and taken by another).
    fn renew_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        slot: i64,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, bool>;

    /// Gives slot `slot` back, if `holder` still holds it.
    fn release_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        slot: i64,
        holder: &'a str,
    ) -> StoreFuture<'a, ()>;

    /// Keeps `figures` as `key`'s latest, reported `at`, unless a later report is kept.
    fn write_figures<'a>(
        &'a self,
        key: &'a QuotaKey,
        figures: &'a [Figure],
        at: SystemTime,
    ) -> StoreFuture<'a, ()>;

    /// The latest figure of each of `key`'s buckets, with when it was reported.
    fn read_figures<'a>(&'a self, key: &'a QuotaKey) -> StoreFuture<'a, Vec<(Figure, SystemTime)>>;

    /// Adds `amount` (negative to give back) to counter `counter`: its new total.
    fn add_to_budget<'a>(&'a self, counter: &'a str, amount: i64) -> StoreFuture<'a, i64>;
}

/// The in-process store: the default, shared by the clones of one governor.
#[derive(Debug, Default)]
pub struct MemoryStore {
    state: Mutex<MemoryState>,
}

#[derive(Debug, Default)]
struct MemoryState {
    /// (key, bucket, slot) → (holder, lease end).
    slots: HashMap<(QuotaKey, String, i64), (String, Instant)>,
    figures: HashMap<QuotaKey, HashMap<String, (Figure, SystemTime)>>,
    budgets: HashMap<String, i64>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        MemoryStore::default()
    }

    fn with<T>(&self, work: impl FnOnce(&mut MemoryState) -> T) -> T {
        work(&mut self.state.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl QuotaStore for MemoryStore {
    fn take_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        limit: i64,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, Option<i64>> {
        let now = Instant::now();
        let taken = self.with(|state| {
            let free = (0..limit.max(1)).find(|&slot| {
                state
                    .slots
                    .get(&(key.clone(), bucket.to_owned(), slot))
                    .is_none_or(|(_, until)| *until <= now)
            })?;
            state.slots.insert(
                (key.clone(), bucket.to_owned(), free),
                (holder.to_owned(), now + lease),
            );
            Some(free)
        });
        Box::pin(async move { Ok(taken) })
    }

    fn renew_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        slot: i64,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        let now = Instant::now();
        let renewed =
            self.with(
                |state| match state.slots.get_mut(&(key.clone(), bucket.to_owned(), slot)) {
                    Some((held_by, until)) if held_by == holder => {
                        *until = now + lease;
                        true
                    }
                    _ => false,
                },
            );
        Box::pin(async move { Ok(renewed) })
    }

    fn release_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        slot: i64,
        holder: &'a str,
    ) -> StoreFuture<'a, ()> {
        self.with(|state| {
            let id = (key.clone(), bucket.to_owned(), slot);
            if state
                .slots
                .get(&id)
                .is_some_and(|(held_by, _)| held_by == holder)
            {
                state.slots.remove(&id);
            }
        });
        Box::pin(async { Ok(()) })
    }

    fn write_figures<'a>(
        &'a self,
        key: &'a QuotaKey,
        figures: &'a [Figure],
        at: SystemTime,
    ) -> StoreFuture<'a, ()> {
        self.with(|state| {
            let kept = state.figures.entry(key.clone()).or_default();
            for figure in figures {
                let newer = kept
                    .get(figure.bucket.as_ref())
                    .is_none_or(|(_, when)| *when <= at);
                if newer {
                    kept.insert(figure.bucket.to_string(), (figure.clone(), at));
                }
            }
        });
        Box::pin(async { Ok(()) })
    }

    fn read_figures<'a>(&'a self, key: &'a QuotaKey) -> StoreFuture<'a, Vec<(Figure, SystemTime)>> {
        let figures = self.with(|state| {
            state
                .figures
                .get(key)
                .map(|kept| kept.values().cloned().collect())
                .unwrap_or_default()
        });
        Box::pin(async move { Ok(figures) })
    }

    fn add_to_budget<'a>(&'a self, counter: &'a str, amount: i64) -> StoreFuture<'a, i64> {
        let total = self.with(|state| {
            let total = state.budgets.entry(counter.to_owned()).or_default();
            *total += amount;
            *total
        });
        Box::pin(async move { Ok(total) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn memory_slots_are_leases_taken_over_once_expired() {
        let store = MemoryStore::new();
        let key = QuotaKey::direct("client");
        let lease = Duration::from_millis(50);
        let mut held = Vec::new();
        for _ in 0..2 {
            held.push(
                store
                    .take_slot(&key, "inFlight", 2, "a", lease)
                    .await
                    .unwrap(),
            );
        }
        assert_eq!(held, vec![Some(0), Some(1)]);
        assert_eq!(
            store
                .take_slot(&key, "inFlight", 2, "b", lease)
                .await
                .unwrap(),
            None
        );
        store.release_slot(&key, "inFlight", 1, "b").await.unwrap();
        assert_eq!(
            store
                .take_slot(&key, "inFlight", 2, "b", lease)
                .await
                .unwrap(),
            None,
            "only its holder gives a slot back"
        );
        store.release_slot(&key, "inFlight", 1, "a").await.unwrap();
        assert_eq!(
            store
                .take_slot(&key, "inFlight", 2, "b", lease)
                .await
                .unwrap(),
            Some(1)
        );
        tokio::time::sleep(lease * 2).await;
        assert!(!store
            .renew_slot(&key, "inFlight", 0, "b", lease)
            .await
            .unwrap());
        assert_eq!(
            store
                .take_slot(&key, "inFlight", 2, "c", lease)
                .await
                .unwrap(),
            Some(0)
        );
    }

    #[tokio::test]
    async fn memory_figures_keep_the_latest_report_and_budgets_add_up() {
        let store = MemoryStore::new();
        let key = QuotaKey::direct("client");
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        store
            .write_figures(
                &key,
                &[Figure::new("units", 10, 90)],
                t0 + Duration::from_secs(1),
            )
            .await
            .unwrap();
        store
            .write_figures(&key, &[Figure::new("units", 10, 95)], t0)
            .await
            .unwrap();
        let read = store.read_figures(&key).await.unwrap();
        assert_eq!(
            read,
            vec![(Figure::new("units", 10, 90), t0 + Duration::from_secs(1))]
        );
        assert_eq!(store.add_to_budget("b", 30).await.unwrap(), 30);
        assert_eq!(store.add_to_budget("b", -5).await.unwrap(), 25);
    }
}
