//! The code generator of the `yandex-direct` crate.
//!
//! Reads the JSON schema under `schema/` and writes Rust under `generated/src/generated/`, in
//! stages that each read only the one before:
//!
//! 1. [`frontend`]: each part of the schema (Direct v5/v4, Reports, Measurement Protocol) read,
//!    its shape checked by serde and its rules checked, every fault with file and JSON path,
//!    then resolved into its part of the model (final Rust names from [`naming`], inheritance
//!    flattened, references resolved);
//! 2. [`model`]: the one [`model::Model`] of the whole schema, whose types are its own;
//! 3. [`emit`]: one emitter reading only the model and writing Rust tokens (via `quote`) for
//!    every part, naming the runtime by one path;
//! 4. [`output`]: prettyplease, the do-not-edit header, and writing only what changed.
//!
//! `codegen::generate(schema_dir, out_dir)` is the whole pipeline, usable from a `build.rs`.
//!
//! The REST APIs imported from Google Discovery documents (`schema/ga4_data/`) go through the
//! same stages into a crate of their own (`ga4-data`): [`frontend::rest`] ->
//! [`model::rest`] -> [`emit::rest`], run by [`generate_rest`].
//!
//! # Cargo features
//!
//! - `import` (on by default, through `cli`): the WSDL/XSD importer (`codegen::import`) and the WSDL
//!   side of [`stats`] (`stats::count_wsdl`, `stats::check_against_wsdl`). It pulls in
//!   `roxmltree`, `ureq` (with rustls) and `sha2`.
//! - `cli` (on by default): the `codegen` binary and its argument parsing (`clap`); implies
//!   `import`.
//!
//! A crate that generates its own bindings from a `build.rs` needs neither:
//!
//! ```toml
//! [build-dependencies]
//! codegen = { path = "...", default-features = false }
//! ```
//!
//! and compiles only the pipeline (serde, syn, quote, prettyplease, heck).

pub mod build_script;
pub mod diagnostic;
pub mod emit;
pub mod frontend;
#[cfg(feature = "import")]
pub mod import;
pub mod model;
pub mod naming;
pub mod output;
pub mod stats;

use std::path::{Path, PathBuf};

pub use diagnostic::{Diagnostic, Diagnostics};
pub use output::{FileStatus, GeneratedFile};

/// Why a run of the generator failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The schema has faults; every one found is listed.
    #[error("{0}")]
    Schema(Diagnostics),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying failure.
        source: std::io::Error,
    },
    /// The generator itself produced something that is not valid Rust (a generator bug).
    #[error("{0}")]
    Emit(String),
}

/// Produces every generated file from the schema in `schema_dir`, without writing anything:
/// the schema through the frontend into the model, the model through the emitter into files.
pub fn render(schema_dir: &Path, options: &emit::Options) -> Result<Rendered, Error> {
    let model = frontend::load(schema_dir).map_err(Error::Schema)?;
    let files = emit::emit(&model, options).map_err(Error::Emit)?;
    let features = emit::features(&model);
    Ok(Rendered { files, features })
}

/// The output of a run: the files, and the Cargo features their `cfg`s name.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Files relative to the output folder.
    pub files: Vec<GeneratedFile>,
    /// One feature per service, sorted.
    pub features: Vec<String>,
}

/// Regenerates `out_dir` from `schema_dir` with `options`, writing only files whose contents
/// changed; with `cargo_toml`, also keeps that manifest's generated feature list in step.
/// With `check`, writes nothing; the report says which files are stale.
///
/// A `build.rs` generating bindings for its own crate calls this with
/// `emit::Options { runtime_path: "::yandex_direct::runtime".into(), feature_per_service: false }`.
pub fn generate_with(
    schema_dir: &Path,
    out_dir: &Path,
    options: &emit::Options,
    cargo_toml: Option<&Path>,
    check: bool,
) -> Result<Vec<(PathBuf, FileStatus)>, Error> {
    let rendered = render(schema_dir, options)?;
    let mut report =
        output::write_all(out_dir, &rendered.files, check).map_err(|source| Error::Io {
            path: out_dir.to_path_buf(),
            source,
        })?;
    if let Some(manifest) = cargo_toml {
        let status =
            output::sync_features(manifest, &rendered.features, check).map_err(|source| {
                Error::Io {
                    path: manifest.to_path_buf(),
                    source,
                }
            })?;
        report.push((manifest.to_path_buf(), status));
    }
    Ok(report)
}

/// Every generated file of the REST APIs of `schema_dir` (see [`generate_rest`]), without
/// writing anything; `Ok(None)` when the schema has no REST API.
pub fn render_rest(
    schema_dir: &Path,
    support_path: &str,
) -> Result<Option<Vec<GeneratedFile>>, Error> {
    let Some(model) = frontend::rest::load(schema_dir).map_err(Error::Schema)? else {
        return Ok(None);
    };
    emit::rest::emit(&model, support_path)
        .map(Some)
        .map_err(Error::Emit)
}

/// The REST APIs of `schema_dir` (`schema/ga4_data/`, see [`frontend::rest`]) generated into
/// `out_dir` (the `ga4-data` crate's `src/generated/`), the generated code reaching the crate's
/// hand-written `method` module by `support_path` (`crate`) and the runtime's `wire` module as
/// `::yandex_direct_runtime` (the crate depends on the runtime). Writes only what
/// changed; with `check`, nothing. `Ok(None)` when the schema has no REST API.
pub fn generate_rest(
    schema_dir: &Path,
    out_dir: &Path,
    support_path: &str,
    check: bool,
) -> Result<Option<Vec<(PathBuf, FileStatus)>>, Error> {
    let Some(files) = render_rest(schema_dir, support_path)? else {
        return Ok(None);
    };
    write_rendered(out_dir, &files, check).map(Some)
}

/// The generated files of the Metrica Reporting API (`schema/metrica/fields.json`, see
/// [`frontend::metrica`]), without writing anything; `Ok(None)` when the schema has no Metrica
/// file. `support_path` is the path of the crate's hand-written `schema` module.
pub fn render_metrica(
    schema_dir: &Path,
    support_path: &str,
) -> Result<Option<Vec<GeneratedFile>>, Error> {
    let Some(model) = frontend::metrica::load(schema_dir).map_err(Error::Schema)? else {
        return Ok(None);
    };
    emit::metrica::emit(&model, support_path)
        .map(Some)
        .map_err(Error::Emit)
}

/// The Metrica Reporting API of `schema_dir` generated into `out_dir` (the `metrica-reporting`
/// crate's `src/generated/`). Writes only what changed; with `check`, nothing. `Ok(None)` when
/// the schema has no Metrica file.
pub fn generate_metrica(
    schema_dir: &Path,
    out_dir: &Path,
    support_path: &str,
    check: bool,
) -> Result<Option<Vec<(PathBuf, FileStatus)>>, Error> {
    let Some(files) = render_metrica(schema_dir, support_path)? else {
        return Ok(None);
    };
    write_rendered(out_dir, &files, check).map(Some)
}

/// Writes a part's rendered files into `out_dir` (only what changed; with `check`, nothing).
fn write_rendered(
    out_dir: &Path,
    files: &[GeneratedFile],
    check: bool,
) -> Result<Vec<(PathBuf, FileStatus)>, Error> {
    output::write_all(out_dir, files, check).map_err(|source| Error::Io {
        path: out_dir.to_path_buf(),
        source,
    })
}

/// Regenerates the `yandex-direct` crate's generated code (`out_dir`) from `schema_dir`.
pub fn generate(
    schema_dir: &Path,
    out_dir: &Path,
    check: bool,
) -> Result<Vec<(PathBuf, FileStatus)>, Error> {
    generate_with(schema_dir, out_dir, &emit::Options::default(), None, check)
}
