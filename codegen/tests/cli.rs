//! The `codegen` binary's command line: exit codes, the subcommands `.ci/run` uses, and the
//! `--help` texts, compared with `tests/cli/*.txt`.
//!
//! After changing an option or its help text, rewrite the expected texts with
//! `UPDATE_SNAPSHOTS=1 cargo test -p codegen --test cli`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn codegen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .output()
        .expect("the codegen binary runs")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited, not killed")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/fakeapi")
}

/// Compares `actual` with `tests/cli/<name>`, or writes it there with `UPDATE_SNAPSHOTS=1`.
fn assert_text(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs (rewrite with UPDATE_SNAPSHOTS=1 cargo test -p codegen --test cli):\n\
         --- expected\n{expected}\n+++ actual\n{actual}",
        path.display()
    );
}

#[test]
fn help_texts() {
    for (name, args) in [
        ("help.txt", &["--help"][..]),
        ("generate-help.txt", &["generate", "--help"]),
        ("import-help.txt", &["import", "--help"]),
        ("stats-help.txt", &["stats", "--help"]),
    ] {
        let out = codegen(args);
        assert_eq!(code(&out), 0, "{args:?}");
        assert_text(name, &String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn version() {
    let out = codegen(&["--version"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("codegen {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["--bogus"][..],
        &["--schema"],
        &["import", "--bogus"],
        &["import", "--from", "a", "--from-url", "b"],
        &["import", "--from"],
        &["stats", "--compare-wsdl"],
        &["stats", "--check"],
        &["nosuchcommand"],
        &["--check", "import"],
    ] {
        let out = codegen(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with("error:"),
            "{args:?}"
        );
    }
}

#[test]
fn import_check_and_stats_compare_as_ci_runs_them() {
    let schema =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&schema);
    let (from, schema_s) = (fixtures(), schema.to_str().unwrap().to_string());
    let from = from.to_str().unwrap();
    let missing_v4 = "/nonexistent/live.wsdl";

    // Nothing imported yet: --check fails with 1.
    let out = codegen(&["import", "--check", "--from", from, "--schema", &schema_s]);
    assert_eq!(code(&out), 1);
    // An explicit --from-v4 must exist.
    let out = codegen(&[
        "import",
        "--from",
        from,
        "--from-v4",
        missing_v4,
        "--schema",
        &schema_s,
    ]);
    assert_eq!(code(&out), 1);
    let out = codegen(&["import", "--from", from, "--schema", &schema_s]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let out = codegen(&["import", "--check", "--from", from, "--schema", &schema_s]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));

    let out = codegen(&["stats", "--schema", &schema_s, "--compare-wsdl", from]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let out = codegen(&["stats", "--schema", &schema_s]);
    assert_eq!(code(&out), 0);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats prints JSON");
    assert_eq!(json["direct_v5"]["services"], 2);
    let _ = std::fs::remove_dir_all(&schema);
}
