//! Wordstat and Forecast: v4 Live offline jobs, with a few slots per user.
//!
//! [`wordstat_report`] and [`forecast`] create the job, poll the job list until it is `Done`
//! (at most until [`WorkflowOptions::deadline`], reporting progress), fetch the result, and
//! always delete the job, also when polling or fetching failed, so that its slot is freed. A
//! failed delete is reported next to the result ([`WorkflowResult::delete_error`]) or next to the
//! original error ([`WorkflowError::delete_error`]), never instead of it.
//!
//! Dropping the returned future before it finishes skips the delete: the job then stays until
//! the server expires it (call `DeleteWordstatReport`/`DeleteForecastReport` with the id).
//!
//! ```no_run
//! # async fn example(client: &yandex_direct::Client) {
//! use std::time::Duration;
//! use yandex_direct::direct_v4::live::NewWordstatReportInfo;
//! use yandex_direct::v4_workflows::{wordstat_report, WorkflowOptions};
//!
//! let params = NewWordstatReportInfo::new().with_phrases(vec!["buy a bike".to_owned()]);
//! let options = WorkflowOptions::new(Duration::from_secs(600), Duration::from_secs(10))
//!     .on_progress(|p| eprintln!("report {}: {} after {} polls", p.job_id, p.status, p.polls));
//! match wordstat_report(client, params, &options).await {
//!     Ok(report) => println!("{} phrases", report.data.len()),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # }
//! ```

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::direct_v4::live::{
    ArrayOfWordstatReportInfo, GetForecastInfo, NewForecastInfo, NewWordstatReportInfo,
};
use crate::prelude::*;
use crate::runtime::{Client, Error, FlexNumber};

/// The status of a finished job in the job lists.
pub const STATUS_DONE: &str = "Done";
/// The status of a job the server gave up on.
pub const STATUS_FAILED: &str = "Failed";

/// Where a job stands, given to the progress callback after every poll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkflowProgress {
    /// `Wordstat` or `Forecast`.
    pub job: &'static str,
    /// The job's id.
    pub job_id: i32,
    /// The status the list showed (`Pending`, `Done`, ...), empty when the job was not listed.
    pub status: String,
    /// Polls of the list so far.
    pub polls: u32,
    /// Time since the workflow started.
    pub elapsed: Duration,
}

/// A progress callback.
pub type ProgressFn = Arc<dyn Fn(&WorkflowProgress) + Send + Sync>;

/// How long and how often to poll.
#[derive(Clone)]
pub struct WorkflowOptions {
    /// The longest time from creating the job to its being `Done`.
    pub deadline: Duration,
    /// The pause between two polls of the job list.
    pub poll_interval: Duration,
    /// Called after every poll.
    pub progress: Option<ProgressFn>,
}

impl WorkflowOptions {
    /// Options with this deadline and poll interval, without a progress callback.
    pub fn new(deadline: Duration, poll_interval: Duration) -> Self {
        WorkflowOptions {
            deadline,
            poll_interval,
            progress: None,
        }
    }

    /// Sets the progress callback.
    pub fn on_progress(mut self, f: impl Fn(&WorkflowProgress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }
}

impl Default for WorkflowOptions {
    /// A 10-minute deadline, polling every 10 seconds.
    fn default() -> Self {
        WorkflowOptions::new(Duration::from_secs(600), Duration::from_secs(10))
    }
}

impl fmt::Debug for WorkflowOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WorkflowOptions")
            .field("deadline", &self.deadline)
            .field("poll_interval", &self.poll_interval)
            .field("progress", &self.progress.as_ref().map(|_| "Fn"))
            .finish()
    }
}

/// A fetched job result.
#[derive(Debug)]
pub struct WorkflowResult<T> {
    /// The data of `GetWordstatReport` / `GetForecast`.
    pub data: T,
    /// The job's id.
    pub job_id: i32,
    /// Polls of the list it took.
    pub polls: u32,
    /// Set when the job could not be deleted afterwards (the data is still good; the slot may
    /// stay taken until the server expires the job).
    pub delete_error: Option<Error>,
}

/// The step of a workflow that failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum WorkflowFailure {
    /// `CreateNew*` failed. When the server refused it, no job exists; when its answer was
    /// lost (a timeout, a cut connection), the job may exist without its id being known (see
    /// [`WorkflowError::job_may_exist`]) and takes one of the user's few slots until the
    /// server expires it or it is deleted.
    Create(Error),
    /// `Get*List` failed.
    Poll(Error),
    /// The job was not `Done` by the deadline; its last status.
    DeadlineExceeded {
        /// The deadline.
        deadline: Duration,
        /// The last status seen (empty if none).
        last_status: String,
    },
    /// The list showed the job as `Failed` (or another final status).
    JobFailed {
        /// The status.
        status: String,
    },
    /// The job was no longer in the list.
    JobMissing,
    /// `Get*` failed.
    Fetch(Error),
}

/// A failed workflow: what failed, and what became of the job.
#[derive(Debug)]
pub struct WorkflowError {
    /// `Wordstat` or `Forecast`.
    pub job: &'static str,
    /// The job's id, when it was created.
    pub job_id: Option<i32>,
    /// What failed.
    pub failure: WorkflowFailure,
    /// Set when the job could not be deleted after the failure.
    pub delete_error: Option<Error>,
}

impl WorkflowError {
    /// Whether a job may exist that this workflow could not delete: the create call was sent
    /// but its answer was lost (a timeout or a transport failure after sending).
    pub fn job_may_exist(&self) -> bool {
        match &self.failure {
            WorkflowFailure::Create(e) => !e.not_executed() && e.api().is_none(),
            _ => false,
        }
    }

    /// The API or transport error behind the failure, if there is one.
    pub fn error(&self) -> Option<&Error> {
        match &self.failure {
            WorkflowFailure::Create(e) | WorkflowFailure::Poll(e) | WorkflowFailure::Fetch(e) => {
                Some(e)
            }
            _ => None,
        }
    }
}

impl fmt::Display for WorkflowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} job", self.job)?;
        if let Some(id) = self.job_id {
            write!(f, " {id}")?;
        }
        match &self.failure {
            WorkflowFailure::Create(e) if self.job_may_exist() => write!(
                f,
                ": the answer to the create call was lost ({e}); the job may exist all the \
                 same: list the jobs (GetWordstatReportList / GetForecastList) and delete it \
                 to free its slot"
            )?,
            WorkflowFailure::Create(e) => write!(f, ": cannot create it (no job exists): {e}")?,
            WorkflowFailure::Poll(e) => write!(f, ": cannot poll the job list: {e}")?,
            WorkflowFailure::DeadlineExceeded {
                deadline,
                last_status,
            } => write!(
                f,
                ": not done within {deadline:?} (last status `{last_status}`)"
            )?,
            WorkflowFailure::JobFailed { status } => write!(f, ": the job ended as `{status}`")?,
            WorkflowFailure::JobMissing => write!(f, ": the job is no longer listed")?,
            WorkflowFailure::Fetch(e) => write!(f, ": cannot fetch the result: {e}")?,
        }
        if let Some(e) = &self.delete_error {
            write!(f, "; deleting the job failed too: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for WorkflowError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error().map(|e| e as _)
    }
}

/// Creates a Wordstat report, waits until it is done, fetches it and deletes it.
pub async fn wordstat_report(
    client: &Client,
    params: NewWordstatReportInfo,
    options: &WorkflowOptions,
) -> Result<WorkflowResult<ArrayOfWordstatReportInfo>, WorkflowError> {
    let live = client.live();
    run_job(
        "Wordstat",
        options,
        async { Ok(live.create_new_wordstat_report(params).await?.get()) },
        || async {
            let list = live.get_wordstat_report_list().await?.into_inner();
            Ok(list
                .into_iter()
                .filter_map(|job| {
                    Some((job.report_id?.get(), job.status_report.unwrap_or_default()))
                })
                .collect())
        },
        |id| async move {
            Ok(live
                .get_wordstat_report(FlexNumber::new(id))
                .await?
                .into_inner())
        },
        |id| async move {
            live.delete_wordstat_report(FlexNumber::new(id))
                .await
                .map(|_| ())
        },
    )
    .await
}

/// Creates a forecast, waits until it is done, fetches it and deletes it.
pub async fn forecast(
    client: &Client,
    params: NewForecastInfo,
    options: &WorkflowOptions,
) -> Result<WorkflowResult<GetForecastInfo>, WorkflowError> {
    let live = client.live();
    run_job(
        "Forecast",
        options,
        async { Ok(live.create_new_forecast(params).await?.get()) },
        || async {
            let list = live.get_forecast_list().await?.into_inner();
            Ok(list
                .into_iter()
                .filter_map(|job| {
                    Some((
                        job.forecast_id?.get(),
                        job.status_forecast.unwrap_or_default(),
                    ))
                })
                .collect())
        },
        |id| async move { Ok(live.get_forecast(FlexNumber::new(id)).await?.into_inner()) },
        |id| async move {
            live.delete_forecast_report(FlexNumber::new(id))
                .await
                .map(|_| ())
        },
    )
    .await
}

/// The workflow over any job kind: create, poll until done, fetch, always delete.
async fn run_job<T, C, L, LF, G, GF, D, DF>(
    job: &'static str,
    options: &WorkflowOptions,
    create: C,
    list: L,
    get: G,
    delete: D,
) -> Result<WorkflowResult<T>, WorkflowError>
where
    C: Future<Output = Result<i32, Error>>,
    L: Fn() -> LF,
    LF: Future<Output = Result<Vec<(i32, String)>, Error>>,
    G: FnOnce(i32) -> GF,
    GF: Future<Output = Result<T, Error>>,
    D: FnOnce(i32) -> DF,
    DF: Future<Output = Result<(), Error>>,
{
    let started = Instant::now();
    let deadline = started + options.deadline;
    let job_id = create.await.map_err(|e| WorkflowError {
        job,
        job_id: None,
        failure: WorkflowFailure::Create(e),
        delete_error: None,
    })?;
    tracing::debug!(job, job_id, "offline job created");

    let waited = wait_until_done(job, job_id, options, started, deadline, &list).await;
    let outcome = match waited {
        Ok(polls) => get(job_id)
            .await
            .map(|data| (data, polls))
            .map_err(WorkflowFailure::Fetch),
        Err(failure) => Err(failure),
    };

    // Always free the slot, whatever happened above.
    let delete_error = delete(job_id).await.err();
    if let Some(e) = &delete_error {
        tracing::warn!(job, job_id, error = %e, "cannot delete the offline job");
    }
    match outcome {
        Ok((data, polls)) => Ok(WorkflowResult {
            data,
            job_id,
            polls,
            delete_error,
        }),
        Err(failure) => Err(WorkflowError {
            job,
            job_id: Some(job_id),
            failure,
            delete_error,
        }),
    }
}

/// Polls the list until the job is done; returns the number of polls. Bounded by `deadline`
/// (each poll too), so the loop always ends.
async fn wait_until_done<L, LF>(
    job: &'static str,
    job_id: i32,
    options: &WorkflowOptions,
    started: Instant,
    deadline: Instant,
    list: &L,
) -> Result<u32, WorkflowFailure>
where
    L: Fn() -> LF,
    LF: Future<Output = Result<Vec<(i32, String)>, Error>>,
{
    let mut polls: u32 = 0;
    let mut last_status = String::new();
    let exceeded = |last_status: String| WorkflowFailure::DeadlineExceeded {
        deadline: options.deadline,
        last_status,
    };
    loop {
        let jobs = match tokio::time::timeout_at(deadline, list()).await {
            Ok(result) => result.map_err(WorkflowFailure::Poll)?,
            Err(_) => return Err(exceeded(last_status)),
        };
        polls += 1;
        let status = jobs
            .into_iter()
            .find(|(id, _)| *id == job_id)
            .map(|(_, s)| s);
        if let Some(progress) = &options.progress {
            progress(&WorkflowProgress {
                job,
                job_id,
                status: status.clone().unwrap_or_default(),
                polls,
                elapsed: started.elapsed(),
            });
        }
        match status {
            None => return Err(WorkflowFailure::JobMissing),
            Some(status) if status == STATUS_DONE => return Ok(polls),
            Some(status) if status == STATUS_FAILED => {
                return Err(WorkflowFailure::JobFailed { status })
            }
            Some(status) => last_status = status,
        }
        if Instant::now() + options.poll_interval > deadline {
            return Err(exceeded(last_status));
        }
        tokio::time::sleep(options.poll_interval).await;
    }
}
