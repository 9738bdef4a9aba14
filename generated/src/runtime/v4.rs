//! Direct API v4 Live: the `{"method", "param", "locale", "token"}` envelope to `/live/v4/json/`,
//! answered with `{"data": ...}` or a top-level `{"error_code", "error_str", "error_detail"}`.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::client::{Client, Response, ResponseMeta, Units};
use super::error::{ApiError, DecodeError, Error};
use super::method::{decode, MethodInfo, V4ResponseEnvelope};

/// The path v4 Live requests go to, after the base URL.
pub const V4_PATH: &str = "/live/v4/json/";

impl Client {
    /// Calls a v4 Live method; the generated `client.live()` methods are one line over this.
    pub async fn call_v4<P: Serialize, R: DeserializeOwned>(
        &self,
        method: &'static MethodInfo,
        param: Option<&P>,
    ) -> Result<Response<R>, Error> {
        if method.finance {
            return Err(Error::InvalidRequest(format!(
                "{} is a finance method: it needs finance credentials, which this client does not have",
                method.method
            )));
        }
        #[derive(Serialize)]
        struct Envelope<'a, P> {
            method: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            param: Option<&'a P>,
            #[serde(skip_serializing_if = "Option::is_none")]
            locale: Option<&'a str>,
            token: &'a str,
        }
        let config = self.config();
        let body = serde_json::to_vec(&Envelope {
            method: method.method,
            param,
            locale: config.accept_language.as_deref(),
            token: config.token.expose(),
        })
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let url = format!("{}{V4_PATH}", config.base_url);
        let response = self
            .http()
            .post(url)
            .timeout(config.timeout)
            .header("User-Agent", &config.user_agent)
            .header("Content-Type", "application/json; charset=utf-8")
            .body(body)
            .send()
            .await
            .map_err(|e| transport(e, config.timeout))?;
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
        let bytes = response
            .bytes()
            .await
            .map_err(|e| transport(e, config.timeout))?;
        decode_v4(status, &bytes, meta)
    }
}

fn transport(e: reqwest::Error, timeout: std::time::Duration) -> Error {
    if e.is_timeout() {
        return Error::Timeout(timeout);
    }
    Error::Transport {
        message: e.to_string(),
        status: e.status().map(|s| s.as_u16()),
        not_sent: e.is_connect(),
    }
}

/// Decodes a v4 answer: `data`, or the top-level error mapped into [`ApiError`].
pub fn decode_v4<R: DeserializeOwned>(
    status: u16,
    body: &[u8],
    meta: ResponseMeta,
) -> Result<Response<R>, Error> {
    let envelope: V4ResponseEnvelope<R> = match decode(body) {
        Ok(envelope) => envelope,
        Err(e) if !(200..300).contains(&status) => {
            return Err(Error::Transport {
                message: format!("HTTP {status}: {e}"),
                status: Some(status),
                not_sent: false,
            })
        }
        Err(e) => return Err(Error::Decode(e)),
    };
    if let Some(code) = envelope.error_code {
        return Err(Error::Api(ApiError {
            code: code.value,
            message: envelope.error_str.unwrap_or_default(),
            detail: envelope.error_detail.unwrap_or_default(),
            request_id: meta.request_id,
            http_status: status,
        }));
    }
    match envelope.data {
        Some(result) => Ok(Response { result, meta }),
        None => Err(Error::Decode(DecodeError::new(
            String::new(),
            "the body has neither `data` nor `error_code`".to_owned(),
            body,
        ))),
    }
}
