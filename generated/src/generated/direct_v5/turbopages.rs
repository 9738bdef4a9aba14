// @generated from schema/direct_v5/turbopages.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The TurboPages service: `POST /json/v5/turbopages`.
//!
//! Generated from `schema/direct_v5/turbopages.json` (upstream `turbopages.xml`, sha256 `b5ade5cb11ded74e978d80d9ca13f4f22b1897610f4eb55327976f7316dfaacd`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "TurboPages",
        endpoint: "turbopages",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `TurboPages.get` (read): the method with its request and response types, as the client's generic calls take it.
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
/// The TurboPages service (`POST /json/v5/turbopages`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct TurboPagesService<'a> {
    client: &'a rt::Client,
}
impl<'a> TurboPagesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `TurboPages.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `TurboPages.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<TurboPageGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `TurboPages.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TurboPageFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Name`.
    Name,
    /// Sent as `Href`.
    Href,
    /// Sent as `PreviewHref`.
    PreviewHref,
    /// Sent as `TurboSiteHref`.
    TurboSiteHref,
    /// Sent as `BoundWithHref`.
    BoundWithHref,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TurboPageFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Name,
        Self::Href,
        Self::PreviewHref,
        Self::TurboSiteHref,
        Self::BoundWithHref,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Name => "Name",
            Self::Href => "Href",
            Self::PreviewHref => "PreviewHref",
            Self::TurboSiteHref => "TurboSiteHref",
            Self::BoundWithHref => "BoundWithHref",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Name" => Self::Name,
            "Href" => Self::Href,
            "PreviewHref" => Self::PreviewHref,
            "TurboSiteHref" => Self::TurboSiteHref,
            "BoundWithHref" => Self::BoundWithHref,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TurboPageFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TurboPageFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TurboPagesSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `BoundWithHrefs`.
    pub bound_with_hrefs: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TurboPagesSelectionCriteria {
    /// An empty `TurboPagesSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            bound_with_hrefs: ::core::option::Option::None,
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
    /// Sets `BoundWithHrefs`.
    #[inline]
    #[must_use]
    pub fn with_bound_with_hrefs(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.bound_with_hrefs = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::turbo_pages`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TurboPageGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `PreviewHref`.
    pub preview_href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TurboSiteHref`.
    pub turbo_site_href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `BoundWithHref`.
    pub bound_with_href: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TurboPageGetItem {
    /// An empty `TurboPageGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            href: ::core::option::Option::None,
            preview_href: ::core::option::Option::None,
            turbo_site_href: ::core::option::Option::None,
            bound_with_href: ::core::option::Option::None,
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
    /// Sets `PreviewHref`.
    #[inline]
    #[must_use]
    pub fn with_preview_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.preview_href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TurboSiteHref`.
    #[inline]
    #[must_use]
    pub fn with_turbo_site_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.turbo_site_href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `BoundWithHref`.
    #[inline]
    #[must_use]
    pub fn with_bound_with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.bound_with_href = ::core::option::Option::Some(value.into());
        self
    }
}
/// The `params` of `TurboPages.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<TurboPagesSelectionCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<TurboPageFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TurboPageFieldEnum>,
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
        value: TurboPagesSelectionCriteria,
    ) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
        self
    }
}
/// The `result` of `TurboPages.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `TurboPages`.
    pub turbo_pages: ::core::option::Option<::std::vec::Vec<TurboPageGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            turbo_pages: ::core::option::Option::None,
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
    /// Sets `TurboPages`.
    #[inline]
    #[must_use]
    pub fn with_turbo_pages(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TurboPageGetItem>,
        >,
    ) -> Self {
        self.turbo_pages = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
