//! Where the mirror keeps its data: the [`Storage`] trait the sync logic writes through, and its
//! SQLite implementation [`SqliteStorage`].
//!
//! Each [`Batch`] is applied in one transaction: the objects of a step together with the sync
//! state that says the step is done, so that a sync stopped anywhere leaves either all of a
//! step or none of it.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Step;

/// The kinds of objects the mirror keeps, one table each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ObjectKind {
    /// Campaigns, table `campaigns`.
    Campaign,
    /// Ad groups, table `ad_groups`.
    AdGroup,
    /// Ads, table `ads`.
    Ad,
    /// Keywords, table `keywords`.
    Keyword,
}

impl ObjectKind {
    /// Every kind, parents before children.
    pub const ALL: [ObjectKind; 4] = [
        ObjectKind::Campaign,
        ObjectKind::AdGroup,
        ObjectKind::Ad,
        ObjectKind::Keyword,
    ];

    /// The table the kind is kept in.
    pub fn table(self) -> &'static str {
        match self {
            ObjectKind::Campaign => "campaigns",
            ObjectKind::AdGroup => "ad_groups",
            ObjectKind::Ad => "ads",
            ObjectKind::Keyword => "keywords",
        }
    }
}

/// One object as stored: its key columns and the JSON of the typed value as received.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// `Id`.
    pub id: i64,
    /// `CampaignId` (ad groups, ads, keywords).
    pub campaign_id: Option<i64>,
    /// `AdGroupId` (ads, keywords).
    pub ad_group_id: Option<i64>,
    /// `Name` (campaigns, ad groups), `Keyword` (keywords), the title of a text ad (ads).
    pub name: Option<String>,
    /// `Status`.
    pub status: Option<String>,
    /// `State` (campaigns, ads, keywords).
    pub state: Option<String>,
    /// `Type` (campaigns, ad groups, ads).
    pub kind_type: Option<String>,
    /// The whole object as JSON, unknown fields included.
    pub json: String,
}

impl Row {
    /// The key columns read from the JSON of an object; `None` when it has no numeric `Id`.
    pub fn from_value(kind: ObjectKind, value: &Value) -> Option<Row> {
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
        let name = match kind {
            ObjectKind::Keyword => text("Keyword"),
            ObjectKind::Ad => value
                .get("TextAd")
                .and_then(|ad| ad.get("Title"))
                .and_then(Value::as_str)
                .map(str::to_owned),
            _ => text("Name"),
        };
        Some(Row {
            id: value.get("Id")?.as_i64()?,
            campaign_id: match kind {
                ObjectKind::Campaign => None,
                _ => value.get("CampaignId").and_then(Value::as_i64),
            },
            ad_group_id: value.get("AdGroupId").and_then(Value::as_i64),
            name,
            status: text("Status"),
            state: text("State"),
            kind_type: text("Type"),
            json: value.to_string(),
        })
    }
}

/// Which stored objects to list.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// All of the login's objects of the kind.
    All,
    /// Those in these campaigns.
    Campaigns(&'a [i64]),
    /// Those in these ad groups.
    AdGroups(&'a [i64]),
}

/// What is left to do of a sync that has started: saved with the first step, so that a sync
/// stopped half-way goes on from where it stopped.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Pending {
    /// A full download (`true`) or an incremental one.
    pub full: bool,
    /// The Timestamp the finished sync saves: taken before anything was read.
    pub timestamp: String,
    /// The Timestamp changes are asked since (incremental syncs).
    pub since: Option<String>,
    /// The steps already done.
    pub done: Vec<Step>,
    /// Campaigns to fetch.
    pub campaigns: Vec<i64>,
    /// Campaigns to remove.
    pub removed_campaigns: Vec<i64>,
    /// Ad groups to fetch (their keywords too).
    pub ad_groups: Vec<i64>,
    /// Ad groups to remove.
    pub removed_ad_groups: Vec<i64>,
    /// Ads to fetch.
    pub ads: Vec<i64>,
    /// Ads to remove.
    pub removed_ads: Vec<i64>,
}

/// The sync state of one login.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoginState {
    /// The Timestamp of the last finished sync (what the next one asks changes since).
    pub timestamp: Option<String>,
    /// The Timestamp of the dictionaries, from `checkDictionaries`.
    pub dictionaries_timestamp: Option<String>,
    /// A sync that started and has not finished.
    pub pending: Option<Pending>,
}

/// What one step writes, in one transaction.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// The login.
    pub login: String,
    /// The step, for the units log.
    pub step: Option<Step>,
    /// Kinds whose stored objects are replaced by `upserts` (a full download): those not in
    /// `upserts` are removed.
    pub replace: Vec<ObjectKind>,
    /// Objects to insert or update.
    pub upserts: Vec<(ObjectKind, Row)>,
    /// Objects to remove, with what is inside them.
    pub removals: Vec<(ObjectKind, i64)>,
    /// Dictionaries to store, by name, as JSON.
    pub dictionaries: Vec<(String, String)>,
    /// The login's state after the step.
    pub state: LoginState,
    /// Units the step spent.
    pub units: i64,
    /// Requests the step sent.
    pub requests: u64,
}

/// What applying a batch changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Objects that were not stored before.
    pub added: u64,
    /// Objects whose JSON changed.
    pub changed: u64,
    /// Objects removed.
    pub removed: u64,
}

impl std::ops::AddAssign for Applied {
    fn add_assign(&mut self, other: Applied) {
        self.added += other.added;
        self.changed += other.changed;
        self.removed += other.removed;
    }
}

/// One login as `ydirect sync --status` shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoginStatus {
    /// The login.
    pub login: String,
    /// The Timestamp of its last finished sync.
    pub timestamp: Option<String>,
    /// The step a sync stopped after, when one is pending.
    pub pending: Option<String>,
    /// Stored objects by kind: campaigns, ad groups, ads, keywords.
    pub counts: [u64; 4],
    /// Units spent by all its syncs.
    pub units: i64,
    /// Units spent by its latest sync run.
    pub last_run_units: i64,
}

/// A storage failure: what was being done and why it failed.
#[derive(Debug, thiserror::Error)]
#[error("mirror database: {action}: {source}")]
pub struct StorageError {
    /// What was being done.
    pub action: String,
    /// The database's error.
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

pub(crate) fn fail<E: std::error::Error + Send + Sync + 'static>(
    action: impl Into<String>,
) -> impl FnOnce(E) -> StorageError {
    let action = action.into();
    move |e| StorageError {
        action,
        source: Box::new(e),
    }
}

/// Where the mirror keeps objects and sync state. The sync logic only uses this trait, so that
/// another database can take SQLite's place.
pub trait Storage: Send {
    /// The state of `login` (default for a login never synced).
    fn state(&mut self, login: &str) -> Result<LoginState, StorageError>;
    /// The ids of the stored objects of `kind` of `login` within `scope`.
    fn ids(
        &mut self,
        login: &str,
        kind: ObjectKind,
        scope: Scope<'_>,
    ) -> Result<Vec<i64>, StorageError>;
    /// Writes a step: everything in `batch` or nothing.
    fn apply(&mut self, batch: &Batch) -> Result<Applied, StorageError>;
    /// Marks the start of a sync run of `login` (the units of "the latest run" count from here).
    fn start_run(&mut self, login: &str) -> Result<(), StorageError>;
    /// Every login's status.
    fn status(&mut self) -> Result<Vec<LoginStatus>, StorageError>;

    /// Takes (or renews) the lease of `login` for `holder` until `lease` from now: granted
    /// when nobody holds it, `holder` holds it, or the holder's lease has expired (a worker
    /// that was killed). The default grants every lease: a storage only one process uses.
    fn try_lease(
        &mut self,
        login: &str,
        holder: &str,
        lease: Duration,
    ) -> Result<Lease, StorageError> {
        let _ = (login, holder, lease);
        Ok(Lease::Taken)
    }

    /// Gives the lease of `login` back, if `holder` still holds it.
    fn release_lease(&mut self, login: &str, holder: &str) -> Result<(), StorageError> {
        let _ = (login, holder);
        Ok(())
    }

    /// The database's clock, in the format of the runs' start times: where a round of
    /// [`crate::Mirror::sync_all_logins`] starts. The default has none (empty): with the
    /// default [`Storage::synced_since`], a round syncs every login.
    fn clock(&mut self) -> Result<String, StorageError> {
        Ok(String::new())
    }

    /// Whether `login`'s latest sync is finished and finished at or after `since` (a
    /// [`Storage::clock`] reading): done in this round by some worker. The default says no:
    /// a storage only one process uses.
    fn synced_since(&mut self, login: &str, since: &str) -> Result<bool, StorageError> {
        let _ = (login, since);
        Ok(false)
    }

    /// Every login with a sync state, in order (by default, those [`Storage::status`] lists).
    fn logins(&mut self) -> Result<Vec<String>, StorageError> {
        Ok(self.status()?.into_iter().map(|s| s.login).collect())
    }
}

/// The answer to [`Storage::try_lease`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lease {
    /// The lease is the caller's until it expires.
    Taken,
    /// Another worker holds it.
    HeldBy(String),
}

/// The lease table of the SQLite mirror (its migration 2), and an index to find when a login's
/// last sync ended.
const LEASE_MIGRATION: &str = "
    CREATE TABLE sync_leases (login TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TEXT NOT NULL);
    CREATE INDEX units_log_login_step ON units_log (login, step, at);
    ";

/// Whether a login's latest sync finished (its last step, `keywords`, written) since `$2`.
pub(crate) const SYNCED_SINCE: &str = "
    SELECT pending IS NULL AND timestamp IS NOT NULL AND EXISTS (
        SELECT 1 FROM units_log WHERE login = $1 AND step = 'keywords' AND at >= $2)
    FROM sync_state WHERE login = $1";

/// The runs' clock of SQLite: UTC with milliseconds, as text that sorts as time does.
const SQLITE_NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

/// The schema migrations, applied in order on open; `PRAGMA user_version` is the number of
/// those applied. Never edit one that has shipped: add the next.
const MIGRATIONS: &[&str] = &[
    // 1: objects, dictionaries, sync state, units log.
    "
    CREATE TABLE campaigns (
        login TEXT NOT NULL, id INTEGER NOT NULL, campaign_id INTEGER, ad_group_id INTEGER,
        name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
        PRIMARY KEY (login, id));
    CREATE TABLE ad_groups (
        login TEXT NOT NULL, id INTEGER NOT NULL, campaign_id INTEGER, ad_group_id INTEGER,
        name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
        PRIMARY KEY (login, id));
    CREATE INDEX ad_groups_campaign ON ad_groups (login, campaign_id, id);
    CREATE TABLE ads (
        login TEXT NOT NULL, id INTEGER NOT NULL, campaign_id INTEGER, ad_group_id INTEGER,
        name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
        PRIMARY KEY (login, id));
    CREATE INDEX ads_campaign ON ads (login, campaign_id, id);
    CREATE INDEX ads_ad_group ON ads (login, ad_group_id, id);
    CREATE TABLE keywords (
        login TEXT NOT NULL, id INTEGER NOT NULL, campaign_id INTEGER, ad_group_id INTEGER,
        name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
        PRIMARY KEY (login, id));
    CREATE INDEX keywords_campaign ON keywords (login, campaign_id, id);
    CREATE INDEX keywords_ad_group ON keywords (login, ad_group_id, id);
    CREATE TABLE dictionaries (name TEXT PRIMARY KEY, json TEXT NOT NULL);
    CREATE TABLE sync_state (
        login TEXT PRIMARY KEY, timestamp TEXT, dictionaries_timestamp TEXT, pending TEXT,
        run_started_at TEXT);
    CREATE TABLE units_log (
        login TEXT NOT NULL, run_started_at TEXT, step TEXT NOT NULL, units INTEGER NOT NULL,
        requests INTEGER NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL,
        removed INTEGER NOT NULL, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
    ",
    // 2: a lease per login: one sync of a login at a time, whichever process runs it.
    LEASE_MIGRATION,
];

/// The SQLite implementation of [`Storage`] (bundled SQLite: nothing to install).
pub struct SqliteStorage {
    connection: Connection,
}

impl std::fmt::Debug for SqliteStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStorage").finish_non_exhaustive()
    }
}

impl SqliteStorage {
    /// Opens (or creates) the database at `path` and applies the migrations it lacks.
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteStorage, StorageError> {
        let path = path.as_ref();
        let connection =
            Connection::open(path).map_err(fail(format!("opening {}", path.display())))?;
        Self::with_connection(connection)
    }

    /// An in-memory database (for tests).
    pub fn in_memory() -> Result<SqliteStorage, StorageError> {
        let connection = Connection::open_in_memory().map_err(fail("opening in memory"))?;
        Self::with_connection(connection)
    }

    fn with_connection(mut connection: Connection) -> Result<SqliteStorage, StorageError> {
        // Another process writing the same file (a second worker) is waited for, not failed on.
        connection
            .busy_timeout(Duration::from_secs(30))
            .map_err(fail("setting the busy timeout"))?;
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;",
            )
            .map_err(fail("setting the journal mode"))?;
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fail("reading the schema version"))?;
        if version as usize > MIGRATIONS.len() {
            return Err(StorageError {
                action: "checking the schema version".into(),
                source: format!(
                    "the database has schema version {version}, this program knows up to {}: \
                     use a newer version of it",
                    MIGRATIONS.len()
                )
                .into(),
            });
        }
        for (number, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let number = number + 1;
            let tx = connection
                .transaction()
                .map_err(fail(format!("starting migration {number}")))?;
            tx.execute_batch(migration)
                .map_err(fail(format!("applying migration {number}")))?;
            tx.pragma_update(None, "user_version", number as i64)
                .map_err(fail(format!("recording migration {number}")))?;
            tx.commit()
                .map_err(fail(format!("committing migration {number}")))?;
        }
        Ok(SqliteStorage { connection })
    }

    /// The schema version (the number of migrations applied).
    pub fn schema_version(&self) -> Result<i64, StorageError> {
        self.connection
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fail("reading the schema version"))
    }

    /// The connection, for queries of your own.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }
}

fn upsert(tx: &Transaction<'_>, login: &str, kind: ObjectKind, row: &Row) -> rusqlite::Result<u8> {
    let table = kind.table();
    type Stored = (Option<i64>, Option<i64>, String);
    let old: Option<Stored> = tx
        .prepare_cached(&format!(
            "SELECT campaign_id, ad_group_id, json FROM {table} WHERE login = ?1 AND id = ?2"
        ))?
        .query_row(params![login, row.id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    // One list of values for both statements: the update numbers its parameters as the
    // insert does and leaves the parents (?3, ?4) out.
    let values = params![
        login,
        row.id,
        row.campaign_id,
        row.ad_group_id,
        row.name,
        row.status,
        row.state,
        row.kind_type,
        row.json
    ];
    match old {
        Some((_, _, json)) if json == row.json => Ok(0),
        // Same parents: the indexed columns are left alone, so that only the row's own page
        // is written (setting them, even to the same values, rewrites both index entries:
        // three times the pages an incremental sync writes and commits).
        Some((campaign_id, ad_group_id, _))
            if campaign_id == row.campaign_id && ad_group_id == row.ad_group_id =>
        {
            tx.prepare_cached(&format!(
                "UPDATE {table} SET name = ?5, status = ?6, state = ?7, type = ?8, json = ?9
                 WHERE login = ?1 AND id = ?2"
            ))?
            .execute(values)?;
            Ok(2)
        }
        _ => {
            tx.prepare_cached(&format!(
                "INSERT INTO {table} (login, id, campaign_id, ad_group_id, name, status, state,
                     type, json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (login, id) DO UPDATE SET campaign_id = ?3, ad_group_id = ?4,
                     name = ?5, status = ?6, state = ?7, type = ?8, json = ?9"
            ))?
            .execute(values)?;
            Ok(if old.is_some() { 2 } else { 1 })
        }
    }
}

/// Removes one object and what is inside it; the number of rows removed.
fn remove(tx: &Transaction<'_>, login: &str, kind: ObjectKind, id: i64) -> rusqlite::Result<u64> {
    let mut removed = tx
        .prepare_cached(&format!(
            "DELETE FROM {} WHERE login = ?1 AND id = ?2",
            kind.table()
        ))?
        .execute(params![login, id])? as u64;
    let parent_column = match kind {
        ObjectKind::Campaign => "campaign_id",
        ObjectKind::AdGroup => "ad_group_id",
        _ => return Ok(removed),
    };
    for child in ObjectKind::ALL.into_iter().filter(|c| *c > kind) {
        removed += tx
            .prepare_cached(&format!(
                "DELETE FROM {} WHERE login = ?1 AND {parent_column} = ?2",
                child.table()
            ))?
            .execute(params![login, id])? as u64;
    }
    Ok(removed)
}

fn write_state(tx: &Transaction<'_>, login: &str, state: &LoginState) -> rusqlite::Result<()> {
    let pending = state
        .pending
        .as_ref()
        .map(|p| serde_json::to_string(p).unwrap_or_default());
    tx.prepare_cached(
        "INSERT INTO sync_state (login, timestamp, dictionaries_timestamp, pending)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (login) DO UPDATE SET timestamp = ?2, dictionaries_timestamp = ?3,
             pending = ?4",
    )?
    .execute(params![
        login,
        state.timestamp,
        state.dictionaries_timestamp,
        pending
    ])?;
    Ok(())
}

impl Storage for SqliteStorage {
    fn state(&mut self, login: &str) -> Result<LoginState, StorageError> {
        let row: Option<(Option<String>, Option<String>, Option<String>)> = self
            .connection
            .query_row(
                "SELECT timestamp, dictionaries_timestamp, pending FROM sync_state WHERE login = ?1",
                params![login],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(fail(format!("reading the sync state of {login}")))?;
        let Some((timestamp, dictionaries_timestamp, pending)) = row else {
            return Ok(LoginState::default());
        };
        let pending = match pending {
            Some(text) => Some(
                serde_json::from_str(&text)
                    .map_err(fail(format!("reading the pending sync of {login}")))?,
            ),
            None => None,
        };
        Ok(LoginState {
            timestamp,
            dictionaries_timestamp,
            pending,
        })
    }

    fn ids(
        &mut self,
        login: &str,
        kind: ObjectKind,
        scope: Scope<'_>,
    ) -> Result<Vec<i64>, StorageError> {
        let table = kind.table();
        let action = || format!("listing the {table} of {login}");
        let (column, parents) = match scope {
            Scope::All => {
                let mut statement = self
                    .connection
                    .prepare_cached(&format!(
                        "SELECT id FROM {table} WHERE login = ?1 ORDER BY id"
                    ))
                    .map_err(fail(action()))?;
                let ids = statement
                    .query_map(params![login], |r| r.get(0))
                    .and_then(|rows| rows.collect::<Result<Vec<i64>, _>>())
                    .map_err(fail(action()));
                return ids;
            }
            Scope::Campaigns(ids) => ("campaign_id", ids),
            Scope::AdGroups(ids) => ("ad_group_id", ids),
        };
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT id FROM {table} WHERE login = ?1 AND {column} = ?2"
            ))
            .map_err(fail(action()))?;
        let mut out = Vec::new();
        for parent in parents {
            let ids = statement
                .query_map(params![login, parent], |r| r.get::<_, i64>(0))
                .and_then(|rows| rows.collect::<Result<Vec<i64>, _>>())
                .map_err(fail(action()))?;
            out.extend(ids);
        }
        // Sorted here, not in SQL: an `ORDER BY id` makes SQLite walk the primary key of the
        // whole table instead of the parent index (seen: 2 minutes instead of milliseconds).
        out.sort_unstable();
        Ok(out)
    }

    fn apply(&mut self, batch: &Batch) -> Result<Applied, StorageError> {
        let login = batch.login.as_str();
        let step = batch.step.map_or("state", Step::as_str);
        let action = || format!("writing step `{step}` of {login}");
        let tx = self.connection.transaction().map_err(fail(action()))?;
        let mut applied = Applied::default();
        let write = |tx: &Transaction<'_>, applied: &mut Applied| -> rusqlite::Result<()> {
            for kind in &batch.replace {
                let kept: HashSet<i64> = batch
                    .upserts
                    .iter()
                    .filter(|(k, _)| k == kind)
                    .map(|(_, row)| row.id)
                    .collect();
                let stored: Vec<i64> = tx
                    .prepare(&format!("SELECT id FROM {} WHERE login = ?1", kind.table()))?
                    .query_map(params![login], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                let mut statement = tx.prepare(&format!(
                    "DELETE FROM {} WHERE login = ?1 AND id = ?2",
                    kind.table()
                ))?;
                for id in stored.into_iter().filter(|id| !kept.contains(id)) {
                    applied.removed += statement.execute(params![login, id])? as u64;
                }
            }
            for (kind, id) in &batch.removals {
                applied.removed += remove(tx, login, *kind, *id)?;
            }
            for (kind, row) in &batch.upserts {
                match upsert(tx, login, *kind, row)? {
                    1 => applied.added += 1,
                    2 => applied.changed += 1,
                    _ => {}
                }
            }
            for (name, json) in &batch.dictionaries {
                tx.prepare_cached(
                    "INSERT INTO dictionaries (name, json) VALUES (?1, ?2)
                     ON CONFLICT (name) DO UPDATE SET json = ?2",
                )?
                .execute(params![name, json])?;
            }
            write_state(tx, login, &batch.state)?;
            if let Some(step) = batch.step {
                tx.prepare_cached(
                    "INSERT INTO units_log (login, run_started_at, step, units, requests, added,
                         changed, removed)
                     VALUES (?1, (SELECT run_started_at FROM sync_state WHERE login = ?1), ?2, ?3,
                         ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    login,
                    step.as_str(),
                    batch.units,
                    batch.requests as i64,
                    applied.added as i64,
                    applied.changed as i64,
                    applied.removed as i64
                ])?;
            }
            Ok(())
        };
        write(&tx, &mut applied).map_err(fail(action()))?;
        tx.commit().map_err(fail(action()))?;
        Ok(applied)
    }

    fn start_run(&mut self, login: &str) -> Result<(), StorageError> {
        self.connection
            .execute(
                "INSERT INTO sync_state (login, run_started_at)
                 VALUES (?1, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
                 ON CONFLICT (login) DO UPDATE SET run_started_at = excluded.run_started_at",
                params![login],
            )
            .map_err(fail(format!("starting a sync of {login}")))?;
        Ok(())
    }

    fn status(&mut self) -> Result<Vec<LoginStatus>, StorageError> {
        let action = "reading the status";
        let mut statement = self
            .connection
            .prepare(
                "SELECT s.login, s.timestamp, s.pending,
                    (SELECT count(*) FROM campaigns WHERE login = s.login),
                    (SELECT count(*) FROM ad_groups WHERE login = s.login),
                    (SELECT count(*) FROM ads WHERE login = s.login),
                    (SELECT count(*) FROM keywords WHERE login = s.login),
                    (SELECT coalesce(sum(units), 0) FROM units_log WHERE login = s.login),
                    (SELECT coalesce(sum(units), 0) FROM units_log
                        WHERE login = s.login AND run_started_at = s.run_started_at)
                 FROM sync_state s ORDER BY s.login",
            )
            .map_err(fail(action))?;
        let rows = statement
            .query_map([], |r| {
                let pending: Option<String> = r.get(2)?;
                Ok(LoginStatus {
                    login: r.get(0)?,
                    timestamp: r.get(1)?,
                    pending: pending.map(|text| match serde_json::from_str::<Pending>(&text) {
                        Ok(p) => p
                            .done
                            .last()
                            .map_or("started".to_owned(), |s| format!("after {}", s.as_str())),
                        Err(_) => "unreadable".to_owned(),
                    }),
                    counts: [
                        r.get::<_, i64>(3)? as u64,
                        r.get::<_, i64>(4)? as u64,
                        r.get::<_, i64>(5)? as u64,
                        r.get::<_, i64>(6)? as u64,
                    ],
                    units: r.get(7)?,
                    last_run_units: r.get(8)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(fail(action))?;
        Ok(rows)
    }

    fn try_lease(
        &mut self,
        login: &str,
        holder: &str,
        lease: Duration,
    ) -> Result<Lease, StorageError> {
        let action = || format!("taking the lease of {login}");
        let expires = format!("+{:.3} seconds", lease.as_secs_f64());
        let taken = self
            .connection
            .execute(
                &format!(
                    "INSERT INTO sync_leases (login, holder, expires_at)
                     VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?3))
                     ON CONFLICT (login) DO UPDATE SET holder = excluded.holder,
                         expires_at = excluded.expires_at
                     WHERE sync_leases.holder = excluded.holder
                         OR sync_leases.expires_at < {SQLITE_NOW}"
                ),
                params![login, holder, expires],
            )
            .map_err(fail(action()))?;
        if taken == 1 {
            return Ok(Lease::Taken);
        }
        let holder: Option<String> = self
            .connection
            .query_row(
                "SELECT holder FROM sync_leases WHERE login = ?1",
                params![login],
                |r| r.get(0),
            )
            .optional()
            .map_err(fail(action()))?;
        Ok(Lease::HeldBy(holder.unwrap_or_default()))
    }

    fn release_lease(&mut self, login: &str, holder: &str) -> Result<(), StorageError> {
        self.connection
            .execute(
                "DELETE FROM sync_leases WHERE login = ?1 AND holder = ?2",
                params![login, holder],
            )
            .map_err(fail(format!("releasing the lease of {login}")))?;
        Ok(())
    }

    fn clock(&mut self) -> Result<String, StorageError> {
        self.connection
            .query_row(&format!("SELECT {SQLITE_NOW}"), [], |r| r.get(0))
            .map_err(fail("reading the clock"))
    }

    fn synced_since(&mut self, login: &str, since: &str) -> Result<bool, StorageError> {
        let done: Option<Option<bool>> = self
            .connection
            .query_row(SYNCED_SINCE, params![login, since], |r| r.get(0))
            .optional()
            .map_err(fail(format!("reading the sync state of {login}")))?;
        Ok(done.flatten().unwrap_or(false))
    }

    fn logins(&mut self) -> Result<Vec<String>, StorageError> {
        let mut statement = self
            .connection
            .prepare("SELECT login FROM sync_state ORDER BY login")
            .map_err(fail("listing the logins"))?;
        let logins = statement
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect::<Result<Vec<String>, _>>())
            .map_err(fail("listing the logins"));
        logins
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn row(kind: ObjectKind, value: Value) -> (ObjectKind, Row) {
        (kind, Row::from_value(kind, &value).expect("an id"))
    }

    #[test]
    fn key_columns_come_from_the_json_and_an_object_without_id_is_refused() {
        let keyword = json!({"Id": 7, "AdGroupId": 5, "CampaignId": 3, "Keyword": "bike",
                             "State": "ON", "Status": "ACCEPTED", "Future": {"x": 1}});
        let (_, r) = row(ObjectKind::Keyword, keyword.clone());
        assert_eq!((r.id, r.campaign_id, r.ad_group_id), (7, Some(3), Some(5)));
        assert_eq!(r.name.as_deref(), Some("bike"));
        assert_eq!(r.state.as_deref(), Some("ON"));
        assert_eq!(serde_json::from_str::<Value>(&r.json).unwrap(), keyword);
        assert!(Row::from_value(ObjectKind::Ad, &json!({"Id": "7"})).is_none());
    }

    #[test]
    fn a_batch_replaces_removes_with_children_and_counts_what_it_did() {
        let mut storage = SqliteStorage::in_memory().expect("opens");
        let batch = Batch {
            login: "a".into(),
            upserts: vec![
                row(ObjectKind::Campaign, json!({"Id": 1, "Name": "c1"})),
                row(ObjectKind::Campaign, json!({"Id": 2, "Name": "c2"})),
                row(ObjectKind::AdGroup, json!({"Id": 10, "CampaignId": 1})),
                row(
                    ObjectKind::Keyword,
                    json!({"Id": 100, "CampaignId": 1, "AdGroupId": 10}),
                ),
            ],
            ..Batch::default()
        };
        let applied = storage.apply(&batch).expect("applies");
        assert_eq!(
            applied,
            Applied {
                added: 4,
                changed: 0,
                removed: 0
            }
        );
        assert_eq!(storage.apply(&batch).expect("again"), Applied::default());

        let replace = Batch {
            login: "a".into(),
            replace: vec![ObjectKind::Campaign],
            upserts: vec![row(
                ObjectKind::Campaign,
                json!({"Id": 2, "Name": "renamed"}),
            )],
            ..Batch::default()
        };
        let applied = storage.apply(&replace).expect("applies");
        assert_eq!((applied.changed, applied.removed), (1, 1));

        let remove = Batch {
            login: "a".into(),
            removals: vec![(ObjectKind::AdGroup, 10)],
            ..Batch::default()
        };
        assert_eq!(
            storage.apply(&remove).expect("applies").removed,
            2,
            "the group and its keyword"
        );
        assert!(storage
            .ids("a", ObjectKind::Keyword, Scope::All)
            .unwrap()
            .is_empty());
        assert!(
            storage
                .ids("b", ObjectKind::Campaign, Scope::All)
                .unwrap()
                .is_empty(),
            "logins apart"
        );
    }

    #[test]
    fn migrations_run_once_and_a_newer_database_is_refused() {
        let dir = std::env::temp_dir().join(format!("mirror-migrations-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.sqlite");
        let storage = SqliteStorage::open(&path).expect("creates");
        assert_eq!(storage.schema_version().unwrap(), MIGRATIONS.len() as i64);
        drop(storage);
        let storage = SqliteStorage::open(&path).expect("reopens without migrating again");
        storage
            .connection()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        drop(storage);
        let error = SqliteStorage::open(&path).expect_err("newer schema");
        assert!(error.to_string().contains("schema version 99"), "{error}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_lease_is_the_holders_until_it_expires_or_is_given_back() {
        let mut storage = SqliteStorage::in_memory().expect("opens");
        let long = Duration::from_secs(60);
        assert_eq!(storage.try_lease("a", "w1", long).unwrap(), Lease::Taken);
        assert_eq!(
            storage.try_lease("a", "w2", long).unwrap(),
            Lease::HeldBy("w1".into())
        );
        assert_eq!(
            storage.try_lease("b", "w2", long).unwrap(),
            Lease::Taken,
            "logins apart"
        );
        assert_eq!(
            storage.try_lease("a", "w1", long).unwrap(),
            Lease::Taken,
            "renewed"
        );
        storage.release_lease("a", "w2").unwrap();
        assert_eq!(
            storage.try_lease("a", "w2", long).unwrap(),
            Lease::HeldBy("w1".into()),
            "only the holder gives it back"
        );
        storage.release_lease("a", "w1").unwrap();
        assert_eq!(
            storage.try_lease("a", "w2", Duration::ZERO).unwrap(),
            Lease::Taken
        );
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(
            storage.try_lease("a", "w3", long).unwrap(),
            Lease::Taken,
            "an expired lease is taken over"
        );
    }
}
