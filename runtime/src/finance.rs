//! v4 Live finance methods (`CreateInvoice`, `TransferMoney`, `PayCampaigns`, `AccountManagement`,
//! ...): each request carries `finance_token`, the hex SHA-256 of
//! `master_token + operation_num + method + login`, and `operation_num`, a number that must grow
//! with every finance call of the login.
//!
//! The numbers come from an [`OperationCounter`]: [`InMemoryCounter`] for one process, or
//! [`FileCounter`], which keeps the last number in a file so that a restarted program never sends
//! a number again. The client takes a fresh number for every attempt, so that a retried finance
//! call never repeats one.
//!
//! ```no_run
//! # fn example() -> Result<(), yandex_direct_runtime::Error> {
//! use std::sync::Arc;
//! use yandex_direct_runtime::finance::{FileCounter, FinanceCredentials};
//!
//! let counter = FileCounter::open("/var/lib/myapp/direct-operation-num", 1)?;
//! let finance = FinanceCredentials::new("master-token", "agrom", Arc::new(counter));
//! let client = yandex_direct_runtime::Client::builder("oauth-token").finance(finance).build()?;
//! # let _ = client; Ok(()) }
//! ```

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use sha2::{Digest, Sha256};

use super::error::Error;
use super::method::MethodInfo;

/// The hex SHA-256 of `master_token + operation + method + login`, the `finance_token` of a v4
/// finance call.
pub fn finance_token(master_token: &str, operation: i64, method: &str, login: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(master_token.as_bytes());
    hasher.update(operation.to_string().as_bytes());
    hasher.update(method.as_bytes());
    hasher.update(login.as_bytes());
    let digest = hasher.finalize();
    let mut hex = String::with_capacity(64);
    for byte in digest {
        use fmt::Write as _;
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// A v4 call that is a finance operation: it must carry `finance_token` and `operation_num`, so
/// it needs [`FinanceCredentials`]. Its `Display` names it for messages (`CreateInvoice`,
/// `AccountManagement with Action Deposit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinanceOperation {
    /// The v4 method, e.g. `CreateInvoice`.
    pub method: &'static str,
    /// The `Action` that makes the call a finance operation, for a method that is one only for
    /// some actions (`MethodInfo::finance_actions`, e.g. `AccountManagement`); `None` otherwise.
    pub action: Option<String>,
}

impl fmt::Display for FinanceOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.action {
            Some(action) => write!(f, "{} with Action {action}", self.method),
            None => f.write_str(self.method),
        }
    }
}

/// Whether a call of the v4 `method` with `param` (encoded JSON, as sent; `None` without a
/// param) is a finance operation, and which: every call of a finance method, or, for a method
/// with `finance_actions`, a call whose `Action` is one of them. `None` for any other call,
/// which is sent without finance credentials and takes no operation number.
///
/// Decide before sending, e.g. to ask for credentials only when they are needed:
///
/// ```
/// # use yandex_direct_runtime::{finance::finance_operation, Access, Api, MethodInfo};
/// # static ACCOUNT_MANAGEMENT: MethodInfo = MethodInfo { api: Api::DirectV4, service_name: "Live",
/// #     endpoint: "", method: "AccountManagement", access: Access::Write, finance: true,
/// #     finance_actions: &["Deposit", "TransferMoney"] };
/// let deposit = finance_operation(&ACCOUNT_MANAGEMENT, Some(br#"{"Action":"Deposit"}"#))?;
/// assert_eq!(deposit.expect("a finance operation").to_string(), "AccountManagement with Action Deposit");
/// assert_eq!(finance_operation(&ACCOUNT_MANAGEMENT, Some(br#"{"Action":"Get"}"#))?, None);
/// # Ok::<(), yandex_direct_runtime::Error>(())
/// ```
///
/// An error ([`Error::InvalidRequest`]) when the `Action` that decides cannot be read.
pub fn finance_operation(
    method: &MethodInfo,
    param: Option<&[u8]>,
) -> Result<Option<FinanceOperation>, Error> {
    if !method.finance {
        return Ok(None);
    }
    // Only a method that is a finance operation for some actions looks at the `Action`.
    let action = if method.finance_actions.is_empty() {
        None
    } else {
        action_of(method, param)?
    };
    Ok(method
        .is_finance_call(action.as_deref())
        .then_some(FinanceOperation {
            method: method.method,
            action,
        }))
}

/// The `Action` of an encoded `param` (`None` without `param` or without `Action`).
fn action_of(method: &MethodInfo, param: Option<&[u8]>) -> Result<Option<String>, Error> {
    #[derive(serde::Deserialize)]
    struct ActionOnly {
        #[serde(rename = "Action")]
        action: Option<String>,
    }
    let Some(param) = param else {
        return Ok(None);
    };
    serde_json::from_slice::<ActionOnly>(param)
        .map(|p| p.action)
        .map_err(|e| {
            Error::InvalidRequest(format!(
                "{}: cannot read the `Action` of the param: {e}",
                method.method
            ))
        })
}

/// A source of operation numbers that only grow: every call of [`OperationCounter::next`]
/// returns a number greater than any it returned before (also across clones and tasks).
pub trait OperationCounter: Send + Sync {
    /// The next operation number.
    fn next(&self) -> Result<i64, Error>;
}

/// An in-memory counter: numbers grow for as long as the process lives.
#[derive(Debug)]
pub struct InMemoryCounter {
    last: Mutex<i64>,
}

impl InMemoryCounter {
    /// A counter whose first number is `first`.
    pub fn new(first: i64) -> Self {
        InMemoryCounter {
            last: Mutex::new(first.saturating_sub(1)),
        }
    }
}

impl OperationCounter for InMemoryCounter {
    fn next(&self) -> Result<i64, Error> {
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        let next = last
            .checked_add(1)
            .ok_or_else(|| Error::InvalidRequest("the operation counter overflowed".to_owned()))?;
        *last = next;
        Ok(next)
    }
}

/// A counter that keeps the last number it gave out in a file (written to a temporary file,
/// flushed to disk and renamed over the old one, so that a crash leaves the old or the new
/// number, never half of one). A number is on disk before it is returned, so a restart never
/// gives it out again.
///
/// Any number of counters may share a file, in one process or in several: each number is taken
/// under a process-wide lock of the path and an exclusive lock of the file `<path>.lock`
/// (held across processes by the operating system), and the file is read again under those
/// locks before each number.
#[derive(Debug)]
pub struct FileCounter {
    path: PathBuf,
    lock_path: PathBuf,
    /// Shared by every counter of this process on the same path.
    process_lock: Arc<Mutex<()>>,
    last: Mutex<i64>,
}

/// The process-wide lock of each counter path, by its absolute form.
fn process_lock(path: &Path) -> Arc<Mutex<()>> {
    type Registry = Mutex<std::collections::HashMap<PathBuf, std::sync::Weak<Mutex<()>>>>;
    static REGISTRY: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
    let key = absolute(path);
    let mut registry = REGISTRY
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    registry.retain(|_, lock| lock.strong_count() > 0);
    if let Some(lock) = registry.get(&key).and_then(std::sync::Weak::upgrade) {
        return lock;
    }
    let lock = Arc::new(Mutex::new(()));
    registry.insert(key, Arc::downgrade(&lock));
    lock
}

/// `path` made absolute, with its folder resolved when it exists (the file itself may not).
fn absolute(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => std::fs::canonicalize(parent)
            .map(|parent| parent.join(name))
            .unwrap_or(path),
        _ => path,
    }
}

impl FileCounter {
    /// Opens the counter kept in `path`; when the file does not exist yet, the first number is
    /// `first` (also when the file holds a smaller last number, `first` wins).
    pub fn open(path: impl AsRef<Path>, first: i64) -> Result<Self, Error> {
        let path = path.as_ref().to_path_buf();
        let stored = read_last(&path)?;
        let last = stored.unwrap_or(i64::MIN).max(first.saturating_sub(1));
        let mut lock_path = path.as_os_str().to_owned();
        lock_path.push(".lock");
        Ok(FileCounter {
            process_lock: process_lock(&path),
            lock_path: PathBuf::from(lock_path),
            path,
            last: Mutex::new(last),
        })
    }

    /// The file the counter lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The last number this counter gave out (or the one before the first).
    pub fn last(&self) -> i64 {
        *self.last.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl OperationCounter for FileCounter {
    fn next(&self) -> Result<i64, Error> {
        let _in_process = self
            .process_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let lock_file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&self.lock_path)
            .map_err(|e| counter_error(&self.lock_path, "cannot open the lock file", e))?;
        // Released when `lock_file` is closed at the end of this call.
        lock_file
            .lock()
            .map_err(|e| counter_error(&self.lock_path, "cannot lock", e))?;
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        let stored = read_last(&self.path)?.unwrap_or(i64::MIN);
        let next = (*last)
            .max(stored)
            .checked_add(1)
            .ok_or_else(|| Error::InvalidRequest("the operation counter overflowed".to_owned()))?;
        write_atomically(&self.path, next)?;
        *last = next;
        Ok(next)
    }
}

fn counter_error(path: &Path, what: &str, e: impl fmt::Display) -> Error {
    Error::InvalidRequest(format!(
        "operation counter file `{}`: {what}: {e}",
        path.display()
    ))
}

fn read_last(path: &Path) -> Result<Option<i64>, Error> {
    match std::fs::read_to_string(path) {
        Ok(text) => text
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|e| counter_error(path, "does not hold a number", e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(counter_error(path, "cannot read", e)),
    }
}

fn write_atomically(path: &Path, value: i64) -> Result<(), Error> {
    static TEMP_SEQUENCE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let sequence = TEMP_SEQUENCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut temp = path.as_os_str().to_owned();
    temp.push(format!(".tmp.{}.{sequence}", std::process::id()));
    let temp = PathBuf::from(temp);
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        writeln!(file, "{value}")?;
        file.sync_all()?;
        std::fs::rename(&temp, path)?;
        // The rename itself is durable once the folder is flushed (where folders can be).
        #[cfg(unix)]
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::File::open(parent)?.sync_all()?;
        }
        Ok(())
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        counter_error(path, "cannot save the last number", e)
    })
}

/// What finance calls are signed with. `Debug` and `Display` never show the master token.
#[derive(Clone)]
pub struct FinanceCredentials {
    master_token: String,
    /// The login the finance token is computed for (the owner of the master token).
    pub login: String,
    /// Where operation numbers come from.
    pub counter: Arc<dyn OperationCounter>,
}

impl FinanceCredentials {
    /// Credentials from the master token (Direct web interface, API settings), the login and
    /// a counter.
    pub fn new(
        master_token: impl Into<String>,
        login: impl Into<String>,
        counter: Arc<dyn OperationCounter>,
    ) -> Self {
        FinanceCredentials {
            master_token: master_token.into(),
            login: login.into(),
            counter,
        }
    }

    /// The master token itself, to compute a finance token by hand.
    pub fn expose_master_token(&self) -> &str {
        &self.master_token
    }

    /// Takes the next operation number and signs `method` with it:
    /// `(operation_num, finance_token)`.
    pub fn sign(&self, method: &str) -> Result<(i64, String), Error> {
        let operation = self.counter.next()?;
        Ok((
            operation,
            finance_token(&self.master_token, operation, method, &self.login),
        ))
    }
}

impl fmt::Debug for FinanceCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FinanceCredentials")
            .field("master_token", &"<redacted>")
            .field("login", &self.login)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for FinanceCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "finance credentials of `{}` (<redacted>)", self.login)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::{Access, Api};

    const fn v4_method(
        method: &'static str,
        finance: bool,
        actions: &'static [&'static str],
    ) -> MethodInfo {
        MethodInfo {
            api: Api::DirectV4,
            service_name: "Live",
            endpoint: "",
            method,
            access: Access::Write,
            finance,
            finance_actions: actions,
        }
    }

    #[test]
    fn finance_operations_are_finance_methods_or_their_money_actions() {
        static CREATE_INVOICE: MethodInfo = v4_method("CreateInvoice", true, &[]);
        static ACCOUNT_MANAGEMENT: MethodInfo =
            v4_method("AccountManagement", true, &["Deposit", "TransferMoney"]);
        static PING: MethodInfo = v4_method("PingAPI", false, &[]);

        let invoice = finance_operation(&CREATE_INVOICE, Some(br#"{"Action":"Get"}"#))
            .unwrap()
            .expect("every call of a finance method");
        assert_eq!(invoice.to_string(), "CreateInvoice");
        assert!(finance_operation(&CREATE_INVOICE, None).unwrap().is_some());

        let deposit = finance_operation(&ACCOUNT_MANAGEMENT, Some(br#"{"Action":"Deposit"}"#))
            .unwrap()
            .expect("a money action");
        assert_eq!(deposit.action.as_deref(), Some("Deposit"));
        assert_eq!(deposit.to_string(), "AccountManagement with Action Deposit");
        for param in [Some(&br#"{"Action":"Get"}"#[..]), Some(b"{}"), None] {
            assert_eq!(finance_operation(&ACCOUNT_MANAGEMENT, param).unwrap(), None);
        }
        assert_eq!(finance_operation(&PING, Some(b"not JSON")).unwrap(), None);

        let unreadable = finance_operation(&ACCOUNT_MANAGEMENT, Some(br#"{"Action":7}"#))
            .expect_err("an Action that is not a string");
        assert!(
            unreadable
                .to_string()
                .contains("AccountManagement: cannot read the `Action`"),
            "{unreadable}"
        );
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn the_documentation_example() {
        // Computed independently, over the concatenated string in one piece.
        let expected = hex(&Sha256::digest(b"AEgchkX2M3FBL8lU119CreateInvoiceagrom"));
        let token = finance_token("AEgchkX2M3FBL8lU", 119, "CreateInvoice", "agrom");
        assert_eq!(token, expected);
        assert_eq!(token.len(), 64);
        assert!(token
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_ne!(
            token,
            finance_token("AEgchkX2M3FBL8lU", 120, "CreateInvoice", "agrom")
        );
    }

    #[test]
    fn the_master_token_is_never_printed() {
        let credentials = FinanceCredentials::new(
            "AEgchkX2M3FBL8lU",
            "agrom",
            Arc::new(InMemoryCounter::new(1)),
        );
        assert!(!format!("{credentials:?}").contains("AEgchkX2M3FBL8lU"));
        assert!(!format!("{credentials}").contains("AEgchkX2M3FBL8lU"));
    }

    #[test]
    fn in_memory_numbers_grow_from_the_first() {
        let counter = InMemoryCounter::new(119);
        assert_eq!(counter.next().ok(), Some(119));
        assert_eq!(counter.next().ok(), Some(120));
        let credentials = FinanceCredentials::new("m", "l", Arc::new(counter));
        let (n, token) = credentials.sign("CreateInvoice").expect("sign");
        assert_eq!(n, 121);
        assert_eq!(token, finance_token("m", 121, "CreateInvoice", "l"));
    }

    #[test]
    fn in_memory_numbers_are_unique_across_threads() {
        let counter = Arc::new(InMemoryCounter::new(1));
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let counter = counter.clone();
                std::thread::spawn(move || {
                    (0..100)
                        .map(|_| counter.next().expect("next"))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut all: Vec<i64> = handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 400);
        assert_eq!(all.first(), Some(&1));
        assert_eq!(all.last(), Some(&400));
    }

    /// Takes `count` numbers from `counter`, checking each is larger than the one before.
    fn take_increasing(counter: &dyn OperationCounter, count: usize) -> Vec<i64> {
        let mut taken = Vec::with_capacity(count);
        for _ in 0..count {
            let n = counter.next().expect("a number");
            assert!(
                taken.last().is_none_or(|&last| n > last),
                "{n} after {taken:?}"
            );
            taken.push(n);
        }
        taken
    }

    #[test]
    fn file_counters_on_one_path_never_repeat_a_number_in_one_process() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("operation-num");
        // Two counters on one path (as two parts of a program would open it), two threads each.
        let counters = [
            Arc::new(FileCounter::open(&path, 1).expect("open")),
            Arc::new(FileCounter::open(&path, 1).expect("open")),
        ];
        let handles: Vec<_> = counters
            .iter()
            .flat_map(|c| [c.clone(), c.clone()])
            .map(|counter| std::thread::spawn(move || take_increasing(&*counter, 150)))
            .collect();
        let mut all: Vec<i64> = handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect();
        all.sort_unstable();
        let taken = all.len();
        all.dedup();
        assert_eq!(all.len(), taken, "a number was handed out twice");
        assert_eq!(all, (1..=600).collect::<Vec<_>>());
        assert_eq!(read_last(&path).expect("read"), Some(600));
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert!(
            names.iter().all(|n| !n.to_string_lossy().contains(".tmp.")),
            "{names:?}"
        );
    }

    /// Run by `file_counters_in_separate_processes_never_repeat_a_number` in child processes.
    #[test]
    fn counter_child_process() {
        let Some(path) = std::env::var_os("FILE_COUNTER_CHILD_PATH") else {
            return; // only meaningful as a child of the test below
        };
        let counter = FileCounter::open(PathBuf::from(path), 1).expect("open");
        let numbers = take_increasing(&counter, 200);
        let line: Vec<String> = numbers.iter().map(i64::to_string).collect();
        println!("NUMBERS {}", line.join(","));
    }

    #[test]
    fn file_counters_in_separate_processes_never_repeat_a_number() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("operation-num");
        let exe = std::env::current_exe().expect("test binary");
        let children: Vec<_> = (0..3)
            .map(|_| {
                std::process::Command::new(&exe)
                    .args([
                        "--exact",
                        "finance::tests::counter_child_process",
                        "--nocapture",
                    ])
                    .env("FILE_COUNTER_CHILD_PATH", &path)
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .expect("child")
            })
            .collect();
        let mut all = Vec::new();
        for child in children {
            let output = child.wait_with_output().expect("child output");
            assert!(output.status.success());
            let stdout = String::from_utf8_lossy(&output.stdout);
            let line = stdout
                .lines()
                .find_map(|l| l.strip_prefix("NUMBERS "))
                .expect("the child printed its numbers");
            all.extend(line.split(',').map(|n| n.parse::<i64>().expect("number")));
        }
        all.sort_unstable();
        let taken = all.len();
        all.dedup();
        assert_eq!(taken, 600);
        assert_eq!(all.len(), taken, "two processes used the same number");
        assert_eq!(read_last(&path).expect("read"), Some(600));
    }
}
