//! A throwaway PostgreSQL server for tests: `initdb` into a temporary folder, a free port on
//! 127.0.0.1, `pg_ctl start`; stopped and removed when dropped. It uses the server binaries on
//! the machine (Debian's `/usr/lib/postgresql/<version>/bin`, or `initdb` on the PATH).
//!
//! Without them a test that asks for a server is skipped, saying so on stderr, unless
//! `REQUIRE_POSTGRES=1` is set (as `.ci/run` does), which turns the skip into a failure.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The variable that makes a missing PostgreSQL a test failure instead of a skip.
pub const REQUIRE_POSTGRES: &str = "REQUIRE_POSTGRES";

/// A running throwaway PostgreSQL cluster.
#[derive(Debug)]
pub struct PostgresServer {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    /// Who runs the server binaries: `initdb` refuses to run as root.
    run_as: Option<String>,
    folder: Option<tempfile::TempDir>,
}

/// A PostgreSQL server for `test`, or `None` (said on stderr) when the machine has none and
/// `REQUIRE_POSTGRES` is not `1`.
pub fn postgres_or_skip(test: &str) -> Option<PostgresServer> {
    let required = std::env::var(REQUIRE_POSTGRES).as_deref() == Ok("1");
    skip_unless_required(test, PostgresServer::start(), required)
}

/// The server, or `None` (said on stderr) when it could not start, unless `required`: then a
/// panic that says why.
fn skip_unless_required<T>(test: &str, started: Result<T, String>, required: bool) -> Option<T> {
    match started {
        Ok(server) => Some(server),
        Err(why) if required => {
            panic!("{test}: PostgreSQL is required ({REQUIRE_POSTGRES}=1) but {why}")
        }
        Err(why) => {
            eprintln!(
                "SKIPPED the PostgreSQL part of {test}: {why}. Install the server \
                 (Debian: apt-get install postgresql) to run it; {REQUIRE_POSTGRES}=1 makes \
                 this a failure."
            );
            None
        }
    }
}

/// The directory of `initdb` and `pg_ctl`: the newest of Debian's versions, else the PATH.
fn server_binaries() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .find(|dir| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file())
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

fn user_exists(user: &str) -> bool {
    Command::new("id")
        .arg(user)
        .output()
        .is_ok_and(|out| out.status.success())
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|e| format!("no free port on 127.0.0.1: {e}"))
}

fn describe(out: &Output) -> String {
    format!(
        "{}; {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

impl PostgresServer {
    /// Creates and starts a cluster; why not, when it cannot.
    pub fn start() -> Result<PostgresServer, String> {
        let bin = server_binaries().ok_or(
            "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on \
             the PATH",
        )?;
        let run_as = if is_root() {
            let user = ["postgres", "nobody"]
                .into_iter()
                .find(|user| user_exists(user))
                .ok_or(
                    "running as root and there is no `postgres` or `nobody` user to run initdb",
                )?;
            Some(user.to_owned())
        } else {
            None
        };
        let folder = tempfile::Builder::new()
            .prefix("ydirect-postgres-")
            .tempdir()
            .map_err(|e| format!("no temporary folder: {e}"))?;
        if let Some(user) = &run_as {
            let out = Command::new("chown")
                .arg(user)
                .arg(folder.path())
                .output()
                .map_err(|e| format!("chown: {e}"))?;
            if !out.status.success() {
                return Err(format!(
                    "chown {user} of the cluster folder: {}",
                    describe(&out)
                ));
            }
        }
        let data = folder.path().join("data");
        let mut server = PostgresServer {
            bin,
            data,
            port: 0,
            run_as,
            folder: Some(folder),
        };
        let data = server.data.display().to_string();
        server.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        )?;
        // A port taken between the probe and the start is tried again with another.
        let mut last = String::new();
        for _ in 0..5 {
            server.port = free_port()?;
            let options = format!(
                "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                server.port,
                server.folder_path().display()
            );
            let log = server
                .folder_path()
                .join("server.log")
                .display()
                .to_string();
            match server.run(
                "pg_ctl",
                &["-D", &data, "-l", &log, "-o", &options, "-w", "start"],
            ) {
                Ok(_) => return Ok(server),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    fn folder_path(&self) -> &Path {
        self.folder
            .as_ref()
            .map_or(Path::new("/nonexistent"), |f| f.path())
    }

    /// Runs one of the server's programs as the cluster's user.
    fn run(&self, program: &str, args: &[&str]) -> Result<Output, String> {
        let path = self.bin.join(program);
        let mut command = match &self.run_as {
            Some(user) => {
                let mut command = Command::new("runuser");
                command.args(["-u", user, "--"]).arg(&path);
                command
            }
            None => Command::new(&path),
        };
        // The cluster's user may not read the test's working directory.
        command.args(args).current_dir("/");
        let out = command
            .output()
            .map_err(|e| format!("cannot run {}: {e}", path.display()))?;
        if out.status.success() {
            Ok(out)
        } else {
            Err(format!("{program} failed: {}", describe(&out)))
        }
    }

    /// The address of database `name`.
    pub fn url(&self, name: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }

    /// Creates database `name` (a copy of `template` when given); its address.
    pub fn create_database(&self, name: &str, template: Option<&str>) -> String {
        let sql = match template {
            Some(template) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
            None => format!("CREATE DATABASE \"{name}\""),
        };
        // A template still connected to (a mirror just dropped closes its pool in the
        // background) is refused for a moment.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.try_query("postgres", &sql) {
                Ok(_) => return self.url(name),
                Err(e) if Instant::now() < deadline && e.contains("being accessed") => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                Err(e) => panic!("creating database {name}: {e}"),
            }
        }
    }

    /// Every row `sql` returns from database `name`, as text (`None` for NULL).
    pub fn query(&self, name: &str, sql: &str) -> Vec<Vec<Option<String>>> {
        self.try_query(name, sql)
            .unwrap_or_else(|e| panic!("database {name}: {e}"))
    }

    fn try_query(&self, name: &str, sql: &str) -> Result<Vec<Vec<Option<String>>>, String> {
        let url = self.url(name);
        let sql = sql.to_owned();
        // Its own runtime on its own thread: callers may be inside a runtime or not.
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("a runtime: {e}"))?;
            runtime.block_on(async move {
                let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                    .await
                    .map_err(|e| format!("connecting to {url}: {e}"))?;
                let driver = tokio::spawn(connection);
                let messages = client
                    .simple_query(&sql)
                    .await
                    .map_err(|e| format!("{sql}: {e:?}"));
                drop(client);
                let _ = driver.await;
                Ok(messages?
                    .iter()
                    .filter_map(|message| match message {
                        tokio_postgres::SimpleQueryMessage::Row(row) => Some(
                            (0..row.len())
                                .map(|i| row.get(i).map(str::to_owned))
                                .collect(),
                        ),
                        _ => None,
                    })
                    .collect())
            })
        })
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
    }
}

impl Drop for PostgresServer {
    fn drop(&mut self) {
        let data = self.data.display().to_string();
        if let Err(e) = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]) {
            eprintln!("stopping the test PostgreSQL server: {e}");
        }
        drop(self.folder.take());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_server_a_test_is_skipped_unless_postgres_is_required() {
        let missing = || Err::<(), _>("no PostgreSQL server binaries".to_owned());
        assert_eq!(skip_unless_required("t", missing(), false), None);
        assert_eq!(skip_unless_required("t", Ok(7), true), Some(7));
        let required = std::panic::catch_unwind(|| skip_unless_required("t", missing(), true));
        let message = required.expect_err("a failure when required");
        let message = message.downcast_ref::<String>().expect("a message");
        assert!(
            message.contains("REQUIRE_POSTGRES=1") && message.contains("no PostgreSQL server"),
            "{message}"
        );
    }

    #[test]
    fn a_throwaway_server_answers_and_is_removed_when_dropped() {
        let Some(server) =
            postgres_or_skip("a_throwaway_server_answers_and_is_removed_when_dropped")
        else {
            return;
        };
        let folder = server.folder_path().to_owned();
        let url = server.create_database("probe", None);
        assert!(url.ends_with("/probe"), "{url}");
        assert_eq!(
            server.query("probe", "SELECT 1 + 1"),
            vec![vec![Some("2".to_owned())]]
        );
        drop(server);
        assert!(!folder.exists(), "the cluster's folder is removed");
    }
}
