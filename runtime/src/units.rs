//! Units: the figures of one answer's `Units` header, and the latest figures per login for
//! callers that plan their spending.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

/// Units figures from the `Units` header: `spent/rest/limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Units {
    /// Spent by this call.
    pub spent: i64,
    /// Left for today.
    pub rest: i64,
    /// The daily limit.
    pub limit: i64,
}

impl Units {
    /// Parses `10/20828/64000`.
    pub fn parse(header: &str) -> Option<Units> {
        let mut parts = header.trim().split('/').map(|p| p.trim().parse::<i64>());
        let units = Units {
            spent: parts.next()?.ok()?,
            rest: parts.next()?.ok()?,
            limit: parts.next()?.ok()?,
        };
        parts.next().is_none().then_some(units)
    }
}

/// The units figures last seen for one login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitsSnapshot {
    /// The figures of the `Units` header.
    pub units: Units,
    /// When the answer carrying them arrived.
    pub at: Instant,
}

/// The latest [`Units`] per login, shared by the clones of a client.
#[derive(Debug, Clone, Default)]
pub struct UnitsTracker {
    inner: Arc<Mutex<HashMap<String, UnitsSnapshot>>>,
}

impl UnitsTracker {
    /// A tracker with nothing recorded.
    pub fn new() -> Self {
        UnitsTracker::default()
    }

    /// Records the figures of an answer for `login`.
    pub fn record(&self, login: &str, units: Units) {
        let snapshot = UnitsSnapshot {
            units,
            at: Instant::now(),
        };
        let mut map = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        // The login is known after the first call: update in place, without a new key.
        match map.get_mut(login) {
            Some(slot) => *slot = snapshot,
            None => {
                map.insert(login.to_owned(), snapshot);
            }
        }
    }

    /// The latest figures of `login` (the empty string: the token's own account when the API did
    /// not name the login).
    pub fn get(&self, login: &str) -> Option<UnitsSnapshot> {
        let map = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        map.get(login).copied()
    }

    /// The latest figures of every login seen.
    pub fn all(&self) -> HashMap<String, UnitsSnapshot> {
        self.inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}
