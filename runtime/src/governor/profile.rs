//! What a key's buckets are: their kinds, limits and windows, per API.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use super::calendar::{next_multiple_of, next_pacific_midnight};

/// When a bucket fills up again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Window {
    /// At every whole multiple of the period since the Unix epoch: [`Window::HOUR`] refills at
    /// the top of each hour, [`Window::UTC_DAY`] at midnight UTC.
    Every(Duration),
    /// At midnight in America/Los_Angeles (Google's daily quotas).
    PacificDay,
    /// Little by little over the period, as spending leaves it (Direct's units over 24 hours):
    /// the governor looks again after a 24th of the period.
    Rolling(Duration),
    /// Not refilled by time: slots come back when requests end.
    Concurrent,
}

impl Window {
    /// Refilled at the top of every hour.
    pub const HOUR: Window = Window::Every(Duration::from_secs(3600));
    /// Refilled at midnight UTC.
    pub const UTC_DAY: Window = Window::Every(Duration::from_secs(86_400));

    /// The next refill after `now`, if time refills this window.
    pub fn next_refill(&self, now: SystemTime) -> Option<SystemTime> {
        match *self {
            Window::Every(period) => Some(next_multiple_of(now, period)),
            Window::PacificDay => Some(next_pacific_midnight(now)),
            Window::Rolling(period) => Some(now + (period / 24).max(Duration::from_millis(1))),
            Window::Concurrent => None,
        }
    }
}

/// What a bucket counts, and so what a request takes from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BucketKind {
    /// Tokens or units: every request takes its estimated cost, corrected by what the answer
    /// reports.
    Tokens,
    /// Requests of a kind (the potentially thresholded ones): a request takes what its
    /// [`Demand`](super::Demand) counts for this bucket.
    Requests,
    /// Server errors (500, 503): counted as they happen; a server error is retried only while
    /// more than `margin` are left, so the last ones are never spent, and nothing is sent once
    /// the bucket is empty (the server blocks the caller for the window).
    ServerErrors {
        /// How many the client never spends.
        margin: i64,
    },
    /// Requests in flight at once: the request beyond the limit waits for a slot.
    Concurrency,
}

/// One bucket of a [`Profile`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketSpec {
    /// The bucket's name, as the API's figures name it (`tokensPerHour`, `units`).
    pub name: Cow<'static, str>,
    /// What it counts.
    pub kind: BucketKind,
    /// The limit, when known before any answer (`None`: learnt from the figures).
    pub limit: Option<i64>,
    /// When it refills.
    pub window: Window,
}

impl BucketSpec {
    /// A bucket.
    pub fn new(
        name: impl Into<Cow<'static, str>>,
        kind: BucketKind,
        limit: Option<i64>,
        window: Window,
    ) -> Self {
        BucketSpec {
            name: name.into(),
            kind,
            limit,
            window,
        }
    }
}

/// The buckets every key of an API (or one key) has, and the cost assumed before any figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The buckets, in the order snapshots list them.
    pub buckets: Vec<BucketSpec>,
    /// The cost estimated for a request before any answer reported one.
    pub default_cost: i64,
}

/// Google Analytics' two kinds of property: their limits differ tenfold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Ga4Tier {
    /// A standard property.
    #[default]
    Standard,
    /// An Analytics 360 property.
    Analytics360,
}

/// The GA4 Data API's quota buckets, as `propertyQuota` names them.
pub mod ga4_buckets {
    /// Tokens per property per day (refilled at midnight Pacific time).
    pub const TOKENS_PER_DAY: &str = "tokensPerDay";
    /// Tokens per property per hour.
    pub const TOKENS_PER_HOUR: &str = "tokensPerHour";
    /// Tokens per project per property per hour.
    pub const TOKENS_PER_PROJECT_PER_HOUR: &str = "tokensPerProjectPerHour";
    /// Requests in flight per property.
    pub const CONCURRENT_REQUESTS: &str = "concurrentRequests";
    /// Server errors (500, 503) per project per property per hour.
    pub const SERVER_ERRORS_PER_PROJECT_PER_HOUR: &str = "serverErrorsPerProjectPerHour";
    /// Potentially thresholded requests per property per hour.
    pub const POTENTIALLY_THRESHOLDED_REQUESTS_PER_HOUR: &str =
        "potentiallyThresholdedRequestsPerHour";
    /// Every bucket, in `propertyQuota`'s order.
    pub const ALL: [&str; 6] = [
        TOKENS_PER_DAY,
        TOKENS_PER_HOUR,
        TOKENS_PER_PROJECT_PER_HOUR,
        CONCURRENT_REQUESTS,
        SERVER_ERRORS_PER_PROJECT_PER_HOUR,
        POTENTIALLY_THRESHOLDED_REQUESTS_PER_HOUR,
    ];
}

/// Direct's buckets per login.
pub mod direct_buckets {
    /// The daily units of the `Units` header.
    pub const UNITS: &str = "units";
    /// Requests in flight per login.
    pub const IN_FLIGHT: &str = "inFlight";
}

/// The Metrica APIs' buckets: per user (the OAuth token) and per IP.
pub mod metrica_buckets {
    /// Requests in flight per user (3).
    pub const IN_FLIGHT: &str = "parallelRequests";
    /// Requests per user per day (5,000, refilled at midnight UTC).
    pub const REQUESTS_PER_DAY: &str = "requestsPerDay";
    /// Reporting API (`/stat/v1/data*`) requests per user per 5 minutes (200).
    pub const REPORTING_PER_5_MINUTES: &str = "reportingRequestsPer5Minutes";
    /// Requests per second from one IP (30): the process's own key.
    pub const REQUESTS_PER_SECOND_PER_IP: &str = "requestsPerSecondPerIp";
}

/// The server-error margin of GA4 profiles: two of the ten errors an hour are never spent, so
/// that other programs of the project keep some.
pub const DEFAULT_SERVER_ERROR_MARGIN: i64 = 2;

impl Profile {
    /// The GA4 Data API per property and quota category (Core, Realtime, Funnel): the limits of
    /// `tier` (Google's quotas page; Analytics 360 has ten times the tokens and five times the
    /// concurrency).
    pub fn ga4(tier: Ga4Tier) -> Profile {
        use ga4_buckets::*;
        let ten_times = |standard: i64| match tier {
            Ga4Tier::Standard => standard,
            Ga4Tier::Analytics360 => standard * 10,
        };
        let (concurrent, server_errors) = match tier {
            Ga4Tier::Standard => (10, 10),
            Ga4Tier::Analytics360 => (50, 50),
        };
        Profile {
            buckets: vec![
                BucketSpec::new(
                    TOKENS_PER_DAY,
                    BucketKind::Tokens,
                    Some(ten_times(200_000)),
                    Window::PacificDay,
                ),
                BucketSpec::new(
                    TOKENS_PER_HOUR,
                    BucketKind::Tokens,
                    Some(ten_times(40_000)),
                    Window::HOUR,
                ),
                BucketSpec::new(
                    TOKENS_PER_PROJECT_PER_HOUR,
                    BucketKind::Tokens,
                    Some(ten_times(14_000)),
                    Window::HOUR,
                ),
                BucketSpec::new(
                    CONCURRENT_REQUESTS,
                    BucketKind::Concurrency,
                    Some(concurrent),
                    Window::Concurrent,
                ),
                BucketSpec::new(
                    SERVER_ERRORS_PER_PROJECT_PER_HOUR,
                    BucketKind::ServerErrors {
                        margin: DEFAULT_SERVER_ERROR_MARGIN,
                    },
                    Some(server_errors),
                    Window::HOUR,
                ),
                BucketSpec::new(
                    POTENTIALLY_THRESHOLDED_REQUESTS_PER_HOUR,
                    BucketKind::Requests,
                    Some(120),
                    Window::HOUR,
                ),
            ],
            default_cost: 10,
        }
    }

    /// Yandex Direct per login: the daily units (limit learnt from the `Units` header, spent
    /// and restored over a rolling day) and 5 requests in flight.
    pub fn direct() -> Profile {
        Profile {
            buckets: vec![
                BucketSpec::new(
                    direct_buckets::UNITS,
                    BucketKind::Tokens,
                    None,
                    Window::Rolling(Duration::from_secs(86_400)),
                ),
                BucketSpec::new(
                    direct_buckets::IN_FLIGHT,
                    BucketKind::Concurrency,
                    Some(5),
                    Window::Concurrent,
                ),
            ],
            default_cost: 10,
        }
    }

    /// Yandex Metrica per user (the token): 3 requests in flight, 5,000 requests a day
    /// (refilled at midnight UTC) and 200 Reporting API requests per 5 minutes. The windows are
    /// fixed (counted from the Unix epoch), so a burst across a boundary may reach the server's
    /// limit; its 429 for the short limits is waited out by the client.
    pub fn metrica() -> Profile {
        use metrica_buckets::*;
        Profile {
            buckets: vec![
                BucketSpec::new(
                    IN_FLIGHT,
                    BucketKind::Concurrency,
                    Some(3),
                    Window::Concurrent,
                ),
                BucketSpec::new(
                    REQUESTS_PER_DAY,
                    BucketKind::Requests,
                    Some(5000),
                    Window::UTC_DAY,
                ),
                BucketSpec::new(
                    REPORTING_PER_5_MINUTES,
                    BucketKind::Requests,
                    Some(200),
                    Window::Every(Duration::from_secs(300)),
                ),
            ],
            default_cost: 1,
        }
    }

    /// Yandex Metrica per IP (one key for the process): 30 requests a second.
    pub fn metrica_ip() -> Profile {
        Profile {
            buckets: vec![BucketSpec::new(
                metrica_buckets::REQUESTS_PER_SECOND_PER_IP,
                BucketKind::Requests,
                Some(30),
                Window::Every(Duration::from_secs(1)),
            )],
            default_cost: 1,
        }
    }

    /// The same profile with every bucket of `window` refilled on `replacement` instead (a
    /// test's short windows, a server with other windows).
    pub fn with_window(mut self, window: Window, replacement: Window) -> Profile {
        for bucket in &mut self.buckets {
            if bucket.window == window {
                bucket.window = replacement;
            }
        }
        self
    }

    /// The same profile with bucket `name`'s limit set.
    pub fn with_limit(mut self, name: &str, limit: Option<i64>) -> Profile {
        for bucket in &mut self.buckets {
            if bucket.name == name {
                bucket.limit = limit;
            }
        }
        self
    }

    /// The same profile with the server-error margin set (at least 1: the last error is
    /// never spent).
    pub fn with_server_error_margin(mut self, margin: i64) -> Profile {
        for bucket in &mut self.buckets {
            if let BucketKind::ServerErrors { margin: m } = &mut bucket.kind {
                *m = margin.max(1);
            }
        }
        self
    }
}
