//! The Measurement Protocol through the whole pipeline: the committed schema loaded by the
//! frontend and emitted.

use codegen::emit::{self, Options};
use codegen::frontend::measurement::load;

fn schema_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

#[test]
fn the_schema_loads_and_emits_deterministically() {
    let mut d = Vec::new();
    let s = load(&schema_dir(), &mut d);
    assert!(d.is_empty(), "{d:#?}");
    let s = s.expect("the committed schema loads");
    let runtime = emit::runtime_path(&Options::default()).unwrap();
    let a = emit::measurement::emit(&s, &runtime).unwrap();
    let b = emit::measurement::emit(&s, &runtime).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.len(), 4, "mod, params (with the GA4 rules), ua, metrica");
    for f in &a {
        assert!(f.contents.starts_with("// @generated"));
    }
}
