//! `ydirect call <service> <method>`: one Direct API method, params checked against the schema
//! before anything is sent (an unknown key or enum value is refused, an enum value with the
//! nearest known ones); `ydirect call v4 <Method>`: one v4 Live method.
//!
//! The result (v5) or the `data` (v4) of the answer goes to stdout as pretty JSON; an API error
//! goes to stderr as the JSON the API sent; any other problem is one line on stderr. The exit
//! status follows [`crate::exit::Exit`]. `ydirect call <service> get --all` follows `LimitedBy`
//! page after page and prints every item as one JSON line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{json, Value};
use yandex_direct::runtime::finance::finance_operation;
use yandex_direct::runtime::wire::closed_enums;
use yandex_direct::runtime::{ApiError, BodyLimits, FileCounter, FinanceCredentials, MethodEntry};
use yandex_direct::{Client, Error, Response};

use crate::connection::ConnectionArgs;
use crate::exit::{Exit, Failure};

/// The environment variable the token is read from when `--token-file` is not given.
pub const TOKEN_ENV: &str = "YANDEX_DIRECT_TOKEN";

const AFTER_HELP: &str = "\
The token is read from YANDEX_DIRECT_TOKEN unless --token-file is given.
v4 finance methods sign each call with the master token and a number from the counter file
(it only grows: keep the file between runs); the finance login defaults to --login.

Examples:
  ydirect call campaigns get --params '{\"SelectionCriteria\":{},\"FieldNames\":[\"Id\",\"Name\"]}'
  ydirect call ads add --params @ads.json --login client-login --sandbox --meta
  ydirect call keywords get --all --params '{\"SelectionCriteria\":{\"CampaignIds\":[123]},\"FieldNames\":[\"Id\",\"Keyword\"],\"Page\":{\"Limit\":1000}}'
  ydirect call v4 GetClientsUnits --params '[\"client-login\"]'
  ydirect call v4 CreateInvoice --params @invoice.json --finance-master-token-file master.txt \\
      --finance-counter-file counter.txt --finance-login agency-login";

/// The arguments of `ydirect call`.
#[derive(Debug, Clone, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct CallArgs {
    /// The service (`campaigns`, `ads`, `keywords`, ...; any case), or `v4` for a v4 Live method.
    pub service: String,
    /// The method as the API names it: `get`, `add`, `checkCampaigns`, ...; after `v4`:
    /// `GetClientsUnits`, `PingAPI`, ...
    pub method: String,
    /// The `params` of the request (v4: the `param`), as inline JSON or `@FILE`; v5 default `{}`.
    #[arg(long, value_name = "JSON|@FILE")]
    pub params: Option<String>,
    /// The advertiser to act for (the `Client-Login` header), for agencies and representatives.
    #[arg(long, value_name = "LOGIN")]
    pub login: Option<String>,
    /// Which server, the token, the language.
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// Print `{result (v4: data), request_id, units, units_used_login}` instead of the result.
    #[arg(long)]
    pub meta: bool,
    /// For a v5 `get`: follow `LimitedBy` page after page (`Page.Offset`) and print every item as
    /// one JSON line, instead of the first page's result.
    #[arg(long, conflicts_with = "meta")]
    pub all: bool,
    /// The largest answer body read into memory, in bytes (default: 256 MiB for v5, 64 MiB for
    /// v4); a larger answer ends the call with exit status 3 as soon as it is known.
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_body_bytes: Option<u64>,
    /// The file with the finance master token (v4 finance methods).
    #[arg(
        long,
        value_name = "FILE",
        requires = "finance_counter_file",
        help_heading = "v4 finance methods"
    )]
    pub finance_master_token_file: Option<PathBuf>,
    /// The file keeping the last operation number; it only grows (v4 finance methods).
    #[arg(
        long,
        value_name = "FILE",
        requires = "finance_master_token_file",
        help_heading = "v4 finance methods"
    )]
    pub finance_counter_file: Option<PathBuf>,
    /// The login the finance token is for; default: --login (v4 finance methods).
    #[arg(
        long,
        value_name = "LOGIN",
        requires = "finance_master_token_file",
        help_heading = "v4 finance methods"
    )]
    pub finance_login: Option<String>,
}

impl CallArgs {
    fn is_v4(&self) -> bool {
        self.service.eq_ignore_ascii_case("v4")
    }

    fn has_finance_options(&self) -> bool {
        self.finance_master_token_file.is_some()
            || self.finance_counter_file.is_some()
            || self.finance_login.is_some()
    }
}

/// Runs `ydirect call` with `env_token` (the value of [`TOKEN_ENV`]), writing the result to
/// `out` and diagnostics to `err`; returns the exit status.
pub async fn run(
    args: &CallArgs,
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    let outcome = if args.is_v4() {
        run_v4(args, env_token, out, err).await
    } else {
        run_v5(args, env_token, out, err).await
    };
    match outcome {
        Ok(exit) => exit,
        Err(failure) => {
            // Nothing more can be done if stderr is gone.
            let _ = writeln!(err, "ydirect call: {failure}");
            failure.exit
        }
    }
}

/// `ydirect call <service> <method>`.
async fn run_v5(
    args: &CallArgs,
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Failure> {
    if args.has_finance_options() {
        return Err(Failure::local(
            "the --finance-* options are for v4 finance methods (`ydirect call v4 <Method>`)",
        ));
    }
    if args.all && args.method != "get" {
        return Err(Failure::local(format!(
            "--all follows the pages of a `get`, not of `{}`",
            args.method
        )));
    }
    let endpoint = args.service.to_ascii_lowercase();
    let entry = yandex_direct::find_method("v5", &endpoint, &args.method)
        .map_err(|message| unknown_method(message, &args.method))?;

    // Check the params against the schema, strictly, before anything is sent.
    let params = read_params(args.params.as_deref())?.unwrap_or_else(|| json!({}));
    let body = encode(&json!({"method": entry.info.method, "params": params}))?;
    let checked = closed_enums(|| (entry.request)(&body)).map_err(|e| {
        Failure::local(format!(
            "invalid params for {}.{} at {}: {}",
            entry.info.service_name,
            entry.info.method,
            path_or_root(&e.path),
            e.message
        ))
    })?;
    let client = build_client(args, env_token)?;
    if args.all {
        let params = checked.get("params").cloned().unwrap_or_else(|| json!({}));
        return get_all(&client, entry, params, out, err).await;
    }
    let body = encode(&checked)?;
    match client.call_body::<Value>(&entry.info, body).await {
        Ok(response) => {
            let output = if args.meta {
                meta_json(response, "result")
            } else {
                response.result
            };
            print_json(out, &output)
        }
        Err(Error::Api(e)) => Ok(print_api_error(err, &e)),
        Err(e) => Err(e.into()),
    }
}

/// `ydirect call v4 <Method>`.
async fn run_v4(
    args: &CallArgs,
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Failure> {
    if args.all {
        return Err(Failure::local(
            "--all pages through a v5 `get` (`ydirect call <service> get --all`); v4 methods do not page",
        ));
    }
    let method = args.method.as_str();
    let entry = yandex_direct::find_method("v4", "", method)
        .map_err(|message| unknown_method(message, method))?;

    // Check the param against the schema, strictly, before anything is sent.
    let param = read_params(args.params.as_deref())?;
    let mut probe = serde_json::Map::new();
    probe.insert("method".to_owned(), json!(entry.info.method));
    if let Some(param) = param {
        probe.insert("param".to_owned(), param);
    }
    let probe = encode(&Value::Object(probe))?;
    let checked = closed_enums(|| (entry.request)(&probe)).map_err(|e| {
        Failure::local(format!(
            "invalid params for v4 {} at {}: {}",
            entry.info.method,
            path_or_root(&e.path),
            e.message
        ))
    })?;
    let param = checked.get("param").cloned();

    let encoded_param = param.as_ref().map(encode).transpose()?;
    let operation = finance_operation(&entry.info, encoded_param.as_deref())?;
    if let Some(operation) = operation {
        if args.finance_master_token_file.is_none() {
            return Err(Failure::local(format!(
                "{operation} is a finance operation: pass --finance-master-token-file and \
                 --finance-counter-file"
            )));
        }
    }
    let mut client = build_client(args, env_token)?;
    if let Some(master_path) = &args.finance_master_token_file {
        let master = read_secret_file(master_path, "finance master token")?;
        let counter_path = args.finance_counter_file.as_deref().ok_or_else(|| {
            Failure::local("--finance-master-token-file needs --finance-counter-file")
        })?;
        let login = args
            .finance_login
            .clone()
            .or_else(|| args.login.clone())
            .ok_or_else(|| Failure::local("finance calls need --finance-login (or --login)"))?;
        // Its errors are `InvalidRequest`s that name the file: local faults.
        let counter = FileCounter::open(counter_path, 1)?;
        client = client.with_finance(FinanceCredentials::new(master, login, Arc::new(counter)));
    }

    match client
        .call_v4::<Value, Value>(&entry.info, param.as_ref())
        .await
    {
        Ok(response) => {
            let output = if args.meta {
                meta_json(response, "data")
            } else {
                response.result
            };
            print_json(out, &output)
        }
        Err(Error::Api(e)) => {
            let body = json!({
                "error_code": e.code,
                "error_str": e.message,
                "error_detail": e.detail,
            });
            let _ = writeln!(err, "{body}");
            Ok(Exit::Api)
        }
        Err(e) => Err(e.into()),
    }
}

/// `--all`: calls the `get` of `entry` with the checked `params` page after page (the library's
/// paging: `Page.Offset` from each page's `LimitedBy`, which must progress), and prints the
/// items of each page as JSON lines as they come.
async fn get_all(
    client: &Client,
    entry: &'static MethodEntry,
    params: Value,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Failure> {
    let mut pages = client.json_pages(&entry.info, params)?;
    while let Some(page) = pages.next().await {
        let page = match page {
            Ok(page) => page,
            Err(Error::Api(e)) => return Ok(print_api_error(err, &e)),
            Err(e) => return Err(e.into()),
        };
        for item in &page.result.items {
            let line = serde_json::to_string(item)
                .map_err(|e| Failure::transport(format!("cannot print the answer: {e}")))?;
            writeln!(out, "{line}")
                .map_err(|e| Failure::local(format!("cannot write the answer to stdout: {e}")))?;
        }
        out.flush()
            .map_err(|e| Failure::local(format!("cannot write the answer to stdout: {e}")))?;
    }
    Ok(Exit::Ok)
}

/// An API error of a v5 call, on stderr as the JSON the API sent.
fn print_api_error(err: &mut dyn Write, e: &ApiError) -> Exit {
    let body = json!({"error": {
        "request_id": e.request_id,
        "error_code": e.code,
        "error_string": e.message,
        "error_detail": e.detail,
    }});
    // Nothing more can be done if stderr is gone; the status still says what happened.
    let _ = writeln!(err, "{body}");
    Exit::Api
}

/// The failure for a method the library did not find (`message` says why and what to call
/// instead); for a retired v4 method with v5 successors, followed by the `ydirect call` line of
/// each successor.
fn unknown_method(message: String, method: &str) -> Failure {
    let Some(retired) = yandex_direct::find_retired("v4", method) else {
        return Failure::local(message);
    };
    let mut message = message;
    let mut commands: Vec<String> = Vec::new();
    for successor in retired.replaced_by {
        let command = format!(
            "ydirect call {} {} --params JSON|@FILE",
            successor.endpoint, successor.method
        );
        if !commands.contains(&command) {
            commands.push(command);
        }
    }
    if !commands.is_empty() {
        message.push_str("\nfrom the command line:");
        for command in commands {
            message.push_str("\n  ");
            message.push_str(&command);
        }
    }
    Failure::local(message)
}

/// `--params`: inline JSON or `@FILE`; `None` when not given.
pub(crate) fn read_params(params: Option<&str>) -> Result<Option<Value>, Failure> {
    let Some(text) = params else {
        return Ok(None);
    };
    let (text, source) = match text.strip_prefix('@') {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure::local(format!("cannot read params file `{path}`: {e}")))?;
            (text, format!("the params file `{path}`"))
        }
        None => (text.to_owned(), "--params".to_owned()),
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| Failure::local(format!("{source} is not JSON: {e}")))
}

/// A token file: its content, trimmed; an empty file is an error.
pub(crate) fn read_secret_file(path: &Path, what: &str) -> Result<String, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::local(format!(
            "cannot read the {what} file `{}`: {e}",
            path.display()
        ))
    })?;
    let text = text.trim();
    if text.is_empty() {
        return Err(Failure::local(format!(
            "the {what} file `{}` is empty",
            path.display()
        )));
    }
    Ok(text.to_owned())
}

fn build_client(args: &CallArgs, env_token: Option<String>) -> Result<Client, Failure> {
    let mut builder = args.connection.client_builder(env_token)?;
    if let Some(login) = &args.login {
        builder = builder.client_login(login.clone());
    }
    if let Some(max) = args.max_body_bytes {
        builder = builder.body_limits(BodyLimits {
            json: max,
            v4: max,
            ..BodyLimits::default()
        });
    }
    Ok(builder.build()?)
}

fn encode(value: &Value) -> Result<Vec<u8>, Failure> {
    serde_json::to_vec(value).map_err(|e| Failure::local(format!("cannot encode the request: {e}")))
}

fn path_or_root(path: &str) -> &str {
    if path.is_empty() {
        "."
    } else {
        path
    }
}

fn print_json(out: &mut dyn Write, value: &Value) -> Result<Exit, Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::transport(format!("cannot print the answer: {e}")))?;
    writeln!(out, "{text}")
        .map_err(|e| Failure::local(format!("cannot write the answer to stdout: {e}")))?;
    Ok(Exit::Ok)
}

/// `--meta`: the result under `result_key` with the request id and the units of the call.
fn meta_json(response: Response<Value>, result_key: &str) -> Value {
    let units = response
        .meta
        .units
        .map(|u| json!({"spent": u.spent, "rest": u.rest, "limit": u.limit}))
        .unwrap_or(Value::Null);
    let mut meta = serde_json::Map::new();
    meta.insert(result_key.to_owned(), response.result);
    meta.insert("request_id".to_owned(), json!(response.meta.request_id));
    meta.insert("units".to_owned(), units);
    meta.insert(
        "units_used_login".to_owned(),
        json!(response.meta.units_used_login),
    );
    Value::Object(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_inline_from_a_file_or_absent() {
        assert_eq!(read_params(None), Ok(None));
        assert_eq!(read_params(Some("[1]")), Ok(Some(json!([1]))));
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("params.json");
        std::fs::write(&file, r#"{"a": 1}"#).expect("write");
        let at = format!("@{}", file.display());
        assert_eq!(read_params(Some(&at)), Ok(Some(json!({"a": 1}))));
        let bad = read_params(Some("{")).expect_err("not JSON");
        assert_eq!(bad.exit, Exit::Local);
        assert!(bad.message.contains("--params is not JSON"), "{bad}");
        let missing = format!("@{}", dir.path().join("missing").display());
        assert_eq!(
            read_params(Some(&missing)).map_err(|f| f.exit),
            Err(Exit::Local)
        );
    }

    #[test]
    fn secret_files_are_trimmed_and_not_empty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("token");
        std::fs::write(&file, "  tok\n").expect("write");
        assert_eq!(read_secret_file(&file, "token"), Ok("tok".to_owned()));
        std::fs::write(&file, "\n").expect("write");
        let empty = read_secret_file(&file, "token").expect_err("empty");
        assert!(empty.message.contains("is empty"), "{empty}");
    }
}
