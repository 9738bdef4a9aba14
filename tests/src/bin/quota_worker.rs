//! A worker process of the shared-limits tests: Direct calls of one login through a governor
//! whose slots, units figures and budget are kept in PostgreSQL (`PostgresQuotaStore`), as
//! several `ydirect` processes would make them.
//!
//! `quota-worker BASE_URL DB_URL LOGIN MODE [options]`, MODE `calls N` (N `campaigns.get`,
//! `--tasks T` at once) or `hold N` (takes N slots and keeps them until killed). Options:
//! `--lease-ms MS` (the slot lease), `--budget UNITS` (per login per UTC day), `--local`
//! (the in-process governor only). Prints `ok=.. quota=.. busy=.. other=..` (`busy`: answers
//! 506) or `held=N`.

use std::sync::Arc;
use std::time::Duration;

use yandex_direct::direct_v5::campaigns::{CampaignFieldEnum, GetRequest};
use yandex_direct::prelude::*;
use yandex_direct::runtime::governor::{Demand, Governor, QuotaKey};
use yandex_direct::runtime::RetryPolicy;
use yandex_direct_mirror::PostgresQuotaStore;

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("quota-worker: {message}");
    std::process::exit(2)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 5 {
        fail("usage: quota-worker BASE_URL DB_URL LOGIN calls|hold N [--tasks T] [--lease-ms MS] [--budget UNITS] [--local]");
    }
    let (base_url, db, login, mode) = (&args[0], &args[1], &args[2], &args[3]);
    let n: usize = args[4].parse().unwrap_or_else(|_| fail("N is a number"));
    let option = |name: &str| -> Option<u64> {
        let at = args.iter().position(|a| a == name)?;
        let value = args
            .get(at + 1)
            .unwrap_or_else(|| fail(format!("{name} needs a value")));
        Some(
            value
                .parse()
                .unwrap_or_else(|_| fail(format!("{name}: a number"))),
        )
    };
    let tasks = option("--tasks").unwrap_or(1).max(1) as usize;
    let mut builder = Governor::builder();
    if !args.iter().any(|a| a == "--local") {
        let store = PostgresQuotaStore::connect(db)
            .await
            .unwrap_or_else(|e| fail(e));
        builder = builder.shared_store(Arc::new(store));
    }
    if let Some(ms) = option("--lease-ms") {
        builder = builder.slot_lease(Duration::from_millis(ms));
    }
    if let Some(budget) = option("--budget") {
        builder = builder.budget(QuotaKey::DIRECT, budget as i64);
    }
    let governor = builder.build();
    if mode == "hold" {
        let mut held = Vec::new();
        for _ in 0..n {
            let demand = Demand::new(QuotaKey::direct(login));
            held.push(governor.reserve(&demand).await.unwrap_or_else(|e| fail(e)));
        }
        println!("held={}", held.len());
        tokio::time::sleep(Duration::from_secs(3600)).await;
        return;
    }
    let client = yandex_direct::Client::builder("worker-token")
        .base_url(base_url.clone())
        .client_login(login.clone())
        .retry_policy(RetryPolicy::none())
        .governor(governor.clone())
        .build()
        .unwrap_or_else(|e| fail(e));
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut workers = Vec::new();
    for _ in 0..tasks {
        let (client, next) = (client.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            let mut counts = [0usize; 4];
            while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < n {
                let answer = client
                    .campaigns()
                    .get(GetRequest::new(vec![CampaignFieldEnum::Id]))
                    .await;
                let slot = match &answer {
                    Ok(_) => 0,
                    Err(yandex_direct::Error::Quota(_)) => 1,
                    Err(e) if e.code() == Some(506) => 2,
                    Err(_) => 3,
                };
                counts[slot] += 1;
            }
            counts
        }));
    }
    let mut totals = [0usize; 4];
    for worker in workers {
        let counts = worker.await.unwrap_or_else(|e| fail(e));
        for (total, count) in totals.iter_mut().zip(counts) {
            *total += count;
        }
    }
    governor.flush().await;
    println!(
        "ok={} quota={} busy={} other={}",
        totals[0], totals[1], totals[2], totals[3]
    );
}
