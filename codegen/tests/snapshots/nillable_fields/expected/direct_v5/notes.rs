// @generated from schema/direct_v5/notes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Notes service: `POST /json/v5/notes`.
//!
//! Generated from `schema/direct_v5/notes.json`.
use ::yandex_direct::runtime as rt;
/// `Notes.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Notes",
    endpoint: "notes",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: UPDATE,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
];
/// The Notes service (`POST /json/v5/notes`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct NotesService<'a> {
    client: &'a rt::Client,
}
impl<'a> NotesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Notes.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// At most 10 items in `Notes` per call.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
}
/// `Note` (`schema/direct_v5/notes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Note {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Title`: `xsd:string` (optional).
    pub title: ::core::option::Option<::std::string::String>,
    /// `EndDate`: `xsd:date` (optional, nillable). `null` clears the date; absent leaves it.
    pub end_date: rt::Nullable<::std::string::String>,
    /// `Score`: `xsd:double` (required, nillable).
    pub score: ::core::option::Option<f64>,
    /// `Tags`: array of `xsd:string` (optional).
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Flags`: array of `xsd:boolean` (required).
    pub flags: ::std::vec::Vec<bool>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Note {
    /// A `Note` with its required fields (`Id`, `Flags`); the others start absent.
    pub fn new(id: i64, flags: ::std::vec::Vec<bool>) -> Self {
        Self {
            id,
            title: ::core::option::Option::None,
            end_date: rt::Nullable::Absent,
            score: ::core::option::Option::None,
            tags: ::core::option::Option::None,
            flags,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(mut self, value: ::std::string::String) -> Self {
        self.title = ::core::option::Option::Some(value);
        self
    }
    /// Sets `EndDate`.
    #[inline]
    #[must_use]
    pub fn with_end_date(mut self, value: ::std::string::String) -> Self {
        self.end_date = rt::Nullable::Value(value);
        self
    }
    /// Sets `Score`.
    #[inline]
    #[must_use]
    pub fn with_score(mut self, value: f64) -> Self {
        self.score = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tags`.
    #[inline]
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for Note {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if self.end_date.is_present() {
            map.serialize_entry("EndDate", &self.end_date)?;
        }
        map.serialize_entry("Score", &self.score)?;
        if let ::core::option::Option::Some(value) = &self.tags {
            map.serialize_entry("Tags", value)?;
        }
        map.serialize_entry("Flags", &self.flags)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Note {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Note;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Note` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Note, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut end_date = rt::Nullable::Absent;
                let mut score = ::core::option::Option::None;
                let mut tags = ::core::option::Option::None;
                let mut flags = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "EndDate" => end_date = map.next_value()?,
                        "Score" => {
                            score = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Tags" => {
                            tags = rt::wire::optional_value(
                                &mut map,
                                "Tags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Flags" => {
                            flags = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Note",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Note {
                    id: rt::wire::required(id, "Id")?,
                    title,
                    end_date,
                    score: rt::wire::required(score, "Score")?,
                    tags,
                    flags: rt::wire::required(flags, "Flags")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateRequest` (`schema/direct_v5/notes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Notes`: array of `Note` (required).
    pub notes: ::std::vec::Vec<Note>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Notes`); the others start absent.
    pub fn new(notes: ::std::vec::Vec<Note>) -> Self {
        Self {
            notes,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Notes", &self.notes)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateRequest, A::Error> {
                let mut notes = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Notes" => {
                            notes = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateRequest {
                    notes: rt::wire::required(notes, "Notes")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/notes.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// An empty `UpdateResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Ids`.
    #[inline]
    #[must_use]
    pub fn with_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateResponse, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateResponse {
                    ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
