// @generated from schema/direct_v5/negativekeywordsharedsets.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The NegativeKeywordSharedSets service: `POST /json/v5/negativekeywordsharedsets`.
//!
//! Generated from `schema/direct_v5/negativekeywordsharedsets.json` (upstream `negativekeywordsharedsets.xml`, sha256 `06c3d9943b3f0661c5ec4fe5b7ca641bb035cfdfc8abf550a8afff8f1681083a`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "NegativeKeywordSharedSets",
        endpoint: "negativekeywordsharedsets",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `NegativeKeywordSharedSets.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `NegativeKeywordSharedSets.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `NegativeKeywordSharedSets.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `NegativeKeywordSharedSets.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: UPDATE.info,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: DELETE.info,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
];
/// The NegativeKeywordSharedSets service (`POST /json/v5/negativekeywordsharedsets`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct NegativeKeywordSharedSetsService<'a> {
    client: &'a rt::Client,
}
impl<'a> NegativeKeywordSharedSetsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `NegativeKeywordSharedSets.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `NegativeKeywordSharedSets.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `NegativeKeywordSharedSets.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `NegativeKeywordSharedSets.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `NegativeKeywordSharedSets.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<
        rt::AllPages<NegativeKeywordSharedSetGetItem>,
        rt::Error,
    > {
        self.client.get_all(&GET, params).await
    }
    /// `NegativeKeywordSharedSets.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NegativeKeywordSharedSetFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Name`.
    Name,
    /// Sent as `NegativeKeywords`.
    NegativeKeywords,
    /// Sent as `Associated`.
    Associated,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl NegativeKeywordSharedSetFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Name,
        Self::NegativeKeywords,
        Self::Associated,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Name => "Name",
            Self::NegativeKeywords => "NegativeKeywords",
            Self::Associated => "Associated",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Name" => Self::Name,
            "NegativeKeywords" => Self::NegativeKeywords,
            "Associated" => Self::Associated,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for NegativeKeywordSharedSetFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for NegativeKeywordSharedSetFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Extended by `NegativeKeywordSharedSetGetItem`, `NegativeKeywordSharedSetUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NegativeKeywordSharedSetBase {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `NegativeKeywords`.
    pub negative_keywords: ::core::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NegativeKeywordSharedSetBase {
    /// An empty `NegativeKeywordSharedSetBase`: every field absent.
    pub fn new() -> Self {
        Self {
            name: ::core::option::Option::None,
            negative_keywords: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.negative_keywords = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::negative_keyword_shared_sets`. Extends `NegativeKeywordSharedSetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NegativeKeywordSharedSetGetItem {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `NegativeKeywords`.
    pub negative_keywords: ::core::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Associated`.
    pub associated: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NegativeKeywordSharedSetGetItem {
    /// An empty `NegativeKeywordSharedSetGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            name: ::core::option::Option::None,
            negative_keywords: ::core::option::Option::None,
            id: ::core::option::Option::None,
            associated: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.negative_keywords = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Associated`.
    #[inline]
    #[must_use]
    pub fn with_associated(mut self, value: super::general::YesNoEnum) -> Self {
        self.associated = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UpdateRequest::negative_keyword_shared_sets`. Extends `NegativeKeywordSharedSetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NegativeKeywordSharedSetUpdateItem {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `NegativeKeywords`.
    pub negative_keywords: ::core::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NegativeKeywordSharedSetUpdateItem {
    /// A `NegativeKeywordSharedSetUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            name: ::core::option::Option::None,
            negative_keywords: ::core::option::Option::None,
            id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.negative_keywords = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AddRequest::negative_keyword_shared_sets`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NegativeKeywordSharedSetAddItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `NegativeKeywords`.
    pub negative_keywords: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NegativeKeywordSharedSetAddItem {
    /// A `NegativeKeywordSharedSetAddItem` with its required fields (`Name`, `NegativeKeywords`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        negative_keywords: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            negative_keywords: negative_keywords
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `NegativeKeywordSharedSets.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<super::general::IdsCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<NegativeKeywordSharedSetFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<NegativeKeywordSharedSetFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
}
/// The `result` of `NegativeKeywordSharedSets.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `NegativeKeywordSharedSets`.
    pub negative_keyword_shared_sets: ::core::option::Option<
        ::std::vec::Vec<NegativeKeywordSharedSetGetItem>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            negative_keyword_shared_sets: ::core::option::Option::None,
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
    /// Sets `NegativeKeywordSharedSets`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_sets(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<NegativeKeywordSharedSetGetItem>,
        >,
    ) -> Self {
        self.negative_keyword_shared_sets = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `NegativeKeywordSharedSets.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `NegativeKeywordSharedSets`.
    pub negative_keyword_shared_sets: ::std::vec::Vec<NegativeKeywordSharedSetAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`NegativeKeywordSharedSets`); the others start absent.
    pub fn new(
        negative_keyword_shared_sets: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<NegativeKeywordSharedSetAddItem>,
        >,
    ) -> Self {
        Self {
            negative_keyword_shared_sets: negative_keyword_shared_sets
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `NegativeKeywordSharedSets.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddResponse {
    /// Required. Sent as `AddResults`.
    pub add_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// A `AddResponse` with its required fields (`AddResults`); the others start absent.
    pub fn new(
        add_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            add_results: add_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `NegativeKeywordSharedSets.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `NegativeKeywordSharedSets`.
    pub negative_keyword_shared_sets: ::std::vec::Vec<
        NegativeKeywordSharedSetUpdateItem,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`NegativeKeywordSharedSets`); the others start absent.
    pub fn new(
        negative_keyword_shared_sets: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<NegativeKeywordSharedSetUpdateItem>,
        >,
    ) -> Self {
        Self {
            negative_keyword_shared_sets: negative_keyword_shared_sets
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `NegativeKeywordSharedSets.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// Required. Sent as `UpdateResults`.
    pub update_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(
        update_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            update_results: update_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `NegativeKeywordSharedSets.delete`.
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
/// The `result` of `NegativeKeywordSharedSets.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Required. Sent as `DeleteResults`.
    pub delete_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// A `DeleteResponse` with its required fields (`DeleteResults`); the others start absent.
    pub fn new(
        delete_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            delete_results: delete_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
