//! The row writer of the analytics reports (`ga4 report`, `metrica data`): a header of column
//! names, then rows as TSV, CSV or JSON lines, written once for every API.

use std::io::Write;

use clap::ValueEnum;

/// `--format` of the analytics reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// A header line of column names, then tab-separated values.
    Tsv,
    /// The same as CSV (RFC 4180 quoting).
    Csv,
    /// One JSON object per row keyed by dimension and metric names, metrics as JSON numbers.
    Jsonl,
}

/// One value of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text: a string in JSON.
    Text(&'a str),
    /// A JSON number written as it came (`12`, `0.5`): the same text in TSV and CSV.
    Number(&'a str),
    /// No value: empty in TSV and CSV, `null` in JSON.
    Null,
}

/// Writes rows in one format, the header (TSV, CSV) once.
pub struct TableWriter<'a> {
    format: TableFormat,
    out: &'a mut dyn Write,
    columns: Vec<String>,
    header_written: bool,
}

impl<'a> TableWriter<'a> {
    /// A writer of rows to `out`.
    pub fn new(format: TableFormat, out: &'a mut dyn Write) -> Self {
        TableWriter {
            format,
            out,
            columns: Vec::new(),
            header_written: false,
        }
    }

    /// Sets the columns (the JSON keys) and writes the header line unless written already.
    pub fn header<'n>(&mut self, names: impl Iterator<Item = &'n str>) -> std::io::Result<()> {
        if self.header_written {
            return Ok(());
        }
        self.columns = names.map(str::to_owned).collect();
        self.header_written = true;
        if self.format != TableFormat::Jsonl {
            let names: Vec<Cell> = self.columns.iter().map(|n| Cell::Text(n)).collect();
            let line = self.delimited(&names);
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// Writes one row, its cells in the order of the columns.
    pub fn row(&mut self, cells: &[Cell]) -> std::io::Result<()> {
        let line = match self.format {
            TableFormat::Jsonl => self.json_line(cells),
            _ => self.delimited(cells),
        };
        writeln!(self.out, "{line}")
    }

    /// Flushes the output.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    fn delimited(&self, cells: &[Cell]) -> String {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let value = match cell {
                Cell::Text(text) | Cell::Number(text) => *text,
                Cell::Null => "",
            };
            match self.format {
                TableFormat::Csv => {
                    if i > 0 {
                        line.push(',');
                    }
                    if value.contains([',', '"', '\n', '\r']) {
                        line.push('"');
                        line.push_str(&value.replace('"', "\"\""));
                        line.push('"');
                    } else {
                        line.push_str(value);
                    }
                }
                _ => {
                    if i > 0 {
                        line.push('\t');
                    }
                    // TSV has no quoting: tabs and line breaks in a value become spaces.
                    line.push_str(&value.replace(['\t', '\n', '\r'], " "));
                }
            }
        }
        line
    }

    /// One row as a JSON object keyed by the column names.
    fn json_line(&self, cells: &[Cell]) -> String {
        let quoted = |text: &str| serde_json::Value::from(text).to_string();
        let mut line = String::from("{");
        for (i, (name, cell)) in self.columns.iter().zip(cells).enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&quoted(name));
            line.push(':');
            match cell {
                Cell::Text(text) => line.push_str(&quoted(text)),
                Cell::Number(number) => line.push_str(number),
                Cell::Null => line.push_str("null"),
            }
        }
        line.push('}');
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: TableFormat) -> String {
        let mut out = Vec::new();
        let mut writer = TableWriter::new(format, &mut out);
        writer.header(["a,b", "n"].into_iter()).expect("header");
        writer
            .row(&[Cell::Text("x\t\"y\""), Cell::Number("1.50")])
            .expect("row");
        writer.row(&[Cell::Text("z"), Cell::Null]).expect("row");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn each_format_quotes_its_own_way() {
        assert_eq!(written(TableFormat::Tsv), "a,b\tn\nx \"y\"\t1.50\nz\t\n");
        assert_eq!(
            written(TableFormat::Csv),
            "\"a,b\",n\n\"x\t\"\"y\"\"\",1.50\nz,\n"
        );
        assert_eq!(
            written(TableFormat::Jsonl),
            "{\"a,b\":\"x\\t\\\"y\\\"\",\"n\":1.50}\n{\"a,b\":\"z\",\"n\":null}\n"
        );
    }
}
