//! At most N requests in flight per advertiser login, shared by every clone of a client.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The API allows 5 simultaneous requests per advertiser.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 5;

/// Limits the requests in flight per login. Cheap to clone: clones share the limits, so one
/// limiter can also be given to several clients built separately
/// ([`ClientBuilder::limiter`](super::ClientBuilder::limiter)).
#[derive(Debug, Clone)]
pub struct Limiter {
    inner: Arc<LimiterInner>,
}

#[derive(Debug)]
struct LimiterInner {
    per_login: usize,
    logins: Mutex<HashMap<String, Arc<Semaphore>>>,
}

/// A slot taken from a [`Limiter`] (or a governor's reservation, when the client has a
/// governor); the slot is given back when this is dropped.
#[derive(Debug)]
pub struct Slot {
    _permit: Option<OwnedSemaphorePermit>,
    pub(crate) reservation: Option<crate::governor::Reservation>,
}

impl Slot {
    /// A slot held by a governor's reservation.
    pub(crate) fn reserved(reservation: crate::governor::Reservation) -> Slot {
        Slot {
            _permit: None,
            reservation: Some(reservation),
        }
    }
}

impl Limiter {
    /// At most `per_login` requests in flight per login (at least 1).
    pub fn new(per_login: usize) -> Self {
        Limiter {
            inner: Arc::new(LimiterInner {
                per_login: per_login.max(1),
                logins: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// The limit per login.
    pub fn per_login(&self) -> usize {
        self.inner.per_login
    }

    /// The semaphore of `login`, made on first use and kept for the limiter's life (so a
    /// client may keep it rather than look it up for every request).
    pub(crate) fn semaphore(&self, login: &str) -> Arc<Semaphore> {
        let mut logins = self
            .inner
            .logins
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(semaphore) = logins.get(login) {
            return semaphore.clone();
        }
        let semaphore = Arc::new(Semaphore::new(self.inner.per_login));
        logins.insert(login.to_owned(), semaphore.clone());
        semaphore
    }

    /// Waits for a free slot of `login` (the empty string stands for the token's own account).
    pub async fn acquire(&self, login: &str) -> Slot {
        Self::acquire_from(self.semaphore(login)).await
    }

    /// Waits for a free slot of the login whose [`Limiter::semaphore`] this is.
    pub(crate) async fn acquire_from(semaphore: Arc<Semaphore>) -> Slot {
        // The semaphore is never closed, so acquiring does not fail.
        Slot {
            _permit: semaphore.acquire_owned().await.ok(),
            reservation: None,
        }
    }

    /// How many requests of `login` are in flight now.
    pub fn in_flight(&self, login: &str) -> usize {
        let semaphore = self.semaphore(login);
        self.inner.per_login - semaphore.available_permits()
    }
}

impl Default for Limiter {
    fn default() -> Self {
        Limiter::new(DEFAULT_MAX_IN_FLIGHT)
    }
}
