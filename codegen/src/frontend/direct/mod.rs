//! The Direct frontend: the schema files of `schema/direct_v5/` and `schema/direct_v4/` (one
//! namespace a file, in the format of [`mod@format`]), checked by [`mod@validate`] and made
//! into the model by [`resolve()`].

pub mod format;
mod resolve;
pub mod validate;

pub use self::resolve::resolve;

use std::path::{Path, PathBuf};

use self::format::SchemaFile;
use crate::Diagnostic;

/// The API folders the Direct loader reads, in order.
pub const DIRECT_APIS: &[&str] = &["direct_v5", "direct_v4"];

/// Files in an API folder that are not namespace files (they have formats of their own).
pub const NON_NAMESPACE_FILES: &[&str] = &["reports.json", "reports_types.json"];

/// One parsed schema file.
#[derive(Debug, Clone)]
pub struct LoadedFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// The path shown in generated headers, relative to the schema folder's parent, e.g.
    /// `schema/direct_v5/campaigns.json`.
    pub display_path: String,
    /// The API folder it is in.
    pub api: String,
    /// Its contents.
    pub file: SchemaFile,
}

/// All Direct schema files, sorted by API folder then file name.
#[derive(Debug, Clone, Default)]
pub struct DirectSchema {
    /// The files.
    pub files: Vec<LoadedFile>,
}

/// Reads every Direct schema file under `schema_dir`, pushing a diagnostic for each file that
/// cannot be read or parsed (malformed JSON with its line and column, or an unknown or missing
/// key with its JSON path).
pub fn load_direct(schema_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> DirectSchema {
    let mut files = Vec::new();
    for api in DIRECT_APIS {
        let dir = schema_dir.join(api);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                diagnostics.push(Diagnostic::new(
                    &dir,
                    "",
                    format!("cannot read folder: {e}"),
                ));
                continue;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| !NON_NAMESPACE_FILES.contains(&n))
            })
            .collect();
        paths.sort();
        for path in paths {
            let display_path = format!(
                "schema/{api}/{}",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
            );
            if let Some(file) = parse_file(&path, diagnostics) {
                files.push(LoadedFile {
                    path,
                    display_path,
                    api: (*api).to_owned(),
                    file,
                });
            }
        }
    }
    DirectSchema { files }
}

/// Parses one schema file, or pushes a diagnostic naming where it is malformed.
pub fn parse_file(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<SchemaFile> {
    super::read_json(path, diagnostics)
}

/// Parses schema text; `path` is only used in diagnostics.
pub fn parse_str(path: &Path, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<SchemaFile> {
    super::parse_json(path, text, diagnostics)
}
