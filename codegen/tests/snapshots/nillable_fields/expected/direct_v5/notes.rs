// @generated from schema/direct_v5/notes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Notes service: `POST /json/v5/notes`.
//!
//! Generated from `schema/direct_v5/notes.json`.
use ::yandex_direct::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Notes",
        endpoint: "notes",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Notes.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: UPDATE.info,
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
        self.client.call(&UPDATE.info, &params).await
    }
}
/// Used in `UpdateRequest::notes`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Note {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// `null` clears the date; absent leaves it.
    pub end_date: rt::Nullable<::std::string::String>,
    /// Required; may be `null`. Sent as `Score`.
    pub score: ::core::option::Option<f64>,
    /// Optional. Sent as `Tags`.
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Required. Sent as `Flags`.
    pub flags: ::std::vec::Vec<bool>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Note {
    /// A `Note` with its required fields (`Id`, `Flags`); the others start absent.
    pub fn new(
        id: i64,
        flags: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<bool>>,
    ) -> Self {
        Self {
            id,
            title: ::core::option::Option::None,
            end_date: rt::Nullable::Absent,
            score: ::core::option::Option::None,
            tags: ::core::option::Option::None,
            flags: flags.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `EndDate`.
    #[inline]
    #[must_use]
    pub fn with_end_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = rt::Nullable::Value(value.into());
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
    pub fn with_tags(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Notes.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. At most 10 items per call of `Notes.update`. Sent as `Notes`.
    pub notes: ::std::vec::Vec<Note>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Notes`); the others start absent.
    pub fn new(
        notes: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<Note>>,
    ) -> Self {
        Self {
            notes: notes.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Notes.update`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// Optional. Sent as `Ids`.
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
    pub fn with_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
