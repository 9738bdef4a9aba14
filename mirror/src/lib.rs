#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub mod storage;
mod sync;

use std::ops::ControlFlow;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

/// The SQLite binding the mirror uses, for queries of your own on [`SqliteStorage::connection`].
pub use rusqlite;
pub use storage::{
    Applied, Batch, LoginState, LoginStatus, ObjectKind, Pending, Row, Scope, SqliteStorage,
    Storage, StorageError,
};

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
}

impl std::fmt::Debug for SyncOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncOptions")
            .field("full", &self.full)
            .field("units_budget", &self.units_budget)
            .field("progress", &self.progress.is_some())
            .field("requests_in_flight", &self.requests_in_flight)
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

    /// A mirror over any [`Storage`].
    pub fn with_storage(storage: Box<dyn Storage>) -> Mirror {
        Mirror {
            storage: Arc::new(Mutex::new(storage)),
        }
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
    pub async fn sync_with(
        &self,
        client: &yandex_direct::Client,
        logins: &[&str],
        options: &SyncOptions,
    ) -> Result<SyncReport, Error> {
        let runs = logins.iter().map(|login| {
            let client = if login.is_empty() {
                client.clone()
            } else {
                client.with_login(*login)
            };
            let run = sync::LoginSync::new(self.storage.clone(), client, login, options.clone());
            run.run()
        });
        let results = futures_util::future::join_all(runs).await;
        let mut reports = Vec::new();
        for result in results {
            reports.push(result?);
        }
        Ok(SyncReport { logins: reports })
    }

    /// Every login's status: last Timestamp, stored counts, units.
    pub fn status(&self) -> Result<Vec<LoginStatus>, Error> {
        Ok(sync::lock(&self.storage).status()?)
    }
}
