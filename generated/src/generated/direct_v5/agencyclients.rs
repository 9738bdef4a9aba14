// @generated from schema/direct_v5/agencyclients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The AgencyClients service: `POST /json/v5/agencyclients`.
//!
//! Generated from `schema/direct_v5/agencyclients.json` (upstream `agencyclients.xml`, sha256 `9aa87ef24f1bd89592fb58134d2017eb39576936419b4e275880581a8fabc520`).
use crate::runtime as rt;
/// `AgencyClients.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AgencyClients",
    endpoint: "agencyclients",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `AgencyClients.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AgencyClients",
    endpoint: "agencyclients",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `AgencyClients.addPassportOrganization`.
pub const ADD_PASSPORT_ORGANIZATION: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AgencyClients",
    endpoint: "agencyclients",
    method: "addPassportOrganization",
    access: rt::Access::Write,
    finance: false,
};
/// `AgencyClients.addPassportOrganizationMember`.
pub const ADD_PASSPORT_ORGANIZATION_MEMBER: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AgencyClients",
    endpoint: "agencyclients",
    method: "addPassportOrganizationMember",
    access: rt::Access::Write,
    finance: false,
};
/// `AgencyClients.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "AgencyClients",
    endpoint: "agencyclients",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: ADD_PASSPORT_ORGANIZATION,
        request: rt::method::roundtrip_request::<AddPassportOrganizationRequest>,
        response: rt::method::roundtrip_response::<AddPassportOrganizationResponse>,
    },
    rt::MethodEntry {
        info: ADD_PASSPORT_ORGANIZATION_MEMBER,
        request: rt::method::roundtrip_request::<AddPassportOrganizationMemberRequest>,
        response: rt::method::roundtrip_response::<AddPassportOrganizationMemberResponse>,
    },
    rt::MethodEntry {
        info: UPDATE,
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
        self.client.call(&GET, &params).await
    }
    /// `AgencyClients.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `AgencyClients.addPassportOrganization`: sends `AddPassportOrganizationRequest` as `params`, returns `AddPassportOrganizationResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add_passport_organization(
        &self,
        params: AddPassportOrganizationRequest,
    ) -> ::core::result::Result<
        rt::Response<AddPassportOrganizationResponse>,
        rt::Error,
    > {
        self.client.call(&ADD_PASSPORT_ORGANIZATION, &params).await
    }
    /// `AgencyClients.addPassportOrganizationMember`: sends `AddPassportOrganizationMemberRequest` as `params`, returns `AddPassportOrganizationMemberResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add_passport_organization_member(
        &self,
        params: AddPassportOrganizationMemberRequest,
    ) -> ::core::result::Result<
        rt::Response<AddPassportOrganizationMemberResponse>,
        rt::Error,
    > {
        self.client.call(&ADD_PASSPORT_ORGANIZATION_MEMBER, &params).await
    }
    /// `AgencyClients.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
}
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self.page.get_or_insert_with(<super::general::LimitOffset>::default).offset = ::core::option::Option::Some(
            offset,
        );
    }
}
impl rt::paging::PagedResponse for GetResponse {
    type Item = super::generalclients::ClientGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<super::generalclients::ClientGetItem> {
        self.clients.unwrap_or_default()
    }
}
/// `AgencyClientFieldEnum`: one of 21 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgencyClientFieldEnum {
    /// `AccountQuality`
    AccountQuality,
    /// `Archived`
    Archived,
    /// `ClientId`
    ClientId,
    /// `ClientInfo`
    ClientInfo,
    /// `CountryId`
    CountryId,
    /// `CreatedAt`
    CreatedAt,
    /// `Currency`
    Currency,
    /// `Grants`
    Grants,
    /// `Bonuses`
    Bonuses,
    /// `Login`
    Login,
    /// `Notification`
    Notification,
    /// `OverdraftSumAvailable`
    OverdraftSumAvailable,
    /// `Phone`
    Phone,
    /// `Representatives`
    Representatives,
    /// `Restrictions`
    Restrictions,
    /// `Settings`
    Settings,
    /// `Type`
    Type,
    /// `VatRate`
    VatRate,
    /// `ForbiddenPlatform`
    ForbiddenPlatform,
    /// `AvailableCampaignTypes`
    AvailableCampaignTypes,
    /// `AvailableAdGroupTypes`
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
impl ::serde::Serialize for AgencyClientFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AgencyClientFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AgencyClientsSelectionCriteria` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AgencyClientsSelectionCriteria {
    /// `Logins`: array of `xsd:string` (optional).
    pub logins: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Archived`: `general:YesNoEnum` (optional).
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
    pub fn with_logins(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.logins = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AgencyClientsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.logins {
            map.serialize_entry("Logins", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.archived {
            map.serialize_entry("Archived", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgencyClientsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AgencyClientsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AgencyClientsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AgencyClientsSelectionCriteria, A::Error> {
                let mut logins = ::core::option::Option::None;
                let mut archived = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => {
                            logins = rt::wire::optional_value(
                                &mut map,
                                "Logins",
                                &mut unknown_fields,
                            )?;
                        }
                        "Archived" => {
                            archived = rt::wire::optional_value(
                                &mut map,
                                "Archived",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AgencyClientsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AgencyClientsSelectionCriteria {
                    logins,
                    archived,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AgencyClientUpdateItem` (`schema/direct_v5/agencyclients.json`). Extends `generalclients:ClientUpdateItem` -> `ClientBaseItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AgencyClientUpdateItem {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Phone`: `xsd:string` (optional).
    pub phone: ::core::option::Option<::std::string::String>,
    /// `Notification`: `NotificationUpdate` (optional).
    pub notification: ::core::option::Option<super::generalclients::NotificationUpdate>,
    /// `Settings`: array of `ClientSettingUpdateItem` (optional).
    pub settings: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientSettingUpdateItem>,
    >,
    /// `TinInfo`: `TinInfoUpdate` (optional, nillable).
    pub tin_info: rt::Nullable<super::generalclients::TinInfoUpdate>,
    /// `ErirAttributes`: `ErirAttributesUpdate` (optional, nillable).
    pub erir_attributes: rt::Nullable<super::generalclients::ErirAttributesUpdate>,
    /// `ClientId`: `xsd:long` (required).
    pub client_id: i64,
    /// `Grants`: array of `generalclients:GrantItem` (optional).
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
    pub fn with_client_info(mut self, value: ::std::string::String) -> Self {
        self.client_info = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<super::generalclients::ClientSettingUpdateItem>,
    ) -> Self {
        self.settings = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<super::generalclients::GrantItem>,
    ) -> Self {
        self.grants = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AgencyClientUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tin_info.is_present() {
            map.serialize_entry("TinInfo", &self.tin_info)?;
        }
        if self.erir_attributes.is_present() {
            map.serialize_entry("ErirAttributes", &self.erir_attributes)?;
        }
        map.serialize_entry("ClientId", &self.client_id)?;
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgencyClientUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AgencyClientUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AgencyClientUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AgencyClientUpdateItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tin_info = rt::Nullable::Absent;
                let mut erir_attributes = rt::Nullable::Absent;
                let mut client_id = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TinInfo" => tin_info = map.next_value()?,
                        "ErirAttributes" => erir_attributes = map.next_value()?,
                        "ClientId" => {
                            client_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Grants" => {
                            grants = rt::wire::optional_value(
                                &mut map,
                                "Grants",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AgencyClientUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AgencyClientUpdateItem {
                    client_info,
                    phone,
                    notification,
                    settings,
                    tin_info,
                    erir_attributes,
                    client_id: rt::wire::required(client_id, "ClientId")?,
                    grants,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SendInviteTo` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SendInviteTo {
    /// `Phone`: `xsd:string` (optional).
    pub phone: ::core::option::Option<::std::string::String>,
    /// `Email`: `xsd:string` (optional).
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
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Email`.
    #[inline]
    #[must_use]
    pub fn with_email(mut self, value: ::std::string::String) -> Self {
        self.email = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SendInviteTo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SendInviteTo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SendInviteTo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SendInviteTo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SendInviteTo, A::Error> {
                let mut phone = ::core::option::Option::None;
                let mut email = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SendInviteTo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SendInviteTo {
                    phone,
                    email,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/agencyclients.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `AgencyClientsSelectionCriteria` (required).
    pub selection_criteria: AgencyClientsSelectionCriteria,
    /// `FieldNames`: array of `AgencyClientFieldEnum` (required).
    pub field_names: ::std::vec::Vec<AgencyClientFieldEnum>,
    /// `TinInfoFieldNames`: array of `generalclients:TinInfoFieldEnum` (optional).
    pub tin_info_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::TinInfoFieldEnum>,
    >,
    /// `OrganizationFieldNames`: array of `generalclients:OrgInfoFieldEnum` (optional).
    pub organization_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::OrgInfoFieldEnum>,
    >,
    /// `ContractFieldNames`: array of `generalclients:ContractInfoFieldEnum` (optional).
    pub contract_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ContractInfoFieldEnum>,
    >,
    /// `ContragentFieldNames`: array of `generalclients:ContragentInfoFieldEnum` (optional).
    pub contragent_field_names: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ContragentInfoFieldEnum>,
    >,
    /// `ContragentTinInfoFieldNames`: array of `generalclients:TinInfoFieldEnum` (optional).
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
        field_names: ::std::vec::Vec<AgencyClientFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
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
        value: ::std::vec::Vec<super::generalclients::TinInfoFieldEnum>,
    ) -> Self {
        self.tin_info_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OrganizationFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_organization_field_names(
        mut self,
        value: ::std::vec::Vec<super::generalclients::OrgInfoFieldEnum>,
    ) -> Self {
        self.organization_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContractFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_contract_field_names(
        mut self,
        value: ::std::vec::Vec<super::generalclients::ContractInfoFieldEnum>,
    ) -> Self {
        self.contract_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContragentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_contragent_field_names(
        mut self,
        value: ::std::vec::Vec<super::generalclients::ContragentInfoFieldEnum>,
    ) -> Self {
        self.contragent_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContragentTinInfoFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_contragent_tin_info_field_names(
        mut self,
        value: ::std::vec::Vec<super::generalclients::TinInfoFieldEnum>,
    ) -> Self {
        self.contragent_tin_info_field_names = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for GetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.page {
            map.serialize_entry("Page", value)?;
        }
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self.tin_info_field_names {
            map.serialize_entry("TinInfoFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.organization_field_names {
            map.serialize_entry("OrganizationFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contract_field_names {
            map.serialize_entry("ContractFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contragent_field_names {
            map.serialize_entry("ContragentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .contragent_tin_info_field_names
        {
            map.serialize_entry("ContragentTinInfoFieldNames", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetRequest, A::Error> {
                let mut page = ::core::option::Option::None;
                let mut selection_criteria = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
                let mut tin_info_field_names = ::core::option::Option::None;
                let mut organization_field_names = ::core::option::Option::None;
                let mut contract_field_names = ::core::option::Option::None;
                let mut contragent_field_names = ::core::option::Option::None;
                let mut contragent_tin_info_field_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Page" => {
                            page = rt::wire::optional_value(
                                &mut map,
                                "Page",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TinInfoFieldNames" => {
                            tin_info_field_names = rt::wire::optional_value(
                                &mut map,
                                "TinInfoFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "OrganizationFieldNames" => {
                            organization_field_names = rt::wire::optional_value(
                                &mut map,
                                "OrganizationFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContractFieldNames" => {
                            contract_field_names = rt::wire::optional_value(
                                &mut map,
                                "ContractFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContragentFieldNames" => {
                            contragent_field_names = rt::wire::optional_value(
                                &mut map,
                                "ContragentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContragentTinInfoFieldNames" => {
                            contragent_tin_info_field_names = rt::wire::optional_value(
                                &mut map,
                                "ContragentTinInfoFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetRequest {
                    page,
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    tin_info_field_names,
                    organization_field_names,
                    contract_field_names,
                    contragent_field_names,
                    contragent_tin_info_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/agencyclients.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Clients`: array of `generalclients:ClientGetItem` (optional).
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
        value: ::std::vec::Vec<super::generalclients::ClientGetItem>,
    ) -> Self {
        self.clients = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for GetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limited_by {
            map.serialize_entry("LimitedBy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.clients {
            map.serialize_entry("Clients", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetResponse, A::Error> {
                let mut limited_by = ::core::option::Option::None;
                let mut clients = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LimitedBy" => {
                            limited_by = rt::wire::optional_value(
                                &mut map,
                                "LimitedBy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Clients" => {
                            clients = rt::wire::optional_value(
                                &mut map,
                                "Clients",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetResponse {
                    limited_by,
                    clients,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Login`: `xsd:string` (required).
    pub login: ::std::string::String,
    /// `FirstName`: `xsd:string` (required).
    pub first_name: ::std::string::String,
    /// `LastName`: `xsd:string` (required).
    pub last_name: ::std::string::String,
    /// `Currency`: `general:CurrencyEnum` (required).
    pub currency: super::general::CurrencyEnum,
    /// `Notification`: `generalclients:NotificationAdd` (required).
    pub notification: super::generalclients::NotificationAdd,
    /// `Settings`: array of `generalclients:ClientSettingAddItem` (optional).
    pub settings: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientSettingAddItem>,
    >,
    /// `Grants`: array of `generalclients:GrantItem` (optional).
    pub grants: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::GrantItem>,
    >,
    /// `TinInfo`: `generalclients:TinInfoAdd` (optional).
    pub tin_info: ::core::option::Option<super::generalclients::TinInfoAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Login`, `FirstName`, `LastName`, `Currency`, `Notification`); the others start absent.
    pub fn new(
        login: ::std::string::String,
        first_name: ::std::string::String,
        last_name: ::std::string::String,
        currency: super::general::CurrencyEnum,
        notification: super::generalclients::NotificationAdd,
    ) -> Self {
        Self {
            login,
            first_name,
            last_name,
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
        value: ::std::vec::Vec<super::generalclients::ClientSettingAddItem>,
    ) -> Self {
        self.settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Grants`.
    #[inline]
    #[must_use]
    pub fn with_grants(
        mut self,
        value: ::std::vec::Vec<super::generalclients::GrantItem>,
    ) -> Self {
        self.grants = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Login", &self.login)?;
        map.serialize_entry("FirstName", &self.first_name)?;
        map.serialize_entry("LastName", &self.last_name)?;
        map.serialize_entry("Currency", &self.currency)?;
        map.serialize_entry("Notification", &self.notification)?;
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddRequest, A::Error> {
                let mut login = ::core::option::Option::None;
                let mut first_name = ::core::option::Option::None;
                let mut last_name = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut tin_info = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FirstName" => {
                            first_name = ::core::option::Option::Some(map.next_value()?);
                        }
                        "LastName" => {
                            last_name = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Currency" => {
                            currency = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Notification" => {
                            notification = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Grants" => {
                            grants = rt::wire::optional_value(
                                &mut map,
                                "Grants",
                                &mut unknown_fields,
                            )?;
                        }
                        "TinInfo" => {
                            tin_info = rt::wire::optional_value(
                                &mut map,
                                "TinInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddRequest {
                    login: rt::wire::required(login, "Login")?,
                    first_name: rt::wire::required(first_name, "FirstName")?,
                    last_name: rt::wire::required(last_name, "LastName")?,
                    currency: rt::wire::required(currency, "Currency")?,
                    notification: rt::wire::required(notification, "Notification")?,
                    settings,
                    grants,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/agencyclients.json`). Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// `Warnings`: array of `ExceptionNotification` (optional).
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Errors`: array of `ExceptionNotification` (optional).
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Login`: `xsd:string` (optional).
    pub login: ::core::option::Option<::std::string::String>,
    /// `Password`: `xsd:string` (optional).
    pub password: ::core::option::Option<::std::string::String>,
    /// `Email`: `xsd:string` (optional).
    pub email: ::core::option::Option<::std::string::String>,
    /// `ClientId`: `xsd:long` (optional).
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
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.errors = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Password`.
    #[inline]
    #[must_use]
    pub fn with_password(mut self, value: ::std::string::String) -> Self {
        self.password = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Email`.
    #[inline]
    #[must_use]
    pub fn with_email(mut self, value: ::std::string::String) -> Self {
        self.email = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.password {
            map.serialize_entry("Password", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.client_id {
            map.serialize_entry("ClientId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddResponse, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut password = ::core::option::Option::None;
                let mut email = ::core::option::Option::None;
                let mut client_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => {
                            warnings = rt::wire::optional_value(
                                &mut map,
                                "Warnings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "Errors",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "Password" => {
                            password = rt::wire::optional_value(
                                &mut map,
                                "Password",
                                &mut unknown_fields,
                            )?;
                        }
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
                                &mut unknown_fields,
                            )?;
                        }
                        "ClientId" => {
                            client_id = rt::wire::optional_value(
                                &mut map,
                                "ClientId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddResponse {
                    warnings,
                    errors,
                    login,
                    password,
                    email,
                    client_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddPassportOrganizationRequest` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddPassportOrganizationRequest {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Currency`: `general:CurrencyEnum` (required).
    pub currency: super::general::CurrencyEnum,
    /// `Notification`: `generalclients:NotificationAdd` (required).
    pub notification: super::generalclients::NotificationAdd,
    /// `Settings`: array of `generalclients:ClientSettingAddItem` (optional).
    pub settings: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::ClientSettingAddItem>,
    >,
    /// `Grants`: array of `generalclients:GrantItem` (optional).
    pub grants: ::core::option::Option<
        ::std::vec::Vec<super::generalclients::GrantItem>,
    >,
    /// `TinInfo`: `generalclients:TinInfoAdd` (optional).
    pub tin_info: ::core::option::Option<super::generalclients::TinInfoAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddPassportOrganizationRequest {
    /// A `AddPassportOrganizationRequest` with its required fields (`Name`, `Currency`, `Notification`); the others start absent.
    pub fn new(
        name: ::std::string::String,
        currency: super::general::CurrencyEnum,
        notification: super::generalclients::NotificationAdd,
    ) -> Self {
        Self {
            name,
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
        value: ::std::vec::Vec<super::generalclients::ClientSettingAddItem>,
    ) -> Self {
        self.settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Grants`.
    #[inline]
    #[must_use]
    pub fn with_grants(
        mut self,
        value: ::std::vec::Vec<super::generalclients::GrantItem>,
    ) -> Self {
        self.grants = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AddPassportOrganizationRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Currency", &self.currency)?;
        map.serialize_entry("Notification", &self.notification)?;
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddPassportOrganizationRequest, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut tin_info = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Currency" => {
                            currency = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Notification" => {
                            notification = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Grants" => {
                            grants = rt::wire::optional_value(
                                &mut map,
                                "Grants",
                                &mut unknown_fields,
                            )?;
                        }
                        "TinInfo" => {
                            tin_info = rt::wire::optional_value(
                                &mut map,
                                "TinInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationRequest {
                    name: rt::wire::required(name, "Name")?,
                    currency: rt::wire::required(currency, "Currency")?,
                    notification: rt::wire::required(notification, "Notification")?,
                    settings,
                    grants,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddPassportOrganizationResponse` (`schema/direct_v5/agencyclients.json`). Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddPassportOrganizationResponse {
    /// `Warnings`: array of `ExceptionNotification` (optional).
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Errors`: array of `ExceptionNotification` (optional).
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Login`: `xsd:string` (optional).
    pub login: ::core::option::Option<::std::string::String>,
    /// `ClientId`: `xsd:long` (optional).
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
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.errors = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AddPassportOrganizationResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.client_id {
            map.serialize_entry("ClientId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddPassportOrganizationResponse, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut client_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => {
                            warnings = rt::wire::optional_value(
                                &mut map,
                                "Warnings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "Errors",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "ClientId" => {
                            client_id = rt::wire::optional_value(
                                &mut map,
                                "ClientId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationResponse {
                    warnings,
                    errors,
                    login,
                    client_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddPassportOrganizationMemberRequest` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddPassportOrganizationMemberRequest {
    /// `PassportOrganizationLogin`: `xsd:string` (required).
    pub passport_organization_login: ::std::string::String,
    /// `Role`: `general:RoleEnum` (required).
    pub role: super::general::RoleEnum,
    /// `SendInviteTo`: `SendInviteTo` (required).
    pub send_invite_to: SendInviteTo,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddPassportOrganizationMemberRequest {
    /// A `AddPassportOrganizationMemberRequest` with its required fields (`PassportOrganizationLogin`, `Role`, `SendInviteTo`); the others start absent.
    pub fn new(
        passport_organization_login: ::std::string::String,
        role: super::general::RoleEnum,
        send_invite_to: SendInviteTo,
    ) -> Self {
        Self {
            passport_organization_login,
            role,
            send_invite_to,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddPassportOrganizationMemberRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry(
            "PassportOrganizationLogin",
            &self.passport_organization_login,
        )?;
        map.serialize_entry("Role", &self.role)?;
        map.serialize_entry("SendInviteTo", &self.send_invite_to)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationMemberRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationMemberRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationMemberRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddPassportOrganizationMemberRequest, A::Error> {
                let mut passport_organization_login = ::core::option::Option::None;
                let mut role = ::core::option::Option::None;
                let mut send_invite_to = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "PassportOrganizationLogin" => {
                            passport_organization_login = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Role" => role = ::core::option::Option::Some(map.next_value()?),
                        "SendInviteTo" => {
                            send_invite_to = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationMemberRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationMemberRequest {
                    passport_organization_login: rt::wire::required(
                        passport_organization_login,
                        "PassportOrganizationLogin",
                    )?,
                    role: rt::wire::required(role, "Role")?,
                    send_invite_to: rt::wire::required(send_invite_to, "SendInviteTo")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddPassportOrganizationMemberResponse` (`schema/direct_v5/agencyclients.json`). Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddPassportOrganizationMemberResponse {
    /// `Warnings`: array of `ExceptionNotification` (optional).
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Errors`: array of `ExceptionNotification` (optional).
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `PassportOrganizationLogin`: `xsd:string` (optional).
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
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.errors = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PassportOrganizationLogin`.
    #[inline]
    #[must_use]
    pub fn with_passport_organization_login(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.passport_organization_login = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AddPassportOrganizationMemberResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.passport_organization_login {
            map.serialize_entry("PassportOrganizationLogin", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationMemberResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationMemberResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationMemberResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AddPassportOrganizationMemberResponse,
                A::Error,
            > {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut passport_organization_login = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => {
                            warnings = rt::wire::optional_value(
                                &mut map,
                                "Warnings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "Errors",
                                &mut unknown_fields,
                            )?;
                        }
                        "PassportOrganizationLogin" => {
                            passport_organization_login = rt::wire::optional_value(
                                &mut map,
                                "PassportOrganizationLogin",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationMemberResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationMemberResponse {
                    warnings,
                    errors,
                    passport_organization_login,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateRequest` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Clients`: array of `AgencyClientUpdateItem` (required).
    pub clients: ::std::vec::Vec<AgencyClientUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Clients`); the others start absent.
    pub fn new(clients: ::std::vec::Vec<AgencyClientUpdateItem>) -> Self {
        Self {
            clients,
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
        map.serialize_entry("Clients", &self.clients)?;
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
                let mut clients = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Clients" => {
                            clients = ::core::option::Option::Some(map.next_value()?);
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
                    clients: rt::wire::required(clients, "Clients")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/agencyclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// `UpdateResults`: array of `general:ClientsActionResult` (required).
    pub update_results: ::std::vec::Vec<super::general::ClientsActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(
        update_results: ::std::vec::Vec<super::general::ClientsActionResult>,
    ) -> Self {
        Self {
            update_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("UpdateResults", &self.update_results)?;
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
                let mut update_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UpdateResults" => {
                            update_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
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
                    update_results: rt::wire::required(update_results, "UpdateResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
