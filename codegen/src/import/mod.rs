//! The WSDL/XSD importer: official Direct API descriptions -> `schema/direct_v5/*.json`.
//!
//! `cargo run -p codegen -- import [--check] [--from DIR | --from-url BASE] [--from-v4 FILE]
//! [--schema DIR]` ([`run`] with [`ImportOptions`]; the binary parses the command line):
//!
//! - `--from DIR` (default `<workspace>/../shared/reference/direct-v5/wsdl`): reads every
//!   `DIR/*.xml` (one WSDL per service) and `DIR/imports/*.xsd` (shared types).
//! - `--from-url BASE`: downloads `BASE/<service>?wsdl` for each of [`SERVICES`] and every XSD
//!   they import, as `BASE/<file name of the schemaLocation>` (e.g. `BASE/general.xsd`).
//! - `--from-v4 FILE` (default `live.wsdl` in `direct-v4/` beside the v5 WSDL folder's parent):
//!   the v4 Live WSDL (see [`v4`]); named explicitly, it must exist.
//! - `--schema DIR` (default `<workspace>/schema`): the files go to `DIR/direct_v5/`. Only
//!   changed files are written; `*.json` files the import no longer produces are removed,
//!   except those in [`NOT_OWNED`] (written by hand).
//! - `--check`: writes nothing; a file that differs, is missing or is extra is a failure
//!   ([`run`] gives `false`, the binary exits with 1).
//!
//! The mapping itself is described in [`xsd`].

pub mod discovery;
pub mod metrica;
pub mod reports;
pub mod v4;
pub mod xsd;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::frontend::direct::format::{SchemaFile, TypeDef};
use crate::Diagnostic;

pub use xsd::{access_of, import_files, schema_locations, InputFile, API};

/// The 29 WSDL services of Direct API v5, by endpoint (= WSDL file name without `.xml`).
pub const SERVICES: [&str; 29] = [
    "adextensions",
    "adgroups",
    "adimages",
    "ads",
    "advideos",
    "agencyclients",
    "audiencetargets",
    "bidmodifiers",
    "bids",
    "businesses",
    "campaigns",
    "changes",
    "clients",
    "creatives",
    "dictionaries",
    "dynamicfeedadtargets",
    "dynamictextadtargets",
    "feeds",
    "keywordbids",
    "keywords",
    "keywordsresearch",
    "leads",
    "negativekeywordsharedsets",
    "retargetinglists",
    "sitelinks",
    "smartadtargets",
    "strategies",
    "turbopages",
    "vcards",
];

/// Files in `direct_v5/` that are not produced from the WSDL and that the importer never touches.
pub const NOT_OWNED: &[&str] = &["reports.json", "reports_types.json"];

/// The folder under the schema folder that the importer writes.
pub const OUT_SUBDIR: &str = "direct_v5";

/// Reads the WSDL folder: `dir/*.xml` and `dir/imports/*.xsd`, sorted by path.
pub fn read_dir_files(dir: &Path) -> Result<Vec<InputFile>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for (sub, ext) in [("", "xml"), ("imports", "xsd")] {
        let folder = if sub.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(sub)
        };
        let entries = match std::fs::read_dir(&folder) {
            Ok(e) => e,
            Err(e) if sub.is_empty() || e.kind() != std::io::ErrorKind::NotFound => {
                diags.push(Diagnostic::new(
                    &folder,
                    "",
                    format!("cannot list the folder: {e}"),
                ));
                continue;
            }
            Err(_) => continue,
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(&format!(".{ext}")))
            .collect();
        names.sort();
        for name in names {
            let rel = if sub.is_empty() {
                name.clone()
            } else {
                format!("{sub}/{name}")
            };
            match std::fs::read(folder.join(&name)) {
                Ok(bytes) => files.push(InputFile { path: rel, bytes }),
                Err(e) => diags.push(Diagnostic::new(folder.join(&name), "", e.to_string())),
            }
        }
    }
    if files.is_empty() && diags.is_empty() {
        diags.push(Diagnostic::new(
            dir,
            "",
            "no *.xml WSDL files in this folder",
        ));
    }
    if diags.is_empty() {
        Ok(files)
    } else {
        Err(diags)
    }
}

/// Imports every WSDL in `dir` and every XSD in `dir/imports`: `(<module>.json, contents)`,
/// sorted by file name. Every fault found is returned, sorted by file and line.
pub fn import_dir(dir: &Path) -> Result<Vec<(String, SchemaFile)>, Vec<Diagnostic>> {
    import_files(&read_dir_files(dir)?)
}

/// A schema file as written: serde_json pretty (2-space indent) with a trailing newline.
pub fn to_json(file: &SchemaFile) -> String {
    let mut text = serde_json::to_string_pretty(file).expect("a SchemaFile always serializes");
    text.push('\n');
    text
}

/// Downloads `BASE/<service>?wsdl` for each service and the XSDs they import (transitively),
/// each XSD from `BASE/<file name of its schemaLocation>`, with `fetch`. The files are named as
/// in a WSDL folder: `<service>.xml`, `imports/<name>.xsd`.
pub fn fetch_files(
    base: &str,
    services: &[&str],
    fetch: &mut dyn FnMut(&str) -> Result<Vec<u8>, String>,
) -> Result<Vec<InputFile>, Vec<Diagnostic>> {
    let base = base.trim_end_matches('/');
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let mut queue: Vec<String> = Vec::new();
    let mut seen_xsd = BTreeSet::new();
    let mut take_locations =
        |bytes: &[u8], from: &str, queue: &mut Vec<String>, diags: &mut Vec<Diagnostic>| {
            for loc in schema_locations(bytes) {
                let name = loc
                    .split(['?', '#'])
                    .next()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("");
                let ok = name.ends_with(".xsd")
                    && name.len() > 4
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
                if !ok {
                    diags.push(Diagnostic::new(
                        from,
                        "",
                        format!("schemaLocation `{loc}` does not end in a usable *.xsd file name"),
                    ));
                } else if seen_xsd.insert(name.to_string()) {
                    queue.push(name.to_string());
                }
            }
        };
    for service in services {
        let url = format!("{base}/{service}?wsdl");
        match fetch(&url) {
            Ok(bytes) => {
                take_locations(&bytes, &url, &mut queue, &mut diags);
                files.push(InputFile {
                    path: format!("{service}.xml"),
                    bytes,
                });
            }
            Err(e) => diags.push(Diagnostic::new(&url, "", format!("download failed: {e}"))),
        }
    }
    while let Some(name) = queue.pop() {
        let url = format!("{base}/{name}");
        match fetch(&url) {
            Ok(bytes) => {
                take_locations(&bytes, &url, &mut queue, &mut diags);
                files.push(InputFile {
                    path: format!("imports/{name}"),
                    bytes,
                });
            }
            Err(e) => diags.push(Diagnostic::new(&url, "", format!("download failed: {e}"))),
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if diags.is_empty() {
        Ok(files)
    } else {
        Err(diags)
    }
}

/// Downloads one URL over HTTP(S) (rustls), failing on a status other than 2xx.
pub fn http_get(url: &str) -> Result<Vec<u8>, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(|e| e.to_string())?;
    response
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_vec()
        .map_err(|e| e.to_string())
}

/// [`fetch_files`] over HTTP(S), then [`import_files`].
pub fn import_from_url(
    base: &str,
    services: &[&str],
) -> Result<Vec<(String, SchemaFile)>, Vec<Diagnostic>> {
    import_files(&fetch_files(base, services, &mut http_get)?)
}

/// What a run would do to one file of the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Produced, and the file on disk is byte-identical.
    Unchanged(String),
    /// Produced, and missing on disk.
    Missing(String),
    /// Produced, and different on disk; the first differences, in words.
    Differs(String, Vec<String>),
    /// On disk, owned by the importer, and no longer produced.
    Extra(String),
}

/// Compares the produced files with the contents of `out_dir` (the `direct_v5` folder).
pub fn plan(out_dir: &Path, produced: &[(String, SchemaFile)]) -> Vec<Change> {
    let mut changes = Vec::new();
    let names: BTreeSet<&str> = produced.iter().map(|(n, _)| n.as_str()).collect();
    for (name, file) in produced {
        let text = to_json(file);
        match std::fs::read(out_dir.join(name)) {
            Ok(old) if old == text.as_bytes() => changes.push(Change::Unchanged(name.clone())),
            Ok(old) => changes.push(Change::Differs(
                name.clone(),
                describe_differences(&String::from_utf8_lossy(&old), file),
            )),
            Err(_) => changes.push(Change::Missing(name.clone())),
        }
    }
    let mut extra: Vec<String> = std::fs::read_dir(out_dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".json"))
                .filter(|n| !names.contains(n.as_str()) && !NOT_OWNED.contains(&n.as_str()))
                .collect()
        })
        .unwrap_or_default();
    extra.sort();
    changes.extend(extra.into_iter().map(Change::Extra));
    changes
}

const MAX_DIFFERENCES: usize = 8;

/// The first few differences between the file on disk and the produced one, in words.
pub fn describe_differences(old_text: &str, new: &SchemaFile) -> Vec<String> {
    let old: SchemaFile = match serde_json::from_str(old_text) {
        Ok(f) => f,
        Err(e) => return vec![format!("the file on disk is not a valid schema file: {e}")],
    };
    let mut out = Vec::new();
    if old.api != new.api || old.module != new.module || old.namespace != new.namespace {
        out.push("api, module or namespace changed".to_string());
    }
    if old.source != new.source {
        out.push(match (&old.source, &new.source) {
            (Some(a), Some(b)) if a.file == b.file => {
                format!(
                    "source {} changed (sha256 {} -> {})",
                    b.file,
                    short(&a.sha256),
                    short(&b.sha256)
                )
            }
            _ => "source changed".to_string(),
        });
    }
    if old.comment != new.comment || old.doc != new.doc {
        out.push("$comment or doc changed".to_string());
    }
    match (&old.service, &new.service) {
        (None, None) => {}
        (Some(_), None) => out.push("the service was removed".to_string()),
        (None, Some(_)) => out.push("a service was added".to_string()),
        (Some(a), Some(b)) => {
            if a.name != b.name || a.endpoint != b.endpoint || a.doc != b.doc {
                out.push(format!(
                    "service {} -> {} (name, endpoint or doc)",
                    a.name, b.name
                ));
            }
            let am: BTreeMap<&str, _> = a.methods.iter().map(|m| (m.name.as_str(), m)).collect();
            let bm: BTreeMap<&str, _> = b.methods.iter().map(|m| (m.name.as_str(), m)).collect();
            for m in &b.methods {
                match am.get(m.name.as_str()) {
                    None => out.push(format!("method {} added", m.name)),
                    Some(o) if *o != m => out.push(format!(
                        "method {}: {:?} -> {:?} ({:?})",
                        m.name, o.request, m.request, m.access
                    )),
                    Some(_) => {}
                }
            }
            for m in &a.methods {
                if !bm.contains_key(m.name.as_str()) {
                    out.push(format!("method {} removed", m.name));
                }
            }
            let order_a: Vec<&str> = a.methods.iter().map(|m| m.name.as_str()).collect();
            let order_b: Vec<&str> = b.methods.iter().map(|m| m.name.as_str()).collect();
            if am.len() == bm.len() && am.keys().eq(bm.keys()) && order_a != order_b {
                out.push("methods reordered".to_string());
            }
        }
    }
    let at: BTreeMap<&str, &TypeDef> = old.types.iter().map(|t| (t.name(), t)).collect();
    let bt: BTreeMap<&str, &TypeDef> = new.types.iter().map(|t| (t.name(), t)).collect();
    for t in &new.types {
        match at.get(t.name()) {
            None => out.push(format!("type {} added", t.name())),
            Some(o) if *o != t => out.push(describe_type_change(o, t)),
            Some(_) => {}
        }
    }
    for t in &old.types {
        if !bt.contains_key(t.name()) {
            out.push(format!("type {} removed", t.name()));
        }
    }
    if out.is_empty() {
        let a: Vec<&str> = old.types.iter().map(|t| t.name()).collect();
        let b: Vec<&str> = new.types.iter().map(|t| t.name()).collect();
        out.push(if a != b {
            "types reordered".to_string()
        } else {
            "formatting differs".to_string()
        });
    }
    if out.len() > MAX_DIFFERENCES {
        let more = out.len() - MAX_DIFFERENCES;
        out.truncate(MAX_DIFFERENCES);
        out.push(format!("... and {more} more"));
    }
    out
}

fn short(sha: &str) -> &str {
    &sha[..sha.len().min(12)]
}

fn describe_type_change(old: &TypeDef, new: &TypeDef) -> String {
    let name = new.name();
    match (old, new) {
        (TypeDef::Struct(a), TypeDef::Struct(b)) => {
            let mut parts = Vec::new();
            if a.extends != b.extends {
                parts.push(format!(
                    "extends {} -> {}",
                    a.extends.as_deref().unwrap_or("nothing"),
                    b.extends.as_deref().unwrap_or("nothing")
                ));
            }
            let af: BTreeMap<&str, _> = a.fields.iter().map(|f| (f.name.as_str(), f)).collect();
            let bf: BTreeMap<&str, _> = b.fields.iter().map(|f| (f.name.as_str(), f)).collect();
            for f in &b.fields {
                match af.get(f.name.as_str()) {
                    None => parts.push(format!("+{} ({})", f.name, f.ty)),
                    Some(o) if *o != f => parts.push(format!(
                        "{} {} -> {}",
                        f.name,
                        field_summary(o),
                        field_summary(f)
                    )),
                    Some(_) => {}
                }
            }
            for f in &a.fields {
                if !bf.contains_key(f.name.as_str()) {
                    parts.push(format!("-{}", f.name));
                }
            }
            if parts.is_empty() {
                parts.push("fields reordered or doc changed".to_string());
            }
            format!("struct {name}: {}", parts.join(", "))
        }
        (TypeDef::Enum(a), TypeDef::Enum(b)) => {
            let added: Vec<&str> = b
                .values
                .iter()
                .filter(|v| !a.values.contains(v))
                .map(String::as_str)
                .collect();
            let removed: Vec<&str> = a
                .values
                .iter()
                .filter(|v| !b.values.contains(v))
                .map(String::as_str)
                .collect();
            let mut parts = Vec::new();
            if !added.is_empty() {
                parts.push(format!("+{}", added.join(" +")));
            }
            if !removed.is_empty() {
                parts.push(format!("-{}", removed.join(" -")));
            }
            if parts.is_empty() {
                parts.push("values reordered or doc changed".to_string());
            }
            format!("enum {name}: {}", parts.join(", "))
        }
        (TypeDef::Items(a), TypeDef::Items(b)) => format!("items {name}: {} -> {}", a.item, b.item),
        _ => format!("type {name} changed its kind"),
    }
}

fn field_summary(f: &crate::frontend::direct::format::FieldDef) -> String {
    let mut s = f.ty.clone();
    for (flag, word) in [
        (f.required, "required"),
        (f.repeated, "repeated"),
        (f.nillable, "nillable"),
        (f.boxed, "boxed"),
    ] {
        if flag {
            s.push(' ');
            s.push_str(word);
        }
    }
    s
}

/// Writes what [`plan`] found changed: missing and differing files are written, extra ones
/// removed. Returns the number of files written and removed.
pub fn apply(
    out_dir: &Path,
    produced: &[(String, SchemaFile)],
    changes: &[Change],
) -> std::io::Result<(usize, usize)> {
    std::fs::create_dir_all(out_dir)?;
    let mut written = 0;
    let mut removed = 0;
    for change in changes {
        match change {
            Change::Missing(name) | Change::Differs(name, _) => {
                let file = produced
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, f)| f)
                    .expect("planned from the produced files");
                std::fs::write(out_dir.join(name), to_json(file))?;
                written += 1;
            }
            Change::Extra(name) => {
                std::fs::remove_file(out_dir.join(name))?;
                removed += 1;
            }
            Change::Unchanged(_) => {}
        }
    }
    Ok((written, removed))
}

/// What `codegen import` does, as the command line gave it; shared by the WSDL, Reports and v4
/// importers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// `--from DIR`: the v5 WSDL folder (the Reports spec and `live.wsdl` are found beside it).
    pub from: Option<PathBuf>,
    /// `--from-url BASE`: download the v5 WSDL instead (not together with `from`).
    pub from_url: Option<String>,
    /// `--from-v4 FILE`: the v4 Live WSDL, named explicitly (then it must exist).
    pub from_v4: Option<PathBuf>,
    /// `--schema DIR`: the schema folder written or checked.
    pub schema: PathBuf,
    /// `--check`: write nothing, report differences.
    pub check: bool,
}

impl ImportOptions {
    /// Options that import from the default folders into `schema` (no `--from...`, no check).
    pub fn new(schema: impl Into<PathBuf>) -> ImportOptions {
        ImportOptions {
            from: None,
            from_url: None,
            from_v4: None,
            schema: schema.into(),
            check: false,
        }
    }

    /// The v5 WSDL folder: `--from`, or the reference copy beside the workspace.
    pub fn wsdl_dir(&self, workspace: &Path) -> PathBuf {
        self.from
            .clone()
            .unwrap_or_else(|| workspace.join("../shared/reference/direct-v5/wsdl"))
    }
}

/// Runs `codegen import`: the WSDL services first, then the Reports service (see [`reports`])
/// and v4 Live (see [`v4`]). `workspace` locates the default input folders. Progress goes to
/// stdout, faults and (with `check`) differences to stderr; `false` when there was any.
///
/// Giving both `from` and `from_url` is a fault.
pub fn run(options: &ImportOptions, workspace: &Path) -> bool {
    if options.from.is_some() && options.from_url.is_some() {
        eprintln!("import: give either --from or --from-url, not both");
        return false;
    }
    let codes = [
        cli_wsdl(options, workspace),
        reports::cli(options, workspace),
        v4::cli(options, workspace),
    ];
    codes.iter().all(|c| *c == 0)
}

/// The WSDL part of [`run`]; the exit code.
fn cli_wsdl(args: &ImportOptions, workspace: &Path) -> u8 {
    let (from, from_url, schema, check) = (
        args.from.clone(),
        args.from_url.clone(),
        args.schema.clone(),
        args.check,
    );
    let started = Instant::now();
    let (source, result) = if let Some(base) = from_url {
        let result = import_from_url(&base, &SERVICES);
        (base, result)
    } else {
        let dir = from.unwrap_or_else(|| workspace.join("../shared/reference/direct-v5/wsdl"));
        if !dir.is_dir() {
            eprintln!(
                "import: the WSDL folder {} is missing; pass --from DIR (a folder with <service>.xml \
                 and imports/*.xsd) or --from-url BASE (e.g. https://api.direct.yandex.com/v5)",
                dir.display()
            );
            return 1;
        }
        let result = import_dir(&dir);
        if let Ok(files) = &result {
            let missing: Vec<&str> = SERVICES
                .iter()
                .copied()
                .filter(|s| !files.iter().any(|(n, _)| *n == format!("{s}.json")))
                .collect();
            // Only for a partial copy of the Direct folder, not for some other API's WSDL.
            if !missing.is_empty() && missing.len() < SERVICES.len() {
                eprintln!(
                    "import: warning: {} has no WSDL for {} of the {} known services: {}",
                    dir.display(),
                    missing.len(),
                    SERVICES.len(),
                    missing.join(", ")
                );
            }
        }
        (dir.display().to_string(), result)
    };
    let produced = match result {
        Ok(p) => p,
        Err(diags) => {
            eprintln!("import: {} fault(s) in {source}:", diags.len());
            for d in &diags {
                eprintln!("  {d}");
            }
            return 1;
        }
    };
    let imported = started.elapsed();
    let out_dir = schema.join(OUT_SUBDIR);
    let changes = plan(&out_dir, &produced);
    let services = produced.iter().filter(|(_, f)| f.service.is_some()).count();
    let methods: usize = produced
        .iter()
        .filter_map(|(_, f)| f.service.as_ref())
        .map(|s| s.methods.len())
        .sum();
    let types: usize = produced.iter().map(|(_, f)| f.types.len()).sum();
    if check {
        let mut stale = 0;
        for change in &changes {
            match change {
                Change::Unchanged(_) => {}
                Change::Missing(n) => {
                    stale += 1;
                    eprintln!("missing: {}", out_dir.join(n).display());
                }
                Change::Extra(n) => {
                    stale += 1;
                    eprintln!("extra (no longer imported): {}", out_dir.join(n).display());
                }
                Change::Differs(n, what) => {
                    stale += 1;
                    eprintln!("differs: {}", out_dir.join(n).display());
                    for w in what {
                        eprintln!("    {w}");
                    }
                }
            }
        }
        if stale > 0 {
            eprintln!(
                "import --check: {stale} file(s) in {} differ from {source}: run `cargo run -p codegen -- import`",
                out_dir.display()
            );
            return 1;
        }
        println!(
            "import --check: {} is up to date with {source} ({} files, {services} services, {methods} methods, {types} types)",
            out_dir.display(),
            produced.len()
        );
        return 0;
    }
    let (written, removed) = match apply(&out_dir, &produced, &changes) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("import: writing {}: {e}", out_dir.display());
            return 1;
        }
    };
    for change in &changes {
        match change {
            Change::Missing(n) | Change::Differs(n, _) => {
                println!("wrote   {}", out_dir.join(n).display())
            }
            Change::Extra(n) => println!("removed {}", out_dir.join(n).display()),
            Change::Unchanged(_) => {}
        }
    }
    println!(
        "import: {} files ({services} services, {methods} methods, {types} types) from {source} in {:.0} ms: {written} written, {removed} removed, {} unchanged",
        produced.len(),
        imported.as_secs_f64() * 1000.0,
        produced.len() - written
    );
    0
}
