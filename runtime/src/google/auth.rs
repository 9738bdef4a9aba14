//! Google credentials: a plain bearer token, or a service-account key exchanged for access
//! tokens by the JWT bearer grant (RFC 7523) at the key's own `token_uri`.
//!
//! The exchanged token is cached and renewed shortly before it expires, so a program makes one
//! exchange an hour however many calls it makes; concurrent calls share one exchange. The
//! private key is parsed once into a signer and never kept as text: neither `Debug` nor any
//! error message shows it.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use ring::signature::{RsaKeyPair, RSA_PKCS1_SHA256};

use crate::error::Error;
use crate::Token;

use super::error::GoogleApiError;

/// The variable naming a service-account key file, as Google's own libraries read it.
pub const CREDENTIALS_ENV: &str = "GOOGLE_APPLICATION_CREDENTIALS";

/// The read-only Analytics scope, which the Data API's report methods need.
pub const ANALYTICS_READONLY_SCOPE: &str = "https://www.googleapis.com/auth/analytics.readonly";

const JWT_BEARER_GRANT: &str = "urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer";

/// A service-account key (the JSON file Google's console gives), parsed: the private key is
/// held as a signer only.
pub struct ServiceAccountKey {
    /// The account's email, the JWT's issuer.
    pub client_email: String,
    /// Where tokens are exchanged (`https://oauth2.googleapis.com/token`).
    pub token_uri: String,
    /// The key's id, sent as the JWT's `kid`.
    pub private_key_id: Option<String>,
    /// The project, when the file names it.
    pub project_id: Option<String>,
    signer: RsaKeyPair,
}

impl fmt::Debug for ServiceAccountKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceAccountKey")
            .field("client_email", &self.client_email)
            .field("token_uri", &self.token_uri)
            .field("private_key_id", &self.private_key_id)
            .field("project_id", &self.project_id)
            .field("private_key", &"<redacted>")
            .finish()
    }
}

fn key_error(origin: &str, what: impl fmt::Display) -> Error {
    Error::InvalidRequest(format!("service-account key {origin}: {what}"))
}

impl ServiceAccountKey {
    /// Parses a key file's text; `origin` names it in errors (a path, `GOOGLE_APPLICATION_CREDENTIALS`).
    pub fn from_json(text: &str, origin: &str) -> Result<Self, Error> {
        #[derive(serde::Deserialize)]
        struct KeyFile {
            #[serde(rename = "type")]
            kind: Option<String>,
            client_email: Option<String>,
            private_key: Option<String>,
            private_key_id: Option<String>,
            token_uri: Option<String>,
            project_id: Option<String>,
        }
        let file: KeyFile = serde_json::from_str(text)
            .map_err(|e| key_error(origin, format_args!("not a key file ({e})")))?;
        if let Some(kind) = file.kind.as_deref().filter(|k| *k != "service_account") {
            return Err(key_error(
                origin,
                format_args!("`type` is `{kind}`, not `service_account`"),
            ));
        }
        let field = |value: Option<String>, name: &str| {
            value
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| key_error(origin, format_args!("`{name}` is missing")))
        };
        let client_email = field(file.client_email, "client_email")?;
        let token_uri = field(file.token_uri, "token_uri")?;
        let pem = field(file.private_key, "private_key")?;
        let der = pkcs8_from_pem(&pem).ok_or_else(|| {
            key_error(
                origin,
                "`private_key` is not a PEM `PRIVATE KEY` (PKCS#8) block",
            )
        })?;
        let signer = RsaKeyPair::from_pkcs8(&der).map_err(|e| {
            key_error(
                origin,
                format_args!("`private_key` is not a usable RSA key ({e})"),
            )
        })?;
        Ok(ServiceAccountKey {
            client_email,
            token_uri,
            private_key_id: file.private_key_id,
            project_id: file.project_id,
            signer,
        })
    }

    /// Reads and parses a key file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| key_error(&origin, format_args!("cannot be read ({e})")))?;
        Self::from_json(&text, &origin)
    }

    /// Reads the key file named by `GOOGLE_APPLICATION_CREDENTIALS`.
    pub fn from_env() -> Result<Self, Error> {
        match std::env::var_os(CREDENTIALS_ENV) {
            Some(path) if !path.is_empty() => Self::from_file(path),
            _ => Err(Error::InvalidRequest(format!(
                "no service-account key: {CREDENTIALS_ENV} is not set"
            ))),
        }
    }

    /// The signed JWT asserting this account for `scope`, issued at `issued_at` for an hour.
    pub fn assertion(&self, scope: &str, issued_at: SystemTime) -> Result<String, Error> {
        let iat = issued_at
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let mut header = serde_json::json!({"alg": "RS256", "typ": "JWT"});
        if let Some(kid) = &self.private_key_id {
            header["kid"] = kid.clone().into();
        }
        let claims = serde_json::json!({
            "iss": self.client_email,
            "scope": scope,
            "aud": self.token_uri,
            "iat": iat,
            "exp": iat + 3600,
        });
        let signed = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut signature = vec![0; self.signer.public().modulus_len()];
        self.signer
            .sign(
                &RSA_PKCS1_SHA256,
                &ring::rand::SystemRandom::new(),
                signed.as_bytes(),
                &mut signature,
            )
            .map_err(|_| Error::InvalidRequest("cannot sign the JWT assertion".into()))?;
        Ok(format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature)))
    }

    /// The public half of the key (a DER `RSAPublicKey`), to check its signatures.
    pub fn public_key_der(&self) -> &[u8] {
        self.signer.public().as_ref()
    }
}

/// The DER bytes of the first `-----BEGIN PRIVATE KEY-----` block of `pem`.
fn pkcs8_from_pem(pem: &str) -> Option<Vec<u8>> {
    const BEGIN: &str = "-----BEGIN PRIVATE KEY-----";
    const END: &str = "-----END PRIVATE KEY-----";
    let body = pem.split_once(BEGIN)?.1.split_once(END)?.0;
    let base64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    STANDARD.decode(base64).ok()
}

/// How calls are authorized.
#[derive(Debug, Clone)]
pub enum GoogleAuth {
    /// A ready access token, sent as it is.
    Bearer(Token),
    /// A service account whose tokens are exchanged and renewed as needed.
    ServiceAccount(Arc<ServiceAccount>),
}

impl GoogleAuth {
    /// A ready access token.
    pub fn bearer(token: impl Into<String>) -> Self {
        GoogleAuth::Bearer(Token::new(token))
    }

    /// A service account asking for `scope` (usually [`ANALYTICS_READONLY_SCOPE`]).
    pub fn service_account(key: ServiceAccountKey, scope: impl Into<String>) -> Self {
        GoogleAuth::ServiceAccount(Arc::new(ServiceAccount {
            key,
            scope: scope.into(),
            cached: tokio::sync::Mutex::new(None),
            exchanges: AtomicU64::new(0),
        }))
    }

    /// The service account of `GOOGLE_APPLICATION_CREDENTIALS`, read-only Analytics scope.
    pub fn from_env() -> Result<Self, Error> {
        Ok(Self::service_account(
            ServiceAccountKey::from_env()?,
            ANALYTICS_READONLY_SCOPE,
        ))
    }
}

/// A service account with its cached access token.
pub struct ServiceAccount {
    key: ServiceAccountKey,
    scope: String,
    cached: tokio::sync::Mutex<Option<CachedToken>>,
    exchanges: AtomicU64,
}

struct CachedToken {
    token: Token,
    renew_at: tokio::time::Instant,
}

impl fmt::Debug for ServiceAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceAccount")
            .field("key", &self.key)
            .field("scope", &self.scope)
            .field("exchanges", &self.exchanges())
            .finish_non_exhaustive()
    }
}

/// How long before its expiry a token is renewed: five minutes, or a quarter of a short
/// token's life.
fn renewal_margin(lifetime: Duration) -> Duration {
    (lifetime / 4).min(Duration::from_secs(300))
}

impl ServiceAccount {
    /// The key.
    pub fn key(&self) -> &ServiceAccountKey {
        &self.key
    }

    /// How many tokens have been exchanged so far.
    pub fn exchanges(&self) -> u64 {
        self.exchanges.load(Ordering::Relaxed)
    }

    /// A valid access token: the cached one, or a new one exchanged at the key's `token_uri`.
    pub(crate) async fn token(
        &self,
        http: &reqwest::Client,
        timeout: Duration,
        body_limit: u64,
    ) -> Result<Token, Error> {
        let mut cached = self.cached.lock().await;
        if let Some(token) = cached
            .as_ref()
            .filter(|c| tokio::time::Instant::now() < c.renew_at)
        {
            return Ok(token.token.clone());
        }
        let (token, lifetime) = self.exchange(http, timeout, body_limit).await?;
        *cached = Some(CachedToken {
            token: token.clone(),
            renew_at: tokio::time::Instant::now() + lifetime - renewal_margin(lifetime),
        });
        Ok(token)
    }

    async fn exchange(
        &self,
        http: &reqwest::Client,
        timeout: Duration,
        body_limit: u64,
    ) -> Result<(Token, Duration), Error> {
        let assertion = self.key.assertion(&self.scope, SystemTime::now())?;
        self.exchanges.fetch_add(1, Ordering::Relaxed);
        tracing::debug!(token_uri = %self.key.token_uri, "exchanging a JWT for an access token");
        let response = http
            .post(&self.key.token_uri)
            .timeout(timeout)
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(format!(
                "grant_type={JWT_BEARER_GRANT}&assertion={assertion}"
            ))
            .send()
            .await
            .map_err(|e| crate::client::transport(e, timeout, None))?;
        let status = response.status().as_u16();
        let body = crate::client::read_body(response, body_limit, timeout, &None).await?;
        #[derive(serde::Deserialize)]
        struct Answer {
            access_token: Option<String>,
            expires_in: Option<u64>,
            error: Option<String>,
            error_description: Option<String>,
        }
        let answer: Answer = serde_json::from_slice(&body).map_err(|e| {
            Error::http_status_error(
                status,
                format!(
                    "HTTP {status} from the token endpoint {}: not a token answer ({e})",
                    self.key.token_uri
                ),
                None,
            )
        })?;
        match answer {
            Answer {
                access_token: Some(token),
                expires_in,
                ..
            } if (200..300).contains(&status) && !token.is_empty() => Ok((
                Token::new(token),
                Duration::from_secs(expires_in.unwrap_or(3600).max(1)),
            )),
            Answer {
                error,
                error_description,
                ..
            } => Err(Error::Google(Box::new(GoogleApiError {
                http_status: status,
                code: i64::from(status),
                status: error.unwrap_or_else(|| "UNKNOWN".to_owned()),
                message: format!(
                    "the token endpoint refused the service account {}: {}",
                    self.key.client_email,
                    error_description.unwrap_or_default()
                ),
                details: Vec::new(),
            }))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_blocks_are_found_among_other_text() {
        let pem = "junk\n-----BEGIN PRIVATE KEY-----\nAAEC\nAwQ=\n-----END PRIVATE KEY-----\n";
        assert_eq!(pkcs8_from_pem(pem), Some(vec![0, 1, 2, 3, 4]));
        assert_eq!(
            pkcs8_from_pem("-----BEGIN RSA PRIVATE KEY-----\nAAEC\n"),
            None
        );
    }

    #[test]
    fn key_file_faults_are_named_without_showing_the_key() {
        let origin = "key.json";
        let error = |text: &str| {
            ServiceAccountKey::from_json(text, origin)
                .expect_err("refused")
                .to_string()
        };
        assert!(error("{").contains("key.json: not a key file"));
        assert!(error(r#"{"type": "authorized_user"}"#).contains("not `service_account`"));
        assert!(error(r#"{"client_email": "a@b"}"#).contains("`token_uri` is missing"));
        let secret = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----\n";
        let text = serde_json::json!({
            "client_email": "a@b", "token_uri": "http://t", "private_key": secret
        })
        .to_string();
        let message = error(&text);
        assert!(message.contains("not a usable RSA key"), "{message}");
        assert!(!message.contains("c2VjcmV0"), "{message}");
    }

    #[test]
    fn renewal_comes_five_minutes_early_or_a_quarter_of_a_short_life() {
        assert_eq!(
            renewal_margin(Duration::from_secs(3600)),
            Duration::from_secs(300)
        );
        assert_eq!(
            renewal_margin(Duration::from_secs(2)),
            Duration::from_millis(500)
        );
    }
}
