//! Integration tests of the workspace and the CI tools; [`support`] holds what the test files
//! share. The fake Direct server and the scripted test server live in the
//! `yandex-direct-fake-server` crate.

pub mod fuzz;
pub mod mirror_data;
pub mod mirror_db;
pub mod postgres;
pub mod support;
