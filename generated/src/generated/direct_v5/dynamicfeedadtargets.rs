// @generated from schema/direct_v5/dynamicfeedadtargets.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The DynamicFeedAdTargets service: `POST /json/v5/dynamicfeedadtargets`.
//!
//! Generated from `schema/direct_v5/dynamicfeedadtargets.json` (upstream `dynamicfeedadtargets.xml`, sha256 `746fa73cc09b3ba453b843bdae25d3a6a49541fe794898322474810136f34581`).
use crate::runtime as rt;
/// `DynamicFeedAdTargets.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicFeedAdTargets",
    endpoint: "dynamicfeedadtargets",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicFeedAdTargets.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicFeedAdTargets",
    endpoint: "dynamicfeedadtargets",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `DynamicFeedAdTargets.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicFeedAdTargets",
    endpoint: "dynamicfeedadtargets",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicFeedAdTargets.suspend`.
pub const SUSPEND: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicFeedAdTargets",
    endpoint: "dynamicfeedadtargets",
    method: "suspend",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicFeedAdTargets.resume`.
pub const RESUME: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicFeedAdTargets",
    endpoint: "dynamicfeedadtargets",
    method: "resume",
    access: rt::Access::Write,
    finance: false,
};
/// `DynamicFeedAdTargets.setBids`.
pub const SET_BIDS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "DynamicFeedAdTargets",
    endpoint: "dynamicfeedadtargets",
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
/// The DynamicFeedAdTargets service (`POST /json/v5/dynamicfeedadtargets`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct DynamicFeedAdTargetsService<'a> {
    client: &'a rt::Client,
}
impl<'a> DynamicFeedAdTargetsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `DynamicFeedAdTargets.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `DynamicFeedAdTargets.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `DynamicFeedAdTargets.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
    }
    /// `DynamicFeedAdTargets.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND, &params).await
    }
    /// `DynamicFeedAdTargets.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME, &params).await
    }
    /// `DynamicFeedAdTargets.setBids`: sends `SetBidsRequest` as `params`, returns `SetBidsResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
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
    type Item = DynamicFeedAdTargetGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<DynamicFeedAdTargetGetItem> {
        self.dynamic_feed_ad_targets.unwrap_or_default()
    }
}
/// `DynamicFeedAdTargetFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicFeedAdTargetFieldEnum {
    /// `Id`
    Id,
    /// `AdGroupId`
    AdGroupId,
    /// `CampaignId`
    CampaignId,
    /// `Name`
    Name,
    /// `Bid`
    Bid,
    /// `ContextBid`
    ContextBid,
    /// `Conditions`
    Conditions,
    /// `ConditionType`
    ConditionType,
    /// `State`
    State,
    /// `AvailableItemsOnly`
    AvailableItemsOnly,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicFeedAdTargetFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::AdGroupId,
        Self::CampaignId,
        Self::Name,
        Self::Bid,
        Self::ContextBid,
        Self::Conditions,
        Self::ConditionType,
        Self::State,
        Self::AvailableItemsOnly,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::Name => "Name",
            Self::Bid => "Bid",
            Self::ContextBid => "ContextBid",
            Self::Conditions => "Conditions",
            Self::ConditionType => "ConditionType",
            Self::State => "State",
            Self::AvailableItemsOnly => "AvailableItemsOnly",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "Name" => Self::Name,
            "Bid" => Self::Bid,
            "ContextBid" => Self::ContextBid,
            "Conditions" => Self::Conditions,
            "ConditionType" => Self::ConditionType,
            "State" => Self::State,
            "AvailableItemsOnly" => Self::AvailableItemsOnly,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicFeedAdTargetFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicFeedAdTargetFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DynamicFeedAdTargetFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicFeedAdTargetFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `FeedCondition` (`schema/direct_v5/dynamicfeedadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedCondition {
    /// `Operand`: `xsd:string` (required).
    pub operand: ::std::string::String,
    /// `Operator`: `general:StringConditionOperatorEnum` (required).
    pub operator: super::general::StringConditionOperatorEnum,
    /// `Arguments`: array of `xsd:string` (required).
    pub arguments: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedCondition {
    /// A `FeedCondition` with its required fields (`Operand`, `Operator`, `Arguments`); the others start absent.
    pub fn new(
        operand: ::std::string::String,
        operator: super::general::StringConditionOperatorEnum,
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
impl ::serde::Serialize for FeedCondition {
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
impl<'de> ::serde::Deserialize<'de> for FeedCondition {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedCondition;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedCondition` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedCondition, A::Error> {
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
                                "FeedCondition",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedCondition {
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
/// `ConditionsArray` (`schema/direct_v5/dynamicfeedadtargets.json`): a list written as `{"Items": [...]}`.
pub type ConditionsArray = rt::Items<FeedCondition>;
/// `DynamicFeedAdTargetGetItem` (`schema/direct_v5/dynamicfeedadtargets.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicFeedAdTargetGetItem {
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
    /// `State`: `general:StateEnum` (optional).
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// `Conditions`: `ConditionsArray` (optional, nillable).
    pub conditions: rt::Nullable<ConditionsArray>,
    /// `ConditionType`: `general:ConditionTypeEnum` (optional).
    pub condition_type: ::core::option::Option<super::general::ConditionTypeEnum>,
    /// `AvailableItemsOnly`: `general:YesNoEnum` (optional).
    pub available_items_only: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicFeedAdTargetGetItem {
    /// An empty `DynamicFeedAdTargetGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            state: ::core::option::Option::None,
            conditions: rt::Nullable::Absent,
            condition_type: ::core::option::Option::None,
            available_items_only: ::core::option::Option::None,
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
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Conditions`.
    #[inline]
    #[must_use]
    pub fn with_conditions(mut self, value: ConditionsArray) -> Self {
        self.conditions = rt::Nullable::Value(value);
        self
    }
    /// Sets `ConditionType`.
    #[inline]
    #[must_use]
    pub fn with_condition_type(
        mut self,
        value: super::general::ConditionTypeEnum,
    ) -> Self {
        self.condition_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableItemsOnly`.
    #[inline]
    #[must_use]
    pub fn with_available_items_only(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.available_items_only = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicFeedAdTargetGetItem {
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
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if self.conditions.is_present() {
            map.serialize_entry("Conditions", &self.conditions)?;
        }
        if let ::core::option::Option::Some(value) = &self.condition_type {
            map.serialize_entry("ConditionType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_items_only {
            map.serialize_entry("AvailableItemsOnly", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicFeedAdTargetGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicFeedAdTargetGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicFeedAdTargetGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicFeedAdTargetGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut conditions = rt::Nullable::Absent;
                let mut condition_type = ::core::option::Option::None;
                let mut available_items_only = ::core::option::Option::None;
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
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "Conditions" => conditions = map.next_value()?,
                        "ConditionType" => {
                            condition_type = rt::wire::optional_value(
                                &mut map,
                                "ConditionType",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableItemsOnly" => {
                            available_items_only = rt::wire::optional_value(
                                &mut map,
                                "AvailableItemsOnly",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicFeedAdTargetGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicFeedAdTargetGetItem {
                    id,
                    ad_group_id,
                    campaign_id,
                    name,
                    bid,
                    context_bid,
                    state,
                    conditions,
                    condition_type,
                    available_items_only,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DynamicFeedAdTargetAddItem` (`schema/direct_v5/dynamicfeedadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicFeedAdTargetAddItem {
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `AdGroupId`: `xsd:long` (required).
    pub ad_group_id: i64,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `Conditions`: `ConditionsArray` (optional).
    pub conditions: ::core::option::Option<ConditionsArray>,
    /// `AvailableItemsOnly`: `general:YesNoEnum` (optional).
    pub available_items_only: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicFeedAdTargetAddItem {
    /// A `DynamicFeedAdTargetAddItem` with its required fields (`Name`, `AdGroupId`); the others start absent.
    pub fn new(name: ::std::string::String, ad_group_id: i64) -> Self {
        Self {
            name,
            ad_group_id,
            bid: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            conditions: ::core::option::Option::None,
            available_items_only: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
    /// Sets `Conditions`.
    #[inline]
    #[must_use]
    pub fn with_conditions(mut self, value: ConditionsArray) -> Self {
        self.conditions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableItemsOnly`.
    #[inline]
    #[must_use]
    pub fn with_available_items_only(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.available_items_only = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicFeedAdTargetAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.conditions {
            map.serialize_entry("Conditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_items_only {
            map.serialize_entry("AvailableItemsOnly", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicFeedAdTargetAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicFeedAdTargetAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicFeedAdTargetAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicFeedAdTargetAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut conditions = ::core::option::Option::None;
                let mut available_items_only = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
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
                        "Conditions" => {
                            conditions = rt::wire::optional_value(
                                &mut map,
                                "Conditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableItemsOnly" => {
                            available_items_only = rt::wire::optional_value(
                                &mut map,
                                "AvailableItemsOnly",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicFeedAdTargetAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicFeedAdTargetAddItem {
                    name: rt::wire::required(name, "Name")?,
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    bid,
                    context_bid,
                    conditions,
                    available_items_only,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetBidsItem` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/dynamicfeedadtargets.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `DynamicFeedAdTargets`: array of `DynamicFeedAdTargetAddItem` (required).
    pub dynamic_feed_ad_targets: ::std::vec::Vec<DynamicFeedAdTargetAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`DynamicFeedAdTargets`); the others start absent.
    pub fn new(
        dynamic_feed_ad_targets: ::std::vec::Vec<DynamicFeedAdTargetAddItem>,
    ) -> Self {
        Self {
            dynamic_feed_ad_targets,
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
        map.serialize_entry("DynamicFeedAdTargets", &self.dynamic_feed_ad_targets)?;
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
                let mut dynamic_feed_ad_targets = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "DynamicFeedAdTargets" => {
                            dynamic_feed_ad_targets = ::core::option::Option::Some(
                                map.next_value()?,
                            );
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
                    dynamic_feed_ad_targets: rt::wire::required(
                        dynamic_feed_ad_targets,
                        "DynamicFeedAdTargets",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `GetRequest` (`schema/direct_v5/dynamicfeedadtargets.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `general:AdTargetsSelectionCriteria` (required).
    pub selection_criteria: super::general::AdTargetsSelectionCriteria,
    /// `FieldNames`: array of `DynamicFeedAdTargetFieldEnum` (required).
    pub field_names: ::std::vec::Vec<DynamicFeedAdTargetFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: super::general::AdTargetsSelectionCriteria,
        field_names: ::std::vec::Vec<DynamicFeedAdTargetFieldEnum>,
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
/// `GetResponse` (`schema/direct_v5/dynamicfeedadtargets.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `DynamicFeedAdTargets`: array of `DynamicFeedAdTargetGetItem` (optional).
    pub dynamic_feed_ad_targets: ::core::option::Option<
        ::std::vec::Vec<DynamicFeedAdTargetGetItem>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            dynamic_feed_ad_targets: ::core::option::Option::None,
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
    /// Sets `DynamicFeedAdTargets`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_feed_ad_targets(
        mut self,
        value: ::std::vec::Vec<DynamicFeedAdTargetGetItem>,
    ) -> Self {
        self.dynamic_feed_ad_targets = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.dynamic_feed_ad_targets {
            map.serialize_entry("DynamicFeedAdTargets", value)?;
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
                let mut dynamic_feed_ad_targets = ::core::option::Option::None;
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
                        "DynamicFeedAdTargets" => {
                            dynamic_feed_ad_targets = rt::wire::optional_value(
                                &mut map,
                                "DynamicFeedAdTargets",
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
                    dynamic_feed_ad_targets,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteRequest` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `DeleteResponse` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `SuspendRequest` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `SuspendResponse` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `ResumeRequest` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `ResumeResponse` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `SetBidsRequest` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
/// `SetBidsResponse` (`schema/direct_v5/dynamicfeedadtargets.json`).
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
