//! Direct API v4 Live: the `{"method", "param", "locale", "token"}` envelope to `/live/v4/json/`,
//! answered with `{"data": ...}` or a top-level `{"error_code", "error_str", "error_detail"}`.

use serde::de::DeserializeOwned;
use serde::Serialize;

pub use super::client::V4_PATH;
use super::client::{Client, RawResponse, Response, ResponseMeta};
use super::error::{ApiError, DecodeError, Error};
use super::method::{decode, Api, MethodInfo, V4ResponseEnvelope};

impl Client {
    /// Calls a v4 Live method; the generated `client.live()` methods are one line over this.
    ///
    /// Goes through the same machinery as v5 calls: the login's limit of requests in flight, the
    /// [`RetryPolicy`](super::RetryPolicy) (by the method's access), units figures, the
    /// `direct.call` tracing span. The token travels in the body (`token`), the language as
    /// `locale`. A finance method (`MethodInfo::finance`) also gets `finance_token` and a fresh
    /// `operation_num` for every attempt from the client's
    /// [`FinanceCredentials`](super::finance::FinanceCredentials); without them it fails with
    /// [`Error::InvalidRequest`] before anything is sent. When the method lists
    /// `MethodInfo::finance_actions`, only a `param` whose `Action` is one of them is a finance
    /// operation: other actions are sent without credentials and take no operation number.
    pub async fn call_v4<P: Serialize, R: DeserializeOwned + Send>(
        &self,
        method: &'static MethodInfo,
        param: Option<&P>,
    ) -> Result<Response<R>, Error> {
        let param = match param {
            Some(param) => {
                Some(serde_json::to_vec(param).map_err(|e| Error::InvalidRequest(e.to_string()))?)
            }
            None => None,
        };
        let mut decoded: Option<Response<R>> = None;
        let mut decode = |raw: RawResponse| -> Result<(), Error> {
            decoded = Some(decode_v4::<R>(raw.status, &raw.body, raw.meta)?);
            Ok(())
        };
        self.call_v4_encoded(method, param.as_deref(), &mut decode)
            .await?;
        decoded.ok_or_else(|| Error::InvalidRequest("the call ended without a result".into()))
    }

    /// The non-generic part of [`Client::call_v4`]: `param` is already encoded JSON.
    async fn call_v4_encoded(
        &self,
        method: &'static MethodInfo,
        param: Option<&[u8]>,
        decode: &mut super::client::DecodeFn<'_>,
    ) -> Result<(), Error> {
        let config = self.config();
        let finance = match super::finance::finance_operation(method, param)? {
            Some(operation) => Some(config.finance.as_ref().ok_or_else(|| {
                Error::InvalidRequest(format!(
                    "{operation} is a finance operation: it needs finance credentials \
                     (ClientBuilder::finance), which this client does not have"
                ))
            })?),
            None => None,
        };
        #[derive(Serialize)]
        struct Envelope<'a> {
            method: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            locale: Option<&'a str>,
            token: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            finance_token: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            operation_num: Option<i64>,
        }
        let mut make_body = |_attempt: u32| -> Result<bytes::Bytes, Error> {
            let signed = match finance {
                Some(credentials) => Some(credentials.sign(method.method)?),
                None => None,
            };
            let mut body = serde_json::to_vec(&Envelope {
                method: method.method,
                locale: config.accept_language.as_deref(),
                token: config.token.expose(),
                finance_token: signed.as_ref().map(|(_, token)| token.as_str()),
                operation_num: signed.as_ref().map(|(n, _)| *n),
            })
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            if let Some(param) = param {
                // `{"method":...}`: the object is never empty, so `,"param":...` goes before `}`.
                body.pop();
                body.extend_from_slice(b",\"param\":");
                body.extend_from_slice(param);
                body.push(b'}');
            }
            Ok(body.into())
        };
        self.call_traced(method, finance.is_some(), &[], &mut make_body, decode)
            .await
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
            return Err(Error::http_status_error(
                status,
                format!("HTTP {status}: {e}"),
                meta.request_id,
            ))
        }
        Err(e) => return Err(Error::Decode(e.with_request_id(meta.request_id))),
    };
    if let Some(code) = envelope.error_code {
        return Err(Error::Api(ApiError {
            code: code.value,
            message: envelope.error_str.unwrap_or_default(),
            detail: envelope.error_detail.unwrap_or_default(),
            request_id: meta.request_id,
            http_status: status,
            api: Api::DirectV4,
        }));
    }
    match envelope.data {
        Some(result) => Ok(Response { result, meta }),
        // Not an answer of the API (a proxy's `500 {}`): the HTTP status decides.
        None if !(200..300).contains(&status) => Err(Error::http_status_error(
            status,
            format!(
                "HTTP {status}: {}",
                String::from_utf8_lossy(body)
                    .chars()
                    .take(200)
                    .collect::<String>()
                    .trim()
            ),
            meta.request_id,
        )),
        None => Err(Error::Decode(
            DecodeError::new(
                String::new(),
                "the body has neither `data` nor `error_code`".to_owned(),
                body,
            )
            .with_request_id(meta.request_id),
        )),
    }
}
