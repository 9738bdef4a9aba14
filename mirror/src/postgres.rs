//! The PostgreSQL implementation of [`Storage`]: the same tables, columns and steps as the
//! SQLite mirror, shared by any number of processes and machines.
//!
//! The driver is async (tokio-postgres with a deadpool pool) and the [`Storage`] trait is not:
//! the storage keeps a small runtime of its own and waits for each call on it, so that it can
//! be used from any runtime (or none), as the SQLite storage is.

use std::collections::HashSet;
use std::future::Future;
use std::time::Duration;

use deadpool_postgres::{GenericClient, Pool, Runtime};
use tokio_postgres::NoTls;

use crate::storage::{
    Applied, Batch, Lease, LoginState, LoginStatus, ObjectKind, Pending, Row, Scope, Storage,
    StorageError,
};
use crate::Step;

mod embedded {
    refinery::embed_migrations!("migrations/postgres");
}

/// The runs' clock: UTC with milliseconds, as text that sorts as time does (as in SQLite).
const NOW: &str =
    "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

/// Taken around the migrations, so that workers starting at once migrate one after another.
const MIGRATION_LOCK: i64 = 0x6d69_7272_6f72; // "mirror"

/// Whether `database` names a PostgreSQL database (`postgres://` or `postgresql://`).
pub fn is_postgres_url(database: &str) -> bool {
    database.starts_with("postgres://") || database.starts_with("postgresql://")
}

/// The PostgreSQL implementation of [`Storage`].
pub struct PostgresStorage {
    pool: Pool,
    /// Runs the driver; `None` only while dropping.
    runtime: Option<tokio::runtime::Runtime>,
}

impl std::fmt::Debug for PostgresStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStorage").finish_non_exhaustive()
    }
}

impl Drop for PostgresStorage {
    fn drop(&mut self) {
        // Not a blocking shutdown: the storage may be dropped inside another runtime.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// A failure with the whole chain of causes in its text: the driver's errors say only "db
/// error" or "error connecting to server" and keep the reason in their source.
pub(crate) fn pg_fail<E: std::error::Error + Send + Sync + 'static>(
    action: impl Into<String>,
) -> impl FnOnce(E) -> StorageError {
    let action = action.into();
    move |e| {
        let mut text = e.to_string();
        let mut cause = e.source();
        while let Some(inner) = cause {
            let more = inner.to_string();
            if !text.contains(&more) {
                text = format!("{text}: {more}");
            }
            cause = inner.source();
        }
        error(action, text)
    }
}

fn error(action: impl Into<String>, message: impl Into<String>) -> StorageError {
    StorageError {
        action: action.into(),
        source: message.into().into(),
    }
}

impl PostgresStorage {
    /// Connects to the database at `url` (`postgres://user@host:port/db`) and applies the
    /// migrations it lacks (files in `migrations/postgres`, embedded at build time).
    pub fn connect(url: &str) -> Result<PostgresStorage, StorageError> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(pg_fail(format!("reading the database address {url:?}")))?;
        // An unreachable host fails instead of hanging (the address may set its own).
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("mirror-postgres")
            .enable_all()
            .build()
            .map_err(pg_fail("starting the database runtime"))?;
        let manager = deadpool_postgres::Manager::new(config.clone(), NoTls);
        let pool = Pool::builder(manager)
            .runtime(Runtime::Tokio1)
            .max_size(4)
            .build()
            .map_err(pg_fail("building the connection pool"))?;
        let storage = PostgresStorage {
            pool,
            runtime: Some(runtime),
        };
        storage.run(async move { migrate(&config).await })?;
        Ok(storage)
    }

    /// The schema version: the last migration applied.
    pub fn schema_version(&self) -> Result<i64, StorageError> {
        let pool = self.pool.clone();
        self.run(async move {
            let action = "reading the schema version";
            let client = pool.get().await.map_err(pg_fail(action))?;
            let row = client
                .query_one(
                    "SELECT coalesce(max(version), 0)::bigint FROM refinery_schema_history",
                    &[],
                )
                .await
                .map_err(pg_fail(action))?;
            Ok(row.get(0))
        })
    }

    /// The connection pool, for queries of your own.
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Runs `work` on the storage's runtime and waits for it.
    fn run<T: Send + 'static>(
        &self,
        work: impl Future<Output = Result<T, StorageError>> + Send + 'static,
    ) -> Result<T, StorageError> {
        let Some(runtime) = &self.runtime else {
            return Err(error("using the database", "the storage is closed"));
        };
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        runtime.spawn(async move {
            let _ = sender.send(work.await);
        });
        receiver
            .recv()
            .map_err(|_| error("using the database", "the database task ended"))?
    }
}

/// Applies the migrations the database lacks, one process at a time.
pub(crate) async fn migrate(config: &tokio_postgres::Config) -> Result<(), StorageError> {
    let action = "migrating the database";
    let (mut client, connection) = config
        .connect(NoTls)
        .await
        .map_err(pg_fail("connecting to the database"))?;
    let driver = tokio::spawn(connection);
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(pg_fail(action))?;
    let migrated = embedded::migrations::runner()
        .run_async(&mut client)
        .await
        .map_err(pg_fail(action));
    let unlocked = client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(pg_fail(action));
    drop(client);
    let _ = driver.await;
    migrated?;
    unlocked?;
    Ok(())
}

/// Inserts or updates one object: 0 unchanged, 1 added, 2 changed (as the SQLite storage).
async fn upsert(
    tx: &deadpool_postgres::Transaction<'_>,
    login: &str,
    kind: ObjectKind,
    row: &Row,
) -> Result<u8, tokio_postgres::Error> {
    let table = kind.table();
    let old = tx
        .query_opt(
            &tx.prepare_cached(&format!(
                "SELECT campaign_id, ad_group_id, json FROM {table} WHERE login = $1 AND id = $2"
            ))
            .await?,
            &[&login, &row.id],
        )
        .await?;
    let old: Option<(Option<i64>, Option<i64>, String)> =
        old.map(|r| (r.get(0), r.get(1), r.get(2)));
    match old {
        Some((_, _, json)) if json == row.json => Ok(0),
        Some((campaign_id, ad_group_id, _))
            if campaign_id == row.campaign_id && ad_group_id == row.ad_group_id =>
        {
            let statement = tx
                .prepare_cached(&format!(
                    "UPDATE {table} SET name = $3, status = $4, state = $5, type = $6, json = $7
                     WHERE login = $1 AND id = $2"
                ))
                .await?;
            tx.execute(
                &statement,
                &[
                    &login,
                    &row.id,
                    &row.name,
                    &row.status,
                    &row.state,
                    &row.kind_type,
                    &row.json,
                ],
            )
            .await?;
            Ok(2)
        }
        _ => {
            let statement = tx
                .prepare_cached(&format!(
                    "INSERT INTO {table} (login, id, campaign_id, ad_group_id, name, status, state,
                         type, json)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                     ON CONFLICT (login, id) DO UPDATE SET campaign_id = $3, ad_group_id = $4,
                         name = $5, status = $6, state = $7, type = $8, json = $9"
                ))
                .await?;
            tx.execute(
                &statement,
                &[
                    &login,
                    &row.id,
                    &row.campaign_id,
                    &row.ad_group_id,
                    &row.name,
                    &row.status,
                    &row.state,
                    &row.kind_type,
                    &row.json,
                ],
            )
            .await?;
            Ok(if old.is_some() { 2 } else { 1 })
        }
    }
}

/// Removes one object and what is inside it; the number of rows removed.
async fn remove(
    tx: &deadpool_postgres::Transaction<'_>,
    login: &str,
    kind: ObjectKind,
    id: i64,
) -> Result<u64, tokio_postgres::Error> {
    let mut removed = tx
        .execute(
            &format!("DELETE FROM {} WHERE login = $1 AND id = $2", kind.table()),
            &[&login, &id],
        )
        .await?;
    let parent_column = match kind {
        ObjectKind::Campaign => "campaign_id",
        ObjectKind::AdGroup => "ad_group_id",
        _ => return Ok(removed),
    };
    for child in ObjectKind::ALL.into_iter().filter(|c| *c > kind) {
        removed += tx
            .execute(
                &format!(
                    "DELETE FROM {} WHERE login = $1 AND {parent_column} = $2",
                    child.table()
                ),
                &[&login, &id],
            )
            .await?;
    }
    Ok(removed)
}

/// Writes a whole batch in `tx` (committed by the caller).
async fn write(
    tx: &deadpool_postgres::Transaction<'_>,
    batch: &Batch,
) -> Result<Applied, tokio_postgres::Error> {
    let login = batch.login.as_str();
    let mut applied = Applied::default();
    for kind in &batch.replace {
        let kept: Vec<i64> = batch
            .upserts
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, row)| row.id)
            .collect::<HashSet<i64>>()
            .into_iter()
            .collect();
        applied.removed += tx
            .execute(
                &format!(
                    "DELETE FROM {} WHERE login = $1 AND NOT (id = ANY($2))",
                    kind.table()
                ),
                &[&login, &kept],
            )
            .await?;
    }
    for (kind, id) in &batch.removals {
        applied.removed += remove(tx, login, *kind, *id).await?;
    }
    for (kind, row) in &batch.upserts {
        match upsert(tx, login, *kind, row).await? {
            1 => applied.added += 1,
            2 => applied.changed += 1,
            _ => {}
        }
    }
    for (name, json) in &batch.dictionaries {
        tx.execute(
            "INSERT INTO dictionaries (name, json) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET json = $2",
            &[name, json],
        )
        .await?;
    }
    let state = &batch.state;
    let pending = state
        .pending
        .as_ref()
        .map(|p| serde_json::to_string(p).unwrap_or_default());
    tx.execute(
        "INSERT INTO sync_state (login, timestamp, dictionaries_timestamp, pending)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (login) DO UPDATE SET timestamp = $2, dictionaries_timestamp = $3,
             pending = $4",
        &[
            &login,
            &state.timestamp,
            &state.dictionaries_timestamp,
            &pending,
        ],
    )
    .await?;
    if let Some(step) = batch.step {
        tx.execute(
            "INSERT INTO units_log (login, run_started_at, step, units, requests, added, changed,
                 removed)
             VALUES ($1, (SELECT run_started_at FROM sync_state WHERE login = $1), $2, $3, $4, $5,
                 $6, $7)",
            &[
                &login,
                &step.as_str(),
                &batch.units,
                &(batch.requests as i64),
                &(applied.added as i64),
                &(applied.changed as i64),
                &(applied.removed as i64),
            ],
        )
        .await?;
    }
    Ok(applied)
}

impl Storage for PostgresStorage {
    fn state(&mut self, login: &str) -> Result<LoginState, StorageError> {
        let pool = self.pool.clone();
        let login = login.to_owned();
        self.run(async move {
            let action = || format!("reading the sync state of {login}");
            let client = pool.get().await.map_err(pg_fail(action()))?;
            let row = client
                .query_opt(
                    "SELECT timestamp, dictionaries_timestamp, pending FROM sync_state
                     WHERE login = $1",
                    &[&login],
                )
                .await
                .map_err(pg_fail(action()))?;
            let Some(row) = row else {
                return Ok(LoginState::default());
            };
            let pending: Option<String> = row.get(2);
            let pending = match pending {
                Some(text) => Some(
                    serde_json::from_str(&text)
                        .map_err(pg_fail(format!("reading the pending sync of {login}")))?,
                ),
                None => None,
            };
            Ok(LoginState {
                timestamp: row.get(0),
                dictionaries_timestamp: row.get(1),
                pending,
            })
        })
    }

    fn ids(
        &mut self,
        login: &str,
        kind: ObjectKind,
        scope: Scope<'_>,
    ) -> Result<Vec<i64>, StorageError> {
        let pool = self.pool.clone();
        let login = login.to_owned();
        let table = kind.table();
        let parents = match scope {
            Scope::All => None,
            Scope::Campaigns(ids) => Some(("campaign_id", ids.to_vec())),
            Scope::AdGroups(ids) => Some(("ad_group_id", ids.to_vec())),
        };
        self.run(async move {
            let action = || format!("listing the {table} of {login}");
            let client = pool.get().await.map_err(pg_fail(action()))?;
            let rows = match &parents {
                None => {
                    client
                        .query(
                            &format!("SELECT id FROM {table} WHERE login = $1 ORDER BY id"),
                            &[&login],
                        )
                        .await
                }
                Some((column, parents)) => {
                    client
                        .query(
                            &format!(
                                "SELECT id FROM {table} WHERE login = $1 AND {column} = ANY($2)
                                 ORDER BY id"
                            ),
                            &[&login, parents],
                        )
                        .await
                }
            }
            .map_err(pg_fail(action()))?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
    }

    fn apply(&mut self, batch: &Batch) -> Result<Applied, StorageError> {
        let pool = self.pool.clone();
        let batch = batch.clone();
        self.run(async move {
            let step = batch.step.map_or("state", Step::as_str);
            let action = || format!("writing step `{step}` of {}", batch.login);
            let mut client = pool.get().await.map_err(pg_fail(action()))?;
            let tx = client.transaction().await.map_err(pg_fail(action()))?;
            let applied = write(&tx, &batch).await.map_err(pg_fail(action()))?;
            tx.commit().await.map_err(pg_fail(action()))?;
            Ok(applied)
        })
    }

    fn start_run(&mut self, login: &str) -> Result<(), StorageError> {
        let pool = self.pool.clone();
        let login = login.to_owned();
        self.run(async move {
            let action = || format!("starting a sync of {login}");
            let client = pool.get().await.map_err(pg_fail(action()))?;
            client
                .execute(
                    &format!(
                        "INSERT INTO sync_state (login, run_started_at) VALUES ($1, {NOW})
                         ON CONFLICT (login) DO UPDATE SET run_started_at = excluded.run_started_at"
                    ),
                    &[&login],
                )
                .await
                .map_err(pg_fail(action()))?;
            Ok(())
        })
    }

    fn status(&mut self) -> Result<Vec<LoginStatus>, StorageError> {
        let pool = self.pool.clone();
        self.run(async move {
            let action = "reading the status";
            let client = pool.get().await.map_err(pg_fail(action))?;
            let rows = client
                .query(
                    "SELECT s.login, s.timestamp, s.pending,
                        (SELECT count(*) FROM campaigns WHERE login = s.login),
                        (SELECT count(*) FROM ad_groups WHERE login = s.login),
                        (SELECT count(*) FROM ads WHERE login = s.login),
                        (SELECT count(*) FROM keywords WHERE login = s.login),
                        (SELECT coalesce(sum(units), 0)::bigint FROM units_log
                            WHERE login = s.login),
                        (SELECT coalesce(sum(units), 0)::bigint FROM units_log
                            WHERE login = s.login AND run_started_at = s.run_started_at)
                     FROM sync_state s ORDER BY s.login",
                    &[],
                )
                .await
                .map_err(pg_fail(action))?;
            Ok(rows
                .iter()
                .map(|r| {
                    let pending: Option<String> = r.get(2);
                    LoginStatus {
                        login: r.get(0),
                        timestamp: r.get(1),
                        pending: pending.map(|text| match serde_json::from_str::<Pending>(&text) {
                            Ok(p) => p
                                .done
                                .last()
                                .map_or("started".to_owned(), |s| format!("after {}", s.as_str())),
                            Err(_) => "unreadable".to_owned(),
                        }),
                        counts: [3, 4, 5, 6].map(|i| r.get::<_, i64>(i) as u64),
                        units: r.get(7),
                        last_run_units: r.get(8),
                    }
                })
                .collect())
        })
    }

    fn try_lease(
        &mut self,
        login: &str,
        holder: &str,
        lease: Duration,
    ) -> Result<Lease, StorageError> {
        let pool = self.pool.clone();
        let (login, holder) = (login.to_owned(), holder.to_owned());
        let millis = i64::try_from(lease.as_millis()).unwrap_or(i64::MAX);
        self.run(async move {
            let action = || format!("taking the lease of {login}");
            let client = pool.get().await.map_err(pg_fail(action()))?;
            // The database's clock decides, so that machines whose clocks differ agree.
            let taken = client
                .execute(
                    "INSERT INTO sync_leases (login, holder, expires_at)
                     VALUES ($1, $2, clock_timestamp() + $3::bigint * interval '1 millisecond')
                     ON CONFLICT (login) DO UPDATE SET holder = excluded.holder,
                         expires_at = excluded.expires_at
                     WHERE sync_leases.holder = excluded.holder
                         OR sync_leases.expires_at < clock_timestamp()",
                    &[&login, &holder, &millis],
                )
                .await
                .map_err(pg_fail(action()))?;
            if taken == 1 {
                return Ok(Lease::Taken);
            }
            let row = client
                .query_opt("SELECT holder FROM sync_leases WHERE login = $1", &[&login])
                .await
                .map_err(pg_fail(action()))?;
            Ok(Lease::HeldBy(row.map(|r| r.get(0)).unwrap_or_default()))
        })
    }

    fn release_lease(&mut self, login: &str, holder: &str) -> Result<(), StorageError> {
        let pool = self.pool.clone();
        let (login, holder) = (login.to_owned(), holder.to_owned());
        self.run(async move {
            let action = || format!("releasing the lease of {login}");
            let client = pool.get().await.map_err(pg_fail(action()))?;
            client
                .execute(
                    "DELETE FROM sync_leases WHERE login = $1 AND holder = $2",
                    &[&login, &holder],
                )
                .await
                .map_err(pg_fail(action()))?;
            Ok(())
        })
    }

    fn clock(&mut self) -> Result<String, StorageError> {
        let pool = self.pool.clone();
        self.run(async move {
            let action = "reading the clock";
            let client = pool.get().await.map_err(pg_fail(action))?;
            let row = client
                .query_one(&format!("SELECT {NOW}"), &[])
                .await
                .map_err(pg_fail(action))?;
            Ok(row.get(0))
        })
    }

    fn synced_since(&mut self, login: &str, since: &str) -> Result<bool, StorageError> {
        let pool = self.pool.clone();
        let (login, since) = (login.to_owned(), since.to_owned());
        self.run(async move {
            let action = || format!("reading the sync state of {login}");
            let client = pool.get().await.map_err(pg_fail(action()))?;
            let row = client
                .query_opt(crate::storage::SYNCED_SINCE, &[&login, &since])
                .await
                .map_err(pg_fail(action()))?;
            Ok(row
                .and_then(|r| r.get::<_, Option<bool>>(0))
                .unwrap_or(false))
        })
    }

    fn logins(&mut self) -> Result<Vec<String>, StorageError> {
        let pool = self.pool.clone();
        self.run(async move {
            let action = "listing the logins";
            let client = pool.get().await.map_err(pg_fail(action))?;
            let rows = client
                .query("SELECT login FROM sync_state ORDER BY login", &[])
                .await
                .map_err(pg_fail(action))?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
    }
}
