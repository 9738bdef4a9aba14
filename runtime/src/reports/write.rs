//! Writing report rows as TSV, CSV or JSON lines, one row at a time.

use std::io::Write;

use super::reader::{ReportColumns, ReportReadError, Row};
use super::types::Cell;

/// The output formats of [`RowWriter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// The report's own TSV: the column names, then each row's cells as received (`--`
    /// included).
    Tsv,
    /// CSV (RFC 4180 quoting): the column names, then each row with typed values in their
    /// canonical form; `--` is an empty cell.
    Csv,
    /// One JSON object per line, column name -> value: integers, money (micros as a whole
    /// number, or units with their decimals, written exactly) and decimals as JSON numbers,
    /// dates and text as strings, `--` as `null`.
    JsonLines,
}

/// Why writing failed: the row could not be read, or the output refused the bytes.
#[derive(Debug)]
pub enum WriteError {
    /// A cell of the report did not fit its type.
    Read(ReportReadError),
    /// The output failed.
    Io(std::io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Read(e) => write!(f, "cannot read the report: {e}"),
            WriteError::Io(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Read(e) => Some(e),
            WriteError::Io(e) => Some(e),
        }
    }
}

impl From<ReportReadError> for WriteError {
    fn from(e: ReportReadError) -> Self {
        WriteError::Read(e)
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

impl From<csv::Error> for WriteError {
    fn from(e: csv::Error) -> Self {
        WriteError::Io(e.into())
    }
}

enum Out<W: Write> {
    Delimited(Box<csv::Writer<W>>),
    Lines(std::io::BufWriter<W>),
}

/// Writes rows in one [`OutputFormat`]; the column names go first, with the first row (or by
/// [`RowWriter::finish`] for a report without rows).
pub struct RowWriter<W: Write> {
    format: OutputFormat,
    out: Out<W>,
    header_written: bool,
    keys: Vec<String>,
    line: String,
}

impl<W: Write> RowWriter<W> {
    /// A writer of `format` into `out` (buffered inside).
    pub fn new(out: W, format: OutputFormat) -> Self {
        let delimiter = if format == OutputFormat::Tsv {
            b'\t'
        } else {
            b','
        };
        let out = if format == OutputFormat::JsonLines {
            return RowWriter {
                format,
                out: Out::Lines(std::io::BufWriter::with_capacity(256 << 10, out)),
                header_written: false,
                keys: Vec::new(),
                line: String::new(),
            };
        } else {
            out
        };
        let writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .quote_style(if format == OutputFormat::Tsv {
                csv::QuoteStyle::Never
            } else {
                csv::QuoteStyle::Necessary
            })
            .flexible(true)
            .buffer_capacity(256 << 10)
            .from_writer(out);
        RowWriter {
            format,
            out: Out::Delimited(Box::new(writer)),
            header_written: false,
            keys: Vec::new(),
            line: String::new(),
        }
    }

    fn header(&mut self, columns: &ReportColumns) -> Result<(), WriteError> {
        if self.header_written {
            return Ok(());
        }
        self.header_written = true;
        match self.format {
            OutputFormat::JsonLines => {
                self.keys = columns
                    .names()
                    .iter()
                    .map(|n| serde_json::to_string(n).unwrap_or_else(|_| "\"\"".into()))
                    .collect();
            }
            _ => {
                if let Out::Delimited(writer) = &mut self.out {
                    writer.write_record(columns.names())?;
                }
            }
        }
        Ok(())
    }

    /// Writes one row.
    pub fn write_row(&mut self, row: &Row<'_>) -> Result<(), WriteError> {
        self.header(row.columns())?;
        match (self.format, &mut self.out) {
            (OutputFormat::Tsv, Out::Delimited(writer)) => {
                for i in 0..row.len() {
                    writer.write_field(row.text(i)?)?;
                }
                writer.write_record(None::<&[u8]>)?;
            }
            (OutputFormat::Csv, Out::Delimited(writer)) => {
                let mut field = String::new();
                for i in 0..row.len() {
                    field.clear();
                    canonical(&row.cell(i)?, row.money_in_micros(), &mut field);
                    writer.write_field(&field)?;
                }
                writer.write_record(None::<&[u8]>)?;
            }
            (_, Out::Lines(writer)) => {
                let mut line = std::mem::take(&mut self.line);
                line.clear();
                line.push('{');
                for i in 0..row.len() {
                    if i > 0 {
                        line.push(',');
                    }
                    line.push_str(self.keys.get(i).map_or("\"\"", String::as_str));
                    line.push(':');
                    json_value(&row.cell(i)?, row.money_in_micros(), &mut line);
                }
                line.push_str("}\n");
                writer.write_all(line.as_bytes())?;
                self.line = line;
            }
            (_, Out::Delimited(writer)) => {
                for i in 0..row.len() {
                    writer.write_field(row.text(i)?)?;
                }
                writer.write_record(None::<&[u8]>)?;
            }
        }
        Ok(())
    }

    /// Writes the column names if no row did, flushes, and gives the output back.
    pub fn finish(mut self, columns: &ReportColumns) -> Result<W, WriteError> {
        self.header(columns)?;
        match self.out {
            Out::Delimited(writer) => writer
                .into_inner()
                .map_err(|e| WriteError::Io(std::io::Error::other(e.to_string()))),
            Out::Lines(writer) => writer
                .into_inner()
                .map_err(|e| WriteError::Io(std::io::Error::other(e.to_string()))),
        }
    }
}

/// The canonical text of a typed cell (CSV): money in the report's form.
fn canonical(cell: &Cell<'_>, money_in_micros: bool, out: &mut String) {
    use std::fmt::Write as _;
    let _ = match cell {
        Cell::Missing => Ok(()),
        Cell::Integer(v) => write!(out, "{v}"),
        Cell::Money(m) if money_in_micros => write!(out, "{}", m.micros),
        Cell::Money(m) => write!(out, "{m}"),
        Cell::Decimal(d) | Cell::Percent(d) => write!(out, "{d}"),
        Cell::Date(d) => write!(out, "{d}"),
        Cell::Enum(s) | Cell::Text(s) => {
            out.push_str(s);
            Ok(())
        }
    };
}

/// A typed cell as a JSON value, numbers written exactly.
fn json_value(cell: &Cell<'_>, money_in_micros: bool, out: &mut String) {
    match cell {
        Cell::Missing => out.push_str("null"),
        Cell::Enum(s) | Cell::Text(s) => {
            out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()))
        }
        Cell::Date(_) => {
            out.push('"');
            canonical(cell, money_in_micros, out);
            out.push('"');
        }
        _ => canonical(cell, money_in_micros, out),
    }
}
