//! The options of every command that calls the Direct API: which server, the token, the language
//! of the API's messages; and the client they give.

use std::path::PathBuf;

use yandex_direct::runtime::ClientBuilder;
use yandex_direct::Client;

use crate::call::{read_secret_file, TOKEN_ENV};
use crate::exit::Failure;

/// Where and as whom a command calls the API (`#[command(flatten)]` in each command's options).
#[derive(Debug, Clone, clap::Args)]
pub struct ConnectionArgs {
    /// Call the sandbox (api-sandbox.direct.yandex.com) instead of the production API.
    #[arg(long, conflicts_with = "base_url")]
    pub sandbox: bool,
    /// Call this base URL instead of the production API (a proxy, a test server),
    /// e.g. `http://127.0.0.1:8080`.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Read the OAuth token from this file instead of YANDEX_DIRECT_TOKEN.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// The language of the API's messages (the `Accept-Language` header): ru, en, ...
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
}

impl ConnectionArgs {
    /// A client builder with the token (from `--token-file`, or else `env_token`, the value of
    /// YANDEX_DIRECT_TOKEN) and these options; the command adds its own (login, limits).
    pub fn client_builder(&self, env_token: Option<String>) -> Result<ClientBuilder, Failure> {
        let token = match &self.token_file {
            Some(path) => read_secret_file(path, "token")?,
            None => env_token
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    Failure::local(format!(
                        "no token: set {TOKEN_ENV} or pass --token-file (an OAuth token with \
                         access to the Direct API)"
                    ))
                })?,
        };
        let mut builder = Client::builder(token);
        if let Some(language) = &self.language {
            builder = builder.accept_language(language.clone());
        }
        if self.sandbox {
            builder = builder.sandbox();
        }
        if let Some(url) = &self.base_url {
            builder = builder.base_url(url.clone());
        }
        Ok(builder)
    }
}
