//! Snapshot tests of the generator: one small schema per construct, rendered and compared with
//! the checked-in Rust a user would get.
//!
//! Each case is a folder `tests/snapshots/<case>/` with `schema/` (a schema folder in the format
//! of `schema/README.md`) and `expected/` (every file `codegen::render` gives for it, as a crate
//! other than `yandex-direct` gets them: runtime at `::yandex_direct::runtime`). The workspace
//! crate `codegen-snapshots` (`tests/snapshot-build`) compiles every `expected/mod.rs`, so
//! `cargo test` also fails when a snapshot is not valid Rust.
//!
//! After an intended change to the emitter, rewrite every expected file with ONE command:
//!
//! ```text
//! UPDATE_SNAPSHOTS=1 cargo test -p codegen --test snapshots
//! ```
//!
//! and review the diff. A new case is a new folder with a `schema/`; the same command fills its
//! `expected/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use codegen::emit::Options;

fn snapshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// The options of bindings generated into a crate of their own.
fn options() -> Options {
    Options {
        runtime_path: "::yandex_direct::runtime".into(),
        feature_per_service: false,
    }
}

/// Every case folder, sorted.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(snapshots_dir())
        .expect("tests/snapshots exists")
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.join("schema").is_dir())
        .collect();
    cases.sort();
    cases
}

/// Every file under `dir`, relative to it, with its contents.
fn read_tree(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(rel) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(dir.join(&rel)) else {
            continue;
        };
        for entry in entries {
            let entry = entry.expect("a readable folder entry");
            let path = rel.join(entry.file_name());
            if entry.file_type().expect("a file type").is_dir() {
                pending.push(path);
            } else {
                let text = std::fs::read_to_string(entry.path()).expect("a UTF-8 file");
                files.insert(path, text);
            }
        }
    }
    files
}

/// A line diff of `expected` -> `actual` (longest common subsequence), showing changed lines
/// with up to 3 lines of context, `-` expected, `+` actual.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut lines: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            lines.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            lines.push(('-', a[i]));
            i += 1;
        } else {
            lines.push(('+', b[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 3;
    let changed: Vec<usize> = (0..lines.len()).filter(|&k| lines[k].0 != ' ').collect();
    let mut out = String::new();
    let mut last_shown: Option<usize> = None;
    for (k, (sign, text)) in lines.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(k) <= CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 < k) || (last_shown.is_none() && k > 0) {
            out.push_str("@@\n");
        }
        out.push(*sign);
        out.push_str(text);
        out.push('\n');
        last_shown = Some(k);
    }
    out
}

#[test]
fn generated_code_matches_the_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let cases = cases();
    assert!(
        !cases.is_empty(),
        "no cases under {}",
        snapshots_dir().display()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let rendered = match codegen::render(&case.join("schema"), &options()) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{name}: the schema does not render:\n{e}"));
                continue;
            }
        };
        let actual: BTreeMap<PathBuf, String> = rendered
            .files
            .into_iter()
            .map(|f| (f.path, f.contents))
            .collect();
        let expected_dir = case.join("expected");
        if update {
            let _ = std::fs::remove_dir_all(&expected_dir);
            for (path, text) in &actual {
                let target = expected_dir.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent).expect("create the expected folder");
                }
                std::fs::write(&target, text).expect("write an expected file");
            }
            continue;
        }
        let expected = read_tree(&expected_dir);
        for (path, text) in &actual {
            match expected.get(path) {
                None => failures.push(format!("{name}: {} is new", path.display())),
                Some(old) if old != text => failures.push(format!(
                    "{name}: {} differs (- expected, + generated):\n{}",
                    path.display(),
                    diff(old, text)
                )),
                Some(_) => {}
            }
        }
        for path in expected.keys().filter(|p| !actual.contains_key(*p)) {
            failures.push(format!("{name}: {} is no longer generated", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is intended: UPDATE_SNAPSHOTS=1 cargo test -p codegen --test snapshots",
        failures.join("\n\n")
    );
}

#[test]
fn the_diff_shows_changed_lines_with_context() {
    let shown = diff("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n");
    assert_eq!(shown, "@@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    assert_eq!(diff("same\n", "same\n"), "");
}
