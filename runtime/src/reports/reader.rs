//! The streaming TSV reader: records split by `csv_core` (the parser of the `csv` crate, fed
//! chunk by chunk so that the same code reads a file and an HTTP body), then the report's
//! layout (title, column names, rows, `Total rows: N`) and typed cells. Memory stays constant:
//! three record buffers, as large as the longest row, whatever the size of the report.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use super::blocks::BlockReader;
use super::types::{column_type, parse_cell, Cell, FieldTypes, ReportFieldType, Value};
use super::TsvLayout;

/// Why a report could not be read; names the line (1 is the first line of the body) and the
/// column where that applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportReadError {
    /// What kind of fault.
    pub kind: ReadErrorKind,
    /// The line of the report, when the fault is on one.
    pub line: Option<u64>,
    /// The column, when the fault is in one cell.
    pub column: Option<String>,
    /// What was wrong.
    pub message: String,
}

/// The kinds of [`ReportReadError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadErrorKind {
    /// The report ended before its `Total rows: N` line, or has fewer rows than it says: it
    /// was cut short (a broken connection, a proxy). Never returned as a short result.
    Truncated,
    /// The layout is wrong: no column names, a row with the wrong number of cells, a summary
    /// that disagrees, text that is not UTF-8.
    Malformed,
    /// A cell does not fit its column's type.
    BadCell,
    /// Reading the file or the body failed.
    Io,
}

impl ReportReadError {
    fn new(kind: ReadErrorKind, line: Option<u64>, message: impl Into<String>) -> Self {
        ReportReadError {
            kind,
            line,
            column: None,
            message: message.into(),
        }
    }

    /// Whether the report was cut short.
    pub fn is_truncated(&self) -> bool {
        self.kind == ReadErrorKind::Truncated
    }
}

impl fmt::Display for ReportReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, &self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column `{column}`: ")?,
            (Some(line), None) => write!(f, "line {line}: ")?,
            (None, Some(column)) => write!(f, "column `{column}`: ")?,
            (None, None) => {}
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReportReadError {}

/// How to read a report body: its layout, its money form and how to type its columns.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Which optional parts the body has.
    pub layout: TsvLayout,
    /// Money cells are micros (`returnMoneyInMicros: true`), else currency units.
    pub money_in_micros: bool,
    /// The column names when the body has no line of them (the definition's columns).
    pub columns: Vec<String>,
    /// The type of each field by name (the generated schema's `ReportsSchema::field_type`).
    pub field_types: FieldTypes,
    /// Threads that split and type the rows of a [`ReportReader`]: 0 (the default) is one per
    /// available core, 1 reads on the caller's thread alone. Rows come in order either way.
    pub threads: usize,
    /// The size of the blocks (whole lines) handed to the threads, in bytes.
    pub block_bytes: usize,
    /// A bound on the memory of the blocks in flight, in bytes (default 64 MiB, whatever the
    /// size of the report); a line longer than a block still fits.
    pub memory_limit: usize,
}

impl ReadOptions {
    /// The API's default layout, money in units, every column read as text unless
    /// `field_types` knows it.
    pub fn new(field_types: FieldTypes) -> Self {
        ReadOptions {
            layout: TsvLayout::default(),
            money_in_micros: false,
            columns: Vec::new(),
            field_types,
            threads: 0,
            block_bytes: DEFAULT_BLOCK_BYTES,
            memory_limit: DEFAULT_MEMORY_LIMIT,
        }
    }
}

/// The default [`ReadOptions::block_bytes`].
pub const DEFAULT_BLOCK_BYTES: usize = 256 << 10;

/// The default [`ReadOptions::memory_limit`].
pub const DEFAULT_MEMORY_LIMIT: usize = 64 << 20;

/// Types no column: every cell is text (for reading a report without a schema).
pub fn no_field_types(_: &str) -> Option<ReportFieldType> {
    None
}

/// The columns of a report: names, types, and a lookup by name.
#[derive(Debug, Clone, Default)]
pub struct ReportColumns {
    names: Vec<String>,
    types: Vec<ReportFieldType>,
    index: HashMap<String, usize>,
}

impl ReportColumns {
    fn new(names: Vec<String>, field_types: FieldTypes) -> Self {
        let types = names.iter().map(|n| column_type(n, field_types)).collect();
        let index = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        ReportColumns {
            names,
            types,
            index,
        }
    }

    /// The column names, in order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The type of each column, in order.
    pub fn types(&self) -> &[ReportFieldType] {
        &self.types
    }

    /// The position of column `name`.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// How many columns.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// One record: its bytes and where each field ends.
#[derive(Debug, Default)]
struct RecordBuf {
    data: Vec<u8>,
    ends: Vec<usize>,
    used: usize,
    fields: usize,
    line: u64,
}

impl RecordBuf {
    fn clear(&mut self) {
        self.used = 0;
        self.fields = 0;
    }

    fn field(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.data[start..self.ends[i]]
    }

    fn text(&self, i: usize) -> Result<&str, ReportReadError> {
        std::str::from_utf8(self.field(i)).map_err(|e| {
            ReportReadError::new(
                ReadErrorKind::Malformed,
                Some(self.line),
                format!("cell {} is not UTF-8: {e}", i + 1),
            )
        })
    }

    fn texts(&self) -> Result<Vec<String>, ReportReadError> {
        (0..self.fields)
            .map(|i| self.text(i).map(str::to_owned))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Title,
    Header,
    Rows,
    Done,
}

/// What feeding input gave.
pub(crate) enum Step {
    /// All the input was used; more is needed.
    NeedInput,
    /// A row is ready ([`ReportCore::row`]).
    Row,
    /// The report ended, checked.
    End,
    /// The title and the column names were read: rows follow (only when asked to stop there,
    /// [`ReportCore::stop_before_rows`]).
    RowsFollow,
}

/// The reader's state, fed with bytes from any source.
pub(crate) struct ReportCore {
    splitter: csv_core::Reader,
    incoming: RecordBuf,
    ahead: RecordBuf,
    row: RecordBuf,
    has_ahead: bool,
    phase: Phase,
    options: ReadOptions,
    columns: ReportColumns,
    title: Option<String>,
    total_rows: Option<u64>,
    rows_read: u64,
    lines: u64,
    stop_before_rows: bool,
}

impl ReportCore {
    pub(crate) fn new(options: ReadOptions) -> Self {
        let splitter = csv_core::ReaderBuilder::new()
            .delimiter(b'\t')
            // Report cells are never quoted: a `"` is part of the text.
            .quoting(false)
            .build();
        let phase = if options.layout.title {
            Phase::Title
        } else if options.layout.column_header {
            Phase::Header
        } else {
            Phase::Rows
        };
        let columns = if options.layout.column_header {
            ReportColumns::default()
        } else {
            ReportColumns::new(options.columns.clone(), options.field_types)
        };
        let buf = || RecordBuf {
            data: vec![0; 1024],
            ends: vec![0; 64],
            ..RecordBuf::default()
        };
        ReportCore {
            splitter,
            incoming: buf(),
            ahead: buf(),
            row: buf(),
            has_ahead: false,
            phase,
            options,
            columns,
            title: None,
            total_rows: None,
            rows_read: 0,
            lines: 0,
            stop_before_rows: false,
        }
    }

    /// Whether [`ReportCore::feed`] stops with [`Step::RowsFollow`] once the head is read, so
    /// that the rows can be read by blocks.
    pub(crate) fn stop_before_rows(&mut self, stop: bool) {
        self.stop_before_rows = stop;
    }

    /// Feeds `input` (`eof`: the body ended, `input` is empty); returns how much was used
    /// and what happened. Call again with the rest after a row.
    pub(crate) fn feed(
        &mut self,
        input: &[u8],
        eof: bool,
    ) -> Result<(usize, Step), ReportReadError> {
        let mut consumed = 0;
        loop {
            if self.phase == Phase::Done {
                return Ok((consumed, Step::End));
            }
            if self.stop_before_rows && self.phase == Phase::Rows {
                return Ok((consumed, Step::RowsFollow));
            }
            // An empty input tells csv_core that the body ended: only give it one at the end.
            if consumed == input.len() && !eof {
                return Ok((consumed, Step::NeedInput));
            }
            let rec = &mut self.incoming;
            let (result, nin, nout, nend) = self.splitter.read_record(
                &input[consumed..],
                &mut rec.data[rec.used..],
                &mut rec.ends[rec.fields..],
            );
            consumed += nin;
            rec.used += nout;
            rec.fields += nend;
            match result {
                csv_core::ReadRecordResult::InputEmpty => return Ok((consumed, Step::NeedInput)),
                csv_core::ReadRecordResult::OutputFull => {
                    let len = rec.data.len();
                    rec.data.resize(len * 2, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let len = rec.ends.len();
                    rec.ends.resize(len * 2, 0);
                }
                csv_core::ReadRecordResult::Record => {
                    self.lines += 1;
                    rec.line = self.lines;
                    if self.take_record()? {
                        return Ok((consumed, Step::Row));
                    }
                }
                csv_core::ReadRecordResult::End => {
                    if self.finish()? {
                        return Ok((consumed, Step::Row));
                    }
                    return Ok((consumed, Step::End));
                }
            }
        }
    }

    /// Handles the record in `incoming`; `true` when a row is ready in `row`.
    fn take_record(&mut self) -> Result<bool, ReportReadError> {
        match self.phase {
            Phase::Title => {
                self.title = Some(self.incoming.texts()?.join("\t"));
                self.phase = if self.options.layout.column_header {
                    Phase::Header
                } else {
                    Phase::Rows
                };
                self.incoming.clear();
                Ok(false)
            }
            Phase::Header => {
                let names = self.incoming.texts()?;
                self.columns = ReportColumns::new(names, self.options.field_types);
                self.phase = Phase::Rows;
                self.incoming.clear();
                Ok(false)
            }
            Phase::Rows if self.options.layout.summary => {
                // The last record is the summary: a record is a row once the next one came.
                if !self.has_ahead {
                    std::mem::swap(&mut self.ahead, &mut self.incoming);
                    self.incoming.clear();
                    self.has_ahead = true;
                    return Ok(false);
                }
                // row <- the record ahead; ahead <- the new one; the old row's buffer is reused.
                std::mem::swap(&mut self.row, &mut self.ahead);
                std::mem::swap(&mut self.ahead, &mut self.incoming);
                self.incoming.clear();
                self.emit()?;
                Ok(true)
            }
            Phase::Rows => {
                std::mem::swap(&mut self.row, &mut self.incoming);
                self.incoming.clear();
                self.emit()?;
                Ok(true)
            }
            Phase::Done => Ok(false),
        }
    }

    /// Checks the row now in `row` and counts it.
    fn emit(&mut self) -> Result<(), ReportReadError> {
        if let Some(error) = width_error(self.row.fields, self.columns.len(), self.row.line) {
            return Err(error);
        }
        self.rows_read += 1;
        Ok(())
    }

    /// The end of the body: checks the summary; `true` when a last row is ready.
    fn finish(&mut self) -> Result<bool, ReportReadError> {
        let layout = self.options.layout;
        match self.phase {
            Phase::Title | Phase::Header if layout.column_header => {
                return Err(ReportReadError::new(
                    ReadErrorKind::Truncated,
                    None,
                    "the report ends before its line of column names",
                ))
            }
            Phase::Title if layout.summary => {
                return Err(ReportReadError::new(
                    ReadErrorKind::Truncated,
                    None,
                    "the report ends without its `Total rows: N` line: it was cut short",
                ))
            }
            _ => {}
        }
        self.phase = Phase::Done;
        if !layout.summary {
            return Ok(false);
        }
        if !self.has_ahead {
            return Err(ReportReadError::new(
                ReadErrorKind::Truncated,
                None,
                "the report ends without its `Total rows: N` line: it was cut short",
            ));
        }
        self.has_ahead = false;
        let last = &self.ahead;
        let sole_field = (last.fields == 1).then(|| last.field(0));
        let (count, checked) = check_summary(Some((sole_field, last.line)), self.rows_read);
        self.total_rows = count;
        checked.map(|()| false)
    }

    /// The row made ready by the last [`Step::Row`]; its text is checked to be UTF-8 once,
    /// for all its cells.
    pub(crate) fn row(&self) -> Result<Row<'_>, ReportReadError> {
        let record = &self.row;
        let text = std::str::from_utf8(&record.data[..record.used])
            .map_err(|e| utf8_error(e, record.line))?;
        Ok(Row {
            text,
            ends: &record.ends[..record.fields],
            gap: 0,
            typed: None,
            line: record.line,
            columns: &self.columns,
            money_in_micros: self.options.money_in_micros,
        })
    }

    pub(crate) fn columns(&self) -> &ReportColumns {
        &self.columns
    }

    pub(crate) fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    pub(crate) fn total_rows(&self) -> Option<u64> {
        self.total_rows
    }

    pub(crate) fn rows_read(&self) -> u64 {
        self.rows_read
    }

    pub(crate) fn money_in_micros(&self) -> bool {
        self.options.money_in_micros
    }

    pub(crate) fn options(&self) -> &ReadOptions {
        &self.options
    }

    /// The records read so far (the line of the last one).
    pub(crate) fn lines(&self) -> u64 {
        self.lines
    }

    /// Counts a row read by blocks.
    pub(crate) fn count_row(&mut self) {
        self.rows_read += 1;
    }

    /// Ends a report read by blocks: `last` as for [`check_summary`], when the layout has a
    /// summary.
    pub(crate) fn finish_blocks(
        &mut self,
        last: Option<(Option<&[u8]>, u64)>,
    ) -> Result<(), ReportReadError> {
        self.phase = Phase::Done;
        if !self.options.layout.summary {
            return Ok(());
        }
        let (count, checked) = check_summary(last, self.rows_read);
        self.total_rows = count;
        checked
    }
}

/// Checks the last record of a report against the rows read: `last` is its only field (when
/// it has exactly one) and its line, `None` when the report has no record after its head.
/// Gives `N` of its `Total rows: N` when it is one.
pub(crate) fn check_summary(
    last: Option<(Option<&[u8]>, u64)>,
    rows_read: u64,
) -> (Option<u64>, Result<(), ReportReadError>) {
    let cut = |line| {
        ReportReadError::new(
            ReadErrorKind::Truncated,
            line,
            "the report ends without its `Total rows: N` line: it was cut short",
        )
    };
    let Some((sole_field, line)) = last else {
        return (None, Err(cut(None)));
    };
    let count = sole_field
        .and_then(|field| std::str::from_utf8(field).ok())
        .and_then(summary_count);
    let Some(count) = count else {
        return (None, Err(cut(Some(line))));
    };
    if count != rows_read {
        let kind = if count > rows_read {
            ReadErrorKind::Truncated
        } else {
            ReadErrorKind::Malformed
        };
        let message = format!("the summary says {count} rows, the report has {rows_read}");
        return (
            Some(count),
            Err(ReportReadError::new(kind, Some(line), message)),
        );
    }
    (Some(count), Ok(()))
}

/// The error of a row with `fields` cells in a report of `width` columns, if it is one.
pub(crate) fn width_error(fields: usize, width: usize, line: u64) -> Option<ReportReadError> {
    (width != 0 && fields != width).then(|| {
        ReportReadError::new(
            ReadErrorKind::Malformed,
            Some(line),
            format!("the row has {fields} cells, the report has {width} columns"),
        )
    })
}

/// The error of a row whose text is not UTF-8.
pub(crate) fn utf8_error(error: std::str::Utf8Error, line: u64) -> ReportReadError {
    ReportReadError::new(
        ReadErrorKind::Malformed,
        Some(line),
        format!("the row is not UTF-8: {error}"),
    )
}

/// `N` of a summary line, exactly `Total rows: N`.
fn summary_count(line: &str) -> Option<u64> {
    let digits = line.strip_prefix("Total rows: ")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// One row of a report, borrowed from its reader until the next row is read.
#[derive(Clone, Copy)]
pub struct Row<'r> {
    /// The cells' text, one after the other.
    text: &'r str,
    /// Where each cell ends in `text`.
    ends: &'r [usize],
    /// The bytes between two cells in `text`: 1 (a tab) when read by blocks, 0 when split
    /// by `csv_core`.
    gap: usize,
    /// The cells typed ahead by a reader thread (text cells hold no text, `None` does not fit
    /// its type), when they were.
    typed: Option<&'r [Option<Cell<'static>>]>,
    line: u64,
    columns: &'r ReportColumns,
    money_in_micros: bool,
}

impl fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for i in 0..self.len() {
            let name = self.columns.names.get(i).map_or("?", String::as_str);
            map.entry(&name, &self.text(i).unwrap_or("?"));
        }
        map.finish()
    }
}

impl<'r> Row<'r> {
    /// A row read by blocks: `text` has the cells separated by tabs; `typed` are its cells
    /// typed ahead (unless its block is not all UTF-8).
    pub(crate) fn typed_ahead(
        text: &'r str,
        ends: &'r [usize],
        typed: Option<&'r [Option<Cell<'static>>]>,
        line: u64,
        columns: &'r ReportColumns,
        money_in_micros: bool,
    ) -> Self {
        Row {
            text,
            ends,
            gap: 1,
            typed,
            line,
            columns,
            money_in_micros,
        }
    }

    /// The line of the report this row was on (1 is the first line of the body).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// How many cells.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the row has no cells.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The report's columns.
    pub fn columns(&self) -> &'r ReportColumns {
        self.columns
    }

    /// Whether money cells are micros.
    pub fn money_in_micros(&self) -> bool {
        self.money_in_micros
    }

    /// The text of cell `i` as the report has it (`--` included).
    pub fn text(&self, i: usize) -> Result<&'r str, ReportReadError> {
        let start = match i {
            0 => 0,
            _ => self
                .ends
                .get(i - 1)
                .map_or(usize::MAX, |&end| end + self.gap),
        };
        // Cells end at a tab or a line end, so the slice is on character boundaries.
        self.ends
            .get(i)
            .and_then(|&end| self.text.get(start..end))
            .ok_or_else(|| self.cell_error(i, "no such cell".into()))
    }

    /// Cell `i`, typed by its column.
    pub fn cell(&self, i: usize) -> Result<Cell<'r>, ReportReadError> {
        if let Some(Some(cell)) = self.typed.and_then(|typed| typed.get(i)) {
            return self.with_text(*cell, i);
        }
        let text = self.text(i)?;
        let field_type = self
            .columns
            .types
            .get(i)
            .copied()
            .unwrap_or(ReportFieldType::Text);
        parse_cell(text, field_type, self.money_in_micros).ok_or_else(|| {
            let form = match (field_type, self.money_in_micros) {
                (ReportFieldType::Money, true) => "money in micros (a whole number)",
                (ReportFieldType::Money, false) => "money in currency units (like 12.34)",
                (ReportFieldType::Integer, _) => "a whole number",
                (ReportFieldType::Decimal, _) | (ReportFieldType::Percent, _) => "a decimal number",
                (ReportFieldType::Date, _) => "a YYYY-MM-DD date",
                _ => "text",
            };
            let mut error = self.cell_error(i, format!("`{text}` is not {form}"));
            error.kind = ReadErrorKind::BadCell;
            error
        })
    }

    /// The cell of column `name`, typed; `Ok(None)` when the report has no such column.
    pub fn get(&self, name: &str) -> Result<Option<Cell<'r>>, ReportReadError> {
        match self.columns.position(name) {
            Some(i) => self.cell(i).map(Some),
            None => Ok(None),
        }
    }

    /// A cell typed ahead, its text put back.
    fn with_text(&self, cell: Cell<'static>, i: usize) -> Result<Cell<'r>, ReportReadError> {
        Ok(match cell {
            Cell::Text(_) => Cell::Text(self.text(i)?),
            Cell::Enum(_) => Cell::Enum(self.text(i)?),
            typed => typed,
        })
    }

    /// Every cell, typed, in column order.
    pub fn cells(&self) -> impl Iterator<Item = Result<Cell<'r>, ReportReadError>> + '_ {
        let mut start = 0;
        self.ends.iter().enumerate().map(move |(i, &end)| {
            let text = self.text.get(start..end);
            start = end + self.gap;
            if let Some(typed) = self.typed {
                // The text is put back into a text cell typed ahead from the slice at hand.
                return match (typed.get(i), text) {
                    (Some(Some(Cell::Text(_))), Some(text)) => Ok(Cell::Text(text)),
                    (Some(Some(Cell::Enum(_))), Some(text)) => Ok(Cell::Enum(text)),
                    (Some(Some(Cell::Text(_) | Cell::Enum(_))), None) => self.cell(i),
                    (Some(Some(cell)), _) => Ok(*cell),
                    // The slow path names the fault.
                    _ => self.cell(i),
                };
            }
            let field_type = self
                .columns
                .types
                .get(i)
                .copied()
                .unwrap_or(ReportFieldType::Text);
            match text.and_then(|text| parse_cell(text, field_type, self.money_in_micros)) {
                Some(cell) => Ok(cell),
                // The slow path names the fault.
                None => self.cell(i),
            }
        })
    }

    /// The row as column name -> owned typed value.
    pub fn to_map(&self) -> Result<HashMap<String, Value>, ReportReadError> {
        (0..self.len())
            .map(|i| {
                let name = self.columns.names.get(i).cloned().unwrap_or_default();
                self.cell(i).map(|c| (name, c.to_owned_value()))
            })
            .collect()
    }

    /// The row as owned typed values in column order.
    pub fn to_values(&self) -> Result<Vec<Value>, ReportReadError> {
        self.cells()
            .map(|c| c.map(|c| c.to_owned_value()))
            .collect()
    }

    fn cell_error(&self, i: usize, message: String) -> ReportReadError {
        ReportReadError {
            kind: ReadErrorKind::Malformed,
            line: Some(self.line),
            column: self.columns.names.get(i).cloned(),
            message,
        }
    }
}

/// The accessors [`ReportReader`] and [`ReportStream`](super::ReportStream) share: what their
/// `core` has read so far, and the bytes counted in their field `$bytes` (documented by
/// `$bytes_doc`).
macro_rules! progress_accessors {
    ($bytes:ident, $bytes_doc:literal) => {
        /// The columns: known once the column names were read (after the first row, or at the
        /// end of a report without rows).
        pub fn columns(&self) -> &$crate::reports::ReportColumns {
            self.core.columns()
        }

        /// The title line, once read.
        pub fn title(&self) -> Option<&str> {
            self.core.title()
        }

        /// `N` of `Total rows: N`, once the end was read.
        pub fn total_rows(&self) -> Option<u64> {
            self.core.total_rows()
        }

        /// The rows read so far.
        pub fn rows_read(&self) -> u64 {
            self.core.rows_read()
        }

        #[doc = $bytes_doc]
        pub fn bytes_read(&self) -> u64 {
            self.$bytes
        }
    };
}
pub(crate) use progress_accessors;

/// The reader threads `options` ask for: 0 to read on the caller's thread alone.
pub(crate) fn reader_threads(options: &ReadOptions) -> usize {
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        threads => threads,
    };
    if threads > 1 {
        threads
    } else {
        0
    }
}

/// Reads a report from any [`Read`] (a file, a decompressor, ...) row by row at constant
/// memory. The rows are split and typed by blocks of whole lines: on the caller's thread
/// ([`ReadOptions::threads`] 1) or on reader threads, a bounded number of blocks in flight
/// ([`ReadOptions::memory_limit`]); rows, cells and errors are the same either way.
pub struct ReportReader<R> {
    source: R,
    buffer: Box<[u8]>,
    start: usize,
    end: usize,
    eof: bool,
    core: ReportCore,
    bytes_read: u64,
    /// The reader threads to read the rows by blocks with (0: the caller's thread), until the
    /// head was read; `None` after it, or to read record by record.
    by_blocks: Option<usize>,
    blocks: Option<BlockReader>,
}

impl<R: Read> ReportReader<R> {
    /// A reader of `source` laid out and typed as `options` say.
    pub fn new(source: R, options: ReadOptions) -> Self {
        let threads = reader_threads(&options);
        let mut reader = Self::record_by_record(source, options);
        reader.core.stop_before_rows(true);
        reader.by_blocks = Some(threads);
        reader
    }

    /// A reader that splits every record with `csv_core` as it comes: the reference the block
    /// reader is checked against.
    pub(crate) fn record_by_record(source: R, options: ReadOptions) -> Self {
        ReportReader {
            source,
            buffer: vec![0; 256 << 10].into_boxed_slice(),
            start: 0,
            end: 0,
            eof: false,
            core: ReportCore::new(options),
            bytes_read: 0,
            by_blocks: None,
            blocks: None,
        }
    }

    /// The next row; `Ok(None)` at the end of a complete report (its summary checked).
    #[allow(clippy::should_implement_trait)] // a row borrows the reader: not an `Iterator`
    pub fn next_row(&mut self) -> Result<Option<Row<'_>>, ReportReadError> {
        if let Some(threads) = self.by_blocks {
            self.read_head(threads)?;
        }
        if self.blocks.is_some() {
            return self.next_row_of_blocks();
        }
        loop {
            if self.start == self.end && !self.eof {
                self.fill()?;
                continue;
            }
            let (used, step) = self
                .core
                .feed(&self.buffer[self.start..self.end], self.eof)?;
            self.start += used;
            match step {
                Step::Row => return self.core.row().map(Some),
                Step::End => return Ok(None),
                Step::NeedInput | Step::RowsFollow => {}
            }
        }
    }

    fn next_row_of_blocks(&mut self) -> Result<Option<Row<'_>>, ReportReadError> {
        match &mut self.blocks {
            Some(blocks) => blocks.next_row(&mut self.core, &mut self.source, &mut self.bytes_read),
            None => Ok(None),
        }
    }

    /// Reads the title and the column names here, then hands the rows to reader threads; a
    /// report that ends within its head is read here to its end.
    fn read_head(&mut self, threads: usize) -> Result<(), ReportReadError> {
        loop {
            if self.start == self.end {
                if self.eof {
                    break;
                }
                self.fill()?;
                continue;
            }
            let (used, step) = self.core.feed(&self.buffer[self.start..self.end], false)?;
            self.start += used;
            if let Step::RowsFollow = step {
                let rest = self.buffer[self.start..self.end].to_vec();
                self.start = self.end;
                self.blocks = Some(BlockReader::new(&self.core, rest, self.eof, threads));
                break;
            }
        }
        self.by_blocks = None;
        self.core.stop_before_rows(false);
        Ok(())
    }

    fn fill(&mut self) -> Result<(), ReportReadError> {
        let n = loop {
            match self.source.read(&mut self.buffer) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(ReportReadError::new(
                        ReadErrorKind::Io,
                        None,
                        format!("reading the report failed: {e}"),
                    ))
                }
            }
        };
        self.bytes_read += n as u64;
        self.start = 0;
        self.end = n;
        self.eof = n == 0;
        Ok(())
    }

    progress_accessors!(bytes_read, "The bytes read from the source so far.");

    /// Every remaining row deserialized into `T` (see [`Row::deserialize`]).
    pub fn deserialize<T: serde::de::DeserializeOwned>(
        self,
    ) -> impl Iterator<Item = Result<T, ReportReadError>> {
        let mut reader = self;
        let mut failed = false;
        std::iter::from_fn(move || {
            if failed {
                return None;
            }
            let item = match reader.next_row() {
                Ok(Some(row)) => Some(row.deserialize::<T>()),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            };
            failed = matches!(item, Some(Err(_)));
            item
        })
    }
}
