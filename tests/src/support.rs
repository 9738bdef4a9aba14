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
