//! The governor's shared store in PostgreSQL: the limits of every process and machine using
//! one database counted as one (tables `quota_slots`, `quota_figures` and `quota_budgets`).
//!
//! Slots are lease rows (`expires_at` by the database's clock, renewed while a request runs),
//! so a killed process frees its slots after the lease. Figures are the latest an answer
//! reported per key and bucket; budgets are counters every process adds to. Keys are the
//! governor's [`QuotaKey`]s as text, so GA4 properties (`ga4 properties/123/core`, with their
//! `concurrentRequests` slots and `tokensPerHour` figures) and Metrica's keys use the same
//! tables as Direct's logins (`direct client-login`, `inFlight` and `units`).

use std::time::{Duration, SystemTime};

use deadpool_postgres::{Pool, Runtime};
use tokio_postgres::NoTls;
use yandex_direct::runtime::governor::{Figure, QuotaKey, QuotaStore, StoreError, StoreFuture};

use crate::postgres::{migrate, pg_fail};
use crate::storage::StorageError;

/// The governor's [`QuotaStore`] in PostgreSQL (see the module's documentation).
pub struct PostgresQuotaStore {
    pool: Pool,
}

impl std::fmt::Debug for PostgresQuotaStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresQuotaStore").finish_non_exhaustive()
    }
}

fn store_error(action: String) -> impl FnOnce(deadpool_postgres::PoolError) -> StoreError {
    move |e| StoreError::new(action, chain(&e))
}

fn query_error(action: String) -> impl FnOnce(tokio_postgres::Error) -> StoreError {
    move |e| StoreError::new(action, chain(&e))
}

/// An error with its causes: the driver's say only "db error" and keep the reason below.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(inner) = cause {
        let more = inner.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        cause = inner.source();
    }
    text
}

impl PostgresQuotaStore {
    /// Connects to the database at `url` (the mirror's, or any) and applies the migrations
    /// it lacks. Call it inside the tokio runtime that will use the store: its connections
    /// run there.
    pub async fn connect(url: &str) -> Result<PostgresQuotaStore, StorageError> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(pg_fail(format!("reading the database address {url:?}")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        migrate(&config).await?;
        let manager = deadpool_postgres::Manager::new(config, NoTls);
        let pool = Pool::builder(manager)
            .runtime(Runtime::Tokio1)
            .max_size(8)
            .build()
            .map_err(pg_fail("building the connection pool"))?;
        Ok(PostgresQuotaStore { pool })
    }

    async fn client(&self, action: &str) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool
            .get()
            .await
            .map_err(store_error(action.to_owned()))
    }
}

impl QuotaStore for PostgresQuotaStore {
    fn take_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        limit: i64,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, Option<i64>> {
        Box::pin(async move {
            let action = format!("taking a slot of {key}");
            let client = self.client(&action).await?;
            // A free slot at random (fewer workers race for the same one); a row whose lease
            // ended is taken over, one another worker just took is not.
            let statement = client
                .prepare_cached(
                    "INSERT INTO quota_slots AS q (quota_key, bucket, slot, holder, expires_at)
                     SELECT $1, $2, s, $4, clock_timestamp() + make_interval(secs => $5)
                     FROM generate_series(0::bigint, $3::bigint - 1) AS s
                     WHERE NOT EXISTS (SELECT 1 FROM quota_slots o WHERE o.quota_key = $1
                         AND o.bucket = $2 AND o.slot = s AND o.expires_at > clock_timestamp())
                     ORDER BY random() LIMIT 1
                     ON CONFLICT (quota_key, bucket, slot) DO UPDATE
                         SET holder = excluded.holder, expires_at = excluded.expires_at
                         WHERE q.expires_at <= clock_timestamp()
                     RETURNING slot",
                )
                .await
                .map_err(query_error(action.clone()))?;
            let row = client
                .query_opt(
                    &statement,
                    &[
                        &key.to_string(),
                        &bucket,
                        &limit.max(1),
                        &holder,
                        &lease.as_secs_f64(),
                    ],
                )
                .await
                .map_err(query_error(action))?;
            Ok(row.map(|row| row.get(0)))
        })
    }

    fn renew_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        slot: i64,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let action = format!("renewing a slot of {key}");
            let client = self.client(&action).await?;
            let renewed = client
                .execute(
                    "UPDATE quota_slots SET expires_at = clock_timestamp() + make_interval(secs => $5)
                     WHERE quota_key = $1 AND bucket = $2 AND slot = $3 AND holder = $4",
                    &[&key.to_string(), &bucket, &slot, &holder, &lease.as_secs_f64()],
                )
                .await
                .map_err(query_error(action))?;
            Ok(renewed == 1)
        })
    }

    fn release_slot<'a>(
        &'a self,
        key: &'a QuotaKey,
        bucket: &'a str,
        slot: i64,
        holder: &'a str,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let action = format!("giving back a slot of {key}");
            let client = self.client(&action).await?;
            let statement = client
                .prepare_cached(
                    "DELETE FROM quota_slots
                     WHERE quota_key = $1 AND bucket = $2 AND slot = $3 AND holder = $4",
                )
                .await
                .map_err(query_error(action.clone()))?;
            client
                .execute(&statement, &[&key.to_string(), &bucket, &slot, &holder])
                .await
                .map_err(query_error(action))?;
            Ok(())
        })
    }

    fn write_figures<'a>(
        &'a self,
        key: &'a QuotaKey,
        figures: &'a [Figure],
        at: SystemTime,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let action = format!("writing the figures of {key}");
            let client = self.client(&action).await?;
            let statement = client
                .prepare_cached(
                    "INSERT INTO quota_figures AS f
                         (quota_key, bucket, consumed, remaining, stated_limit, reported_at)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (quota_key, bucket) DO UPDATE
                         SET consumed = excluded.consumed, remaining = excluded.remaining,
                             stated_limit = excluded.stated_limit,
                             reported_at = excluded.reported_at
                         WHERE f.reported_at <= excluded.reported_at",
                )
                .await
                .map_err(query_error(action.clone()))?;
            let key = key.to_string();
            for figure in figures {
                client
                    .execute(
                        &statement,
                        &[
                            &key,
                            &figure.bucket.as_ref(),
                            &figure.consumed,
                            &figure.remaining,
                            &figure.limit,
                            &at,
                        ],
                    )
                    .await
                    .map_err(query_error(action.clone()))?;
            }
            Ok(())
        })
    }

    fn read_figures<'a>(&'a self, key: &'a QuotaKey) -> StoreFuture<'a, Vec<(Figure, SystemTime)>> {
        Box::pin(async move {
            let action = format!("reading the figures of {key}");
            let client = self.client(&action).await?;
            let statement = client
                .prepare_cached(
                    "SELECT bucket, consumed, remaining, stated_limit, reported_at
                     FROM quota_figures WHERE quota_key = $1",
                )
                .await
                .map_err(query_error(action.clone()))?;
            let rows = client
                .query(&statement, &[&key.to_string()])
                .await
                .map_err(query_error(action))?;
            Ok(rows
                .iter()
                .map(|row| {
                    let figure = Figure {
                        bucket: row.get::<_, String>(0).into(),
                        consumed: row.get(1),
                        remaining: row.get(2),
                        limit: row.get(3),
                    };
                    (figure, row.get(4))
                })
                .collect())
        })
    }

    fn add_to_budget<'a>(&'a self, counter: &'a str, amount: i64) -> StoreFuture<'a, i64> {
        Box::pin(async move {
            let action = format!("counting budget {counter:?}");
            let client = self.client(&action).await?;
            let statement = client
                .prepare_cached(
                    "INSERT INTO quota_budgets AS b (counter, spent) VALUES ($1, $2)
                     ON CONFLICT (counter) DO UPDATE SET spent = b.spent + excluded.spent
                     RETURNING spent",
                )
                .await
                .map_err(query_error(action.clone()))?;
            let row = client
                .query_one(&statement, &[&counter, &amount])
                .await
                .map_err(query_error(action))?;
            Ok(row.get(0))
        })
    }
}
