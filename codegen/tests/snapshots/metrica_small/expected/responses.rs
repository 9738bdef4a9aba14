// @generated from schema/metrica/endpoints.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The objects of the Reporting API's answers. Every key may be absent; a key these
//! bindings do not know is kept in `unknown_fields`, and so is a `null` where the field
//! is not nullable, so that every answer encodes back to the same JSON value.
use ::metrica_reporting::schema as rt;
/// The answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytimeResponse {
    /// `query`: The query echo.
    pub query: Option<QueryEcho>,
    /// `data`: The rows.
    pub data: Option<Vec<Row>>,
    /// `totals`: Totals per interval.
    pub totals: Option<Vec<Vec<rt::wire::MetricValue>>>,
    /// `total_rows`: All rows.
    pub total_rows: Option<i64>,
    /// `sampled`: Sampled or not.
    pub sampled: Option<bool>,
    /// `sample_share`: The share sampled.
    pub sample_share: Option<rt::wire::Number>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for BytimeResponse {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.query {
            map.serialize_entry("query", value)?;
        }
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        if let Some(value) = &self.total_rows {
            map.serialize_entry("total_rows", value)?;
        }
        if let Some(value) = &self.sampled {
            map.serialize_entry("sampled", value)?;
        }
        if let Some(value) = &self.sample_share {
            map.serialize_entry("sample_share", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "query" => self.query.is_some(),
                "data" => self.data.is_some(),
                "totals" => self.totals.is_some(),
                "total_rows" => self.total_rows.is_some(),
                "sampled" => self.sampled.is_some(),
                "sample_share" => self.sample_share.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for BytimeResponse {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = BytimeResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BytimeResponse` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BytimeResponse, A::Error> {
                let mut query = None;
                let mut data = None;
                let mut totals = None;
                let mut total_rows = None;
                let mut sampled = None;
                let mut sample_share = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "query" => {
                            query = rt::wire::optional_value(
                                &mut map,
                                "query",
                                &mut unknown_fields,
                            )?;
                        }
                        "data" => {
                            data = rt::wire::optional_value(
                                &mut map,
                                "data",
                                &mut unknown_fields,
                            )?;
                        }
                        "totals" => {
                            totals = rt::wire::optional_value(
                                &mut map,
                                "totals",
                                &mut unknown_fields,
                            )?;
                        }
                        "total_rows" => {
                            total_rows = rt::wire::optional_value(
                                &mut map,
                                "total_rows",
                                &mut unknown_fields,
                            )?;
                        }
                        "sampled" => {
                            sampled = rt::wire::optional_value(
                                &mut map,
                                "sampled",
                                &mut unknown_fields,
                            )?;
                        }
                        "sample_share" => {
                            sample_share = rt::wire::optional_value(
                                &mut map,
                                "sample_share",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BytimeResponse",
                            )?
                        }
                    }
                }
                Ok(BytimeResponse {
                    query,
                    data,
                    totals,
                    total_rows,
                    sampled,
                    sample_share,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// `dimensions`: The values.
    pub dimensions: Option<Vec<Dimension>>,
    /// `metrics`: The series.
    pub metrics: Option<Vec<Vec<rt::wire::MetricValue>>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for Row {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensions" => self.dimensions.is_some(),
                "metrics" => self.metrics.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for Row {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = Row;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Row` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Row, A::Error> {
                let mut dimensions = None;
                let mut metrics = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "dimensions" => {
                            dimensions = rt::wire::optional_value(
                                &mut map,
                                "dimensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "metrics" => {
                            metrics = rt::wire::optional_value(
                                &mut map,
                                "metrics",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Row",
                            )?
                        }
                    }
                }
                Ok(Row {
                    dimensions,
                    metrics,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A dimension's value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dimension {
    /// `name`: The readable value.
    pub name: rt::wire::Nullable<String>,
    /// `id`: The identifier.
    pub id: rt::wire::Nullable<rt::wire::Value>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for Dimension {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.name.is_present() {
            map.serialize_entry("name", &self.name)?;
        }
        if self.id.is_present() {
            map.serialize_entry("id", &self.id)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "name" => self.name.is_present(),
                "id" => self.id.is_present(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for Dimension {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = Dimension;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Dimension` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Dimension, A::Error> {
                let mut name = rt::wire::Nullable::Absent;
                let mut id = rt::wire::Nullable::Absent;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "name" => {
                            name = map.next_value()?;
                        }
                        "id" => {
                            id = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Dimension",
                            )?
                        }
                    }
                }
                Ok(Dimension {
                    name,
                    id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The query as understood.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryEcho {
    /// `limit`: Rows per page, as sent.
    pub limit: Option<rt::wire::FlexNumber<i64>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for QueryEcho {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.limit {
            map.serialize_entry("limit", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "limit" => self.limit.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for QueryEcho {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = QueryEcho;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `QueryEcho` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<QueryEcho, A::Error> {
                let mut limit = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "limit" => {
                            limit = rt::wire::optional_value(
                                &mut map,
                                "limit",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "QueryEcho",
                            )?
                        }
                    }
                }
                Ok(QueryEcho { limit, unknown_fields })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// One fault.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorDetail {
    /// `error_type`: Its kind.
    pub error_type: Option<ErrorType>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for ErrorDetail {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.error_type {
            map.serialize_entry("error_type", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "error_type" => self.error_type.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for ErrorDetail {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = ErrorDetail;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ErrorDetail` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ErrorDetail, A::Error> {
                let mut error_type = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "error_type" => {
                            error_type = rt::wire::optional_value(
                                &mut map,
                                "error_type",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ErrorDetail",
                            )?
                        }
                    }
                }
                Ok(ErrorDetail {
                    error_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The `error_type` of an error answer: the values `schema/metrica/fields.json` lists;
/// any other is kept in `Unrecognized` and sent back as it came.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorType {
    /// `backend_error`
    BackendError,
    /// `quota_parallel_requests`
    QuotaParallelRequests,
    /// A value the schema does not know.
    Unrecognized(rt::wire::Unrecognized),
}
impl ErrorType {
    /// Every known value, sorted.
    pub const KNOWN: [&'static str; 2usize] = [
        "backend_error",
        "quota_parallel_requests",
    ];
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorType::BackendError => "backend_error",
            ErrorType::QuotaParallelRequests => "quota_parallel_requests",
            ErrorType::Unrecognized(raw) => raw.as_str(),
        }
    }
    /// The value for `raw`; an unknown one is kept as it is.
    pub fn from_wire(raw: &str) -> ErrorType {
        match raw {
            "backend_error" => ErrorType::BackendError,
            "quota_parallel_requests" => ErrorType::QuotaParallelRequests,
            other => ErrorType::Unrecognized(rt::wire::Unrecognized::new(other)),
        }
    }
}
impl ::core::fmt::Display for ErrorType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl rt::wire::Serialize for ErrorType {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> rt::wire::Deserialize<'de> for ErrorType {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let raw: ::std::borrow::Cow<'de, str> = rt::wire::Deserialize::deserialize(
            deserializer,
        )?;
        Ok(ErrorType::from_wire(&raw))
    }
}
