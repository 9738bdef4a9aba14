//! The `fake-direct-server` binary: its command line, and a real run on a free port.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_fake-direct-server"))
}

#[test]
fn help_and_version() {
    let help = binary().arg("--help").output().expect("runs");
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for option in [
        "--port",
        "--host",
        "--units",
        "--max-concurrent",
        "--token",
        "--version",
    ] {
        assert!(text.contains(option), "{option} in {text}");
    }
    let version = binary().arg("--version").output().expect("runs");
    assert!(version.status.success());
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("fake-direct-server {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_bad_command_line_exits_64() {
    for args in [&["--port", "x"][..], &["--units"], &["--nope"]] {
        let output = binary().args(args).output().expect("runs");
        assert_eq!(output.status.code(), Some(64), "{args:?}");
        assert!(output.stdout.is_empty());
        assert!(!output.stderr.is_empty());
    }
}

/// Kills the server when the test ends, even on a failed assertion.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn serves_on_the_port_it_was_given() {
    let mut child = binary()
        .args(["--port", "0", "--units", "50", "--token", "good"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let stdout = child.stdout.take().expect("stdout");
    let _running = Running(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).expect("a line");
    assert!(line.contains("daily units 50"), "{line}");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("the address")
        .to_owned();

    // Building a `yandex_direct::Client` installs the TLS crypto provider reqwest needs.
    let _ = yandex_direct::Client::builder("test").build();
    let http = reqwest::Client::new();
    let call = |token: &'static str| {
        http.post(format!("{url}/json/v5/campaigns"))
            .bearer_auth(token)
            .body(r#"{"method":"get","params":{"SelectionCriteria":{},"FieldNames":["Id"]}}"#)
            .send()
    };
    let json = |bytes: &[u8]| serde_json::from_slice::<serde_json::Value>(bytes).expect("JSON");
    let wrong = json(
        &call("bad")
            .await
            .expect("answer")
            .bytes()
            .await
            .expect("body"),
    );
    assert_eq!(wrong["error"]["error_code"], 53);
    let right = call("good").await.expect("answer");
    assert_eq!(right.headers()["units"], "10/40/50");
    let right = json(&right.bytes().await.expect("body"));
    assert!(right["result"].is_object(), "{right}");
}
