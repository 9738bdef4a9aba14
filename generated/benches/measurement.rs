//! Measurement Protocol throughput: pageviews and 10-product purchases encoded per second, and
//! batched sending to a local collector (a minimal HTTP/1.1 server started by the bench).
//!
//! `cargo bench -p yandex-direct --features measurement --bench measurement`

use std::borrow::Cow;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use yandex_direct::measurement::{
    sender_config, ua, Decimal, Dialect, EncodeOptions, Hit, Outgoing, Sender,
};

fn pageview() -> Hit {
    ua::Pageview::new(
        "UA-12345-1",
        "35009a79-1a05-49d7-b876-2b884d0f825b",
        "https://example.com/catalog/shoes?page=2",
    )
    .document_title("Shoes — page 2")
    .document_referrer("https://www.google.com/")
    .user_language("ru-ru")
    .screen_resolution("1920x1080")
    .build()
    .expect("valid pageview")
}

/// The texts of the ten products, as the purchase benchmark makes them.
fn product_texts(i: i64) -> (String, String) {
    (format!("SKU-{i:04}"), format!("Product name {i}"))
}

fn purchase() -> Hit {
    purchase_of(product_texts)
}

/// The purchase of `purchase()` with the product texts taken from `texts`.
fn purchase_of<T: Into<Cow<'static, str>>>(mut texts: impl FnMut(i64) -> (T, T)) -> Hit {
    let mut hit = ua::Event::ecommerce(
        "UA-12345-1",
        "35009a79-1a05-49d7-b876-2b884d0f825b",
        ua::ProductAction::Purchase,
    )
    .transaction_id("T-100234")
    .transaction_affiliation("Online store")
    .transaction_revenue("1234.50".parse::<Decimal>().expect("decimal"))
    .transaction_tax(Decimal::new(12345, 2).expect("decimal"))
    .transaction_shipping(15)
    .currency_code("RUB");
    for i in 0..10 {
        let (sku, name) = texts(i);
        hit = hit.product(
            ua::Product::new()
                .sku(sku)
                .name(name)
                .brand("Brand")
                .category("Apparel/Shoes")
                .variant("black")
                .price(Decimal::new(9990 + i, 2).expect("decimal"))
                .quantity(1)
                .position(i + 1)
                .custom_dimension(1, "size 42"),
        );
    }
    hit.build().expect("valid purchase")
}

fn encode(c: &mut Criterion) {
    let opts = EncodeOptions::default();
    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Elements(1));
    let pv = pageview();
    let mut buf = String::with_capacity(512);
    let mut cuts = Vec::new();
    g.bench_function("pageview (encode only)", |b| {
        b.iter(|| {
            buf.clear();
            pv.encode_into(&opts, &mut buf, &mut cuts).expect("encodes");
            buf.len()
        })
    });
    g.bench_function("pageview (build + encode)", |b| {
        b.iter(|| pageview().encode(&opts).expect("encodes").payload.len())
    });
    let p = purchase();
    g.bench_function("purchase 10 products (encode only)", |b| {
        b.iter(|| {
            buf.clear();
            p.encode_into(&opts, &mut buf, &mut cuts).expect("encodes");
            buf.len()
        })
    });
    g.bench_function("purchase 10 products (build + encode)", |b| {
        b.iter(|| purchase().encode(&opts).expect("encodes").payload.len())
    });
    // What the benchmark above spends outside the library: making its twenty product texts
    // (and freeing them), measured on its own in the same run.
    g.bench_function("purchase 10 products (the product texts alone)", |b| {
        b.iter(|| {
            (0..10)
                .map(product_texts)
                .map(|(sku, name)| sku.len() + name.len())
                .sum::<usize>()
        })
    });
    // The same purchase with the texts already at hand, as an order's items would have them
    // (cloned into the hit: the setters take owned or static text).
    let texts: Vec<(String, String)> = (0..10).map(product_texts).collect();
    g.bench_function(
        "purchase 10 products (build + encode, texts at hand)",
        |b| {
            b.iter(|| {
                purchase_of(|i| texts[i as usize].clone())
                    .encode(&opts)
                    .expect("encodes")
                    .payload
                    .len()
            })
        },
    );
    // And with texts that cost nothing to hand over (static, leaked once for the bench): the
    // library's own share.
    let static_texts: Vec<(&'static str, &'static str)> = (0..10)
        .map(product_texts)
        .map(|(sku, name)| -> (&'static str, &'static str) { (sku.leak(), name.leak()) })
        .collect();
    g.bench_function("purchase 10 products (build + encode, static texts)", |b| {
        b.iter(|| {
            purchase_of(|i| static_texts[i as usize])
                .encode(&opts)
                .expect("encodes")
                .payload
                .len()
        })
    });
    g.finish();
}

/// A collector that answers 200 to every request, on keep-alive connections.
async fn local_collector() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = Vec::with_capacity(32 * 1024);
                let mut chunk = vec![0u8; 32 * 1024];
                loop {
                    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                        continue;
                    };
                    let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                    let len: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    while buf.len() < end + 4 + len {
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    buf.drain(..end + 4 + len);
                    if sock
                        .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{addr}")
}

fn send(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let base = rt.block_on(local_collector());
    let mut config = sender_config(Dialect::Ua);
    config.base_url = base;
    let mut sender = rt.block_on(async { Sender::new(config) }).expect("sender");
    let hit = pageview();
    let mut g = c.benchmark_group("send");
    g.measurement_time(Duration::from_secs(5));
    for n in [100u64, 1000] {
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(
            BenchmarkId::new("batched pageviews to 127.0.0.1", n),
            &n,
            |b, &n| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let items: Vec<(u64, Outgoing)> =
                            (0..n).map(|i| (i, Outgoing::Hit(hit.clone()))).collect();
                        let start = Instant::now();
                        let report = rt.block_on(sender.send(items));
                        total += start.elapsed();
                        assert_eq!(report.accepted.len() as u64, n);
                    }
                    total
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, encode, send);
criterion_main!(benches);
