//! The row writer of the analytics reports (`ga4 report`, `metrica data`): a header of column
//! names, then rows as TSV, CSV or JSON lines (or, built with the `parquet` feature, a Parquet
//! file with typed columns), written once for every API.

use std::io::Write;
use std::path::Path;

use clap::ValueEnum;

use crate::exit::Failure;

/// `--format` of the analytics reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// A header line of column names, then tab-separated values.
    Tsv,
    /// The same as CSV (RFC 4180 quoting).
    Csv,
    /// One JSON object per row keyed by dimension and metric names, metrics as JSON numbers.
    Jsonl,
    /// A Parquet file with typed columns (needs `--output`).
    #[cfg(feature = "parquet")]
    Parquet,
}

/// What a column holds: the type of its Parquet column (text formats write every value as sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Text (dimensions): Utf8.
    Text,
    /// Whole numbers: Int64.
    Integer,
    /// Any other number: Float64.
    Float,
}

/// Why `--format parquet` without `--output` is refused (every command that writes Parquet).
pub const PARQUET_NEEDS_OUTPUT: &str =
    "--format parquet needs --output FILE (a Parquet file is not written to stdout)";

/// The output of a table: `--output FILE` (buffered) or `out`, checked before anything is sent.
pub enum TableOutput<'a> {
    /// Standard output (or what stands for it in tests).
    Stream(&'a mut dyn Write),
    /// The `--output` path, created when the writer is made.
    File(&'a Path),
}

impl TableFormat {
    /// Refuses a format the output cannot take (Parquet to stdout), before anything is sent.
    pub fn check_output(self, output: Option<&Path>) -> Result<(), Failure> {
        #[cfg(feature = "parquet")]
        if self == TableFormat::Parquet && output.is_none() {
            return Err(Failure::local(PARQUET_NEEDS_OUTPUT));
        }
        let _ = output;
        Ok(())
    }
}

enum Sink<'a> {
    Stream(&'a mut dyn Write),
    File(std::io::BufWriter<std::fs::File>),
    #[cfg(feature = "parquet")]
    Parquet(Box<parquet_table::ParquetTable>),
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
    sink: Sink<'a>,
    columns: Vec<String>,
    header_written: bool,
}

impl<'a> TableWriter<'a> {
    /// A writer of rows to `output`: the file created now (call
    /// [`TableFormat::check_output`] before anything is sent).
    pub fn open(format: TableFormat, output: TableOutput<'a>) -> Result<Self, Failure> {
        let sink = match output {
            TableOutput::Stream(out) => {
                format.check_output(None)?;
                Sink::Stream(out)
            }
            TableOutput::File(path) => {
                let file = std::fs::File::create(path).map_err(|e| {
                    Failure::local(format!("cannot create `{}`: {e}", path.display()))
                })?;
                match format {
                    #[cfg(feature = "parquet")]
                    TableFormat::Parquet => {
                        Sink::Parquet(Box::new(parquet_table::ParquetTable::new(file, path)))
                    }
                    _ => Sink::File(std::io::BufWriter::new(file)),
                }
            }
        };
        Ok(TableWriter {
            format,
            sink,
            columns: Vec::new(),
            header_written: false,
        })
    }

    /// Sets the columns (the JSON keys, the Parquet schema) and writes the header line unless
    /// written already.
    pub fn header<'n>(
        &mut self,
        columns: impl Iterator<Item = (&'n str, ColumnType)>,
    ) -> std::io::Result<()> {
        if self.header_written {
            return Ok(());
        }
        let columns: Vec<(&str, ColumnType)> = columns.collect();
        self.columns = columns.iter().map(|(name, _)| (*name).to_owned()).collect();
        self.header_written = true;
        let text = match &mut self.sink {
            Sink::Stream(out) => &mut **out,
            Sink::File(file) => file as &mut dyn Write,
            #[cfg(feature = "parquet")]
            Sink::Parquet(table) => return table.header(&columns),
        };
        if self.format != TableFormat::Jsonl {
            let names: Vec<Cell> = self.columns.iter().map(|n| Cell::Text(n)).collect();
            let line = delimited(self.format, &names);
            writeln!(text, "{line}")?;
        }
        Ok(())
    }

    /// Writes one row, its cells in the order of the columns.
    pub fn row(&mut self, cells: &[Cell]) -> std::io::Result<()> {
        let line = match self.format {
            TableFormat::Jsonl => self.json_line(cells),
            _ => delimited(self.format, cells),
        };
        match &mut self.sink {
            Sink::Stream(out) => writeln!(out, "{line}"),
            Sink::File(file) => writeln!(file, "{line}"),
            #[cfg(feature = "parquet")]
            Sink::Parquet(table) => table.row(cells),
        }
    }

    /// Writes what is buffered and ends the output (a Parquet file gets its footer).
    pub fn finish(self) -> std::io::Result<()> {
        match self.sink {
            Sink::Stream(out) => out.flush(),
            Sink::File(mut file) => file.flush(),
            #[cfg(feature = "parquet")]
            Sink::Parquet(table) => table.finish(),
        }
    }
}

fn delimited(format: TableFormat, cells: &[Cell]) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        let value = match cell {
            Cell::Text(text) | Cell::Number(text) => *text,
            Cell::Null => "",
        };
        match format {
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

impl TableWriter<'_> {
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

/// `--format parquet`: rows into Arrow batches of [`BATCH_ROWS`], each batch a row group.
#[cfg(feature = "parquet")]
pub mod parquet_table {
    use std::path::Path;
    use std::sync::Arc;

    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;
    use yandex_direct::runtime::reports::arrow::arrow_array::builder::{
        Float64Builder, Int64Builder, StringBuilder,
    };
    use yandex_direct::runtime::reports::arrow::arrow_array::{ArrayRef, RecordBatch};
    use yandex_direct::runtime::reports::arrow::arrow_schema::{DataType, Field, Schema};

    use super::{Cell, ColumnType};

    /// Rows held in memory before they are written as one row group.
    pub const BATCH_ROWS: usize = 8192;

    type Writer = ArrowWriter<std::io::BufWriter<std::fs::File>>;

    enum Column {
        Text(StringBuilder),
        Integer(Int64Builder),
        Float(Float64Builder),
    }

    /// A Parquet file being written: the file until the header gives the schema, then the
    /// Arrow writer and one batch of column builders.
    pub(super) struct ParquetTable {
        path: String,
        file: Option<std::fs::File>,
        writer: Option<Writer>,
        schema: Arc<Schema>,
        names: Vec<String>,
        columns: Vec<Column>,
        rows: usize,
    }

    fn io_error(e: impl std::fmt::Display) -> std::io::Error {
        std::io::Error::other(format!("cannot write the Parquet file: {e}"))
    }

    impl ParquetTable {
        /// A table to be written to `file` (created at `path`) once its header is known.
        pub(super) fn new(file: std::fs::File, path: &Path) -> ParquetTable {
            ParquetTable {
                path: path.display().to_string(),
                file: Some(file),
                writer: None,
                schema: Arc::new(Schema::empty()),
                names: Vec::new(),
                columns: Vec::new(),
                rows: 0,
            }
        }

        /// The schema from the columns; starts the file (once).
        pub(super) fn header(&mut self, columns: &[(&str, ColumnType)]) -> std::io::Result<()> {
            let Some(file) = self.file.take() else {
                return Ok(());
            };
            let fields: Vec<Field> = columns
                .iter()
                .map(|(name, kind)| {
                    let data_type = match kind {
                        ColumnType::Text => DataType::Utf8,
                        ColumnType::Integer => DataType::Int64,
                        ColumnType::Float => DataType::Float64,
                    };
                    Field::new(*name, data_type, true)
                })
                .collect();
            self.names = columns.iter().map(|(name, _)| (*name).to_owned()).collect();
            self.columns = columns
                .iter()
                .map(|(_, kind)| Self::builder(*kind))
                .collect();
            let properties = writer_properties(BATCH_ROWS);
            self.schema = Arc::new(Schema::new(fields));
            let writer = ArrowWriter::try_new(
                std::io::BufWriter::new(file),
                self.schema.clone(),
                Some(properties),
            )
            .map_err(io_error)?;
            self.writer = Some(writer);
            Ok(())
        }

        fn builder(kind: ColumnType) -> Column {
            match kind {
                ColumnType::Text => Column::Text(StringBuilder::with_capacity(BATCH_ROWS, 0)),
                ColumnType::Integer => Column::Integer(Int64Builder::with_capacity(BATCH_ROWS)),
                ColumnType::Float => Column::Float(Float64Builder::with_capacity(BATCH_ROWS)),
            }
        }

        /// Appends one row; a full batch is written as a row group.
        pub(super) fn row(&mut self, cells: &[Cell]) -> std::io::Result<()> {
            if cells.len() != self.columns.len() {
                return Err(io_error(format!(
                    "a row of {} values for {} columns",
                    cells.len(),
                    self.columns.len()
                )));
            }
            for ((column, name), cell) in self.columns.iter_mut().zip(&self.names).zip(cells) {
                let value = match cell {
                    Cell::Text(text) | Cell::Number(text) => Some(*text),
                    Cell::Null => None,
                };
                let refused = || {
                    io_error(format!(
                        "the value `{}` of column `{name}` is not a number of its type",
                        value.unwrap_or_default()
                    ))
                };
                match column {
                    Column::Text(builder) => builder.append_option(value),
                    Column::Integer(builder) => match value {
                        None => builder.append_null(),
                        Some(text) => builder.append_value(integer(text).ok_or_else(refused)?),
                    },
                    Column::Float(builder) => match value {
                        None => builder.append_null(),
                        Some(text) => {
                            builder.append_value(text.parse::<f64>().map_err(|_| refused())?)
                        }
                    },
                }
            }
            self.rows += 1;
            if self.rows >= BATCH_ROWS {
                self.write_batch()?;
            }
            Ok(())
        }

        fn write_batch(&mut self) -> std::io::Result<()> {
            if self.rows == 0 {
                return Ok(());
            }
            let Some(writer) = &mut self.writer else {
                return Ok(());
            };
            let arrays: Vec<ArrayRef> = self
                .columns
                .iter_mut()
                .map(|column| match column {
                    Column::Text(builder) => Arc::new(builder.finish()) as ArrayRef,
                    Column::Integer(builder) => Arc::new(builder.finish()) as ArrayRef,
                    Column::Float(builder) => Arc::new(builder.finish()) as ArrayRef,
                })
                .collect();
            let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(io_error)?;
            writer.write(&batch).map_err(io_error)?;
            self.rows = 0;
            Ok(())
        }

        /// Writes the last batch and the footer.
        pub(super) fn finish(mut self) -> std::io::Result<()> {
            self.write_batch()?;
            // No header (no page came): a file without columns is still a readable Parquet file.
            if self.writer.is_none() {
                self.header(&[])?;
            }
            match self.writer.take() {
                Some(writer) => writer
                    .close()
                    .map(drop)
                    .map_err(|e| io_error(format!("`{}`: {e}", self.path))),
                None => Ok(()),
            }
        }
    }

    /// How every command writes Parquet: Snappy, one row group per batch of `batch_rows`.
    pub fn writer_properties(batch_rows: usize) -> WriterProperties {
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(batch_rows))
            .build()
    }

    /// A whole number as sent (`12`), or written as a float with no fraction (`12.0`).
    fn integer(text: &str) -> Option<i64> {
        if let Ok(whole) = text.parse::<i64>() {
            return Some(whole);
        }
        let float = text.parse::<f64>().ok()?;
        let fits = float.fract() == 0.0 && float.abs() < 9.007_199_254_740_992e15;
        fits.then_some(float as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: TableFormat) -> String {
        let mut out = Vec::new();
        let mut writer = TableWriter::open(format, TableOutput::Stream(&mut out)).expect("open");
        writer
            .header([("a,b", ColumnType::Text), ("n", ColumnType::Float)].into_iter())
            .expect("header");
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

    #[cfg(feature = "parquet")]
    #[test]
    fn parquet_refuses_a_value_that_is_not_a_number_of_its_column_type() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("t.parquet");
        let mut writer =
            TableWriter::open(TableFormat::Parquet, TableOutput::File(&path)).expect("open");
        writer
            .header([("d", ColumnType::Text), ("n", ColumnType::Integer)].into_iter())
            .expect("header");
        writer
            .row(&[Cell::Text("a"), Cell::Number("12.0")])
            .expect("a whole float is an integer");
        writer.row(&[Cell::Null, Cell::Null]).expect("nulls");
        let refused = writer
            .row(&[Cell::Text("b"), Cell::Number("0.5")])
            .expect_err("0.5 is no integer");
        assert!(
            refused.to_string().contains("`0.5` of column `n`"),
            "{refused}"
        );
        assert!(TableFormat::Parquet.check_output(None).is_err());
        assert!(TableFormat::Parquet.check_output(Some(&path)).is_ok());
    }
}
