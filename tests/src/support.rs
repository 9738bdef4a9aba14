//! Helpers shared by the test files in `tests/tests/`: a client with quick retries, the fake
//! server, temporary folders and a refused address.

use std::time::Duration;

use yandex_direct::{Client, ClientBuilder, RetryPolicy};
use yandex_direct_fake_server::{FakeConfig, FakeServer};

/// The OAuth token of the test clients (never to appear in logs or error messages).
pub const TOKEN: &str = "y0_SECRET-token-4f9a";

/// The default retry policy with at most 4 attempts and millisecond backoff.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(4)
        .with_backoff(Duration::from_millis(1), Duration::from_millis(5))
}

/// A client builder for `base_url` with [`TOKEN`] and [`fast_retries`].
pub fn builder(base_url: &str) -> ClientBuilder {
    Client::builder(TOKEN)
        .base_url(base_url)
        .retry_policy(fast_retries())
}

/// A client for `base_url` with [`TOKEN`] and [`fast_retries`].
pub fn client(base_url: &str) -> Client {
    builder(base_url).build().expect("client builds")
}

/// A fake Direct server with the default configuration.
pub async fn fake_server() -> FakeServer {
    fake_server_with(FakeConfig::default()).await
}

/// A fake Direct server with `config`.
pub async fn fake_server_with(config: FakeConfig) -> FakeServer {
    FakeServer::start(config).await.expect("fake server starts")
}

/// A fresh temporary folder, removed with everything in it when the value is dropped.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("ydirect-test-")
        .tempdir()
        .expect("a temporary folder")
}

/// A local address on which nothing listens (connecting is refused).
pub fn refused_base_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    drop(listener);
    format!("http://{addr}")
}

/// A local address on which nothing accepts connections, kept reserved for as long as the value
/// lives: the port is bound but never listened on, so connecting is refused and no other server
/// of the test run can take the port meanwhile (unlike [`refused_base_url`]).
#[derive(Debug)]
pub struct RefusedAddress {
    _socket: tokio::net::TcpSocket,
    addr: std::net::SocketAddr,
}

impl RefusedAddress {
    /// Reserves a port of 127.0.0.1 without listening on it.
    pub fn reserve() -> std::io::Result<RefusedAddress> {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))?;
        let addr = socket.local_addr()?;
        Ok(RefusedAddress {
            _socket: socket,
            addr,
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// A local address that never answers a connection attempt: it listens, but its accept queue is
/// full and nothing accepts, so the kernel drops every further SYN and a client's connect hangs
/// until its connect timeout, as with a host that is down. Lives as long as the value.
#[derive(Debug)]
pub struct SilentAddress {
    _listener: tokio::net::TcpListener,
    _queued: Vec<tokio::net::TcpStream>,
    addr: std::net::SocketAddr,
}

impl SilentAddress {
    /// Listens on a free port of 127.0.0.1 with the smallest backlog, and fills its queue.
    pub async fn reserve() -> std::io::Result<SilentAddress> {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))?;
        let listener = socket.listen(0)?;
        let addr = listener.local_addr()?;
        // Linux queues backlog + 1 connections; the attempt after them gets no answer.
        let mut queued = Vec::new();
        while queued.len() < 16 {
            let attempt = tokio::net::TcpStream::connect(addr);
            match tokio::time::timeout(std::time::Duration::from_millis(200), attempt).await {
                Ok(Ok(stream)) => queued.push(stream),
                Ok(Err(e)) => return Err(e),
                Err(_) => {
                    return Ok(SilentAddress {
                        _listener: listener,
                        _queued: queued,
                        addr,
                    })
                }
            }
        }
        Err(std::io::Error::other(
            "16 connections were accepted by a listener of backlog 0: this system does not drop \
             connection attempts when the accept queue is full",
        ))
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// A server on 127.0.0.1 that reads each request whole, records its body, writes `answer` (the
/// start of an answer, or nothing) and then resets the connection (TCP RST, `SO_LINGER` 0): a
/// connection reset after the request arrived, before the answer or in the middle of its body.
/// It stops when dropped.
#[derive(Debug)]
pub struct ResetServer {
    addr: std::net::SocketAddr,
    bodies: std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
    task: tokio::task::JoinHandle<()>,
}

impl ResetServer {
    /// Starts the server on a free port; every request is answered with `answer`, then reset.
    pub async fn start(answer: &'static [u8]) -> std::io::Result<ResetServer> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let recorded = bodies.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let recorded = recorded.clone();
                tokio::spawn(async move {
                    // A client that goes away first is no concern of the test.
                    let _ = reset_after(stream, answer, recorded).await;
                });
            }
        });
        Ok(ResetServer { addr, bodies, task })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The bodies of the requests received whole so far, in order.
    pub fn bodies(&self) -> Vec<Vec<u8>> {
        self.bodies
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

impl Drop for ResetServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one request (head and `Content-Length` body), records the body, writes `answer`, and
/// drops the connection with `SO_LINGER` 0, which resets it.
async fn reset_after(
    mut stream: tokio::net::TcpStream,
    answer: &[u8],
    bodies: std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
) -> std::io::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = received.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        received.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&received[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(0);
    while received.len() < head_end + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        received.extend_from_slice(&chunk[..n]);
    }
    bodies
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(received[head_end..head_end + length].to_vec());
    stream.write_all(answer).await?;
    stream.flush().await?;
    stream.set_zero_linger()?;
    drop(stream);
    Ok(())
}
