//! How a crate generates bindings from its own schema at build time.
//!
//! Put this in your crate's `build.rs` (with `codegen = { ..., default-features = false }` as a
//! build-dependency, which leaves out the WSDL importer and the command line, and `yandex-direct`
//! as a dependency), then `include!(concat!(env!("OUT_DIR"), "/bindings/mod.rs"))` inside a module.
//! Run here as `cargo run -p codegen --example build_rs -- SCHEMA_DIR OUT_DIR` to try it.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let schema_dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("schema"));
    let out_dir = args
        .next()
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("OUT_DIR").map(|d| PathBuf::from(d).join("bindings")))
        .unwrap_or_else(|| PathBuf::from("target/bindings"));
    println!("cargo::rerun-if-changed={}", schema_dir.display());

    let options = codegen::emit::Options {
        // Outside the yandex-direct crate the runtime is reached through its public path, and
        // services are plain modules (no Cargo features, no `Client` accessors).
        runtime_path: "::yandex_direct::runtime".into(),
        feature_per_service: false,
    };
    match codegen::generate_with(&schema_dir, &out_dir, &options, None, false) {
        Ok(report) => println!(
            "generated {} files into {}",
            report.len(),
            out_dir.display()
        ),
        Err(e) => {
            // Every schema fault, each with its file and JSON path.
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
