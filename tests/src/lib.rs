//! Integration tests of the workspace; [`support`] holds what the test files share. The fake
//! Direct server and the scripted test server live in the `yandex-direct-fake-server` crate;
//! the CI tools (benchmarks, sample checkers, the fuzz harness) in the `tools` crate.

pub mod mirror_db;
pub mod postgres;
pub mod support;
