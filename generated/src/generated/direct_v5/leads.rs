// @generated from schema/direct_v5/leads.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Leads service: `POST /json/v5/leads`.
//!
//! Generated from `schema/direct_v5/leads.json` (upstream `leads.xml`, sha256 `533fd2975d79d980a706bb6e6f15836b65bdfffc55b8e9b74852d171549d409a`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Leads",
        endpoint: "leads",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Leads.get` (read): the method with its request and response types, as the client's generic calls take it.
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
/// The Leads service (`POST /json/v5/leads`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct LeadsService<'a> {
    client: &'a rt::Client,
}
impl<'a> LeadsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Leads.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Leads.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<LeadGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Leads.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeadFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `SubmittedAt`.
    SubmittedAt,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageName`.
    TurboPageName,
    /// Sent as `Data`.
    Data,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl LeadFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::SubmittedAt,
        Self::TurboPageId,
        Self::TurboPageName,
        Self::Data,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::SubmittedAt => "SubmittedAt",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageName => "TurboPageName",
            Self::Data => "Data",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "SubmittedAt" => Self::SubmittedAt,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageName" => Self::TurboPageName,
            "Data" => Self::Data,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for LeadFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for LeadFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeadsSelectionCriteria {
    /// Required. Sent as `TurboPageIds`.
    pub turbo_page_ids: ::std::vec::Vec<i64>,
    /// Optional. Sent as `DateTimeFrom`.
    pub date_time_from: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `DateTimeTo`.
    pub date_time_to: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LeadsSelectionCriteria {
    /// A `LeadsSelectionCriteria` with its required fields (`TurboPageIds`); the others start absent.
    pub fn new(
        turbo_page_ids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<i64>,
        >,
    ) -> Self {
        Self {
            turbo_page_ids: turbo_page_ids
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            date_time_from: ::core::option::Option::None,
            date_time_to: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `DateTimeFrom`.
    #[inline]
    #[must_use]
    pub fn with_date_time_from(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date_time_from = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `DateTimeTo`.
    #[inline]
    #[must_use]
    pub fn with_date_time_to(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date_time_to = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `LeadGetItem::data`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeadDataItem {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Value`.
    pub value: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LeadDataItem {
    /// A `LeadDataItem` with its required fields (`Name`, `Value`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `GetResponse::leads`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeadGetItem {
    /// Required. Sent as `Id`.
    pub id: ::std::string::String,
    /// Required. Sent as `SubmittedAt`.
    pub submitted_at: ::std::string::String,
    /// Required. Sent as `TurboPageId`.
    pub turbo_page_id: i64,
    /// Required. Sent as `TurboPageName`.
    pub turbo_page_name: ::std::string::String,
    /// Optional. Sent as `Data`.
    pub data: ::core::option::Option<::std::vec::Vec<LeadDataItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LeadGetItem {
    /// A `LeadGetItem` with its required fields (`Id`, `SubmittedAt`, `TurboPageId`, `TurboPageName`); the others start absent.
    pub fn new(
        id: impl ::core::convert::Into<::std::string::String>,
        submitted_at: impl ::core::convert::Into<::std::string::String>,
        turbo_page_id: i64,
        turbo_page_name: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            submitted_at: submitted_at.into(),
            turbo_page_id,
            turbo_page_name: turbo_page_name.into(),
            data: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Data`.
    #[inline]
    #[must_use]
    pub fn with_data(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<LeadDataItem>,
        >,
    ) -> Self {
        self.data = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Leads.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: LeadsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<LeadFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: LeadsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<LeadFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
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
}
/// The `result` of `Leads.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Leads`.
    pub leads: ::core::option::Option<::std::vec::Vec<LeadGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            leads: ::core::option::Option::None,
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
    /// Sets `Leads`.
    #[inline]
    #[must_use]
    pub fn with_leads(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<LeadGetItem>,
        >,
    ) -> Self {
        self.leads = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
