//! Reading the rows of a report by blocks, on the caller's thread or on several. A report
//! has no quoted line ends (the API quotes no cell; a `"` is text, as for the record-by-record
//! reader), so the input is cut into blocks of whole lines; each block is checked to be UTF-8
//! once, split into records and cells by one pass of `memchr` over its tabs and line ends
//! (the same records `csv_core` makes without quoting: `\r`, `\n` and `\r\n` end a line,
//! blank lines are skipped), and every cell is typed without copying its text. The rows are
//! handed out in order as views into their block, checking the layout (cells per row,
//! `Total rows: N`) and naming the same lines and columns as the record-by-record reader. A
//! fixed number of blocks is in flight, so memory stays bounded whatever the size of the
//! report.

use std::collections::VecDeque;
use std::io::Read;
use std::sync::{mpsc, Arc, Mutex};

use super::reader::{utf8_error, width_error, ReadErrorKind, ReportCore, ReportReadError, Row};
use super::types::{parse_cell, Cell, ReportFieldType};

/// The worst memory of a parsed block per byte of its text: the text, and per cell (at least
/// two bytes of text, its tab or line end included) its end and its typed value.
const WORST_BYTES_PER_BYTE: usize =
    1 + (std::mem::size_of::<usize>() + std::mem::size_of::<Option<Cell<'static>>>()) / 2;

/// Blocks read to their end kept to parse others into (their memory used again).
const SPARE_BLOCKS: usize = 2;

/// The byte order mark `csv_core` drops at the start of what it reads.
const BYTE_ORDER_MARK: &[u8] = b"\xef\xbb\xbf";

/// How the cells of each column are typed.
struct Typing {
    types: Vec<ReportFieldType>,
    money_in_micros: bool,
}

/// One record of a block.
struct RecordSpan {
    /// Its text in the block's text, tabs included, line end excluded.
    start: usize,
    end: usize,
    /// Its cells in the block's `ends` and `typed`.
    first_cell: usize,
    cells: usize,
}

/// A block of whole lines, split into records and typed.
struct ParsedBlock {
    /// The block as read; the bytes when they are not all UTF-8 (each row is then checked
    /// alone, to name its line).
    text: Result<String, Vec<u8>>,
    /// Where each cell ends (at its tab or line end), from the start of its record.
    ends: Vec<usize>,
    records: Vec<RecordSpan>,
    /// Every cell typed (text cells without their text, `None`: does not fit its type);
    /// empty when the text is not all UTF-8.
    typed: Vec<Option<Cell<'static>>>,
}

impl ParsedBlock {
    fn bytes(&self) -> &[u8] {
        match &self.text {
            Ok(text) => text.as_bytes(),
            Err(bytes) => bytes,
        }
    }

    /// The text of a record, for the summary.
    fn record_bytes(&self, record: &RecordSpan) -> &[u8] {
        &self.bytes()[record.start..record.end]
    }

    /// The block's text, its memory to read another block into.
    fn take_buffer(&mut self) -> Vec<u8> {
        std::mem::replace(&mut self.text, Ok(String::new()))
            .map_or_else(|bytes| bytes, String::into_bytes)
    }
}

/// A block given to the reader threads, and where its answer goes.
struct Job {
    input: Vec<u8>,
    /// A block read to its end, whose memory is used again.
    reuse: Option<ParsedBlock>,
    strip_bom: bool,
    answer: mpsc::SyncSender<ParsedBlock>,
}

/// A block parsed, or being parsed.
enum Pending {
    Parsed(ParsedBlock),
    Parsing(mpsc::Receiver<ParsedBlock>),
}

/// Splits `input` (whole lines, but the report's last may have no line end) into records and
/// types their cells; `reuse` lends its vectors.
fn parse_block(
    mut input: Vec<u8>,
    strip_bom: bool,
    typing: &Typing,
    reuse: Option<ParsedBlock>,
) -> ParsedBlock {
    let (mut ends, mut records, mut typed) = match reuse {
        Some(block) => (block.ends, block.records, block.typed),
        None => Default::default(),
    };
    ends.clear();
    records.clear();
    typed.clear();
    // Only the report's start may lose a byte order mark, as with `csv_core`.
    if strip_bom && input.starts_with(BYTE_ORDER_MARK) {
        input.drain(..BYTE_ORDER_MARK.len());
    }
    let text = String::from_utf8(input).map_err(|e| e.into_bytes());
    let mut cells = Cells {
        ends: &mut ends,
        records: &mut records,
        typed: &mut typed,
        typing,
    };
    match &text {
        Ok(text) => cells.split(text.as_bytes(), Some(text)),
        Err(bytes) => cells.split(bytes, None),
    }
    ParsedBlock {
        text,
        ends,
        records,
        typed,
    }
}

/// What splitting a block fills.
struct Cells<'a> {
    ends: &'a mut Vec<usize>,
    records: &'a mut Vec<RecordSpan>,
    typed: &'a mut Vec<Option<Cell<'static>>>,
    typing: &'a Typing,
}

impl Cells<'_> {
    /// Splits `bytes` into records at `\r` and `\n` (skipping blank lines) and into cells at
    /// tabs; types each cell when `text` (the same bytes) is given.
    fn split(&mut self, bytes: &[u8], text: Option<&str>) {
        let mut record_start = 0;
        let line_ends = memchr::memchr2_iter(b'\n', b'\r', bytes).chain(Some(bytes.len()));
        for line_end in line_ends {
            // A blank line, the `\n` of `\r\n`, or the end after a line end.
            if line_end > record_start {
                self.line(bytes, text, record_start, line_end);
            }
            record_start = line_end + 1;
        }
    }

    /// The record `bytes[start..end]`: its cells at its tabs.
    fn line(&mut self, bytes: &[u8], text: Option<&str>, start: usize, end: usize) {
        let first_cell = self.ends.len();
        let mut cell_start = start;
        let line = &bytes[start..end];
        let mut chunks = line.chunks_exact(8);
        let mut offset = start;
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let mut tabs = tab_bytes(u64::from_le_bytes(word));
            while tabs != 0 {
                let at = offset + (tabs.trailing_zeros() / 8) as usize;
                self.cell(text, cell_start, at, start, first_cell);
                cell_start = at + 1;
                tabs &= tabs - 1;
            }
            offset += 8;
        }
        for (i, &byte) in chunks.remainder().iter().enumerate() {
            if byte == b'\t' {
                self.cell(text, cell_start, offset + i, start, first_cell);
                cell_start = offset + i + 1;
            }
        }
        self.cell(text, cell_start, end, start, first_cell);
        self.records.push(RecordSpan {
            start,
            end,
            first_cell,
            cells: self.ends.len() - first_cell,
        });
    }

    #[inline]
    fn cell(
        &mut self,
        text: Option<&str>,
        start: usize,
        end: usize,
        record_start: usize,
        first_cell: usize,
    ) {
        if let Some(text) = text {
            let field_type = self
                .typing
                .types
                .get(self.ends.len() - first_cell)
                .copied()
                .unwrap_or(ReportFieldType::Text);
            let cell = match field_type {
                // Text is only told from `--`: no parsing, its text found again by its end.
                ReportFieldType::Text | ReportFieldType::Enum => Some(
                    if text.as_bytes().get(start..end) == Some(b"--".as_slice()) {
                        Cell::Missing
                    } else if field_type == ReportFieldType::Text {
                        Cell::Text("")
                    } else {
                        Cell::Enum("")
                    },
                ),
                // Cells end at ASCII bytes, so the slice is on character boundaries.
                typed => text
                    .get(start..end)
                    .and_then(|cell| parse_cell(cell, typed, self.typing.money_in_micros))
                    .map(without_text),
            };
            self.typed.push(cell);
        }
        self.ends.push(end - record_start);
    }
}

/// The high bit of each byte of `word` that is a tab, the other bits clear.
#[inline]
fn tab_bytes(word: u64) -> u64 {
    const LOW_SEVEN: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let zero_if_tab = word ^ 0x0909_0909_0909_0909;
    // Bit 7 of a byte: set when the byte is not zero; no carry crosses bytes.
    let not_zero = (zero_if_tab & LOW_SEVEN).wrapping_add(LOW_SEVEN) | zero_if_tab;
    !(not_zero | LOW_SEVEN)
}

/// A typed cell without its text, to keep beside the block's text.
fn without_text(cell: Cell<'_>) -> Cell<'static> {
    match cell {
        Cell::Missing => Cell::Missing,
        Cell::Integer(v) => Cell::Integer(v),
        Cell::Money(v) => Cell::Money(v),
        Cell::Decimal(v) => Cell::Decimal(v),
        Cell::Percent(v) => Cell::Percent(v),
        Cell::Date(v) => Cell::Date(v),
        Cell::Enum(_) => Cell::Enum(""),
        Cell::Text(_) => Cell::Text(""),
    }
}

/// The error of a row that is not UTF-8, as the record-by-record reader names it (its
/// position counted in the cells' text, without the tabs).
fn row_utf8_error(record: &[u8], line: u64) -> ReportReadError {
    let cells: Vec<u8> = record.iter().copied().filter(|&b| b != b'\t').collect();
    match std::str::from_utf8(&cells) {
        Err(error) => utf8_error(error, line),
        Ok(_) => ReportReadError {
            kind: ReadErrorKind::Malformed,
            line: Some(line),
            column: None,
            message: "the row is not UTF-8".into(),
        },
    }
}

/// The reader threads and the blocks in flight.
pub(crate) struct BlockReader {
    jobs: Option<mpsc::Sender<Job>>,
    threads: usize,
    typing: Arc<Typing>,
    in_flight: VecDeque<Pending>,
    max_in_flight: usize,
    intake: Intake,
    /// The source had no block ready when asked last.
    waiting: bool,
    /// The next block is the start of the report.
    at_report_start: bool,
    /// The current block first, then blocks read ahead to see whether a record is the last.
    ready: VecDeque<ParsedBlock>,
    /// Blocks read to their end, to parse others into.
    spare: Vec<ParsedBlock>,
    next_record: usize,
    /// The records before the current block, the head included.
    lines_before: u64,
    finished: bool,
}

impl BlockReader {
    /// Reads the rows after the head `core` has read; `rest` are the bytes read after it,
    /// `source_done` whether the source has ended; `threads` reader threads parse the blocks
    /// (none: the caller's thread does).
    pub(crate) fn new(core: &ReportCore, rest: Vec<u8>, source_done: bool, threads: usize) -> Self {
        let options = core.options();
        let typing = Arc::new(Typing {
            types: core.columns().types().to_vec(),
            money_in_micros: options.money_in_micros,
        });
        let block_bytes = options.block_bytes.max(1);
        // The current block, one read ahead and the spare blocks are held beside those in
        // flight.
        let max_in_flight = (options.memory_limit
            / block_bytes.saturating_mul(WORST_BYTES_PER_BYTE))
        .saturating_sub(2 + SPARE_BLOCKS)
        .clamp(1, (4 * threads).max(1));
        BlockReader {
            jobs: None,
            threads,
            typing,
            in_flight: VecDeque::new(),
            max_in_flight,
            intake: Intake {
                block_bytes,
                carry: rest,
                source_done,
                read_error: None,
            },
            waiting: false,
            at_report_start: !options.layout.title && !options.layout.column_header,
            ready: VecDeque::new(),
            spare: Vec::new(),
            next_record: 0,
            lines_before: core.lines(),
            finished: false,
        }
    }

    /// Reads blocks from `source` until the next row is ready (`true`, then take it with
    /// [`BlockReader::take_row`]) or the report has ended and was checked (`false`). Called
    /// again after [`Stop::NotYet`], it goes on where it stopped.
    pub(crate) fn advance<S: BlockSource>(
        &mut self,
        core: &mut ReportCore,
        source: &mut S,
    ) -> Result<bool, Stop> {
        if self.finished {
            return Ok(false);
        }
        if !self.find_record(0, source)? {
            self.finish(core, None)?;
            return Ok(false);
        }
        let summary = core.options().layout.summary;
        if summary && !self.find_record(1, source)? {
            // The last record is the summary.
            let block = &self.ready[0];
            let record = &block.records[self.next_record];
            let sole_field = (record.cells == 1).then(|| block.record_bytes(record));
            let line = self.lines_before + self.next_record as u64 + 1;
            self.finished = true;
            core.finish_blocks(Some((sole_field, line)))?;
            return Ok(false);
        }
        Ok(true)
    }

    /// The row [`BlockReader::advance`] found ready.
    pub(crate) fn take_row<'a>(
        &'a mut self,
        core: &'a mut ReportCore,
    ) -> Result<Row<'a>, ReportReadError> {
        let index = self.next_record;
        self.next_record += 1;
        let block = &self.ready[0];
        let record = &block.records[index];
        let line = self.lines_before + index as u64 + 1;
        if let Some(error) = width_error(record.cells, core.columns().len(), line) {
            return Err(error);
        }
        core.count_row();
        let text = match &block.text {
            Ok(text) => text.get(record.start..record.end),
            Err(bytes) => std::str::from_utf8(&bytes[record.start..record.end]).ok(),
        };
        let text = match text {
            Some(text) => text,
            None => return Err(row_utf8_error(block.record_bytes(record), line)),
        };
        let cells = record.first_cell..record.first_cell + record.cells;
        let typed = block.typed.get(cells.clone());
        Ok(Row::typed_ahead(
            text,
            &block.ends[cells],
            typed,
            line,
            core.columns(),
            core.money_in_micros(),
        ))
    }

    /// The next row from a source that always has its blocks at hand (a [`Read`]), as
    /// [`ReportReader::next_row`](super::ReportReader::next_row).
    pub(crate) fn next_row<'a, R: Read>(
        &'a mut self,
        core: &'a mut ReportCore,
        source: &mut R,
        bytes_read: &mut u64,
    ) -> Result<Option<Row<'a>>, ReportReadError> {
        let mut source = FromRead { source, bytes_read };
        match self.advance(core, &mut source) {
            Ok(true) => self.take_row(core).map(Some),
            Ok(false) => Ok(None),
            Err(Stop::Failed(error)) => Err(error),
            // A `Read` blocks until it has bytes or has ended.
            Err(Stop::NotYet) => Err(ReportReadError {
                kind: ReadErrorKind::Io,
                line: None,
                column: None,
                message: "the source gave no block".into(),
            }),
        }
    }

    fn finish(
        &mut self,
        core: &mut ReportCore,
        last: Option<(Option<&[u8]>, u64)>,
    ) -> Result<(), ReportReadError> {
        self.finished = true;
        core.finish_blocks(last)
    }

    /// Whether there is a record `ahead` records after the next one, reading blocks as
    /// needed (the current block stays first in `ready`).
    fn find_record<S: BlockSource>(&mut self, ahead: usize, source: &mut S) -> Result<bool, Stop> {
        if ahead == 0 {
            loop {
                // Drop the blocks read to their end.
                while let Some(block) = self.ready.front() {
                    if self.next_record < block.records.len() {
                        return Ok(true);
                    }
                    self.lines_before += block.records.len() as u64;
                    self.next_record = 0;
                    if let Some(block) = self.ready.pop_front() {
                        if self.spare.len() < SPARE_BLOCKS {
                            self.spare.push(block);
                        }
                    }
                }
                match self.next_block(source)? {
                    Some(block) => self.ready.push_back(block),
                    None => return Ok(false),
                }
            }
        }
        let mut wanted = self.next_record + ahead;
        for block in &self.ready {
            if wanted < block.records.len() {
                return Ok(true);
            }
            wanted -= block.records.len();
        }
        loop {
            let Some(block) = self.next_block(source)? else {
                return Ok(false);
            };
            let found = wanted < block.records.len();
            wanted -= block.records.len().min(wanted);
            self.ready.push_back(block);
            if found {
                return Ok(true);
            }
        }
    }

    /// The next parsed block in order; `None` at the end of the report.
    fn next_block<S: BlockSource>(&mut self, source: &mut S) -> Result<Option<ParsedBlock>, Stop> {
        self.fill_in_flight(source);
        let block = match self.in_flight.pop_front() {
            Some(Pending::Parsed(block)) => block,
            Some(Pending::Parsing(answer)) => answer.recv().map_err(|_| ReportReadError {
                kind: ReadErrorKind::Io,
                line: None,
                column: None,
                message: "a reader thread stopped".into(),
            })?,
            None if self.waiting => return Err(Stop::NotYet),
            None => {
                return match self.intake.read_error.take() {
                    Some(error) => Err(Stop::Failed(error)),
                    None => Ok(None),
                }
            }
        };
        self.fill_in_flight(source);
        Ok(Some(block))
    }

    fn fill_in_flight<S: BlockSource>(&mut self, source: &mut S) {
        self.waiting = false;
        while self.in_flight.len() < self.max_in_flight {
            let mut reuse = self.spare.pop();
            let buffer = reuse.as_mut().map(ParsedBlock::take_buffer);
            let input = match source.read_block(&mut self.intake, buffer) {
                Input::Block(input) => input,
                Input::NotYet => {
                    self.waiting = true;
                    return;
                }
                Input::End => return,
            };
            let strip_bom = std::mem::take(&mut self.at_report_start);
            // A report that fits in one block is read here: no thread for a small file.
            let alone = self.intake.source_done && self.in_flight.is_empty() && self.jobs.is_none();
            let jobs = if alone { None } else { self.jobs() };
            match jobs {
                Some(jobs) => {
                    let (answer, parsed) = mpsc::sync_channel(1);
                    let job = Job {
                        input,
                        reuse,
                        strip_bom,
                        answer,
                    };
                    match jobs.send(job) {
                        Ok(()) => self.in_flight.push_back(Pending::Parsing(parsed)),
                        Err(mpsc::SendError(job)) => {
                            let block = parse_block(job.input, strip_bom, &self.typing, job.reuse);
                            self.in_flight.push_back(Pending::Parsed(block));
                        }
                    }
                }
                None => {
                    let block = parse_block(input, strip_bom, &self.typing, reuse);
                    self.in_flight.push_back(Pending::Parsed(block));
                }
            }
        }
    }

    /// The queue of the reader threads, started on first use; `None` when none could start.
    fn jobs(&mut self) -> Option<&mpsc::Sender<Job>> {
        if self.jobs.is_none() && self.threads > 0 {
            let (sender, receiver) = mpsc::channel::<Job>();
            let receiver = Arc::new(Mutex::new(receiver));
            let mut started = 0;
            for _ in 0..self.threads {
                let receiver = Arc::clone(&receiver);
                let typing = Arc::clone(&self.typing);
                let spawned = std::thread::Builder::new()
                    .name("report-reader".into())
                    .spawn(move || work(&receiver, &typing));
                started += usize::from(spawned.is_ok());
            }
            self.threads = 0;
            if started > 0 {
                self.jobs = Some(sender);
            }
        }
        self.jobs.as_ref()
    }
}

/// Why [`BlockReader::advance`] stopped before a row.
pub(crate) enum Stop {
    /// The report cannot be read on.
    Failed(ReportReadError),
    /// The source has no block at hand yet: give it one, then call again.
    NotYet,
}

impl From<ReportReadError> for Stop {
    fn from(error: ReportReadError) -> Self {
        Stop::Failed(error)
    }
}

/// What a [`BlockSource`] gives.
pub(crate) enum Input {
    /// A block of whole lines (the report's last may have no line end).
    Block(Vec<u8>),
    /// Nothing at hand yet.
    NotYet,
    /// The source has ended.
    End,
}

impl Input {
    fn whole_lines(block: Vec<u8>) -> Input {
        if block.is_empty() {
            Input::End
        } else {
            Input::Block(block)
        }
    }
}

/// What reading blocks from a source keeps between blocks.
pub(crate) struct Intake {
    block_bytes: usize,
    /// Bytes read after the last line end.
    carry: Vec<u8>,
    source_done: bool,
    /// A failed read, told after the rows before it.
    read_error: Option<ReportReadError>,
}

/// Where the blocks of whole lines come from.
pub(crate) trait BlockSource {
    /// The next block, `buffer` the memory of a block read to its end.
    fn read_block(&mut self, intake: &mut Intake, buffer: Option<Vec<u8>>) -> Input;
}

/// Blocks of whole lines read from a [`Read`].
struct FromRead<'s, R> {
    source: &'s mut R,
    bytes_read: &'s mut u64,
}

impl<R: Read> BlockSource for FromRead<'_, R> {
    /// The next block of whole lines from the source.
    fn read_block(&mut self, intake: &mut Intake, buffer: Option<Vec<u8>>) -> Input {
        let mut block = match buffer {
            Some(mut buffer) => {
                buffer.clear();
                buffer.extend_from_slice(&intake.carry);
                intake.carry.clear();
                buffer
            }
            None => std::mem::take(&mut intake.carry),
        };
        if intake.source_done {
            return Input::whole_lines(block);
        }
        let mut target = intake.block_bytes.max(block.len() + 1);
        let mut searched = 0;
        loop {
            if block.len() < target {
                let len = block.len();
                let wanted = target - len;
                block.reserve_exact(wanted);
                // Read into the spare capacity, not zeroed first (for a file).
                let read = (&mut *self.source)
                    .take(wanted as u64)
                    .read_to_end(&mut block);
                *self.bytes_read += (block.len() - len) as u64;
                match read {
                    Ok(n) => intake.source_done = n < wanted,
                    Err(e) => {
                        intake.source_done = true;
                        intake.read_error = Some(ReportReadError {
                            kind: ReadErrorKind::Io,
                            line: None,
                            column: None,
                            message: format!("reading the report failed: {e}"),
                        });
                        // The rows read before it come first; a line not ended is dropped.
                        let complete = block
                            .iter()
                            .rposition(|&b| b == b'\n' || b == b'\r')
                            .map_or(0, |end| end + 1);
                        block.truncate(complete);
                        return Input::whole_lines(block);
                    }
                }
            }
            if intake.source_done {
                return Input::whole_lines(block);
            }
            // Cut after the last line end: csv_core ends a record at `\r` or `\n`, and skips
            // the `\n` of `\r\n` at the start of the next.
            if let Some(end) = block[searched..]
                .iter()
                .rposition(|&b| b == b'\n' || b == b'\r')
            {
                intake.carry.extend_from_slice(&block[searched + end + 1..]);
                block.truncate(searched + end + 1);
                return Input::Block(block);
            }
            // A line longer than a block.
            searched = block.len();
            target = block.len() * 2;
        }
    }
}

/// Blocks of whole lines received by another task (a download), in order.
pub(crate) struct ReceivedBlocks<'s> {
    /// The blocks at hand.
    pub(crate) blocks: &'s mut VecDeque<Vec<u8>>,
    /// No block follows those at hand.
    pub(crate) ended: bool,
}

impl BlockSource for ReceivedBlocks<'_> {
    fn read_block(&mut self, intake: &mut Intake, _buffer: Option<Vec<u8>>) -> Input {
        match self.blocks.pop_front() {
            Some(block) => {
                intake.source_done = self.ended && self.blocks.is_empty();
                Input::Block(block)
            }
            None if self.ended => {
                intake.source_done = true;
                Input::End
            }
            None => Input::NotYet,
        }
    }
}

/// A reader thread: parses blocks until the reader is dropped.
fn work(jobs: &Mutex<mpsc::Receiver<Job>>, typing: &Typing) {
    loop {
        let job = match jobs.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else {
            return;
        };
        let block = parse_block(job.input, job.strip_bom, typing, job.reuse);
        // The reader may be gone.
        let _ = job.answer.send(block);
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::super::reader::{ReadOptions, ReportReader};
    use super::super::types::ReportFieldType;
    use super::super::TsvLayout;

    fn field_types(name: &str) -> Option<ReportFieldType> {
        Some(match name {
            "Date" => ReportFieldType::Date,
            "Clicks" => ReportFieldType::Integer,
            "Cost" => ReportFieldType::Money,
            "Ctr" => ReportFieldType::Percent,
            "Device" => ReportFieldType::Enum,
            _ => return None,
        })
    }

    const COLUMNS: [&str; 6] = ["Date", "CampaignName", "Device", "Clicks", "Ctr", "Cost"];

    /// A report of `rows` rows in `layout`; `line_end` ends every line.
    fn report(rows: usize, layout: TsvLayout, line_end: &str) -> String {
        let mut text = String::new();
        if layout.title {
            let _ = write!(text, "\"bench (2024-01-01 - 2024-12-31)\"{line_end}");
        }
        if layout.column_header {
            let _ = write!(text, "{}{line_end}", COLUMNS.join("\t"));
        }
        for i in 0..rows {
            let cost = if i % 7 == 0 {
                "--".to_owned()
            } else {
                format!("{}.{:02}", i * 3, i % 100)
            };
            let _ = write!(
                text,
                "2024-{:02}-{:02}\tКампания \"{i}\"\t{}\t{}\t{}.{}\t{cost}{line_end}",
                i % 12 + 1,
                i % 28 + 1,
                ["DESKTOP", "MOBILE", "TABLET"][i % 3],
                i * 11,
                i % 100,
                i % 10,
            );
        }
        if layout.summary {
            let _ = write!(text, "Total rows: {rows}{line_end}");
        }
        text
    }

    /// Every row, every cell (typed, one by one and all at once), the first error of the
    /// reader, and what the reader knows at the end, as text.
    fn transcript(input: &[u8], options: ReadOptions, record_by_record: bool) -> Vec<String> {
        let mut reader = if record_by_record {
            ReportReader::record_by_record(input, options)
        } else {
            ReportReader::new(input, options)
        };
        let mut seen = Vec::new();
        for _ in 0..100_000 {
            match reader.next_row() {
                Ok(Some(row)) => {
                    let one_by_one: Vec<_> = (0..row.len() + 1).map(|i| row.cell(i)).collect();
                    let texts: Vec<_> = (0..row.len()).map(|i| row.text(i)).collect();
                    let all: Vec<_> = row.cells().collect();
                    let by_name = row.get("Cost");
                    seen.push(format!(
                        "line {}: {one_by_one:?} {texts:?} {all:?} {by_name:?} {:?}",
                        row.line(),
                        row.to_values()
                    ));
                }
                Ok(None) => break,
                Err(error) => {
                    // A reader is not read on after an error.
                    seen.push(format!("error: {error:?} ({error})"));
                    break;
                }
            }
        }
        seen.push(format!(
            "end: title {:?}, columns {:?} {:?}, total {:?}, rows {}, bytes {}",
            reader.title(),
            reader.columns().names(),
            reader.columns().types(),
            reader.total_rows(),
            reader.rows_read(),
            reader.bytes_read(),
        ));
        seen
    }

    fn options(layout: TsvLayout, threads: usize, block_bytes: usize) -> ReadOptions {
        ReadOptions {
            layout,
            columns: COLUMNS.iter().map(|c| c.to_string()).collect(),
            threads,
            block_bytes,
            ..ReadOptions::new(field_types)
        }
    }

    /// Reads `input` record by record with `csv_core`, and by blocks of several sizes on the
    /// caller's thread and on 2 and 3 threads, and checks that every row, cell and error is
    /// the same; gives the record-by-record transcript.
    fn same_either_way(input: &[u8], layout: TsvLayout) -> Vec<String> {
        same_either_way_in(input, layout, &[1, 5, 64, 333, 4096, 1 << 20])
    }

    fn same_either_way_in(input: &[u8], layout: TsvLayout, block_sizes: &[usize]) -> Vec<String> {
        let alone = transcript(input, options(layout, 1, 1 << 20), true);
        for &block_bytes in block_sizes {
            for threads in [1, 2, 3] {
                let by_blocks = transcript(input, options(layout, threads, block_bytes), false);
                let first_difference = (0..alone.len().max(by_blocks.len()))
                    .find(|&i| alone.get(i) != by_blocks.get(i))
                    .map(|i| (i, alone.get(i), by_blocks.get(i)));
                assert_eq!(
                    first_difference, None,
                    "{threads} threads, blocks of {block_bytes} bytes: (entry, record by record, by blocks)"
                );
            }
        }
        alone
    }

    /// Whether a line of a transcript tells of a fault: the reader's or a cell's.
    fn faulty(line: &str) -> bool {
        line.starts_with("error") || line.contains("BadCell") || line.contains("not UTF-8")
    }

    fn layouts() -> Vec<TsvLayout> {
        let mut layouts = Vec::new();
        for title in [true, false] {
            for column_header in [true, false] {
                for summary in [true, false] {
                    layouts.push(TsvLayout {
                        title,
                        column_header,
                        summary,
                    });
                }
            }
        }
        layouts
    }

    #[test]
    fn valid_reports_read_the_same_by_blocks_in_every_layout() {
        for layout in layouts() {
            for rows in [0, 1, 2, 200] {
                for line_end in ["\n", "\r\n"] {
                    let text = report(rows, layout, line_end);
                    let seen = same_either_way(text.as_bytes(), layout);
                    // Every row was read, plus the end.
                    assert_eq!(seen.len(), rows + 1, "{layout:?} {rows} {seen:?}");
                    assert!(seen.iter().all(|line| !faulty(line)), "{seen:?}");
                }
            }
        }
    }

    #[test]
    fn faults_are_named_the_same_by_blocks() {
        let layout = TsvLayout::default();
        let good = report(200, layout, "\n");
        let lines: Vec<&str> = good.split_inclusive('\n').collect();
        let with_line = |index: usize, line: &str| {
            let mut lines = lines.clone();
            lines[index] = line;
            lines.concat()
        };
        let last_row = lines.len() - 2;
        let faults: Vec<(&str, String)> = vec![
            (
                "more rows than the summary",
                good.replace("Total rows: 200", "Total rows: 199"),
            ),
            (
                "fewer rows than the summary",
                good.replace("Total rows: 200", "Total rows: 201"),
            ),
            ("no summary", lines[..lines.len() - 1].concat()),
            ("cut within a line", good[..good.len() / 2].to_owned()),
            (
                "cut within the last line",
                good[..good.len() - 3].to_owned(),
            ),
            (
                "a bad date in the last row",
                with_line(last_row, "2024-13-01\tx\tMOBILE\t1\t1.0\t2.00\n"),
            ),
            (
                "a bad money cell mid-way",
                with_line(100, "2024-01-01\tx\tMOBILE\t1\t1.0\t2.0000001\n"),
            ),
            (
                "a bad integer in the first row",
                with_line(2, "2024-01-01\tx\tMOBILE\tmany\t1.0\t2.00\n"),
            ),
            (
                "a row too short",
                with_line(150, "2024-01-01\tx\tMOBILE\t1\t1.0\n"),
            ),
            (
                "a row too long in the last row",
                with_line(last_row, "2024-01-01\tx\tMOBILE\t1\t1.0\t2\t3\n"),
            ),
            ("a blank line", with_line(50, "\n")),
            ("a summary mid-way", with_line(60, "Total rows: 200\n")),
            ("no column names", "\"title\"\n".to_owned()),
            ("nothing", String::new()),
        ];
        for (fault, text) in &faults {
            let seen = same_either_way(text.as_bytes(), layout);
            let blank = *fault == "a blank line";
            assert!(
                blank || seen.iter().any(|line| faulty(line)),
                "{fault}: no error in {seen:?}"
            );
        }
        // Not UTF-8: in the last row, and at the start of a line in the middle.
        let mut bytes = good.clone().into_bytes();
        let at = good.rfind("Кампания").unwrap_or(0);
        bytes[at] = 0xff;
        let seen = same_either_way(&bytes, layout);
        assert!(
            seen.iter().any(|line| line.contains("not UTF-8")),
            "{seen:?}"
        );
        let mut bytes = good.clone().into_bytes();
        let at = good.find("2024-05").unwrap_or(0);
        bytes.splice(at..at, [0xef, 0xbb, 0xbf]);
        let seen = same_either_way(&bytes, layout);
        assert!(seen
            .iter()
            .any(|line| line.contains("is not a YYYY-MM-DD date")));
        // A byte order mark at the start of a report without a head is dropped either way.
        let no_head = TsvLayout {
            title: false,
            column_header: false,
            summary: true,
        };
        let text = format!("\u{feff}{}", report(20, no_head, "\n"));
        let seen = same_either_way(text.as_bytes(), no_head);
        assert!(seen.iter().all(|line| !faulty(line)), "{seen:?}");
    }

    #[test]
    fn quotes_are_text_and_line_ends_split_as_csv_core_does() {
        let layout = TsvLayout::default();
        let head = format!("\"title\"\n{}\n", COLUMNS.join("\t"));
        let rows = [
            // A quoted cell holding a tab is two cells: the API quotes nothing.
            "2024-01-01\t\"a\tb\"\tMOBILE\t1\t1.0\n",
            "2024-01-01\t\"quoted\"\tMOBILE\t1\t1.0\t2.00\n",
            "2024-01-02\t\"\tDESKTOP\t\"3\"\t1.0\t2.00\n",
            // Line ends: `\r\n`, a lone `\r`, blank lines between rows.
            "2024-01-03\tcr lf\tTABLET\t3\t1.5\t--\r\n",
            "2024-01-04\tcr\tTABLET\t4\t1.5\t--\r",
            "\n\r\n\n",
            "2024-01-05\t\tTABLET\t5\t1.5\t0.01\n",
        ];
        let body = rows.concat();
        for summary in [
            "Total rows: 6\n",
            "Total rows: 6",
            "Total rows: 6\r\n\n",
            "",
        ] {
            let text = format!("{head}{body}{summary}");
            let seen = same_either_way(text.as_bytes(), layout);
            assert!(
                seen.iter().any(|line| line.contains("\\\"quoted\\\"")),
                "{seen:?}"
            );
        }
    }

    #[test]
    fn blocks_that_end_mid_row_and_a_bad_cell_in_the_last_block() {
        let layout = TsvLayout::default();
        let good = report(50, layout, "\n");
        // Every block size from one byte to two lines: blocks end at every place in a row.
        let sizes: Vec<usize> = (1..120).collect();
        let seen = same_either_way_in(good.as_bytes(), layout, &sizes);
        assert!(seen.iter().all(|line| !faulty(line)), "{seen:?}");
        assert_eq!(seen.len(), 51);
        let bad = good.replace("2024-02-22\t", "2024-02-30\t");
        assert_ne!(bad, good);
        let seen = same_either_way_in(bad.as_bytes(), layout, &[64, 4096, 1 << 20]);
        assert!(seen.iter().any(|line| line.contains("BadCell")), "{seen:?}");
    }

    /// A tiny deterministic generator: the tests need no randomness crate.
    struct XorShift(u64);

    impl XorShift {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    #[test]
    fn random_inputs_read_the_same_by_blocks_as_by_csv_core() {
        // Pieces of cells, separators and faults: quotes, line ends of every kind, byte order
        // marks, bytes that are not UTF-8, summaries, cells that do or do not fit their type.
        let pieces: [&[u8]; 22] = [
            b"\t",
            b"\t",
            b"\t",
            b"\n",
            b"\n",
            b"\r\n",
            b"\r",
            b"\"",
            b"--",
            b"2024-01-01",
            b"2024-02-30",
            b"12",
            b"-7",
            b"1.5",
            b"3.25",
            b"MOBILE",
            "\u{41a}".as_bytes(),
            b"\xef\xbb\xbf",
            b"\xff",
            b"Total rows: 3",
            b"Total rows: 1\n",
            b"x",
        ];
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        for case in 0..300 {
            let mut input = Vec::new();
            if case % 3 == 0 {
                input.extend_from_slice(b"\xef\xbb\xbf");
            }
            for _ in 0..rng.below(60) {
                input.extend_from_slice(pieces[rng.below(pieces.len())]);
            }
            let layout = layouts()[case % 8];
            same_either_way_in(&input, layout, &[1, 7, 1 << 20]);
        }
        // Rows that fit the columns, with faults sprinkled in.
        for case in 0..100 {
            let mut text = report(20, TsvLayout::default(), "\n").into_bytes();
            for _ in 0..rng.below(3) {
                let at = rng.below(text.len());
                let piece = pieces[rng.below(pieces.len())];
                text.splice(at..at, piece.iter().copied());
            }
            let layout = if case % 2 == 0 {
                TsvLayout::default()
            } else {
                layouts()[case % 8]
            };
            same_either_way_in(&text, layout, &[1, 13, 256, 1 << 20]);
        }
    }

    /// A source that gives a few bytes at a time, is interrupted now and then, and fails
    /// after `fail_after` bytes when asked.
    struct Flaky<'a> {
        text: &'a [u8],
        calls: usize,
        fail_after: Option<usize>,
    }

    impl std::io::Read for Flaky<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.calls += 1;
            if self.calls.is_multiple_of(3) {
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            if self.fail_after.is_some_and(|at| at == 0) {
                return Err(std::io::Error::other("the disk is gone"));
            }
            let mut n = buf.len().min(self.text.len()).min(7 + self.calls % 50);
            if let Some(at) = &mut self.fail_after {
                n = n.min(*at);
                *at -= n;
            }
            buf[..n].copy_from_slice(&self.text[..n]);
            self.text = &self.text[n..];
            Ok(n)
        }
    }

    /// Blocks are read into memory not zeroed first, by as many reads as it takes: sources
    /// that give a few bytes at a time, are interrupted, or fail midway read the same by
    /// blocks as record by record.
    #[test]
    fn sources_that_give_little_are_interrupted_or_fail_read_the_same() {
        let layout = TsvLayout::default();
        let text = report(300, layout, "\n");
        for fail_after in [None, Some(0), Some(40), Some(5000), Some(text.len() - 3)] {
            let read = |threads: usize, block_bytes: usize, record_by_record: bool| {
                let source = Flaky {
                    text: text.as_bytes(),
                    calls: 0,
                    fail_after,
                };
                let options = options(layout, threads, block_bytes);
                let mut reader = if record_by_record {
                    ReportReader::record_by_record(source, options)
                } else {
                    ReportReader::new(source, options)
                };
                let mut seen = Vec::new();
                loop {
                    match reader.next_row() {
                        Ok(Some(row)) => {
                            seen.push(format!("{}: {:?}", row.line(), row.to_values()))
                        }
                        Ok(None) => break,
                        Err(error) => {
                            seen.push(format!("error: {error:?}"));
                            break;
                        }
                    }
                }
                seen.push(format!("total {:?}", reader.total_rows()));
                seen
            };
            let expected = read(1, 1 << 20, true);
            match fail_after {
                None => assert_eq!(expected.len(), 301, "{expected:?}"),
                Some(_) => assert!(expected[expected.len() - 2].contains("the disk is gone")),
            }
            for threads in [1, 2] {
                for block_bytes in [1, 100, 4096] {
                    assert_eq!(
                        read(threads, block_bytes, false),
                        expected,
                        "{fail_after:?}, {threads} threads, blocks of {block_bytes}"
                    );
                }
            }
        }
    }

    /// Text and enum cells are typed without parsing: `--` is missing, anything else (`-`,
    /// `---`, `--x`, empty) is their text, as record by record.
    #[test]
    fn text_and_enum_cells_are_missing_only_when_they_are_dashes() {
        let layout = TsvLayout::default();
        let good = report(20, layout, "\n");
        let mut lines: Vec<String> = good.lines().map(str::to_owned).collect();
        let odd = ["--", "-", "---", "--x", "", "x--"];
        for (i, text) in odd.iter().enumerate() {
            let mut cells: Vec<&str> = lines[i + 2].split('\t').collect();
            cells[1] = text;
            cells[2] = odd[(i + 1) % odd.len()];
            lines[i + 2] = cells.join("\t");
        }
        let text = lines.join("\n") + "\n";
        let seen = same_either_way(text.as_bytes(), layout);
        assert_eq!(seen.len(), 21, "{seen:?}");
        assert!(seen[0].contains("Missing"), "{}", seen[0]);
        assert!(seen[1].contains("Text(\"-\")"), "{}", seen[1]);
        assert!(seen[5].contains("Missing"), "{}", seen[5]);
    }
}
