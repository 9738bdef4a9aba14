// @generated from schema/direct_v5/businesses.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Businesses service: `POST /json/v5/businesses`.
//!
//! Generated from `schema/direct_v5/businesses.json` (upstream `businesses.xml`, sha256 `5a9bdce65de437b669267e181827fb5c376a86438f61ff6733be1d4bc2135a8b`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Businesses",
        endpoint: "businesses",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Businesses.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
];
/// The Businesses service (`POST /json/v5/businesses`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct BusinessesService<'a> {
    client: &'a rt::Client,
}
impl<'a> BusinessesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Businesses.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Businesses.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<BusinessGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Businesses.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 11 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BusinessFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Name`.
    Name,
    /// Sent as `Address`.
    Address,
    /// Sent as `Phone`.
    Phone,
    /// Sent as `ProfileUrl`.
    ProfileUrl,
    /// Sent as `InternalUrl`.
    InternalUrl,
    /// Sent as `IsPublished`.
    IsPublished,
    /// Sent as `MergedIds`.
    MergedIds,
    /// Sent as `Rubric`.
    Rubric,
    /// Sent as `Urls`.
    Urls,
    /// Sent as `HasOffice`.
    HasOffice,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BusinessFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Name,
        Self::Address,
        Self::Phone,
        Self::ProfileUrl,
        Self::InternalUrl,
        Self::IsPublished,
        Self::MergedIds,
        Self::Rubric,
        Self::Urls,
        Self::HasOffice,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Name => "Name",
            Self::Address => "Address",
            Self::Phone => "Phone",
            Self::ProfileUrl => "ProfileUrl",
            Self::InternalUrl => "InternalUrl",
            Self::IsPublished => "IsPublished",
            Self::MergedIds => "MergedIds",
            Self::Rubric => "Rubric",
            Self::Urls => "Urls",
            Self::HasOffice => "HasOffice",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Name" => Self::Name,
            "Address" => Self::Address,
            "Phone" => Self::Phone,
            "ProfileUrl" => Self::ProfileUrl,
            "InternalUrl" => Self::InternalUrl,
            "IsPublished" => Self::IsPublished,
            "MergedIds" => Self::MergedIds,
            "Rubric" => Self::Rubric,
            "Urls" => Self::Urls,
            "HasOffice" => Self::HasOffice,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BusinessFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BusinessFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetResponse::businesses`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BusinessGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Address`.
    pub address: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `ProfileUrl`.
    pub profile_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `InternalUrl`.
    pub internal_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `IsPublished`.
    pub is_published: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MergedIds`.
    pub merged_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `Rubric`.
    pub rubric: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Urls`.
    pub urls: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `HasOffice`.
    pub has_office: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BusinessGetItem {
    /// An empty `BusinessGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            address: rt::Nullable::Absent,
            phone: ::core::option::Option::None,
            profile_url: ::core::option::Option::None,
            internal_url: ::core::option::Option::None,
            is_published: ::core::option::Option::None,
            merged_ids: rt::Nullable::Absent,
            rubric: ::core::option::Option::None,
            urls: rt::Nullable::Absent,
            has_office: ::core::option::Option::None,
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
    /// Sets `Address`.
    #[inline]
    #[must_use]
    pub fn with_address(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ProfileUrl`.
    #[inline]
    #[must_use]
    pub fn with_profile_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.profile_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `InternalUrl`.
    #[inline]
    #[must_use]
    pub fn with_internal_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `IsPublished`.
    #[inline]
    #[must_use]
    pub fn with_is_published(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_published = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MergedIds`.
    #[inline]
    #[must_use]
    pub fn with_merged_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.merged_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `Rubric`.
    #[inline]
    #[must_use]
    pub fn with_rubric(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.rubric = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Urls`.
    #[inline]
    #[must_use]
    pub fn with_urls(mut self, value: super::general::ArrayOfString) -> Self {
        self.urls = rt::Nullable::Value(value);
        self
    }
    /// Sets `HasOffice`.
    #[inline]
    #[must_use]
    pub fn with_has_office(mut self, value: super::general::YesNoEnum) -> Self {
        self.has_office = ::core::option::Option::Some(value);
        self
    }
}
/// The `params` of `Businesses.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<super::general::IdsCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<BusinessFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BusinessFieldEnum>,
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
/// The `result` of `Businesses.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Businesses`.
    pub businesses: ::core::option::Option<::std::vec::Vec<BusinessGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            businesses: ::core::option::Option::None,
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
    /// Sets `Businesses`.
    #[inline]
    #[must_use]
    pub fn with_businesses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BusinessGetItem>,
        >,
    ) -> Self {
        self.businesses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
