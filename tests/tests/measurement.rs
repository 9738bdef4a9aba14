//! Measurement Protocol: typed builders, encoding, byte limits, batching, sending, debug answers,
//! GA4 and the `hit` command, against a local HTTP server (no network).

use std::time::{Duration, SystemTime};

use integration_tests::support::refused_base_url;
use yandex_direct::measurement::{
    metrica, params, sender_config, spec, ua, validate_ga4, Decimal, Dialect, EncodeOptions,
    Ga4Event, Ga4Request, Hit, HitError, HttpMethod, Invalid, LengthMode, Outgoing, Sender,
};
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

/// A collector on 127.0.0.1 that answers `200` with an empty JSON body unless scripted.
async fn collector() -> ScriptedServer {
    let server = ScriptedServer::start().await.expect("collector starts");
    server.set_fallback(answer(200, ""));
    server
}

/// An answer of the collector.
fn answer(status: u16, body: &str) -> Reply {
    Reply::new(status)
        .header("Content-Type", "application/json")
        .body(body.to_owned())
}

fn sender(base: &str, dialect: Dialect) -> Sender {
    let mut c = sender_config(dialect);
    c.base_url = base.to_string();
    c.timeout = Duration::from_secs(5);
    Sender::new(c).unwrap()
}

fn enc(hit: &Hit) -> String {
    hit.encode(&EncodeOptions::default()).unwrap().payload
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn tagged(hits: Vec<Hit>) -> Vec<(u64, Outgoing)> {
    hits.into_iter()
        .enumerate()
        .map(|(i, h)| (i as u64 + 1, Outgoing::Hit(h)))
        .collect()
}

#[test]
fn payload_of_each_ua_hit_type() {
    let cases: Vec<(Hit, &str)> = vec![
        (
            ua::Pageview::new("UA-1-1", "555", "https://example.com/a b")
                .document_title("Главная")
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=pageview&dl=https%3A%2F%2Fexample.com%2Fa%20b&dt=%D0%93%D0%BB%D0%B0%D0%B2%D0%BD%D0%B0%D1%8F",
        ),
        (
            ua::Screenview::new("UA-1-1", "555", "login")
                .application_name("application")
                .application_version("1.0.0")
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=screenview&cd=login&an=application&av=1.0.0",
        ),
        (
            ua::Event::new("UA-1-1", "555", "video", "play")
                .event_label("cats")
                .event_value(42)
                .non_interaction(true)
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=event&ec=video&ea=play&el=cats&ev=42&ni=1",
        ),
        (
            ua::Transaction::new("UA-1-1", "555", "T-1")
                .transaction_revenue(dec("250.00"))
                .transaction_tax(dec("25.5"))
                .currency_code("EUR")
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=transaction&ti=T-1&tr=250&tt=25.5&cu=EUR",
        ),
        (
            ua::Item::new("UA-1-1", "555", "T-1", "item 1")
                .item_price(dec("1000.000001"))
                .item_quantity(2)
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=item&ti=T-1&in=item%201&ip=1000.000001&iq=2",
        ),
        (
            ua::Social::new("UA-1-1", "555", "like", "facebook", "/home")
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=social&sa=like&sn=facebook&st=%2Fhome",
        ),
        (
            ua::Exception::new("UA-1-1", "555")
                .exception_description("DB down")
                .exception_fatal(false)
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=exception&exd=DB%20down&exf=0",
        ),
        (
            ua::Timing::new("UA-1-1", "555", "jsonLoader", "load", 5000)
                .page_load_time(3554)
                .build()
                .unwrap(),
            "v=1&tid=UA-1-1&cid=555&t=timing&utc=jsonLoader&utv=load&utt=5000&plt=3554",
        ),
    ];
    for (hit, expected) in &cases {
        assert_eq!(enc(hit), *expected);
    }
    println!("{} UA hit types encoded", cases.len());
}

#[test]
fn enhanced_ecommerce_collections_and_index_ranges() {
    let hit = ua::Event::ecommerce("UA-1-1", "555", ua::ProductAction::Purchase)
        .transaction_id("T-7")
        .transaction_revenue(dec("250"))
        .custom_metric(3, dec("50"))
        .product(
            ua::Product::new()
                .sku("AAAA-6666")
                .name("Test Product 2")
                .price(dec("50.00"))
                .quantity(1)
                .custom_dimension(1, "dim")
                .custom_metric(2, 999),
        )
        .product(ua::Product::new().sku("B"))
        .impression_list(
            ua::ImpressionList::new()
                .name("Search")
                .impression(ua::Impression::new().sku("X").position(1))
                .impression(ua::Impression::new().sku("Y")),
        )
        .promotion(ua::Promotion::new().id("P1").name("Summer"))
        .promotion_action(ua::PromotionAction::Click)
        .build()
        .unwrap();
    assert_eq!(
        enc(&hit),
        "v=1&tid=UA-1-1&cid=555&t=event&pa=purchase&ti=T-7&tr=250&cm3=50&pr1id=AAAA-6666\
         &pr1nm=Test%20Product%202&pr1pr=50&pr1qt=1&pr1cd1=dim&pr1cm2=999&pr2id=B&il1nm=Search\
         &il1pi1id=X&il1pi1ps=1&il1pi2id=Y&promo1id=P1&promo1nm=Summer&promoa=click"
    );
    let e = ua::Pageview::new("UA-1-1", "555", "https://e.com/")
        .custom_dimension(201, "x")
        .build()
        .unwrap_err();
    assert!(
        matches!(
            e,
            HitError::IndexOutOfRange {
                value: 201,
                max: 200,
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(e.param(), "cd201");
    let e = ua::Pageview::new("UA-1-1", "555", "https://e.com/")
        .content_group(6, "x")
        .build()
        .unwrap_err();
    assert!(matches!(e, HitError::IndexOutOfRange { max: 5, .. }), "{e}");
    let mut pv = ua::Event::ecommerce("UA-1-1", "555", ua::ProductAction::Detail);
    for i in 0..201 {
        pv = pv.product(ua::Product::new().sku(format!("s{i}")));
    }
    let e = pv.build().unwrap_err();
    assert_eq!(e.param(), "pr201");
    let e = ua::Screenview::new("UA-1-1", "555", "s")
        .application_version("1.0")
        .build()
        .unwrap_err();
    assert!(
        matches!(&e, HitError::Missing { param, .. } if param == "an"),
        "{e}"
    );
}

#[test]
fn metrica_hits_and_their_requirements() {
    let pv = metrica::Pageview::new("12345", "777", "secret", "https://ya.ru/", "", "Title")
        .build()
        .unwrap();
    assert_eq!(
        enc(&pv),
        "tid=12345&cid=777&ms=secret&t=pageview&dl=https%3A%2F%2Fya.ru%2F&dr=&dt=Title"
    );
    let goal = metrica::Event::goal("12345", "777", "secret", "cart")
        .session_params(&serde_json::json!({"a": 1}))
        .build()
        .unwrap();
    assert_eq!(
        enc(&goal),
        "tid=12345&cid=777&ms=secret&t=event&ea=cart&params=%7B%22a%22%3A1%7D"
    );
    // Purchase needs ti, tr, tcc and a product.
    let e = metrica::Event::ecommerce("1", "2", "s", metrica::ProductAction::Purchase)
        .product(metrica::Product::new().sku("p"))
        .transaction_id("t")
        .build()
        .unwrap_err();
    assert_eq!(e.param(), "tr");
    let e = metrica::Event::ecommerce("1", "2", "s", metrica::ProductAction::Add)
        .build()
        .unwrap_err();
    assert_eq!(e.param(), "pr1id");
    // Refused without ms, tid or cid (JSON input: the typed constructors cannot omit them).
    let full = serde_json::json!({"tid": "1", "cid": "2", "ms": "s", "t": "pageview",
        "dl": "https://a/", "dr": "", "dt": "x"});
    for missing in ["ms", "tid", "cid"] {
        let mut obj = full.as_object().unwrap().clone();
        obj.remove(missing);
        let e = Hit::from_pairs(
            spec(Dialect::Metrica),
            obj.iter().map(|(k, v)| (k.as_str(), v)),
        )
        .unwrap_err();
        assert!(
            matches!(&e, HitError::Missing { param, .. } if param == missing),
            "{e}"
        );
        assert!(e.to_string().contains(&format!("`{missing}`")));
    }
    // Metrica accepts only pageview and event, and its own product actions.
    let bad = serde_json::json!({"tid": "1", "cid": "2", "ms": "s", "t": "social"});
    let e = Hit::from_pairs(
        spec(Dialect::Metrica),
        bad.as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.as_str(), v)),
    )
    .unwrap_err();
    assert!(matches!(e, HitError::HitTypeNotAccepted { .. }));
}

#[test]
fn byte_limits_strict_and_lenient_cut_at_a_character_boundary() {
    // dt: 1500 bytes. "a" + 750 × "é" = 1501 bytes; the cut must not split an "é".
    let title = format!("a{}", "é".repeat(750));
    let hit = ua::Pageview::new("UA-1-1", "555", "https://e.com/")
        .document_title(title.clone())
        .build()
        .unwrap();
    let e = hit.encode(&EncodeOptions::default()).unwrap_err();
    assert_eq!(
        e,
        HitError::TooLong {
            param: "dt".into(),
            bytes: 1501,
            max: 1500
        }
    );
    let lenient = EncodeOptions {
        mode: LengthMode::Lenient,
        ..EncodeOptions::default()
    };
    let out = hit.encode(&lenient).unwrap();
    assert_eq!(out.truncations.len(), 1);
    let t = &out.truncations[0];
    assert_eq!(
        (
            t.param.as_str(),
            t.original_bytes,
            t.kept_bytes,
            t.max_bytes
        ),
        ("dt", 1501, 1499, 1500)
    );
    let sent = yandex_direct::measurement::decode_payload(&out.payload).unwrap();
    let dt = &sent.iter().find(|(k, _)| k == "dt").unwrap().1;
    assert_eq!(dt, &format!("a{}", "é".repeat(749)));
}

#[test]
fn queue_time_and_cache_buster() {
    let now = SystemTime::now();
    let mut hit = ua::Event::new("UA-1-1", "555", "c", "a")
        .cache_buster("123")
        .occurred_at(now - Duration::from_secs(5))
        .build()
        .unwrap();
    let opts = EncodeOptions {
        now: Some(now),
        ..EncodeOptions::default()
    };
    assert_eq!(enc(&hit), "v=1&tid=UA-1-1&cid=555&t=event&ec=c&ea=a&z=123");
    assert_eq!(
        hit.encode(&opts).unwrap().payload,
        "v=1&tid=UA-1-1&cid=555&t=event&ec=c&ea=a&qt=5000&z=123"
    );
    hit.set_occurred_at(now - Duration::from_secs(5 * 3600));
    let e = hit.encode(&opts).unwrap_err();
    assert!(matches!(e, HitError::TooOld { param: "qt", .. }), "{e}");
}

#[tokio::test]
async fn single_hit_post_with_user_agent() {
    let server = collector().await;
    let mut s = sender(&server.base_url(), Dialect::Ua);
    let hit = ua::Pageview::new("UA-1-1", "555", "https://e.com/")
        .build()
        .unwrap();
    let r = s.send(tagged(vec![hit])).await;
    assert_eq!(r.accepted, vec![1]);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].target.as_str()),
        ("POST", "/collect")
    );
    assert_eq!(
        reqs[0].body_text(),
        "v=1&tid=UA-1-1&cid=555&t=pageview&dl=https%3A%2F%2Fe.com%2F"
    );
    assert!(reqs[0]
        .header("user-agent")
        .unwrap()
        .starts_with("yandex-direct/"));
}

#[tokio::test]
async fn get_adds_a_cache_buster_last_and_checks_the_url_length() {
    let server = collector().await;
    let mut c = sender_config(Dialect::Ua);
    c.base_url = server.base_url();
    c.method = HttpMethod::Get;
    let mut s = Sender::new(c).unwrap();
    let ok = ua::Pageview::new("UA-1-1", "555", "https://e.com/")
        .build()
        .unwrap();
    let long = ua::Pageview::new("UA-1-1", "555", "https://e.com/")
        .document_title("x".repeat(1500))
        .document_referrer("y".repeat(2048))
        .document_path("z".repeat(2048))
        .campaign_keyword("k".repeat(500))
        .user_agent_override("u".repeat(2000))
        .build()
        .unwrap();
    let r = s.send(tagged(vec![ok, long])).await;
    assert_eq!(r.accepted, vec![1]);
    assert!(matches!(
        r.invalid[0],
        (2, Invalid::Hit(HitError::PayloadTooLarge { max: 8000, .. }))
    ));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].method, "GET");
    let q = reqs[0].target.strip_prefix("/collect?").unwrap();
    let last = q.rsplit('&').next().unwrap();
    assert!(last.starts_with("z=") && last.len() > 2, "{q}");
}

fn pageview_of_size(bytes: usize, n: usize) -> Hit {
    // `ua` (user agent override) has no byte limit: pad with it.
    let dl = format!("n{n}");
    let base = enc(&ua::Pageview::new("UA-1-1", "555", dl.clone())
        .user_agent_override("")
        .build()
        .unwrap());
    ua::Pageview::new("UA-1-1", "555", dl)
        .user_agent_override("a".repeat(bytes - base.len()))
        .build()
        .unwrap()
}

#[tokio::test]
async fn batches_at_the_limits() {
    let server = collector().await;
    let mut s = sender(&server.base_url(), Dialect::Ua);
    // 45 small hits: 20 + 20 + 5.
    let hits: Vec<Hit> = (0..45)
        .map(|i| {
            ua::Event::new("UA-1-1", format!("c{i}"), "x", "y")
                .build()
                .unwrap()
        })
        .collect();
    let r = s.send(tagged(hits)).await;
    assert_eq!(r.accepted.len(), 45);
    let reqs = server.requests();
    let counts: Vec<usize> = reqs.iter().map(|q| q.body_text().lines().count()).collect();
    assert_eq!(counts, vec![20, 20, 5]);
    assert!(reqs.iter().all(|q| q.target == "/batch"));
    let tags_in_order: Vec<u64> = (1..=45).collect();
    assert_eq!(r.accepted, tags_in_order);

    // 16 KB: three hits of 6000 bytes do not fit in one batch (18002 > 16384); two do.
    let server = collector().await;
    let mut s = sender(&server.base_url(), Dialect::Ua);
    let hits: Vec<Hit> = (0..3).map(|i| pageview_of_size(6000, i)).collect();
    assert!(hits.iter().all(|h| enc(h).len() == 6000));
    let r = s.send(tagged(hits)).await;
    assert_eq!(r.accepted.len(), 3);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        (reqs[0].target.as_str(), reqs[0].body.len()),
        ("/batch", 12001)
    );
    assert_eq!(
        (reqs[1].target.as_str(), reqs[1].body.len()),
        ("/collect", 6000)
    );
    assert!(reqs.iter().all(|q| q.body.len() <= 16384));

    // One hit of 8192 bytes is fine, 8193 bytes is refused and named; the others still go.
    let server = collector().await;
    let mut s = sender(&server.base_url(), Dialect::Ua);
    let hits = vec![
        pageview_of_size(8192, 1),
        pageview_of_size(8193, 2),
        pageview_of_size(100, 3),
    ];
    let r = s.send(tagged(hits)).await;
    assert_eq!(r.accepted, vec![1, 3]);
    assert_eq!(r.invalid.len(), 1);
    assert!(matches!(
        r.invalid[0],
        (
            2,
            Invalid::Hit(HitError::PayloadTooLarge {
                bytes: 8193,
                max: 8192,
                ..
            })
        )
    ));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].body.len(), 8192 + 1 + 100);
    println!("batching: 45 hits -> 3 batches; 3x6000 B -> 2 requests; 8193 B hit refused");
}

#[tokio::test]
async fn non_2xx_is_reported_and_not_retried() {
    let server = collector().await;
    server.set_fallback(answer(500, "boom"));
    let mut s = sender(&server.base_url(), Dialect::Ua);
    let hits = vec![
        ua::Event::new("UA-1-1", "1", "x", "y").build().unwrap(),
        ua::Event::new("UA-1-1", "2", "x", "y").build().unwrap(),
    ];
    let r = s.send(tagged(hits)).await;
    assert!(r.accepted.is_empty());
    assert_eq!(r.rejected.len(), 1);
    assert_eq!(
        (r.rejected[0].status, r.rejected[0].body.as_str()),
        (500, "boom")
    );
    assert_eq!(r.rejected[0].tags, vec![1, 2]);
    assert!(r.queued.is_empty());
    assert_eq!(s.queued().count(), 0);
    let again = s.flush().await;
    assert_eq!(again.requests, 0);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_refused_connection_keeps_the_hits() {
    let base = refused_base_url();
    let mut c = sender_config(Dialect::Ua);
    c.base_url = base;
    c.queue_capacity = 2;
    let mut s = Sender::new(c).unwrap();
    let hits: Vec<Hit> = (0..3)
        .map(|i| {
            ua::Event::new("UA-1-1", format!("{i}"), "x", "y")
                .build()
                .unwrap()
        })
        .collect();
    let r = s.send(tagged(hits)).await;
    assert!(r.accepted.is_empty());
    assert_eq!(r.queued.iter().map(|q| q.0).collect::<Vec<_>>(), vec![1, 2]);
    assert!(r.queued[0].1.contains("transport failure"));
    assert_eq!(r.dropped.len(), 1);
    assert_eq!(r.dropped[0].0, 3);
    assert!(r.dropped[0].2.contains("queue is full"));
    // The queue is retried first by the next call (still refused: still kept, nothing lost).
    let r = s.flush().await;
    assert_eq!(r.queued.len(), 2);
    assert_eq!(s.queued().count(), 2);
    // Hand the queue to a sender that can reach a collector.
    let server = collector().await;
    let mut live = sender(&server.base_url(), Dialect::Ua);
    let r = live.send(s.take_queue()).await;
    assert_eq!(r.accepted, vec![1, 2]);
    assert_eq!(server.requests()[0].body_text().lines().count(), 2);
}

const DEBUG_INVALID: &str = r#"{"hitParsingResult":[{"valid":false,"parserMessage":[{"messageType":"ERROR","description":"The value provided for parameter 'tid' is invalid.","messageCode":"VALUE_INVALID","parameter":"tid"}],"hit":"/debug/collect?v=1&tid=G-1"}],"parserMessage":[{"messageType":"INFO","description":"Found 1 hit in the request."}]}"#;
const DEBUG_VALID: &str = r#"{"hitParsingResult":[{"valid":true,"parserMessage":[],"hit":"/debug/collect?v=1"}],"parserMessage":[{"messageType":"INFO","description":"Found 1 hit in the request."}]}"#;

#[tokio::test]
async fn debug_answers_are_typed() {
    let server = collector().await;
    server.script([answer(200, DEBUG_VALID), answer(200, DEBUG_INVALID)]);
    let mut c = sender_config(Dialect::Ua);
    c.base_url = server.base_url();
    c.debug = true;
    let mut s = Sender::new(c).unwrap();
    let hits = vec![
        ua::Event::new("UA-1-1", "1", "x", "y").build().unwrap(),
        // Built locally (the form is right); the scripted validator refuses it.
        ua::Event::new("UA-2-2", "2", "x", "y").build().unwrap(),
    ];
    let r = s.send(tagged(hits)).await;
    assert_eq!(r.accepted, vec![1]);
    assert_eq!(r.debug.len(), 2);
    let (tags, answer) = &r.debug[1];
    assert_eq!(tags, &vec![2]);
    let m = &answer.hit_parsing_result[0].parser_message[0];
    assert_eq!(m.message_code.as_deref(), Some("VALUE_INVALID"));
    assert!(matches!(&r.invalid[0], (2, Invalid::Validator { param, .. }) if param == "tid"));
    assert!(server
        .requests()
        .iter()
        .all(|q| q.target == "/debug/collect"));
}

#[tokio::test]
async fn ga4_events_are_checked_split_and_sent() {
    // Reserved names and prefixes are refused by the generated GA4 rules.
    let check = |event: &Ga4Event| event.validate(&params::GA4, "events[0]");
    assert!(check(&Ga4Event::new("session_start"))
        .unwrap_err()
        .message
        .contains("reserved"));
    assert!(check(&Ga4Event::new("_bad")).is_err());
    assert!(check(&Ga4Event::new("a".repeat(41))).is_err());
    assert!(check(&Ga4Event::new("1abc")).is_err());
    let e = check(&Ga4Event::new("purchase").param("ga_session", 1)).unwrap_err();
    assert!(e.message.contains("reserved prefix `ga_`"), "{e}");
    let e = check(&Ga4Event::new("purchase").param("firebase_conversion", 1)).unwrap_err();
    assert!(e.path.contains("firebase_conversion"));
    let e = check(&Ga4Event::new("x").param("p", "v".repeat(101))).unwrap_err();
    assert!(e.message.contains("at most 100"));
    assert!(check(&Ga4Event::new("x").param("page_location", "v".repeat(1000))).is_ok());
    let mut ev = Ga4Event::new("x");
    for i in 0..25 {
        ev = ev.param(format!("p{i}"), i);
    }
    assert!(check(&ev).is_ok());
    assert!(check(&ev.param("p25", 1)).is_err());
    let r = Ga4Request::web("G-1", "s", "c1")
        .user_property("first_open_time", 1)
        .event(Ga4Event::new("x"));
    assert_eq!(
        validate_ga4(&r).unwrap_err().path,
        "user_properties.first_open_time"
    );

    // A request is either web or app: both ids are refused before sending, naming the one
    // that does not belong.
    let mut both = Ga4Request::web("G-1", "s", "c1").event(Ga4Event::new("x"));
    both.body.insert(
        "app_instance_id".into(),
        "0123456789abcdef0123456789abcdef".into(),
    );
    let e = validate_ga4(&both).unwrap_err();
    assert_eq!(e.path, "app_instance_id", "{e}");
    assert!(e.message.contains("either web"), "{e}");
    let mut both = Ga4Request::app("1:2:android:3", "s", "0123456789abcdef0123456789abcdef")
        .event(Ga4Event::new("x"));
    both.body.insert("client_id".into(), "c1".into());
    assert_eq!(validate_ga4(&both).unwrap_err().path, "client_id");
    let mut both_streams = Ga4Request::web("G-1", "s", "c1").event(Ga4Event::new("x"));
    both_streams.firebase_app_id = Some("1:2:android:3".into());
    assert_eq!(
        validate_ga4(&both_streams).unwrap_err().path,
        "firebase_app_id"
    );
    let server = collector().await;
    let mut s = sender(&server.base_url(), Dialect::Ua);
    let mut both = Ga4Request::web("G-1", "s", "c1").event(Ga4Event::new("x"));
    both.body.insert(
        "app_instance_id".into(),
        "0123456789abcdef0123456789abcdef".into(),
    );
    let r = s.send(vec![(3, Outgoing::Ga4(both))]).await;
    assert!(r.accepted.is_empty());
    assert!(
        matches!(&r.invalid[0], (3, Invalid::Ga4(e)) if e.path == "app_instance_id"),
        "{:?}",
        r.invalid
    );
    assert!(server.requests().is_empty());

    // 30 events: two requests of 25 and 5.
    let server = collector().await;
    let mut s = sender(&server.base_url(), Dialect::Ua);
    let mut req = Ga4Request::web("G-TEST", "sec ret", "c1");
    for i in 0..30 {
        req = req.event(Ga4Event::new("level_up").param("level", i));
    }
    let r = s.send(vec![(7, Outgoing::Ga4(req))]).await;
    assert_eq!(r.accepted, vec![7, 7]);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        reqs[0].target,
        "/mp/collect?measurement_id=G-TEST&api_secret=sec%20ret"
    );
    assert_eq!(reqs[0].header("content-type"), Some("application/json"));
    let b0: serde_json::Value = serde_json::from_slice(&reqs[0].body).unwrap();
    let b1: serde_json::Value = serde_json::from_slice(&reqs[1].body).unwrap();
    assert_eq!(b0["events"].as_array().unwrap().len(), 25);
    assert_eq!(b1["events"].as_array().unwrap().len(), 5);
    assert_eq!(b1["client_id"], "c1");
    assert!(b0.get("api_secret").is_none());

    // Debug answers of /debug/mp/collect.
    let server = collector().await;
    server.script([answer(200, r#"{"validationMessages":[{"fieldPath":"events","description":"Event at index: [0] has invalid name [_badEventName]. Names must start with an alphabetic character.","validationCode":"NAME_INVALID"}]}"#)]);
    let mut c = sender_config(Dialect::Ua);
    c.base_url = server.base_url();
    c.debug = true;
    let mut s = Sender::new(c).unwrap();
    let req = Ga4Request::web("G-1", "s", "c").event(Ga4Event::new("ok"));
    let r = s.send(vec![(1, Outgoing::Ga4(req))]).await;
    assert_eq!(
        r.ga4_debug[0].1.validation_messages[0].validation_code,
        "NAME_INVALID"
    );
    assert!(matches!(&r.invalid[0], (1, Invalid::Validator { .. })));
    assert!(server.requests()[0]
        .target
        .starts_with("/debug/mp/collect?"));
}

/// JSON lines read by the library as `ydirect hit` reads them: in order, checked before
/// sending, each error naming its parameter; and the sender's configuration for them.
#[test]
fn json_lines_are_read_and_configured_by_the_library() {
    use yandex_direct::measurement::{
        line_sender_config, parse_line, LineError, LineOptions, Protocol,
    };

    let line = r#"{"t": "event", "tid": "UA-1-1", "cid": "555", "ec": "a b", "ea": "x", "z": "9"}"#;
    let parsed = parse_line(Protocol::Ua, line, false).unwrap();
    assert!(parsed.warnings.is_empty());
    let Outgoing::Hit(hit) = parsed.outgoing else {
        panic!("a UA line is a hit");
    };
    // In the order written, `z` last.
    assert_eq!(
        enc(&hit),
        "v=1&t=event&tid=UA-1-1&cid=555&ec=a%20b&ea=x&z=9"
    );
    assert_eq!(Hit::from_json_object(spec(Dialect::Ua), line).unwrap(), hit);

    let not_json = parse_line(Protocol::Metrica, "[1]", false).unwrap_err();
    assert!(matches!(not_json, LineError::NotJson(_)), "{not_json}");
    assert_eq!(not_json.param(), "*");
    let e = Hit::from_json_object(spec(Dialect::Ua), "[1]").unwrap_err();
    assert_eq!(e.to_string(), not_json.to_string());
    let unknown = parse_line(
        Protocol::Ua,
        r#"{"t": "pageview", "tid": "UA-1-1", "xx": 1}"#,
        false,
    )
    .unwrap_err();
    assert_eq!(unknown.param(), "xx");

    let ga4 = r#"{"measurement_id": "UA-1-1", "api_secret": "s", "client_id": "c", "events": [{"name": "tutorial_begin"}]}"#;
    let parsed = parse_line(Protocol::Ga4, ga4, false).unwrap();
    assert!(matches!(parsed.outgoing, Outgoing::Ga4(_)));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].path, "measurement_id");
    let strict = parse_line(Protocol::Ga4, ga4, true).unwrap_err();
    assert!(matches!(&strict, LineError::NotRecommended(e) if e.path == "measurement_id"));
    assert!(
        strict.to_string().ends_with("(refused in strict mode)"),
        "{strict}"
    );

    let e = line_sender_config(
        Protocol::Metrica,
        &LineOptions {
            debug: true,
            ..LineOptions::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "the metrica dialect has no validation endpoint"
    );
    let ga4 = line_sender_config(Protocol::Ga4, &LineOptions::default()).unwrap();
    assert_eq!(ga4.base_url, params::GA4.base_url);
    assert_eq!(ga4.mode, LengthMode::Lenient);
    assert_eq!(ga4.queue_capacity, usize::MAX);
    let ua = line_sender_config(
        Protocol::Ua,
        &LineOptions {
            strict: true,
            debug: true,
            base_url: Some("http://127.0.0.1:1".to_owned()),
        },
    )
    .unwrap();
    assert_eq!(ua.base_url, "http://127.0.0.1:1");
    assert_eq!(ua.mode, LengthMode::Strict);
    assert!(ua.debug);
}
