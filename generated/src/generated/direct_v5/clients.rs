// @generated from schema/direct_v5/clients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Clients service: `POST /json/v5/clients`.
//!
//! Generated from `schema/direct_v5/clients.json` (upstream `clients.xml`, sha256 `bfb9c1f743129bd40fff7a9c77f3f83eada38775918116130c90c783a943f838`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Clients",
        endpoint: "clients",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Clients.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Clients.update` (write): the method with its request and response types, as the client's generic calls take it.
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
        info: UPDATE.info,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
];
/// The Clients service (`POST /json/v5/clients`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct ClientsService<'a> {
    client: &'a rt::Client,
}
impl<'a> ClientsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Clients.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Clients.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 21 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientFieldEnum {
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
impl ClientFieldEnum {
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
impl ::core::fmt::Display for ClientFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ClientFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The `params` of `Clients.get`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<ClientFieldEnum>,
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
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ClientFieldEnum>,
        >,
    ) -> Self {
        Self {
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
/// The `result` of `Clients.get`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
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
            clients: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// The `params` of `Clients.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Clients`.
    pub clients: ::std::vec::Vec<super::generalclients::ClientUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Clients`); the others start absent.
    pub fn new(
        clients: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::generalclients::ClientUpdateItem>,
        >,
    ) -> Self {
        Self {
            clients: clients.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Clients.update`.
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
