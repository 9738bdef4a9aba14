use super::calendar::{days_from_civil, from_unix_seconds};
use super::*;

/// 2026-12-07 09:17:00 UTC: 01:17 in Los Angeles (PST).
fn monday_morning() -> SystemTime {
    from_unix_seconds(days_from_civil(2026, 12, 7) * 86_400 + 9 * 3600 + 17 * 60)
}

fn utc(day: u32, hour: i64) -> SystemTime {
    from_unix_seconds(days_from_civil(2026, 12, day) * 86_400 + hour * 3600)
}

fn governor() -> Governor {
    Governor::builder()
        .clock(Clock::following_tokio(monday_morning()))
        .build()
}

fn core() -> QuotaKey {
    QuotaKey::ga4("123", Ga4Category::Core)
}

fn quota(consumed: i64, per_hour_left: i64) -> Vec<Figure> {
    vec![
        Figure::new("tokensPerDay", consumed, 150_000),
        Figure::new("tokensPerHour", consumed, per_hour_left),
        Figure::new("tokensPerProjectPerHour", consumed, 13_000),
    ]
}

fn bucket(governor: &Governor, key: &QuotaKey, name: &str) -> BucketSnapshot {
    governor
        .buckets(key)
        .into_iter()
        .find(|b| b.bucket == name)
        .unwrap_or_else(|| panic!("no bucket {name}"))
}

#[tokio::test(start_paused = true)]
async fn the_estimate_is_the_last_cost_of_the_shape_then_of_the_key_then_ten() {
    let governor = governor();
    let small = Demand::new(core()).with_shape(Demand::shape_of(&"small"));
    let large = Demand::new(core()).with_shape(Demand::shape_of(&"large"));
    assert_eq!(governor.estimate(&small), 10);
    let reservation = governor.reserve(&large).await.expect("reserved");
    assert_eq!(reservation.estimate(), 10);
    assert_eq!(bucket(&governor, &core(), "tokensPerHour").reserved, 10);
    reservation.settle(&quota(300, 39_700));
    assert_eq!(governor.estimate(&large), 300);
    // A shape never seen costs what the key's last request cost.
    assert_eq!(governor.estimate(&small), 300);
    governor
        .reserve(&small)
        .await
        .expect("reserved")
        .settle(&quota(25, 39_675));
    assert_eq!(governor.estimate(&small), 25);
    assert_eq!(governor.estimate(&large), 300);
    let hour = bucket(&governor, &core(), "tokensPerHour");
    assert_eq!((hour.remaining, hour.reserved), (Some(39_675), 0));
    // Another property knows nothing yet.
    let other = Demand::new(QuotaKey::ga4("properties/9", Ga4Category::Core));
    assert_eq!(governor.estimate(&other), 10);
}

#[tokio::test(start_paused = true)]
async fn a_request_costing_more_than_is_left_is_refused_naming_the_bucket_and_its_refill() {
    let governor = governor();
    let small = Demand::new(core()).with_shape(8);
    let large = Demand::new(core()).with_shape(7);
    let reservation = governor.reserve(&small).await.expect("reserved");
    reservation.settle(&quota(200, 39_800));
    let reservation = governor.reserve(&large).await.expect("reserved");
    reservation.settle(&quota(300, 250));
    let error = governor.reserve(&large).await.expect_err("refused");
    assert_eq!(error.bucket, "tokensPerHour");
    assert_eq!(error.kind, BucketKind::Tokens);
    assert_eq!((error.needed, error.available), (300, 250));
    assert_eq!(error.refills_at, Some(utc(7, 10)));
    assert_eq!(
        error.to_string(),
        "quota of ga4 properties/123/core: bucket `tokensPerHour` has 250 left, the request \
         needs about 300; it refills at 2026-12-07 10:00:00 UTC"
    );
    // Nothing stays reserved by the refused request.
    assert_eq!(bucket(&governor, &core(), "tokensPerHour").reserved, 0);
    // A smaller shape still fits.
    governor.reserve(&small).await.expect("fits").settle_spent();
    // The daily bucket refills at midnight Pacific time, 08:00 UTC in December.
    governor.update(&core(), &[Figure::new("tokensPerDay", 0, 100)]);
    let error = governor.reserve(&small).await.expect_err("refused");
    assert_eq!(
        (error.bucket.as_str(), error.available),
        ("tokensPerDay", 100)
    );
    assert_eq!(error.refills_at, Some(utc(8, 8)));
}

#[tokio::test(start_paused = true)]
async fn reservations_in_flight_count_against_what_is_left() {
    let governor = governor();
    let demand = Demand::new(core()).with_shape(1);
    governor
        .reserve(&demand)
        .await
        .expect("reserved")
        .settle(&quota(100, 250));
    let first = governor.reserve(&demand).await.expect("100 of 250");
    let second = governor.reserve(&demand).await.expect("200 of 250");
    let error = governor.reserve(&demand).await.expect_err("300 of 250");
    assert_eq!((error.needed, error.available), (100, 50));
    drop(first); // released: nothing charged
    let third = governor.reserve(&demand).await.expect("fits again");
    second.settle_spent();
    third.release();
    assert_eq!(
        bucket(&governor, &core(), "tokensPerHour").remaining,
        Some(150)
    );
}

#[tokio::test(start_paused = true)]
async fn the_wait_policy_sleeps_until_the_refill_within_its_bound() {
    let governor = governor();
    let demand = Demand::new(core()).with_shape(1);
    governor
        .reserve(&demand)
        .await
        .expect("reserved")
        .settle(&quota(300, 100));
    // 43 minutes to the top of the hour: a 30-minute bound fails at once.
    let short = demand.clone().with_policy(QuotaPolicy::Wait {
        max: Duration::from_secs(30 * 60),
    });
    let started = tokio::time::Instant::now();
    let error = governor.reserve(&short).await.expect_err("too far");
    assert_eq!(error.refills_at, Some(utc(7, 10)));
    assert_eq!(started.elapsed(), Duration::ZERO);
    assert!(error.to_string().contains("wait policy"), "{error}");
    // An hour's bound waits for the refill and goes on with the bucket full again.
    let long = demand.with_policy(QuotaPolicy::Wait {
        max: Duration::from_secs(3600),
    });
    let reservation = governor.reserve(&long).await.expect("after the refill");
    assert_eq!(started.elapsed(), Duration::from_secs(43 * 60));
    assert_eq!(governor.now(), utc(7, 10));
    assert_eq!(reservation.estimate(), 300);
    let hour = bucket(&governor, &core(), "tokensPerHour");
    assert_eq!((hour.remaining, hour.reserved), (Some(40_000), 300));
    assert_eq!(hour.refills_at, Some(utc(7, 11)));
}

#[tokio::test(start_paused = true)]
async fn a_waiting_request_goes_on_when_a_request_in_flight_gives_back_its_reservation() {
    let governor = governor();
    let demand = Demand::new(core()).with_shape(1);
    governor
        .reserve(&demand)
        .await
        .expect("reserved")
        .settle(&quota(100, 150));
    let in_flight = governor.reserve(&demand).await.expect("100 of 150");
    let waiting = {
        let governor = governor.clone();
        let demand = demand.clone().with_policy(QuotaPolicy::Wait {
            max: Duration::from_secs(3600),
        });
        tokio::spawn(async move {
            let started = tokio::time::Instant::now();
            let reservation = governor.reserve(&demand).await;
            (reservation.map(|r| r.estimate()), started.elapsed())
        })
    };
    tokio::time::sleep(Duration::from_secs(5)).await;
    in_flight.release();
    let (estimate, waited) = waiting.await.expect("joined");
    assert_eq!(estimate, Ok(100));
    assert_eq!(waited, Duration::from_secs(5));
}

#[tokio::test(start_paused = true)]
async fn the_eleventh_request_of_a_property_waits_for_a_slot() {
    let governor = governor();
    let demand = Demand::new(core());
    let mut held = Vec::new();
    for _ in 0..10 {
        held.push(governor.reserve(&demand).await.expect("slot"));
    }
    let slots = bucket(&governor, &core(), "concurrentRequests");
    assert_eq!(
        (slots.limit, slots.remaining, slots.reserved),
        (Some(10), Some(0), 10)
    );
    // The realtime category of the same property has its own slots.
    let realtime = Demand::new(QuotaKey::ga4("123", Ga4Category::Realtime));
    drop(governor.reserve(&realtime).await.expect("own slots"));
    let eleventh = tokio::spawn({
        let governor = governor.clone();
        let demand = demand.clone();
        async move { governor.reserve(&demand).await }
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        !eleventh.is_finished(),
        "the 11th went on with 10 in flight"
    );
    held.pop();
    held.push(eleventh.await.expect("joined").expect("a slot"));
    // Under the wait policy a slot that does not come in time is an error naming the bucket.
    let bounded = demand.with_policy(QuotaPolicy::Wait {
        max: Duration::from_secs(2),
    });
    let error = governor.reserve(&bounded).await.expect_err("no slot");
    assert_eq!(error.bucket, "concurrentRequests");
    assert_eq!(error.kind, BucketKind::Concurrency);
}

#[tokio::test(start_paused = true)]
async fn analytics_360_limits_are_a_setting() {
    let governor = Governor::builder()
        .ga4_tier(Ga4Tier::Analytics360)
        .clock(Clock::following_tokio(monday_morning()))
        .build();
    drop(
        governor
            .reserve(&Demand::new(core()))
            .await
            .expect("reserved"),
    );
    let limits: Vec<_> = governor
        .buckets(&core())
        .into_iter()
        .map(|b| (b.bucket, b.limit))
        .collect();
    assert_eq!(
        limits,
        [
            ("tokensPerDay", 2_000_000),
            ("tokensPerHour", 400_000),
            ("tokensPerProjectPerHour", 140_000),
            ("concurrentRequests", 50),
            ("serverErrorsPerProjectPerHour", 50),
            ("potentiallyThresholdedRequestsPerHour", 120),
        ]
        .map(|(name, limit)| (name.to_owned(), Some(limit)))
    );
    // One property of a standard governor configured as 360.
    let governor = governor_with_one_360_property();
    let slots = bucket(
        &governor,
        &QuotaKey::ga4("360", Ga4Category::Core),
        "concurrentRequests",
    );
    assert_eq!(slots.limit, Some(50));
    assert_eq!(
        bucket(&governor, &core(), "concurrentRequests").limit,
        Some(10)
    );
}

fn governor_with_one_360_property() -> Governor {
    let governor = governor();
    governor.configure(
        &QuotaKey::ga4("360", Ga4Category::Core),
        &Profile::ga4(Ga4Tier::Analytics360),
    );
    governor.estimate(&Demand::new(core()));
    governor
}

#[tokio::test(start_paused = true)]
async fn server_errors_are_retried_only_while_the_bucket_keeps_its_margin() {
    let governor = governor();
    let key = core();
    let mut retries = 0;
    loop {
        governor
            .reserve(&Demand::new(key.clone()))
            .await
            .expect("reserved")
            .server_error();
        if !governor.may_retry_server_error(&key) {
            break;
        }
        retries += 1;
        assert!(retries < 20, "never stops retrying");
    }
    // 10 an hour, a margin of 2: the 8th error is the last, and 2 are left for others.
    assert_eq!(retries, 7);
    let errors = bucket(&governor, &key, "serverErrorsPerProjectPerHour");
    assert_eq!(errors.remaining, Some(DEFAULT_SERVER_ERROR_MARGIN));
    // No tokens were charged for the failed requests.
    assert_eq!(
        bucket(&governor, &key, "tokensPerHour").remaining,
        Some(40_000)
    );
    // A first attempt still goes while the server has not blocked the property.
    assert!(governor.reserve(&Demand::new(key.clone())).await.is_ok());
    // The figures of an answer replace the local count; an empty bucket stops everything.
    governor.update(&key, &[Figure::new("serverErrorsPerProjectPerHour", 0, 0)]);
    let error = governor
        .reserve(&Demand::new(key.clone()))
        .await
        .expect_err("blocked");
    assert_eq!(error.bucket, "serverErrorsPerProjectPerHour");
    assert_eq!(error.refills_at, Some(utc(7, 10)));
}

#[tokio::test(start_paused = true)]
async fn potentially_thresholded_requests_are_counted_against_their_bucket() {
    let governor = governor();
    let key = core();
    let thresholded = |n| {
        Demand::new(key.clone())
            .with_count(ga4_buckets::POTENTIALLY_THRESHOLDED_REQUESTS_PER_HOUR, n)
    };
    governor
        .reserve(&thresholded(2))
        .await
        .expect("reserved")
        .settle(&[Figure::new("potentiallyThresholdedRequestsPerHour", 2, 3)]);
    governor
        .reserve(&thresholded(1))
        .await
        .expect("3 left")
        .settle_spent();
    let bucket_now = bucket(&governor, &key, "potentiallyThresholdedRequestsPerHour");
    assert_eq!(bucket_now.remaining, Some(2));
    let error = governor.reserve(&thresholded(3)).await.expect_err("2 left");
    assert_eq!(error.bucket, "potentiallyThresholdedRequestsPerHour");
    // A request without such a dimension does not need the bucket.
    governor
        .reserve(&Demand::new(key.clone()))
        .await
        .expect("not thresholded");
}

#[tokio::test(start_paused = true)]
async fn a_late_answer_of_an_earlier_request_does_not_overwrite_newer_figures() {
    let governor = governor();
    let demand = Demand::new(core());
    let earlier = governor.reserve(&demand).await.expect("reserved");
    let later = governor.reserve(&demand).await.expect("reserved");
    later.settle(&quota(10, 1_000));
    earlier.settle(&quota(10, 1_010));
    assert_eq!(
        bucket(&governor, &core(), "tokensPerHour").remaining,
        Some(1_000)
    );
}

#[tokio::test(start_paused = true)]
async fn a_server_429_empties_the_bucket_until_it_refills() {
    let governor = governor();
    governor
        .reserve(&Demand::new(core()))
        .await
        .expect("reserved")
        .exhausted("tokensPerProjectPerHour");
    let error = governor
        .reserve(&Demand::new(core()))
        .await
        .expect_err("empty");
    assert_eq!(error.bucket, "tokensPerProjectPerHour");
    tokio::time::sleep(Duration::from_secs(43 * 60)).await;
    governor
        .reserve(&Demand::new(core()))
        .await
        .expect("refilled");
}

#[tokio::test(start_paused = true)]
async fn direct_units_and_five_requests_in_flight_fit_the_same_governor() {
    let governor = governor();
    let login = QuotaKey::direct("agency-client");
    let get = Demand::new(login.clone()).with_shape(Demand::shape_of(&("campaigns", "get")));
    // Five in flight; the sixth waits.
    let mut held = Vec::new();
    for _ in 0..5 {
        held.push(governor.reserve(&get).await.expect("slot"));
    }
    let sixth = tokio::spawn({
        let governor = governor.clone();
        let get = get.clone();
        async move { governor.reserve(&get).await.map(|r| r.estimate()) }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!sixth.is_finished());
    let units = |rest| {
        Figure::from_units(crate::Units {
            spent: 25,
            rest,
            limit: 64_000,
        })
    };
    held.pop().expect("held").settle(&[units(1_000)]);
    // The sixth goes on once a slot is free, at the cost just learnt.
    assert_eq!(sixth.await.expect("joined"), Ok(25));
    drop(held);
    assert_eq!(governor.estimate(&get), 25);
    governor
        .reserve(&get)
        .await
        .expect("reserved")
        .settle(&[units(40)]);
    let spend = governor.reserve(&get).await.expect("25 of 40");
    let error = governor.reserve(&get).await.expect_err("50 of 40");
    assert_eq!(
        (error.bucket.as_str(), error.needed, error.available),
        ("units", 25, 15)
    );
    // Units come back over a rolling day: the governor looks again in an hour.
    assert_eq!(
        error.refills_at,
        Some(monday_morning() + Duration::from_secs(3600))
    );
    drop(spend);
    let direct = governor.buckets(&login);
    assert_eq!(
        direct
            .iter()
            .map(|b| (b.bucket.as_str(), b.limit, b.remaining))
            .collect::<Vec<_>>(),
        [
            ("units", Some(64_000), Some(40)),
            ("inFlight", Some(5), Some(5))
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn the_snapshot_lists_every_bucket_of_every_key() {
    let governor = governor();
    governor
        .reserve(&Demand::new(core()))
        .await
        .expect("reserved")
        .settle(&quota(12, 39_988));
    governor.update(
        &QuotaKey::direct(""),
        &[Figure::from_units(crate::Units {
            spent: 10,
            rest: 990,
            limit: 1_000,
        })],
    );
    let listed: Vec<_> = governor
        .snapshot()
        .into_iter()
        .map(|b| {
            (
                b.key.to_string(),
                b.bucket,
                b.remaining,
                b.refills_at.is_some(),
            )
        })
        .collect();
    let row = |key: &str, bucket: &str, remaining: i64, refilled: bool| {
        (key.to_owned(), bucket.to_owned(), Some(remaining), refilled)
    };
    assert_eq!(
        listed,
        [
            row("direct ", "units", 990, true),
            row("direct ", "inFlight", 5, false),
            row("ga4 properties/123/core", "tokensPerDay", 150_000, true),
            row("ga4 properties/123/core", "tokensPerHour", 39_988, true),
            row(
                "ga4 properties/123/core",
                "tokensPerProjectPerHour",
                13_000,
                true
            ),
            row("ga4 properties/123/core", "concurrentRequests", 10, false),
            row(
                "ga4 properties/123/core",
                "serverErrorsPerProjectPerHour",
                10,
                true
            ),
            row(
                "ga4 properties/123/core",
                "potentiallyThresholdedRequestsPerHour",
                120,
                true
            ),
        ]
    );
    let day = bucket(&governor, &core(), "tokensPerDay");
    assert_eq!(day.window, Window::PacificDay);
    assert_eq!(day.refills_at, Some(utc(8, 8)));
    assert!(day.reported_at.is_some());
    assert_eq!(
        bucket(&governor, &core(), "concurrentRequests").reported_at,
        None
    );
}
