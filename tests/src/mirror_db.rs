//! The mirror's databases in tests, whichever storage holds them: SQLite files in a temporary
//! folder, or databases of a throwaway PostgreSQL server. The mirror's tests run once per
//! [`Backend`] of [`backends`].

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use yandex_direct_mirror::rusqlite::types::Value;
use yandex_direct_mirror::{Mirror, SqliteStorage};

use crate::postgres::{postgres_or_skip, PostgresServer};
use crate::support::temp_dir;

/// Rows as text, `None` for NULL: the same for either storage.
pub type Rows = Vec<Vec<Option<String>>>;

/// Every object table and the dictionaries, row by row: what two databases must agree on. The
/// sync bookkeeping (`sync_state`, `units_log`, `sync_leases`) is left out.
pub type Dump = BTreeMap<String, Rows>;

/// Where a test's mirrors live.
#[derive(Debug)]
pub enum Backend {
    /// SQLite files in a temporary folder.
    Sqlite(tempfile::TempDir),
    /// Databases of a throwaway PostgreSQL server.
    Postgres(PostgresServer),
}

/// SQLite, and PostgreSQL unless the machine has no server (said on stderr; a failure with
/// `REQUIRE_POSTGRES=1`).
pub fn backends(test: &str) -> Vec<Backend> {
    let mut out = vec![Backend::Sqlite(temp_dir())];
    out.extend(postgres_or_skip(test).map(Backend::Postgres));
    out
}

/// The PostgreSQL backend alone (for the tests of several workers on one database), or
/// `None` when skipped.
pub fn postgres(test: &str) -> Option<Backend> {
    postgres_or_skip(test).map(Backend::Postgres)
}

/// PostgreSQL names: lower case letters, digits and underscores.
fn database_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

const DUMP: [(&str, &str); 5] = [
    ("campaigns", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM campaigns ORDER BY login, id"),
    ("ad_groups", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM ad_groups ORDER BY login, id"),
    ("ads", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM ads ORDER BY login, id"),
    ("keywords", "SELECT login, id, campaign_id, ad_group_id, name, status, state, type, json FROM keywords ORDER BY login, id"),
    ("dictionaries", "SELECT name, json FROM dictionaries ORDER BY name"),
];

impl Backend {
    /// `sqlite` or `postgres`, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// A name no other call returned, starting with `prefix`.
    pub fn fresh(&self, prefix: &str) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        format!("{prefix}_{}", NEXT.fetch_add(1, Ordering::Relaxed))
    }

    fn path(&self, name: &str) -> PathBuf {
        match self {
            Backend::Sqlite(dir) => dir.path().join(format!("{name}.sqlite")),
            Backend::Postgres(_) => PathBuf::new(),
        }
    }

    /// What `--db` and [`Mirror::connect`] take for database `name`, created if missing (a
    /// SQLite file is created on open).
    pub fn database(&self, name: &str) -> String {
        match self {
            Backend::Sqlite(_) => self.path(name).display().to_string(),
            Backend::Postgres(server) => {
                let name = database_name(name);
                let exists = server.query(
                    "postgres",
                    &format!("SELECT 1 FROM pg_database WHERE datname = '{name}'"),
                );
                if exists.is_empty() {
                    server.create_database(&name, None)
                } else {
                    server.url(&name)
                }
            }
        }
    }

    /// The mirror in database `name`.
    pub fn mirror(&self, name: &str) -> Mirror {
        Mirror::connect(&self.database(name))
            .unwrap_or_else(|e| panic!("{}: the mirror {name} opens: {e}", self.kind()))
    }

    /// Every row `sql` returns from database `name`, as text.
    pub fn query(&self, name: &str, sql: &str) -> Rows {
        match self {
            Backend::Sqlite(_) => {
                let storage = SqliteStorage::open(self.path(name)).expect("the database opens");
                let mut statement = storage
                    .connection()
                    .prepare(sql)
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
                let columns = statement.column_count();
                let rows = statement
                    .query_map([], |row| {
                        (0..columns)
                            .map(|i| {
                                Ok(match row.get::<_, Value>(i)? {
                                    Value::Null => None,
                                    Value::Integer(n) => Some(n.to_string()),
                                    Value::Real(x) => Some(x.to_string()),
                                    Value::Text(s) => Some(s),
                                    Value::Blob(b) => Some(format!("{b:?}")),
                                })
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
                rows
            }
            Backend::Postgres(server) => server.query(&database_name(name), sql),
        }
    }

    /// The one value `sql` returns.
    pub fn value(&self, name: &str, sql: &str) -> Option<String> {
        let rows = self.query(name, sql);
        assert_eq!(rows.len(), 1, "{sql}: one row, got {rows:?}");
        rows[0][0].clone()
    }

    /// The objects and dictionaries of database `name`.
    pub fn dump(&self, name: &str) -> Dump {
        DUMP.iter()
            .map(|(table, sql)| (table.to_string(), self.query(name, sql)))
            .collect()
    }

    /// The schema version: the number of migrations applied.
    pub fn schema_version(&self, name: &str) -> i64 {
        let sql = match self {
            Backend::Sqlite(_) => "PRAGMA user_version",
            Backend::Postgres(_) => "SELECT max(version) FROM refinery_schema_history",
        };
        self.value(name, sql)
            .and_then(|v| v.parse().ok())
            .expect("a schema version")
    }

    /// Database `to`, a copy of `from` (which no mirror has open).
    pub fn copy(&self, from: &str, to: &str) {
        match self {
            Backend::Sqlite(_) => {
                std::fs::copy(self.path(from), self.path(to)).expect("copy");
            }
            Backend::Postgres(server) => {
                server.create_database(&database_name(to), Some(&database_name(from)));
            }
        }
    }
}
