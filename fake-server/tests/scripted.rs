//! The scripted server over real HTTP on 127.0.0.1: the script and its fallback, recording,
//! delays, and bodies cut short, chunked, endless or stalled.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

/// reqwest is built without a TLS crypto provider in this workspace and needs one installed even
/// for plain HTTP; building a `yandex_direct::Client` installs it.
fn install_tls() {
    let _ = yandex_direct::Client::builder("test").build();
}

/// Sends `request` on a fresh connection and reads until the server closes it (or `limit`).
async fn raw_exchange(server: &ScriptedServer, request: &str, limit: Duration) -> Vec<u8> {
    let mut socket = tokio::net::TcpStream::connect(server.addr())
        .await
        .expect("connect");
    socket
        .write_all(request.as_bytes())
        .await
        .expect("send the request");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(limit, socket.read_to_end(&mut answer)).await;
    answer
}

/// The head (status line and headers, lower-case names) and the body of a raw answer.
fn split_answer(answer: &[u8]) -> (Vec<String>, Vec<u8>) {
    let end = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8_lossy(&answer[..end])
        .lines()
        .map(str::to_ascii_lowercase)
        .collect();
    (head, answer[end + 4..].to_vec())
}

#[tokio::test]
async fn answers_the_script_in_order_then_the_fallback() {
    install_tls();
    let server = ScriptedServer::with_script([
        Reply::new(201).header("X-One", "1").body("first"),
        Reply::json(r#"{"n":2}"#),
    ])
    .await
    .expect("start");
    server.push(Reply::new(404));
    assert_eq!(server.replies_left(), 3);
    let http = reqwest::Client::new();
    let url = |path: &str| format!("{}{path}", server.base_url());

    let first = http.put(url("/a")).send().await.expect("first");
    assert_eq!(first.status().as_u16(), 201);
    assert_eq!(first.headers()["x-one"], "1");
    assert_eq!(first.text().await.expect("body"), "first");
    let second = http.get(url("/b")).send().await.expect("second");
    assert_eq!(second.headers()["content-type"], "application/json");
    assert_eq!(second.text().await.expect("body"), r#"{"n":2}"#);
    let third = http.get(url("/c")).send().await.expect("third");
    assert_eq!(third.status().as_u16(), 404);

    // Used up: the fallback, 200 and empty until set.
    let fourth = http.get(url("/d")).send().await.expect("fourth");
    assert_eq!(fourth.status().as_u16(), 200);
    assert_eq!(fourth.content_length(), Some(0));
    server.set_fallback(Reply::new(503).body("down"));
    for _ in 0..2 {
        let again = http.get(url("/e")).send().await.expect("fallback");
        assert_eq!(again.status().as_u16(), 503);
        assert_eq!(again.text().await.expect("body"), "down");
    }
    server.script([Reply::new(202)]);
    let scripted = http.get(url("/f")).send().await.expect("scripted again");
    assert_eq!(scripted.status().as_u16(), 202);
    assert_eq!(server.replies_left(), 0);
    assert_eq!(server.request_count(), 7);
}

#[tokio::test]
async fn records_method_target_headers_and_body() {
    install_tls();
    let server = ScriptedServer::start().await.expect("start");
    let http = reqwest::Client::new();
    http.post(format!("{}/json/v5/reports?x=1&y=2", server.base_url()))
        .header("Client-Login", "advertiser")
        .header("X-Twice", "a")
        .header("X-Twice", "b")
        .body(r#"{"params":{"ReportName":"r"}}"#)
        .send()
        .await
        .expect("sent");
    http.get(format!("{}/", server.base_url()))
        .send()
        .await
        .expect("sent");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let first = &requests[0];
    assert_eq!(first.method, "POST");
    assert_eq!(first.target, "/json/v5/reports?x=1&y=2");
    assert_eq!(first.path(), "/json/v5/reports");
    assert_eq!(first.query(), Some("x=1&y=2"));
    assert_eq!(first.version, "HTTP/1.1");
    assert_eq!(
        first.request_line(),
        "POST /json/v5/reports?x=1&y=2 HTTP/1.1"
    );
    assert_eq!(first.header("client-login"), Some("advertiser"));
    assert_eq!(first.header("CLIENT-LOGIN"), Some("advertiser"));
    assert_eq!(first.header_all("x-twice"), vec!["a", "b"]);
    assert!(first
        .headers
        .iter()
        .all(|(n, _)| *n == n.to_ascii_lowercase()));
    assert_eq!(first.body_text(), r#"{"params":{"ReportName":"r"}}"#);
    assert_eq!(
        first.json().expect("JSON")["params"]["ReportName"],
        serde_json::json!("r")
    );
    let second = &requests[1];
    assert_eq!(second.request_line(), "GET / HTTP/1.1");
    assert_eq!(second.query(), None);
    assert!(second.body.is_empty());
    assert!(second.json().is_err());
}

#[tokio::test]
async fn a_delay_holds_the_answer() {
    install_tls();
    let server = ScriptedServer::with_script([Reply::new(200)
        .body("late")
        .delay(Duration::from_millis(300))])
    .await
    .expect("start");
    let started = Instant::now();
    let answer = reqwest::get(server.base_url()).await.expect("answer");
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(answer.text().await.expect("body"), "late");

    // A client with a shorter timeout gives up; the request was still recorded.
    server.push(Reply::new(200).delay(Duration::from_secs(5)));
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .expect("client");
    let err = http.get(server.base_url()).send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_truncated_body_announces_more_than_it_sends_then_closes() {
    install_tls();
    let body = r#"{"result":{"Campaigns":[{"Id":1,"Name":"first"}]}}"#;
    let server = ScriptedServer::with_script([
        Reply::new(200).body(body).truncated(10),
        Reply::new(200).body(body).truncated(10),
        Reply::new(200).body("abc").truncated(0),
    ])
    .await
    .expect("start");

    // On the wire: the whole length in Content-Length, 10 bytes, then the connection closes.
    let answer = raw_exchange(
        &server,
        "GET /cut HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        Duration::from_secs(5),
    )
    .await;
    let (head, sent) = split_answer(&answer);
    assert_eq!(head[0], "http/1.1 200 ok");
    assert!(
        head.contains(&format!("content-length: {}", body.len())),
        "{head:?}"
    );
    assert!(!head.iter().any(|h| h.starts_with("transfer-encoding")));
    assert_eq!(sent, &body.as_bytes()[..10]);

    // A client sees a body error, not a short body.
    let response = reqwest::get(server.base_url()).await.expect("the head");
    assert_eq!(response.content_length(), Some(body.len() as u64));
    let err = response.bytes().await.unwrap_err();
    assert!(err.is_body() || err.is_decode(), "{err:?}");

    // Nothing of the body at all.
    let answer = raw_exchange(
        &server,
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        Duration::from_secs(5),
    )
    .await;
    let (head, sent) = split_answer(&answer);
    assert!(head.contains(&"content-length: 3".to_owned()), "{head:?}");
    assert!(sent.is_empty());
}

#[tokio::test]
async fn a_chunked_body_arrives_whole_in_pieces() {
    install_tls();
    let server = ScriptedServer::with_script([Reply::new(200)
        .body("0123456789")
        .chunked(4, Duration::from_millis(20))])
    .await
    .expect("start");
    let answer = raw_exchange(
        &server,
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        Duration::from_secs(5),
    )
    .await;
    let (head, body) = split_answer(&answer);
    assert!(head.contains(&"transfer-encoding: chunked".to_owned()));
    assert!(!head.iter().any(|h| h.starts_with("content-length")));
    assert_eq!(
        String::from_utf8_lossy(&body),
        "4\r\n0123\r\n4\r\n4567\r\n2\r\n89\r\n0\r\n\r\n"
    );

    server.push(Reply::new(200).body("abcdef").chunked(1, Duration::ZERO));
    let text = reqwest::get(server.base_url())
        .await
        .expect("answer")
        .text()
        .await
        .expect("body");
    assert_eq!(text, "abcdef");
}

#[tokio::test]
async fn an_endless_body_keeps_coming_and_a_stalled_one_never_does() {
    install_tls();
    let server = ScriptedServer::with_script([
        Reply::new(200)
            .body("line\n")
            .endless(Duration::from_millis(1)),
        Reply::new(200).header("X-Stalled", "yes").stalled(),
    ])
    .await
    .expect("start");

    let mut endless = reqwest::get(server.base_url()).await.expect("the head");
    let mut received = 0;
    while received < 20 * 5 {
        let chunk = endless.chunk().await.expect("a chunk").expect("more");
        assert!(chunk.iter().all(|b| b"line\n".contains(b)));
        received += chunk.len();
    }
    drop(endless);

    let http = reqwest::Client::builder()
        .read_timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let stalled = http.get(server.base_url()).send().await.expect("the head");
    assert_eq!(stalled.headers()["x-stalled"], "yes");
    let err = stalled.bytes().await.unwrap_err();
    assert!(err.is_timeout() || err.is_body(), "{err:?}");
}

#[tokio::test]
async fn stopping_the_server_ends_what_it_streams() {
    install_tls();
    let server = ScriptedServer::with_script([Reply::new(200).stalled()])
        .await
        .expect("start");
    let response = reqwest::get(server.base_url()).await.expect("the head");
    let reading = tokio::spawn(response.bytes());
    drop(server);
    let outcome = tokio::time::timeout(Duration::from_secs(5), reading)
        .await
        .expect("the body ends once the server stops")
        .expect("task");
    assert!(outcome.is_err(), "{outcome:?}");
}

#[tokio::test]
async fn an_invalid_reply_is_answered_with_500_saying_why() {
    install_tls();
    let server = ScriptedServer::with_script([
        Reply::new(200).header("bad name", "x"),
        Reply::new(200).header("X-Ok", "line\nbreak"),
        Reply::new(1000),
    ])
    .await
    .expect("start");
    for expected in [
        "invalid header name",
        "invalid value of header",
        "invalid status",
    ] {
        let answer = reqwest::get(server.base_url()).await.expect("answer");
        assert_eq!(answer.status().as_u16(), 500);
        let text = answer.text().await.expect("body");
        assert!(text.contains(expected), "{text}");
    }
}

#[tokio::test]
async fn waiting_for_requests() {
    install_tls();
    let server = ScriptedServer::start().await.expect("start");
    assert!(!server.wait_for_requests(1, Duration::from_millis(50)).await);
    let url = server.base_url();
    let sender = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        for _ in 0..2 {
            reqwest::get(&url).await.expect("answer");
        }
    });
    assert!(server.wait_for_requests(2, Duration::from_secs(5)).await);
    sender.await.expect("task");
    assert_eq!(server.request_count(), 2);
}
