//! What the `ydirect` end-to-end tests share: running the binary, reading its output, and a
//! fake server on a runtime of its own.

// Each test binary includes this module and uses a part of it.
#![allow(dead_code)]

use std::process::{Command, Output, Stdio};

use yandex_direct_fake_server::{FakeConfig, FakeServer};

/// Runs `ydirect` with `args`, no stdin, no token from the environment unless `token` is
/// given, and no `RUST_LOG`.
pub fn ydirect(args: &[&str], token: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ydirect"));
    command
        .args(args)
        .env_remove("YANDEX_DIRECT_TOKEN")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null());
    if let Some(token) = token {
        command.env("YANDEX_DIRECT_TOKEN", token);
    }
    command.output().expect("ydirect runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fake server with `config`, on a runtime of its own (the tests themselves are not async:
/// they run the binary and wait for it).
pub fn start_fake_server(config: FakeConfig) -> (tokio::runtime::Runtime, FakeServer) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime
        .block_on(FakeServer::start(config))
        .expect("the fake server starts");
    (runtime, server)
}
