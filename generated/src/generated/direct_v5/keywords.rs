// @generated from schema/direct_v5/keywords.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Keywords service: `POST /json/v5/keywords`.
//!
//! Generated from `schema/direct_v5/keywords.json` (upstream `keywords.xml`, sha256 `3ef99f9c56270422bac07c8e009f9ef9afab90f4f5554434a7ada7af540c4f36`).
use crate::runtime as rt;
/// `Keywords.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Keywords",
    endpoint: "keywords",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `Keywords.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Keywords",
    endpoint: "keywords",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `Keywords.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Keywords",
    endpoint: "keywords",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// `Keywords.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Keywords",
    endpoint: "keywords",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// `Keywords.suspend`.
pub const SUSPEND: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Keywords",
    endpoint: "keywords",
    method: "suspend",
    access: rt::Access::Write,
    finance: false,
};
/// `Keywords.resume`.
pub const RESUME: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Keywords",
    endpoint: "keywords",
    method: "resume",
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
        info: UPDATE,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
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
];
/// The Keywords service (`POST /json/v5/keywords`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct KeywordsService<'a> {
    client: &'a rt::Client,
}
impl<'a> KeywordsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Keywords.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `Keywords.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `Keywords.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
    /// `Keywords.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
    }
    /// `Keywords.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND, &params).await
    }
    /// `Keywords.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME, &params).await
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
    type Item = KeywordGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<KeywordGetItem> {
        self.keywords.unwrap_or_default()
    }
}
/// `KeywordFieldEnum`: one of 18 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordFieldEnum {
    /// `Id`
    Id,
    /// `Keyword`
    Keyword,
    /// `State`
    State,
    /// `Status`
    Status,
    /// `AdGroupId`
    AdGroupId,
    /// `CampaignId`
    CampaignId,
    /// `Bid`
    Bid,
    /// `AutotargetingSearchBidIsAuto`
    AutotargetingSearchBidIsAuto,
    /// `ContextBid`
    ContextBid,
    /// `StrategyPriority`
    StrategyPriority,
    /// `UserParam1`
    UserParam1,
    /// `UserParam2`
    UserParam2,
    /// `Productivity`
    Productivity,
    /// `StatisticsSearch`
    StatisticsSearch,
    /// `StatisticsNetwork`
    StatisticsNetwork,
    /// `ServingStatus`
    ServingStatus,
    /// `AutotargetingCategories`
    AutotargetingCategories,
    /// `AutotargetingBrandOptions`
    AutotargetingBrandOptions,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Keyword,
        Self::State,
        Self::Status,
        Self::AdGroupId,
        Self::CampaignId,
        Self::Bid,
        Self::AutotargetingSearchBidIsAuto,
        Self::ContextBid,
        Self::StrategyPriority,
        Self::UserParam1,
        Self::UserParam2,
        Self::Productivity,
        Self::StatisticsSearch,
        Self::StatisticsNetwork,
        Self::ServingStatus,
        Self::AutotargetingCategories,
        Self::AutotargetingBrandOptions,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Keyword => "Keyword",
            Self::State => "State",
            Self::Status => "Status",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::Bid => "Bid",
            Self::AutotargetingSearchBidIsAuto => "AutotargetingSearchBidIsAuto",
            Self::ContextBid => "ContextBid",
            Self::StrategyPriority => "StrategyPriority",
            Self::UserParam1 => "UserParam1",
            Self::UserParam2 => "UserParam2",
            Self::Productivity => "Productivity",
            Self::StatisticsSearch => "StatisticsSearch",
            Self::StatisticsNetwork => "StatisticsNetwork",
            Self::ServingStatus => "ServingStatus",
            Self::AutotargetingCategories => "AutotargetingCategories",
            Self::AutotargetingBrandOptions => "AutotargetingBrandOptions",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Keyword" => Self::Keyword,
            "State" => Self::State,
            "Status" => Self::Status,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "Bid" => Self::Bid,
            "AutotargetingSearchBidIsAuto" => Self::AutotargetingSearchBidIsAuto,
            "ContextBid" => Self::ContextBid,
            "StrategyPriority" => Self::StrategyPriority,
            "UserParam1" => Self::UserParam1,
            "UserParam2" => Self::UserParam2,
            "Productivity" => Self::Productivity,
            "StatisticsSearch" => Self::StatisticsSearch,
            "StatisticsNetwork" => Self::StatisticsNetwork,
            "ServingStatus" => Self::ServingStatus,
            "AutotargetingCategories" => Self::AutotargetingCategories,
            "AutotargetingBrandOptions" => Self::AutotargetingBrandOptions,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for KeywordFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `KeywordStateSelectionEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordStateSelectionEnum {
    /// `OFF`
    Off,
    /// `ON`
    On,
    /// `SUSPENDED`
    Suspended,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordStateSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Off, Self::On, Self::Suspended];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Suspended => "SUSPENDED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "OFF" => Self::Off,
            "ON" => Self::On,
            "SUSPENDED" => Self::Suspended,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordStateSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordStateSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for KeywordStateSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordStateSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `KeywordStatusSelectionEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordStatusSelectionEnum {
    /// `DRAFT`
    Draft,
    /// `ACCEPTED`
    Accepted,
    /// `REJECTED`
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl KeywordStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Draft, Self::Accepted, Self::Rejected];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Accepted => "ACCEPTED",
            Self::Rejected => "REJECTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACCEPTED" => Self::Accepted,
            "REJECTED" => Self::Rejected,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for KeywordStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for KeywordStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for KeywordStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordStatusSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `KeywordsSelectionCriteria` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordsSelectionCriteria {
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `States`: array of `KeywordStateSelectionEnum` (optional).
    pub states: ::core::option::Option<::std::vec::Vec<KeywordStateSelectionEnum>>,
    /// `Statuses`: array of `KeywordStatusSelectionEnum` (optional).
    pub statuses: ::core::option::Option<::std::vec::Vec<KeywordStatusSelectionEnum>>,
    /// `ModifiedSince`: `xsd:string` (optional).
    pub modified_since: ::core::option::Option<::std::string::String>,
    /// `ServingStatuses`: array of `general:ServingStatusEnum` (optional).
    pub serving_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ServingStatusEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordsSelectionCriteria {
    /// An empty `KeywordsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            campaign_ids: ::core::option::Option::None,
            states: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            modified_since: ::core::option::Option::None,
            serving_statuses: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Ids`.
    #[inline]
    #[must_use]
    pub fn with_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(
        mut self,
        value: ::std::vec::Vec<KeywordStateSelectionEnum>,
    ) -> Self {
        self.states = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Statuses`.
    #[inline]
    #[must_use]
    pub fn with_statuses(
        mut self,
        value: ::std::vec::Vec<KeywordStatusSelectionEnum>,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ModifiedSince`.
    #[inline]
    #[must_use]
    pub fn with_modified_since(mut self, value: ::std::string::String) -> Self {
        self.modified_since = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ServingStatuses`.
    #[inline]
    #[must_use]
    pub fn with_serving_statuses(
        mut self,
        value: ::std::vec::Vec<super::general::ServingStatusEnum>,
    ) -> Self {
        self.serving_statuses = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for KeywordsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.states {
            map.serialize_entry("States", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.modified_since {
            map.serialize_entry("ModifiedSince", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_statuses {
            map.serialize_entry("ServingStatuses", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut campaign_ids = ::core::option::Option::None;
                let mut states = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut modified_since = ::core::option::Option::None;
                let mut serving_statuses = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupIds" => {
                            ad_group_ids = rt::wire::optional_value(
                                &mut map,
                                "AdGroupIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "States" => {
                            states = rt::wire::optional_value(
                                &mut map,
                                "States",
                                &mut unknown_fields,
                            )?;
                        }
                        "Statuses" => {
                            statuses = rt::wire::optional_value(
                                &mut map,
                                "Statuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "ModifiedSince" => {
                            modified_since = rt::wire::optional_value(
                                &mut map,
                                "ModifiedSince",
                                &mut unknown_fields,
                            )?;
                        }
                        "ServingStatuses" => {
                            serving_statuses = rt::wire::optional_value(
                                &mut map,
                                "ServingStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordsSelectionCriteria {
                    ids,
                    ad_group_ids,
                    campaign_ids,
                    states,
                    statuses,
                    modified_since,
                    serving_statuses,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordAddItem` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KeywordAddItem {
    /// `Keyword`: `xsd:string` (required).
    pub keyword: ::std::string::String,
    /// `AdGroupId`: `xsd:long` (required).
    pub ad_group_id: i64,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `AutotargetingSearchBidIsAuto`: `general:YesNoEnum` (optional).
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional).
    pub strategy_priority: ::core::option::Option<super::general::PriorityEnum>,
    /// `UserParam1`: `xsd:string` (optional).
    pub user_param1: ::core::option::Option<::std::string::String>,
    /// `UserParam2`: `xsd:string` (optional).
    pub user_param2: ::core::option::Option<::std::string::String>,
    /// `AutotargetingCategories`: array of `general:AutotargetingCategory` (optional).
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// `AutotargetingBrandOptions`: array of `general:AutotargetingBrandOption` (optional).
    pub autotargeting_brand_options: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOption>,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordAddItem {
    /// A `KeywordAddItem` with its required fields (`Keyword`, `AdGroupId`); the others start absent.
    pub fn new(keyword: ::std::string::String, ad_group_id: i64) -> Self {
        Self {
            keyword,
            ad_group_id,
            bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: ::core::option::Option::None,
            user_param1: ::core::option::Option::None,
            user_param2: ::core::option::Option::None,
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_brand_options: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
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
    /// Sets `AutotargetingSearchBidIsAuto`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_search_bid_is_auto(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.autotargeting_search_bid_is_auto = ::core::option::Option::Some(value);
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
    /// Sets `UserParam1`.
    #[inline]
    #[must_use]
    pub fn with_user_param1(mut self, value: ::std::string::String) -> Self {
        self.user_param1 = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UserParam2`.
    #[inline]
    #[must_use]
    pub fn with_user_param2(mut self, value: ::std::string::String) -> Self {
        self.user_param2 = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategory>,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingBrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_brand_options(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingBrandOption>,
    ) -> Self {
        self.autotargeting_brand_options = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for KeywordAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Keyword", &self.keyword)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_search_bid_is_auto
        {
            map.serialize_entry("AutotargetingSearchBidIsAuto", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_bid {
            map.serialize_entry("ContextBid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategy_priority {
            map.serialize_entry("StrategyPriority", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.user_param1 {
            map.serialize_entry("UserParam1", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.user_param2 {
            map.serialize_entry("UserParam2", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_brand_options {
            map.serialize_entry("AutotargetingBrandOptions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordAddItem, A::Error> {
                let mut keyword = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = ::core::option::Option::None;
                let mut user_param1 = ::core::option::Option::None;
                let mut user_param2 = ::core::option::Option::None;
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_brand_options = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keyword" => {
                            keyword = ::core::option::Option::Some(map.next_value()?);
                        }
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
                        "AutotargetingSearchBidIsAuto" => {
                            autotargeting_search_bid_is_auto = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSearchBidIsAuto",
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
                        "UserParam1" => {
                            user_param1 = rt::wire::optional_value(
                                &mut map,
                                "UserParam1",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam2" => {
                            user_param2 = rt::wire::optional_value(
                                &mut map,
                                "UserParam2",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingBrandOptions" => {
                            autotargeting_brand_options = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingBrandOptions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordAddItem {
                    keyword: rt::wire::required(keyword, "Keyword")?,
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    bid,
                    autotargeting_search_bid_is_auto,
                    context_bid,
                    strategy_priority,
                    user_param1,
                    user_param2,
                    autotargeting_categories,
                    autotargeting_brand_options,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordProductivity` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordProductivity {
    /// `Value`: `xsd:decimal` (optional).
    pub value: ::core::option::Option<f64>,
    /// `References`: array of `xsd:int` (optional).
    pub references: ::core::option::Option<::std::vec::Vec<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordProductivity {
    /// An empty `KeywordProductivity`: every field absent.
    pub fn new() -> Self {
        Self {
            value: ::core::option::Option::None,
            references: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Value`.
    #[inline]
    #[must_use]
    pub fn with_value(mut self, value: f64) -> Self {
        self.value = ::core::option::Option::Some(value);
        self
    }
    /// Sets `References`.
    #[inline]
    #[must_use]
    pub fn with_references(mut self, value: ::std::vec::Vec<i32>) -> Self {
        self.references = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for KeywordProductivity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.value {
            map.serialize_entry("Value", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.references {
            map.serialize_entry("References", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordProductivity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordProductivity;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordProductivity` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordProductivity, A::Error> {
                let mut value = ::core::option::Option::None;
                let mut references = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Value" => {
                            value = rt::wire::optional_value(
                                &mut map,
                                "Value",
                                &mut unknown_fields,
                            )?;
                        }
                        "References" => {
                            references = rt::wire::optional_value(
                                &mut map,
                                "References",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordProductivity",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordProductivity {
                    value,
                    references,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordGetItem` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Keyword`: `xsd:string` (optional).
    pub keyword: ::core::option::Option<::std::string::String>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `Bid`: `xsd:long` (optional).
    pub bid: ::core::option::Option<i64>,
    /// `AutotargetingSearchBidIsAuto`: `general:YesNoEnum` (optional).
    pub autotargeting_search_bid_is_auto: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `ContextBid`: `xsd:long` (optional).
    pub context_bid: ::core::option::Option<i64>,
    /// `StrategyPriority`: `general:PriorityEnum` (optional, nillable).
    pub strategy_priority: rt::Nullable<super::general::PriorityEnum>,
    /// `State`: `general:StateEnum` (optional).
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `UserParam1`: `xsd:string` (optional, nillable).
    pub user_param1: rt::Nullable<::std::string::String>,
    /// `UserParam2`: `xsd:string` (optional, nillable).
    pub user_param2: rt::Nullable<::std::string::String>,
    /// `Productivity`: `KeywordProductivity` (optional, nillable).
    pub productivity: rt::Nullable<KeywordProductivity>,
    /// `StatisticsSearch`: `general:Statistics` (optional).
    pub statistics_search: ::core::option::Option<super::general::Statistics>,
    /// `StatisticsNetwork`: `general:Statistics` (optional).
    pub statistics_network: ::core::option::Option<super::general::Statistics>,
    /// `ServingStatus`: `general:ServingStatusEnum` (optional).
    pub serving_status: ::core::option::Option<super::general::ServingStatusEnum>,
    /// `AutotargetingCategories`: `general:AutotargetingCategoryArray` (optional, nillable).
    pub autotargeting_categories: rt::Nullable<
        super::general::AutotargetingCategoryArray,
    >,
    /// `AutotargetingBrandOptions`: `general:AutotargetingBrandOptionArray` (optional, nillable).
    pub autotargeting_brand_options: rt::Nullable<
        super::general::AutotargetingBrandOptionArray,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional, nillable).
    pub autotargeting_settings: rt::Nullable<super::general::AutotargetingSettings>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordGetItem {
    /// An empty `KeywordGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            keyword: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            bid: ::core::option::Option::None,
            autotargeting_search_bid_is_auto: ::core::option::Option::None,
            context_bid: ::core::option::Option::None,
            strategy_priority: rt::Nullable::Absent,
            state: ::core::option::Option::None,
            status: ::core::option::Option::None,
            user_param1: rt::Nullable::Absent,
            user_param2: rt::Nullable::Absent,
            productivity: rt::Nullable::Absent,
            statistics_search: ::core::option::Option::None,
            statistics_network: ::core::option::Option::None,
            serving_status: ::core::option::Option::None,
            autotargeting_categories: rt::Nullable::Absent,
            autotargeting_brand_options: rt::Nullable::Absent,
            autotargeting_settings: rt::Nullable::Absent,
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
    /// Sets `Keyword`.
    #[inline]
    #[must_use]
    pub fn with_keyword(mut self, value: ::std::string::String) -> Self {
        self.keyword = ::core::option::Option::Some(value);
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
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: i64) -> Self {
        self.bid = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSearchBidIsAuto`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_search_bid_is_auto(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.autotargeting_search_bid_is_auto = ::core::option::Option::Some(value);
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
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UserParam1`.
    #[inline]
    #[must_use]
    pub fn with_user_param1(mut self, value: ::std::string::String) -> Self {
        self.user_param1 = rt::Nullable::Value(value);
        self
    }
    /// Sets `UserParam2`.
    #[inline]
    #[must_use]
    pub fn with_user_param2(mut self, value: ::std::string::String) -> Self {
        self.user_param2 = rt::Nullable::Value(value);
        self
    }
    /// Sets `Productivity`.
    #[inline]
    #[must_use]
    pub fn with_productivity(mut self, value: KeywordProductivity) -> Self {
        self.productivity = rt::Nullable::Value(value);
        self
    }
    /// Sets `StatisticsSearch`.
    #[inline]
    #[must_use]
    pub fn with_statistics_search(mut self, value: super::general::Statistics) -> Self {
        self.statistics_search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatisticsNetwork`.
    #[inline]
    #[must_use]
    pub fn with_statistics_network(mut self, value: super::general::Statistics) -> Self {
        self.statistics_network = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ServingStatus`.
    #[inline]
    #[must_use]
    pub fn with_serving_status(
        mut self,
        value: super::general::ServingStatusEnum,
    ) -> Self {
        self.serving_status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: super::general::AutotargetingCategoryArray,
    ) -> Self {
        self.autotargeting_categories = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutotargetingBrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_brand_options(
        mut self,
        value: super::general::AutotargetingBrandOptionArray,
    ) -> Self {
        self.autotargeting_brand_options = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for KeywordGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.keyword {
            map.serialize_entry("Keyword", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid {
            map.serialize_entry("Bid", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_search_bid_is_auto
        {
            map.serialize_entry("AutotargetingSearchBidIsAuto", value)?;
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
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if self.user_param1.is_present() {
            map.serialize_entry("UserParam1", &self.user_param1)?;
        }
        if self.user_param2.is_present() {
            map.serialize_entry("UserParam2", &self.user_param2)?;
        }
        if self.productivity.is_present() {
            map.serialize_entry("Productivity", &self.productivity)?;
        }
        if let ::core::option::Option::Some(value) = &self.statistics_search {
            map.serialize_entry("StatisticsSearch", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statistics_network {
            map.serialize_entry("StatisticsNetwork", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serving_status {
            map.serialize_entry("ServingStatus", value)?;
        }
        if self.autotargeting_categories.is_present() {
            map.serialize_entry(
                "AutotargetingCategories",
                &self.autotargeting_categories,
            )?;
        }
        if self.autotargeting_brand_options.is_present() {
            map.serialize_entry(
                "AutotargetingBrandOptions",
                &self.autotargeting_brand_options,
            )?;
        }
        if self.autotargeting_settings.is_present() {
            map.serialize_entry("AutotargetingSettings", &self.autotargeting_settings)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut keyword = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut bid = ::core::option::Option::None;
                let mut autotargeting_search_bid_is_auto = ::core::option::Option::None;
                let mut context_bid = ::core::option::Option::None;
                let mut strategy_priority = rt::Nullable::Absent;
                let mut state = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut user_param1 = rt::Nullable::Absent;
                let mut user_param2 = rt::Nullable::Absent;
                let mut productivity = rt::Nullable::Absent;
                let mut statistics_search = ::core::option::Option::None;
                let mut statistics_network = ::core::option::Option::None;
                let mut serving_status = ::core::option::Option::None;
                let mut autotargeting_categories = rt::Nullable::Absent;
                let mut autotargeting_brand_options = rt::Nullable::Absent;
                let mut autotargeting_settings = rt::Nullable::Absent;
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
                        "Keyword" => {
                            keyword = rt::wire::optional_value(
                                &mut map,
                                "Keyword",
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
                        "Bid" => {
                            bid = rt::wire::optional_value(
                                &mut map,
                                "Bid",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSearchBidIsAuto" => {
                            autotargeting_search_bid_is_auto = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSearchBidIsAuto",
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
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam1" => user_param1 = map.next_value()?,
                        "UserParam2" => user_param2 = map.next_value()?,
                        "Productivity" => productivity = map.next_value()?,
                        "StatisticsSearch" => {
                            statistics_search = rt::wire::optional_value(
                                &mut map,
                                "StatisticsSearch",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatisticsNetwork" => {
                            statistics_network = rt::wire::optional_value(
                                &mut map,
                                "StatisticsNetwork",
                                &mut unknown_fields,
                            )?;
                        }
                        "ServingStatus" => {
                            serving_status = rt::wire::optional_value(
                                &mut map,
                                "ServingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingCategories" => {
                            autotargeting_categories = map.next_value()?;
                        }
                        "AutotargetingBrandOptions" => {
                            autotargeting_brand_options = map.next_value()?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordGetItem {
                    id,
                    keyword,
                    ad_group_id,
                    campaign_id,
                    bid,
                    autotargeting_search_bid_is_auto,
                    context_bid,
                    strategy_priority,
                    state,
                    status,
                    user_param1,
                    user_param2,
                    productivity,
                    statistics_search,
                    statistics_network,
                    serving_status,
                    autotargeting_categories,
                    autotargeting_brand_options,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `KeywordUpdateItem` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KeywordUpdateItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Keyword`: `xsd:string` (optional).
    pub keyword: ::core::option::Option<::std::string::String>,
    /// `UserParam1`: `xsd:string` (optional, nillable).
    pub user_param1: rt::Nullable<::std::string::String>,
    /// `UserParam2`: `xsd:string` (optional, nillable).
    pub user_param2: rt::Nullable<::std::string::String>,
    /// `AutotargetingCategories`: array of `general:AutotargetingCategory` (optional).
    pub autotargeting_categories: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategory>,
    >,
    /// `AutotargetingBrandOptions`: array of `general:AutotargetingBrandOption` (optional).
    pub autotargeting_brand_options: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOption>,
    >,
    /// `AutotargetingSettings`: `general:AutotargetingSettings` (optional).
    pub autotargeting_settings: ::core::option::Option<
        super::general::AutotargetingSettings,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordUpdateItem {
    /// A `KeywordUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            keyword: ::core::option::Option::None,
            user_param1: rt::Nullable::Absent,
            user_param2: rt::Nullable::Absent,
            autotargeting_categories: ::core::option::Option::None,
            autotargeting_brand_options: ::core::option::Option::None,
            autotargeting_settings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Keyword`.
    #[inline]
    #[must_use]
    pub fn with_keyword(mut self, value: ::std::string::String) -> Self {
        self.keyword = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UserParam1`.
    #[inline]
    #[must_use]
    pub fn with_user_param1(mut self, value: ::std::string::String) -> Self {
        self.user_param1 = rt::Nullable::Value(value);
        self
    }
    /// Sets `UserParam2`.
    #[inline]
    #[must_use]
    pub fn with_user_param2(mut self, value: ::std::string::String) -> Self {
        self.user_param2 = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutotargetingCategories`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_categories(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategory>,
    ) -> Self {
        self.autotargeting_categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingBrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_brand_options(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingBrandOption>,
    ) -> Self {
        self.autotargeting_brand_options = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AutotargetingSettings`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings(
        mut self,
        value: super::general::AutotargetingSettings,
    ) -> Self {
        self.autotargeting_settings = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for KeywordUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.keyword {
            map.serialize_entry("Keyword", value)?;
        }
        if self.user_param1.is_present() {
            map.serialize_entry("UserParam1", &self.user_param1)?;
        }
        if self.user_param2.is_present() {
            map.serialize_entry("UserParam2", &self.user_param2)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_categories {
            map.serialize_entry("AutotargetingCategories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_brand_options {
            map.serialize_entry("AutotargetingBrandOptions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.autotargeting_settings {
            map.serialize_entry("AutotargetingSettings", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut keyword = ::core::option::Option::None;
                let mut user_param1 = rt::Nullable::Absent;
                let mut user_param2 = rt::Nullable::Absent;
                let mut autotargeting_categories = ::core::option::Option::None;
                let mut autotargeting_brand_options = ::core::option::Option::None;
                let mut autotargeting_settings = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Keyword" => {
                            keyword = rt::wire::optional_value(
                                &mut map,
                                "Keyword",
                                &mut unknown_fields,
                            )?;
                        }
                        "UserParam1" => user_param1 = map.next_value()?,
                        "UserParam2" => user_param2 = map.next_value()?,
                        "AutotargetingCategories" => {
                            autotargeting_categories = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingCategories",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingBrandOptions" => {
                            autotargeting_brand_options = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingBrandOptions",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettings" => {
                            autotargeting_settings = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettings",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    keyword,
                    user_param1,
                    user_param2,
                    autotargeting_categories,
                    autotargeting_brand_options,
                    autotargeting_settings,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Keywords`: array of `KeywordAddItem` (required).
    pub keywords: ::std::vec::Vec<KeywordAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Keywords`); the others start absent.
    pub fn new(keywords: ::std::vec::Vec<KeywordAddItem>) -> Self {
        Self {
            keywords,
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
        map.serialize_entry("Keywords", &self.keywords)?;
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
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keywords" => {
                            keywords = ::core::option::Option::Some(map.next_value()?);
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
                    keywords: rt::wire::required(keywords, "Keywords")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/keywords.json`).
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
/// `GetRequest` (`schema/direct_v5/keywords.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `KeywordsSelectionCriteria` (required).
    pub selection_criteria: KeywordsSelectionCriteria,
    /// `FieldNames`: array of `KeywordFieldEnum` (required).
    pub field_names: ::std::vec::Vec<KeywordFieldEnum>,
    /// `AutotargetingSettingsCategoriesFieldNames`: array of `general:AutotargetingCategoriesFieldEnum` (optional).
    pub autotargeting_settings_categories_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingCategoriesFieldEnum>,
    >,
    /// `AutotargetingSettingsBrandOptionsFieldNames`: array of `general:AutotargetingBrandOptionsFieldEnum` (optional).
    pub autotargeting_settings_brand_options_field_names: ::core::option::Option<
        ::std::vec::Vec<super::general::AutotargetingBrandOptionsFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: KeywordsSelectionCriteria,
        field_names: ::std::vec::Vec<KeywordFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
            autotargeting_settings_categories_field_names: ::core::option::Option::None,
            autotargeting_settings_brand_options_field_names: ::core::option::Option::None,
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
    /// Sets `AutotargetingSettingsCategoriesFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings_categories_field_names(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingCategoriesFieldEnum>,
    ) -> Self {
        self.autotargeting_settings_categories_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `AutotargetingSettingsBrandOptionsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_autotargeting_settings_brand_options_field_names(
        mut self,
        value: ::std::vec::Vec<super::general::AutotargetingBrandOptionsFieldEnum>,
    ) -> Self {
        self.autotargeting_settings_brand_options_field_names = ::core::option::Option::Some(
            value,
        );
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
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_settings_categories_field_names
        {
            map.serialize_entry("AutotargetingSettingsCategoriesFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .autotargeting_settings_brand_options_field_names
        {
            map.serialize_entry("AutotargetingSettingsBrandOptionsFieldNames", value)?;
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
                let mut autotargeting_settings_categories_field_names = ::core::option::Option::None;
                let mut autotargeting_settings_brand_options_field_names = ::core::option::Option::None;
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
                        "AutotargetingSettingsCategoriesFieldNames" => {
                            autotargeting_settings_categories_field_names = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettingsCategoriesFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "AutotargetingSettingsBrandOptionsFieldNames" => {
                            autotargeting_settings_brand_options_field_names = rt::wire::optional_value(
                                &mut map,
                                "AutotargetingSettingsBrandOptionsFieldNames",
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
                    autotargeting_settings_categories_field_names,
                    autotargeting_settings_brand_options_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/keywords.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Keywords`: array of `KeywordGetItem` (optional).
    pub keywords: ::core::option::Option<::std::vec::Vec<KeywordGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            keywords: ::core::option::Option::None,
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
    /// Sets `Keywords`.
    #[inline]
    #[must_use]
    pub fn with_keywords(mut self, value: ::std::vec::Vec<KeywordGetItem>) -> Self {
        self.keywords = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.keywords {
            map.serialize_entry("Keywords", value)?;
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
                let mut keywords = ::core::option::Option::None;
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
                        "Keywords" => {
                            keywords = rt::wire::optional_value(
                                &mut map,
                                "Keywords",
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
                    keywords,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateRequest` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Keywords`: array of `KeywordUpdateItem` (required).
    pub keywords: ::std::vec::Vec<KeywordUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Keywords`); the others start absent.
    pub fn new(keywords: ::std::vec::Vec<KeywordUpdateItem>) -> Self {
        Self {
            keywords,
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
        map.serialize_entry("Keywords", &self.keywords)?;
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
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keywords" => {
                            keywords = ::core::option::Option::Some(map.next_value()?);
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
                    keywords: rt::wire::required(keywords, "Keywords")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/keywords.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// `UpdateResults`: array of `general:ActionResult` (required).
    pub update_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(update_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
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
/// `DeleteRequest` (`schema/direct_v5/keywords.json`).
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
/// `DeleteResponse` (`schema/direct_v5/keywords.json`).
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
/// `SuspendRequest` (`schema/direct_v5/keywords.json`).
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
/// `SuspendResponse` (`schema/direct_v5/keywords.json`).
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
/// `ResumeRequest` (`schema/direct_v5/keywords.json`).
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
/// `ResumeResponse` (`schema/direct_v5/keywords.json`).
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
