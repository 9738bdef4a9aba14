// @generated from schema/ga4_data/v1test.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of the types of `schema/ga4_data/v1test.json`, which nothing calls by name: unknown keys and explicit
//! `null`s are kept, `int64` values travel as strings.
use ::yandex_direct_runtime as rt;
use super::*;
impl ::serde::Serialize for Empty {
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
impl<'de> ::serde::Deserialize<'de> for Empty {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Empty;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Empty` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Empty, A::Error> {
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    rt::wire::unknown_field(
                        &mut map,
                        key,
                        &mut unknown_fields,
                        "Empty",
                    )?;
                }
                ::core::result::Result::Ok(Empty { unknown_fields })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ListPartsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.parts {
            map.serialize_entry("parts", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "nextPageToken" => self.next_page_token.is_some(),
                "parts" => self.parts.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListPartsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListPartsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListPartsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListPartsResponse, A::Error> {
                let mut next_page_token = ::core::option::Option::None;
                let mut parts = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "nextPageToken" => {
                            next_page_token = rt::wire::optional_value(
                                &mut map,
                                "nextPageToken",
                                &mut unknown_fields,
                            )?;
                        }
                        "parts" => {
                            parts = rt::wire::optional_value(
                                &mut map,
                                "parts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListPartsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListPartsResponse {
                    next_page_token,
                    parts,
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
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "done" => self.done.is_some(),
                "error" => self.error.is_some(),
                "metadata" => self.metadata.is_some(),
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
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Part {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("id", &rt::wire::UInt64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.owner {
            map.serialize_entry("owner", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "id" => self.id.is_some(),
                "owner" => self.owner.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Part {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Part;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Part` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Part, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut owner = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "id" => {
                            id = rt::wire::optional_value::<
                                _,
                                rt::wire::UInt64,
                            >(&mut map, "id", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "owner" => {
                            owner = rt::wire::optional_value(
                                &mut map,
                                "owner",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Part",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Part { id, owner, unknown_fields })
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
impl ::serde::Serialize for Thing {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.colors {
            map.serialize_entry("colors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.count {
            map.serialize_entry("count", &rt::wire::Int64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.fresh {
            map.serialize_entry("fresh", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.inner {
            map.serialize_entry("inner", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.labels {
            map.serialize_entry("labels", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.legacy {
            map.serialize_entry("legacy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.parts {
            map.serialize_entry("parts", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.rank {
            map.serialize_entry("rank", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ratio {
            map.serialize_entry("ratio", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serial {
            map.serialize_entry("serial", &rt::wire::UInt64(*value))?;
        }
        if let ::core::option::Option::Some(value) = &self.sizes {
            map.serialize_entry("sizes", &rt::wire::Int64Slice(value))?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tags {
            map.serialize_entry("tags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weight {
            map.serialize_entry("weight", value)?;
        }
        for (key, value) in &self.unknown_fields {
            let shadowed = match key.as_str() {
                "colors" => self.colors.is_some(),
                "count" => self.count.is_some(),
                "createTime" => self.create_time.is_some(),
                "fresh" => self.fresh.is_some(),
                "inner" => self.inner.is_some(),
                "labels" => self.labels.is_some(),
                "legacy" => self.legacy.is_some(),
                "name" => self.name.is_some(),
                "parts" => self.parts.is_some(),
                "rank" => self.rank.is_some(),
                "ratio" => self.ratio.is_some(),
                "serial" => self.serial.is_some(),
                "sizes" => self.sizes.is_some(),
                "state" => self.state.is_some(),
                "tags" => self.tags.is_some(),
                "type" => self.type_.is_some(),
                "weight" => self.weight.is_some(),
                _ => false,
            };
            if !shadowed {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Thing {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Thing;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Thing` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Thing, A::Error> {
                let mut colors = ::core::option::Option::None;
                let mut count = ::core::option::Option::None;
                let mut create_time = ::core::option::Option::None;
                let mut fresh = ::core::option::Option::None;
                let mut inner = ::core::option::Option::None;
                let mut labels = ::core::option::Option::None;
                let mut legacy = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut parts = ::core::option::Option::None;
                let mut rank = ::core::option::Option::None;
                let mut ratio = ::core::option::Option::None;
                let mut serial = ::core::option::Option::None;
                let mut sizes = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut tags = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut weight = ::core::option::Option::None;
                let mut unknown_fields = rt::wire::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "colors" => {
                            colors = rt::wire::optional_value(
                                &mut map,
                                "colors",
                                &mut unknown_fields,
                            )?;
                        }
                        "count" => {
                            count = rt::wire::optional_value::<
                                _,
                                rt::wire::Int64,
                            >(&mut map, "count", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "createTime" => {
                            create_time = rt::wire::optional_value(
                                &mut map,
                                "createTime",
                                &mut unknown_fields,
                            )?;
                        }
                        "fresh" => {
                            fresh = rt::wire::optional_value(
                                &mut map,
                                "fresh",
                                &mut unknown_fields,
                            )?;
                        }
                        "inner" => {
                            inner = rt::wire::optional_value(
                                &mut map,
                                "inner",
                                &mut unknown_fields,
                            )?;
                        }
                        "labels" => {
                            labels = rt::wire::optional_value(
                                &mut map,
                                "labels",
                                &mut unknown_fields,
                            )?;
                        }
                        "legacy" => {
                            legacy = rt::wire::optional_value(
                                &mut map,
                                "legacy",
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
                        "parts" => {
                            parts = rt::wire::optional_value(
                                &mut map,
                                "parts",
                                &mut unknown_fields,
                            )?;
                        }
                        "rank" => {
                            rank = rt::wire::optional_value(
                                &mut map,
                                "rank",
                                &mut unknown_fields,
                            )?;
                        }
                        "ratio" => {
                            ratio = rt::wire::optional_value(
                                &mut map,
                                "ratio",
                                &mut unknown_fields,
                            )?;
                        }
                        "serial" => {
                            serial = rt::wire::optional_value::<
                                _,
                                rt::wire::UInt64,
                            >(&mut map, "serial", &mut unknown_fields)?
                                .map(|v| v.0);
                        }
                        "sizes" => {
                            sizes = rt::wire::optional_value::<
                                _,
                                ::std::vec::Vec<rt::wire::Int64>,
                            >(&mut map, "sizes", &mut unknown_fields)?
                                .map(|values| values.into_iter().map(|v| v.0).collect());
                        }
                        "state" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "state",
                                &mut unknown_fields,
                            )?;
                        }
                        "tags" => {
                            tags = rt::wire::optional_value(
                                &mut map,
                                "tags",
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
                        "weight" => {
                            weight = rt::wire::optional_value(
                                &mut map,
                                "weight",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Thing",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Thing {
                    colors,
                    count,
                    create_time,
                    fresh,
                    inner,
                    labels,
                    legacy,
                    name,
                    parts,
                    rank,
                    ratio,
                    serial,
                    sizes,
                    state,
                    tags,
                    type_,
                    weight,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ThingColors {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ThingColors {
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
impl ::serde::Serialize for ThingState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ThingState {
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
