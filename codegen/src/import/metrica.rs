//! The Metrica importer: the Reporting API's reference tables ->
//! `schema/metrica/fields.json` in our format ([`crate::frontend::metrica::format`]).
//!
//! `cargo run -p codegen -- import --from-metrica DIR [--check] [--schema DIR]` ([`run`]) reads
//! four tab-separated tables from `DIR` (see `SOURCES.md` there):
//!
//! - `fields-index.tsv`: every dimension and metric (`kind`, `namespace`, `name`, `operators`,
//!   `type`, `filterable`, `name_dimension`, `min_date`, `detail_page_in_mirror`); a name with
//!   `<placeholder>`s is a template, its placeholders listed in order;
//! - `direct-dimensions.tsv`: the `ym:ad:` Direct dimensions under the seed's older spelling
//!   (`ym:ad:directOrder`) with today's template (`current_docs_name`). The template takes the
//!   operators and today's first date; the older spelling becomes an alias of it, its
//!   placeholders left to their defaults;
//! - `quotas.tsv` and `error-types.tsv`: the limits and the error types, as data.
//!
//! A malformed row (wrong number of cells, an unknown kind, operator, type or placeholder, a bad
//! date, a name outside its namespace, a duplicate) is refused naming the file, the line and the
//! column. `--check` writes nothing and compares the parsed JSON of the file on disk with what
//! the tables give: neither the order of keys nor the formatting is a change.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::frontend::metrica::format::{
    FieldKind, MetricaAlias, MetricaErrorType, MetricaField, MetricaFile, MetricaLimit,
    MetricaSource, Placeholder, PlaceholderForm,
};
use crate::import::discovery::{compare_json, Comparison};
use crate::Diagnostic;

/// The folder under the schema folder that the importer writes.
pub const OUT_SUBDIR: &str = "metrica";
/// The file it writes there.
pub const OUT_FILE: &str = "fields.json";

/// The name index.
pub const FIELDS_TABLE: &str = "fields-index.tsv";
/// The Direct dimensions under their older spelling.
pub const DIRECT_TABLE: &str = "direct-dimensions.tsv";
/// The limits.
pub const QUOTAS_TABLE: &str = "quotas.tsv";
/// The error types.
pub const ERRORS_TABLE: &str = "error-types.tsv";

const FIELDS_HEADER: &[&str] = &[
    "kind",
    "namespace",
    "name",
    "operators",
    "type",
    "filterable",
    "name_dimension",
    "min_date",
    "detail_page_in_mirror",
];
const DIRECT_HEADER: &[&str] = &[
    "name",
    "title_ru",
    "description_ru",
    "operators",
    "name_dimension",
    "min_date",
    "current_docs_name",
    "current_docs_min_date",
];
const QUOTAS_HEADER: &[&str] = &["limit", "value", "scope", "unblocks", "source"];
const ERRORS_HEADER: &[&str] = &["error_type", "http", "meaning"];

/// The filter operators of the Reporting API's filter grammar.
pub const OPERATORS: &[&str] = &[
    "==", "!=", ">", "<", ">=", "<=", "=@", "!@", "=~", "!~", "=*", "!*", "=.", "!.",
];

/// The metric types the documentation uses.
pub const METRIC_TYPES: &[&str] = &[
    "int", "double", "percents", "currency", "second", "affinity",
];

/// The attribution models, in the documentation's order; `lastsign` is the default.
pub const ATTRIBUTIONS: &[&str] = &[
    "first",
    "last",
    "lastsign",
    "last_yandex_direct_click",
    "cross_device_first",
    "cross_device_last",
    "cross_device_last_significant",
    "cross_device_last_yandex_direct_click",
    "automatic",
];

/// The time groupings of `datePeriod<group>`.
pub const GROUPS: &[&str] = &["day", "week", "month", "quarter", "year"];

/// Every placeholder a name may hold, sorted by name.
pub fn placeholders() -> Vec<Placeholder> {
    let one_of = |values: &[&str]| PlaceholderForm::OneOf {
        values: values.iter().map(|v| v.to_string()).collect(),
    };
    vec![
        Placeholder {
            name: "attribution".into(),
            form: one_of(ATTRIBUTIONS),
            default: Some("lastsign".into()),
            query_parameter: Some("attribution".into()),
        },
        Placeholder {
            name: "currency".into(),
            form: PlaceholderForm::CurrencyCode,
            default: None,
            query_parameter: Some("currency".into()),
        },
        Placeholder {
            name: "experiment_ab".into(),
            form: PlaceholderForm::Digits,
            default: None,
            query_parameter: Some("experiment_ab".into()),
        },
        Placeholder {
            name: "goal_id".into(),
            form: PlaceholderForm::Digits,
            default: None,
            query_parameter: Some("goal_id".into()),
        },
        Placeholder {
            name: "group".into(),
            form: one_of(GROUPS),
            default: None,
            query_parameter: Some("group".into()),
        },
    ]
}

/// One table as read: the file (named in faults) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The file the text was read from.
    pub path: PathBuf,
    /// Its contents.
    pub text: String,
}

impl Table {
    /// Reads `dir/name`.
    pub fn read(dir: &Path, name: &str) -> Result<Table, Diagnostic> {
        let path = dir.join(name);
        std::fs::read_to_string(&path)
            .map(|text| Table {
                path: path.clone(),
                text,
            })
            .map_err(|e| Diagnostic::new(&path, "", format!("cannot read the table: {e}")))
    }

    fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// The four tables of one import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tables {
    /// `fields-index.tsv`.
    pub fields: Table,
    /// `direct-dimensions.tsv`.
    pub direct: Table,
    /// `quotas.tsv`.
    pub quotas: Table,
    /// `error-types.tsv`.
    pub errors: Table,
}

impl Tables {
    /// Reads the four tables from `dir`.
    pub fn read(dir: &Path) -> Result<Tables, Vec<Diagnostic>> {
        let read = [FIELDS_TABLE, DIRECT_TABLE, QUOTAS_TABLE, ERRORS_TABLE]
            .map(|name| Table::read(dir, name));
        let mut faults = Vec::new();
        let mut tables = Vec::new();
        for table in read {
            match table {
                Ok(t) => tables.push(t),
                Err(d) => faults.push(d),
            }
        }
        if !faults.is_empty() {
            return Err(faults);
        }
        let mut tables = tables.into_iter();
        match (tables.next(), tables.next(), tables.next(), tables.next()) {
            (Some(fields), Some(direct), Some(quotas), Some(errors)) => Ok(Tables {
                fields,
                direct,
                quotas,
                errors,
            }),
            _ => Err(vec![Diagnostic::new(dir, "", "cannot read the tables")]),
        }
    }
}

/// One data row: its line number (1-based, the header is line 1) and its cells.
struct Row<'a> {
    line: usize,
    cells: Vec<&'a str>,
}

/// Collects the faults of one table, each at a line and a column.
struct Reader<'a> {
    table: &'a Table,
    header: &'static [&'static str],
    faults: &'a mut Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    fn fault(&mut self, line: usize, column: usize, message: impl Into<String>) {
        let location = match self.header.get(column.wrapping_sub(1)) {
            Some(name) => format!("line {line}, column {column} ({name})"),
            None => format!("line {line}, column {column}"),
        };
        self.faults
            .push(Diagnostic::new(&self.table.path, location, message.into()));
    }

    /// The data rows, after checking the header; rows of the wrong width are refused.
    fn rows(&mut self) -> Vec<Row<'a>> {
        let text: &'a str = &self.table.text;
        let mut lines = text.lines().enumerate();
        let Some((_, header)) = lines.next() else {
            self.fault(1, 1, "the table is empty: expected a header line");
            return Vec::new();
        };
        let names: Vec<&str> = header.split('\t').collect();
        if names != self.header {
            let column = names
                .iter()
                .zip(self.header)
                .position(|(a, b)| a != b)
                .unwrap_or(names.len().min(self.header.len()))
                + 1;
            self.fault(
                1,
                column,
                format!(
                    "unexpected header `{}`: expected `{}`",
                    header,
                    self.header.join("\\t")
                ),
            );
            return Vec::new();
        }
        let mut rows = Vec::new();
        for (index, line) in lines {
            let number = index + 1;
            if line.trim().is_empty() {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() != self.header.len() {
                let column = cells.len().min(self.header.len()) + 1;
                self.fault(
                    number,
                    column,
                    format!(
                        "{} cells, expected {} (tab-separated)",
                        cells.len(),
                        self.header.len()
                    ),
                );
                continue;
            }
            rows.push(Row {
                line: number,
                cells,
            });
        }
        rows
    }

    /// The comma-separated operators of column `column`, each checked.
    fn operators(&mut self, row: &Row<'_>, column: usize) -> Vec<String> {
        let cell = row.cells[column - 1];
        let mut operators = Vec::new();
        for operator in cell.split(',').filter(|o| !o.is_empty()) {
            if OPERATORS.contains(&operator) {
                operators.push(operator.to_string());
            } else {
                self.fault(
                    row.line,
                    column,
                    format!(
                        "unknown filter operator `{operator}` (known: {})",
                        OPERATORS.join(" ")
                    ),
                );
            }
        }
        operators
    }

    /// The date of column `column`: `YYYY-MM-DD`, or none when empty (or one of `blanks`).
    fn date(&mut self, row: &Row<'_>, column: usize, blanks: &[&str]) -> Option<String> {
        let cell = row.cells[column - 1];
        if cell.is_empty() || blanks.contains(&cell) {
            return None;
        }
        if is_date(cell) {
            Some(cell.to_string())
        } else {
            self.fault(
                row.line,
                column,
                format!("`{cell}` is not a date (YYYY-MM-DD)"),
            );
            None
        }
    }

    /// The name of column `column`: `ym:<namespace>:<rest>`, its placeholders known.
    fn name(&mut self, row: &Row<'_>, column: usize) -> Option<(String, Vec<String>)> {
        let cell = row.cells[column - 1];
        match parse_name(cell) {
            Ok(parsed) => Some(parsed),
            Err(message) => {
                self.fault(row.line, column, message);
                None
            }
        }
    }
}

/// `YYYY-MM-DD` with a month 01-12 and a day 01-31.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Splits `ym:<ns>:<rest>` into the namespace and the placeholders of `<rest>`.
pub fn parse_name(name: &str) -> Result<(String, Vec<String>), String> {
    let mut parts = name.splitn(3, ':');
    let (Some("ym"), Some(namespace), Some(rest)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(format!("`{name}` is not of the form ym:<namespace>:<name>"));
    };
    if namespace.is_empty() || !namespace.bytes().all(|b| b.is_ascii_lowercase()) {
        return Err(format!(
            "`{name}`: the namespace `{namespace}` is not a word"
        ));
    }
    let known: Vec<String> = placeholders().into_iter().map(|p| p.name).collect();
    let mut parameters = Vec::new();
    let mut text = rest;
    let mut literal = String::new();
    while let Some(open) = text.find('<') {
        literal.push_str(&text[..open]);
        let Some(close) = text[open..].find('>') else {
            return Err(format!("`{name}`: a `<` without its `>`"));
        };
        let placeholder = &text[open + 1..open + close];
        if !known.iter().any(|k| k == placeholder) {
            return Err(format!(
                "`{name}`: unknown placeholder `<{placeholder}>` (known: {})",
                known.join(", ")
            ));
        }
        if parameters.iter().any(|p| p == placeholder) {
            return Err(format!("`{name}`: the placeholder `<{placeholder}>` twice"));
        }
        parameters.push(placeholder.to_string());
        text = &text[open + close + 1..];
    }
    literal.push_str(text);
    if literal.contains('>')
        || !literal
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Err(format!(
            "`{name}`: a name is letters, digits and `_` besides its placeholders"
        ));
    }
    if literal.is_empty() {
        return Err(format!("`{name}`: nothing besides the placeholders"));
    }
    Ok((namespace.to_string(), parameters))
}

/// Imports the four tables; every fault found when they do not have the expected shape.
pub fn import_tables(tables: &Tables) -> Result<MetricaFile, Vec<Diagnostic>> {
    let mut faults = Vec::new();
    let mut fields = read_fields(&tables.fields, &mut faults);
    let aliases = read_direct(&tables.direct, &mut fields, &mut faults);
    let limits = read_quotas(&tables.quotas, &mut faults);
    let error_types = read_errors(&tables.errors, &mut faults);
    if !faults.is_empty() {
        faults.sort();
        faults.dedup();
        return Err(faults);
    }
    Ok(MetricaFile {
        comment: Some(format!(
            "Written by `cargo run -p codegen -- import --from-metrica DIR` from {}, {}, {} and {}; do not edit by hand.",
            FIELDS_TABLE, DIRECT_TABLE, QUOTAS_TABLE, ERRORS_TABLE
        )),
        source: MetricaSource {
            fields: tables.fields.file_name(),
            direct_dimensions: tables.direct.file_name(),
            quotas: tables.quotas.file_name(),
            error_types: tables.errors.file_name(),
        },
        placeholders: placeholders(),
        fields: fields.into_values().collect(),
        aliases,
        limits,
        error_types,
    })
}

fn read_fields(table: &Table, faults: &mut Vec<Diagnostic>) -> BTreeMap<String, MetricaField> {
    let mut reader = Reader {
        table,
        header: FIELDS_HEADER,
        faults,
    };
    let mut fields = BTreeMap::new();
    for row in reader.rows() {
        let kind = match row.cells[0] {
            "dimension" => FieldKind::Dimension,
            "metric" => FieldKind::Metric,
            other => {
                reader.fault(
                    row.line,
                    1,
                    format!("unknown kind `{other}`: expected dimension or metric"),
                );
                continue;
            }
        };
        let Some((namespace, parameters)) = reader.name(&row, 3) else {
            continue;
        };
        if namespace != row.cells[1] {
            reader.fault(
                row.line,
                2,
                format!(
                    "namespace `{}` but the name `{}` is in `{namespace}`",
                    row.cells[1], row.cells[2]
                ),
            );
            continue;
        }
        let operators = reader.operators(&row, 4);
        let metric_type = match row.cells[4] {
            "" => None,
            t if METRIC_TYPES.contains(&t) => Some(t.to_string()),
            t => {
                reader.fault(
                    row.line,
                    5,
                    format!(
                        "unknown metric type `{t}` (known: {})",
                        METRIC_TYPES.join(", ")
                    ),
                );
                None
            }
        };
        let filterable = match row.cells[5] {
            "" => None,
            "есть" | "yes" => Some(true),
            "нет" | "no" => Some(false),
            other => {
                reader.fault(
                    row.line,
                    6,
                    format!("`{other}` is neither yes (есть) nor no (нет)"),
                );
                None
            }
        };
        if kind == FieldKind::Dimension && (metric_type.is_some() || filterable.is_some()) {
            reader.fault(
                row.line,
                5,
                "a dimension with a metric type or filterable flag",
            );
        }
        if kind == FieldKind::Metric && !operators.is_empty() {
            reader.fault(row.line, 4, "a metric with filter operators");
        }
        let name_dimension = match row.cells[6] {
            "" => None,
            companion => reader.name(&row, 7).map(|_| companion.to_string()),
        };
        let min_date = reader.date(&row, 8, &[]);
        let name = row.cells[2].to_string();
        if fields.contains_key(&name) {
            reader.fault(row.line, 3, format!("`{name}` a second time"));
            continue;
        }
        fields.insert(
            name.clone(),
            MetricaField {
                name,
                kind,
                namespace,
                parameters,
                operators,
                metric_type,
                filterable,
                min_date,
                name_dimension,
            },
        );
    }
    fields
}

fn read_direct(
    table: &Table,
    fields: &mut BTreeMap<String, MetricaField>,
    faults: &mut Vec<Diagnostic>,
) -> Vec<MetricaAlias> {
    let mut reader = Reader {
        table,
        header: DIRECT_HEADER,
        faults,
    };
    let mut aliases: BTreeMap<String, MetricaAlias> = BTreeMap::new();
    for row in reader.rows() {
        let name_parsed = reader.name(&row, 1);
        let operators = reader.operators(&row, 4);
        let name_dimension = match row.cells[4] {
            "" => None,
            companion => reader.name(&row, 5).map(|_| companion.to_string()),
        };
        let min_date = reader.date(&row, 6, &[]);
        let template_parsed = reader.name(&row, 7);
        // "not seen": today's page gives no date for it.
        let template_min_date = reader.date(&row, 8, &["not seen"]);
        let (Some((namespace, own)), Some((template_namespace, parameters))) =
            (name_parsed, template_parsed)
        else {
            continue;
        };
        let (name, template_name) = (row.cells[0], row.cells[6]);
        if !own.is_empty() {
            reader.fault(
                row.line,
                1,
                format!("`{name}`: an older spelling has no placeholders"),
            );
            continue;
        }
        if namespace != template_namespace {
            reader.fault(
                row.line,
                7,
                format!("`{template_name}` is not in the namespace of `{name}`"),
            );
            continue;
        }
        let Some(template) = fields.get_mut(template_name) else {
            reader.fault(
                row.line,
                7,
                format!("`{template_name}` is not in {FIELDS_TABLE}"),
            );
            continue;
        };
        if template.kind != FieldKind::Dimension {
            reader.fault(row.line, 7, format!("`{template_name}` is not a dimension"));
            continue;
        }
        // The index has no details for the advertising pages; this table has them.
        if template.operators.is_empty() {
            template.operators = operators.clone();
        }
        if template.min_date.is_none() {
            template.min_date = template_min_date;
        }
        if aliases.contains_key(name) || fields.contains_key(name) {
            reader.fault(row.line, 1, format!("`{name}` a second time"));
            continue;
        }
        aliases.insert(
            name.to_string(),
            MetricaAlias {
                name: name.to_string(),
                template: template_name.to_string(),
                left_to_default: parameters,
                operators,
                min_date,
                name_dimension,
            },
        );
    }
    aliases.into_values().collect()
}

fn read_quotas(table: &Table, faults: &mut Vec<Diagnostic>) -> Vec<MetricaLimit> {
    let mut reader = Reader {
        table,
        header: QUOTAS_HEADER,
        faults,
    };
    let mut limits = Vec::new();
    for row in reader.rows() {
        if row.cells[0].is_empty() {
            reader.fault(row.line, 1, "a limit without its name");
            continue;
        }
        if row.cells[1].is_empty() {
            reader.fault(row.line, 2, "a limit without its value");
            continue;
        }
        limits.push(MetricaLimit {
            limit: row.cells[0].to_string(),
            value: row.cells[1].to_string(),
            number: row.cells[1].parse().ok(),
            scope: row.cells[2].to_string(),
            unblocks: row.cells[3].to_string(),
        });
    }
    limits
}

fn read_errors(table: &Table, faults: &mut Vec<Diagnostic>) -> Vec<MetricaErrorType> {
    let mut reader = Reader {
        table,
        header: ERRORS_HEADER,
        faults,
    };
    let mut errors: BTreeMap<String, MetricaErrorType> = BTreeMap::new();
    for row in reader.rows() {
        let error_type = row.cells[0];
        if error_type.is_empty()
            || !error_type
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_')
        {
            reader.fault(
                row.line,
                1,
                format!("`{error_type}` is not an error type (lower-case words joined by `_`)"),
            );
            continue;
        }
        let http = match row.cells[1].parse::<u16>() {
            Ok(code) if (100..=599).contains(&code) => code,
            _ => {
                reader.fault(
                    row.line,
                    2,
                    format!("`{}` is not an HTTP status", row.cells[1]),
                );
                continue;
            }
        };
        if errors.contains_key(error_type) {
            reader.fault(row.line, 1, format!("`{error_type}` a second time"));
            continue;
        }
        errors.insert(
            error_type.to_string(),
            MetricaErrorType {
                error_type: error_type.to_string(),
                http,
                meaning: row.cells[2].to_string(),
            },
        );
    }
    errors.into_values().collect()
}

/// The file's text as the importer writes it: pretty JSON and a final newline.
pub fn to_json(file: &MetricaFile) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}

/// Compares the text of the file on disk with the produced file as parsed JSON.
pub fn compare(on_disk: Option<&str>, produced: &MetricaFile) -> Comparison {
    compare_json(
        on_disk,
        &serde_json::to_value(produced).unwrap_or(Value::Null),
    )
}

/// What `codegen import --from-metrica` does, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricaOptions {
    /// The folder of the four tables.
    pub from: PathBuf,
    /// The schema folder written or checked (the file goes to `schema/metrica/fields.json`).
    pub schema: PathBuf,
    /// Write nothing, report differences.
    pub check: bool,
}

/// Runs the import (or its check), printing what happened; `false` on a fault or, with
/// `check`, a difference.
pub fn run(options: &MetricaOptions) -> bool {
    let imported = Tables::read(&options.from).and_then(|tables| import_tables(&tables));
    let file = match imported {
        Ok(file) => file,
        Err(faults) => {
            eprintln!(
                "import: {} fault(s) in {}:",
                faults.len(),
                options.from.display()
            );
            for fault in &faults {
                eprintln!("  {fault}");
            }
            return false;
        }
    };
    let target = options.schema.join(OUT_SUBDIR).join(OUT_FILE);
    let on_disk = std::fs::read_to_string(&target).ok();
    let counts = {
        let dimensions = file
            .fields
            .iter()
            .filter(|f| f.kind == FieldKind::Dimension)
            .count();
        format!(
            "{dimensions} dimensions, {} metrics, {} aliases, {} limits, {} error types",
            file.fields.len() - dimensions,
            file.aliases.len(),
            file.limits.len(),
            file.error_types.len()
        )
    };
    let rerun = format!(
        "cargo run -p codegen -- import --from-metrica {}",
        options.from.display()
    );
    match (compare(on_disk.as_deref(), &file), options.check) {
        (Comparison::Same, true) => {
            println!(
                "import --check: {} is up to date with {} ({counts})",
                target.display(),
                options.from.display()
            );
            true
        }
        (Comparison::Missing, true) => {
            eprintln!("missing: {}", target.display());
            eprintln!("import --check: run `{rerun}`");
            false
        }
        (Comparison::Differs(what), true) => {
            eprintln!("differs: {}", target.display());
            for line in what {
                eprintln!("    {line}");
            }
            eprintln!("import --check: run `{rerun}`");
            false
        }
        (Comparison::Same, false) => {
            println!("import: {} unchanged ({counts})", target.display());
            true
        }
        (_, false) => {
            let written = target
                .parent()
                .map(std::fs::create_dir_all)
                .unwrap_or(Ok(()))
                .and_then(|()| std::fs::write(&target, to_json(&file)));
            match written {
                Ok(()) => {
                    println!("import: wrote {} ({counts})", target.display());
                    true
                }
                Err(e) => {
                    eprintln!("import: cannot write {}: {e}", target.display());
                    false
                }
            }
        }
    }
}
