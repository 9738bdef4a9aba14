//! A loopback HTTP/1.1 server that answers a scripted sequence of replies and records every
//! request it receives, for testing how a client behaves on given answers.
//!
//! Each request takes the next [`Reply`] of the script; once the script is used up, the
//! fallback reply answers (`200` with an empty body unless [`ScriptedServer::set_fallback`]
//! says otherwise). A reply has a status, headers and a body, and may be delayed, cut short
//! (a `Content-Length` larger than the bytes sent, then the connection is closed), sent in
//! chunks, streamed without end, or stalled after its headers.
//!
//! ```
//! use std::time::Duration;
//! use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = ScriptedServer::with_script([
//!     Reply::new(503).body("busy").delay(Duration::from_millis(10)),
//!     Reply::new(200).header("Content-Type", "application/json").body(r#"{"ok":true}"#),
//! ])
//! .await?;
//! # // Building a `yandex_direct::Client` installs the TLS crypto provider reqwest needs.
//! # let _ = yandex_direct::Client::builder("test").build();
//! let http = reqwest::Client::new();
//! let first = http.post(format!("{}/ping?n=1", server.base_url())).body("hello").send().await?;
//! assert_eq!(first.status().as_u16(), 503);
//! let second = http.get(format!("{}/ping", server.base_url())).send().await?;
//! assert_eq!(second.text().await?, r#"{"ok":true}"#);
//!
//! let requests = server.requests();
//! assert_eq!(requests.len(), 2);
//! assert_eq!(requests[0].request_line(), "POST /ping?n=1 HTTP/1.1");
//! assert_eq!(requests[0].path(), "/ping");
//! assert_eq!(requests[0].query(), Some("n=1"));
//! assert_eq!(requests[0].body_text(), "hello");
//! assert_eq!(requests[1].method, "GET");
//! # Ok(())
//! # }
//! ```

use std::borrow::Cow;
use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::CONTENT_LENGTH;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::stream;
use tokio::sync::{watch, Notify};

/// The largest request body the server reads (larger ones are answered with `413`).
pub const MAX_REQUEST_BODY: usize = 64 * 1024 * 1024;

/// One scripted answer: a status, headers, a body, and how the body is sent.
///
/// Built with [`Reply::new`] and the chained setters:
///
/// ```
/// use std::time::Duration;
/// use yandex_direct_fake_server::scripted::Reply;
///
/// let queued = Reply::new(202).header("retryIn", "1");
/// let report = Reply::new(200).header("RequestId", "r-1").body("AdId\tClicks\n1\t2\n");
/// let cut = Reply::new(200).body(r#"{"result":{"Campaigns":[]}}"#).truncated(10);
/// let slow = Reply::new(200).delay(Duration::from_secs(2));
/// let endless = Reply::new(200).body("data\n").endless(Duration::from_millis(50));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Bytes,
    delay: Duration,
    shape: Shape,
}

/// How the body of a [`Reply`] goes out.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    /// All of it, with its `Content-Length`.
    Whole,
    /// The `Content-Length` of the whole body, then only this many bytes, then the connection
    /// is closed.
    Truncated(usize),
    /// Chunked transfer encoding, chunks of this size with a pause between them.
    Chunked(usize, Duration),
    /// Chunked transfer encoding, the body over and over with a pause between copies, until the
    /// client goes away or the server stops.
    Endless(Duration),
    /// The headers, then nothing until the client goes away or the server stops.
    Stalled,
}

impl Reply {
    /// A reply with this status, no headers of its own and an empty body.
    ///
    /// A status outside `100..=999` is answered as `500` with a body that says why.
    pub fn new(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            delay: Duration::ZERO,
            shape: Shape::Whole,
        }
    }

    /// `200` with this body and `Content-Type: application/json`.
    pub fn json(body: impl Into<Bytes>) -> Reply {
        Reply::new(200)
            .header("Content-Type", "application/json")
            .body(body)
    }

    /// Adds a header (several with the same name are all sent).
    ///
    /// A name or value that HTTP does not allow makes the server answer `500` with a body that
    /// says why. `Content-Length` and `Transfer-Encoding` are set by the server from the body's
    /// shape; setting them here is allowed but the result is the client's problem.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Reply {
        self.body = body.into();
        self
    }

    /// Waits this long after the request arrived before answering (nothing is sent before).
    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// Announces the whole body in `Content-Length`, sends only its first `sent` bytes (all of
    /// it if it is shorter), then closes the connection: the client sees a body cut short.
    pub fn truncated(mut self, sent: usize) -> Reply {
        self.shape = Shape::Truncated(sent);
        self
    }

    /// Sends the body with chunked transfer encoding, in pieces of `chunk_size` bytes (at least
    /// one) with `interval` between them.
    pub fn chunked(mut self, chunk_size: usize, interval: Duration) -> Reply {
        self.shape = Shape::Chunked(chunk_size.max(1), interval);
        self
    }

    /// Sends the body again and again, with chunked transfer encoding and `interval` between
    /// copies, until the client goes away or the server stops: a download that never ends.
    pub fn endless(mut self, interval: Duration) -> Reply {
        self.shape = Shape::Endless(interval);
        self
    }

    /// Sends the status and headers (chunked transfer encoding, no `Content-Length`), then
    /// nothing more until the client goes away or the server stops: a body that never comes.
    pub fn stalled(mut self) -> Reply {
        self.shape = Shape::Stalled;
        self
    }

    /// The status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The body as set (whatever part of it is sent).
    pub fn body_bytes(&self) -> &[u8] {
        &self.body
    }
}

impl Default for Reply {
    /// `200` with an empty body.
    fn default() -> Self {
        Reply::new(200)
    }
}

/// A request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedRequest {
    /// The method (`GET`, `POST`, ...).
    pub method: String,
    /// The request target: the path and the query, if any (`/collect?v=1&t=pageview`).
    pub target: String,
    /// The protocol version (`HTTP/1.1`).
    pub version: String,
    /// The headers in the order received, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl ReceivedRequest {
    /// The path, without the query.
    pub fn path(&self) -> &str {
        self.target
            .split_once('?')
            .map_or(self.target.as_str(), |(path, _)| path)
    }

    /// The query, without the `?`, if the target has one.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, query)| query)
    }

    /// The request line as it was sent: `POST /json/v5/reports HTTP/1.1`.
    pub fn request_line(&self) -> String {
        format!("{} {} {}", self.method, self.target, self.version)
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of header `name` (case-insensitive), in order.
    pub fn header_all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The body as text (invalid UTF-8 replaced with `U+FFFD`).
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// The body decoded as JSON.
    pub fn json(&self) -> serde_json::Result<serde_json::Value> {
        serde_json::from_slice(&self.body)
    }
}

#[derive(Debug)]
struct Script {
    replies: VecDeque<Reply>,
    fallback: Reply,
    requests: Vec<ReceivedRequest>,
}

#[derive(Debug)]
struct Shared {
    script: Mutex<Script>,
    arrivals: Notify,
    stop: watch::Receiver<bool>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Script> {
        self.script.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running scripted server on 127.0.0.1; it stops when dropped (answers being streamed end
/// then too).
#[derive(Debug)]
pub struct ScriptedServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
}

impl ScriptedServer {
    /// Starts a server on a free port of 127.0.0.1 with an empty script: every request gets
    /// the fallback reply until replies are added with [`ScriptedServer::push`] or
    /// [`ScriptedServer::script`].
    pub async fn start() -> io::Result<ScriptedServer> {
        ScriptedServer::with_script([]).await
    }

    /// Starts a server on a free port of 127.0.0.1 that answers with `replies` in order, then
    /// with the fallback reply.
    pub async fn with_script(
        replies: impl IntoIterator<Item = Reply>,
    ) -> io::Result<ScriptedServer> {
        ScriptedServer::start_on(SocketAddr::from(([127, 0, 0, 1], 0)), replies).await
    }

    /// Starts a server on `addr` (port 0: any free port) that answers with `replies` in order,
    /// then with the fallback reply.
    pub async fn start_on(
        addr: SocketAddr,
        replies: impl IntoIterator<Item = Reply>,
    ) -> io::Result<ScriptedServer> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = watch::channel(false);
        let shared = Arc::new(Shared {
            script: Mutex::new(Script {
                replies: replies.into_iter().collect(),
                fallback: Reply::default(),
                requests: Vec::new(),
            }),
            arrivals: Notify::new(),
            stop: stopped.clone(),
        });
        let app = Router::new().fallback(answer).with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(until_stopped(stopped))
                .await;
        });
        Ok(ScriptedServer { addr, shared, stop })
    }

    /// `http://127.0.0.1:PORT`, to give to a client as its base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Adds a reply at the end of the script.
    pub fn push(&self, reply: Reply) {
        self.shared.lock().replies.push_back(reply);
    }

    /// Adds replies at the end of the script, in order.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.shared.lock().replies.extend(replies);
    }

    /// Sets the reply given once the script is used up (at first `200` with an empty body).
    pub fn set_fallback(&self, reply: Reply) {
        self.shared.lock().fallback = reply;
    }

    /// How many scripted replies are still to be given.
    pub fn replies_left(&self) -> usize {
        self.shared.lock().replies.len()
    }

    /// Every request received so far, in the order they arrived.
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.shared.lock().requests.clone()
    }

    /// How many requests were received so far.
    pub fn request_count(&self) -> usize {
        self.shared.lock().requests.len()
    }

    /// Waits until at least `n` requests were received or `timeout` passes; tells whether
    /// they were.
    pub async fn wait_for_requests(&self, n: usize, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let arrived = self.shared.arrivals.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            if self.request_count() >= n {
                return true;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                return self.request_count() >= n;
            }
        }
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Resolves once the server is told to stop (or its handle is gone).
async fn until_stopped(mut stop: watch::Receiver<bool>) {
    while !*stop.borrow_and_update() {
        if stop.changed().await.is_err() {
            return;
        }
    }
}

fn plain(status: StatusCode, text: String) -> Response {
    (status, text).into_response()
}

async fn answer(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = match axum::body::to_bytes(body, MAX_REQUEST_BODY).await {
        Ok(body) => body,
        Err(e) => {
            return plain(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the scripted server could not read the body: {e}"),
            )
        }
    };
    let received = ReceivedRequest {
        method: parts.method.as_str().to_owned(),
        target: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned()),
        version: format!("{:?}", parts.version),
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    };
    let reply = {
        let mut script = shared.lock();
        script.requests.push(received);
        let fallback = script.fallback.clone();
        script.replies.pop_front().unwrap_or(fallback)
    };
    shared.arrivals.notify_waiters();
    if !reply.delay.is_zero() {
        tokio::select! {
            () = tokio::time::sleep(reply.delay) => {}
            () = until_stopped(shared.stop.clone()) => {}
        }
    }
    respond(reply, shared.stop.clone())
}

/// The error that ends a body the script cuts short or that the server stops.
fn cut(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionAborted, why.to_owned())
}

fn respond(reply: Reply, stop: watch::Receiver<bool>) -> Response {
    let Ok(status) = StatusCode::from_u16(reply.status) else {
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("scripted reply: invalid status {}", reply.status),
        );
    };
    let Reply {
        headers,
        body,
        shape,
        ..
    } = reply;
    let total = body.len();
    let declared_length = matches!(shape, Shape::Truncated(_)).then_some(total);
    let body = match shape {
        Shape::Whole => Body::from(body),
        Shape::Truncated(sent) => {
            let part = body.slice(..sent.min(total));
            Body::from_stream(stream::unfold(Some(part), move |part| {
                let stop = stop.clone();
                async move {
                    match part {
                        Some(part) => Some((Ok::<Bytes, io::Error>(part), None)),
                        None => {
                            // Let the part go out before the connection is closed.
                            tokio::select! {
                                () = tokio::time::sleep(Duration::from_millis(20)) => {}
                                () = until_stopped(stop) => {}
                            }
                            Some((Err(cut("body truncated by the script")), None))
                        }
                    }
                }
            }))
        }
        Shape::Chunked(size, interval) => {
            let chunks: VecDeque<Bytes> = (0..total)
                .step_by(size)
                .map(|start| body.slice(start..(start + size).min(total)))
                .collect();
            Body::from_stream(stream::unfold(
                (chunks, true),
                move |(mut chunks, first)| {
                    let stop = stop.clone();
                    async move {
                        let chunk = chunks.pop_front()?;
                        if !first && !pause(interval, stop).await {
                            return Some((
                                Err(cut("the server stopped")),
                                (VecDeque::new(), false),
                            ));
                        }
                        Some((Ok::<Bytes, io::Error>(chunk), (chunks, false)))
                    }
                },
            ))
        }
        Shape::Endless(interval) => Body::from_stream(stream::unfold(true, move |first| {
            let (body, stop) = (body.clone(), stop.clone());
            async move {
                if !first && !pause(interval, stop).await {
                    return Some((Err(cut("the server stopped")), false));
                }
                Some((Ok::<Bytes, io::Error>(body), false))
            }
        })),
        Shape::Stalled => Body::from_stream(stream::once(async move {
            until_stopped(stop).await;
            Err::<Bytes, io::Error>(cut("the server stopped"))
        })),
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    for (name, value) in &headers {
        let name = match HeaderName::from_bytes(name.as_bytes()) {
            Ok(name) => name,
            Err(e) => {
                return plain(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("scripted reply: invalid header name {name:?}: {e}"),
                )
            }
        };
        let value = match HeaderValue::from_str(value) {
            Ok(value) => value,
            Err(e) => {
                return plain(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("scripted reply: invalid value of header {name}: {e}"),
                )
            }
        };
        response.headers_mut().append(name, value);
    }
    if let Some(length) = declared_length {
        if !response.headers().contains_key(CONTENT_LENGTH) {
            response
                .headers_mut()
                .insert(CONTENT_LENGTH, HeaderValue::from(length));
        }
    }
    response
}

/// Waits `interval`; tells whether the server is still running after it.
async fn pause(interval: Duration, stop: watch::Receiver<bool>) -> bool {
    tokio::select! {
        () = tokio::time::sleep(interval) => !*stop.borrow(),
        () = until_stopped(stop.clone()) => false,
    }
}
