// @generated from schema/direct_v5/adextensions.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The AdExtensions service: `POST /json/v5/adextensions`.
//!
//! Generated from `schema/direct_v5/adextensions.json` (upstream `adextensions.xml`, sha256 `915dd35de9d7e1792d14d7ad9d07baa8f7e03d4f33392837a61f0ce58eaa6b22`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "AdExtensions",
        endpoint: "adextensions",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `AdExtensions.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `AdExtensions.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `AdExtensions.delete` (write): the method with its request and response types, as the client's generic calls take it.
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
/// The AdExtensions service (`POST /json/v5/adextensions`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct AdExtensionsService<'a> {
    client: &'a rt::Client,
}
impl<'a> AdExtensionsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `AdExtensions.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `AdExtensions.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `AdExtensions.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `AdExtensions.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<AdExtensionGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `AdExtensions.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Type`.
    Type,
    /// Sent as `State`.
    State,
    /// Sent as `Status`.
    Status,
    /// Sent as `StatusClarification`.
    StatusClarification,
    /// Sent as `Associated`.
    Associated,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdExtensionFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Type,
        Self::State,
        Self::Status,
        Self::StatusClarification,
        Self::Associated,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Type => "Type",
            Self::State => "State",
            Self::Status => "Status",
            Self::StatusClarification => "StatusClarification",
            Self::Associated => "Associated",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Type" => Self::Type,
            "State" => Self::State,
            "Status" => Self::Status,
            "StatusClarification" => Self::StatusClarification,
            "Associated" => Self::Associated,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdExtensionFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdExtensionFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::callout_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CalloutFieldEnum {
    /// Sent as `CalloutText`.
    CalloutText,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CalloutFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::CalloutText];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CalloutText => "CalloutText",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CalloutText" => Self::CalloutText,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CalloutFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CalloutFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetResponse::ad_extensions`. Extends `adextensiontypes:AdExtensionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtensionGetItem {
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<super::adextensiontypes::AdExtensionTypeEnum>,
    /// Optional. Sent as `Callout`.
    pub callout: ::core::option::Option<super::adextensiontypes::Callout>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Associated`.
    pub associated: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionGetItem {
    /// An empty `AdExtensionGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            type_: ::core::option::Option::None,
            callout: ::core::option::Option::None,
            state: ::core::option::Option::None,
            status: ::core::option::Option::None,
            status_clarification: ::core::option::Option::None,
            id: ::core::option::Option::None,
            associated: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(
        mut self,
        value: super::adextensiontypes::AdExtensionTypeEnum,
    ) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Callout`.
    #[inline]
    #[must_use]
    pub fn with_callout(mut self, value: super::adextensiontypes::Callout) -> Self {
        self.callout = ::core::option::Option::Some(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_clarification = ::core::option::Option::Some(value.into());
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
/// Used in `AddRequest::ad_extensions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtensionAddItem {
    /// Optional. Sent as `Callout`.
    pub callout: ::core::option::Option<super::adextensiontypes::Callout>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionAddItem {
    /// An empty `AdExtensionAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            callout: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Callout`.
    #[inline]
    #[must_use]
    pub fn with_callout(mut self, value: super::adextensiontypes::Callout) -> Self {
        self.callout = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtensionsSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<
        ::std::vec::Vec<super::adextensiontypes::AdExtensionTypeEnum>,
    >,
    /// Optional. Sent as `States`.
    pub states: ::core::option::Option<
        ::std::vec::Vec<super::adextensiontypes::AdExtensionStateSelectionEnum>,
    >,
    /// Optional. Sent as `Statuses`.
    pub statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// Optional. Sent as `ModifiedSince`.
    pub modified_since: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionsSelectionCriteria {
    /// An empty `AdExtensionsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            states: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            modified_since: ::core::option::Option::None,
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
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::adextensiontypes::AdExtensionTypeEnum,
            >,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::adextensiontypes::AdExtensionStateSelectionEnum,
            >,
        >,
    ) -> Self {
        self.states = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Statuses`.
    #[inline]
    #[must_use]
    pub fn with_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::general::ExtensionStatusSelectionEnum,
            >,
        >,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ModifiedSince`.
    #[inline]
    #[must_use]
    pub fn with_modified_since(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.modified_since = ::core::option::Option::Some(value.into());
        self
    }
}
/// The `params` of `AdExtensions.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: AdExtensionsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<AdExtensionFieldEnum>,
    /// Optional. Sent as `CalloutFieldNames`.
    pub callout_field_names: ::core::option::Option<::std::vec::Vec<CalloutFieldEnum>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: AdExtensionsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            callout_field_names: ::core::option::Option::None,
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
    /// Sets `CalloutFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_callout_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CalloutFieldEnum>,
        >,
    ) -> Self {
        self.callout_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `AdExtensions.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            ad_extensions: ::core::option::Option::None,
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
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `AdExtensions.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `AdExtensions`.
    pub ad_extensions: ::std::vec::Vec<AdExtensionAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`AdExtensions`); the others start absent.
    pub fn new(
        ad_extensions: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAddItem>,
        >,
    ) -> Self {
        Self {
            ad_extensions: ad_extensions
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AdExtensions.add`.
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
/// The `params` of `AdExtensions.delete`.
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
/// The `result` of `AdExtensions.delete`.
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
