//! Generated files: formatting, the do-not-edit header, and writing only what changed.

use std::path::{Path, PathBuf};

/// One file the generator produces, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the output folder, with `/` separators.
    pub path: PathBuf,
    /// The whole file, header included.
    pub contents: String,
}

/// The first line of every generated file.
pub fn header(from: &str) -> String {
    format!(
        "// @generated from {from} by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.\n"
    )
}

/// Formats `tokens` as a Rust file with prettyplease, below the do-not-edit header.
pub fn format_rust(from: &str, tokens: proc_macro2::TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("generator produced invalid Rust for {from}: {e}"))?;
    Ok(format!(
        "{}\n{}",
        header(from),
        prettyplease::unparse(&file)
    ))
}

/// Formats `tokens` like [`format_rust`], importing the runtime once as `use <runtime> as rt;`
/// (the first item, after the inner attributes) when the code names `rt::...`.
pub fn format_rust_with_runtime(
    from: &str,
    tokens: proc_macro2::TokenStream,
    runtime: &proc_macro2::TokenStream,
) -> Result<String, String> {
    let uses_rt = names_rt(tokens.clone());
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("generator produced invalid Rust for {from}: {e}"))?;
    if uses_rt {
        let import: syn::Item = syn::parse2(quote::quote!(use #runtime as rt;))
            .map_err(|e| format!("runtime path `{runtime}` cannot be imported: {e}"))?;
        file.items.insert(0, import);
    }
    Ok(format!(
        "{}\n{}",
        header(from),
        prettyplease::unparse(&file)
    ))
}

/// Whether `tokens` contain a path starting `rt::`.
fn names_rt(tokens: proc_macro2::TokenStream) -> bool {
    use proc_macro2::TokenTree;
    let mut previous_is_rt = false;
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => {
                if names_rt(group.stream()) {
                    return true;
                }
                previous_is_rt = false;
            }
            TokenTree::Ident(ident) => previous_is_rt = ident == "rt",
            TokenTree::Punct(punct) => {
                if previous_is_rt && punct.as_char() == ':' {
                    return true;
                }
                previous_is_rt = false;
            }
            TokenTree::Literal(_) => previous_is_rt = false,
        }
    }
    false
}

/// What `write_all` did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStatus {
    /// Contents were already up to date.
    Unchanged,
    /// The file was written (or would be, in check mode).
    Changed,
    /// A file under the output folder that the schema no longer produces (deleted unless checking).
    Stale,
}

/// Writes every file whose contents differ and removes generated files that are no longer
/// produced, with the folders that this leaves empty (a service's `<service>/` folder of serde
/// glue, say). With `check`, writes nothing and only reports. Returns each path with its status.
pub fn write_all(
    out_dir: &Path,
    files: &[GeneratedFile],
    check: bool,
) -> std::io::Result<Vec<(PathBuf, FileStatus)>> {
    let mut report = Vec::new();
    for file in files {
        let target = out_dir.join(&file.path);
        let current = std::fs::read_to_string(&target).ok();
        if current.as_deref() == Some(file.contents.as_str()) {
            report.push((file.path.clone(), FileStatus::Unchanged));
            continue;
        }
        if !check {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&target, &file.contents)?;
        }
        report.push((file.path.clone(), FileStatus::Changed));
    }
    let produced: std::collections::BTreeSet<PathBuf> =
        files.iter().map(|f| f.path.clone()).collect();
    for existing in list_generated(out_dir)? {
        if !produced.contains(&existing) {
            if !check {
                std::fs::remove_file(out_dir.join(&existing))?;
                remove_empty_parents(out_dir, &existing)?;
            }
            report.push((existing, FileStatus::Stale));
        }
    }
    Ok(report)
}

/// Removes the folders above `removed` (relative to `out_dir`) that are left empty, up to but
/// not including `out_dir` itself.
fn remove_empty_parents(out_dir: &Path, removed: &Path) -> std::io::Result<()> {
    let mut dir = removed.parent();
    while let Some(rel) = dir.filter(|d| !d.as_os_str().is_empty()) {
        let path = out_dir.join(rel);
        if std::fs::read_dir(&path)?.next().is_some() {
            break;
        }
        std::fs::remove_dir(&path)?;
        dir = rel.parent();
    }
    Ok(())
}

/// Every `.rs` file under `out_dir` that carries the generated header, relative to `out_dir`.
fn list_generated(out_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(rel) = pending.pop() {
        let dir = out_dir.join(&rel);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let rel_path = rel.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                pending.push(rel_path);
            } else if rel_path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(entry.path())?;
                if text.starts_with("// @generated") {
                    found.push(rel_path);
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

const FEATURES_BEGIN: &str =
    "# @generated features: begin (cargo run -p codegen keeps this list; do not edit)";
const FEATURES_END: &str = "# @generated features: end";

/// Keeps the block of one feature per service in a `Cargo.toml` in step with the schema: the
/// lines between the begin and end markers become `<feature> = []` lines plus an `all` feature.
pub fn sync_features(
    manifest: &Path,
    features: &[String],
    check: bool,
) -> std::io::Result<FileStatus> {
    let text = std::fs::read_to_string(manifest)?;
    let (Some(begin), Some(end)) = (text.find(FEATURES_BEGIN), text.find(FEATURES_END)) else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("the markers `{FEATURES_BEGIN}` and `{FEATURES_END}` are missing"),
        ));
    };
    let mut block = format!("{FEATURES_BEGIN}\n");
    let quoted: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
    block.push_str(&format!("all = [{}]\n", quoted.join(", ")));
    for feature in features {
        block.push_str(&format!("{feature} = []\n"));
    }
    let updated = format!("{}{block}{}", &text[..begin], &text[end..]);
    if updated == text {
        return Ok(FileStatus::Unchanged);
    }
    if !check {
        std::fs::write(manifest, updated)?;
    }
    Ok(FileStatus::Changed)
}
