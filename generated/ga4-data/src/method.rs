//! What every generated method says about itself: [`Method`], implemented by one unit struct
//! per method (`v1beta::methods::RunReport`), and the tables of methods and schemas by name.
//!
//! A client drives a call from these alone: [`Method::path`] and [`Method::query`] from the
//! method's parameters, [`Method::HTTP_METHOD`], the JSON body of type [`Method::Request`], the
//! answer decoded as [`Method::Response`], and [`Method::QUOTA_CATEGORY`] for the quota governor.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The HTTP method of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// `GET`: no body is sent.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
}

impl HttpMethod {
    /// The method as HTTP writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }
}

/// The property quota category a call is charged to (the Data API's quotas page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuotaCategory {
    /// Core reporting: `runReport`, `runPivotReport`, the batches, `getMetadata`,
    /// `checkCompatibility`, `audienceExports.create`.
    Core,
    /// `runRealtimeReport`.
    Realtime,
    /// `runFunnelReport` (v1alpha).
    Funnel,
    /// The chat methods.
    Chat,
}

/// The body of a method that sends or answers none: encodes as nothing a client sends, decodes
/// from any JSON object (an empty answer is `{}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NoBody {}

/// One REST method: a unit struct generated per method of the Discovery document.
pub trait Method {
    /// The path and query parameters (`RunReportParams`).
    type Params;
    /// The JSON body sent ([`NoBody`] for a `GET`).
    type Request: Serialize + DeserializeOwned;
    /// The JSON body answered.
    type Response: Serialize + DeserializeOwned;
    /// The name below the top resource: `runReport`, `audienceExports.create`.
    const NAME: &'static str;
    /// The document's method id: `analyticsdata.properties.runReport`.
    const ID: &'static str;
    /// The HTTP method.
    const HTTP_METHOD: HttpMethod;
    /// The path template relative to [`Method::BASE_URL`]: `v1beta/{+property}:runReport`.
    const PATH: &'static str;
    /// Where the API is served: `https://analyticsdata.googleapis.com/`.
    const BASE_URL: &'static str;
    /// The quota category its calls are charged to, when known.
    const QUOTA_CATEGORY: Option<QuotaCategory>;
    /// OAuth scopes any one of which allows the call.
    const SCOPES: &'static [&'static str];

    /// The values of the path parameters, by name, as the template names them.
    fn path_values(params: &Self::Params) -> Vec<(&'static str, &str)>;

    /// The query parameters that are set, by name, each value as text (a repeated parameter
    /// once per value).
    fn query(params: &Self::Params) -> Vec<(&'static str, String)>;

    /// The path with the parameters filled in: `v1beta/properties/1234:runReport`.
    fn path(params: &Self::Params) -> Result<String, PathError> {
        expand_path(Self::PATH, &Self::path_values(params))
    }
}

/// Why a path could not be filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// The parameter.
    pub parameter: String,
    /// What is wrong with it.
    pub reason: String,
}

impl std::fmt::Display for PathError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "path parameter `{}`: {}", self.parameter, self.reason)
    }
}

impl std::error::Error for PathError {}

/// Fills the `{name}` and `{+name}` parameters of `template` with `values`: `{name}` has every
/// character but the unreserved ones percent-encoded, `{+name}` keeps `/` (reserved expansion,
/// as in `{+property}` = `properties/1234`). An empty value, or one with `..` segments or
/// characters that cannot go into a path, is refused. (Google's documents say
/// `fullyEncodeReservedExpansion`: in `{+name}` every reserved character but `/` is encoded.)
pub fn expand_path(template: &str, values: &[(&str, &str)]) -> Result<String, PathError> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let (reserved, name) = match inner.strip_prefix('+') {
            Some(name) => (true, name),
            None => (false, inner),
        };
        let error = |reason: &str| PathError {
            parameter: name.to_owned(),
            reason: reason.to_owned(),
        };
        let value = values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .ok_or_else(|| error("not given"))?;
        if value.is_empty() {
            return Err(error("empty"));
        }
        if value
            .split('/')
            .any(|segment| segment == ".." || segment == ".")
        {
            return Err(error("has a `.` or `..` segment"));
        }
        for byte in value.bytes() {
            let keep = byte.is_ascii_alphanumeric()
                || b"-._~".contains(&byte)
                || (reserved && byte == b'/');
            if keep {
                out.push(byte as char);
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Decodes a body as a type and encodes it again (see [`wire::reencode`](crate::wire::reencode)).
pub type Reencode = fn(&[u8]) -> Result<serde_json::Value, String>;

/// A method in the generated table, for tools that take a method by name.
#[derive(Debug, Clone, Copy)]
pub struct MethodEntry {
    /// [`Method::NAME`].
    pub name: &'static str,
    /// [`Method::ID`].
    pub id: &'static str,
    /// [`Method::HTTP_METHOD`].
    pub http_method: HttpMethod,
    /// [`Method::PATH`].
    pub path: &'static str,
    /// [`Method::QUOTA_CATEGORY`].
    pub quota_category: Option<QuotaCategory>,
    /// The schema name of the body sent, if any.
    pub request_type: Option<&'static str>,
    /// The schema name of the body answered, if any.
    pub response_type: Option<&'static str>,
    /// Decodes and re-encodes a request body; `None` when the method sends none.
    pub request: Option<Reencode>,
    /// Decodes and re-encodes an answer body; `None` when the method answers none.
    pub response: Option<Reencode>,
}

/// A schema (a type of the document) in the generated table.
#[derive(Debug, Clone, Copy)]
pub struct SchemaEntry {
    /// The document's name (`RunReportResponse`; an inline enum: `AudienceExportState`).
    pub name: &'static str,
    /// Decodes and re-encodes a value of it.
    pub reencode: Reencode,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methods::{
        AudienceExportsList, AudienceExportsListParams, RunReport, RunReportParams,
    };

    #[test]
    fn paths_are_filled_in_with_reserved_expansion_keeping_slashes() {
        let params = RunReportParams {
            property: "properties/1234".into(),
        };
        assert_eq!(
            RunReport::path(&params).unwrap(),
            "v1beta/properties/1234:runReport"
        );
        assert_eq!(
            expand_path("v1/{name}/x", &[("name", "a/b c")]).unwrap(),
            "v1/a%2Fb%20c/x"
        );
        let error = RunReport::path(&RunReportParams::default()).unwrap_err();
        assert_eq!(error.parameter, "property");
        assert!(expand_path("{+name}", &[("name", "properties/../x")]).is_err());
        assert!(expand_path("{+name}", &[]).is_err());
    }

    #[test]
    fn query_parameters_are_the_ones_set() {
        let mut params = AudienceExportsListParams {
            parent: "properties/1".into(),
            ..Default::default()
        };
        assert!(AudienceExportsList::query(&params).is_empty());
        params.page_size = Some(1000);
        params.page_token = Some("next".into());
        assert_eq!(
            AudienceExportsList::query(&params),
            [
                ("pageSize", "1000".to_owned()),
                ("pageToken", "next".to_owned())
            ]
        );
        assert_eq!(AudienceExportsList::HTTP_METHOD, HttpMethod::Get);
        assert_eq!(RunReport::QUOTA_CATEGORY, Some(QuotaCategory::Core));
        assert_eq!(
            crate::methods::RunRealtimeReport::QUOTA_CATEGORY,
            Some(QuotaCategory::Realtime)
        );
    }

    #[test]
    fn every_method_and_schema_of_the_document_is_generated() {
        let names: Vec<&str> = crate::methods::METHODS.iter().map(|m| m.name).collect();
        assert_eq!(
            names,
            [
                "audienceExports.create",
                "audienceExports.get",
                "audienceExports.list",
                "audienceExports.query",
                "batchRunPivotReports",
                "batchRunReports",
                "checkCompatibility",
                "getMetadata",
                "runPivotReport",
                "runRealtimeReport",
                "runReport"
            ]
        );
        // 68 schemas and 15 inline enums.
        assert_eq!(crate::SCHEMAS.len(), 68 + 15);
    }
}
