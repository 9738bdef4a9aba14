//! Typed bindings reject mismatched methods, requests and responses at compile time.
//!
//! One `trybuild` run (so the cases share one build of their dependencies): the cases under
//! `compile-fail/` must fail with the checked-in `.stderr`, `compile-pass/` must build and run.
//! After an intended change of a message, `TRYBUILD=overwrite cargo test -p integration-tests
//! --test compile_fail` rewrites the `.stderr` files; review their diff.
//!
//! Not tested, by design: `client.call(&campaigns::ADD.info, &request)` takes an untyped
//! `MethodInfo` and any serializable request, for callers that have only names.

#[test]
fn typed_calls_reject_mismatched_types() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("compile-fail/*.rs");
    cases.pass("compile-pass/*.rs");
}
