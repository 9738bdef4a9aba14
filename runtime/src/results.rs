//! Per-item results of add/update/delete/suspend/...: each item of a request gets its own
//! `Errors` and `Warnings`, in the order of the request, and one item may fail while the others
//! succeed.

/// One item of an operation's results (`AddResults[i]`, `UpdateResults[i]`, ...). Generated
/// result types implement it; `Notification` is the API's `ExceptionNotification`.
pub trait ItemResult {
    /// The type of one error or warning.
    type Notification: std::fmt::Debug + Clone + PartialEq;
    /// The item's errors; empty when it succeeded.
    fn errors(&self) -> &[Self::Notification];
    /// The item's warnings (it succeeded, with remarks).
    fn warnings(&self) -> &[Self::Notification];
    /// Whether the item succeeded.
    fn is_ok(&self) -> bool {
        self.errors().is_empty()
    }
}

/// An item that failed, with its position in the request.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFailure<'a, T: ItemResult> {
    /// The position of the item in the request (and in the results).
    pub index: usize,
    /// The item's result.
    pub result: &'a T,
    /// Its errors (never empty).
    pub errors: &'a [T::Notification],
}

/// An operation's results split into successes and failures, each with its request position.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitResults<'a, T: ItemResult> {
    /// The items that succeeded (possibly with warnings), with their positions.
    pub succeeded: Vec<(usize, &'a T)>,
    /// The items that failed.
    pub failed: Vec<ItemFailure<'a, T>>,
}

impl<T: ItemResult> SplitResults<'_, T> {
    /// Whether every item succeeded.
    pub fn all_ok(&self) -> bool {
        self.failed.is_empty()
    }
}

/// A list of per-item results as generated types hold it: `Vec<T>`, a slice, or
/// `Option<Vec<T>>` (a missing list is an empty one).
pub trait ResultList<T> {
    /// The items.
    fn as_results(&self) -> &[T];
}

impl<T> ResultList<T> for [T] {
    fn as_results(&self) -> &[T] {
        self
    }
}

impl<T> ResultList<T> for Vec<T> {
    fn as_results(&self) -> &[T] {
        self
    }
}

impl<T> ResultList<T> for Option<Vec<T>> {
    fn as_results(&self) -> &[T] {
        self.as_deref().unwrap_or(&[])
    }
}

/// Splits `results` (`&response.add_results`, ...) into successes and failures by position.
pub fn split_results<T: ItemResult, L: ResultList<T> + ?Sized>(results: &L) -> SplitResults<'_, T> {
    let results = results.as_results();
    let mut succeeded = Vec::new();
    let mut failed = Vec::new();
    for (index, result) in results.iter().enumerate() {
        let errors = result.errors();
        if errors.is_empty() {
            succeeded.push((index, result));
        } else {
            failed.push(ItemFailure {
                index,
                result,
                errors,
            });
        }
    }
    SplitResults { succeeded, failed }
}

/// Every warning of `results`, with the position of its item.
pub fn warnings<'a, T: ItemResult + 'a, L: ResultList<T> + ?Sized>(
    results: &'a L,
) -> Vec<(usize, &'a T::Notification)> {
    results
        .as_results()
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.warnings().iter().map(move |w| (i, w)))
        .collect()
}

/// The same split for an untyped result list (`[{"Id", "Errors", "Warnings"}]` as JSON):
/// gives the positions of the items that succeeded and of those that failed.
pub fn split_json_results(results: &[serde_json::Value]) -> (Vec<usize>, Vec<usize>) {
    let mut ok = Vec::new();
    let mut failed = Vec::new();
    for (i, item) in results.iter().enumerate() {
        let has_errors = item
            .get("Errors")
            .and_then(|e| e.as_array())
            .is_some_and(|e| !e.is_empty());
        if has_errors {
            failed.push(i);
        } else {
            ok.push(i);
        }
    }
    (ok, failed)
}
