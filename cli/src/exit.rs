//! The exit statuses shared by every `ydirect` command, and the failures that carry them.

use std::fmt;
use std::process::ExitCode;

use yandex_direct::Error;

/// The exit-status table, as printed at the end of `ydirect --help`.
pub const TABLE: &str = "\
Exit status (every command):
  0  success
  1  local fault: bad usage, unreadable or invalid input (params that do not match the schema,
     an invalid hit, a Metrica query refused before sending), no token, a file that cannot
     be read
  2  API error: the server answered with an error (a Direct API error, whose JSON goes to
     stderr; for `hit`, a non-2xx answer), or a quota stop (`ga4`: the bucket is named)
  3  transport: the network, a timeout, or an answer that could not be decoded";

/// How a `ydirect` command ended; the discriminant is the process exit status.
///
/// Ordered by severity, so that a command that met several problems (e.g. `hit` with an invalid
/// line and a rejected batch) can report the worst with [`Ord::max`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// A local fault: bad usage, invalid input, no token, an unreadable file.
    Local = 1,
    /// The server answered with an error.
    Api = 2,
    /// The request could not be sent, the answer not received in time, or not decoded.
    Transport = 3,
}

impl Exit {
    /// The exit status for a failed call of the library.
    pub fn of_error(error: &Error) -> Exit {
        match error {
            // A quota stop (the governor refused to send) is the API's limit, not the input.
            Error::Api(_) | Error::Google(_) | Error::Metrica(_) | Error::Quota(_) => Exit::Api,
            // Refused by the client before anything was sent (e.g. it cannot be encoded).
            Error::InvalidRequest(_) => Exit::Local,
            Error::Transport { .. } | Error::Timeout(_) | Error::Decode(_) => Exit::Transport,
            // `Error` is non-exhaustive: a failure this tool does not know yet happened while
            // talking to the server, not in the user's input.
            _ => Exit::Transport,
        }
    }

    /// The process exit status.
    pub fn code(self) -> u8 {
        self as u8
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// A command that could not complete: the exit status and the message for stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The exit status.
    pub exit: Exit,
    /// What went wrong, for a human.
    pub message: String,
}

impl Failure {
    /// A local fault ([`Exit::Local`]).
    pub fn local(message: impl Into<String>) -> Failure {
        Failure {
            exit: Exit::Local,
            message: message.into(),
        }
    }

    /// A transport failure ([`Exit::Transport`]).
    pub fn transport(message: impl Into<String>) -> Failure {
        Failure {
            exit: Exit::Transport,
            message: message.into(),
        }
    }
}

impl From<Error> for Failure {
    /// The failure of a library call; an undecodable answer carries the raw answer, so that
    /// the user sees what the server sent.
    fn from(error: Error) -> Failure {
        let exit = Exit::of_error(&error);
        let message = if let Some(decode) = error.decode_error() {
            format!(
                "cannot decode the answer: {error}\n{}",
                String::from_utf8_lossy(&decode.raw)
            )
        } else if let Some(refused) = error.body_too_large() {
            // The library's message names its own setting; this tool's is an option.
            format!("{refused}; --max-body-bytes sets the limit")
        } else {
            match &error {
                Error::InvalidRequest(message) => message.clone(),
                other => other.to_string(),
            }
        };
        Failure { exit, message }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_errors_map_to_the_table() {
        let transport = Error::transport("refused", true, None);
        assert_eq!(Exit::of_error(&transport), Exit::Transport);
        assert_eq!(
            Exit::of_error(&Error::Timeout(std::time::Duration::from_secs(1))),
            Exit::Transport
        );
        assert_eq!(
            Exit::of_error(&Error::InvalidRequest("x".into())),
            Exit::Local
        );
        assert_eq!(Failure::from(transport).exit, Exit::Transport);
        let metrica = yandex_direct_runtime::metrica::MetricaApiError::from_body(
            400,
            br#"{"errors": [{"error_type": "invalid_parameter", "message": "m"}], "code": 400}"#,
        )
        .expect("an error body");
        assert_eq!(
            Exit::of_error(&Error::Metrica(Box::new(metrica))),
            Exit::Api
        );
    }

    #[test]
    fn codes_and_severity() {
        assert_eq!(
            [Exit::Ok, Exit::Local, Exit::Api, Exit::Transport].map(Exit::code),
            [0, 1, 2, 3]
        );
        assert_eq!(Exit::Local.max(Exit::Api), Exit::Api);
        assert_eq!(Exit::Transport.max(Exit::Local), Exit::Transport);
    }
}
