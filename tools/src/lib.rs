//! The project's own tools (see `README.md` in this folder): benchmarks, the checkers of the
//! captured samples and the fuzz harness, as binaries. What the tests share with them lives
//! here: the randomised checks ([`fuzz`], also run by `tests/tests/properties.rs`) and the
//! seeded accounts of the mirror ([`mirror_data`], also used by `tests/tests/mirror.rs`).

pub mod fuzz;
pub mod mirror_data;
