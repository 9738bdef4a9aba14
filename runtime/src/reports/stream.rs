//! A report being downloaded: rows read as the body arrives, progress told to a callback.

use std::time::Duration;

use crate::client::StreamingBody;
use crate::error::Error;

use std::collections::VecDeque;

use super::blocks::{BlockReader, ReceivedBlocks, Stop};
use super::reader::{reader_threads, ReadOptions, ReportCore, ReportReadError, Row, Step};
use super::write::{OutputFormat, RowWriter, WriteError};

/// Where a report is, as told to a progress callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportProgress {
    /// HTTP 201: the report was accepted into the offline queue; asked again after
    /// `retry_in`.
    Queued {
        /// The answers 201/202 so far, this one included.
        polls: u32,
        /// The pause before asking again.
        retry_in: Duration,
        /// The `reportsInQueue` header: the advertiser's reports in the queue.
        reports_in_queue: Option<u32>,
    },
    /// HTTP 202: the report is being built; asked again after `retry_in`.
    Building {
        /// The answers 201/202 so far, this one included.
        polls: u32,
        /// The pause before asking again.
        retry_in: Duration,
        /// The `reportsInQueue` header.
        reports_in_queue: Option<u32>,
    },
    /// The report is arriving: bytes of the body (after decompression) and rows so far.
    Downloading {
        /// Bytes received so far.
        bytes: u64,
        /// Rows read so far.
        rows: u64,
    },
    /// The whole report was read and checked against its `Total rows: N`.
    Done {
        /// Bytes received.
        bytes: u64,
        /// Rows read.
        rows: u64,
    },
}

/// A caller's progress callback.
pub type ProgressFn = Box<dyn FnMut(&ReportProgress) + Send>;

/// The answer to "is this report ready?" ([`Client::report_status`](crate::Client::report_status)).
pub enum ReportStatus {
    /// Ready: the rows can be read.
    Ready(Box<ReportStream>),
    /// HTTP 201: in the offline queue.
    Queued {
        /// The server's `retryIn`, when it sent a usable one.
        retry_in: Option<Duration>,
        /// The `reportsInQueue` header.
        reports_in_queue: Option<u32>,
    },
    /// HTTP 202: being built.
    Building {
        /// The server's `retryIn`, when it sent a usable one.
        retry_in: Option<Duration>,
        /// The `reportsInQueue` header.
        reports_in_queue: Option<u32>,
    },
}

impl std::fmt::Debug for ReportStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportStatus::Ready(stream) => f.debug_tuple("Ready").field(stream).finish(),
            ReportStatus::Queued {
                retry_in,
                reports_in_queue,
            } => f
                .debug_struct("Queued")
                .field("retry_in", retry_in)
                .field("reports_in_queue", reports_in_queue)
                .finish(),
            ReportStatus::Building {
                retry_in,
                reports_in_queue,
            } => f
                .debug_struct("Building")
                .field("retry_in", retry_in)
                .field("reports_in_queue", reports_in_queue)
                .finish(),
        }
    }
}

/// How often the progress callback hears of the download: every this many bytes.
const PROGRESS_EVERY: u64 = 1 << 20;

/// Blocks of the body received (and decompressed) ahead of the reader: memory stays bounded
/// by these and the reader's blocks in flight.
const BLOCKS_AHEAD: usize = 4;

/// What the receiving side gives: a block of whole lines and the bytes received for it, the
/// end of the body, or why it failed.
type Received = Result<Option<(Vec<u8>, u64)>, Error>;

/// Where the blocks of the body come from: the response itself until the first read, then a
/// task that receives, decompresses and cuts them while the caller's task (or the reader's
/// threads) parses them, so that a download takes the longer of the two, not their sum.
enum Chunks {
    Response(Option<Box<(reqwest::Response, BlockCutter)>>),
    Task {
        blocks: tokio::sync::mpsc::Receiver<Received>,
        task: tokio::task::JoinHandle<()>,
    },
}

impl Drop for Chunks {
    fn drop(&mut self) {
        if let Chunks::Task { task, .. } = self {
            task.abort();
        }
    }
}

/// The next chunk of `response`, `None` at its end.
async fn receive(
    response: &mut reqwest::Response,
    timeout: Duration,
    request_id: &Option<String>,
) -> Result<Option<bytes::Bytes>, Error> {
    match tokio::time::timeout(timeout, response.chunk()).await {
        Ok(chunk) => chunk.map_err(|e| crate::client::transport(e, timeout, request_id.clone())),
        Err(_) => Err(Error::Timeout(timeout)),
    }
}

/// Cuts the chunks of a body into blocks of whole lines of about `block_bytes`.
struct BlockCutter {
    block_bytes: usize,
    /// Received after the last block.
    carry: Vec<u8>,
    ended: bool,
    /// A failed receive, told after the whole lines before it.
    failed: Option<Error>,
}

impl BlockCutter {
    /// The next block of `response`; `None` at its end.
    async fn next_block(
        &mut self,
        response: &mut reqwest::Response,
        timeout: Duration,
        request_id: &Option<String>,
    ) -> Received {
        if let Some(error) = self.failed.take() {
            return Err(error);
        }
        let mut received = 0;
        while !self.ended {
            match receive(response, timeout, request_id).await {
                Ok(Some(chunk)) => {
                    received += chunk.len() as u64;
                    let before = self.carry.len();
                    self.carry.extend_from_slice(&chunk);
                    if self.carry.len() >= self.block_bytes {
                        if let Some(end) = memchr::memrchr2(b'\n', b'\r', &self.carry[before..]) {
                            return Ok(Some((self.cut(before + end + 1), received)));
                        }
                    }
                }
                Ok(None) => self.ended = true,
                Err(error) => {
                    // The rows before the fault are read first, as when reading record by
                    // record.
                    let complete = memchr::memrchr2(b'\n', b'\r', &self.carry).map_or(0, |e| e + 1);
                    self.ended = true;
                    if complete == 0 {
                        return Err(error);
                    }
                    self.failed = Some(error);
                    return Ok(Some((self.cut(complete), received)));
                }
            }
        }
        let last = std::mem::take(&mut self.carry);
        Ok((!last.is_empty()).then_some((last, received)))
    }

    /// The first `at` bytes received, the rest kept.
    fn cut(&mut self, at: usize) -> Vec<u8> {
        let mut rest = Vec::with_capacity(self.block_bytes.max(self.carry.len() - at));
        rest.extend_from_slice(&self.carry[at..]);
        let mut block = std::mem::replace(&mut self.carry, rest);
        block.truncate(at);
        block
    }
}

/// Receives the whole body into `blocks`, until it ends, fails or the reader is gone.
async fn receive_all(
    mut response: reqwest::Response,
    mut cutter: BlockCutter,
    timeout: Duration,
    request_id: Option<String>,
    blocks: tokio::sync::mpsc::Sender<Received>,
) {
    loop {
        let received = cutter.next_block(&mut response, timeout, &request_id).await;
        let last = !matches!(received, Ok(Some(_)));
        if blocks.send(received).await.is_err() || last {
            return;
        }
    }
}

/// A report whose rows are read as its body arrives, at constant memory. The login's slot of
/// requests in flight is held until the stream is read to its end or dropped.
pub struct ReportStream {
    body: Chunks,
    slot: Option<crate::limiter::Slot>,
    idle_timeout: Duration,
    /// The block the head (title, column names) is read from.
    chunk: Vec<u8>,
    position: usize,
    eof: bool,
    finished: bool,
    core: ReportCore,
    /// Reader threads for the rows (0: the caller's task), until the head was read.
    by_blocks: Option<usize>,
    /// The rows after the head, read by blocks.
    blocks: Option<BlockReader>,
    /// Blocks received and not yet given to `blocks`.
    received: VecDeque<Vec<u8>>,
    bytes: u64,
    last_progress: u64,
    progress: Option<ProgressFn>,
    request_id: Option<String>,
    reports_in_queue: Option<u32>,
    polls: u32,
}

impl std::fmt::Debug for ReportStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportStream")
            .field("request_id", &self.request_id)
            .field("bytes", &self.bytes)
            .field("rows", &self.core.rows_read())
            .finish()
    }
}

impl ReportStream {
    pub(crate) fn new(
        body: StreamingBody,
        options: ReadOptions,
        request_id: Option<String>,
        reports_in_queue: Option<u32>,
        progress: Option<ProgressFn>,
    ) -> Self {
        let StreamingBody {
            first,
            response,
            slot,
            idle_timeout,
        } = body;
        let bytes = first.len() as u64;
        let cutter = BlockCutter {
            block_bytes: options.block_bytes.max(1),
            carry: first.to_vec(),
            ended: false,
            failed: None,
        };
        let threads = reader_threads(&options);
        let mut core = ReportCore::new(options);
        core.stop_before_rows(true);
        ReportStream {
            body: Chunks::Response(Some(Box::new((response, cutter)))),
            slot,
            idle_timeout,
            chunk: Vec::new(),
            position: 0,
            eof: false,
            finished: false,
            core,
            by_blocks: Some(threads),
            blocks: None,
            received: VecDeque::new(),
            bytes,
            last_progress: 0,
            progress,
            request_id,
            reports_in_queue,
            polls: 0,
        }
    }

    pub(crate) fn with_progress(mut self, progress: Option<ProgressFn>) -> Self {
        self.progress = progress;
        // The first bytes came with the answer: the download has started.
        let event = ReportProgress::Downloading {
            bytes: self.bytes,
            rows: 0,
        };
        self.last_progress = self.bytes;
        if let Some(progress) = &mut self.progress {
            progress(&event);
        }
        self
    }

    pub(crate) fn set_polls(&mut self, polls: u32) {
        self.polls = polls;
    }

    /// The next row; `Ok(None)` once the whole report was read and its `Total rows: N`
    /// matched. A body cut short is an error (see [`report_read_error`](super::report_read_error)),
    /// never a short report.
    pub async fn next_row(&mut self) -> Result<Option<Row<'_>>, Error> {
        if let Some(threads) = self.by_blocks {
            self.read_head(threads).await?;
        }
        if self.blocks.is_some() {
            return self.next_row_of_blocks().await;
        }
        loop {
            if self.position == self.chunk.len() && !self.eof {
                self.next_chunk().await?;
                continue;
            }
            let input = &self.chunk[self.position..];
            let (used, step) = self
                .core
                .feed(input, self.eof)
                .map_err(|e| read_error(e, &self.request_id))?;
            self.position += used;
            match step {
                Step::Row => {
                    return self
                        .core
                        .row()
                        .map(Some)
                        .map_err(|e| read_error(e, &self.request_id))
                }
                Step::End => {
                    self.done();
                    return Ok(None);
                }
                Step::NeedInput | Step::RowsFollow => {}
            }
        }
    }

    /// Reads the title and the column names here, then the rows by blocks; a report that
    /// ends within its head is read record by record to its end.
    async fn read_head(&mut self, threads: usize) -> Result<(), Error> {
        loop {
            if self.position == self.chunk.len() {
                if self.eof {
                    break;
                }
                self.next_chunk().await?;
                continue;
            }
            let (used, step) = self
                .core
                .feed(&self.chunk[self.position..], false)
                .map_err(|e| read_error(e, &self.request_id))?;
            self.position += used;
            if let Step::RowsFollow = step {
                // Blocks end at line ends: the rest of this one is whole lines.
                let rest = self.chunk.split_off(self.position);
                self.chunk.clear();
                self.position = 0;
                if !rest.is_empty() {
                    self.received.push_front(rest);
                }
                self.blocks = Some(BlockReader::new(&self.core, Vec::new(), false, threads));
                break;
            }
        }
        self.by_blocks = None;
        self.core.stop_before_rows(false);
        Ok(())
    }

    async fn next_row_of_blocks(&mut self) -> Result<Option<Row<'_>>, Error> {
        loop {
            let Some(blocks) = &mut self.blocks else {
                return Ok(None);
            };
            let mut source = ReceivedBlocks {
                blocks: &mut self.received,
                ended: self.eof,
            };
            match blocks.advance(&mut self.core, &mut source) {
                Ok(true) => break,
                Ok(false) => {
                    self.done();
                    return Ok(None);
                }
                Err(Stop::Failed(error)) => return Err(read_error(error, &self.request_id)),
                Err(Stop::NotYet) => self.next_chunk().await?,
            }
        }
        match &mut self.blocks {
            Some(blocks) => blocks
                .take_row(&mut self.core)
                .map(Some)
                .map_err(|e| read_error(e, &self.request_id)),
            None => Ok(None),
        }
    }

    /// The report was read to its end and checked: progress told, the slot given back.
    fn done(&mut self) {
        if !self.finished {
            self.finished = true;
            let done = ReportProgress::Done {
                bytes: self.bytes,
                rows: self.core.rows_read(),
            };
            if let Some(progress) = &mut self.progress {
                progress(&done);
            }
            // The slot goes back as soon as the report is read.
            self.slot = None;
        }
    }

    /// Receives the next block: into `chunk` while the head is read, else beside the blocks
    /// at hand.
    async fn next_chunk(&mut self) -> Result<(), Error> {
        let timeout = self.idle_timeout;
        // Outside a Tokio runtime the blocks are received here.
        if let (Chunks::Response(response), Ok(runtime)) =
            (&mut self.body, tokio::runtime::Handle::try_current())
        {
            if let Some(receiving) = response.take() {
                let (response, cutter) = *receiving;
                let (sender, blocks) = tokio::sync::mpsc::channel(BLOCKS_AHEAD);
                let request_id = self.request_id.clone();
                let task =
                    runtime.spawn(receive_all(response, cutter, timeout, request_id, sender));
                self.body = Chunks::Task { blocks, task };
            }
        }
        let block = match &mut self.body {
            Chunks::Response(Some(receiving)) => {
                let (response, cutter) = &mut **receiving;
                cutter
                    .next_block(response, timeout, &self.request_id)
                    .await?
            }
            Chunks::Response(None) => None,
            Chunks::Task { blocks, .. } => match blocks.recv().await {
                Some(received) => received?,
                None => {
                    return Err(Error::Transport {
                        message: "the task receiving the report stopped".into(),
                        status: Some(200),
                        not_sent: false,
                        request_id: self.request_id.clone(),
                        source: None,
                    })
                }
            },
        };
        match block {
            Some((block, received)) => {
                self.bytes += received;
                if self.blocks.is_some() {
                    self.received.push_back(block);
                } else {
                    self.chunk = block;
                    self.position = 0;
                }
                if self.bytes - self.last_progress >= PROGRESS_EVERY {
                    self.last_progress = self.bytes;
                    let event = ReportProgress::Downloading {
                        bytes: self.bytes,
                        rows: self.core.rows_read(),
                    };
                    if let Some(progress) = &mut self.progress {
                        progress(&event);
                    }
                }
            }
            None => {
                self.eof = true;
                self.chunk = Vec::new();
                self.position = 0;
            }
        }
        Ok(())
    }

    /// Reads every remaining row into `T` (see [`Row::deserialize`]). The rows are kept in
    /// memory: for large reports, read them one at a time with [`ReportStream::next_row`].
    pub async fn collect<T: serde::de::DeserializeOwned>(mut self) -> Result<Vec<T>, Error> {
        let mut rows = Vec::new();
        while let Some(row) = self.next_row().await? {
            let value = row
                .deserialize::<T>()
                .map_err(|e| read_error(e, &self.request_id))?;
            rows.push(value);
        }
        Ok(rows)
    }

    /// The next Arrow batch of the remaining rows (feature `arrow`): `builder` gets rows until
    /// a batch is full or the report ends; `Ok(None)` once every row was given. Memory stays
    /// bounded by one batch.
    #[cfg(feature = "arrow")]
    pub async fn next_batch(
        &mut self,
        builder: &mut super::arrow::BatchBuilder,
    ) -> Result<Option<arrow_array::RecordBatch>, Error> {
        loop {
            let pushed = match self.next_row().await? {
                Some(row) => builder.push_row(&row),
                None => return builder.flush().map_err(|e| read_error(e, &self.request_id)),
            };
            if let Some(batch) = pushed.map_err(|e| read_error(e, &self.request_id))? {
                return Ok(Some(batch));
            }
        }
    }

    /// Writes every remaining row to `out` as `format`, at constant memory, and gives `out`
    /// back.
    pub async fn write_to<W: std::io::Write>(
        mut self,
        out: W,
        format: OutputFormat,
    ) -> Result<W, Error> {
        let mut writer = RowWriter::new(out, format);
        while let Some(row) = self.next_row().await? {
            writer
                .write_row(&row)
                .map_err(|e| write_error(e, &self.request_id))?;
        }
        writer
            .finish(self.core.columns())
            .map_err(|e| write_error(e, &self.request_id))
    }

    super::reader::progress_accessors!(
        bytes,
        "The bytes of the body received so far (after decompression)."
    );

    /// Whether money cells are micros.
    pub fn money_in_micros(&self) -> bool {
        self.core.money_in_micros()
    }

    /// The `RequestId` header of the answer.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The `reportsInQueue` header of the answer.
    pub fn reports_in_queue(&self) -> Option<u32> {
        self.reports_in_queue
    }

    /// How many 201/202 answers came before the report.
    pub fn polls(&self) -> u32 {
        self.polls
    }
}

/// A fault of the report body as the client's error: a transport error with HTTP 200, the
/// [`ReportReadError`] as its source.
pub(crate) fn read_error(error: ReportReadError, request_id: &Option<String>) -> Error {
    Error::Transport {
        message: format!("cannot read the report: {error}"),
        status: Some(200),
        not_sent: false,
        request_id: request_id.clone(),
        source: Some(Box::new(error)),
    }
}

fn write_error(error: WriteError, request_id: &Option<String>) -> Error {
    match error {
        WriteError::Read(e) => read_error(e, request_id),
        WriteError::Io(e) => Error::Transport {
            message: format!("cannot write the report: {e}"),
            status: None,
            not_sent: false,
            request_id: request_id.clone(),
            source: Some(Box::new(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;
    use std::io::Write as _;
    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::super::reader::{ReadOptions, ReportReader};
    use super::super::types::ReportFieldType;
    use super::ReportStream;
    use crate::client::StreamingBody;

    fn field_types(name: &str) -> Option<ReportFieldType> {
        match name {
            "Clicks" => Some(ReportFieldType::Integer),
            "Cost" => Some(ReportFieldType::Money),
            _ => None,
        }
    }

    /// A report body of `rows` rows with its title, column names and summary.
    fn report(rows: usize) -> String {
        let mut text =
            String::from("\"gzip (2024-06-01 - 2024-06-03)\"\nCampaignName\tClicks\tCost\n");
        for i in 0..rows {
            let _ = writeln!(text, "Campaign {i}\t{}\t{}.{:02}", i * 3, i, i % 100);
        }
        let _ = writeln!(text, "Total rows: {rows}");
        text
    }

    /// Serves `body` gzip'd once on 127.0.0.1; gives its address.
    async fn serve_gzip(body: &str) -> String {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(body.as_bytes()).unwrap();
        let gzipped = encoder.finish().unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = vec![0u8; 4096];
            let mut read = 0;
            while !request[..read].windows(4).any(|w| w == b"\r\n\r\n") {
                read += socket.read(&mut request[read..]).await.unwrap();
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/tab-separated-values\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                gzipped.len()
            );
            socket.write_all(head.as_bytes()).await.unwrap();
            // In pieces, so that the body arrives in many chunks.
            for piece in gzipped.chunks(1000) {
                socket.write_all(piece).await.unwrap();
            }
            socket.shutdown().await.unwrap();
        });
        format!("http://{address}/")
    }

    /// Every row of a gzip'd body read as it arrives (received and decompressed by a task of
    /// its own) is the row of the same text read from memory, and the summary is checked.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_gzip_body_is_decompressed_beside_the_reader_and_read_whole() {
        for rows in [0, 1, 30_000] {
            let body = report(rows);
            let url = serve_gzip(&body).await;
            let http = crate::client::http_client_builder().build().unwrap();
            let response = http.get(&url).send().await.unwrap();
            assert_eq!(response.status(), 200);
            let streaming = StreamingBody {
                first: bytes::Bytes::new(),
                response,
                slot: None,
                idle_timeout: Duration::from_secs(10),
            };
            let options = ReadOptions::new(field_types);
            let mut stream = ReportStream::new(streaming, options.clone(), None, None, None);
            let mut from_memory = ReportReader::new(body.as_bytes(), options);
            let mut read = 0;
            while let Some(row) = stream.next_row().await.unwrap() {
                let streamed = (row.line(), row.to_values().unwrap());
                let expected = from_memory.next_row().unwrap().unwrap();
                assert_eq!(streamed, (expected.line(), expected.to_values().unwrap()));
                read += 1;
            }
            assert!(from_memory.next_row().unwrap().is_none());
            assert_eq!(read, rows);
            assert_eq!(stream.total_rows(), Some(rows as u64));
            assert_eq!(stream.bytes_read(), body.len() as u64);
        }
    }

    /// A gzip'd body cut short is an error, never a short report.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_gzip_body_without_its_summary_is_an_error() {
        let body = report(5000);
        let cut = &body[..body.rfind("Total rows").unwrap()];
        let url = serve_gzip(cut).await;
        let http = crate::client::http_client_builder().build().unwrap();
        let response = http.get(&url).send().await.unwrap();
        let streaming = StreamingBody {
            first: bytes::Bytes::new(),
            response,
            slot: None,
            idle_timeout: Duration::from_secs(10),
        };
        let mut stream =
            ReportStream::new(streaming, ReadOptions::new(field_types), None, None, None);
        let error = loop {
            match stream.next_row().await {
                Ok(Some(_)) => {}
                Ok(None) => panic!("a cut report read as whole"),
                Err(error) => break error,
            }
        };
        let read_error = super::super::report_read_error(&error).unwrap();
        assert!(read_error.is_truncated(), "{read_error}");
    }

    /// Every row (its line and values), the first error and the figures at the end of a
    /// gzip'd `body` downloaded from 127.0.0.1.
    async fn downloaded(body: &str, options: ReadOptions) -> Vec<String> {
        let url = serve_gzip(body).await;
        let http = crate::client::http_client_builder().build().unwrap();
        let response = http.get(&url).send().await.unwrap();
        let streaming = StreamingBody {
            first: bytes::Bytes::new(),
            response,
            slot: None,
            idle_timeout: Duration::from_secs(10),
        };
        let mut stream = ReportStream::new(streaming, options, None, None, None);
        let mut seen = Vec::new();
        loop {
            match stream.next_row().await {
                Ok(Some(row)) => seen.push(format!("line {}: {:?}", row.line(), row.to_values())),
                Ok(None) => break,
                Err(error) => {
                    let read_error = super::super::report_read_error(&error);
                    seen.push(format!("error: {read_error:?}"));
                    break;
                }
            }
        }
        seen.push(format!(
            "end: {:?} {:?} {}",
            stream.columns().names(),
            stream.total_rows(),
            stream.rows_read()
        ));
        seen
    }

    /// The same as [`downloaded`], from the plain text read record by record.
    fn read_plain(body: &str, options: ReadOptions) -> Vec<String> {
        let mut reader = ReportReader::record_by_record(body.as_bytes(), options);
        let mut seen = Vec::new();
        loop {
            match reader.next_row() {
                Ok(Some(row)) => seen.push(format!("line {}: {:?}", row.line(), row.to_values())),
                Ok(None) => break,
                Err(error) => {
                    seen.push(format!("error: {:?}", Some(&error)));
                    break;
                }
            }
        }
        seen.push(format!(
            "end: {:?} {:?} {}",
            reader.columns().names(),
            reader.total_rows(),
            reader.rows_read()
        ));
        seen
    }

    /// A gzip download read by blocks (cut by the receiving task, parsed on the caller's task
    /// or on reader threads) gives the rows and errors of the plain text read record by
    /// record: a whole report, one cut short, one with a bad cell, one with a short row.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_download_by_blocks_reads_as_the_plain_text_record_by_record() {
        let whole = report(3000);
        let cut = whole[..whole.rfind("Total rows").unwrap() - 7].to_owned();
        let bad_cell = whole.replace("\t4500\t", "\t45x0\t");
        let short_row = whole.replace("Campaign 2000\t6000\t", "Campaign 2000\t");
        let cases = [
            ("whole", &whole),
            ("cut", &cut),
            ("bad cell", &bad_cell),
            ("short row", &short_row),
        ];
        for (name, body) in cases {
            let expected = read_plain(body, ReadOptions::new(field_types));
            assert!(expected.len() > 1000, "{name}: {}", expected.len());
            let last = &expected[expected.len() - 2];
            match name {
                "whole" => assert!(last.starts_with("line 3002"), "{last}"),
                "cut" => assert!(last.contains("Truncated"), "{last}"),
                "bad cell" => assert!(
                    expected.iter().any(|line| line.contains("BadCell")),
                    "{expected:?}"
                ),
                _ => assert!(last.contains("Malformed"), "{last}"),
            }
            for threads in [1, 2] {
                for block_bytes in [64, 4096, 1 << 20] {
                    let options = ReadOptions {
                        threads,
                        block_bytes,
                        ..ReadOptions::new(field_types)
                    };
                    let seen = downloaded(body, options).await;
                    let first_difference = (0..expected.len().max(seen.len()))
                        .find(|&i| expected.get(i) != seen.get(i))
                        .map(|i| (i, expected.get(i), seen.get(i)));
                    assert_eq!(
                        first_difference, None,
                        "{name}, {threads} threads, blocks of {block_bytes} bytes"
                    );
                }
            }
        }
    }
}
