//! The expected output of `codegen`'s snapshot tests, compiled.
//!
//! `codegen/tests/snapshots.rs` compares what the generator writes for each small schema under
//! `codegen/tests/snapshots/<case>/schema/` with `<case>/expected/`; this crate makes each
//! `<case>/expected/mod.rs` a module (see `build.rs`), so that a snapshot that does not compile
//! against the real runtime fails `cargo test` too. Regenerate the snapshots with
//! `UPDATE_SNAPSHOTS=1 cargo test -p codegen --test snapshots` (the Discovery case
//! `discovery_small`, generated against `ga4-data`: `--test discovery`).

// The Reports and Measurement Protocol emitters reach the runtime as `crate::runtime`.
pub use yandex_direct::runtime;

include!(concat!(env!("OUT_DIR"), "/cases.rs"));
