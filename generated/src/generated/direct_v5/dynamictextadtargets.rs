// @generated from schema/direct_v5/dynamictextadtargets.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The DynamicTextAdTargets service: `POST /json/v5/dynamictextadtargets`.
//!
//! Generated from `schema/direct_v5/dynamictextadtargets.json` (upstream `dynamictextadtargets.xml`, sha256 `ac0fe920e37ebfc0ca6fcfd21028c8e2f6acf5b46ea2f3a3b74eb7b959381a57`).
use crate::runtime as rt;
/// `DynamicTextAdTargets.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicTextAdTargets",
    endpoint: "dynamictextadtargets",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicTextAdTargets.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicTextAdTargets",
    endpoint: "dynamictextadtargets",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `DynamicTextAdTargets.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicTextAdTargets",
    endpoint: "dynamictextadtargets",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicTextAdTargets.suspend`.
pub const SUSPEND: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicTextAdTargets",
    endpoint: "dynamictextadtargets",
    method: "suspend",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicTextAdTargets.resume`.
pub const RESUME: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicTextAdTargets",
    endpoint: "dynamictextadtargets",
    method: "resume",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicTextAdTargets.setBids`.
pub const SET_BIDS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicTextAdTargets",
    endpoint: "dynamictextadtargets",
    method: "setBids",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: DELETE,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
    rt::MethodEntry {
        info: SUSPEND,
        request: rt::method::roundtrip_request::<SuspendRequest>,
        response: rt::method::roundtrip_response::<SuspendResponse>,
    },
    rt::MethodEntry {
        info: RESUME,
        request: rt::method::roundtrip_request::<ResumeRequest>,
        response: rt::method::roundtrip_response::<ResumeResponse>,
    },
    rt::MethodEntry {
        info: SET_BIDS,
        request: rt::method::roundtrip_request::<SetBidsRequest>,
        response: rt::method::roundtrip_response::<SetBidsResponse>,
    },
];
/// The DynamicTextAdTargets service (`POST /json/v5/dynamictextadtargets`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct DynamicTextAdTargetsService<'a> {
    client: &'a rt::Client,
}
impl<'a> DynamicTextAdTargetsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `DynamicTextAdTargets.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `DynamicTextAdTargets.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `DynamicTextAdTargets.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
    }
    /// `DynamicTextAdTargets.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND, &params).await
    }
    /// `DynamicTextAdTargets.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME, &params).await
    }
    /// `DynamicTextAdTargets.setBids`: sends `SetBidsRequest` as `params`, returns `SetBidsResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set_bids(
        &self,
        params: SetBidsRequest,
    ) -> ::core::result::Result<rt::Response<SetBidsResponse>, rt::Error> {
        self.client.call(&SET_BIDS, &params).await
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
    type Item = WebpageGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<WebpageGetItem> {
        self.webpages.unwrap_or_default()
    }
}
/// `WebpageFieldEnum`: one of 11 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebpageFieldEnum {
    /// `AdGroupId`
    AdGroupId,
    /// `Bid`
    Bid,
    /// `CampaignId`
    CampaignId,
    /// `Conditions`
    Conditions,
    /// `ConditionType`
    ConditionType,
    /// `ContextBid`
    ContextBid,
    /// `Id`
    Id,
    /// `Name`
    Name,
    /// `State`
    State,
    /// `StatusClarification`
    StatusClarification,
    /// `StrategyPriority`
    StrategyPriority,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl WebpageFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdGroupId,
        Self::Bid,
        Self::CampaignId,
        Self::Conditions,
        Self::ConditionType,
        Self::ContextBid,
        Self::Id,
        Self::Name,
        Self::State,
        Self::StatusClarification,
        Self::StrategyPriority,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdGroupId => "AdGroupId",
            Self::Bid => "Bid",
            Self::CampaignId => "CampaignId",
            Self::Conditions => "Conditions",
            Self::ConditionType => "ConditionType",
            Self::ContextBid => "ContextBid",
            Self::Id => "Id",
            Self::Name => "Name",
            Self::State => "State",
            Self::StatusClarification => "StatusClarification",
            Self::StrategyPriority => "StrategyPriority",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdGroupId" => Self::AdGroupId,
            "Bid" => Self::Bid,
            "CampaignId" => Self::CampaignId,
            "Conditions" => Self::Conditions,
            "ConditionType" => Self::ConditionType,
            "ContextBid" => Self::ContextBid,
            "Id" => Self::Id,
            "Name" => Self::Name,
            "State" => Self::State,
            "StatusClarification" => Self::StatusClarification,
            "StrategyPriority" => Self::StrategyPriority,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for WebpageFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for WebpageFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for WebpageFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WebpageFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `WebpageConditionOperandEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebpageConditionOperandEnum {
    /// `DOMAIN`
    Domain,
    /// `OFFERS_LIST_URL`
    OffersListUrl,
    /// `PAGE_CONTENT`
    PageContent,
    /// `PAGE_TITLE`
    PageTitle,
    /// `URL`
    Url,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl WebpageConditionOperandEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Domain,
        Self::OffersListUrl,
        Self::PageContent,
        Self::PageTitle,
        Self::Url,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Domain => "DOMAIN",
            Self::OffersListUrl => "OFFERS_LIST_URL",
            Self::PageContent => "PAGE_CONTENT",
            Self::PageTitle => "PAGE_TITLE",
            Self::Url => "URL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DOMAIN" => Self::Domain,
            "OFFERS_LIST_URL" => Self::OffersListUrl,
            "PAGE_CONTENT" => Self::PageContent,
            "PAGE_TITLE" => Self::PageTitle,
            "URL" => Self::Url,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for WebpageConditionOperandEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for WebpageConditionOperandEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for WebpageConditionOperandEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WebpageConditionOperandEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `WebpageTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebpageTypeEnum {
    /// `PAGES_ALL`
    PagesAll,
    /// `PAGES_SUBSET`
    PagesSubset,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl WebpageTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::PagesAll, Self::PagesSubset];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PagesAll => "PAGES_ALL",
            Self::PagesSubset => "PAGES_SUBSET",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "PAGES_ALL" => Self::PagesAll,
            "PAGES_SUBSET" => Self::PagesSubset,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for WebpageTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for WebpageTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for WebpageTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WebpageTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StringConditionOperatorEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringConditionOperatorEnum {
    /// `EQUALS_ANY`
    EqualsAny,
    /// `NOT_EQUALS_ALL`
    NotEqualsAll,
    /// `CONTAINS_ANY`
    ContainsAny,
    /// `NOT_CONTAINS_ALL`
    NotContainsAll,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StringConditionOperatorEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::EqualsAny,
        Self::NotEqualsAll,
        Self::ContainsAny,
        Self::NotContainsAll,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EqualsAny => "EQUALS_ANY",
            Self::NotEqualsAll => "NOT_EQUALS_ALL",
            Self::ContainsAny => "CONTAINS_ANY",
            Self::NotContainsAll => "NOT_CONTAINS_ALL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EQUALS_ANY" => Self::EqualsAny,
            "NOT_EQUALS_ALL" => Self::NotEqualsAll,
            "CONTAINS_ANY" => Self::ContainsAny,
            "NOT_CONTAINS_ALL" => Self::NotContainsAll,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StringConditionOperatorEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StringConditionOperatorEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StringConditionOperatorEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StringConditionOperatorEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `WebpageAddItem` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebpageAddItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `AdGroupId`: `xsd:long` (required).
    pub ad_group_id: i64,
    /// `Conditions`: array of `WebpageCondition` (optional).
    pub conditions: ::core::option::Option<::std::vec::Vec<WebpageCondition>>,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional).
    pub strategy_priority: ::core::option::Option<super::general::PriorityEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl WebpageAddItem {
    /// A `WebpageAddItem` with its required fields (`Name`, `AdGroupId`); the others start absent.
    pub fn new(name: ::std::string::String, ad_group_id: i64) -> Self {
        Self {
            name,
            ad_group_id,
            conditions: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Conditions`.
    #[inline]
    #[must_use]
    pub fn with_conditions(mut self, value: ::std::vec::Vec<WebpageCondition>) -> Self {
        self.conditions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPriority`.
    #[inline]
    #[must_use]
    pub fn with_strategy_priority(
        mut self,
        value: super::general::PriorityEnum,
    ) -> Self {
        self.strategy_priority = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for WebpageAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.conditions {
            map.serialize_entry("Conditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WebpageAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WebpageAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WebpageAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WebpageAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut conditions = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Conditions" => {
                            conditions = rt::wire::optional_value(
                                &mut map,
                                "Conditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextBid" => {
                            context_bid = rt::wire::optional_value(
                                &mut map,
                                "ContextBid",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPriority" => {
                            strategy_priority = rt::wire::optional_value(
                                &mut map,
                                "StrategyPriority",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WebpageAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WebpageAddItem {
                    name: rt::wire::required(name, "Name")?,
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    conditions,
                    bid,
                    context_bid,
                    strategy_priority,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `WebpageCondition` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebpageCondition {
    /// `Operand`: `WebpageConditionOperandEnum` (required).
    pub operand: WebpageConditionOperandEnum,
    /// `Operator`: `StringConditionOperatorEnum` (required).
    pub operator: StringConditionOperatorEnum,
    /// `Arguments`: array of `xsd:string` (required).
    pub arguments: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl WebpageCondition {
    /// A `WebpageCondition` with its required fields (`Operand`, `Operator`, `Arguments`); the others start absent.
    pub fn new(
        operand: WebpageConditionOperandEnum,
        operator: StringConditionOperatorEnum,
        arguments: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            operand,
            operator,
            arguments,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for WebpageCondition {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Operand", &self.operand)?;
        map.serialize_entry("Operator", &self.operator)?;
        map.serialize_entry("Arguments", &self.arguments)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WebpageCondition {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WebpageCondition;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WebpageCondition` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WebpageCondition, A::Error> {
                let mut operand = ::core::option::Option::None;
                let mut operator = ::core::option::Option::None;
                let mut arguments = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Operand" => {
                            operand = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Operator" => {
                            operator = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Arguments" => {
                            arguments = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WebpageCondition",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WebpageCondition {
                    operand: rt::wire::required(operand, "Operand")?,
                    operator: rt::wire::required(operator, "Operator")?,
                    arguments: rt::wire::required(arguments, "Arguments")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `WebpageGetItem` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WebpageGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional, nillable).
    pub strategy_priority: rt::Nullable<super::general::PriorityEnum>,
    /// `State`: `general:StateEnum` (optional).
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `Conditions`: array of `WebpageCondition` (optional).
    pub conditions: ::core::option::Option<::std::vec::Vec<WebpageCondition>>,
    /// `ConditionType`: `WebpageTypeEnum` (optional).
    pub condition_type: ::core::option::Option<WebpageTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl WebpageGetItem {
    /// An empty `WebpageGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: rt::Nullable::Absent,
            state: ::core::option::Option::None,
            status_clarification: ::core::option::Option::None,
            conditions: ::core::option::Option::None,
            condition_type: ::core::option::Option::None,
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
    /// Sets `AdGroupId`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_id(mut self, value: i64) -> Self {
        self.ad_group_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CampaignId`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: i64) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPriority`.
    #[inline]
    #[must_use]
    pub fn with_strategy_priority(
        mut self,
        value: super::general::PriorityEnum,
    ) -> Self {
        self.strategy_priority = rt::Nullable::Value(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Conditions`.
    #[inline]
    #[must_use]
    pub fn with_conditions(mut self, value: ::std::vec::Vec<WebpageCondition>) -> Self {
        self.conditions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ConditionType`.
    #[inline]
    #[must_use]
    pub fn with_condition_type(mut self, value: WebpageTypeEnum) -> Self {
        self.condition_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for WebpageGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if self.strategy_priority.is_present() {
            map.serialize_entry("StrategyPriority", &self.strategy_priority)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.conditions {
            map.serialize_entry("Conditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.condition_type {
            map.serialize_entry("ConditionType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WebpageGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WebpageGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WebpageGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WebpageGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = rt::Nullable::Absent;
                let mut state = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut conditions = ::core::option::Option::None;
                let mut condition_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupId" => {
                            ad_group_id = rt::wire::optional_value(
                                &mut map,
                                "AdGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextBid" => {
                            context_bid = rt::wire::optional_value(
                                &mut map,
                                "ContextBid",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPriority" => strategy_priority = map.next_value()?,
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Conditions" => {
                            conditions = rt::wire::optional_value(
                                &mut map,
                                "Conditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "ConditionType" => {
                            condition_type = rt::wire::optional_value(
                                &mut map,
                                "ConditionType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WebpageGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WebpageGetItem {
                    id,
                    ad_group_id,
                    campaign_id,
                    name,
                    bid,
                    context_bid,
                    strategy_priority,
                    state,
                    status_clarification,
                    conditions,
                    condition_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetBidsItem` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetBidsItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional).
    pub strategy_priority: ::core::option::Option<super::general::PriorityEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsItem {
    /// An empty `SetBidsItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            id: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignId`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: i64) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupId`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_id(mut self, value: i64) -> Self {
        self.ad_group_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextBid`.
    #[inline]
    #[must_use]
    pub fn with_context_bid(mut self, value: i64) -> Self {
        self.context_bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPriority`.
    #[inline]
    #[must_use]
    pub fn with_strategy_priority(
        mut self,
        value: super::general::PriorityEnum,
    ) -> Self {
        self.strategy_priority = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SetBidsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetBidsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetBidsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetBidsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetBidsItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupId" => {
                            ad_group_id = rt::wire::optional_value(
                                &mut map,
                                "AdGroupId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextBid" => {
                            context_bid = rt::wire::optional_value(
                                &mut map,
                                "ContextBid",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPriority" => {
                            strategy_priority = rt::wire::optional_value(
                                &mut map,
                                "StrategyPriority",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetBidsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetBidsItem {
                    campaign_id,
                    ad_group_id,
                    id,
                    bid,
                    context_bid,
                    strategy_priority,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Webpages`: array of `WebpageAddItem` (required).
    pub webpages: ::std::vec::Vec<WebpageAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Webpages`); the others start absent.
    pub fn new(webpages: ::std::vec::Vec<WebpageAddItem>) -> Self {
        Self {
            webpages,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Webpages", &self.webpages)?;
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
                let mut webpages = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Webpages" => {
                            webpages = ::core::option::Option::Some(map.next_value()?);
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
                    webpages: rt::wire::required(webpages, "Webpages")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:ActionResult` (required).
    pub add_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// A `AddResponse` with its required fields (`AddResults`); the others start absent.
    pub fn new(add_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            add_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AddResults", &self.add_results)?;
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
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = ::core::option::Option::Some(map.next_value()?);
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
                    add_results: rt::wire::required(add_results, "AddResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/dynamictextadtargets.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `general:AdTargetsSelectionCriteria` (required).
    pub selection_criteria: super::general::AdTargetsSelectionCriteria,
    /// `FieldNames`: array of `WebpageFieldEnum` (required).
    pub field_names: ::std::vec::Vec<WebpageFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: super::general::AdTargetsSelectionCriteria,
        field_names: ::std::vec::Vec<WebpageFieldEnum>,
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
/// `GetResponse` (`schema/direct_v5/dynamictextadtargets.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Webpages`: array of `WebpageGetItem` (optional).
    pub webpages: ::core::option::Option<::std::vec::Vec<WebpageGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            webpages: ::core::option::Option::None,
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
    /// Sets `Webpages`.
    #[inline]
    #[must_use]
    pub fn with_webpages(mut self, value: ::std::vec::Vec<WebpageGetItem>) -> Self {
        self.webpages = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.webpages {
            map.serialize_entry("Webpages", value)?;
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
                let mut webpages = ::core::option::Option::None;
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
                        "Webpages" => {
                            webpages = rt::wire::optional_value(
                                &mut map,
                                "Webpages",
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
                    webpages,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteRequest` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
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
impl ::serde::Serialize for DeleteRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteResponse` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// `DeleteResults`: array of `general:ActionResult` (required).
    pub delete_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// A `DeleteResponse` with its required fields (`DeleteResults`); the others start absent.
    pub fn new(delete_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            delete_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DeleteResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("DeleteResults", &self.delete_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteResponse, A::Error> {
                let mut delete_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "DeleteResults" => {
                            delete_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteResponse {
                    delete_results: rt::wire::required(delete_results, "DeleteResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SuspendRequest` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SuspendRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SuspendRequest {
    /// A `SuspendRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SuspendRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SuspendRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SuspendRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SuspendRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SuspendRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SuspendRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SuspendRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SuspendResponse` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SuspendResponse {
    /// `SuspendResults`: array of `general:ActionResult` (required).
    pub suspend_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SuspendResponse {
    /// A `SuspendResponse` with its required fields (`SuspendResults`); the others start absent.
    pub fn new(suspend_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            suspend_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SuspendResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SuspendResults", &self.suspend_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SuspendResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SuspendResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SuspendResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SuspendResponse, A::Error> {
                let mut suspend_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SuspendResults" => {
                            suspend_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SuspendResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SuspendResponse {
                    suspend_results: rt::wire::required(
                        suspend_results,
                        "SuspendResults",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ResumeRequest` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResumeRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResumeRequest {
    /// A `ResumeRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for ResumeRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResumeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResumeRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResumeRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResumeRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResumeRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResumeRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ResumeResponse` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResumeResponse {
    /// `ResumeResults`: array of `general:ActionResult` (required).
    pub resume_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResumeResponse {
    /// A `ResumeResponse` with its required fields (`ResumeResults`); the others start absent.
    pub fn new(resume_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            resume_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for ResumeResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("ResumeResults", &self.resume_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResumeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResumeResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResumeResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResumeResponse, A::Error> {
                let mut resume_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ResumeResults" => {
                            resume_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResumeResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResumeResponse {
                    resume_results: rt::wire::required(resume_results, "ResumeResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetBidsRequest` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetBidsRequest {
    /// `Bids`: array of `SetBidsItem` (required).
    pub bids: ::std::vec::Vec<SetBidsItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsRequest {
    /// A `SetBidsRequest` with its required fields (`Bids`); the others start absent.
    pub fn new(bids: ::std::vec::Vec<SetBidsItem>) -> Self {
        Self {
            bids,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SetBidsRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Bids", &self.bids)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetBidsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetBidsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetBidsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetBidsRequest, A::Error> {
                let mut bids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Bids" => bids = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetBidsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetBidsRequest {
                    bids: rt::wire::required(bids, "Bids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetBidsResponse` (`schema/direct_v5/dynamictextadtargets.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetBidsResponse {
    /// `SetBidsResults`: array of `general:SetBidsActionResult` (optional).
    pub set_bids_results: ::core::option::Option<
        ::std::vec::Vec<super::general::SetBidsActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsResponse {
    /// An empty `SetBidsResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            set_bids_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SetBidsResults`.
    #[inline]
    #[must_use]
    pub fn with_set_bids_results(
        mut self,
        value: ::std::vec::Vec<super::general::SetBidsActionResult>,
    ) -> Self {
        self.set_bids_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SetBidsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.set_bids_results {
            map.serialize_entry("SetBidsResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetBidsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetBidsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetBidsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetBidsResponse, A::Error> {
                let mut set_bids_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SetBidsResults" => {
                            set_bids_results = rt::wire::optional_value(
                                &mut map,
                                "SetBidsResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetBidsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetBidsResponse {
                    set_bids_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
