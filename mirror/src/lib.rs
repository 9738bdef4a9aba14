#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

#[cfg(feature = "postgres")]
pub mod postgres;
#[cfg(feature = "postgres")]
pub mod quota_store;
pub mod storage;
mod sync;

use std::ops::ControlFlow;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;

use serde::{Deserialize, Serialize};

#[cfg(feature = "postgres")]
pub use postgres::PostgresStorage;
#[cfg(feature = "postgres")]
pub use quota_store::PostgresQuotaStore;
/// The SQLite binding the mirror uses, for queries of your own on [`SqliteStorage::connection`].
pub use rusqlite;
pub use storage::{
    Applied, Batch, Lease, LoginState, LoginStatus, ObjectKind, Pending, Row, Scope, SqliteStorage,
    Storage, StorageError,
};

/// How long a login's lease lasts unless renewed: a killed worker's login is taken over after
/// this long at most.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(30);

/// Logins a worker syncs at once in a round of [`Mirror::sync_all_logins`], unless
/// [`SyncOptions::logins_at_once`] says otherwise: few enough that other workers find logins
/// left to take.
pub const DEFAULT_ROUND_WIDTH: usize = 4;

/// The steps of a sync of one login, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    /// `checkDictionaries`, and the dictionaries when they changed.
    Dictionaries,
    /// What changed: `checkCampaigns` and `check` (incremental), or the Timestamp a full
    /// download starts from.
    Changes,
    /// Campaigns fetched and removed.
    Campaigns,
    /// Ad groups fetched and removed.
    AdGroups,
    /// Ads fetched and removed.
    Ads,
    /// Keywords fetched and removed; the Timestamp saved.
    Keywords,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Dictionaries,
        Step::Changes,
        Step::Campaigns,
        Step::AdGroups,
        Step::Ads,
        Step::Keywords,
    ];

    /// Its name in the units log and in progress lines.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Dictionaries => "dictionaries",
            Step::Changes => "changes",
            Step::Campaigns => "campaigns",
            Step::AdGroups => "ad_groups",
            Step::Ads => "ads",
            Step::Keywords => "keywords",
        }
    }
}

/// What a sync reports while it runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// A login's sync started: a full download or an incremental one.
    Started {
        /// The login.
        login: String,
        /// A full download.
        full: bool,
    },
    /// A step is about to run.
    StepStarted {
        /// The login.
        login: String,
        /// The step.
        step: Step,
    },
    /// A step was written to the database.
    StepDone {
        /// The login.
        login: String,
        /// The step.
        step: Step,
        /// Objects added, changed, removed.
        applied: Applied,
        /// Units spent by the step.
        units: i64,
        /// Requests sent by the step.
        requests: u64,
    },
}

/// A progress hook: called for every event; `ControlFlow::Break` stops that login's sync at
/// once (after a `StepDone`: at that step boundary), as if the process had been killed there.
pub type ProgressHook = Arc<dyn Fn(&Progress) -> ControlFlow<()> + Send + Sync>;

/// How a sync runs.
#[derive(Clone, Default)]
pub struct SyncOptions {
    /// Download everything again even when a Timestamp is saved.
    pub full: bool,
    /// Units each login may spend in this run: a step that would go past it is not started,
    /// and the sync goes on from there next time.
    pub units_budget: Option<i64>,
    /// Progress events.
    pub progress: Option<ProgressHook>,
    /// Requests of a step sent at once for each login: 1 to 5 (the API's limit per login,
    /// the default). Lower it when other programs work on the same logins at the same time.
    pub requests_in_flight: Option<usize>,
    /// A login whose lease another worker holds is reported as [`Outcome::Locked`] and left
    /// alone, instead of waited for (the default).
    pub skip_locked: bool,
    /// How long a login's lease lasts unless renewed (renewed every third of it while the
    /// sync runs); default [`DEFAULT_LEASE`].
    pub lease: Option<Duration>,
    /// Logins synced at once: default all of them ([`Mirror::sync_with`]) or
    /// [`DEFAULT_ROUND_WIDTH`] ([`Mirror::sync_all_logins`]).
    pub logins_at_once: Option<usize>,
}

impl std::fmt::Debug for SyncOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncOptions")
            .field("full", &self.full)
            .field("units_budget", &self.units_budget)
            .field("progress", &self.progress.is_some())
            .field("requests_in_flight", &self.requests_in_flight)
            .field("skip_locked", &self.skip_locked)
            .field("lease", &self.lease)
            .field("logins_at_once", &self.logins_at_once)
            .finish()
    }
}

/// How a login's sync ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every step done; the Timestamp saved.
    Complete,
    /// Stopped at a step boundary because the next step would go past the units budget; run
    /// the sync again to go on.
    BudgetReached {
        /// The step not started.
        next: Step,
    },
    /// The API said the login's units are spent (error 152); the step under way was not
    /// written. Units are restored through the day: run the sync again later to go on.
    UnitsExhausted {
        /// The step that was stopped.
        step: Step,
    },
    /// Stopped by the progress hook.
    Stopped {
        /// The last step written.
        after: Option<Step>,
    },
    /// Not synced: another worker holds the login's lease (with
    /// [`SyncOptions::skip_locked`], and in a round of [`Mirror::sync_all_logins`]).
    Locked {
        /// The worker holding the lease.
        holder: String,
    },
}

/// One login's sync.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginReport {
    /// The login.
    pub login: String,
    /// A full download.
    pub full: bool,
    /// How it ended.
    pub outcome: Outcome,
    /// Objects added, changed and removed by this run.
    pub applied: Applied,
    /// Units spent by this run.
    pub units: i64,
    /// Requests sent by this run.
    pub requests: u64,
    /// Units and requests of each step of this run.
    pub steps: Vec<(Step, i64, u64)>,
}

impl LoginReport {
    fn locked(login: &str, holder: String) -> LoginReport {
        LoginReport {
            login: login.to_owned(),
            full: false,
            outcome: Outcome::Locked { holder },
            applied: Applied::default(),
            units: 0,
            requests: 0,
            steps: Vec::new(),
        }
    }
}

/// A sync of several logins.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncReport {
    /// One report per login, in the order asked.
    pub logins: Vec<LoginReport>,
}

/// A failed sync.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The API failed (other than units running out, which ends a sync cleanly).
    #[error("{login}: step `{step}`: {source}")]
    Api {
        /// The login.
        login: String,
        /// The step.
        step: &'static str,
        /// The API's error.
        #[source]
        source: Box<yandex_direct::Error>,
    },
    /// Another worker took the login's lease while this one was syncing it (this worker could
    /// not renew it in time); the step under way was not written.
    #[error("{login}: the lease was taken over by {holder}")]
    LeaseLost {
        /// The login.
        login: String,
        /// The worker that holds it now.
        holder: String,
    },
    /// An answer the mirror cannot use (an object without an id, unprocessed ids).
    #[error("{login}: step `{step}`: {message}")]
    Unusable {
        /// The login.
        login: String,
        /// The step.
        step: &'static str,
        /// What was wrong.
        message: String,
    },
}

impl Error {
    /// The API's error, if that is what failed.
    pub fn api(&self) -> Option<&yandex_direct::Error> {
        match self {
            Error::Api { source, .. } => Some(&**source),
            _ => None,
        }
    }
}

/// A mirror: a storage and the sync logic over it.
pub struct Mirror {
    storage: Arc<Mutex<Box<dyn Storage>>>,
    /// Names this mirror's leases: unique per process and mirror.
    worker: String,
    /// Numbers the syncs of this mirror, so that two of one login never share a lease.
    syncs: AtomicU64,
}

impl std::fmt::Debug for Mirror {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mirror").finish_non_exhaustive()
    }
}

impl Mirror {
    /// Opens (or creates) the SQLite mirror at `path`, applying pending schema migrations.
    pub fn open(path: impl AsRef<Path>) -> Result<Mirror, Error> {
        Ok(Mirror::with_storage(Box::new(SqliteStorage::open(path)?)))
    }

    /// Opens the mirror `database` names: a PostgreSQL database for a `postgres://` or
    /// `postgresql://` address (with the `postgres` feature, on by default), else the SQLite
    /// file at that path.
    pub fn connect(database: &str) -> Result<Mirror, Error> {
        #[cfg(feature = "postgres")]
        if postgres::is_postgres_url(database) {
            return Ok(Mirror::with_storage(Box::new(PostgresStorage::connect(
                database,
            )?)));
        }
        #[cfg(not(feature = "postgres"))]
        if database.starts_with("postgres://") || database.starts_with("postgresql://") {
            return Err(Error::Storage(StorageError {
                action: format!("opening {database}"),
                source: "this build has no PostgreSQL support (the `postgres` feature)".into(),
            }));
        }
        Mirror::open(database)
    }

    /// A mirror over any [`Storage`].
    pub fn with_storage(storage: Box<dyn Storage>) -> Mirror {
        static MIRRORS: AtomicU64 = AtomicU64::new(0);
        let started = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Mirror {
            storage: Arc::new(Mutex::new(storage)),
            worker: format!(
                "pid {} at {}.{:09} #{}",
                std::process::id(),
                started.as_secs(),
                started.subsec_nanos(),
                MIRRORS.fetch_add(1, Ordering::Relaxed)
            ),
            syncs: AtomicU64::new(0),
        }
    }

    /// The name this mirror's leases are held under (shown as the holder of a locked login).
    pub fn worker(&self) -> &str {
        &self.worker
    }

    /// Syncs `logins` (each through `client.with_login(login)`; an empty login means the
    /// client's own), concurrently, with the default options.
    pub async fn sync(
        &self,
        client: &yandex_direct::Client,
        logins: &[&str],
    ) -> Result<SyncReport, Error> {
        self.sync_with(client, logins, &SyncOptions::default())
            .await
    }

    /// Syncs `logins` concurrently with `options`. Each login has its own Timestamp and its own
    /// 5-request limit; a login whose sync fails does not stop the others, and the first error
    /// is returned after all have ended.
    ///
    /// Each login's sync holds the login's lease in the database: a login another worker is
    /// syncing is waited for, or skipped with [`SyncOptions::skip_locked`].
    pub async fn sync_with(
        &self,
        client: &yandex_direct::Client,
        logins: &[&str],
        options: &SyncOptions,
    ) -> Result<SyncReport, Error> {
        let width = options.logins_at_once.unwrap_or(logins.len()).max(1);
        let results: Vec<_> = futures_util::stream::iter(logins)
            .map(|login| self.sync_login(client, login, options, None))
            .buffered(width)
            .collect()
            .await;
        let mut reports = Vec::new();
        for result in results {
            reports.extend(result?);
        }
        Ok(SyncReport { logins: reports })
    }

    /// One round over every login the database holds, shared with any number of workers (other
    /// processes or machines on the same PostgreSQL database): each login is synced by the
    /// first worker to take its lease, and not again by a worker whose round began before that
    /// sync finished. Logins other workers hold are reported as [`Outcome::Locked`]; logins another
    /// worker synced in this round are left out of the report.
    pub async fn sync_all_logins(
        &self,
        client: &yandex_direct::Client,
        options: &SyncOptions,
    ) -> Result<SyncReport, Error> {
        let (round, logins) = {
            let mut storage = sync::lock(&self.storage);
            (storage.clock()?, storage.logins()?)
        };
        let width = options.logins_at_once.unwrap_or(DEFAULT_ROUND_WIDTH).max(1);
        let results: Vec<_> = futures_util::stream::iter(&logins)
            .map(|login| self.sync_login(client, login, options, Some(&round)))
            .buffered(width)
            .collect()
            .await;
        let mut reports = Vec::new();
        for result in results {
            reports.extend(result?);
        }
        Ok(SyncReport { logins: reports })
    }

    /// Syncs one login under its lease; `None` when a round's login was already synced by
    /// another worker.
    async fn sync_login(
        &self,
        client: &yandex_direct::Client,
        login: &str,
        options: &SyncOptions,
        round: Option<&str>,
    ) -> Result<Option<LoginReport>, Error> {
        let lease = options.lease.unwrap_or(DEFAULT_LEASE);
        let holder = format!(
            "{} sync {}",
            self.worker,
            self.syncs.fetch_add(1, Ordering::Relaxed)
        );
        let poll = (lease / 10).clamp(Duration::from_millis(50), Duration::from_secs(1));
        loop {
            let attempt = sync::lock(&self.storage).try_lease(login, &holder, lease)?;
            match attempt {
                Lease::Taken => break,
                Lease::HeldBy(holder) if options.skip_locked || round.is_some() => {
                    return Ok(Some(LoginReport::locked(login, holder)));
                }
                Lease::HeldBy(_) => tokio::time::sleep(poll).await,
            }
        }
        let result = self
            .sync_leased(client, login, options, round, &holder, lease)
            .await;
        let released = sync::lock(&self.storage).release_lease(login, &holder);
        let report = result?;
        released?;
        Ok(report)
    }

    /// The sync of a login whose lease `holder` has taken, renewing it while the sync runs.
    async fn sync_leased(
        &self,
        client: &yandex_direct::Client,
        login: &str,
        options: &SyncOptions,
        round: Option<&str>,
        holder: &str,
        lease: Duration,
    ) -> Result<Option<LoginReport>, Error> {
        if let Some(since) = round {
            let done = sync::lock(&self.storage).synced_since(login, since)?;
            if done {
                return Ok(None);
            }
        }
        let client = if login.is_empty() {
            client.clone()
        } else {
            client.with_login(login)
        };
        let run = sync::LoginSync::new(self.storage.clone(), client, login, options.clone()).run();
        tokio::select! {
            report = run => report.map(Some),
            lost = self.keep_lease(login, holder, lease) => Err(lost),
        }
    }

    /// Renews `holder`'s lease of `login` every third of `lease`, until it cannot: the error
    /// that ended it.
    async fn keep_lease(&self, login: &str, holder: &str, lease: Duration) -> Error {
        loop {
            tokio::time::sleep(lease / 3).await;
            let attempt = sync::lock(&self.storage).try_lease(login, holder, lease);
            match attempt {
                Ok(Lease::Taken) => {}
                Ok(Lease::HeldBy(other)) => {
                    return Error::LeaseLost {
                        login: login.to_owned(),
                        holder: other,
                    }
                }
                Err(e) => return e.into(),
            }
        }
    }

    /// Every login's status: last Timestamp, stored counts, units.
    pub fn status(&self) -> Result<Vec<LoginStatus>, Error> {
        Ok(sync::lock(&self.storage).status()?)
    }
}
