// @generated from schema/ga4_data/v1beta.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of the types of `schema/ga4_data/v1beta.json`, which nothing calls by name: unknown keys and explicit
//! `null`s are kept, `int64` values travel as strings.
use ::yandex_direct_runtime as rt;
use super::*;
impl ::serde::Serialize for ActiveMetricRestriction {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.metric_name {
            map.serialize_entry("metricName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.restricted_metric_types {
            map.serialize_entry("restrictedMetricTypes", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "metricName" => self.metric_name.is_some(),
                "restrictedMetricTypes" => self.restricted_metric_types.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActiveMetricRestriction {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ActiveMetricRestriction;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ActiveMetricRestriction` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ActiveMetricRestriction, A::Error> {
                let mut metric_name = ::core::option::Option::None;
                let mut restricted_metric_types = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "metricName" => {
                            metric_name = rt::wire::optional_value(
                                &mut map,
                                "metricName",
                                &mut unknown_fields,
                            )?;
                        }
                        "restrictedMetricTypes" => {
                            restricted_metric_types = rt::wire::optional_value(
                                &mut map,
                                "restrictedMetricTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ActiveMetricRestriction",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ActiveMetricRestriction {
                    metric_name,
                    restricted_metric_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ActiveMetricRestrictionRestrictedMetricTypes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ActiveMetricRestrictionRestrictedMetricTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for AudienceExport {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.audience {
            map.serialize_entry("audience", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience_display_name {
            map.serialize_entry("audienceDisplayName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.begin_creating_time {
            map.serialize_entry("beginCreatingTime", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.creation_quota_tokens_charged
        {
            map.serialize_entry("creationQuotaTokensCharged", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.error_message {
            map.serialize_entry("errorMessage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.percentage_completed {
            map.serialize_entry("percentageCompleted", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.row_count {
            map.serialize_entry("rowCount", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "audience" => self.audience.is_some(),
                "audienceDisplayName" => self.audience_display_name.is_some(),
                "beginCreatingTime" => self.begin_creating_time.is_some(),
                "creationQuotaTokensCharged" => {
                    self.creation_quota_tokens_charged.is_some()
                }
                "dimensions" => self.dimensions.is_some(),
                "errorMessage" => self.error_message.is_some(),
                "name" => self.name.is_some(),
                "percentageCompleted" => self.percentage_completed.is_some(),
                "rowCount" => self.row_count.is_some(),
                "state" => self.state.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceExport {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceExport;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceExport` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceExport, A::Error> {
                let mut audience = ::core::option::Option::None;
                let mut audience_display_name = ::core::option::Option::None;
                let mut begin_creating_time = ::core::option::Option::None;
                let mut creation_quota_tokens_charged = ::core::option::Option::None;
                let mut dimensions = ::core::option::Option::None;
                let mut error_message = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut percentage_completed = ::core::option::Option::None;
                let mut row_count = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "audience" => {
                            audience = rt::wire::optional_value(
                                &mut map,
                                "audience",
                                &mut unknown_fields,
                            )?;
                        }
                        "audienceDisplayName" => {
                            audience_display_name = rt::wire::optional_value(
                                &mut map,
                                "audienceDisplayName",
                                &mut unknown_fields,
                            )?;
                        }
                        "beginCreatingTime" => {
                            begin_creating_time = rt::wire::optional_value(
                                &mut map,
                                "beginCreatingTime",
                                &mut unknown_fields,
                            )?;
                        }
                        "creationQuotaTokensCharged" => {
                            creation_quota_tokens_charged = rt::wire::optional_value(
                                &mut map,
                                "creationQuotaTokensCharged",
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
                        "errorMessage" => {
                            error_message = rt::wire::optional_value(
                                &mut map,
                                "errorMessage",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        "percentageCompleted" => {
                            percentage_completed = rt::wire::optional_value(
                                &mut map,
                                "percentageCompleted",
                                &mut unknown_fields,
                            )?;
                        }
                        "rowCount" => {
                            row_count = rt::wire::optional_value(
                                &mut map,
                                "rowCount",
                                &mut unknown_fields,
                            )?;
                        }
                        "state" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "state",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AudienceExport",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AudienceExport {
                    audience,
                    audience_display_name,
                    begin_creating_time,
                    creation_quota_tokens_charged,
                    dimensions,
                    error_message,
                    name,
                    percentage_completed,
                    row_count,
                    state,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AudienceExportState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceExportState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for AudienceListMetadata {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        for (key, value) in &self.unknown_fields {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AudienceListMetadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AudienceListMetadata;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AudienceListMetadata` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AudienceListMetadata, A::Error> {
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "AudienceListMetadata",
                    )?;
                }
                ::core::result::Result::Ok(AudienceListMetadata {
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BatchRunPivotReportsRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.requests {
            map.serialize_entry("requests", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "requests" => self.requests.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BatchRunPivotReportsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BatchRunPivotReportsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BatchRunPivotReportsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BatchRunPivotReportsRequest, A::Error> {
                let mut requests = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "requests" => {
                            requests = rt::wire::optional_value(
                                &mut map,
                                "requests",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BatchRunPivotReportsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BatchRunPivotReportsRequest {
                    requests,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BatchRunPivotReportsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pivot_reports {
            map.serialize_entry("pivotReports", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "kind" => self.kind.is_some(),
                "pivotReports" => self.pivot_reports.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BatchRunPivotReportsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BatchRunPivotReportsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BatchRunPivotReportsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BatchRunPivotReportsResponse, A::Error> {
                let mut kind = ::core::option::Option::None;
                let mut pivot_reports = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "kind" => {
                            kind = rt::wire::optional_value(
                                &mut map,
                                "kind",
                                &mut unknown_fields,
                            )?;
                        }
                        "pivotReports" => {
                            pivot_reports = rt::wire::optional_value(
                                &mut map,
                                "pivotReports",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BatchRunPivotReportsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BatchRunPivotReportsResponse {
                    kind,
                    pivot_reports,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BatchRunReportsRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.requests {
            map.serialize_entry("requests", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "requests" => self.requests.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BatchRunReportsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BatchRunReportsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BatchRunReportsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BatchRunReportsRequest, A::Error> {
                let mut requests = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "requests" => {
                            requests = rt::wire::optional_value(
                                &mut map,
                                "requests",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BatchRunReportsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BatchRunReportsRequest {
                    requests,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BatchRunReportsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.reports {
            map.serialize_entry("reports", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "kind" => self.kind.is_some(),
                "reports" => self.reports.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BatchRunReportsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BatchRunReportsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BatchRunReportsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BatchRunReportsResponse, A::Error> {
                let mut kind = ::core::option::Option::None;
                let mut reports = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "kind" => {
                            kind = rt::wire::optional_value(
                                &mut map,
                                "kind",
                                &mut unknown_fields,
                            )?;
                        }
                        "reports" => {
                            reports = rt::wire::optional_value(
                                &mut map,
                                "reports",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BatchRunReportsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BatchRunReportsResponse {
                    kind,
                    reports,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BetweenFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.from_value {
            map.serialize_entry("fromValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.to_value {
            map.serialize_entry("toValue", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "fromValue" => self.from_value.is_some(),
                "toValue" => self.to_value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BetweenFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BetweenFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BetweenFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BetweenFilter, A::Error> {
                let mut from_value = ::core::option::Option::None;
                let mut to_value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "fromValue" => {
                            from_value = rt::wire::optional_value(
                                &mut map,
                                "fromValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "toValue" => {
                            to_value = rt::wire::optional_value(
                                &mut map,
                                "toValue",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BetweenFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BetweenFilter {
                    from_value,
                    to_value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CaseExpression {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_name {
            map.serialize_entry("dimensionName", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionName" => self.dimension_name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CaseExpression {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CaseExpression;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CaseExpression` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CaseExpression, A::Error> {
                let mut dimension_name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionName" => {
                            dimension_name = rt::wire::optional_value(
                                &mut map,
                                "dimensionName",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CaseExpression",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CaseExpression {
                    dimension_name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CheckCompatibilityRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.compatibility_filter {
            map.serialize_entry("compatibilityFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_filter {
            map.serialize_entry("dimensionFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_filter {
            map.serialize_entry("metricFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "compatibilityFilter" => self.compatibility_filter.is_some(),
                "dimensionFilter" => self.dimension_filter.is_some(),
                "dimensions" => self.dimensions.is_some(),
                "metricFilter" => self.metric_filter.is_some(),
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
impl<'de> ::serde::Deserialize<'de> for CheckCompatibilityRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckCompatibilityRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckCompatibilityRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckCompatibilityRequest, A::Error> {
                let mut compatibility_filter = ::core::option::Option::None;
                let mut dimension_filter = ::core::option::Option::None;
                let mut dimensions = ::core::option::Option::None;
                let mut metric_filter = ::core::option::Option::None;
                let mut metrics = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "compatibilityFilter" => {
                            compatibility_filter = rt::wire::optional_value(
                                &mut map,
                                "compatibilityFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionFilter" => {
                            dimension_filter = rt::wire::optional_value(
                                &mut map,
                                "dimensionFilter",
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
                        "metricFilter" => {
                            metric_filter = rt::wire::optional_value(
                                &mut map,
                                "metricFilter",
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
                                "CheckCompatibilityRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckCompatibilityRequest {
                    compatibility_filter,
                    dimension_filter,
                    dimensions,
                    metric_filter,
                    metrics,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CheckCompatibilityRequestCompatibilityFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckCompatibilityRequestCompatibilityFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for CheckCompatibilityResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_compatibilities {
            map.serialize_entry("dimensionCompatibilities", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_compatibilities {
            map.serialize_entry("metricCompatibilities", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionCompatibilities" => self.dimension_compatibilities.is_some(),
                "metricCompatibilities" => self.metric_compatibilities.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckCompatibilityResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckCompatibilityResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckCompatibilityResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckCompatibilityResponse, A::Error> {
                let mut dimension_compatibilities = ::core::option::Option::None;
                let mut metric_compatibilities = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionCompatibilities" => {
                            dimension_compatibilities = rt::wire::optional_value(
                                &mut map,
                                "dimensionCompatibilities",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricCompatibilities" => {
                            metric_compatibilities = rt::wire::optional_value(
                                &mut map,
                                "metricCompatibilities",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckCompatibilityResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckCompatibilityResponse {
                    dimension_compatibilities,
                    metric_compatibilities,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Cohort {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.date_range {
            map.serialize_entry("dateRange", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension {
            map.serialize_entry("dimension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dateRange" => self.date_range.is_some(),
                "dimension" => self.dimension.is_some(),
                "name" => self.name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Cohort {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Cohort;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Cohort` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Cohort, A::Error> {
                let mut date_range = ::core::option::Option::None;
                let mut dimension = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dateRange" => {
                            date_range = rt::wire::optional_value(
                                &mut map,
                                "dateRange",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimension" => {
                            dimension = rt::wire::optional_value(
                                &mut map,
                                "dimension",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Cohort",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Cohort {
                    date_range,
                    dimension,
                    name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CohortReportSettings {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.accumulate {
            map.serialize_entry("accumulate", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "accumulate" => self.accumulate.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CohortReportSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CohortReportSettings;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CohortReportSettings` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CohortReportSettings, A::Error> {
                let mut accumulate = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "accumulate" => {
                            accumulate = rt::wire::optional_value(
                                &mut map,
                                "accumulate",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CohortReportSettings",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CohortReportSettings {
                    accumulate,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CohortSpec {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cohort_report_settings {
            map.serialize_entry("cohortReportSettings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cohorts {
            map.serialize_entry("cohorts", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cohorts_range {
            map.serialize_entry("cohortsRange", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "cohortReportSettings" => self.cohort_report_settings.is_some(),
                "cohorts" => self.cohorts.is_some(),
                "cohortsRange" => self.cohorts_range.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CohortSpec {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CohortSpec;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CohortSpec` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CohortSpec, A::Error> {
                let mut cohort_report_settings = ::core::option::Option::None;
                let mut cohorts = ::core::option::Option::None;
                let mut cohorts_range = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "cohortReportSettings" => {
                            cohort_report_settings = rt::wire::optional_value(
                                &mut map,
                                "cohortReportSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        "cohorts" => {
                            cohorts = rt::wire::optional_value(
                                &mut map,
                                "cohorts",
                                &mut unknown_fields,
                            )?;
                        }
                        "cohortsRange" => {
                            cohorts_range = rt::wire::optional_value(
                                &mut map,
                                "cohortsRange",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CohortSpec",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CohortSpec {
                    cohort_report_settings,
                    cohorts,
                    cohorts_range,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CohortsRange {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.end_offset {
            map.serialize_entry("endOffset", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.granularity {
            map.serialize_entry("granularity", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.start_offset {
            map.serialize_entry("startOffset", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "endOffset" => self.end_offset.is_some(),
                "granularity" => self.granularity.is_some(),
                "startOffset" => self.start_offset.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CohortsRange {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CohortsRange;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CohortsRange` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CohortsRange, A::Error> {
                let mut end_offset = ::core::option::Option::None;
                let mut granularity = ::core::option::Option::None;
                let mut start_offset = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "endOffset" => {
                            end_offset = rt::wire::optional_value(
                                &mut map,
                                "endOffset",
                                &mut unknown_fields,
                            )?;
                        }
                        "granularity" => {
                            granularity = rt::wire::optional_value(
                                &mut map,
                                "granularity",
                                &mut unknown_fields,
                            )?;
                        }
                        "startOffset" => {
                            start_offset = rt::wire::optional_value(
                                &mut map,
                                "startOffset",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CohortsRange",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CohortsRange {
                    end_offset,
                    granularity,
                    start_offset,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CohortsRangeGranularity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CohortsRangeGranularity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for Comparison {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.comparison {
            map.serialize_entry("comparison", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_filter {
            map.serialize_entry("dimensionFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "comparison" => self.comparison.is_some(),
                "dimensionFilter" => self.dimension_filter.is_some(),
                "name" => self.name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Comparison {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Comparison;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Comparison` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Comparison, A::Error> {
                let mut comparison = ::core::option::Option::None;
                let mut dimension_filter = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "comparison" => {
                            comparison = rt::wire::optional_value(
                                &mut map,
                                "comparison",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionFilter" => {
                            dimension_filter = rt::wire::optional_value(
                                &mut map,
                                "dimensionFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Comparison",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Comparison {
                    comparison,
                    dimension_filter,
                    name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ComparisonMetadata {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.api_name {
            map.serialize_entry("apiName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ui_name {
            map.serialize_entry("uiName", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "apiName" => self.api_name.is_some(),
                "description" => self.description.is_some(),
                "uiName" => self.ui_name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ComparisonMetadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ComparisonMetadata;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ComparisonMetadata` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ComparisonMetadata, A::Error> {
                let mut api_name = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut ui_name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "apiName" => {
                            api_name = rt::wire::optional_value(
                                &mut map,
                                "apiName",
                                &mut unknown_fields,
                            )?;
                        }
                        "description" => {
                            description = rt::wire::optional_value(
                                &mut map,
                                "description",
                                &mut unknown_fields,
                            )?;
                        }
                        "uiName" => {
                            ui_name = rt::wire::optional_value(
                                &mut map,
                                "uiName",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ComparisonMetadata",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ComparisonMetadata {
                    api_name,
                    description,
                    ui_name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ConcatenateExpression {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.delimiter {
            map.serialize_entry("delimiter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_names {
            map.serialize_entry("dimensionNames", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "delimiter" => self.delimiter.is_some(),
                "dimensionNames" => self.dimension_names.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ConcatenateExpression {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ConcatenateExpression;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ConcatenateExpression` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ConcatenateExpression, A::Error> {
                let mut delimiter = ::core::option::Option::None;
                let mut dimension_names = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "delimiter" => {
                            delimiter = rt::wire::optional_value(
                                &mut map,
                                "delimiter",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionNames" => {
                            dimension_names = rt::wire::optional_value(
                                &mut map,
                                "dimensionNames",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ConcatenateExpression",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ConcatenateExpression {
                    delimiter,
                    dimension_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DateRange {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.end_date {
            map.serialize_entry("endDate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.start_date {
            map.serialize_entry("startDate", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "endDate" => self.end_date.is_some(),
                "name" => self.name.is_some(),
                "startDate" => self.start_date.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DateRange {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DateRange;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DateRange` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DateRange, A::Error> {
                let mut end_date = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "endDate" => {
                            end_date = rt::wire::optional_value(
                                &mut map,
                                "endDate",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        "startDate" => {
                            start_date = rt::wire::optional_value(
                                &mut map,
                                "startDate",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DateRange",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DateRange {
                    end_date,
                    name,
                    start_date,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Dimension {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_expression {
            map.serialize_entry("dimensionExpression", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionExpression" => self.dimension_expression.is_some(),
                "name" => self.name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Dimension {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Dimension;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Dimension` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Dimension, A::Error> {
                let mut dimension_expression = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionExpression" => {
                            dimension_expression = rt::wire::optional_value(
                                &mut map,
                                "dimensionExpression",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
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
                ::core::result::Result::Ok(Dimension {
                    dimension_expression,
                    name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DimensionCompatibility {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.compatibility {
            map.serialize_entry("compatibility", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_metadata {
            map.serialize_entry("dimensionMetadata", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "compatibility" => self.compatibility.is_some(),
                "dimensionMetadata" => self.dimension_metadata.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionCompatibility {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DimensionCompatibility;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionCompatibility` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DimensionCompatibility, A::Error> {
                let mut compatibility = ::core::option::Option::None;
                let mut dimension_metadata = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "compatibility" => {
                            compatibility = rt::wire::optional_value(
                                &mut map,
                                "compatibility",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionMetadata" => {
                            dimension_metadata = rt::wire::optional_value(
                                &mut map,
                                "dimensionMetadata",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DimensionCompatibility",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DimensionCompatibility {
                    compatibility,
                    dimension_metadata,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DimensionCompatibilityCompatibility {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionCompatibilityCompatibility {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for DimensionExpression {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.concatenate {
            map.serialize_entry("concatenate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.lower_case {
            map.serialize_entry("lowerCase", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.upper_case {
            map.serialize_entry("upperCase", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "concatenate" => self.concatenate.is_some(),
                "lowerCase" => self.lower_case.is_some(),
                "upperCase" => self.upper_case.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionExpression {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DimensionExpression;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionExpression` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DimensionExpression, A::Error> {
                let mut concatenate = ::core::option::Option::None;
                let mut lower_case = ::core::option::Option::None;
                let mut upper_case = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "concatenate" => {
                            concatenate = rt::wire::optional_value(
                                &mut map,
                                "concatenate",
                                &mut unknown_fields,
                            )?;
                        }
                        "lowerCase" => {
                            lower_case = rt::wire::optional_value(
                                &mut map,
                                "lowerCase",
                                &mut unknown_fields,
                            )?;
                        }
                        "upperCase" => {
                            upper_case = rt::wire::optional_value(
                                &mut map,
                                "upperCase",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DimensionExpression",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DimensionExpression {
                    concatenate,
                    lower_case,
                    upper_case,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DimensionHeader {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "name" => self.name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionHeader {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DimensionHeader;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionHeader` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DimensionHeader, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DimensionHeader",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DimensionHeader {
                    name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DimensionMetadata {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.api_name {
            map.serialize_entry("apiName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_definition {
            map.serialize_entry("customDefinition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.deprecated_api_names {
            map.serialize_entry("deprecatedApiNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ui_name {
            map.serialize_entry("uiName", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "apiName" => self.api_name.is_some(),
                "category" => self.category.is_some(),
                "customDefinition" => self.custom_definition.is_some(),
                "deprecatedApiNames" => self.deprecated_api_names.is_some(),
                "description" => self.description.is_some(),
                "uiName" => self.ui_name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionMetadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DimensionMetadata;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionMetadata` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DimensionMetadata, A::Error> {
                let mut api_name = ::core::option::Option::None;
                let mut category = ::core::option::Option::None;
                let mut custom_definition = ::core::option::Option::None;
                let mut deprecated_api_names = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut ui_name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "apiName" => {
                            api_name = rt::wire::optional_value(
                                &mut map,
                                "apiName",
                                &mut unknown_fields,
                            )?;
                        }
                        "category" => {
                            category = rt::wire::optional_value(
                                &mut map,
                                "category",
                                &mut unknown_fields,
                            )?;
                        }
                        "customDefinition" => {
                            custom_definition = rt::wire::optional_value(
                                &mut map,
                                "customDefinition",
                                &mut unknown_fields,
                            )?;
                        }
                        "deprecatedApiNames" => {
                            deprecated_api_names = rt::wire::optional_value(
                                &mut map,
                                "deprecatedApiNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "description" => {
                            description = rt::wire::optional_value(
                                &mut map,
                                "description",
                                &mut unknown_fields,
                            )?;
                        }
                        "uiName" => {
                            ui_name = rt::wire::optional_value(
                                &mut map,
                                "uiName",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DimensionMetadata",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DimensionMetadata {
                    api_name,
                    category,
                    custom_definition,
                    deprecated_api_names,
                    description,
                    ui_name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DimensionOrderBy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_name {
            map.serialize_entry("dimensionName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.order_type {
            map.serialize_entry("orderType", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionName" => self.dimension_name.is_some(),
                "orderType" => self.order_type.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionOrderBy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DimensionOrderBy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionOrderBy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DimensionOrderBy, A::Error> {
                let mut dimension_name = ::core::option::Option::None;
                let mut order_type = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionName" => {
                            dimension_name = rt::wire::optional_value(
                                &mut map,
                                "dimensionName",
                                &mut unknown_fields,
                            )?;
                        }
                        "orderType" => {
                            order_type = rt::wire::optional_value(
                                &mut map,
                                "orderType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DimensionOrderBy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DimensionOrderBy {
                    dimension_name,
                    order_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for DimensionOrderByOrderType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionOrderByOrderType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for DimensionValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "value" => self.value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DimensionValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DimensionValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DimensionValue` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DimensionValue, A::Error> {
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "value",
                                &mut unknown_fields,
                            )?;
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
                ::core::result::Result::Ok(DimensionValue {
                    value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EmptyFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        for (key, value) in &self.unknown_fields {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmptyFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EmptyFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EmptyFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EmptyFilter, A::Error> {
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "EmptyFilter",
                    )?;
                }
                ::core::result::Result::Ok(EmptyFilter { unknown_fields })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Filter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.between_filter {
            map.serialize_entry("betweenFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.empty_filter {
            map.serialize_entry("emptyFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.field_name {
            map.serialize_entry("fieldName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.in_list_filter {
            map.serialize_entry("inListFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.numeric_filter {
            map.serialize_entry("numericFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.string_filter {
            map.serialize_entry("stringFilter", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "betweenFilter" => self.between_filter.is_some(),
                "emptyFilter" => self.empty_filter.is_some(),
                "fieldName" => self.field_name.is_some(),
                "inListFilter" => self.in_list_filter.is_some(),
                "numericFilter" => self.numeric_filter.is_some(),
                "stringFilter" => self.string_filter.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Filter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Filter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Filter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Filter, A::Error> {
                let mut between_filter = ::core::option::Option::None;
                let mut empty_filter = ::core::option::Option::None;
                let mut field_name = ::core::option::Option::None;
                let mut in_list_filter = ::core::option::Option::None;
                let mut numeric_filter = ::core::option::Option::None;
                let mut string_filter = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "betweenFilter" => {
                            between_filter = rt::wire::optional_value(
                                &mut map,
                                "betweenFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "emptyFilter" => {
                            empty_filter = rt::wire::optional_value(
                                &mut map,
                                "emptyFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "fieldName" => {
                            field_name = rt::wire::optional_value(
                                &mut map,
                                "fieldName",
                                &mut unknown_fields,
                            )?;
                        }
                        "inListFilter" => {
                            in_list_filter = rt::wire::optional_value(
                                &mut map,
                                "inListFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "numericFilter" => {
                            numeric_filter = rt::wire::optional_value(
                                &mut map,
                                "numericFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "stringFilter" => {
                            string_filter = rt::wire::optional_value(
                                &mut map,
                                "stringFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Filter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Filter {
                    between_filter,
                    empty_filter,
                    field_name,
                    in_list_filter,
                    numeric_filter,
                    string_filter,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FilterExpression {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.and_group {
            map.serialize_entry("andGroup", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.filter {
            map.serialize_entry("filter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.not_expression {
            map.serialize_entry("notExpression", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.or_group {
            map.serialize_entry("orGroup", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "andGroup" => self.and_group.is_some(),
                "filter" => self.filter.is_some(),
                "notExpression" => self.not_expression.is_some(),
                "orGroup" => self.or_group.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterExpression {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FilterExpression;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FilterExpression` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FilterExpression, A::Error> {
                let mut and_group = ::core::option::Option::None;
                let mut filter = ::core::option::Option::None;
                let mut not_expression = ::core::option::Option::None;
                let mut or_group = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "andGroup" => {
                            and_group = rt::wire::optional_value(
                                &mut map,
                                "andGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        "filter" => {
                            filter = rt::wire::optional_value(
                                &mut map,
                                "filter",
                                &mut unknown_fields,
                            )?;
                        }
                        "notExpression" => {
                            not_expression = rt::wire::optional_value(
                                &mut map,
                                "notExpression",
                                &mut unknown_fields,
                            )?;
                        }
                        "orGroup" => {
                            or_group = rt::wire::optional_value(
                                &mut map,
                                "orGroup",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FilterExpression",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FilterExpression {
                    and_group,
                    filter,
                    not_expression,
                    or_group,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FilterExpressionList {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.expressions {
            map.serialize_entry("expressions", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "expressions" => self.expressions.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterExpressionList {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FilterExpressionList;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FilterExpressionList` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FilterExpressionList, A::Error> {
                let mut expressions = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "expressions" => {
                            expressions = rt::wire::optional_value(
                                &mut map,
                                "expressions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FilterExpressionList",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FilterExpressionList {
                    expressions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for InListFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.case_sensitive {
            map.serialize_entry("caseSensitive", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.values {
            map.serialize_entry("values", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "caseSensitive" => self.case_sensitive.is_some(),
                "values" => self.values.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InListFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = InListFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `InListFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<InListFilter, A::Error> {
                let mut case_sensitive = ::core::option::Option::None;
                let mut values = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "caseSensitive" => {
                            case_sensitive = rt::wire::optional_value(
                                &mut map,
                                "caseSensitive",
                                &mut unknown_fields,
                            )?;
                        }
                        "values" => {
                            values = rt::wire::optional_value(
                                &mut map,
                                "values",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "InListFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(InListFilter {
                    case_sensitive,
                    values,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ListAudienceExportsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.audience_exports {
            map.serialize_entry("audienceExports", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "audienceExports" => self.audience_exports.is_some(),
                "nextPageToken" => self.next_page_token.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListAudienceExportsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListAudienceExportsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListAudienceExportsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListAudienceExportsResponse, A::Error> {
                let mut audience_exports = ::core::option::Option::None;
                let mut next_page_token = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "audienceExports" => {
                            audience_exports = rt::wire::optional_value(
                                &mut map,
                                "audienceExports",
                                &mut unknown_fields,
                            )?;
                        }
                        "nextPageToken" => {
                            next_page_token = rt::wire::optional_value(
                                &mut map,
                                "nextPageToken",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListAudienceExportsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListAudienceExportsResponse {
                    audience_exports,
                    next_page_token,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Metadata {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.comparisons {
            map.serialize_entry("comparisons", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "comparisons" => self.comparisons.is_some(),
                "dimensions" => self.dimensions.is_some(),
                "metrics" => self.metrics.is_some(),
                "name" => self.name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Metadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Metadata;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Metadata` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Metadata, A::Error> {
                let mut comparisons = ::core::option::Option::None;
                let mut dimensions = ::core::option::Option::None;
                let mut metrics = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "comparisons" => {
                            comparisons = rt::wire::optional_value(
                                &mut map,
                                "comparisons",
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
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Metadata",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Metadata {
                    comparisons,
                    dimensions,
                    metrics,
                    name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Metric {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.expression {
            map.serialize_entry("expression", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.invisible {
            map.serialize_entry("invisible", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "expression" => self.expression.is_some(),
                "invisible" => self.invisible.is_some(),
                "name" => self.name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Metric {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Metric;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Metric` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Metric, A::Error> {
                let mut expression = ::core::option::Option::None;
                let mut invisible = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "expression" => {
                            expression = rt::wire::optional_value(
                                &mut map,
                                "expression",
                                &mut unknown_fields,
                            )?;
                        }
                        "invisible" => {
                            invisible = rt::wire::optional_value(
                                &mut map,
                                "invisible",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Metric",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Metric {
                    expression,
                    invisible,
                    name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MetricCompatibility {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.compatibility {
            map.serialize_entry("compatibility", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_metadata {
            map.serialize_entry("metricMetadata", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "compatibility" => self.compatibility.is_some(),
                "metricMetadata" => self.metric_metadata.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricCompatibility {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MetricCompatibility;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MetricCompatibility` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MetricCompatibility, A::Error> {
                let mut compatibility = ::core::option::Option::None;
                let mut metric_metadata = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "compatibility" => {
                            compatibility = rt::wire::optional_value(
                                &mut map,
                                "compatibility",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricMetadata" => {
                            metric_metadata = rt::wire::optional_value(
                                &mut map,
                                "metricMetadata",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MetricCompatibility",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MetricCompatibility {
                    compatibility,
                    metric_metadata,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MetricCompatibilityCompatibility {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricCompatibilityCompatibility {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for MetricHeader {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "name" => self.name.is_some(),
                "type" => self.type_.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricHeader {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MetricHeader;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MetricHeader` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MetricHeader, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        "type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "type",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MetricHeader",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MetricHeader {
                    name,
                    type_,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MetricHeaderType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricHeaderType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for MetricMetadata {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.api_name {
            map.serialize_entry("apiName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.blocked_reasons {
            map.serialize_entry("blockedReasons", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_definition {
            map.serialize_entry("customDefinition", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.deprecated_api_names {
            map.serialize_entry("deprecatedApiNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.expression {
            map.serialize_entry("expression", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ui_name {
            map.serialize_entry("uiName", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "apiName" => self.api_name.is_some(),
                "blockedReasons" => self.blocked_reasons.is_some(),
                "category" => self.category.is_some(),
                "customDefinition" => self.custom_definition.is_some(),
                "deprecatedApiNames" => self.deprecated_api_names.is_some(),
                "description" => self.description.is_some(),
                "expression" => self.expression.is_some(),
                "type" => self.type_.is_some(),
                "uiName" => self.ui_name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricMetadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MetricMetadata;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MetricMetadata` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MetricMetadata, A::Error> {
                let mut api_name = ::core::option::Option::None;
                let mut blocked_reasons = ::core::option::Option::None;
                let mut category = ::core::option::Option::None;
                let mut custom_definition = ::core::option::Option::None;
                let mut deprecated_api_names = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut expression = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut ui_name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "apiName" => {
                            api_name = rt::wire::optional_value(
                                &mut map,
                                "apiName",
                                &mut unknown_fields,
                            )?;
                        }
                        "blockedReasons" => {
                            blocked_reasons = rt::wire::optional_value(
                                &mut map,
                                "blockedReasons",
                                &mut unknown_fields,
                            )?;
                        }
                        "category" => {
                            category = rt::wire::optional_value(
                                &mut map,
                                "category",
                                &mut unknown_fields,
                            )?;
                        }
                        "customDefinition" => {
                            custom_definition = rt::wire::optional_value(
                                &mut map,
                                "customDefinition",
                                &mut unknown_fields,
                            )?;
                        }
                        "deprecatedApiNames" => {
                            deprecated_api_names = rt::wire::optional_value(
                                &mut map,
                                "deprecatedApiNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "description" => {
                            description = rt::wire::optional_value(
                                &mut map,
                                "description",
                                &mut unknown_fields,
                            )?;
                        }
                        "expression" => {
                            expression = rt::wire::optional_value(
                                &mut map,
                                "expression",
                                &mut unknown_fields,
                            )?;
                        }
                        "type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "type",
                                &mut unknown_fields,
                            )?;
                        }
                        "uiName" => {
                            ui_name = rt::wire::optional_value(
                                &mut map,
                                "uiName",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MetricMetadata",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MetricMetadata {
                    api_name,
                    blocked_reasons,
                    category,
                    custom_definition,
                    deprecated_api_names,
                    description,
                    expression,
                    type_,
                    ui_name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MetricMetadataBlockedReasons {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricMetadataBlockedReasons {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for MetricMetadataType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricMetadataType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for MetricOrderBy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.metric_name {
            map.serialize_entry("metricName", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "metricName" => self.metric_name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricOrderBy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MetricOrderBy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MetricOrderBy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MetricOrderBy, A::Error> {
                let mut metric_name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "metricName" => {
                            metric_name = rt::wire::optional_value(
                                &mut map,
                                "metricName",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MetricOrderBy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MetricOrderBy {
                    metric_name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MetricValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "value" => self.value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MetricValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MetricValue` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MetricValue, A::Error> {
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "value",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MetricValue",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MetricValue {
                    value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MinuteRange {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.end_minutes_ago {
            map.serialize_entry("endMinutesAgo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.start_minutes_ago {
            map.serialize_entry("startMinutesAgo", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "endMinutesAgo" => self.end_minutes_ago.is_some(),
                "name" => self.name.is_some(),
                "startMinutesAgo" => self.start_minutes_ago.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MinuteRange {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MinuteRange;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MinuteRange` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MinuteRange, A::Error> {
                let mut end_minutes_ago = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut start_minutes_ago = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "endMinutesAgo" => {
                            end_minutes_ago = rt::wire::optional_value(
                                &mut map,
                                "endMinutesAgo",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        "startMinutesAgo" => {
                            start_minutes_ago = rt::wire::optional_value(
                                &mut map,
                                "startMinutesAgo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MinuteRange",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MinuteRange {
                    end_minutes_ago,
                    name,
                    start_minutes_ago,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NumericFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.operation {
            map.serialize_entry("operation", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "operation" => self.operation.is_some(),
                "value" => self.value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NumericFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NumericFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NumericFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NumericFilter, A::Error> {
                let mut operation = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "operation" => {
                            operation = rt::wire::optional_value(
                                &mut map,
                                "operation",
                                &mut unknown_fields,
                            )?;
                        }
                        "value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "value",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NumericFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NumericFilter {
                    operation,
                    value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NumericFilterOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for NumericFilterOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for NumericValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.double_value {
            map.serialize_entry("doubleValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.int64_value {
            map.serialize_entry("int64Value", &rt::wire::Int64(*value))?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "doubleValue" => self.double_value.is_some(),
                "int64Value" => self.int64_value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NumericValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NumericValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NumericValue` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NumericValue, A::Error> {
                let mut double_value = ::core::option::Option::None;
                let mut int64_value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "doubleValue" => {
                            double_value = rt::wire::optional_value(
                                &mut map,
                                "doubleValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "int64Value" => {
                            int64_value = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "int64Value", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NumericValue",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NumericValue {
                    double_value,
                    int64_value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Operation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.done {
            map.serialize_entry("done", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.error {
            map.serialize_entry("error", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.response {
            map.serialize_entry("response", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "done" => self.done.is_some(),
                "error" => self.error.is_some(),
                "metadata" => self.metadata.is_some(),
                "name" => self.name.is_some(),
                "response" => self.response.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Operation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Operation;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Operation` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Operation, A::Error> {
                let mut done = ::core::option::Option::None;
                let mut error = ::core::option::Option::None;
                let mut metadata = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut response = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "done" => {
                            done = rt::wire::optional_value(
                                &mut map,
                                "done",
                                &mut unknown_fields,
                            )?;
                        }
                        "error" => {
                            error = rt::wire::optional_value(
                                &mut map,
                                "error",
                                &mut unknown_fields,
                            )?;
                        }
                        "metadata" => {
                            metadata = rt::wire::optional_value(
                                &mut map,
                                "metadata",
                                &mut unknown_fields,
                            )?;
                        }
                        "name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "name",
                                &mut unknown_fields,
                            )?;
                        }
                        "response" => {
                            response = rt::wire::optional_value(
                                &mut map,
                                "response",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Operation",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Operation {
                    done,
                    error,
                    metadata,
                    name,
                    response,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for OrderBy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.desc {
            map.serialize_entry("desc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension {
            map.serialize_entry("dimension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric {
            map.serialize_entry("metric", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pivot {
            map.serialize_entry("pivot", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "desc" => self.desc.is_some(),
                "dimension" => self.dimension.is_some(),
                "metric" => self.metric.is_some(),
                "pivot" => self.pivot.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderBy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = OrderBy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `OrderBy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<OrderBy, A::Error> {
                let mut desc = ::core::option::Option::None;
                let mut dimension = ::core::option::Option::None;
                let mut metric = ::core::option::Option::None;
                let mut pivot = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "desc" => {
                            desc = rt::wire::optional_value(
                                &mut map,
                                "desc",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimension" => {
                            dimension = rt::wire::optional_value(
                                &mut map,
                                "dimension",
                                &mut unknown_fields,
                            )?;
                        }
                        "metric" => {
                            metric = rt::wire::optional_value(
                                &mut map,
                                "metric",
                                &mut unknown_fields,
                            )?;
                        }
                        "pivot" => {
                            pivot = rt::wire::optional_value(
                                &mut map,
                                "pivot",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "OrderBy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(OrderBy {
                    desc,
                    dimension,
                    metric,
                    pivot,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Pivot {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.field_names {
            map.serialize_entry("fieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit {
            map.serialize_entry("limit", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_aggregations {
            map.serialize_entry("metricAggregations", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.offset {
            map.serialize_entry("offset", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.order_bys {
            map.serialize_entry("orderBys", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "fieldNames" => self.field_names.is_some(),
                "limit" => self.limit.is_some(),
                "metricAggregations" => self.metric_aggregations.is_some(),
                "offset" => self.offset.is_some(),
                "orderBys" => self.order_bys.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Pivot {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Pivot;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Pivot` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Pivot, A::Error> {
                let mut field_names = ::core::option::Option::None;
                let mut limit = ::core::option::Option::None;
                let mut metric_aggregations = ::core::option::Option::None;
                let mut offset = ::core::option::Option::None;
                let mut order_bys = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "fieldNames" => {
                            field_names = rt::wire::optional_value(
                                &mut map,
                                "fieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "limit" => {
                            limit = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "limit", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "metricAggregations" => {
                            metric_aggregations = rt::wire::optional_value(
                                &mut map,
                                "metricAggregations",
                                &mut unknown_fields,
                            )?;
                        }
                        "offset" => {
                            offset = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "offset", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "orderBys" => {
                            order_bys = rt::wire::optional_value(
                                &mut map,
                                "orderBys",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Pivot",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Pivot {
                    field_names,
                    limit,
                    metric_aggregations,
                    offset,
                    order_bys,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PivotDimensionHeader {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_values {
            map.serialize_entry("dimensionValues", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionValues" => self.dimension_values.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PivotDimensionHeader {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PivotDimensionHeader;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PivotDimensionHeader` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PivotDimensionHeader, A::Error> {
                let mut dimension_values = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionValues" => {
                            dimension_values = rt::wire::optional_value(
                                &mut map,
                                "dimensionValues",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PivotDimensionHeader",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PivotDimensionHeader {
                    dimension_values,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PivotHeader {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.pivot_dimension_headers {
            map.serialize_entry("pivotDimensionHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.row_count {
            map.serialize_entry("rowCount", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "pivotDimensionHeaders" => self.pivot_dimension_headers.is_some(),
                "rowCount" => self.row_count.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PivotHeader {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PivotHeader;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PivotHeader` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PivotHeader, A::Error> {
                let mut pivot_dimension_headers = ::core::option::Option::None;
                let mut row_count = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "pivotDimensionHeaders" => {
                            pivot_dimension_headers = rt::wire::optional_value(
                                &mut map,
                                "pivotDimensionHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "rowCount" => {
                            row_count = rt::wire::optional_value(
                                &mut map,
                                "rowCount",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PivotHeader",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PivotHeader {
                    pivot_dimension_headers,
                    row_count,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PivotMetricAggregations {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PivotMetricAggregations {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for PivotOrderBy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.metric_name {
            map.serialize_entry("metricName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pivot_selections {
            map.serialize_entry("pivotSelections", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "metricName" => self.metric_name.is_some(),
                "pivotSelections" => self.pivot_selections.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PivotOrderBy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PivotOrderBy;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PivotOrderBy` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PivotOrderBy, A::Error> {
                let mut metric_name = ::core::option::Option::None;
                let mut pivot_selections = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "metricName" => {
                            metric_name = rt::wire::optional_value(
                                &mut map,
                                "metricName",
                                &mut unknown_fields,
                            )?;
                        }
                        "pivotSelections" => {
                            pivot_selections = rt::wire::optional_value(
                                &mut map,
                                "pivotSelections",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PivotOrderBy",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PivotOrderBy {
                    metric_name,
                    pivot_selections,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PivotSelection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_name {
            map.serialize_entry("dimensionName", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_value {
            map.serialize_entry("dimensionValue", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionName" => self.dimension_name.is_some(),
                "dimensionValue" => self.dimension_value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PivotSelection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PivotSelection;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PivotSelection` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PivotSelection, A::Error> {
                let mut dimension_name = ::core::option::Option::None;
                let mut dimension_value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionName" => {
                            dimension_name = rt::wire::optional_value(
                                &mut map,
                                "dimensionName",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionValue" => {
                            dimension_value = rt::wire::optional_value(
                                &mut map,
                                "dimensionValue",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PivotSelection",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PivotSelection {
                    dimension_name,
                    dimension_value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PropertyQuota {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.concurrent_requests {
            map.serialize_entry("concurrentRequests", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .potentially_thresholded_requests_per_hour
        {
            map.serialize_entry("potentiallyThresholdedRequestsPerHour", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .server_errors_per_project_per_hour
        {
            map.serialize_entry("serverErrorsPerProjectPerHour", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tokens_per_day {
            map.serialize_entry("tokensPerDay", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tokens_per_hour {
            map.serialize_entry("tokensPerHour", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tokens_per_project_per_hour {
            map.serialize_entry("tokensPerProjectPerHour", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "concurrentRequests" => self.concurrent_requests.is_some(),
                "potentiallyThresholdedRequestsPerHour" => {
                    self.potentially_thresholded_requests_per_hour.is_some()
                }
                "serverErrorsPerProjectPerHour" => {
                    self.server_errors_per_project_per_hour.is_some()
                }
                "tokensPerDay" => self.tokens_per_day.is_some(),
                "tokensPerHour" => self.tokens_per_hour.is_some(),
                "tokensPerProjectPerHour" => self.tokens_per_project_per_hour.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PropertyQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PropertyQuota;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PropertyQuota` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PropertyQuota, A::Error> {
                let mut concurrent_requests = ::core::option::Option::None;
                let mut potentially_thresholded_requests_per_hour = ::core::option::Option::None;
                let mut server_errors_per_project_per_hour = ::core::option::Option::None;
                let mut tokens_per_day = ::core::option::Option::None;
                let mut tokens_per_hour = ::core::option::Option::None;
                let mut tokens_per_project_per_hour = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "concurrentRequests" => {
                            concurrent_requests = rt::wire::optional_value(
                                &mut map,
                                "concurrentRequests",
                                &mut unknown_fields,
                            )?;
                        }
                        "potentiallyThresholdedRequestsPerHour" => {
                            potentially_thresholded_requests_per_hour = rt::wire::optional_value(
                                &mut map,
                                "potentiallyThresholdedRequestsPerHour",
                                &mut unknown_fields,
                            )?;
                        }
                        "serverErrorsPerProjectPerHour" => {
                            server_errors_per_project_per_hour = rt::wire::optional_value(
                                &mut map,
                                "serverErrorsPerProjectPerHour",
                                &mut unknown_fields,
                            )?;
                        }
                        "tokensPerDay" => {
                            tokens_per_day = rt::wire::optional_value(
                                &mut map,
                                "tokensPerDay",
                                &mut unknown_fields,
                            )?;
                        }
                        "tokensPerHour" => {
                            tokens_per_hour = rt::wire::optional_value(
                                &mut map,
                                "tokensPerHour",
                                &mut unknown_fields,
                            )?;
                        }
                        "tokensPerProjectPerHour" => {
                            tokens_per_project_per_hour = rt::wire::optional_value(
                                &mut map,
                                "tokensPerProjectPerHour",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PropertyQuota",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PropertyQuota {
                    concurrent_requests,
                    potentially_thresholded_requests_per_hour,
                    server_errors_per_project_per_hour,
                    tokens_per_day,
                    tokens_per_hour,
                    tokens_per_project_per_hour,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for QueryAudienceExportRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limit {
            map.serialize_entry("limit", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.offset {
            map.serialize_entry("offset", &rt::wire::Int64(*value))?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "limit" => self.limit.is_some(),
                "offset" => self.offset.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for QueryAudienceExportRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = QueryAudienceExportRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `QueryAudienceExportRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<QueryAudienceExportRequest, A::Error> {
                let mut limit = ::core::option::Option::None;
                let mut offset = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "limit" => {
                            limit = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "limit", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "offset" => {
                            offset = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "offset", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "QueryAudienceExportRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(QueryAudienceExportRequest {
                    limit,
                    offset,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for QueryAudienceExportResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.audience_export {
            map.serialize_entry("audienceExport", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.audience_rows {
            map.serialize_entry("audienceRows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.row_count {
            map.serialize_entry("rowCount", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "audienceExport" => self.audience_export.is_some(),
                "audienceRows" => self.audience_rows.is_some(),
                "rowCount" => self.row_count.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for QueryAudienceExportResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = QueryAudienceExportResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `QueryAudienceExportResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<QueryAudienceExportResponse, A::Error> {
                let mut audience_export = ::core::option::Option::None;
                let mut audience_rows = ::core::option::Option::None;
                let mut row_count = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "audienceExport" => {
                            audience_export = rt::wire::optional_value(
                                &mut map,
                                "audienceExport",
                                &mut unknown_fields,
                            )?;
                        }
                        "audienceRows" => {
                            audience_rows = rt::wire::optional_value(
                                &mut map,
                                "audienceRows",
                                &mut unknown_fields,
                            )?;
                        }
                        "rowCount" => {
                            row_count = rt::wire::optional_value(
                                &mut map,
                                "rowCount",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "QueryAudienceExportResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(QueryAudienceExportResponse {
                    audience_export,
                    audience_rows,
                    row_count,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for QuotaStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.consumed {
            map.serialize_entry("consumed", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.remaining {
            map.serialize_entry("remaining", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "consumed" => self.consumed.is_some(),
                "remaining" => self.remaining.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for QuotaStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = QuotaStatus;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `QuotaStatus` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<QuotaStatus, A::Error> {
                let mut consumed = ::core::option::Option::None;
                let mut remaining = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "consumed" => {
                            consumed = rt::wire::optional_value(
                                &mut map,
                                "consumed",
                                &mut unknown_fields,
                            )?;
                        }
                        "remaining" => {
                            remaining = rt::wire::optional_value(
                                &mut map,
                                "remaining",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "QuotaStatus",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(QuotaStatus {
                    consumed,
                    remaining,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ResponseMetaData {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.currency_code {
            map.serialize_entry("currencyCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.data_loss_from_other_row {
            map.serialize_entry("dataLossFromOtherRow", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.empty_reason {
            map.serialize_entry("emptyReason", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sampling_metadatas {
            map.serialize_entry("samplingMetadatas", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.schema_restriction_response {
            map.serialize_entry("schemaRestrictionResponse", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.subject_to_thresholding {
            map.serialize_entry("subjectToThresholding", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.time_zone {
            map.serialize_entry("timeZone", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "currencyCode" => self.currency_code.is_some(),
                "dataLossFromOtherRow" => self.data_loss_from_other_row.is_some(),
                "emptyReason" => self.empty_reason.is_some(),
                "samplingMetadatas" => self.sampling_metadatas.is_some(),
                "schemaRestrictionResponse" => self.schema_restriction_response.is_some(),
                "subjectToThresholding" => self.subject_to_thresholding.is_some(),
                "timeZone" => self.time_zone.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponseMetaData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponseMetaData;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponseMetaData` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponseMetaData, A::Error> {
                let mut currency_code = ::core::option::Option::None;
                let mut data_loss_from_other_row = ::core::option::Option::None;
                let mut empty_reason = ::core::option::Option::None;
                let mut sampling_metadatas = ::core::option::Option::None;
                let mut schema_restriction_response = ::core::option::Option::None;
                let mut subject_to_thresholding = ::core::option::Option::None;
                let mut time_zone = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "currencyCode" => {
                            currency_code = rt::wire::optional_value(
                                &mut map,
                                "currencyCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "dataLossFromOtherRow" => {
                            data_loss_from_other_row = rt::wire::optional_value(
                                &mut map,
                                "dataLossFromOtherRow",
                                &mut unknown_fields,
                            )?;
                        }
                        "emptyReason" => {
                            empty_reason = rt::wire::optional_value(
                                &mut map,
                                "emptyReason",
                                &mut unknown_fields,
                            )?;
                        }
                        "samplingMetadatas" => {
                            sampling_metadatas = rt::wire::optional_value(
                                &mut map,
                                "samplingMetadatas",
                                &mut unknown_fields,
                            )?;
                        }
                        "schemaRestrictionResponse" => {
                            schema_restriction_response = rt::wire::optional_value(
                                &mut map,
                                "schemaRestrictionResponse",
                                &mut unknown_fields,
                            )?;
                        }
                        "subjectToThresholding" => {
                            subject_to_thresholding = rt::wire::optional_value(
                                &mut map,
                                "subjectToThresholding",
                                &mut unknown_fields,
                            )?;
                        }
                        "timeZone" => {
                            time_zone = rt::wire::optional_value(
                                &mut map,
                                "timeZone",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponseMetaData",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponseMetaData {
                    currency_code,
                    data_loss_from_other_row,
                    empty_reason,
                    sampling_metadatas,
                    schema_restriction_response,
                    subject_to_thresholding,
                    time_zone,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Row {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_values {
            map.serialize_entry("dimensionValues", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_values {
            map.serialize_entry("metricValues", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionValues" => self.dimension_values.is_some(),
                "metricValues" => self.metric_values.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Row {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Row;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Row` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Row, A::Error> {
                let mut dimension_values = ::core::option::Option::None;
                let mut metric_values = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionValues" => {
                            dimension_values = rt::wire::optional_value(
                                &mut map,
                                "dimensionValues",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricValues" => {
                            metric_values = rt::wire::optional_value(
                                &mut map,
                                "metricValues",
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
                ::core::result::Result::Ok(Row {
                    dimension_values,
                    metric_values,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RunPivotReportRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cohort_spec {
            map.serialize_entry("cohortSpec", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.comparisons {
            map.serialize_entry("comparisons", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.currency_code {
            map.serialize_entry("currencyCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.date_ranges {
            map.serialize_entry("dateRanges", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_filter {
            map.serialize_entry("dimensionFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keep_empty_rows {
            map.serialize_entry("keepEmptyRows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_filter {
            map.serialize_entry("metricFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pivots {
            map.serialize_entry("pivots", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.property {
            map.serialize_entry("property", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.return_property_quota {
            map.serialize_entry("returnPropertyQuota", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "cohortSpec" => self.cohort_spec.is_some(),
                "comparisons" => self.comparisons.is_some(),
                "currencyCode" => self.currency_code.is_some(),
                "dateRanges" => self.date_ranges.is_some(),
                "dimensionFilter" => self.dimension_filter.is_some(),
                "dimensions" => self.dimensions.is_some(),
                "keepEmptyRows" => self.keep_empty_rows.is_some(),
                "metricFilter" => self.metric_filter.is_some(),
                "metrics" => self.metrics.is_some(),
                "pivots" => self.pivots.is_some(),
                "property" => self.property.is_some(),
                "returnPropertyQuota" => self.return_property_quota.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RunPivotReportRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RunPivotReportRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RunPivotReportRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RunPivotReportRequest, A::Error> {
                let mut cohort_spec = ::core::option::Option::None;
                let mut comparisons = ::core::option::Option::None;
                let mut currency_code = ::core::option::Option::None;
                let mut date_ranges = ::core::option::Option::None;
                let mut dimension_filter = ::core::option::Option::None;
                let mut dimensions = ::core::option::Option::None;
                let mut keep_empty_rows = ::core::option::Option::None;
                let mut metric_filter = ::core::option::Option::None;
                let mut metrics = ::core::option::Option::None;
                let mut pivots = ::core::option::Option::None;
                let mut property = ::core::option::Option::None;
                let mut return_property_quota = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "cohortSpec" => {
                            cohort_spec = rt::wire::optional_value(
                                &mut map,
                                "cohortSpec",
                                &mut unknown_fields,
                            )?;
                        }
                        "comparisons" => {
                            comparisons = rt::wire::optional_value(
                                &mut map,
                                "comparisons",
                                &mut unknown_fields,
                            )?;
                        }
                        "currencyCode" => {
                            currency_code = rt::wire::optional_value(
                                &mut map,
                                "currencyCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "dateRanges" => {
                            date_ranges = rt::wire::optional_value(
                                &mut map,
                                "dateRanges",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionFilter" => {
                            dimension_filter = rt::wire::optional_value(
                                &mut map,
                                "dimensionFilter",
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
                        "keepEmptyRows" => {
                            keep_empty_rows = rt::wire::optional_value(
                                &mut map,
                                "keepEmptyRows",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricFilter" => {
                            metric_filter = rt::wire::optional_value(
                                &mut map,
                                "metricFilter",
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
                        "pivots" => {
                            pivots = rt::wire::optional_value(
                                &mut map,
                                "pivots",
                                &mut unknown_fields,
                            )?;
                        }
                        "property" => {
                            property = rt::wire::optional_value(
                                &mut map,
                                "property",
                                &mut unknown_fields,
                            )?;
                        }
                        "returnPropertyQuota" => {
                            return_property_quota = rt::wire::optional_value(
                                &mut map,
                                "returnPropertyQuota",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RunPivotReportRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RunPivotReportRequest {
                    cohort_spec,
                    comparisons,
                    currency_code,
                    date_ranges,
                    dimension_filter,
                    dimensions,
                    keep_empty_rows,
                    metric_filter,
                    metrics,
                    pivots,
                    property,
                    return_property_quota,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RunPivotReportResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.aggregates {
            map.serialize_entry("aggregates", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_headers {
            map.serialize_entry("dimensionHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_headers {
            map.serialize_entry("metricHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pivot_headers {
            map.serialize_entry("pivotHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.property_quota {
            map.serialize_entry("propertyQuota", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.rows {
            map.serialize_entry("rows", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "aggregates" => self.aggregates.is_some(),
                "dimensionHeaders" => self.dimension_headers.is_some(),
                "kind" => self.kind.is_some(),
                "metadata" => self.metadata.is_some(),
                "metricHeaders" => self.metric_headers.is_some(),
                "pivotHeaders" => self.pivot_headers.is_some(),
                "propertyQuota" => self.property_quota.is_some(),
                "rows" => self.rows.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RunPivotReportResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RunPivotReportResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RunPivotReportResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RunPivotReportResponse, A::Error> {
                let mut aggregates = ::core::option::Option::None;
                let mut dimension_headers = ::core::option::Option::None;
                let mut kind = ::core::option::Option::None;
                let mut metadata = ::core::option::Option::None;
                let mut metric_headers = ::core::option::Option::None;
                let mut pivot_headers = ::core::option::Option::None;
                let mut property_quota = ::core::option::Option::None;
                let mut rows = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "aggregates" => {
                            aggregates = rt::wire::optional_value(
                                &mut map,
                                "aggregates",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionHeaders" => {
                            dimension_headers = rt::wire::optional_value(
                                &mut map,
                                "dimensionHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "kind" => {
                            kind = rt::wire::optional_value(
                                &mut map,
                                "kind",
                                &mut unknown_fields,
                            )?;
                        }
                        "metadata" => {
                            metadata = rt::wire::optional_value(
                                &mut map,
                                "metadata",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricHeaders" => {
                            metric_headers = rt::wire::optional_value(
                                &mut map,
                                "metricHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "pivotHeaders" => {
                            pivot_headers = rt::wire::optional_value(
                                &mut map,
                                "pivotHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "propertyQuota" => {
                            property_quota = rt::wire::optional_value(
                                &mut map,
                                "propertyQuota",
                                &mut unknown_fields,
                            )?;
                        }
                        "rows" => {
                            rows = rt::wire::optional_value(
                                &mut map,
                                "rows",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RunPivotReportResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RunPivotReportResponse {
                    aggregates,
                    dimension_headers,
                    kind,
                    metadata,
                    metric_headers,
                    pivot_headers,
                    property_quota,
                    rows,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RunRealtimeReportRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_filter {
            map.serialize_entry("dimensionFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit {
            map.serialize_entry("limit", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_aggregations {
            map.serialize_entry("metricAggregations", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_filter {
            map.serialize_entry("metricFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.minute_ranges {
            map.serialize_entry("minuteRanges", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.order_bys {
            map.serialize_entry("orderBys", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.return_property_quota {
            map.serialize_entry("returnPropertyQuota", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionFilter" => self.dimension_filter.is_some(),
                "dimensions" => self.dimensions.is_some(),
                "limit" => self.limit.is_some(),
                "metricAggregations" => self.metric_aggregations.is_some(),
                "metricFilter" => self.metric_filter.is_some(),
                "metrics" => self.metrics.is_some(),
                "minuteRanges" => self.minute_ranges.is_some(),
                "orderBys" => self.order_bys.is_some(),
                "returnPropertyQuota" => self.return_property_quota.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RunRealtimeReportRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RunRealtimeReportRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RunRealtimeReportRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RunRealtimeReportRequest, A::Error> {
                let mut dimension_filter = ::core::option::Option::None;
                let mut dimensions = ::core::option::Option::None;
                let mut limit = ::core::option::Option::None;
                let mut metric_aggregations = ::core::option::Option::None;
                let mut metric_filter = ::core::option::Option::None;
                let mut metrics = ::core::option::Option::None;
                let mut minute_ranges = ::core::option::Option::None;
                let mut order_bys = ::core::option::Option::None;
                let mut return_property_quota = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionFilter" => {
                            dimension_filter = rt::wire::optional_value(
                                &mut map,
                                "dimensionFilter",
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
                        "limit" => {
                            limit = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "limit", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "metricAggregations" => {
                            metric_aggregations = rt::wire::optional_value(
                                &mut map,
                                "metricAggregations",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricFilter" => {
                            metric_filter = rt::wire::optional_value(
                                &mut map,
                                "metricFilter",
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
                        "minuteRanges" => {
                            minute_ranges = rt::wire::optional_value(
                                &mut map,
                                "minuteRanges",
                                &mut unknown_fields,
                            )?;
                        }
                        "orderBys" => {
                            order_bys = rt::wire::optional_value(
                                &mut map,
                                "orderBys",
                                &mut unknown_fields,
                            )?;
                        }
                        "returnPropertyQuota" => {
                            return_property_quota = rt::wire::optional_value(
                                &mut map,
                                "returnPropertyQuota",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RunRealtimeReportRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RunRealtimeReportRequest {
                    dimension_filter,
                    dimensions,
                    limit,
                    metric_aggregations,
                    metric_filter,
                    metrics,
                    minute_ranges,
                    order_bys,
                    return_property_quota,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RunRealtimeReportRequestMetricAggregations {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RunRealtimeReportRequestMetricAggregations {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for RunRealtimeReportResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_headers {
            map.serialize_entry("dimensionHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.maximums {
            map.serialize_entry("maximums", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_headers {
            map.serialize_entry("metricHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.minimums {
            map.serialize_entry("minimums", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.property_quota {
            map.serialize_entry("propertyQuota", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.row_count {
            map.serialize_entry("rowCount", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.rows {
            map.serialize_entry("rows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionHeaders" => self.dimension_headers.is_some(),
                "kind" => self.kind.is_some(),
                "maximums" => self.maximums.is_some(),
                "metricHeaders" => self.metric_headers.is_some(),
                "minimums" => self.minimums.is_some(),
                "propertyQuota" => self.property_quota.is_some(),
                "rowCount" => self.row_count.is_some(),
                "rows" => self.rows.is_some(),
                "totals" => self.totals.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RunRealtimeReportResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RunRealtimeReportResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RunRealtimeReportResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RunRealtimeReportResponse, A::Error> {
                let mut dimension_headers = ::core::option::Option::None;
                let mut kind = ::core::option::Option::None;
                let mut maximums = ::core::option::Option::None;
                let mut metric_headers = ::core::option::Option::None;
                let mut minimums = ::core::option::Option::None;
                let mut property_quota = ::core::option::Option::None;
                let mut row_count = ::core::option::Option::None;
                let mut rows = ::core::option::Option::None;
                let mut totals = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionHeaders" => {
                            dimension_headers = rt::wire::optional_value(
                                &mut map,
                                "dimensionHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "kind" => {
                            kind = rt::wire::optional_value(
                                &mut map,
                                "kind",
                                &mut unknown_fields,
                            )?;
                        }
                        "maximums" => {
                            maximums = rt::wire::optional_value(
                                &mut map,
                                "maximums",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricHeaders" => {
                            metric_headers = rt::wire::optional_value(
                                &mut map,
                                "metricHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "minimums" => {
                            minimums = rt::wire::optional_value(
                                &mut map,
                                "minimums",
                                &mut unknown_fields,
                            )?;
                        }
                        "propertyQuota" => {
                            property_quota = rt::wire::optional_value(
                                &mut map,
                                "propertyQuota",
                                &mut unknown_fields,
                            )?;
                        }
                        "rowCount" => {
                            row_count = rt::wire::optional_value(
                                &mut map,
                                "rowCount",
                                &mut unknown_fields,
                            )?;
                        }
                        "rows" => {
                            rows = rt::wire::optional_value(
                                &mut map,
                                "rows",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RunRealtimeReportResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RunRealtimeReportResponse {
                    dimension_headers,
                    kind,
                    maximums,
                    metric_headers,
                    minimums,
                    property_quota,
                    row_count,
                    rows,
                    totals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RunReportRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cohort_spec {
            map.serialize_entry("cohortSpec", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.comparisons {
            map.serialize_entry("comparisons", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.currency_code {
            map.serialize_entry("currencyCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.date_ranges {
            map.serialize_entry("dateRanges", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimension_filter {
            map.serialize_entry("dimensionFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dimensions {
            map.serialize_entry("dimensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keep_empty_rows {
            map.serialize_entry("keepEmptyRows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit {
            map.serialize_entry("limit", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_aggregations {
            map.serialize_entry("metricAggregations", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_filter {
            map.serialize_entry("metricFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metrics {
            map.serialize_entry("metrics", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.offset {
            map.serialize_entry("offset", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.order_bys {
            map.serialize_entry("orderBys", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.property {
            map.serialize_entry("property", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.return_property_quota {
            map.serialize_entry("returnPropertyQuota", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "cohortSpec" => self.cohort_spec.is_some(),
                "comparisons" => self.comparisons.is_some(),
                "currencyCode" => self.currency_code.is_some(),
                "dateRanges" => self.date_ranges.is_some(),
                "dimensionFilter" => self.dimension_filter.is_some(),
                "dimensions" => self.dimensions.is_some(),
                "keepEmptyRows" => self.keep_empty_rows.is_some(),
                "limit" => self.limit.is_some(),
                "metricAggregations" => self.metric_aggregations.is_some(),
                "metricFilter" => self.metric_filter.is_some(),
                "metrics" => self.metrics.is_some(),
                "offset" => self.offset.is_some(),
                "orderBys" => self.order_bys.is_some(),
                "property" => self.property.is_some(),
                "returnPropertyQuota" => self.return_property_quota.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RunReportRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RunReportRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RunReportRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RunReportRequest, A::Error> {
                let mut cohort_spec = ::core::option::Option::None;
                let mut comparisons = ::core::option::Option::None;
                let mut currency_code = ::core::option::Option::None;
                let mut date_ranges = ::core::option::Option::None;
                let mut dimension_filter = ::core::option::Option::None;
                let mut dimensions = ::core::option::Option::None;
                let mut keep_empty_rows = ::core::option::Option::None;
                let mut limit = ::core::option::Option::None;
                let mut metric_aggregations = ::core::option::Option::None;
                let mut metric_filter = ::core::option::Option::None;
                let mut metrics = ::core::option::Option::None;
                let mut offset = ::core::option::Option::None;
                let mut order_bys = ::core::option::Option::None;
                let mut property = ::core::option::Option::None;
                let mut return_property_quota = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "cohortSpec" => {
                            cohort_spec = rt::wire::optional_value(
                                &mut map,
                                "cohortSpec",
                                &mut unknown_fields,
                            )?;
                        }
                        "comparisons" => {
                            comparisons = rt::wire::optional_value(
                                &mut map,
                                "comparisons",
                                &mut unknown_fields,
                            )?;
                        }
                        "currencyCode" => {
                            currency_code = rt::wire::optional_value(
                                &mut map,
                                "currencyCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "dateRanges" => {
                            date_ranges = rt::wire::optional_value(
                                &mut map,
                                "dateRanges",
                                &mut unknown_fields,
                            )?;
                        }
                        "dimensionFilter" => {
                            dimension_filter = rt::wire::optional_value(
                                &mut map,
                                "dimensionFilter",
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
                        "keepEmptyRows" => {
                            keep_empty_rows = rt::wire::optional_value(
                                &mut map,
                                "keepEmptyRows",
                                &mut unknown_fields,
                            )?;
                        }
                        "limit" => {
                            limit = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "limit", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "metricAggregations" => {
                            metric_aggregations = rt::wire::optional_value(
                                &mut map,
                                "metricAggregations",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricFilter" => {
                            metric_filter = rt::wire::optional_value(
                                &mut map,
                                "metricFilter",
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
                        "offset" => {
                            offset = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "offset", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "orderBys" => {
                            order_bys = rt::wire::optional_value(
                                &mut map,
                                "orderBys",
                                &mut unknown_fields,
                            )?;
                        }
                        "property" => {
                            property = rt::wire::optional_value(
                                &mut map,
                                "property",
                                &mut unknown_fields,
                            )?;
                        }
                        "returnPropertyQuota" => {
                            return_property_quota = rt::wire::optional_value(
                                &mut map,
                                "returnPropertyQuota",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RunReportRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RunReportRequest {
                    cohort_spec,
                    comparisons,
                    currency_code,
                    date_ranges,
                    dimension_filter,
                    dimensions,
                    keep_empty_rows,
                    limit,
                    metric_aggregations,
                    metric_filter,
                    metrics,
                    offset,
                    order_bys,
                    property,
                    return_property_quota,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RunReportRequestMetricAggregations {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RunReportRequestMetricAggregations {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for RunReportResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_headers {
            map.serialize_entry("dimensionHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.maximums {
            map.serialize_entry("maximums", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metric_headers {
            map.serialize_entry("metricHeaders", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.minimums {
            map.serialize_entry("minimums", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.property_quota {
            map.serialize_entry("propertyQuota", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.row_count {
            map.serialize_entry("rowCount", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.rows {
            map.serialize_entry("rows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.totals {
            map.serialize_entry("totals", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionHeaders" => self.dimension_headers.is_some(),
                "kind" => self.kind.is_some(),
                "maximums" => self.maximums.is_some(),
                "metadata" => self.metadata.is_some(),
                "metricHeaders" => self.metric_headers.is_some(),
                "minimums" => self.minimums.is_some(),
                "propertyQuota" => self.property_quota.is_some(),
                "rowCount" => self.row_count.is_some(),
                "rows" => self.rows.is_some(),
                "totals" => self.totals.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RunReportResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RunReportResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RunReportResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RunReportResponse, A::Error> {
                let mut dimension_headers = ::core::option::Option::None;
                let mut kind = ::core::option::Option::None;
                let mut maximums = ::core::option::Option::None;
                let mut metadata = ::core::option::Option::None;
                let mut metric_headers = ::core::option::Option::None;
                let mut minimums = ::core::option::Option::None;
                let mut property_quota = ::core::option::Option::None;
                let mut row_count = ::core::option::Option::None;
                let mut rows = ::core::option::Option::None;
                let mut totals = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionHeaders" => {
                            dimension_headers = rt::wire::optional_value(
                                &mut map,
                                "dimensionHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "kind" => {
                            kind = rt::wire::optional_value(
                                &mut map,
                                "kind",
                                &mut unknown_fields,
                            )?;
                        }
                        "maximums" => {
                            maximums = rt::wire::optional_value(
                                &mut map,
                                "maximums",
                                &mut unknown_fields,
                            )?;
                        }
                        "metadata" => {
                            metadata = rt::wire::optional_value(
                                &mut map,
                                "metadata",
                                &mut unknown_fields,
                            )?;
                        }
                        "metricHeaders" => {
                            metric_headers = rt::wire::optional_value(
                                &mut map,
                                "metricHeaders",
                                &mut unknown_fields,
                            )?;
                        }
                        "minimums" => {
                            minimums = rt::wire::optional_value(
                                &mut map,
                                "minimums",
                                &mut unknown_fields,
                            )?;
                        }
                        "propertyQuota" => {
                            property_quota = rt::wire::optional_value(
                                &mut map,
                                "propertyQuota",
                                &mut unknown_fields,
                            )?;
                        }
                        "rowCount" => {
                            row_count = rt::wire::optional_value(
                                &mut map,
                                "rowCount",
                                &mut unknown_fields,
                            )?;
                        }
                        "rows" => {
                            rows = rt::wire::optional_value(
                                &mut map,
                                "rows",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RunReportResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RunReportResponse {
                    dimension_headers,
                    kind,
                    maximums,
                    metadata,
                    metric_headers,
                    minimums,
                    property_quota,
                    row_count,
                    rows,
                    totals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SamplingMetadata {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.samples_read_count {
            map.serialize_entry("samplesReadCount", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.sampling_space_size {
            map.serialize_entry("samplingSpaceSize", &rt::wire::Int64(*value))?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "samplesReadCount" => self.samples_read_count.is_some(),
                "samplingSpaceSize" => self.sampling_space_size.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SamplingMetadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SamplingMetadata;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SamplingMetadata` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SamplingMetadata, A::Error> {
                let mut samples_read_count = ::core::option::Option::None;
                let mut sampling_space_size = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "samplesReadCount" => {
                            samples_read_count = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "samplesReadCount", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "samplingSpaceSize" => {
                            sampling_space_size = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "samplingSpaceSize", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SamplingMetadata",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SamplingMetadata {
                    samples_read_count,
                    sampling_space_size,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SchemaRestrictionResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.active_metric_restrictions {
            map.serialize_entry("activeMetricRestrictions", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "activeMetricRestrictions" => self.active_metric_restrictions.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SchemaRestrictionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SchemaRestrictionResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SchemaRestrictionResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SchemaRestrictionResponse, A::Error> {
                let mut active_metric_restrictions = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "activeMetricRestrictions" => {
                            active_metric_restrictions = rt::wire::optional_value(
                                &mut map,
                                "activeMetricRestrictions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SchemaRestrictionResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SchemaRestrictionResponse {
                    active_metric_restrictions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Status {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.code {
            map.serialize_entry("code", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.details {
            map.serialize_entry("details", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "code" => self.code.is_some(),
                "details" => self.details.is_some(),
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
impl<'de> ::serde::Deserialize<'de> for Status {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Status;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Status` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Status, A::Error> {
                let mut code = ::core::option::Option::None;
                let mut details = ::core::option::Option::None;
                let mut message = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "code" => {
                            code = rt::wire::optional_value(
                                &mut map,
                                "code",
                                &mut unknown_fields,
                            )?;
                        }
                        "details" => {
                            details = rt::wire::optional_value(
                                &mut map,
                                "details",
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
                                "Status",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Status {
                    code,
                    details,
                    message,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StringFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.case_sensitive {
            map.serialize_entry("caseSensitive", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.match_type {
            map.serialize_entry("matchType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "caseSensitive" => self.case_sensitive.is_some(),
                "matchType" => self.match_type.is_some(),
                "value" => self.value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StringFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StringFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StringFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StringFilter, A::Error> {
                let mut case_sensitive = ::core::option::Option::None;
                let mut match_type = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "caseSensitive" => {
                            case_sensitive = rt::wire::optional_value(
                                &mut map,
                                "caseSensitive",
                                &mut unknown_fields,
                            )?;
                        }
                        "matchType" => {
                            match_type = rt::wire::optional_value(
                                &mut map,
                                "matchType",
                                &mut unknown_fields,
                            )?;
                        }
                        "value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "value",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StringFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StringFilter {
                    case_sensitive,
                    match_type,
                    value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StringFilterMatchType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StringFilterMatchType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for V1betaAudienceDimension {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_name {
            map.serialize_entry("dimensionName", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionName" => self.dimension_name.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for V1betaAudienceDimension {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = V1betaAudienceDimension;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `V1betaAudienceDimension` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<V1betaAudienceDimension, A::Error> {
                let mut dimension_name = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionName" => {
                            dimension_name = rt::wire::optional_value(
                                &mut map,
                                "dimensionName",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "V1betaAudienceDimension",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(V1betaAudienceDimension {
                    dimension_name,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for V1betaAudienceDimensionValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "value" => self.value.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for V1betaAudienceDimensionValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = V1betaAudienceDimensionValue;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `V1betaAudienceDimensionValue` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<V1betaAudienceDimensionValue, A::Error> {
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "value",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "V1betaAudienceDimensionValue",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(V1betaAudienceDimensionValue {
                    value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for V1betaAudienceRow {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.dimension_values {
            map.serialize_entry("dimensionValues", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "dimensionValues" => self.dimension_values.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for V1betaAudienceRow {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = V1betaAudienceRow;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `V1betaAudienceRow` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<V1betaAudienceRow, A::Error> {
                let mut dimension_values = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "dimensionValues" => {
                            dimension_values = rt::wire::optional_value(
                                &mut map,
                                "dimensionValues",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "V1betaAudienceRow",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(V1betaAudienceRow {
                    dimension_values,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
