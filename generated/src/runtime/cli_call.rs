//! `ydirect call <service> <method>`: the command of the `ydirect` tool, as a function that tests
//! (and other tools) can run with their own arguments, token and output streams.
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
The token is read from YANDEX_DIRECT_TOKEN unless --token-file is given.";

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
) -> Result<i32, (i32, String)> {
    let local = |m: String| (EXIT_LOCAL, m);
    let args = parse_args(args).map_err(|m| local(format!("{m}\n{USAGE}")))?;
    let (Some(service), Some(method)) = (args.service.as_deref(), args.method.as_deref()) else {
        return Err(local(format!("a service and a method are needed\n{USAGE}")));
    };
    if service.eq_ignore_ascii_case("v4") {
        return Err(local(
            "v4 Live methods are not supported by `call` yet; only v5 services".to_owned(),
        ));
    }
    let endpoint = service.to_ascii_lowercase();
    let entry = crate::direct_v5::find_method(&endpoint, method).ok_or_else(|| {
        local(format!(
            "unknown method `{service}.{method}` (method names are as in the API: get, add, checkCampaigns, ...)"
        ))
    })?;

    let params_text = match args.params.as_deref() {
        None => "{}".to_owned(),
        Some(text) => match text.strip_prefix('@') {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| local(format!("cannot read params file `{path}`: {e}")))?,
            None => text.to_owned(),
        },
    };
    let params: Value = serde_json::from_str(&params_text)
        .map_err(|e| local(format!("--params is not JSON: {e}")))?;
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

    let token = match args.token_file.as_deref() {
        Some(path) => std::fs::read_to_string(path)
            .map(|t| t.trim().to_owned())
            .map_err(|e| local(format!("cannot read the token file `{path}`: {e}")))?,
        None => env_token
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                local("no token: set YANDEX_DIRECT_TOKEN or pass --token-file".to_owned())
            })?,
    };
    let mut builder = Client::builder(token);
    if let Some(login) = args.login {
        builder = builder.client_login(login);
    }
    if let Some(language) = args.language {
        builder = builder.accept_language(language);
    }
    if args.sandbox {
        builder = builder.sandbox();
    }
    if let Some(url) = args.base_url {
        builder = builder.base_url(url);
    }
    let client = builder
        .build()
        .map_err(|e| (EXIT_TRANSPORT, e.to_string()))?;

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
        Err(Error::InvalidRequest(m)) => Err(local(m)),
        Err(e @ Error::Decode(_)) => {
            let raw = e
                .decode_error()
                .map(|d| String::from_utf8_lossy(&d.raw).into_owned())
                .unwrap_or_default();
            Err((
                EXIT_TRANSPORT,
                format!("cannot decode the answer: {e}\n{raw}"),
            ))
        }
        Err(e) => Err((EXIT_TRANSPORT, e.to_string())),
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
