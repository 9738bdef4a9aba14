// @generated from schema/metrica/endpoints.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The objects of the Reporting API's answers. Every key may be absent; a key these
//! bindings do not know is kept in `unknown_fields`, and so is a `null` where the field
//! is not nullable, so that every answer encodes back to the same JSON value.
use crate::schema as rt;
/// The answer of `data`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataResponse {
    /// `query`: The query as the server understood it.
    pub query: Option<QueryEcho>,
    /// `data`: The rows.
    pub data: Option<Vec<DataRow>>,
    /// `total_rows`: How many rows the report has in all (for paging).
    pub total_rows: Option<i64>,
    /// `total_rows_rounded`: Whether `total_rows` is an estimate.
    pub total_rows_rounded: Option<bool>,
    /// `sampled`: Whether the answer comes from a sample of visits.
    pub sampled: Option<bool>,
    /// `contains_sensitive_data`: Whether rows with too few visitors were hidden.
    pub contains_sensitive_data: Option<bool>,
    /// `sample_share`: The share of visits sampled (1 = all).
    pub sample_share: Option<rt::wire::Number>,
    /// `sample_size`: The number of visits sampled.
    pub sample_size: Option<i64>,
    /// `sample_space`: The number of visits sampled from.
    pub sample_space: Option<i64>,
    /// `data_lag`: How many seconds behind real time the data is.
    pub data_lag: Option<i64>,
    /// `totals`: Each metric over all rows.
    pub totals: Option<Vec<rt::wire::MetricValue>>,
    /// `min`: Each metric's smallest value over the rows.
    pub min: Option<Vec<rt::wire::MetricValue>>,
    /// `max`: Each metric's largest value over the rows.
    pub max: Option<Vec<rt::wire::MetricValue>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for DataResponse {
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
        if let Some(value) = &self.total_rows {
            map.serialize_entry("total_rows", value)?;
        }
        if let Some(value) = &self.total_rows_rounded {
            map.serialize_entry("total_rows_rounded", value)?;
        }
        if let Some(value) = &self.sampled {
            map.serialize_entry("sampled", value)?;
        }
        if let Some(value) = &self.contains_sensitive_data {
            map.serialize_entry("contains_sensitive_data", value)?;
        }
        if let Some(value) = &self.sample_share {
            map.serialize_entry("sample_share", value)?;
        }
        if let Some(value) = &self.sample_size {
            map.serialize_entry("sample_size", value)?;
        }
        if let Some(value) = &self.sample_space {
            map.serialize_entry("sample_space", value)?;
        }
        if let Some(value) = &self.data_lag {
            map.serialize_entry("data_lag", value)?;
        }
        if let Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        if let Some(value) = &self.min {
            map.serialize_entry("min", value)?;
        }
        if let Some(value) = &self.max {
            map.serialize_entry("max", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "query" => self.query.is_some(),
                "data" => self.data.is_some(),
                "total_rows" => self.total_rows.is_some(),
                "total_rows_rounded" => self.total_rows_rounded.is_some(),
                "sampled" => self.sampled.is_some(),
                "contains_sensitive_data" => self.contains_sensitive_data.is_some(),
                "sample_share" => self.sample_share.is_some(),
                "sample_size" => self.sample_size.is_some(),
                "sample_space" => self.sample_space.is_some(),
                "data_lag" => self.data_lag.is_some(),
                "totals" => self.totals.is_some(),
                "min" => self.min.is_some(),
                "max" => self.max.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for DataResponse {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = DataResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DataResponse` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DataResponse, A::Error> {
                let mut query = None;
                let mut data = None;
                let mut total_rows = None;
                let mut total_rows_rounded = None;
                let mut sampled = None;
                let mut contains_sensitive_data = None;
                let mut sample_share = None;
                let mut sample_size = None;
                let mut sample_space = None;
                let mut data_lag = None;
                let mut totals = None;
                let mut min = None;
                let mut max = None;
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
                        "total_rows" => {
                            total_rows = rt::wire::optional_value(
                                &mut map,
                                "total_rows",
                                &mut unknown_fields,
                            )?;
                        }
                        "total_rows_rounded" => {
                            total_rows_rounded = rt::wire::optional_value(
                                &mut map,
                                "total_rows_rounded",
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
                        "contains_sensitive_data" => {
                            contains_sensitive_data = rt::wire::optional_value(
                                &mut map,
                                "contains_sensitive_data",
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
                        "sample_size" => {
                            sample_size = rt::wire::optional_value(
                                &mut map,
                                "sample_size",
                                &mut unknown_fields,
                            )?;
                        }
                        "sample_space" => {
                            sample_space = rt::wire::optional_value(
                                &mut map,
                                "sample_space",
                                &mut unknown_fields,
                            )?;
                        }
                        "data_lag" => {
                            data_lag = rt::wire::optional_value(
                                &mut map,
                                "data_lag",
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
                        "min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "min",
                                &mut unknown_fields,
                            )?;
                        }
                        "max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "max",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DataResponse",
                            )?
                        }
                    }
                }
                Ok(DataResponse {
                    query,
                    data,
                    total_rows,
                    total_rows_rounded,
                    sampled,
                    contains_sensitive_data,
                    sample_share,
                    sample_size,
                    sample_space,
                    data_lag,
                    totals,
                    min,
                    max,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A row of `data`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataRow {
    /// `dimensions`: The row's value of each dimension, in the query's order.
    pub dimensions: Option<Vec<DimensionValue>>,
    /// `metrics`: The row's metrics, in the query's order.
    pub metrics: Option<Vec<rt::wire::MetricValue>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for DataRow {
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
impl<'de> rt::wire::Deserialize<'de> for DataRow {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = DataRow;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DataRow` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DataRow, A::Error> {
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
                                "DataRow",
                            )?
                        }
                    }
                }
                Ok(DataRow {
                    dimensions,
                    metrics,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The answer of `data/bytime`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytimeResponse {
    /// `query`: The query as the server understood it.
    pub query: Option<QueryEcho>,
    /// `data`: The rows.
    pub data: Option<Vec<BytimeRow>>,
    /// `total_rows`: How many rows the report has in all (for paging).
    pub total_rows: Option<i64>,
    /// `total_rows_rounded`: Whether `total_rows` is an estimate.
    pub total_rows_rounded: Option<bool>,
    /// `sampled`: Whether the answer comes from a sample of visits.
    pub sampled: Option<bool>,
    /// `contains_sensitive_data`: Whether rows with too few visitors were hidden.
    pub contains_sensitive_data: Option<bool>,
    /// `sample_share`: The share of visits sampled (1 = all).
    pub sample_share: Option<rt::wire::Number>,
    /// `sample_size`: The number of visits sampled.
    pub sample_size: Option<i64>,
    /// `sample_space`: The number of visits sampled from.
    pub sample_space: Option<i64>,
    /// `data_lag`: How many seconds behind real time the data is.
    pub data_lag: Option<i64>,
    /// `time_intervals`: Each interval's first and last day (`[["2026-01-01", "2026-01-07"], ...]`).
    pub time_intervals: Option<Vec<Vec<String>>>,
    /// `totals`: Each metric's total per interval.
    pub totals: Option<Vec<Vec<rt::wire::MetricValue>>>,
    /// `min`: Each metric's smallest value per interval.
    pub min: Option<Vec<Vec<rt::wire::MetricValue>>>,
    /// `max`: Each metric's largest value per interval.
    pub max: Option<Vec<Vec<rt::wire::MetricValue>>>,
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
        if let Some(value) = &self.total_rows {
            map.serialize_entry("total_rows", value)?;
        }
        if let Some(value) = &self.total_rows_rounded {
            map.serialize_entry("total_rows_rounded", value)?;
        }
        if let Some(value) = &self.sampled {
            map.serialize_entry("sampled", value)?;
        }
        if let Some(value) = &self.contains_sensitive_data {
            map.serialize_entry("contains_sensitive_data", value)?;
        }
        if let Some(value) = &self.sample_share {
            map.serialize_entry("sample_share", value)?;
        }
        if let Some(value) = &self.sample_size {
            map.serialize_entry("sample_size", value)?;
        }
        if let Some(value) = &self.sample_space {
            map.serialize_entry("sample_space", value)?;
        }
        if let Some(value) = &self.data_lag {
            map.serialize_entry("data_lag", value)?;
        }
        if let Some(value) = &self.time_intervals {
            map.serialize_entry("time_intervals", value)?;
        }
        if let Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        if let Some(value) = &self.min {
            map.serialize_entry("min", value)?;
        }
        if let Some(value) = &self.max {
            map.serialize_entry("max", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "query" => self.query.is_some(),
                "data" => self.data.is_some(),
                "total_rows" => self.total_rows.is_some(),
                "total_rows_rounded" => self.total_rows_rounded.is_some(),
                "sampled" => self.sampled.is_some(),
                "contains_sensitive_data" => self.contains_sensitive_data.is_some(),
                "sample_share" => self.sample_share.is_some(),
                "sample_size" => self.sample_size.is_some(),
                "sample_space" => self.sample_space.is_some(),
                "data_lag" => self.data_lag.is_some(),
                "time_intervals" => self.time_intervals.is_some(),
                "totals" => self.totals.is_some(),
                "min" => self.min.is_some(),
                "max" => self.max.is_some(),
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
                let mut total_rows = None;
                let mut total_rows_rounded = None;
                let mut sampled = None;
                let mut contains_sensitive_data = None;
                let mut sample_share = None;
                let mut sample_size = None;
                let mut sample_space = None;
                let mut data_lag = None;
                let mut time_intervals = None;
                let mut totals = None;
                let mut min = None;
                let mut max = None;
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
                        "total_rows" => {
                            total_rows = rt::wire::optional_value(
                                &mut map,
                                "total_rows",
                                &mut unknown_fields,
                            )?;
                        }
                        "total_rows_rounded" => {
                            total_rows_rounded = rt::wire::optional_value(
                                &mut map,
                                "total_rows_rounded",
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
                        "contains_sensitive_data" => {
                            contains_sensitive_data = rt::wire::optional_value(
                                &mut map,
                                "contains_sensitive_data",
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
                        "sample_size" => {
                            sample_size = rt::wire::optional_value(
                                &mut map,
                                "sample_size",
                                &mut unknown_fields,
                            )?;
                        }
                        "sample_space" => {
                            sample_space = rt::wire::optional_value(
                                &mut map,
                                "sample_space",
                                &mut unknown_fields,
                            )?;
                        }
                        "data_lag" => {
                            data_lag = rt::wire::optional_value(
                                &mut map,
                                "data_lag",
                                &mut unknown_fields,
                            )?;
                        }
                        "time_intervals" => {
                            time_intervals = rt::wire::optional_value(
                                &mut map,
                                "time_intervals",
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
                        "min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "min",
                                &mut unknown_fields,
                            )?;
                        }
                        "max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "max",
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
                    total_rows,
                    total_rows_rounded,
                    sampled,
                    contains_sensitive_data,
                    sample_share,
                    sample_size,
                    sample_space,
                    data_lag,
                    time_intervals,
                    totals,
                    min,
                    max,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A row of `data/bytime`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytimeRow {
    /// `dimensions`: The row's value of each dimension, in the query's order.
    pub dimensions: Option<Vec<DimensionValue>>,
    /// `metrics`: Each metric's value per interval.
    pub metrics: Option<Vec<Vec<rt::wire::MetricValue>>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for BytimeRow {
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
impl<'de> rt::wire::Deserialize<'de> for BytimeRow {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = BytimeRow;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BytimeRow` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BytimeRow, A::Error> {
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
                                "BytimeRow",
                            )?
                        }
                    }
                }
                Ok(BytimeRow {
                    dimensions,
                    metrics,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The answer of `data/drilldown`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DrilldownResponse {
    /// `query`: The query as the server understood it.
    pub query: Option<QueryEcho>,
    /// `data`: The rows.
    pub data: Option<Vec<DrilldownRow>>,
    /// `total_rows`: How many rows the report has in all (for paging).
    pub total_rows: Option<i64>,
    /// `total_rows_rounded`: Whether `total_rows` is an estimate.
    pub total_rows_rounded: Option<bool>,
    /// `sampled`: Whether the answer comes from a sample of visits.
    pub sampled: Option<bool>,
    /// `contains_sensitive_data`: Whether rows with too few visitors were hidden.
    pub contains_sensitive_data: Option<bool>,
    /// `sample_share`: The share of visits sampled (1 = all).
    pub sample_share: Option<rt::wire::Number>,
    /// `sample_size`: The number of visits sampled.
    pub sample_size: Option<i64>,
    /// `sample_space`: The number of visits sampled from.
    pub sample_space: Option<i64>,
    /// `data_lag`: How many seconds behind real time the data is.
    pub data_lag: Option<i64>,
    /// `totals`: Each metric over all rows.
    pub totals: Option<Vec<rt::wire::MetricValue>>,
    /// `min`: Each metric's smallest value over the rows.
    pub min: Option<Vec<rt::wire::MetricValue>>,
    /// `max`: Each metric's largest value over the rows.
    pub max: Option<Vec<rt::wire::MetricValue>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for DrilldownResponse {
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
        if let Some(value) = &self.total_rows {
            map.serialize_entry("total_rows", value)?;
        }
        if let Some(value) = &self.total_rows_rounded {
            map.serialize_entry("total_rows_rounded", value)?;
        }
        if let Some(value) = &self.sampled {
            map.serialize_entry("sampled", value)?;
        }
        if let Some(value) = &self.contains_sensitive_data {
            map.serialize_entry("contains_sensitive_data", value)?;
        }
        if let Some(value) = &self.sample_share {
            map.serialize_entry("sample_share", value)?;
        }
        if let Some(value) = &self.sample_size {
            map.serialize_entry("sample_size", value)?;
        }
        if let Some(value) = &self.sample_space {
            map.serialize_entry("sample_space", value)?;
        }
        if let Some(value) = &self.data_lag {
            map.serialize_entry("data_lag", value)?;
        }
        if let Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        if let Some(value) = &self.min {
            map.serialize_entry("min", value)?;
        }
        if let Some(value) = &self.max {
            map.serialize_entry("max", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "query" => self.query.is_some(),
                "data" => self.data.is_some(),
                "total_rows" => self.total_rows.is_some(),
                "total_rows_rounded" => self.total_rows_rounded.is_some(),
                "sampled" => self.sampled.is_some(),
                "contains_sensitive_data" => self.contains_sensitive_data.is_some(),
                "sample_share" => self.sample_share.is_some(),
                "sample_size" => self.sample_size.is_some(),
                "sample_space" => self.sample_space.is_some(),
                "data_lag" => self.data_lag.is_some(),
                "totals" => self.totals.is_some(),
                "min" => self.min.is_some(),
                "max" => self.max.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for DrilldownResponse {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = DrilldownResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DrilldownResponse` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DrilldownResponse, A::Error> {
                let mut query = None;
                let mut data = None;
                let mut total_rows = None;
                let mut total_rows_rounded = None;
                let mut sampled = None;
                let mut contains_sensitive_data = None;
                let mut sample_share = None;
                let mut sample_size = None;
                let mut sample_space = None;
                let mut data_lag = None;
                let mut totals = None;
                let mut min = None;
                let mut max = None;
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
                        "total_rows" => {
                            total_rows = rt::wire::optional_value(
                                &mut map,
                                "total_rows",
                                &mut unknown_fields,
                            )?;
                        }
                        "total_rows_rounded" => {
                            total_rows_rounded = rt::wire::optional_value(
                                &mut map,
                                "total_rows_rounded",
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
                        "contains_sensitive_data" => {
                            contains_sensitive_data = rt::wire::optional_value(
                                &mut map,
                                "contains_sensitive_data",
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
                        "sample_size" => {
                            sample_size = rt::wire::optional_value(
                                &mut map,
                                "sample_size",
                                &mut unknown_fields,
                            )?;
                        }
                        "sample_space" => {
                            sample_space = rt::wire::optional_value(
                                &mut map,
                                "sample_space",
                                &mut unknown_fields,
                            )?;
                        }
                        "data_lag" => {
                            data_lag = rt::wire::optional_value(
                                &mut map,
                                "data_lag",
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
                        "min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "min",
                                &mut unknown_fields,
                            )?;
                        }
                        "max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "max",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DrilldownResponse",
                            )?
                        }
                    }
                }
                Ok(DrilldownResponse {
                    query,
                    data,
                    total_rows,
                    total_rows_rounded,
                    sampled,
                    contains_sensitive_data,
                    sample_share,
                    sample_size,
                    sample_space,
                    data_lag,
                    totals,
                    min,
                    max,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A node of `data/drilldown`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DrilldownRow {
    /// `dimension`: The node's value of the dimension of its level.
    pub dimension: Option<DimensionValue>,
    /// `metrics`: The node's metrics.
    pub metrics: Option<Vec<rt::wire::MetricValue>>,
    /// `expand`: Whether the node has children (expand it with `parent_id`).
    pub expand: Option<bool>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for DrilldownRow {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.dimension {
            map.serialize_entry("dimension", value)?;
        }
        if let Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let Some(value) = &self.expand {
            map.serialize_entry("expand", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimension" => self.dimension.is_some(),
                "metrics" => self.metrics.is_some(),
                "expand" => self.expand.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for DrilldownRow {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = DrilldownRow;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DrilldownRow` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DrilldownRow, A::Error> {
                let mut dimension = None;
                let mut metrics = None;
                let mut expand = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "dimension" => {
                            dimension = rt::wire::optional_value(
                                &mut map,
                                "dimension",
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
                        "expand" => {
                            expand = rt::wire::optional_value(
                                &mut map,
                                "expand",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DrilldownRow",
                            )?
                        }
                    }
                }
                Ok(DrilldownRow {
                    dimension,
                    metrics,
                    expand,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The answer of `data/comparison`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComparisonResponse {
    /// `query`: The query as the server understood it.
    pub query: Option<QueryEcho>,
    /// `data`: The rows.
    pub data: Option<Vec<ComparisonRow>>,
    /// `total_rows`: How many rows the report has in all (for paging).
    pub total_rows: Option<i64>,
    /// `total_rows_rounded`: Whether `total_rows` is an estimate.
    pub total_rows_rounded: Option<bool>,
    /// `sampled`: Whether the answer comes from a sample of visits.
    pub sampled: Option<bool>,
    /// `contains_sensitive_data`: Whether rows with too few visitors were hidden.
    pub contains_sensitive_data: Option<bool>,
    /// `sample_share`: The share of visits sampled (1 = all).
    pub sample_share: Option<rt::wire::Number>,
    /// `sample_size`: The number of visits sampled.
    pub sample_size: Option<i64>,
    /// `sample_space`: The number of visits sampled from.
    pub sample_space: Option<i64>,
    /// `data_lag`: How many seconds behind real time the data is.
    pub data_lag: Option<i64>,
    /// `totals`: Each metric over all rows, per segment.
    pub totals: Option<SegmentMetrics>,
    /// `min`: Each metric's smallest value, per segment.
    pub min: Option<SegmentMetrics>,
    /// `max`: Each metric's largest value, per segment.
    pub max: Option<SegmentMetrics>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for ComparisonResponse {
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
        if let Some(value) = &self.total_rows {
            map.serialize_entry("total_rows", value)?;
        }
        if let Some(value) = &self.total_rows_rounded {
            map.serialize_entry("total_rows_rounded", value)?;
        }
        if let Some(value) = &self.sampled {
            map.serialize_entry("sampled", value)?;
        }
        if let Some(value) = &self.contains_sensitive_data {
            map.serialize_entry("contains_sensitive_data", value)?;
        }
        if let Some(value) = &self.sample_share {
            map.serialize_entry("sample_share", value)?;
        }
        if let Some(value) = &self.sample_size {
            map.serialize_entry("sample_size", value)?;
        }
        if let Some(value) = &self.sample_space {
            map.serialize_entry("sample_space", value)?;
        }
        if let Some(value) = &self.data_lag {
            map.serialize_entry("data_lag", value)?;
        }
        if let Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        if let Some(value) = &self.min {
            map.serialize_entry("min", value)?;
        }
        if let Some(value) = &self.max {
            map.serialize_entry("max", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "query" => self.query.is_some(),
                "data" => self.data.is_some(),
                "total_rows" => self.total_rows.is_some(),
                "total_rows_rounded" => self.total_rows_rounded.is_some(),
                "sampled" => self.sampled.is_some(),
                "contains_sensitive_data" => self.contains_sensitive_data.is_some(),
                "sample_share" => self.sample_share.is_some(),
                "sample_size" => self.sample_size.is_some(),
                "sample_space" => self.sample_space.is_some(),
                "data_lag" => self.data_lag.is_some(),
                "totals" => self.totals.is_some(),
                "min" => self.min.is_some(),
                "max" => self.max.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for ComparisonResponse {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = ComparisonResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ComparisonResponse` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ComparisonResponse, A::Error> {
                let mut query = None;
                let mut data = None;
                let mut total_rows = None;
                let mut total_rows_rounded = None;
                let mut sampled = None;
                let mut contains_sensitive_data = None;
                let mut sample_share = None;
                let mut sample_size = None;
                let mut sample_space = None;
                let mut data_lag = None;
                let mut totals = None;
                let mut min = None;
                let mut max = None;
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
                        "total_rows" => {
                            total_rows = rt::wire::optional_value(
                                &mut map,
                                "total_rows",
                                &mut unknown_fields,
                            )?;
                        }
                        "total_rows_rounded" => {
                            total_rows_rounded = rt::wire::optional_value(
                                &mut map,
                                "total_rows_rounded",
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
                        "contains_sensitive_data" => {
                            contains_sensitive_data = rt::wire::optional_value(
                                &mut map,
                                "contains_sensitive_data",
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
                        "sample_size" => {
                            sample_size = rt::wire::optional_value(
                                &mut map,
                                "sample_size",
                                &mut unknown_fields,
                            )?;
                        }
                        "sample_space" => {
                            sample_space = rt::wire::optional_value(
                                &mut map,
                                "sample_space",
                                &mut unknown_fields,
                            )?;
                        }
                        "data_lag" => {
                            data_lag = rt::wire::optional_value(
                                &mut map,
                                "data_lag",
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
                        "min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "min",
                                &mut unknown_fields,
                            )?;
                        }
                        "max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "max",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ComparisonResponse",
                            )?
                        }
                    }
                }
                Ok(ComparisonResponse {
                    query,
                    data,
                    total_rows,
                    total_rows_rounded,
                    sampled,
                    contains_sensitive_data,
                    sample_share,
                    sample_size,
                    sample_space,
                    data_lag,
                    totals,
                    min,
                    max,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A row of `data/comparison`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComparisonRow {
    /// `dimensions`: The row's value of each dimension, in the query's order.
    pub dimensions: Option<Vec<DimensionValue>>,
    /// `metrics`: The row's metrics, per segment.
    pub metrics: Option<SegmentMetrics>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for ComparisonRow {
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
impl<'de> rt::wire::Deserialize<'de> for ComparisonRow {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = ComparisonRow;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ComparisonRow` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ComparisonRow, A::Error> {
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
                                "ComparisonRow",
                            )?
                        }
                    }
                }
                Ok(ComparisonRow {
                    dimensions,
                    metrics,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The answer of `data/comparison/drilldown`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComparisonDrilldownResponse {
    /// `query`: The query as the server understood it.
    pub query: Option<QueryEcho>,
    /// `data`: The rows.
    pub data: Option<Vec<ComparisonDrilldownRow>>,
    /// `total_rows`: How many rows the report has in all (for paging).
    pub total_rows: Option<i64>,
    /// `total_rows_rounded`: Whether `total_rows` is an estimate.
    pub total_rows_rounded: Option<bool>,
    /// `sampled`: Whether the answer comes from a sample of visits.
    pub sampled: Option<bool>,
    /// `contains_sensitive_data`: Whether rows with too few visitors were hidden.
    pub contains_sensitive_data: Option<bool>,
    /// `sample_share`: The share of visits sampled (1 = all).
    pub sample_share: Option<rt::wire::Number>,
    /// `sample_size`: The number of visits sampled.
    pub sample_size: Option<i64>,
    /// `sample_space`: The number of visits sampled from.
    pub sample_space: Option<i64>,
    /// `data_lag`: How many seconds behind real time the data is.
    pub data_lag: Option<i64>,
    /// `totals`: Each metric over all rows, per segment.
    pub totals: Option<SegmentMetrics>,
    /// `min`: Each metric's smallest value, per segment.
    pub min: Option<SegmentMetrics>,
    /// `max`: Each metric's largest value, per segment.
    pub max: Option<SegmentMetrics>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for ComparisonDrilldownResponse {
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
        if let Some(value) = &self.total_rows {
            map.serialize_entry("total_rows", value)?;
        }
        if let Some(value) = &self.total_rows_rounded {
            map.serialize_entry("total_rows_rounded", value)?;
        }
        if let Some(value) = &self.sampled {
            map.serialize_entry("sampled", value)?;
        }
        if let Some(value) = &self.contains_sensitive_data {
            map.serialize_entry("contains_sensitive_data", value)?;
        }
        if let Some(value) = &self.sample_share {
            map.serialize_entry("sample_share", value)?;
        }
        if let Some(value) = &self.sample_size {
            map.serialize_entry("sample_size", value)?;
        }
        if let Some(value) = &self.sample_space {
            map.serialize_entry("sample_space", value)?;
        }
        if let Some(value) = &self.data_lag {
            map.serialize_entry("data_lag", value)?;
        }
        if let Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        if let Some(value) = &self.min {
            map.serialize_entry("min", value)?;
        }
        if let Some(value) = &self.max {
            map.serialize_entry("max", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "query" => self.query.is_some(),
                "data" => self.data.is_some(),
                "total_rows" => self.total_rows.is_some(),
                "total_rows_rounded" => self.total_rows_rounded.is_some(),
                "sampled" => self.sampled.is_some(),
                "contains_sensitive_data" => self.contains_sensitive_data.is_some(),
                "sample_share" => self.sample_share.is_some(),
                "sample_size" => self.sample_size.is_some(),
                "sample_space" => self.sample_space.is_some(),
                "data_lag" => self.data_lag.is_some(),
                "totals" => self.totals.is_some(),
                "min" => self.min.is_some(),
                "max" => self.max.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for ComparisonDrilldownResponse {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = ComparisonDrilldownResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ComparisonDrilldownResponse` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ComparisonDrilldownResponse, A::Error> {
                let mut query = None;
                let mut data = None;
                let mut total_rows = None;
                let mut total_rows_rounded = None;
                let mut sampled = None;
                let mut contains_sensitive_data = None;
                let mut sample_share = None;
                let mut sample_size = None;
                let mut sample_space = None;
                let mut data_lag = None;
                let mut totals = None;
                let mut min = None;
                let mut max = None;
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
                        "total_rows" => {
                            total_rows = rt::wire::optional_value(
                                &mut map,
                                "total_rows",
                                &mut unknown_fields,
                            )?;
                        }
                        "total_rows_rounded" => {
                            total_rows_rounded = rt::wire::optional_value(
                                &mut map,
                                "total_rows_rounded",
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
                        "contains_sensitive_data" => {
                            contains_sensitive_data = rt::wire::optional_value(
                                &mut map,
                                "contains_sensitive_data",
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
                        "sample_size" => {
                            sample_size = rt::wire::optional_value(
                                &mut map,
                                "sample_size",
                                &mut unknown_fields,
                            )?;
                        }
                        "sample_space" => {
                            sample_space = rt::wire::optional_value(
                                &mut map,
                                "sample_space",
                                &mut unknown_fields,
                            )?;
                        }
                        "data_lag" => {
                            data_lag = rt::wire::optional_value(
                                &mut map,
                                "data_lag",
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
                        "min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "min",
                                &mut unknown_fields,
                            )?;
                        }
                        "max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "max",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ComparisonDrilldownResponse",
                            )?
                        }
                    }
                }
                Ok(ComparisonDrilldownResponse {
                    query,
                    data,
                    total_rows,
                    total_rows_rounded,
                    sampled,
                    contains_sensitive_data,
                    sample_share,
                    sample_size,
                    sample_space,
                    data_lag,
                    totals,
                    min,
                    max,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A node of `data/comparison/drilldown`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComparisonDrilldownRow {
    /// `dimension`: The node's value of the dimension of its level.
    pub dimension: Option<DimensionValue>,
    /// `metrics`: The node's metrics, per segment.
    pub metrics: Option<SegmentMetrics>,
    /// `expand`: Whether the node has children.
    pub expand: Option<bool>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for ComparisonDrilldownRow {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.dimension {
            map.serialize_entry("dimension", value)?;
        }
        if let Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let Some(value) = &self.expand {
            map.serialize_entry("expand", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimension" => self.dimension.is_some(),
                "metrics" => self.metrics.is_some(),
                "expand" => self.expand.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for ComparisonDrilldownRow {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = ComparisonDrilldownRow;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ComparisonDrilldownRow` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ComparisonDrilldownRow, A::Error> {
                let mut dimension = None;
                let mut metrics = None;
                let mut expand = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "dimension" => {
                            dimension = rt::wire::optional_value(
                                &mut map,
                                "dimension",
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
                        "expand" => {
                            expand = rt::wire::optional_value(
                                &mut map,
                                "expand",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ComparisonDrilldownRow",
                            )?
                        }
                    }
                }
                Ok(ComparisonDrilldownRow {
                    dimension,
                    metrics,
                    expand,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// Metrics of the two segments compared.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SegmentMetrics {
    /// `a`: The first segment's (`filters_a`, `date1_a`...).
    pub a: Option<Vec<rt::wire::MetricValue>>,
    /// `b`: The second segment's.
    pub b: Option<Vec<rt::wire::MetricValue>>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for SegmentMetrics {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.a {
            map.serialize_entry("a", value)?;
        }
        if let Some(value) = &self.b {
            map.serialize_entry("b", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "a" => self.a.is_some(),
                "b" => self.b.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for SegmentMetrics {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = SegmentMetrics;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SegmentMetrics` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SegmentMetrics, A::Error> {
                let mut a = None;
                let mut b = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "a" => {
                            a = rt::wire::optional_value(
                                &mut map,
                                "a",
                                &mut unknown_fields,
                            )?;
                        }
                        "b" => {
                            b = rt::wire::optional_value(
                                &mut map,
                                "b",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SegmentMetrics",
                            )?
                        }
                    }
                }
                Ok(SegmentMetrics {
                    a,
                    b,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// A dimension's value in a row: its readable `name` and often an `id`; any key may be absent or `null`, and other keys (`favicon`, `direct_id`, ...) come with some dimensions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionValue {
    /// `name`: The readable value.
    pub name: rt::wire::Nullable<String>,
    /// `id`: The value's identifier (text or number, as sent).
    pub id: rt::wire::Nullable<rt::wire::Value>,
    /// `icon_id`: The icon's identifier.
    pub icon_id: rt::wire::Nullable<String>,
    /// `icon_type`: What kind of icon (`search-engine`, `browser`, ...).
    pub icon_type: rt::wire::Nullable<String>,
    /// `url`: A link that goes with the value.
    pub url: rt::wire::Nullable<String>,
    /// `favicon`: The site whose favicon goes with the value.
    pub favicon: rt::wire::Nullable<String>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for DimensionValue {
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
        if self.icon_id.is_present() {
            map.serialize_entry("icon_id", &self.icon_id)?;
        }
        if self.icon_type.is_present() {
            map.serialize_entry("icon_type", &self.icon_type)?;
        }
        if self.url.is_present() {
            map.serialize_entry("url", &self.url)?;
        }
        if self.favicon.is_present() {
            map.serialize_entry("favicon", &self.favicon)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "name" => self.name.is_present(),
                "id" => self.id.is_present(),
                "icon_id" => self.icon_id.is_present(),
                "icon_type" => self.icon_type.is_present(),
                "url" => self.url.is_present(),
                "favicon" => self.favicon.is_present(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for DimensionValue {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = DimensionValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionValue` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DimensionValue, A::Error> {
                let mut name = rt::wire::Nullable::Absent;
                let mut id = rt::wire::Nullable::Absent;
                let mut icon_id = rt::wire::Nullable::Absent;
                let mut icon_type = rt::wire::Nullable::Absent;
                let mut url = rt::wire::Nullable::Absent;
                let mut favicon = rt::wire::Nullable::Absent;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "name" => {
                            name = map.next_value()?;
                        }
                        "id" => {
                            id = map.next_value()?;
                        }
                        "icon_id" => {
                            icon_id = map.next_value()?;
                        }
                        "icon_type" => {
                            icon_type = map.next_value()?;
                        }
                        "url" => {
                            url = map.next_value()?;
                        }
                        "favicon" => {
                            favicon = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DimensionValue",
                            )?
                        }
                    }
                }
                Ok(DimensionValue {
                    name,
                    id,
                    icon_id,
                    icon_type,
                    url,
                    favicon,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The query as the server understood it. New keys appear over time and some numbers come as strings; both are kept as sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryEcho {
    /// `ids`: The counters.
    pub ids: Option<Vec<rt::wire::FlexNumber<i64>>>,
    /// `dimensions`: The dimensions.
    pub dimensions: Option<Vec<String>>,
    /// `metrics`: The metrics.
    pub metrics: Option<Vec<String>>,
    /// `sort`: The sort order.
    pub sort: Option<Vec<String>>,
    /// `date1`: The first day.
    pub date1: Option<String>,
    /// `date2`: The last day.
    pub date2: Option<String>,
    /// `filters`: The segment.
    pub filters: Option<String>,
    /// `limit`: Rows per page.
    pub limit: Option<rt::wire::FlexNumber<i64>>,
    /// `offset`: The first row.
    pub offset: Option<rt::wire::FlexNumber<i64>>,
    /// `group`: The time unit (`bytime`).
    pub group: Option<String>,
    /// `auto_group_size`: The interval size chosen for `group=auto`.
    pub auto_group_size: Option<rt::wire::FlexNumber<i64>>,
    /// `quantile`: The quantile of quantile metrics.
    pub quantile: Option<rt::wire::FlexNumber<i64>>,
    /// `attribution`: The attribution model.
    pub attribution: Option<String>,
    /// `currency`: The currency.
    pub currency: Option<String>,
    /// `preset`: The report template.
    pub preset: Option<String>,
    /// `timezone`: The time zone.
    pub timezone: Option<String>,
    /// `accuracy`: The sampling accuracy (a word or a number).
    pub accuracy: Option<rt::wire::Value>,
    /// `adfox_event_id`: The AdFox event.
    pub adfox_event_id: Option<rt::wire::FlexNumber<i64>>,
    /// `offline_window`: The offline conversion window.
    pub offline_window: Option<String>,
    /// `attr_name`: The attribute of the report's template.
    pub attr_name: Option<String>,
    /// `pretty`: Whether the answer is indented.
    pub pretty: Option<bool>,
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
        if let Some(value) = &self.ids {
            map.serialize_entry("ids", value)?;
        }
        if let Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let Some(value) = &self.sort {
            map.serialize_entry("sort", value)?;
        }
        if let Some(value) = &self.date1 {
            map.serialize_entry("date1", value)?;
        }
        if let Some(value) = &self.date2 {
            map.serialize_entry("date2", value)?;
        }
        if let Some(value) = &self.filters {
            map.serialize_entry("filters", value)?;
        }
        if let Some(value) = &self.limit {
            map.serialize_entry("limit", value)?;
        }
        if let Some(value) = &self.offset {
            map.serialize_entry("offset", value)?;
        }
        if let Some(value) = &self.group {
            map.serialize_entry("group", value)?;
        }
        if let Some(value) = &self.auto_group_size {
            map.serialize_entry("auto_group_size", value)?;
        }
        if let Some(value) = &self.quantile {
            map.serialize_entry("quantile", value)?;
        }
        if let Some(value) = &self.attribution {
            map.serialize_entry("attribution", value)?;
        }
        if let Some(value) = &self.currency {
            map.serialize_entry("currency", value)?;
        }
        if let Some(value) = &self.preset {
            map.serialize_entry("preset", value)?;
        }
        if let Some(value) = &self.timezone {
            map.serialize_entry("timezone", value)?;
        }
        if let Some(value) = &self.accuracy {
            map.serialize_entry("accuracy", value)?;
        }
        if let Some(value) = &self.adfox_event_id {
            map.serialize_entry("adfox_event_id", value)?;
        }
        if let Some(value) = &self.offline_window {
            map.serialize_entry("offline_window", value)?;
        }
        if let Some(value) = &self.attr_name {
            map.serialize_entry("attr_name", value)?;
        }
        if let Some(value) = &self.pretty {
            map.serialize_entry("pretty", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "ids" => self.ids.is_some(),
                "dimensions" => self.dimensions.is_some(),
                "metrics" => self.metrics.is_some(),
                "sort" => self.sort.is_some(),
                "date1" => self.date1.is_some(),
                "date2" => self.date2.is_some(),
                "filters" => self.filters.is_some(),
                "limit" => self.limit.is_some(),
                "offset" => self.offset.is_some(),
                "group" => self.group.is_some(),
                "auto_group_size" => self.auto_group_size.is_some(),
                "quantile" => self.quantile.is_some(),
                "attribution" => self.attribution.is_some(),
                "currency" => self.currency.is_some(),
                "preset" => self.preset.is_some(),
                "timezone" => self.timezone.is_some(),
                "accuracy" => self.accuracy.is_some(),
                "adfox_event_id" => self.adfox_event_id.is_some(),
                "offline_window" => self.offline_window.is_some(),
                "attr_name" => self.attr_name.is_some(),
                "pretty" => self.pretty.is_some(),
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
                let mut ids = None;
                let mut dimensions = None;
                let mut metrics = None;
                let mut sort = None;
                let mut date1 = None;
                let mut date2 = None;
                let mut filters = None;
                let mut limit = None;
                let mut offset = None;
                let mut group = None;
                let mut auto_group_size = None;
                let mut quantile = None;
                let mut attribution = None;
                let mut currency = None;
                let mut preset = None;
                let mut timezone = None;
                let mut accuracy = None;
                let mut adfox_event_id = None;
                let mut offline_window = None;
                let mut attr_name = None;
                let mut pretty = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "ids",
                                &mut unknown_fields,
                            )?;
                        }
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
                        "sort" => {
                            sort = rt::wire::optional_value(
                                &mut map,
                                "sort",
                                &mut unknown_fields,
                            )?;
                        }
                        "date1" => {
                            date1 = rt::wire::optional_value(
                                &mut map,
                                "date1",
                                &mut unknown_fields,
                            )?;
                        }
                        "date2" => {
                            date2 = rt::wire::optional_value(
                                &mut map,
                                "date2",
                                &mut unknown_fields,
                            )?;
                        }
                        "filters" => {
                            filters = rt::wire::optional_value(
                                &mut map,
                                "filters",
                                &mut unknown_fields,
                            )?;
                        }
                        "limit" => {
                            limit = rt::wire::optional_value(
                                &mut map,
                                "limit",
                                &mut unknown_fields,
                            )?;
                        }
                        "offset" => {
                            offset = rt::wire::optional_value(
                                &mut map,
                                "offset",
                                &mut unknown_fields,
                            )?;
                        }
                        "group" => {
                            group = rt::wire::optional_value(
                                &mut map,
                                "group",
                                &mut unknown_fields,
                            )?;
                        }
                        "auto_group_size" => {
                            auto_group_size = rt::wire::optional_value(
                                &mut map,
                                "auto_group_size",
                                &mut unknown_fields,
                            )?;
                        }
                        "quantile" => {
                            quantile = rt::wire::optional_value(
                                &mut map,
                                "quantile",
                                &mut unknown_fields,
                            )?;
                        }
                        "attribution" => {
                            attribution = rt::wire::optional_value(
                                &mut map,
                                "attribution",
                                &mut unknown_fields,
                            )?;
                        }
                        "currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "preset" => {
                            preset = rt::wire::optional_value(
                                &mut map,
                                "preset",
                                &mut unknown_fields,
                            )?;
                        }
                        "timezone" => {
                            timezone = rt::wire::optional_value(
                                &mut map,
                                "timezone",
                                &mut unknown_fields,
                            )?;
                        }
                        "accuracy" => {
                            accuracy = rt::wire::optional_value(
                                &mut map,
                                "accuracy",
                                &mut unknown_fields,
                            )?;
                        }
                        "adfox_event_id" => {
                            adfox_event_id = rt::wire::optional_value(
                                &mut map,
                                "adfox_event_id",
                                &mut unknown_fields,
                            )?;
                        }
                        "offline_window" => {
                            offline_window = rt::wire::optional_value(
                                &mut map,
                                "offline_window",
                                &mut unknown_fields,
                            )?;
                        }
                        "attr_name" => {
                            attr_name = rt::wire::optional_value(
                                &mut map,
                                "attr_name",
                                &mut unknown_fields,
                            )?;
                        }
                        "pretty" => {
                            pretty = rt::wire::optional_value(
                                &mut map,
                                "pretty",
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
                Ok(QueryEcho {
                    ids,
                    dimensions,
                    metrics,
                    sort,
                    date1,
                    date2,
                    filters,
                    limit,
                    offset,
                    group,
                    auto_group_size,
                    quantile,
                    attribution,
                    currency,
                    preset,
                    timezone,
                    accuracy,
                    adfox_event_id,
                    offline_window,
                    attr_name,
                    pretty,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// The body of an error answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// `errors`: What went wrong, one entry per fault.
    pub errors: Option<Vec<ErrorDetail>>,
    /// `code`: The HTTP status.
    pub code: Option<i64>,
    /// `message`: The first fault, in words.
    pub message: Option<String>,
    /// Keys these bindings do not know, and `null`s of fields that are not nullable.
    pub unknown_fields: rt::wire::UnknownFields,
}
impl rt::wire::Serialize for ErrorResponse {
    fn serialize<S: rt::wire::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use rt::wire::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.errors {
            map.serialize_entry("errors", value)?;
        }
        if let Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "errors" => self.errors.is_some(),
                "code" => self.code.is_some(),
                "message" => self.message.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> rt::wire::Deserialize<'de> for ErrorResponse {
    fn deserialize<D: rt::wire::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> rt::wire::Visitor<'de> for Visitor {
            type Value = ErrorResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ErrorResponse` object")
            }
            fn visit_map<A: rt::wire::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ErrorResponse, A::Error> {
                let mut errors = None;
                let mut code = None;
                let mut message = None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let Some(key) = map.next_key::<rt::wire::FieldKey<'de>>()? {
                    match key.as_str() {
                        "errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "errors",
                                &mut unknown_fields,
                            )?;
                        }
                        "code" => {
                            code = rt::wire::optional_value(
                                &mut map,
                                "code",
                                &mut unknown_fields,
                            )?;
                        }
                        "message" => {
                            message = rt::wire::optional_value(
                                &mut map,
                                "message",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ErrorResponse",
                            )?
                        }
                    }
                }
                Ok(ErrorResponse {
                    errors,
                    code,
                    message,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// One fault of an error answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorDetail {
    /// `error_type`: Its kind: one of `ErrorType`'s values, or one kept as sent.
    pub error_type: Option<ErrorType>,
    /// `message`: What is wrong, in words.
    pub message: Option<String>,
    /// `location`: The parameter it is about, when there is one.
    pub location: Option<String>,
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
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "error_type" => self.error_type.is_some(),
                "message" => self.message.is_some(),
                "location" => self.location.is_some(),
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
                let mut message = None;
                let mut location = None;
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
                        "message" => {
                            message = rt::wire::optional_value(
                                &mut map,
                                "message",
                                &mut unknown_fields,
                            )?;
                        }
                        "location" => {
                            location = rt::wire::optional_value(
                                &mut map,
                                "location",
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
                    message,
                    location,
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
    /// `access_denied`
    AccessDenied,
    /// `backend_error`
    BackendError,
    /// `conflict`
    Conflict,
    /// `counter_in_connect`
    CounterInConnect,
    /// `filter_limits`
    FilterLimits,
    /// `invalid_json`
    InvalidJson,
    /// `invalid_parameter`
    InvalidParameter,
    /// `invalid_token`
    InvalidToken,
    /// `invalid_uploading`
    InvalidUploading,
    /// `limit_exceeded`
    LimitExceeded,
    /// `missing_parameter`
    MissingParameter,
    /// `not_acceptable`
    NotAcceptable,
    /// `not_found`
    NotFound,
    /// `query_error`
    QueryError,
    /// `quota_delegate_requests`
    QuotaDelegateRequests,
    /// `quota_grants_requests`
    QuotaGrantsRequests,
    /// `quota_parallel_requests`
    QuotaParallelRequests,
    /// `quota_requests_by_counter_id`
    QuotaRequestsByCounterId,
    /// `quota_requests_by_ip`
    QuotaRequestsByIp,
    /// `quota_requests_by_uid`
    QuotaRequestsByUid,
    /// `timeout`
    Timeout,
    /// `too_much_rows`
    TooMuchRows,
    /// `unauthorized`
    Unauthorized,
    /// A value the schema does not know.
    Unrecognized(rt::wire::Unrecognized),
}
impl ErrorType {
    /// Every known value, sorted.
    pub const KNOWN: [&'static str; 23usize] = [
        "access_denied",
        "backend_error",
        "conflict",
        "counter_in_connect",
        "filter_limits",
        "invalid_json",
        "invalid_parameter",
        "invalid_token",
        "invalid_uploading",
        "limit_exceeded",
        "missing_parameter",
        "not_acceptable",
        "not_found",
        "query_error",
        "quota_delegate_requests",
        "quota_grants_requests",
        "quota_parallel_requests",
        "quota_requests_by_counter_id",
        "quota_requests_by_ip",
        "quota_requests_by_uid",
        "timeout",
        "too_much_rows",
        "unauthorized",
    ];
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorType::AccessDenied => "access_denied",
            ErrorType::BackendError => "backend_error",
            ErrorType::Conflict => "conflict",
            ErrorType::CounterInConnect => "counter_in_connect",
            ErrorType::FilterLimits => "filter_limits",
            ErrorType::InvalidJson => "invalid_json",
            ErrorType::InvalidParameter => "invalid_parameter",
            ErrorType::InvalidToken => "invalid_token",
            ErrorType::InvalidUploading => "invalid_uploading",
            ErrorType::LimitExceeded => "limit_exceeded",
            ErrorType::MissingParameter => "missing_parameter",
            ErrorType::NotAcceptable => "not_acceptable",
            ErrorType::NotFound => "not_found",
            ErrorType::QueryError => "query_error",
            ErrorType::QuotaDelegateRequests => "quota_delegate_requests",
            ErrorType::QuotaGrantsRequests => "quota_grants_requests",
            ErrorType::QuotaParallelRequests => "quota_parallel_requests",
            ErrorType::QuotaRequestsByCounterId => "quota_requests_by_counter_id",
            ErrorType::QuotaRequestsByIp => "quota_requests_by_ip",
            ErrorType::QuotaRequestsByUid => "quota_requests_by_uid",
            ErrorType::Timeout => "timeout",
            ErrorType::TooMuchRows => "too_much_rows",
            ErrorType::Unauthorized => "unauthorized",
            ErrorType::Unrecognized(raw) => raw.as_str(),
        }
    }
    /// The value for `raw`; an unknown one is kept as it is.
    pub fn from_wire(raw: &str) -> ErrorType {
        match raw {
            "access_denied" => ErrorType::AccessDenied,
            "backend_error" => ErrorType::BackendError,
            "conflict" => ErrorType::Conflict,
            "counter_in_connect" => ErrorType::CounterInConnect,
            "filter_limits" => ErrorType::FilterLimits,
            "invalid_json" => ErrorType::InvalidJson,
            "invalid_parameter" => ErrorType::InvalidParameter,
            "invalid_token" => ErrorType::InvalidToken,
            "invalid_uploading" => ErrorType::InvalidUploading,
            "limit_exceeded" => ErrorType::LimitExceeded,
            "missing_parameter" => ErrorType::MissingParameter,
            "not_acceptable" => ErrorType::NotAcceptable,
            "not_found" => ErrorType::NotFound,
            "query_error" => ErrorType::QueryError,
            "quota_delegate_requests" => ErrorType::QuotaDelegateRequests,
            "quota_grants_requests" => ErrorType::QuotaGrantsRequests,
            "quota_parallel_requests" => ErrorType::QuotaParallelRequests,
            "quota_requests_by_counter_id" => ErrorType::QuotaRequestsByCounterId,
            "quota_requests_by_ip" => ErrorType::QuotaRequestsByIp,
            "quota_requests_by_uid" => ErrorType::QuotaRequestsByUid,
            "timeout" => ErrorType::Timeout,
            "too_much_rows" => ErrorType::TooMuchRows,
            "unauthorized" => ErrorType::Unauthorized,
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
