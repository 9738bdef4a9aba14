//! The client: configuration, and the one generic call path every generated method uses.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::{ApiError, DecodeError, Error};
use super::method::{decode, MethodInfo, ResponseEnvelope};

/// The production API host.
pub const PRODUCTION_URL: &str = "https://api.direct.yandex.com";
/// The sandbox API host.
pub const SANDBOX_URL: &str = "https://api-sandbox.direct.yandex.com";

/// An OAuth token. Never printed: `Debug` and `Display` show it redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Token(token.into())
    }

    /// The secret itself, for building the `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// How to reach the API and as whom.
#[derive(Debug, Clone)]
pub struct Config {
    /// The OAuth token.
    pub token: Token,
    /// `Client-Login`: the advertiser an agency acts for.
    pub client_login: Option<String>,
    /// `Accept-Language`: the language of messages (`ru`, `en`, ...).
    pub accept_language: Option<String>,
    /// Send `Use-Operator-Units: true` (agencies spending their own units). Never sent as false.
    pub use_operator_units: bool,
    /// Scheme and host, e.g. [`PRODUCTION_URL`]; paths such as `/json/v5/<service>` follow it.
    pub base_url: String,
    /// Time allowed for one HTTP exchange.
    pub timeout: Duration,
    /// The `User-Agent` header.
    pub user_agent: String,
}

/// Builds a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    config: Config,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// Sets `Client-Login`.
    pub fn client_login(mut self, login: impl Into<String>) -> Self {
        self.config.client_login = Some(login.into());
        self
    }

    /// Sets `Accept-Language`.
    pub fn accept_language(mut self, language: impl Into<String>) -> Self {
        self.config.accept_language = Some(language.into());
        self
    }

    /// Asks for `Use-Operator-Units: true`.
    pub fn use_operator_units(mut self, yes: bool) -> Self {
        self.config.use_operator_units = yes;
        self
    }

    /// Uses the sandbox.
    pub fn sandbox(mut self) -> Self {
        self.config.base_url = SANDBOX_URL.to_owned();
        self
    }

    /// Uses another host (a proxy, a fake server), e.g. `http://127.0.0.1:8080`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.config.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Sets the time allowed for one HTTP exchange.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout;
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = user_agent.into();
        self
    }

    /// Uses a caller-supplied reqwest client (proxies, TLS settings, connection pool).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .build()
                .map_err(|e| Error::Transport {
                    message: format!("cannot build the HTTP client: {e}"),
                    status: None,
                    not_sent: true,
                })?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                config: self.config,
                http,
            }),
        })
    }
}

/// A Direct API client. Cheap to clone; clones share connections and limits.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    http: reqwest::Client,
}

/// Units figures from the `Units` header: `spent/rest/limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Units {
    /// Spent by this call.
    pub spent: i64,
    /// Left for today.
    pub rest: i64,
    /// The daily limit.
    pub limit: i64,
}

impl Units {
    /// Parses `10/20828/64000`.
    pub fn parse(header: &str) -> Option<Units> {
        let mut parts = header.trim().split('/').map(|p| p.trim().parse::<i64>());
        let units = Units {
            spent: parts.next()?.ok()?,
            rest: parts.next()?.ok()?,
            limit: parts.next()?.ok()?,
        };
        parts.next().is_none().then_some(units)
    }
}

/// What the response headers said about a call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// `RequestId`.
    pub request_id: Option<String>,
    /// `Units`.
    pub units: Option<Units>,
    /// `Units-Used-Login`: whose units were spent.
    pub units_used_login: Option<String>,
}

/// A typed result with the call's metadata. Derefs to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Response<T> {
    /// The typed `result`.
    pub result: T,
    /// Request id and units.
    pub meta: ResponseMeta,
}

impl<T> Response<T> {
    /// The result without the metadata.
    pub fn into_inner(self) -> T {
        self.result
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.result
    }
}

/// The raw answer of one exchange, before decoding.
struct RawResponse {
    status: u16,
    body: Vec<u8>,
    meta: ResponseMeta,
}

impl Client {
    /// Starts a client with an OAuth token, for the production API.
    pub fn builder(token: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            config: Config {
                token: Token::new(token),
                client_login: None,
                accept_language: None,
                use_operator_units: false,
                base_url: PRODUCTION_URL.to_owned(),
                timeout: Duration::from_secs(300),
                user_agent: concat!("yandex-direct-rust/", env!("CARGO_PKG_VERSION")).to_owned(),
            },
            http: None,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Calls a v5 method with typed params; the generated service methods are one line over this.
    pub async fn call<P: Serialize, R: DeserializeOwned>(
        &self,
        method: &'static MethodInfo,
        params: &P,
    ) -> Result<Response<R>, Error> {
        #[derive(Serialize)]
        struct Envelope<'a, P> {
            method: &'a str,
            params: &'a P,
        }
        let body = serde_json::to_vec(&Envelope {
            method: method.method,
            params,
        })
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let raw = self.send_v5(method, body).await?;
        decode_v5(raw)
    }

    async fn send_v5(&self, method: &MethodInfo, body: Vec<u8>) -> Result<RawResponse, Error> {
        let config = &self.inner.config;
        let url = format!("{}/json/v5/{}", config.base_url, method.endpoint);
        let mut request = self
            .inner
            .http
            .post(url)
            .timeout(config.timeout)
            .header("Authorization", format!("Bearer {}", config.token.expose()))
            .header("User-Agent", &config.user_agent)
            .header("Content-Type", "application/json; charset=utf-8");
        if let Some(login) = &config.client_login {
            request = request.header("Client-Login", login);
        }
        if let Some(language) = &config.accept_language {
            request = request.header("Accept-Language", language);
        }
        if config.use_operator_units {
            request = request.header("Use-Operator-Units", "true");
        }
        let response = request.body(body).send().await.map_err(|e| transport(e, config.timeout))?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let meta = ResponseMeta {
            request_id: header("RequestId"),
            units: header("Units").as_deref().and_then(Units::parse),
            units_used_login: header("Units-Used-Login"),
        };
        let body = response
            .bytes()
            .await
            .map_err(|e| transport(e, config.timeout))?
            .to_vec();
        Ok(RawResponse { status, body, meta })
    }
}

fn transport(e: reqwest::Error, timeout: Duration) -> Error {
    if e.is_timeout() {
        return Error::Timeout(timeout);
    }
    Error::Transport {
        message: e.to_string(),
        status: e.status().map(|s| s.as_u16()),
        not_sent: e.is_connect(),
    }
}


fn decode_v5<R: DeserializeOwned>(raw: RawResponse) -> Result<Response<R>, Error> {
    let envelope: ResponseEnvelope<R> = match decode(&raw.body) {
        Ok(envelope) => envelope,
        Err(e) if !(200..300).contains(&raw.status) => {
            return Err(Error::Transport {
                message: format!("HTTP {}: {}", raw.status, e),
                status: Some(raw.status),
                not_sent: false,
            })
        }
        Err(e) => return Err(Error::Decode(e)),
    };
    if let Some(error) = &envelope.error {
        return Err(Error::Api(ApiError::from_body(
            error,
            raw.status,
            raw.meta.request_id.as_deref(),
        )));
    }
    match envelope.result {
        Some(result) => Ok(Response {
            result,
            meta: raw.meta,
        }),
        None => Err(Error::Decode(DecodeError::new(
            String::new(),
            "the body has neither `result` nor `error`".to_owned(),
            &raw.body,
        ))),
    }
}
