//! `ydirect call <service> <method>`: the command of the `ydirect` tool, as a function that tests
//! (and other tools) can run with their own arguments, token and output streams.
//!
//! `ydirect call v4 <Method>` calls a v4 Live method (`GetClientsUnits`, `PingAPI`, ...): `--params`
//! is the `param` value (omitted for methods without one), and the `data` of the answer is
//! printed. Finance methods also need `--finance-master-token-file F --finance-counter-file F`
//! (and `--finance-login L`, else `--login`): the counter file keeps the last operation number.
//!
//! Exit codes: 0 success, 1 a local fault (usage, params that do not match the schema, no
//! token), 2 an API error (its JSON on stderr), 3 a transport failure, a timeout or an answer
//! that could not be decoded.

use std::io::Write;

use serde_json::{json, Value};

use super::client::{Client, Response};
use super::error::Error;

/// Success.
pub const EXIT_OK: i32 = 0;
/// Bad usage, params that do not match the schema, no token.
pub const EXIT_LOCAL: i32 = 1;
/// The API answered with an error.
pub const EXIT_API: i32 = 2;
/// The request could not be sent or the answer not received or decoded.
pub const EXIT_TRANSPORT: i32 = 3;

/// The usage line of the command.
pub const USAGE: &str = "usage: ydirect call <service> <method> [--params JSON|@FILE] [--login L] \
[--sandbox|--base-url URL] [--meta] [--token-file FILE] [--language ru|en]
       ydirect call v4 <Method> [--params JSON|@FILE] [same options] \
[--finance-master-token-file F --finance-counter-file F [--finance-login L]]
The token is read from YANDEX_DIRECT_TOKEN unless --token-file is given.
v4 finance methods sign each call with the master token and a number from the counter file \
(it only grows; keep it between runs); the finance login defaults to --login.";

#[derive(Debug, Default)]
struct Args {
    service: Option<String>,
    method: Option<String>,
    params: Option<String>,
    login: Option<String>,
    sandbox: bool,
    base_url: Option<String>,
    meta: bool,
    token_file: Option<String>,
    language: Option<String>,
    finance_master_token_file: Option<String>,
    finance_counter_file: Option<String>,
    finance_login: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args::default();
    let mut positional = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{what} needs a value"))
        };
        match name {
            "--params" => parsed.params = Some(value("--params")?),
            "--login" => parsed.login = Some(value("--login")?),
            "--base-url" => parsed.base_url = Some(value("--base-url")?),
            "--token-file" => parsed.token_file = Some(value("--token-file")?),
            "--language" => parsed.language = Some(value("--language")?),
            "--finance-master-token-file" => {
                parsed.finance_master_token_file = Some(value("--finance-master-token-file")?)
            }
            "--finance-counter-file" => {
                parsed.finance_counter_file = Some(value("--finance-counter-file")?)
            }
            "--finance-login" => parsed.finance_login = Some(value("--finance-login")?),
            "--sandbox" => parsed.sandbox = true,
            "--meta" => parsed.meta = true,
            other if other.starts_with("--") => return Err(format!("unknown option `{other}`")),
            _ => positional.push(arg.clone()),
        }
        i += 1;
    }
    if parsed.sandbox && parsed.base_url.is_some() {
        return Err("--sandbox and --base-url exclude each other".to_owned());
    }
    let mut positional = positional.into_iter();
    parsed.service = positional.next();
    parsed.method = positional.next();
    if let Some(extra) = positional.next() {
        return Err(format!("unexpected argument `{extra}`"));
    }
    Ok(parsed)
}

/// Runs `ydirect call` with `args` (the words after `call`), the token from the environment
/// (`YANDEX_DIRECT_TOKEN`), writing the result to `out` and diagnostics to `err`; returns the
/// exit code.
pub async fn run(
    args: &[String],
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match run_inner(args, env_token, out, err).await {
        Ok(code) => code,
        Err((code, message)) => {
            let _ = writeln!(err, "ydirect call: {message}");
            code
        }
    }
}

async fn run_inner(
    args: &[String],
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let args = parse_args(args).map_err(|m| local(format!("{m}\n{USAGE}")))?;
    let (Some(service), Some(method)) = (args.service.as_deref(), args.method.as_deref()) else {
        return Err(local(format!("a service and a method are needed\n{USAGE}")));
    };
    if service.eq_ignore_ascii_case("v4") {
        return run_v4(&args, method, env_token, out, err).await;
    }
    let endpoint = service.to_ascii_lowercase();
    let entry = crate::direct_v5::find_method(&endpoint, method).ok_or_else(|| {
        local(format!(
            "unknown method `{service}.{method}` (method names are as in the API: get, add, checkCampaigns, ...)"
        ))
    })?;

    let params = read_params(args.params.as_deref())?.unwrap_or_else(|| json!({}));
    let body = serde_json::to_vec(&json!({"method": entry.info.method, "params": params}))
        .map_err(|e| local(format!("cannot encode the request: {e}")))?;
    let checked = (entry.request)(&body).map_err(|e| {
        local(format!(
            "invalid params for {}.{} at {}: {}",
            entry.info.service_name,
            entry.info.method,
            if e.path.is_empty() {
                "."
            } else {
                e.path.as_str()
            },
            e.message
        ))
    })?;
    let body = serde_json::to_vec(&checked)
        .map_err(|e| local(format!("cannot encode the request: {e}")))?;

    let client = build_client(&args, env_token)?;

    match client.call_body::<Value>(&entry.info, body).await {
        Ok(response) => {
            let output = if args.meta {
                meta_json(response)
            } else {
                response.result
            };
            let text = serde_json::to_string_pretty(&output)
                .map_err(|e| (EXIT_TRANSPORT, e.to_string()))?;
            writeln!(out, "{text}").map_err(|e| (EXIT_LOCAL, e.to_string()))?;
            Ok(EXIT_OK)
        }
        Err(Error::Api(e)) => {
            let body = json!({"error": {
                "request_id": e.request_id,
                "error_code": e.code,
                "error_string": e.message,
                "error_detail": e.detail,
            }});
            let _ = writeln!(err, "{body}");
            Ok(EXIT_API)
        }
        Err(e) => Err(other_error(e)),
    }
}

type Failure = (i32, String);

fn local(message: String) -> Failure {
    (EXIT_LOCAL, message)
}

/// `--params`: inline JSON or `@FILE`; `None` when not given.
fn read_params(params: Option<&str>) -> Result<Option<Value>, Failure> {
    let Some(text) = params else {
        return Ok(None);
    };
    let text = match text.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| local(format!("cannot read params file `{path}`: {e}")))?,
        None => text.to_owned(),
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| local(format!("--params is not JSON: {e}")))
}

fn read_secret_file(path: &str, what: &str) -> Result<String, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| local(format!("cannot read the {what} file `{path}`: {e}")))?;
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(local(format!("the {what} file `{path}` is empty")));
    }
    Ok(text)
}

fn build_client(args: &Args, env_token: Option<String>) -> Result<Client, Failure> {
    let token = match args.token_file.as_deref() {
        Some(path) => read_secret_file(path, "token")?,
        None => env_token
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                local("no token: set YANDEX_DIRECT_TOKEN or pass --token-file".to_owned())
            })?,
    };
    let mut builder = Client::builder(token);
    if let Some(login) = &args.login {
        builder = builder.client_login(login.clone());
    }
    if let Some(language) = &args.language {
        builder = builder.accept_language(language.clone());
    }
    if args.sandbox {
        builder = builder.sandbox();
    }
    if let Some(url) = &args.base_url {
        builder = builder.base_url(url.clone());
    }
    builder.build().map_err(|e| (EXIT_TRANSPORT, e.to_string()))
}

/// `ydirect call v4 <Method>`.
async fn run_v4(
    args: &Args,
    method: &str,
    env_token: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let entry = crate::direct_v4::find_method("live", method).ok_or_else(|| {
        local(format!(
            "unknown v4 Live method `{method}` (names are as in the API: GetClientsUnits, PingAPI, ...)"
        ))
    })?;
    let param = read_params(args.params.as_deref())?;
    // Check the param against the schema, strictly, before anything is sent.
    let mut probe = json!({"method": entry.info.method});
    if let (Some(param), Some(object)) = (&param, probe.as_object_mut()) {
        object.insert("param".to_owned(), param.clone());
    }
    let probe =
        serde_json::to_vec(&probe).map_err(|e| local(format!("cannot encode the request: {e}")))?;
    let checked = (entry.request)(&probe).map_err(|e| {
        local(format!(
            "invalid params for v4 {} at {}: {}",
            entry.info.method,
            if e.path.is_empty() {
                "."
            } else {
                e.path.as_str()
            },
            e.message
        ))
    })?;
    let param = checked.get("param").cloned();

    let mut client = build_client(args, env_token)?;
    if let Some(path) = &args.finance_master_token_file {
        let master = read_secret_file(path, "finance master token")?;
        let counter_path = args.finance_counter_file.as_deref().ok_or_else(|| {
            local("--finance-master-token-file needs --finance-counter-file".to_owned())
        })?;
        let login = args
            .finance_login
            .clone()
            .or_else(|| args.login.clone())
            .ok_or_else(|| local("finance calls need --finance-login (or --login)".to_owned()))?;
        let counter =
            super::finance::FileCounter::open(counter_path, 1).map_err(|e| local(e.to_string()))?;
        client = client.with_finance(super::finance::FinanceCredentials::new(
            master,
            login,
            std::sync::Arc::new(counter),
        ));
    } else if entry.info.finance {
        return Err(local(format!(
            "{} is a finance method: pass --finance-master-token-file and --finance-counter-file",
            entry.info.method
        )));
    }

    match client
        .call_v4::<Value, Value>(&entry.info, param.as_ref())
        .await
    {
        Ok(response) => {
            let output = if args.meta {
                let mut meta = meta_json(response);
                if let Some(object) = meta.as_object_mut() {
                    if let Some(data) = object.remove("result") {
                        object.insert("data".to_owned(), data);
                    }
                }
                meta
            } else {
                response.result
            };
            let text = serde_json::to_string_pretty(&output)
                .map_err(|e| (EXIT_TRANSPORT, e.to_string()))?;
            writeln!(out, "{text}").map_err(|e| (EXIT_LOCAL, e.to_string()))?;
            Ok(EXIT_OK)
        }
        Err(Error::Api(e)) => {
            let body = json!({
                "error_code": e.code,
                "error_str": e.message,
                "error_detail": e.detail,
            });
            let _ = writeln!(err, "{body}");
            Ok(EXIT_API)
        }
        Err(e) => Err(other_error(e)),
    }
}

fn other_error(e: Error) -> Failure {
    match e {
        Error::InvalidRequest(m) => local(m),
        e @ Error::Decode(_) => {
            let raw = e
                .decode_error()
                .map(|d| String::from_utf8_lossy(&d.raw).into_owned())
                .unwrap_or_default();
            (
                EXIT_TRANSPORT,
                format!("cannot decode the answer: {e}\n{raw}"),
            )
        }
        e => (EXIT_TRANSPORT, e.to_string()),
    }
}

fn meta_json(response: Response<Value>) -> Value {
    let units = response
        .meta
        .units
        .map(|u| json!({"spent": u.spent, "rest": u.rest, "limit": u.limit}))
        .unwrap_or(Value::Null);
    json!({
        "result": response.result,
        "request_id": response.meta.request_id,
        "units": units,
        "units_used_login": response.meta.units_used_login,
    })
}
