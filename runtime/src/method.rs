//! What the runtime knows about each API method, and the typed codec behind every call.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::DecodeError;
pub use super::error::{ApiErrorBody, ErrorCode};
use super::wire::UnknownFields;

/// Which protocol a method speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    /// Direct API v5: `POST /json/v5/<service>` with `{"method", "params"}`.
    DirectV5,
    /// Direct API v4 Live: `POST /live/v4/json/` with `{"method", "param", ...}`.
    DirectV4,
}

/// Whether a method changes anything on the server (drives the retry policy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Safe to repeat (`get`, `check*`, `has*`, `deduplicate`).
    Read,
    /// Repeating it may repeat its effect.
    Write,
}

/// A method's identity, as generated from the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MethodInfo {
    /// The protocol.
    pub api: Api,
    /// The service's documented name, e.g. `AdGroups`.
    pub service_name: &'static str,
    /// The endpoint path segment, e.g. `adgroups` (empty for v4).
    pub endpoint: &'static str,
    /// The JSON `method` value, e.g. `get`.
    pub method: &'static str,
    /// Read or write.
    pub access: Access,
    /// A v4 finance method (the request carries `finance_token` and `operation_num`).
    pub finance: bool,
    /// For a finance method whose `param` has an `Action` (`AccountManagement`): the actions that
    /// are finance operations. Only a request whose `Action` is one of them is signed; any other
    /// action needs no finance credentials and takes no operation number. Empty: every call of a
    /// finance method is signed.
    pub finance_actions: &'static [&'static str],
}

impl MethodInfo {
    /// Whether a call whose request has the `Action` `action` (`None`: no `Action`) is a finance
    /// operation, which carries `finance_token` and `operation_num`.
    pub fn is_finance_call(&self, action: Option<&str>) -> bool {
        self.finance
            && (self.finance_actions.is_empty()
                || action.is_some_and(|action| self.finance_actions.contains(&action)))
    }
}

/// A method together with its request type `P` and response type `R`: what the generated
/// constants (`keywords::GET`) are. Generic calls take it, so a method cannot be called with
/// another method's request or response types, and the types are inferred from it.
pub struct Method<P, R> {
    /// The method's identity.
    pub info: MethodInfo,
    types: std::marker::PhantomData<fn(P) -> R>,
}

impl<P, R> Method<P, R> {
    /// The method `info`, typed with its request `P` and response `R`.
    pub const fn new(info: MethodInfo) -> Self {
        Method {
            info,
            types: std::marker::PhantomData,
        }
    }
}

impl<P, R> std::fmt::Debug for Method<P, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.info.fmt(f)
    }
}

/// Decodes a whole wire body into its typed value and encodes it back.
pub type RoundTrip = fn(&[u8]) -> Result<serde_json::Value, DecodeError>;

/// A method with its typed codecs, for callers that have only names (the CLI, the fake server).
#[derive(Debug, Clone, Copy)]
pub struct MethodEntry {
    /// The method.
    pub info: MethodInfo,
    /// Strictly decodes a request body `{"method", "params"}` and re-encodes it.
    pub request: RoundTrip,
    /// Leniently decodes a response body `{"result"}` or `{"error"}` and re-encodes it.
    pub response: RoundTrip,
}

/// A method the API no longer serves, and where its work went: each generated API module's
/// `RETIRED` table is made of these, so that a tool given a retired name can say what to call
/// instead of "unknown method".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetiredMethod {
    /// The API it belonged to.
    pub api: Api,
    /// The endpoint of the service that had it (`live` for v4 Live).
    pub endpoint: &'static str,
    /// Its name, as it was sent in `method`.
    pub name: &'static str,
    /// Why it is gone.
    pub reason: &'static str,
    /// The Direct API v5 methods that do its work now, in the documentation's order.
    pub replaced_by: &'static [Successor],
    /// Where its work went when the documentation names no method, e.g. `the Reports service`.
    pub moved_to: Option<&'static str>,
}

impl RetiredMethod {
    /// What to do instead, in one line: `GetBanners was retired from v4; use v5 AdGroups.get,
    /// Ads.get, ...`, or `... it moved to the Reports service of v5`, or the reason when nothing
    /// is known about a successor.
    pub fn advice(&self) -> String {
        let api = match self.api {
            Api::DirectV4 => "v4",
            Api::DirectV5 => "v5",
        };
        let mut text = format!("{} was retired from {api}", self.name);
        if !self.replaced_by.is_empty() {
            let names: Vec<String> = self.replaced_by.iter().map(ToString::to_string).collect();
            text.push_str(&format!("; use v5 {}", names.join(", ")));
        } else if let Some(moved_to) = self.moved_to {
            text.push_str(&format!("; it moved to {moved_to} of v5"));
        } else {
            text.push_str(&format!(": {}", self.reason));
        }
        text
    }
}

/// A Direct API v5 method that does (part of) the work of a retired method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Successor {
    /// The service's documented name, e.g. `AdGroups`.
    pub service_name: &'static str,
    /// The service's endpoint, e.g. `adgroups` (what `ydirect call` takes).
    pub endpoint: &'static str,
    /// The JSON method name, e.g. `get`.
    pub method: &'static str,
}

impl std::fmt::Display for Successor {
    /// `Service.method`, as the documentation writes it: `AdGroups.get`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.service_name, self.method)
    }
}

/// The body of a v5 request.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct RequestEnvelope<P> {
    /// The JSON method name.
    pub method: String,
    /// The parameters.
    pub params: P,
}

/// The body of a v5 response: `{"result": ...}` or `{"error": ...}`.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct ResponseEnvelope<R> {
    /// The result, on success.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub result: Option<R>,
    /// The error, on failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ApiErrorBody>,
}

fn none<R>() -> Option<R> {
    None
}

/// Decodes `bytes` as `T`; on failure decodes again with path tracking, so that the error names
/// the JSON path of the fault without slowing down the common case.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    match serde_json::from_slice(bytes) {
        Ok(value) => Ok(value),
        Err(fast) => match decode_with_path::<T>(bytes) {
            Err(e) => Err(e),
            // Both decoders see the same input; should they disagree, the first error stands.
            Ok(_) => Err(DecodeError::from_json(String::new(), fast, bytes)),
        },
    }
}

/// Decodes `bytes` as `T`, tracking the JSON path so that a fault names where it is.
pub fn decode_with_path<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        DecodeError::from_json(path, e.into_inner(), bytes)
    })?;
    deserializer
        .end()
        .map_err(|e| DecodeError::new(String::new(), e.to_string(), bytes))?;
    Ok(value)
}

/// Strictly decodes a request body of method `P` and encodes it back.
pub fn roundtrip_request<P: Serialize + DeserializeOwned>(
    bytes: &[u8],
) -> Result<serde_json::Value, DecodeError> {
    let envelope: RequestEnvelope<P> = super::wire::strict(|| decode(bytes))?;
    encode_value(&envelope)
}

/// Leniently decodes a response body of method `R` and encodes it back.
pub fn roundtrip_response<R: Serialize + DeserializeOwned>(
    bytes: &[u8],
) -> Result<serde_json::Value, DecodeError> {
    let envelope: ResponseEnvelope<R> = decode(bytes)?;
    encode_value(&envelope)
}

/// Encodes through the same serializer the client sends with (one instantiation per type, which
/// keeps compile times down), then reads the bytes back as a value.
fn encode_value<T: Serialize>(value: &T) -> Result<serde_json::Value, DecodeError> {
    let bytes = serde_json::to_vec(value)
        .map_err(|e| DecodeError::new(String::new(), format!("cannot encode: {e}"), b""))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| DecodeError::new(String::new(), format!("cannot encode: {e}"), &bytes))
}

/// The param type of v4 methods that take none: any `param` in a request body is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NoParam;

impl<'de> serde::Deserialize<'de> for NoParam {
    fn deserialize<D: serde::Deserializer<'de>>(_deserializer: D) -> Result<Self, D::Error> {
        Err(serde::de::Error::custom("this method takes no `param`"))
    }
}

/// The body of a v4 Live request.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct V4RequestEnvelope<P> {
    /// The method name, e.g. `GetClientsUnits`.
    pub method: String,
    /// The parameter, absent for methods without one.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub param: Option<P>,
    /// Language of messages: `ru`, `en`, `ua`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The OAuth token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Finance methods: hex SHA-256 of master token + operation number + method + login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance_token: Option<String>,
    /// Finance methods: the growing operation number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_num: Option<i64>,
}

/// The body of a v4 Live response: `{"data": ...}`, or a top-level error.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct V4ResponseEnvelope<R> {
    /// The result, on success.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub data: Option<R>,
    /// The error code, on failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<ErrorCode>,
    /// The error's short description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_str: Option<String>,
    /// The error's details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_detail: Option<String>,
    /// Keys besides these, kept.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Strictly decodes a v4 request body of a method taking `P` and encodes it back.
pub fn roundtrip_v4_request<P: Serialize + DeserializeOwned>(
    bytes: &[u8],
) -> Result<serde_json::Value, DecodeError> {
    let envelope: V4RequestEnvelope<P> = super::wire::strict(|| decode(bytes))?;
    encode_value(&envelope)
}

/// Leniently decodes a v4 response body of a method returning `R` and encodes it back.
pub fn roundtrip_v4_response<R: Serialize + DeserializeOwned>(
    bytes: &[u8],
) -> Result<serde_json::Value, DecodeError> {
    let envelope: V4ResponseEnvelope<R> = decode(bytes)?;
    encode_value(&envelope)
}
