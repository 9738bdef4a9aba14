//! The output stage: stale generated files are removed, with the folders they leave empty, in the
//! nested layout (`<service>.rs` plus `<service>/serde.rs`); hand-written files are kept.

use std::path::{Path, PathBuf};

use codegen::output::{self, FileStatus, GeneratedFile};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let root =
            std::env::temp_dir().join(format!("codegen-output-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        TempDir(root)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn generated(path: &str, body: &str) -> GeneratedFile {
    GeneratedFile {
        path: path.into(),
        contents: format!("{}{body}\n", output::header("schema/test.json")),
    }
}

fn write(root: &Path, files: &[GeneratedFile], check: bool) -> Vec<(String, FileStatus)> {
    output::write_all(root, files, check)
        .unwrap()
        .into_iter()
        .map(|(p, s)| (p.to_string_lossy().replace('\\', "/"), s))
        .collect()
}

#[test]
fn a_removed_service_takes_its_serde_folder_with_it() {
    let dir = TempDir::new("removed-service");
    let root = &dir.0;
    let both = [
        generated("direct_v5/mod.rs", "pub mod a; pub mod b;"),
        generated("direct_v5/a.rs", "mod serde;"),
        generated("direct_v5/a/serde.rs", "use super::*;"),
        generated("direct_v5/b.rs", "mod serde;"),
        generated("direct_v5/b/serde.rs", "use super::*;"),
    ];
    write(root, &both, false);
    assert!(root.join("direct_v5/b/serde.rs").is_file());
    // A hand-written file under the output folder is never touched.
    std::fs::write(root.join("direct_v5/a/notes.rs"), "// mine\n").unwrap();

    let only_a = [
        generated("direct_v5/mod.rs", "pub mod a;"),
        generated("direct_v5/a.rs", "mod serde;"),
        generated("direct_v5/a/serde.rs", "use super::*;"),
    ];
    // Check mode reports and changes nothing.
    let report = write(root, &only_a, true);
    assert!(report.contains(&("direct_v5/b.rs".into(), FileStatus::Stale)));
    assert!(report.contains(&("direct_v5/b/serde.rs".into(), FileStatus::Stale)));
    assert!(report.contains(&("direct_v5/mod.rs".into(), FileStatus::Changed)));
    assert!(root.join("direct_v5/b/serde.rs").is_file());

    let report = write(root, &only_a, false);
    assert!(report.contains(&("direct_v5/b/serde.rs".into(), FileStatus::Stale)));
    assert!(!root.join("direct_v5/b.rs").exists());
    assert!(
        !root.join("direct_v5/b").exists(),
        "the empty folder is removed"
    );
    assert!(root.join("direct_v5/a/serde.rs").is_file());
    assert!(root.join("direct_v5/a/notes.rs").is_file());
    assert!(write(root, &only_a, true)
        .iter()
        .all(|(_, s)| *s == FileStatus::Unchanged));
}

#[test]
fn a_flat_module_becoming_nested_leaves_nothing_stale() {
    let dir = TempDir::new("flat-to-nested");
    let root = &dir.0;
    write(root, &[generated("direct_v5/a.rs", "pub struct A;")], false);
    let nested = [
        generated("direct_v5/a.rs", "mod serde; pub struct A;"),
        generated("direct_v5/a/serde.rs", "use super::*;"),
    ];
    let report = write(root, &nested, false);
    assert!(report.iter().all(|(_, s)| *s == FileStatus::Changed));
    // And back: the glue file goes, and its folder with it.
    let report = write(root, &[generated("direct_v5/a.rs", "pub struct A;")], false);
    assert!(report.contains(&("direct_v5/a/serde.rs".into(), FileStatus::Stale)));
    assert!(!root.join("direct_v5/a").exists());
}
