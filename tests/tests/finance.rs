//! v4 finance operations decided per call: `AccountManagement` is signed only for the actions
//! that move money (`MethodInfo::finance_actions`), against a scripted server on 127.0.0.1.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use yandex_direct::prelude::*;

use integration_tests::support::client;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use yandex_direct::direct_v4::live::{self, AccountManagementRequest, Payment};
use yandex_direct::runtime::finance::{FinanceCredentials, InMemoryCounter, OperationCounter};
use yandex_direct::{Client, Error};
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

const MASTER: &str = "AEgchkX2M3FBL8lU";

/// An operation counter that counts the numbers taken from it.
struct CountingCounter {
    inner: InMemoryCounter,
    taken: AtomicUsize,
}

impl OperationCounter for CountingCounter {
    fn next(&self) -> Result<i64, Error> {
        self.taken.fetch_add(1, Ordering::SeqCst);
        self.inner.next()
    }
}

fn counter(first: i64) -> Arc<CountingCounter> {
    Arc::new(CountingCounter {
        inner: InMemoryCounter::new(first),
        taken: AtomicUsize::new(0),
    })
}

async fn server() -> ScriptedServer {
    let server = ScriptedServer::start().await.expect("scripted server");
    server.set_fallback(Reply::json(r#"{"data":{"Accounts":[]}}"#));
    server
}

fn finance_client(server: &ScriptedServer, counter: Arc<CountingCounter>) -> Client {
    client(&server.base_url()).with_finance(FinanceCredentials::new(MASTER, "agrom", counter))
}

fn bodies(server: &ScriptedServer) -> Vec<Value> {
    server
        .requests()
        .iter()
        .map(|r| r.json().expect("JSON body"))
        .collect()
}

fn hex_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn deposit() -> AccountManagementRequest {
    AccountManagementRequest::new()
        .with_action("Deposit")
        .with_payments(vec![Payment::new()
            .with_account_id(42.into())
            .with_amount(100.0.into())
            .with_currency("RUB")])
}

#[test]
fn account_management_lists_its_finance_actions() {
    let info = live::ACCOUNT_MANAGEMENT.info;
    assert!(info.finance);
    assert_eq!(
        info.finance_actions,
        ["Deposit", "Invoice", "TransferMoney"]
    );
    for action in ["Deposit", "Invoice", "TransferMoney"] {
        assert!(info.is_finance_call(Some(action)), "{action}");
    }
    for action in [Some("Get"), Some("Update"), None] {
        assert!(!info.is_finance_call(action), "{action:?}");
    }
    // Other finance methods are finance operations whatever their param.
    assert!(live::CREATE_INVOICE.info.is_finance_call(None));
    assert!(live::CREATE_INVOICE.info.finance_actions.is_empty());
}

#[tokio::test]
async fn get_and_update_are_sent_without_finance_credentials() {
    let server = server().await;
    let client = client(&server.base_url());
    for action in ["Get", "Update"] {
        client
            .live()
            .account_management(AccountManagementRequest::new().with_action(action))
            .await
            .unwrap_or_else(|e| panic!("AccountManagement {action}: {e}"));
    }
    let bodies = bodies(&server);
    assert_eq!(bodies.len(), 2);
    for (body, action) in bodies.iter().zip(["Get", "Update"]) {
        assert_eq!(body["method"], "AccountManagement");
        assert_eq!(body["param"], json!({ "Action": action }));
        assert!(body.get("finance_token").is_none(), "{body}");
        assert!(body.get("operation_num").is_none(), "{body}");
    }
}

#[tokio::test]
async fn get_with_finance_credentials_takes_no_operation_number() {
    let server = server().await;
    let counter = counter(500);
    let client = finance_client(&server, counter.clone());
    client
        .live()
        .account_management(AccountManagementRequest::new().with_action("Get"))
        .await
        .expect("AccountManagement Get");
    assert_eq!(counter.taken.load(Ordering::SeqCst), 0);
    let body = &bodies(&server)[0];
    assert!(body.get("finance_token").is_none(), "{body}");
    assert!(body.get("operation_num").is_none(), "{body}");

    // The next finance operation gets the first number: Get did not use one up.
    client
        .live()
        .account_management(deposit())
        .await
        .expect("AccountManagement Deposit");
    assert_eq!(counter.taken.load(Ordering::SeqCst), 1);
    assert_eq!(bodies(&server)[1]["operation_num"], 500);
}

#[tokio::test]
async fn deposit_without_finance_credentials_is_refused_before_sending() {
    let server = server().await;
    let error = client(&server.base_url())
        .live()
        .account_management(deposit())
        .await
        .expect_err("Deposit needs finance credentials");
    match &error {
        Error::InvalidRequest(message) => {
            assert!(message.contains("Deposit"), "{message}");
            assert!(message.contains("finance"), "{message}");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert_eq!(server.request_count(), 0);
}

#[tokio::test]
async fn deposit_invoice_and_transfer_are_signed() {
    let server = server().await;
    let counter = counter(700);
    let client = finance_client(&server, counter.clone());
    client
        .live()
        .account_management(deposit())
        .await
        .expect("AccountManagement Deposit");
    for action in ["Invoice", "TransferMoney"] {
        client
            .live()
            .account_management(AccountManagementRequest::new().with_action(action))
            .await
            .unwrap_or_else(|e| panic!("AccountManagement {action}: {e}"));
    }
    assert_eq!(counter.taken.load(Ordering::SeqCst), 3);
    let bodies = bodies(&server);
    for (n, (body, action)) in bodies
        .iter()
        .zip(["Deposit", "Invoice", "TransferMoney"])
        .enumerate()
    {
        let number = 700 + n as i64;
        assert_eq!(body["param"]["Action"], action);
        assert_eq!(body["operation_num"], number, "{body}");
        assert_eq!(
            body["finance_token"],
            hex_sha256(&format!("{MASTER}{number}AccountManagementagrom")),
            "{body}"
        );
    }
}
