//! A report being downloaded: rows read as the body arrives, progress told to a callback.

use std::time::Duration;

use crate::client::StreamingBody;
use crate::error::Error;

use super::reader::{ReadOptions, ReportCore, ReportReadError, Row, Step};
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

/// Chunks of the body received (and decompressed) ahead of the reader.
const CHUNKS_AHEAD: usize = 32;

/// What the receiving task sends: a chunk, the end of the body, or why it failed.
type Received = Result<Option<bytes::Bytes>, Error>;

/// Where the chunks of the body come from: the response itself until the first read, then a
/// task that receives and decompresses them while the caller's task reads rows, so that a
/// download takes the longer of the two, not their sum.
enum Chunks {
    Response(Option<reqwest::Response>),
    Task {
        chunks: tokio::sync::mpsc::Receiver<Received>,
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
) -> Received {
    match tokio::time::timeout(timeout, response.chunk()).await {
        Ok(chunk) => chunk.map_err(|e| crate::client::transport(e, timeout, request_id.clone())),
        Err(_) => Err(Error::Timeout(timeout)),
    }
}

/// Receives the whole body into `chunks`, until it ends, fails or the reader is gone.
async fn receive_all(
    mut response: reqwest::Response,
    timeout: Duration,
    request_id: Option<String>,
    chunks: tokio::sync::mpsc::Sender<Received>,
) {
    loop {
        let received = receive(&mut response, timeout, &request_id).await;
        let last = !matches!(received, Ok(Some(_)));
        if chunks.send(received).await.is_err() || last {
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
    chunk: bytes::Bytes,
    position: usize,
    eof: bool,
    finished: bool,
    core: ReportCore,
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
            first: chunk,
            response,
            slot,
            idle_timeout,
        } = body;
        let bytes = chunk.len() as u64;
        ReportStream {
            body: Chunks::Response(Some(response)),
            slot,
            idle_timeout,
            chunk,
            position: 0,
            eof: false,
            finished: false,
            core: ReportCore::new(options),
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
                    return Ok(None);
                }
                Step::NeedInput | Step::RowsFollow => {}
            }
        }
    }

    async fn next_chunk(&mut self) -> Result<(), Error> {
        let timeout = self.idle_timeout;
        // Outside a Tokio runtime the chunks are received here.
        if let (Chunks::Response(response), Ok(runtime)) =
            (&mut self.body, tokio::runtime::Handle::try_current())
        {
            if let Some(response) = response.take() {
                let (sender, chunks) = tokio::sync::mpsc::channel(CHUNKS_AHEAD);
                let request_id = self.request_id.clone();
                let task = runtime.spawn(receive_all(response, timeout, request_id, sender));
                self.body = Chunks::Task { chunks, task };
            }
        }
        let chunk = match &mut self.body {
            Chunks::Response(Some(response)) => {
                receive(response, timeout, &self.request_id).await?
            }
            Chunks::Response(None) => None,
            Chunks::Task { chunks, .. } => match chunks.recv().await {
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
        match chunk {
            Some(chunk) => {
                self.bytes += chunk.len() as u64;
                self.chunk = chunk;
                self.position = 0;
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
                self.chunk = bytes::Bytes::new();
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
}
