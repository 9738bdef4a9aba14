// @generated from schema/direct_v5/agencyclients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The AgencyClients service: `POST /json/v5/agencyclients`.
//!
//! Generated from `schema/direct_v5/agencyclients.json` (upstream `agencyclients.xml`, sha256 `9aa87ef24f1bd89592fb58134d2017eb39576936419b4e275880581a8fabc520`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "AgencyClients",
        endpoint: "agencyclients",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `AgencyClients.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `AgencyClients.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `AgencyClients.addPassportOrganization` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD_PASSPORT_ORGANIZATION: rt::Method<
    AddPassportOrganizationRequest,
    AddPassportOrganizationResponse,
> = rt::Method::new(method_info("addPassportOrganization", rt::Access::Write));
/// `AgencyClients.addPassportOrganizationMember` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD_PASSPORT_ORGANIZATION_MEMBER: rt::Method<
    AddPassportOrganizationMemberRequest,
    AddPassportOrganizationMemberResponse,
> = rt::Method::new(method_info("addPassportOrganizationMember", rt::Access::Write));
/// `AgencyClients.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
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
        info: ADD_PASSPORT_ORGANIZATION.info,
        request: rt::method::roundtrip_request::<AddPassportOrganizationRequest>,
        response: rt::method::roundtrip_response::<AddPassportOrganizationResponse>,
    },
    rt::MethodEntry {
        info: ADD_PASSPORT_ORGANIZATION_MEMBER.info,
        request: rt::method::roundtrip_request::<AddPassportOrganizationMemberRequest>,
        response: rt::method::roundtrip_response::<AddPassportOrganizationMemberResponse>,
    },
    rt::MethodEntry {
        info: UPDATE.info,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
];
/// The AgencyClients service (`POST /json/v5/agencyclients`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct AgencyClientsService<'a> {
    client: &'a rt::Client,
}
impl<'a> AgencyClientsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `AgencyClients.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `AgencyClients.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `AgencyClients.addPassportOrganization`: sends `AddPassportOrganizationRequest` as `params`, returns `AddPassportOrganizationResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add_passport_organization(
        &self,
        params: AddPassportOrganizationRequest,
    ) -> ::core::result::Result<
        rt::Response<AddPassportOrganizationResponse>,
        rt::Error,
    > {
        self.client.call(&ADD_PASSPORT_ORGANIZATION.info, &params).await
    }
    /// `AgencyClients.addPassportOrganizationMember`: sends `AddPassportOrganizationMemberRequest` as `params`, returns `AddPassportOrganizationMemberResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add_passport_organization_member(
        &self,
        params: AddPassportOrganizationMemberRequest,
    ) -> ::core::result::Result<
        rt::Response<AddPassportOrganizationMemberResponse>,
        rt::Error,
    > {
        self.client.call(&ADD_PASSPORT_ORGANIZATION_MEMBER.info, &params).await
    }
    /// `AgencyClients.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `AgencyClients.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<
        rt::AllPages<super::generalclients::ClientGetItem>,
        rt::Error,
    > {
        self.client.get_all(&GET, params).await
    }
    /// `AgencyClients.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 21 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgencyClientFieldEnum {
    /// Sent as `AccountQuality`.
    AccountQuality,
    /// Sent as `Archived`.
    Archived,
    /// Sent as `ClientId`.
    ClientId,
    /// Sent as `ClientInfo`.
    ClientInfo,
    /// Sent as `CountryId`.
    CountryId,
    /// Sent as `CreatedAt`.
    CreatedAt,
    /// Sent as `Currency`.
    Currency,
    /// Sent as `Grants`.
    Grants,
    /// Sent as `Bonuses`.
    Bonuses,
    /// Sent as `Login`.
    Login,
    /// Sent as `Notification`.
    Notification,
    /// Sent as `OverdraftSumAvailable`.
    OverdraftSumAvailable,
    /// Sent as `Phone`.
    Phone,
    /// Sent as `Representatives`.
    Representatives,
    /// Sent as `Restrictions`.
    Restrictions,
    /// Sent as `Settings`.
    Settings,
    /// Sent as `Type`.
    Type,
    /// Sent as `VatRate`.
    VatRate,
    /// Sent as `ForbiddenPlatform`.
    ForbiddenPlatform,
    /// Sent as `AvailableCampaignTypes`.
    AvailableCampaignTypes,
    /// Sent as `AvailableAdGroupTypes`.
    AvailableAdGroupTypes,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AgencyClientFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AccountQuality,
        Self::Archived,
        Self::ClientId,
        Self::ClientInfo,
        Self::CountryId,
        Self::CreatedAt,
        Self::Currency,
        Self::Grants,
        Self::Bonuses,
        Self::Login,
        Self::Notification,
        Self::OverdraftSumAvailable,
        Self::Phone,
        Self::Representatives,
        Self::Restrictions,
        Self::Settings,
        Self::Type,
        Self::VatRate,
        Self::ForbiddenPlatform,
        Self::AvailableCampaignTypes,
        Self::AvailableAdGroupTypes,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountQuality => "AccountQuality",
            Self::Archived => "Archived",
            Self::ClientId => "ClientId",
            Self::ClientInfo => "ClientInfo",
            Self::CountryId => "CountryId",
            Self::CreatedAt => "CreatedAt",
            Self::Currency => "Currency",
            Self::Grants => "Grants",
            Self::Bonuses => "Bonuses",
            Self::Login => "Login",
            Self::Notification => "Notification",
            Self::OverdraftSumAvailable => "OverdraftSumAvailable",
            Self::Phone => "Phone",
            Self::Representatives => "Representatives",
            Self::Restrictions => "Restrictions",
            Self::Settings => "Settings",
            Self::Type => "Type",
            Self::VatRate => "VatRate",
            Self::ForbiddenPlatform => "ForbiddenPlatform",
            Self::AvailableCampaignTypes => "AvailableCampaignTypes",
            Self::AvailableAdGroupTypes => "AvailableAdGroupTypes",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AccountQuality" => Self::AccountQuality,
            "Archived" => Self::Archived,
            "ClientId" => Self::ClientId,
            "ClientInfo" => Self::ClientInfo,
            "CountryId" => Self::CountryId,
            "CreatedAt" => Self::CreatedAt,
            "Currency" => Self::Currency,
            "Grants" => Self::Grants,
            "Bonuses" => Self::Bonuses,
            "Login" => Self::Login,
            "Notification" => Self::Notification,
            "OverdraftSumAvailable" => Self::OverdraftSumAvailable,
            "Phone" => Self::Phone,
            "Representatives" => Self::Representatives,
            "Restrictions" => Self::Restrictions,
            "Settings" => Self::Settings,
            "Type" => Self::Type,
            "VatRate" => Self::VatRate,
            "ForbiddenPlatform" => Self::ForbiddenPlatform,
            "AvailableCampaignTypes" => Self::AvailableCampaignTypes,
            "AvailableAdGroupTypes" => Self::AvailableAdGroupTypes,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AgencyClientFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AgencyClientFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AgencyClientsSelectionCriteria {
    /// Optional. Sent as `Logins`.
    pub logins: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `Archived`.
    pub archived: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AgencyClientsSelectionCriteria {
    /// An empty `AgencyClientsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            logins: ::core::option::Option::None,
            archived: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Logins`.
    #[inline]
    #[must_use]
    pub fn with_logins(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.logins = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Archived`.
    #[inline]
    #[must_use]
    pub fn with_archived(mut self, value: super::general::YesNoEnum) -> Self {
        self.archived = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UpdateRequest::clients`. Extends `generalclients:ClientUpdateItem` -> `ClientBaseItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AgencyClientUpdateItem {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Notification`.
    pub notification: ::core::option::Option<super::generalclients::NotificationUpdate>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientSettingUpdateItem>,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TinInfo`.
    pub tin_info: rt::Nullable<super::generalclients::TinInfoUpdate>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAttributes`.
    pub erir_attributes: rt::Nullable<super::generalclients::ErirAttributesUpdate>,
    /// Required. Sent as `ClientId`.
    pub client_id: i64,
    /// Optional. Sent as `Grants`.
    pub grants: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::GrantItem>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AgencyClientUpdateItem {
    /// A `AgencyClientUpdateItem` with its required fields (`ClientId`); the others start absent.
    pub fn new(client_id: i64) -> Self {
        Self {
            client_info: ::core::option::Option::None,
            phone: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tin_info: rt::Nullable::Absent,
            erir_attributes: rt::Nullable::Absent,
            client_id,
            grants: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ClientInfo`.
    #[inline]
    #[must_use]
    pub fn with_client_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_info = ::core::option::Option::Some(value.into());
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
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(
        mut self,
        value: super::generalclients::NotificationUpdate,
    ) -> Self {
        self.notification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::generalclients::ClientSettingUpdateItem,
            >,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: super::generalclients::TinInfoUpdate) -> Self {
        self.tin_info = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAttributes`.
    #[inline]
    #[must_use]
    pub fn with_erir_attributes(
        mut self,
        value: super::generalclients::ErirAttributesUpdate,
    ) -> Self {
        self.erir_attributes = rt::Nullable::Value(value);
        self
    }
    /// Sets `Grants`.
    #[inline]
    #[must_use]
    pub fn with_grants(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::GrantItem>,
        >,
    ) -> Self {
        self.grants = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AddPassportOrganizationMemberRequest::send_invite_to`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SendInviteTo {
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Email`.
    pub email: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SendInviteTo {
    /// An empty `SendInviteTo`: every field absent.
    pub fn new() -> Self {
        Self {
            phone: ::core::option::Option::None,
            email: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
    /// Sets `Email`.
    #[inline]
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::core::option::Option::Some(value.into());
        self
    }
}
/// The `params` of `AgencyClients.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: AgencyClientsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<AgencyClientFieldEnum>,
    /// Optional. Sent as `TinInfoFieldNames`.
    pub tin_info_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::TinInfoFieldEnum>,
    >,
    /// Optional. Sent as `OrganizationFieldNames`.
    pub organization_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::OrgInfoFieldEnum>,
    >,
    /// Optional. Sent as `ContractFieldNames`.
    pub contract_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ContractInfoFieldEnum>,
    >,
    /// Optional. Sent as `ContragentFieldNames`.
    pub contragent_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ContragentInfoFieldEnum>,
    >,
    /// Optional. Sent as `ContragentTinInfoFieldNames`.
    pub contragent_tin_info_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::TinInfoFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: AgencyClientsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AgencyClientFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            tin_info_field_names: ::core::option::Option::None,
            organization_field_names: ::core::option::Option::None,
            contract_field_names: ::core::option::Option::None,
            contragent_field_names: ::core::option::Option::None,
            contragent_tin_info_field_names: ::core::option::Option::None,
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
    /// Sets `TinInfoFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_tin_info_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::TinInfoFieldEnum>,
        >,
    ) -> Self {
        self.tin_info_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `OrganizationFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_organization_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::OrgInfoFieldEnum>,
        >,
    ) -> Self {
        self.organization_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ContractFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_contract_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::generalclients::ContractInfoFieldEnum,
            >,
        >,
    ) -> Self {
        self.contract_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ContragentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_contragent_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::generalclients::ContragentInfoFieldEnum,
            >,
        >,
    ) -> Self {
        self.contragent_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ContragentTinInfoFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_contragent_tin_info_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::TinInfoFieldEnum>,
        >,
    ) -> Self {
        self.contragent_tin_info_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `AgencyClients.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Clients`.
    pub clients: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientGetItem>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            clients: ::core::option::Option::None,
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
    /// Sets `Clients`.
    #[inline]
    #[must_use]
    pub fn with_clients(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::ClientGetItem>,
        >,
    ) -> Self {
        self.clients = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `AgencyClients.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Login`.
    pub login: ::std::string::String,
    /// Required. Sent as `FirstName`.
    pub first_name: ::std::string::String,
    /// Required. Sent as `LastName`.
    pub last_name: ::std::string::String,
    /// Required. Sent as `Currency`.
    pub currency: super::general::CurrencyEnum,
    /// Required. Sent as `Notification`.
    pub notification: super::generalclients::NotificationAdd,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientSettingAddItem>,
    >,
    /// Optional. Sent as `Grants`.
    pub grants: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::GrantItem>,
    >,
    /// Optional. Sent as `TinInfo`.
    pub tin_info: ::core::option::Option<super::generalclients::TinInfoAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Login`, `FirstName`, `LastName`, `Currency`, `Notification`); the others start absent.
    pub fn new(
        login: impl ::core::convert::Into<::std::string::String>,
        first_name: impl ::core::convert::Into<::std::string::String>,
        last_name: impl ::core::convert::Into<::std::string::String>,
        currency: super::general::CurrencyEnum,
        notification: super::generalclients::NotificationAdd,
    ) -> Self {
        Self {
            login: login.into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
            currency,
            notification,
            settings: ::core::option::Option::None,
            grants: ::core::option::Option::None,
            tin_info: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::generalclients::ClientSettingAddItem,
            >,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Grants`.
    #[inline]
    #[must_use]
    pub fn with_grants(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::GrantItem>,
        >,
    ) -> Self {
        self.grants = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: super::generalclients::TinInfoAdd) -> Self {
        self.tin_info = ::core::option::Option::Some(value);
        self
    }
}
/// The `result` of `AgencyClients.add`. Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Password`.
    pub password: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Email`.
    pub email: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `ClientId`.
    pub client_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// An empty `AddResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            login: ::core::option::Option::None,
            password: ::core::option::Option::None,
            email: ::core::option::Option::None,
            client_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Password`.
    #[inline]
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Email`.
    #[inline]
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ClientId`.
    #[inline]
    #[must_use]
    pub fn with_client_id(mut self, value: i64) -> Self {
        self.client_id = ::core::option::Option::Some(value);
        self
    }
}
impl rt::ItemResult for AddResponse {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// The `params` of `AgencyClients.addPassportOrganization`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddPassportOrganizationRequest {
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `Currency`.
    pub currency: super::general::CurrencyEnum,
    /// Required. Sent as `Notification`.
    pub notification: super::generalclients::NotificationAdd,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientSettingAddItem>,
    >,
    /// Optional. Sent as `Grants`.
    pub grants: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::GrantItem>,
    >,
    /// Optional. Sent as `TinInfo`.
    pub tin_info: ::core::option::Option<super::generalclients::TinInfoAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddPassportOrganizationRequest {
    /// A `AddPassportOrganizationRequest` with its required fields (`Name`, `Currency`, `Notification`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        currency: super::general::CurrencyEnum,
        notification: super::generalclients::NotificationAdd,
    ) -> Self {
        Self {
            name: name.into(),
            currency,
            notification,
            settings: ::core::option::Option::None,
            grants: ::core::option::Option::None,
            tin_info: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::generalclients::ClientSettingAddItem,
            >,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Grants`.
    #[inline]
    #[must_use]
    pub fn with_grants(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::GrantItem>,
        >,
    ) -> Self {
        self.grants = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: super::generalclients::TinInfoAdd) -> Self {
        self.tin_info = ::core::option::Option::Some(value);
        self
    }
}
/// The `result` of `AgencyClients.addPassportOrganization`. Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddPassportOrganizationResponse {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `ClientId`.
    pub client_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddPassportOrganizationResponse {
    /// An empty `AddPassportOrganizationResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            login: ::core::option::Option::None,
            client_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ClientId`.
    #[inline]
    #[must_use]
    pub fn with_client_id(mut self, value: i64) -> Self {
        self.client_id = ::core::option::Option::Some(value);
        self
    }
}
impl rt::ItemResult for AddPassportOrganizationResponse {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// The `params` of `AgencyClients.addPassportOrganizationMember`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddPassportOrganizationMemberRequest {
    /// Required. Sent as `PassportOrganizationLogin`.
    pub passport_organization_login: ::std::string::String,
    /// Required. Sent as `Role`.
    pub role: super::general::RoleEnum,
    /// Required. Sent as `SendInviteTo`.
    pub send_invite_to: SendInviteTo,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddPassportOrganizationMemberRequest {
    /// A `AddPassportOrganizationMemberRequest` with its required fields (`PassportOrganizationLogin`, `Role`, `SendInviteTo`); the others start absent.
    pub fn new(
        passport_organization_login: impl ::core::convert::Into<::std::string::String>,
        role: super::general::RoleEnum,
        send_invite_to: SendInviteTo,
    ) -> Self {
        Self {
            passport_organization_login: passport_organization_login.into(),
            role,
            send_invite_to,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AgencyClients.addPassportOrganizationMember`. Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddPassportOrganizationMemberResponse {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `PassportOrganizationLogin`.
    pub passport_organization_login: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddPassportOrganizationMemberResponse {
    /// An empty `AddPassportOrganizationMemberResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            passport_organization_login: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PassportOrganizationLogin`.
    #[inline]
    #[must_use]
    pub fn with_passport_organization_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.passport_organization_login = ::core::option::Option::Some(value.into());
        self
    }
}
impl rt::ItemResult for AddPassportOrganizationMemberResponse {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// The `params` of `AgencyClients.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Clients`.
    pub clients: ::std::vec::Vec<AgencyClientUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Clients`); the others start absent.
    pub fn new(
        clients: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AgencyClientUpdateItem>,
        >,
    ) -> Self {
        Self {
            clients: clients.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AgencyClients.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// Required. Sent as `UpdateResults`.
    pub update_results: ::std::vec::Vec<super::general::ClientsActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(
        update_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ClientsActionResult>,
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
