// @generated from schema/direct_v5/sitelinks.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Sitelinks service: `POST /json/v5/sitelinks`.
//!
//! Generated from `schema/direct_v5/sitelinks.json` (upstream `sitelinks.xml`, sha256 `03b1887e38c72505c8484aec4c855e453c1bec9feca635900de63ac434d7d58b`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Sitelinks",
        endpoint: "sitelinks",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Sitelinks.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Sitelinks.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Sitelinks.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: DELETE.info,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
];
/// The Sitelinks service (`POST /json/v5/sitelinks`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct SitelinksService<'a> {
    client: &'a rt::Client,
}
impl<'a> SitelinksService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Sitelinks.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `Sitelinks.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Sitelinks.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `Sitelinks.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<SitelinksSetGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Sitelinks.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SitelinksSetFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Sitelinks`.
    Sitelinks,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SitelinksSetFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Id, Self::Sitelinks];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Sitelinks => "Sitelinks",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Sitelinks" => Self::Sitelinks,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SitelinksSetFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SitelinksSetFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `SitelinksSetAddItem::sitelinks`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SitelinkAddItem {
    /// Required. Sent as `Title`.
    pub title: ::std::string::String,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Description`.
    pub description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SitelinkAddItem {
    /// A `SitelinkAddItem` with its required fields (`Title`); the others start absent.
    pub fn new(title: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            title: title.into(),
            href: ::core::option::Option::None,
            description: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SitelinksSetGetItem::sitelinks`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SitelinkGetItem {
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Description`.
    pub description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SitelinkGetItem {
    /// An empty `SitelinkGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            title: ::core::option::Option::None,
            href: rt::Nullable::Absent,
            description: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
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
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AddRequest::sitelinks_sets`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SitelinksSetAddItem {
    /// Required. Sent as `Sitelinks`.
    pub sitelinks: ::std::vec::Vec<SitelinkAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SitelinksSetAddItem {
    /// A `SitelinksSetAddItem` with its required fields (`Sitelinks`); the others start absent.
    pub fn new(
        sitelinks: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SitelinkAddItem>,
        >,
    ) -> Self {
        Self {
            sitelinks: sitelinks.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::sitelinks_sets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SitelinksSetGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Sitelinks`.
    pub sitelinks: ::core::option::Option<::std::vec::Vec<SitelinkGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SitelinksSetGetItem {
    /// An empty `SitelinksSetGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            sitelinks: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Sitelinks`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SitelinkGetItem>,
        >,
    ) -> Self {
        self.sitelinks = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Sitelinks.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `SitelinksSets`.
    pub sitelinks_sets: ::std::vec::Vec<SitelinksSetAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`SitelinksSets`); the others start absent.
    pub fn new(
        sitelinks_sets: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SitelinksSetAddItem>,
        >,
    ) -> Self {
        Self {
            sitelinks_sets: sitelinks_sets
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Sitelinks.add`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `AddResults`.
    pub add_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// An empty `AddResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            add_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AddResults`.
    #[inline]
    #[must_use]
    pub fn with_add_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetRequest::sitelink_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SitelinkFieldEnum {
    /// Sent as `Title`.
    Title,
    /// Sent as `Href`.
    Href,
    /// Sent as `Description`.
    Description,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SitelinkFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Title,
        Self::Href,
        Self::Description,
        Self::TurboPageId,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Title => "Title",
            Self::Href => "Href",
            Self::Description => "Description",
            Self::TurboPageId => "TurboPageId",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Title" => Self::Title,
            "Href" => Self::Href,
            "Description" => Self::Description,
            "TurboPageId" => Self::TurboPageId,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SitelinkFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SitelinkFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The `params` of `Sitelinks.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<super::general::IdsCriteria>,
    /// Optional. Sent as `FieldNames`.
    pub field_names: ::core::option::Option<::std::vec::Vec<SitelinksSetFieldEnum>>,
    /// Optional. Sent as `SitelinkFieldNames`.
    pub sitelink_field_names: ::core::option::Option<::std::vec::Vec<SitelinkFieldEnum>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// An empty `GetRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names: ::core::option::Option::None,
            sitelink_field_names: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Page`.
    #[inline]
    #[must_use]
    pub fn with_page(mut self, value: super::general::LimitOffset) -> Self {
        self.page = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(
        mut self,
        value: super::general::IdsCriteria,
    ) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FieldNames`.
    #[inline]
    #[must_use]
    pub fn with_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SitelinksSetFieldEnum>,
        >,
    ) -> Self {
        self.field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SitelinkFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SitelinkFieldEnum>,
        >,
    ) -> Self {
        self.sitelink_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `Sitelinks.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `SitelinksSets`.
    pub sitelinks_sets: ::core::option::Option<::std::vec::Vec<SitelinksSetGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            sitelinks_sets: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LimitedBy`.
    #[inline]
    #[must_use]
    pub fn with_limited_by(mut self, value: i64) -> Self {
        self.limited_by = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SitelinksSets`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_sets(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SitelinksSetGetItem>,
        >,
    ) -> Self {
        self.sitelinks_sets = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Sitelinks.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteRequest {
    /// A `DeleteRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Sitelinks.delete`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Optional. Sent as `DeleteResults`.
    pub delete_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// An empty `DeleteResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            delete_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `DeleteResults`.
    #[inline]
    #[must_use]
    pub fn with_delete_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.delete_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
