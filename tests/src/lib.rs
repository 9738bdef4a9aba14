//! Integration tests of the workspace, and the fake Direct API server they run against.

pub mod fake_server;
pub mod mp_server;
