// @generated from schema/direct_v5/leads.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Leads service: `POST /json/v5/leads`.
//!
//! Generated from `schema/direct_v5/leads.json` (upstream `leads.xml`, sha256 `533fd2975d79d980a706bb6e6f15836b65bdfffc55b8e9b74852d171549d409a`).
use crate::runtime as rt;
/// `Leads.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Leads",
    endpoint: "leads",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET,
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
        self.client.call(&GET, &params).await
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
    type Item = LeadGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<LeadGetItem> {
        self.leads.unwrap_or_default()
    }
}
/// `LeadFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeadFieldEnum {
    /// `Id`
    Id,
    /// `SubmittedAt`
    SubmittedAt,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageName`
    TurboPageName,
    /// `Data`
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
impl ::serde::Serialize for LeadFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for LeadFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `LeadsSelectionCriteria` (`schema/direct_v5/leads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeadsSelectionCriteria {
    /// `TurboPageIds`: array of `xsd:long` (required).
    pub turbo_page_ids: ::std::vec::Vec<i64>,
    /// `DateTimeFrom`: `xsd:string` (optional).
    pub date_time_from: ::core::option::Option<::std::string::String>,
    /// `DateTimeTo`: `xsd:string` (optional).
    pub date_time_to: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LeadsSelectionCriteria {
    /// A `LeadsSelectionCriteria` with its required fields (`TurboPageIds`); the others start absent.
    pub fn new(turbo_page_ids: ::std::vec::Vec<i64>) -> Self {
        Self {
            turbo_page_ids,
            date_time_from: ::core::option::Option::None,
            date_time_to: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `DateTimeFrom`.
    #[inline]
    #[must_use]
    pub fn with_date_time_from(mut self, value: ::std::string::String) -> Self {
        self.date_time_from = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DateTimeTo`.
    #[inline]
    #[must_use]
    pub fn with_date_time_to(mut self, value: ::std::string::String) -> Self {
        self.date_time_to = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for LeadsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TurboPageIds", &self.turbo_page_ids)?;
        if let ::core::option::Option::Some(value) = &self.date_time_from {
            map.serialize_entry("DateTimeFrom", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.date_time_to {
            map.serialize_entry("DateTimeTo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LeadsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = LeadsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `LeadsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<LeadsSelectionCriteria, A::Error> {
                let mut turbo_page_ids = ::core::option::Option::None;
                let mut date_time_from = ::core::option::Option::None;
                let mut date_time_to = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TurboPageIds" => {
                            turbo_page_ids = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "DateTimeFrom" => {
                            date_time_from = rt::wire::optional_value(
                                &mut map,
                                "DateTimeFrom",
                                &mut unknown_fields,
                            )?;
                        }
                        "DateTimeTo" => {
                            date_time_to = rt::wire::optional_value(
                                &mut map,
                                "DateTimeTo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "LeadsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(LeadsSelectionCriteria {
                    turbo_page_ids: rt::wire::required(turbo_page_ids, "TurboPageIds")?,
                    date_time_from,
                    date_time_to,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `LeadDataItem` (`schema/direct_v5/leads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeadDataItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Value`: `xsd:string` (required).
    pub value: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LeadDataItem {
    /// A `LeadDataItem` with its required fields (`Name`, `Value`); the others start absent.
    pub fn new(name: ::std::string::String, value: ::std::string::String) -> Self {
        Self {
            name,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for LeadDataItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LeadDataItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = LeadDataItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `LeadDataItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<LeadDataItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "LeadDataItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(LeadDataItem {
                    name: rt::wire::required(name, "Name")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `LeadGetItem` (`schema/direct_v5/leads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeadGetItem {
    /// `Id`: `xsd:string` (required).
    pub id: ::std::string::String,
    /// `SubmittedAt`: `xsd:string` (required).
    pub submitted_at: ::std::string::String,
    /// `TurboPageId`: `xsd:long` (required).
    pub turbo_page_id: i64,
    /// `TurboPageName`: `xsd:string` (required).
    pub turbo_page_name: ::std::string::String,
    /// `Data`: array of `LeadDataItem` (optional).
    pub data: ::core::option::Option<::std::vec::Vec<LeadDataItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LeadGetItem {
    /// A `LeadGetItem` with its required fields (`Id`, `SubmittedAt`, `TurboPageId`, `TurboPageName`); the others start absent.
    pub fn new(
        id: ::std::string::String,
        submitted_at: ::std::string::String,
        turbo_page_id: i64,
        turbo_page_name: ::std::string::String,
    ) -> Self {
        Self {
            id,
            submitted_at,
            turbo_page_id,
            turbo_page_name,
            data: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Data`.
    #[inline]
    #[must_use]
    pub fn with_data(mut self, value: ::std::vec::Vec<LeadDataItem>) -> Self {
        self.data = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for LeadGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        map.serialize_entry("SubmittedAt", &self.submitted_at)?;
        map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        map.serialize_entry("TurboPageName", &self.turbo_page_name)?;
        if let ::core::option::Option::Some(value) = &self.data {
            map.serialize_entry("Data", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LeadGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = LeadGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `LeadGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<LeadGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut submitted_at = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut turbo_page_name = ::core::option::Option::None;
                let mut data = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "SubmittedAt" => {
                            submitted_at = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "TurboPageId" => {
                            turbo_page_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "TurboPageName" => {
                            turbo_page_name = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Data" => {
                            data = rt::wire::optional_value(
                                &mut map,
                                "Data",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "LeadGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(LeadGetItem {
                    id: rt::wire::required(id, "Id")?,
                    submitted_at: rt::wire::required(submitted_at, "SubmittedAt")?,
                    turbo_page_id: rt::wire::required(turbo_page_id, "TurboPageId")?,
                    turbo_page_name: rt::wire::required(
                        turbo_page_name,
                        "TurboPageName",
                    )?,
                    data,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/leads.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `LeadsSelectionCriteria` (required).
    pub selection_criteria: LeadsSelectionCriteria,
    /// `FieldNames`: array of `LeadFieldEnum` (required).
    pub field_names: ::std::vec::Vec<LeadFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: LeadsSelectionCriteria,
        field_names: ::std::vec::Vec<LeadFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
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
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/leads.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Leads`: array of `LeadGetItem` (optional).
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
    pub fn with_leads(mut self, value: ::std::vec::Vec<LeadGetItem>) -> Self {
        self.leads = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.leads {
            map.serialize_entry("Leads", value)?;
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
                let mut leads = ::core::option::Option::None;
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
                        "Leads" => {
                            leads = rt::wire::optional_value(
                                &mut map,
                                "Leads",
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
                    leads,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
