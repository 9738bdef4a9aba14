//! `codegen stats [--schema DIR] [--compare-wsdl DIR]`: counts per API, as JSON ([`run`]).
//!
//! Counted from the schema files under `<schema>/direct_v5/` (and `<schema>/direct_v4/` if
//! present): services, methods, types (structs + enums + items), fields (own fields of
//! structs), enums and enum values.
//!
//! `count_wsdl` counts the same numbers straight from the WSDL/XSD files, by a different
//! route (XML elements, not the importer), so that `check_against_wsdl` can tell whether the
//! schema still says everything the WSDL says: `codegen stats --compare-wsdl DIR` exits with 1
//! when the counts differ. That side needs the `import` feature (it reads XML with roxmltree).
//!
//! [`summarize`] gives the per-API lines that `cargo run -p codegen` prints after generating.

use std::fmt;
use std::path::{Path, PathBuf};

#[cfg(feature = "import")]
use roxmltree::{Document, Node};
use serde_json::{json, Value};

use crate::frontend::direct::format::{SchemaFile, TypeDef};
#[cfg(feature = "import")]
use crate::import::{NOT_OWNED, OUT_SUBDIR};

#[cfg(feature = "import")]
const XSD_NS: &str = "http://www.w3.org/2001/XMLSchema";
#[cfg(feature = "import")]
const WSDL_NS: &str = "http://schemas.xmlsoap.org/wsdl/";

/// The APIs whose folders `stats` looks for under the schema folder.
pub const APIS: &[&str] = &["direct_v5", "direct_v4"];

/// The numbers `stats` prints for one API.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Files with a service (WSDL files with a portType).
    pub services: usize,
    /// Methods (portType operations).
    pub methods: usize,
    /// Structs + enums + items (complex types, named or anonymous, + enumerated simple types).
    pub types: usize,
    /// Own fields of structs (elements inside sequences, except the `Items` of a wrapper).
    pub fields: usize,
    /// Enums (simple types with enumerations).
    pub enums: usize,
    /// Enum values (enumerations).
    pub enum_values: usize,
}

impl Counts {
    const KEYS: [&'static str; 6] = [
        "services",
        "methods",
        "types",
        "fields",
        "enums",
        "enum_values",
    ];

    fn values(&self) -> [usize; 6] {
        [
            self.services,
            self.methods,
            self.types,
            self.fields,
            self.enums,
            self.enum_values,
        ]
    }

    /// `{"services": N, "methods": N, ...}`.
    pub fn to_value(&self) -> Value {
        let mut map = serde_json::Map::new();
        for (k, v) in Self::KEYS.iter().zip(self.values()) {
            map.insert(k.to_string(), json!(v));
        }
        Value::Object(map)
    }

    /// The reverse of [`Counts::to_value`].
    pub fn from_value(value: &Value) -> Option<Counts> {
        let get = |k: &str| value.get(k).and_then(Value::as_u64).map(|n| n as usize);
        Some(Counts {
            services: get("services")?,
            methods: get("methods")?,
            types: get("types")?,
            fields: get("fields")?,
            enums: get("enums")?,
            enum_values: get("enum_values")?,
        })
    }

    /// One line of JSON with the keys in their documented order.
    pub fn to_json_line(&self) -> String {
        let parts: Vec<String> = Self::KEYS
            .iter()
            .zip(self.values())
            .map(|(k, v)| format!("\"{k}\": {v}"))
            .collect();
        format!("{{{}}}", parts.join(", "))
    }
}

/// Adds up the counts of schema files.
pub fn count_files<'a>(files: impl IntoIterator<Item = &'a SchemaFile>) -> Counts {
    let mut c = Counts::default();
    for f in files {
        if let Some(s) = &f.service {
            c.services += 1;
            c.methods += s.methods.len();
        }
        for t in &f.types {
            c.types += 1;
            match t {
                TypeDef::Struct(s) => c.fields += s.fields.len(),
                TypeDef::Enum(e) => {
                    c.enums += 1;
                    c.enum_values += e.values.len();
                }
                TypeDef::Items(_) | TypeDef::Array(_) => {}
            }
        }
    }
    c
}

/// Reads every `*.json` of `dir` as a schema file, sorted by name, skipping the names in `skip`.
fn read_schema_folder(dir: &Path, skip: &[&str]) -> Result<Vec<SchemaFile>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && !skip.contains(&n.as_str()))
        .collect();
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let file: SchemaFile =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push(file);
    }
    Ok(files)
}

/// Counts per API from the schema folder (`<dir>/direct_v5`, `<dir>/direct_v4` when present):
/// `{"direct_v5": {"services": .., "methods": .., "types": .., "fields": .., "enums": ..,
/// "enum_values": ..}, ...}`.
pub fn count_schema(dir: &Path) -> Result<Value, String> {
    let mut map = serde_json::Map::new();
    for api in APIS {
        let folder = dir.join(api);
        if folder.is_dir() {
            let files = read_schema_folder(&folder, crate::frontend::direct::NON_NAMESPACE_FILES)?;
            map.insert(api.to_string(), count_files(&files).to_value());
        }
    }
    if map.is_empty() {
        return Err(format!(
            "{}: no direct_v5/ or direct_v4/ folder",
            dir.display()
        ));
    }
    Ok(Value::Object(map))
}

#[cfg(feature = "import")]
fn is(node: Node, ns: &str, local: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(ns) && node.tag_name().name() == local
}

#[cfg(feature = "import")]
/// Whether a complex type is a `{"Items": [...]}` wrapper: named, with a sequence of one
/// element called `Items` that may occur more than once and is not nillable.
fn is_items_wrapper(ct: Node) -> bool {
    if ct.attribute("name").is_none() {
        return false;
    }
    let content: Vec<Node> = ct.children().filter(|n| n.is_element()).collect();
    let [seq] = content.as_slice() else {
        return false;
    };
    if !is(*seq, XSD_NS, "sequence") {
        return false;
    }
    let elements: Vec<Node> = seq.children().filter(|n| n.is_element()).collect();
    let [el] = elements.as_slice() else {
        return false;
    };
    el.attribute("name") == Some("Items")
        && matches!(el.attribute("maxOccurs"), Some(m) if m == "unbounded" || m.parse::<u64>().is_ok_and(|n| n > 1))
        && el.attribute("nillable") != Some("true")
}

#[cfg(feature = "import")]
fn count_document(doc: &Document, c: &mut Counts) {
    for node in doc.descendants().filter(|n| n.is_element()) {
        if is(node, WSDL_NS, "portType") {
            c.services += 1;
            c.methods += node
                .children()
                .filter(|n| is(*n, WSDL_NS, "operation"))
                .count();
        } else if is(node, XSD_NS, "complexType") {
            c.types += 1;
        } else if is(node, XSD_NS, "simpleType") {
            let values = node
                .descendants()
                .filter(|n| is(*n, XSD_NS, "enumeration"))
                .count();
            if values > 0 {
                c.types += 1;
                c.enums += 1;
                c.enum_values += values;
            }
        } else if is(node, XSD_NS, "element") {
            let in_sequence = node.parent().is_some_and(|p| is(p, XSD_NS, "sequence"));
            let in_wrapper = node
                .parent()
                .and_then(|p| p.parent())
                .is_some_and(|ct| is(ct, XSD_NS, "complexType") && is_items_wrapper(ct));
            if in_sequence && !in_wrapper {
                c.fields += 1;
            }
        }
    }
}

#[cfg(feature = "import")]
/// Counts the same numbers as [`count_schema`] directly from a WSDL folder (`*.xml` and
/// `imports/*.xsd`): `{"services": .., "methods": .., ...}` for that one API.
pub fn count_wsdl(dir: &Path) -> Result<Value, String> {
    let mut paths = Vec::new();
    for (sub, ext) in [("", ".xml"), ("imports", ".xsd")] {
        let folder = if sub.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(sub)
        };
        let Ok(entries) = std::fs::read_dir(&folder) else {
            if sub.is_empty() {
                return Err(format!("{}: cannot list the folder", folder.display()));
            }
            continue;
        };
        let mut names: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.to_string_lossy().ends_with(ext))
            .collect();
        names.sort();
        paths.extend(names);
    }
    let mut c = Counts::default();
    for path in &paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc = Document::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        count_document(&doc, &mut c);
    }
    Ok(c.to_value())
}

#[cfg(feature = "import")]
/// Compares the counts of `<schema_dir>/direct_v5` (without the hand-written files) with those
/// of the WSDL folder; the error shows both.
pub fn check_against_wsdl(schema_dir: &Path, wsdl_dir: &Path) -> Result<(), String> {
    let files = read_schema_folder(&schema_dir.join(OUT_SUBDIR), NOT_OWNED)?;
    let schema = count_files(&files);
    let wsdl = Counts::from_value(&count_wsdl(wsdl_dir)?).expect("count_wsdl gives every key");
    if schema == wsdl {
        Ok(())
    } else {
        let mut diff = Vec::new();
        for ((k, a), b) in Counts::KEYS.iter().zip(schema.values()).zip(wsdl.values()) {
            if a != b {
                diff.push(format!("{k}: schema {a}, WSDL {b}"));
            }
        }
        Err(format!(
            "the schema in {} and the WSDL in {} differ ({})\n  schema: {}\n  WSDL:   {}",
            schema_dir.join(OUT_SUBDIR).display(),
            wsdl_dir.display(),
            diff.join("; "),
            schema.to_json_line(),
            wsdl.to_json_line()
        ))
    }
}

/// What `codegen stats` does, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsOptions {
    /// The schema folder (`<workspace>/schema` by default).
    pub schema: PathBuf,
    /// A WSDL folder whose counts the schema's `direct_v5/` must match (needs the `import`
    /// feature); `None` prints the counts of the schema instead.
    pub compare_wsdl: Option<PathBuf>,
}

/// Runs `codegen stats`: prints the counts per API as JSON on stdout or, with
/// [`StatsOptions::compare_wsdl`], compares them with the WSDL. A fault or a difference is
/// printed on stderr and gives `false`.
pub fn run(options: &StatsOptions) -> bool {
    if let Some(wsdl) = &options.compare_wsdl {
        return compare(&options.schema, wsdl);
    }
    let counts = match count_schema(&options.schema) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("stats: {e}");
            return false;
        }
    };
    // Printed by hand to keep the keys in their documented order.
    let mut lines = Vec::new();
    for api in APIS {
        if let Some(c) = counts.get(*api).and_then(Counts::from_value) {
            lines.push(format!("  \"{api}\": {}", c.to_json_line()));
        }
    }
    println!("{{\n{}\n}}", lines.join(",\n"));
    true
}

#[cfg(feature = "import")]
fn compare(schema: &Path, wsdl: &Path) -> bool {
    match check_against_wsdl(schema, wsdl) {
        Ok(()) => {
            let files = read_schema_folder(&schema.join(OUT_SUBDIR), NOT_OWNED);
            let line = files
                .map(|f| count_files(&f).to_json_line())
                .unwrap_or_default();
            println!("stats: the schema matches the WSDL: {line}");
            true
        }
        Err(e) => {
            eprintln!("stats: {e}");
            false
        }
    }
}

#[cfg(not(feature = "import"))]
fn compare(_schema: &Path, wsdl: &Path) -> bool {
    eprintln!(
        "stats: comparing with the WSDL in {} needs the `import` feature of codegen",
        wsdl.display()
    );
    false
}

/// The parts of the generated code, in the order the generator reports them.
pub const PARTS: [&str; 5] = ["direct_v5", "direct_v4", "reports", "measurement", "root"];

/// Which part of the generated code a generated file (relative to the output folder) belongs
/// to: one of [`PARTS`]. `direct_v5/reports*` is the Reports service; files at the top
/// (`mod.rs`) and anything else (such as the crate manifest) are `root`.
pub fn part_of(path: &Path) -> &'static str {
    let mut components = path.components().filter_map(|c| c.as_os_str().to_str());
    let (Some(first), Some(second)) = (components.next(), components.next()) else {
        return "root";
    };
    match first {
        "direct_v5" if second.starts_with("reports") => "reports",
        "direct_v5" => "direct_v5",
        "direct_v4" => "direct_v4",
        "measurement" => "measurement",
        _ => "root",
    }
}

/// What one part of the schema holds, as the generator reports it after a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartSummary {
    /// One of [`PARTS`] except `root`.
    pub part: &'static str,
    /// Named quantities in the order they are shown, e.g. `("services", 29)`.
    pub counts: Vec<(&'static str, usize)>,
}

impl fmt::Display for PartSummary {
    /// `29 services, 120 methods, 900 types, 200 enums` (`1 service`: a plural label loses its
    /// `s` when the count is one).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (what, n)) in self.counts.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            let what = match n {
                1 => what.strip_suffix('s').unwrap_or(what),
                _ => what,
            };
            write!(f, "{n} {what}")?;
        }
        Ok(())
    }
}

/// Counts per part of the schema in `schema_dir`, for the parts present: the Direct APIs from
/// their schema files (the numbers of [`count_schema`]), the Reports service from
/// `direct_v5/reports.json`, the Measurement Protocol from `measurement/`. Faults in the schema
/// give an error (the generator reports them in full).
pub fn summarize(schema_dir: &Path) -> Result<Vec<PartSummary>, String> {
    let mut parts = Vec::new();
    for api in APIS {
        let folder = schema_dir.join(api);
        if folder.is_dir() {
            let c = count_files(&read_schema_folder(
                &folder,
                crate::frontend::direct::NON_NAMESPACE_FILES,
            )?);
            parts.push(PartSummary {
                part: api,
                counts: vec![
                    ("services", c.services),
                    ("methods", c.methods),
                    ("types", c.types),
                    ("enums", c.enums),
                ],
            });
        }
    }
    let mut faults = Vec::new();
    if let Some(file) = crate::frontend::reports::load(schema_dir, &mut faults) {
        parts.push(PartSummary {
            part: "reports",
            counts: vec![
                ("services", 1),
                ("report types", file.report_types.len()),
                ("fields", file.fields.len()),
            ],
        });
    }
    if let Some(m) = crate::frontend::measurement::load(schema_dir, &mut faults) {
        parts.push(PartSummary {
            part: "measurement",
            counts: vec![
                ("key=value dialects", m.dialects.len()),
                (
                    "parameters",
                    m.dialects.iter().map(|d| d.params.len()).sum::<usize>(),
                ),
                ("GA4 body fields", m.ga4.body_fields.len()),
            ],
        });
    }
    if let Some(first) = faults.first() {
        return Err(format!("{first} ({} fault(s) in all)", faults.len()));
    }
    parts.sort_by_key(|p| PARTS.iter().position(|x| *x == p.part));
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_files_belong_to_their_part() {
        for (path, part) in [
            ("direct_v5/campaigns.rs", "direct_v5"),
            ("direct_v5/mod.rs", "direct_v5"),
            ("direct_v5/reports.rs", "reports"),
            ("direct_v4/live.rs", "direct_v4"),
            ("measurement/ua.rs", "measurement"),
            ("mod.rs", "root"),
            ("/work/generated/Cargo.toml", "root"),
        ] {
            assert_eq!(part_of(Path::new(path)), part, "{path}");
        }
    }

    #[test]
    fn summaries_read_naturally() {
        let summary = PartSummary {
            part: "direct_v4",
            counts: vec![("services", 1), ("methods", 2), ("enums", 0)],
        };
        assert_eq!(summary.to_string(), "1 service, 2 methods, 0 enums");
    }

    #[test]
    fn the_workspace_schema_is_summarized_per_part() {
        let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
        let parts = summarize(&schema).expect("the workspace schema is valid");
        let names: Vec<&str> = parts.iter().map(|p| p.part).collect();
        assert_eq!(names, ["direct_v5", "direct_v4", "reports", "measurement"]);
        let counts = count_schema(&schema).expect("the workspace schema is valid");
        let v5 = Counts::from_value(&counts["direct_v5"]).expect("every key");
        assert_eq!(parts[0].counts[0], ("services", v5.services));
        assert_eq!(parts[0].counts[1], ("methods", v5.methods));
    }
}
