// @generated from schema/direct_v5/strategies.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Strategies service: `POST /json/v5/strategies`.
//!
//! Generated from `schema/direct_v5/strategies.json` (upstream `strategies.xml`, sha256 `70d403d81d5532f094af6a9f28e7931c1ecb3a302ad8ae5315c91cd1a1890f5a`).
use crate::runtime as rt;
/// `Strategies.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Strategies",
    endpoint: "strategies",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `Strategies.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Strategies",
    endpoint: "strategies",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// `Strategies.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Strategies",
    endpoint: "strategies",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `Strategies.archive`.
pub const ARCHIVE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Strategies",
    endpoint: "strategies",
    method: "archive",
    access: rt::Access::Write,
    finance: false,
};
/// `Strategies.unarchive`.
pub const UNARCHIVE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Strategies",
    endpoint: "strategies",
    method: "unarchive",
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
        info: UPDATE,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ARCHIVE,
        request: rt::method::roundtrip_request::<ArchiveRequest>,
        response: rt::method::roundtrip_response::<ArchiveResponse>,
    },
    rt::MethodEntry {
        info: UNARCHIVE,
        request: rt::method::roundtrip_request::<UnarchiveRequest>,
        response: rt::method::roundtrip_response::<UnarchiveResponse>,
    },
];
/// The Strategies service (`POST /json/v5/strategies`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct StrategiesService<'a> {
    client: &'a rt::Client,
}
impl<'a> StrategiesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Strategies.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `Strategies.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
    /// `Strategies.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `Strategies.archive`: sends `ArchiveRequest` as `params`, returns `ArchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn archive(
        &self,
        params: ArchiveRequest,
    ) -> ::core::result::Result<rt::Response<ArchiveResponse>, rt::Error> {
        self.client.call(&ARCHIVE, &params).await
    }
    /// `Strategies.unarchive`: sends `UnarchiveRequest` as `params`, returns `UnarchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn unarchive(
        &self,
        params: UnarchiveRequest,
    ) -> ::core::result::Result<rt::Response<UnarchiveResponse>, rt::Error> {
        self.client.call(&UNARCHIVE, &params).await
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
    type Item = StrategyGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<StrategyGetItem> {
        self.strategies.unwrap_or_default()
    }
}
/// `StrategyFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyFieldEnum {
    /// `Id`
    Id,
    /// `AttributionModel`
    AttributionModel,
    /// `CounterIds`
    CounterIds,
    /// `PriorityGoals`
    PriorityGoals,
    /// `Type`
    Type,
    /// `Name`
    Name,
    /// `StatusArchived`
    StatusArchived,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::AttributionModel,
        Self::CounterIds,
        Self::PriorityGoals,
        Self::Type,
        Self::Name,
        Self::StatusArchived,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::AttributionModel => "AttributionModel",
            Self::CounterIds => "CounterIds",
            Self::PriorityGoals => "PriorityGoals",
            Self::Type => "Type",
            Self::Name => "Name",
            Self::StatusArchived => "StatusArchived",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "AttributionModel" => Self::AttributionModel,
            "CounterIds" => Self::CounterIds,
            "PriorityGoals" => Self::PriorityGoals,
            "Type" => Self::Type,
            "Name" => Self::Name,
            "StatusArchived" => Self::StatusArchived,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyMaximumClicksFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyMaximumClicksFieldEnum {
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyMaximumClicksFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyMaximumClicksFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyMaximumClicksFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyMaximumClicksFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyMaximumConversionRateFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyMaximumConversionRateFieldEnum {
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// `GoalId`
    GoalId,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyMaximumConversionRateFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
        Self::GoalId,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::GoalId => "GoalId",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            "GoalId" => Self::GoalId,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyMaximumConversionRateFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyMaximumConversionRateFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpcFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpcFieldEnum {
    /// `AverageCpc`
    AverageCpc,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpcFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AverageCpc",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AverageCpc" => Self::AverageCpc,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpcFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpcFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpcFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpaFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaFieldEnum {
    /// `AverageCpa`
    AverageCpa,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// `ExplorationBudget`
    ExplorationBudget,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpaFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpa,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
        Self::ExplorationBudget,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpa => "AverageCpa",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::ExplorationBudget => "ExplorationBudget",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AverageCpa" => Self::AverageCpa,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            "ExplorationBudget" => Self::ExplorationBudget,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpaFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpaFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpaFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyMaxProfitFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyMaxProfitFieldEnum {
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `ExplorationBudget`
    ExplorationBudget,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyMaxProfitFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::ExplorationBudget,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::ExplorationBudget => "ExplorationBudget",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "ExplorationBudget" => Self::ExplorationBudget,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyMaxProfitFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyMaxProfitFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyMaxProfitFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyPayForConversionFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionFieldEnum {
    /// `Cpa`
    Cpa,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyPayForConversionFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Cpa,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cpa => "Cpa",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Cpa" => Self::Cpa,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyPayForConversionFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyPayForConversionFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyPayForConversionFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpaPerCampaignFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaPerCampaignFieldEnum {
    /// `AverageCpa`
    AverageCpa,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// `ExplorationBudget`
    ExplorationBudget,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpaPerCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpa,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
        Self::ExplorationBudget,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpa => "AverageCpa",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::ExplorationBudget => "ExplorationBudget",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AverageCpa" => Self::AverageCpa,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            "ExplorationBudget" => Self::ExplorationBudget,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpaPerCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpaPerCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyPayForConversionPerCampaignFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionPerCampaignFieldEnum {
    /// `Cpa`
    Cpa,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyPayForConversionPerCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Cpa,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cpa => "Cpa",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Cpa" => Self::Cpa,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyPayForConversionPerCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyPayForConversionPerCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyPayForConversionPerFilterFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionPerFilterFieldEnum {
    /// `Cpa`
    Cpa,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyPayForConversionPerFilterFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Cpa,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cpa => "Cpa",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Cpa" => Self::Cpa,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyPayForConversionPerFilterFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyPayForConversionPerFilterFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpaPerFilterFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaPerFilterFieldEnum {
    /// `FilterAverageCpa`
    FilterAverageCpa,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// `ExplorationBudget`
    ExplorationBudget,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpaPerFilterFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::FilterAverageCpa,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
        Self::ExplorationBudget,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilterAverageCpa => "FilterAverageCpa",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::ExplorationBudget => "ExplorationBudget",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "FilterAverageCpa" => Self::FilterAverageCpa,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            "ExplorationBudget" => Self::ExplorationBudget,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpaPerFilterFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpaPerFilterFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpcPerCampaignFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpcPerCampaignFieldEnum {
    /// `AverageCpc`
    AverageCpc,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpcPerCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AverageCpc",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AverageCpc" => Self::AverageCpc,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpcPerCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpcPerCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpcPerFilterFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpcPerFilterFieldEnum {
    /// `FilterAverageCpc`
    FilterAverageCpc,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `BidCeiling`
    BidCeiling,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpcPerFilterFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::FilterAverageCpc,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::BidCeiling,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilterAverageCpc => "FilterAverageCpc",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::BidCeiling => "BidCeiling",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "FilterAverageCpc" => Self::FilterAverageCpc,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "BidCeiling" => Self::BidCeiling,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpcPerFilterFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpcPerFilterFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCrrFieldEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCrrFieldEnum {
    /// `Crr`
    Crr,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `ExplorationBudget`
    ExplorationBudget,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCrrFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Crr,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::ExplorationBudget,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Crr => "Crr",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::ExplorationBudget => "ExplorationBudget",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Crr" => Self::Crr,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "ExplorationBudget" => Self::ExplorationBudget,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCrrFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCrrFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCrrFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyPayForConversionCrrFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionCrrFieldEnum {
    /// `Crr`
    Crr,
    /// `GoalId`
    GoalId,
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyPayForConversionCrrFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Crr,
        Self::GoalId,
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Crr => "Crr",
            Self::GoalId => "GoalId",
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Crr" => Self::Crr,
            "GoalId" => Self::GoalId,
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyPayForConversionCrrFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyPayForConversionCrrFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyAverageCpaMultipleGoalsFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaMultipleGoalsFieldEnum {
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// `ExplorationBudget`
    ExplorationBudget,
    /// `BidCeiling`
    BidCeiling,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyAverageCpaMultipleGoalsFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
        Self::ExplorationBudget,
        Self::BidCeiling,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::ExplorationBudget => "ExplorationBudget",
            Self::BidCeiling => "BidCeiling",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            "ExplorationBudget" => Self::ExplorationBudget,
            "BidCeiling" => Self::BidCeiling,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyAverageCpaMultipleGoalsFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyAverageCpaMultipleGoalsFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyPayForConversionMultipleGoalsFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionMultipleGoalsFieldEnum {
    /// `WeeklySpendLimit`
    WeeklySpendLimit,
    /// `CustomPeriodBudget`
    CustomPeriodBudget,
    /// `BudgetType`
    BudgetType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyPayForConversionMultipleGoalsFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::WeeklySpendLimit,
        Self::CustomPeriodBudget,
        Self::BudgetType,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WeeklySpendLimit => "WeeklySpendLimit",
            Self::CustomPeriodBudget => "CustomPeriodBudget",
            Self::BudgetType => "BudgetType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WeeklySpendLimit" => Self::WeeklySpendLimit,
            "CustomPeriodBudget" => Self::CustomPeriodBudget,
            "BudgetType" => Self::BudgetType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyPayForConversionMultipleGoalsFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyPayForConversionMultipleGoalsFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `StrategyType`: one of 17 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyType {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `AVERAGE_CPC_PER_CAMPAIGN`
    AverageCpcPerCampaign,
    /// `AVERAGE_CPC_PER_FILTER`
    AverageCpcPerFilter,
    /// `AVERAGE_CPA_PER_CAMPAIGN`
    AverageCpaPerCampaign,
    /// `AVERAGE_CPA_PER_FILTER`
    AverageCpaPerFilter,
    /// `PAY_FOR_CONVERSION_PER_CAMPAIGN`
    PayForConversionPerCampaign,
    /// `PAY_FOR_CONVERSION_PER_FILTER`
    PayForConversionPerFilter,
    /// `MAX_PROFIT`
    MaxProfit,
    /// `AVERAGE_CPA_MULTIPLE_GOALS`
    AverageCpaMultipleGoals,
    /// `PAY_FOR_CONVERSION_MULTIPLE_GOALS`
    PayForConversionMultipleGoals,
    /// `UNKNOWN`
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StrategyType {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::WbMaximumConversionRate,
        Self::WbMaximumClicks,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::AverageCpcPerCampaign,
        Self::AverageCpcPerFilter,
        Self::AverageCpaPerCampaign,
        Self::AverageCpaPerFilter,
        Self::PayForConversionPerCampaign,
        Self::PayForConversionPerFilter,
        Self::MaxProfit,
        Self::AverageCpaMultipleGoals,
        Self::PayForConversionMultipleGoals,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::AverageCpcPerCampaign => "AVERAGE_CPC_PER_CAMPAIGN",
            Self::AverageCpcPerFilter => "AVERAGE_CPC_PER_FILTER",
            Self::AverageCpaPerCampaign => "AVERAGE_CPA_PER_CAMPAIGN",
            Self::AverageCpaPerFilter => "AVERAGE_CPA_PER_FILTER",
            Self::PayForConversionPerCampaign => "PAY_FOR_CONVERSION_PER_CAMPAIGN",
            Self::PayForConversionPerFilter => "PAY_FOR_CONVERSION_PER_FILTER",
            Self::MaxProfit => "MAX_PROFIT",
            Self::AverageCpaMultipleGoals => "AVERAGE_CPA_MULTIPLE_GOALS",
            Self::PayForConversionMultipleGoals => "PAY_FOR_CONVERSION_MULTIPLE_GOALS",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AVERAGE_CPC" => Self::AverageCpc,
            "AVERAGE_CPA" => Self::AverageCpa,
            "PAY_FOR_CONVERSION" => Self::PayForConversion,
            "WB_MAXIMUM_CONVERSION_RATE" => Self::WbMaximumConversionRate,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "AVERAGE_CPC_PER_CAMPAIGN" => Self::AverageCpcPerCampaign,
            "AVERAGE_CPC_PER_FILTER" => Self::AverageCpcPerFilter,
            "AVERAGE_CPA_PER_CAMPAIGN" => Self::AverageCpaPerCampaign,
            "AVERAGE_CPA_PER_FILTER" => Self::AverageCpaPerFilter,
            "PAY_FOR_CONVERSION_PER_CAMPAIGN" => Self::PayForConversionPerCampaign,
            "PAY_FOR_CONVERSION_PER_FILTER" => Self::PayForConversionPerFilter,
            "MAX_PROFIT" => Self::MaxProfit,
            "AVERAGE_CPA_MULTIPLE_GOALS" => Self::AverageCpaMultipleGoals,
            "PAY_FOR_CONVERSION_MULTIPLE_GOALS" => Self::PayForConversionMultipleGoals,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StrategyType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StrategyType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for StrategyType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `BudgetTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BudgetTypeEnum {
    /// `WEEKLY_BUDGET`
    WeeklyBudget,
    /// `CUSTOM_PERIOD_BUDGET`
    CustomPeriodBudget,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BudgetTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::WeeklyBudget, Self::CustomPeriodBudget];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WeeklyBudget => "WEEKLY_BUDGET",
            Self::CustomPeriodBudget => "CUSTOM_PERIOD_BUDGET",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WEEKLY_BUDGET" => Self::WeeklyBudget,
            "CUSTOM_PERIOD_BUDGET" => Self::CustomPeriodBudget,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BudgetTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BudgetTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for BudgetTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BudgetTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ExplorationBudget` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExplorationBudget {
    /// `MinimumExplorationBudget`: `xsd:long` (required).
    pub minimum_exploration_budget: i64,
    /// `IsMinimumExplorationBudgetCustom`: `general:YesNoEnum` (required).
    pub is_minimum_exploration_budget_custom: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ExplorationBudget {
    /// A `ExplorationBudget` with its required fields (`MinimumExplorationBudget`, `IsMinimumExplorationBudgetCustom`); the others start absent.
    pub fn new(
        minimum_exploration_budget: i64,
        is_minimum_exploration_budget_custom: super::general::YesNoEnum,
    ) -> Self {
        Self {
            minimum_exploration_budget,
            is_minimum_exploration_budget_custom,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for ExplorationBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry(
            "MinimumExplorationBudget",
            &self.minimum_exploration_budget,
        )?;
        map.serialize_entry(
            "IsMinimumExplorationBudgetCustom",
            &self.is_minimum_exploration_budget_custom,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ExplorationBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ExplorationBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ExplorationBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ExplorationBudget, A::Error> {
                let mut minimum_exploration_budget = ::core::option::Option::None;
                let mut is_minimum_exploration_budget_custom = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MinimumExplorationBudget" => {
                            minimum_exploration_budget = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "IsMinimumExplorationBudgetCustom" => {
                            is_minimum_exploration_budget_custom = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ExplorationBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ExplorationBudget {
                    minimum_exploration_budget: rt::wire::required(
                        minimum_exploration_budget,
                        "MinimumExplorationBudget",
                    )?,
                    is_minimum_exploration_budget_custom: rt::wire::required(
                        is_minimum_exploration_budget_custom,
                        "IsMinimumExplorationBudgetCustom",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CustomPeriodBudget` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CustomPeriodBudget {
    /// `SpendLimit`: `xsd:long` (required).
    pub spend_limit: i64,
    /// `StartDate`: `xsd:string` (required).
    pub start_date: ::std::string::String,
    /// `EndDate`: `xsd:string` (required).
    pub end_date: ::std::string::String,
    /// `AutoContinue`: `general:YesNoEnum` (required).
    pub auto_continue: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CustomPeriodBudget {
    /// A `CustomPeriodBudget` with its required fields (`SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        spend_limit: i64,
        start_date: ::std::string::String,
        end_date: ::std::string::String,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            spend_limit,
            start_date,
            end_date,
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CustomPeriodBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomPeriodBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CustomPeriodBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CustomPeriodBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CustomPeriodBudget, A::Error> {
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CustomPeriodBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CustomPeriodBudget {
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumClicksAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksAddItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumClicksAddItem {
    /// An empty `StrategyMaximumClicksAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumClicksAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksAddItem, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumConversionRateAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateAddItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumConversionRateAddItem {
    /// A `StrategyMaximumConversionRateAddItem` with its required fields (`GoalId`); the others start absent.
    pub fn new(goal_id: i64) -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            goal_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        map.serialize_entry("GoalId", &self.goal_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateAddItem, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcAddItem {
    /// `AverageCpc`: `xsd:long` (required).
    pub average_cpc: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcAddItem {
    /// A `StrategyAverageCpcAddItem` with its required fields (`AverageCpc`); the others start absent.
    pub fn new(average_cpc: i64) -> Self {
        Self {
            average_cpc,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpc", &self.average_cpc)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcAddItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcAddItem {
                    average_cpc: rt::wire::required(average_cpc, "AverageCpc")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaAddItem {
    /// `AverageCpa`: `xsd:long` (required).
    pub average_cpa: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaAddItem {
    /// A `StrategyAverageCpaAddItem` with its required fields (`AverageCpa`, `GoalId`); the others start absent.
    pub fn new(average_cpa: i64, goal_id: i64) -> Self {
        Self {
            average_cpa,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            exploration_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpa", &self.average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaAddItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaAddItem {
                    average_cpa: rt::wire::required(average_cpa, "AverageCpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaxProfitAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitAddItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaxProfitAddItem {
    /// An empty `StrategyMaxProfitAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            exploration_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaxProfitAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitAddItem, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionAddItem {
    /// `Cpa`: `xsd:long` (required).
    pub cpa: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionAddItem {
    /// A `StrategyPayForConversionAddItem` with its required fields (`Cpa`, `GoalId`); the others start absent.
    pub fn new(cpa: i64, goal_id: i64) -> Self {
        Self {
            cpa,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionAddItem, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionAddItem {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerCampaignAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignAddItem {
    /// `AverageCpa`: `xsd:long` (required).
    pub average_cpa: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerCampaignAddItem {
    /// A `StrategyAverageCpaPerCampaignAddItem` with its required fields (`AverageCpa`, `GoalId`); the others start absent.
    pub fn new(average_cpa: i64, goal_id: i64) -> Self {
        Self {
            average_cpa,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            exploration_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpa", &self.average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignAddItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignAddItem {
                    average_cpa: rt::wire::required(average_cpa, "AverageCpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerCampaignAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignAddItem {
    /// `Cpa`: `xsd:long` (required).
    pub cpa: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerCampaignAddItem {
    /// A `StrategyPayForConversionPerCampaignAddItem` with its required fields (`Cpa`, `GoalId`); the others start absent.
    pub fn new(cpa: i64, goal_id: i64) -> Self {
        Self {
            cpa,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignAddItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignAddItem {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerFilterAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterAddItem {
    /// `Cpa`: `xsd:long` (required).
    pub cpa: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerFilterAddItem {
    /// A `StrategyPayForConversionPerFilterAddItem` with its required fields (`Cpa`, `GoalId`); the others start absent.
    pub fn new(cpa: i64, goal_id: i64) -> Self {
        Self {
            cpa,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterAddItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterAddItem {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerFilterAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterAddItem {
    /// `FilterAverageCpa`: `xsd:long` (required).
    pub filter_average_cpa: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerFilterAddItem {
    /// A `StrategyAverageCpaPerFilterAddItem` with its required fields (`FilterAverageCpa`, `GoalId`); the others start absent.
    pub fn new(filter_average_cpa: i64, goal_id: i64) -> Self {
        Self {
            filter_average_cpa,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            exploration_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FilterAverageCpa", &self.filter_average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterAddItem, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterAddItem {
                    filter_average_cpa: rt::wire::required(
                        filter_average_cpa,
                        "FilterAverageCpa",
                    )?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerCampaignAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignAddItem {
    /// `AverageCpc`: `xsd:long` (required).
    pub average_cpc: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerCampaignAddItem {
    /// A `StrategyAverageCpcPerCampaignAddItem` with its required fields (`AverageCpc`); the others start absent.
    pub fn new(average_cpc: i64) -> Self {
        Self {
            average_cpc,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpc", &self.average_cpc)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignAddItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignAddItem {
                    average_cpc: rt::wire::required(average_cpc, "AverageCpc")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerFilterAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterAddItem {
    /// `FilterAverageCpc`: `xsd:long` (optional).
    pub filter_average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerFilterAddItem {
    /// An empty `StrategyAverageCpcPerFilterAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpc: ::core::option::Option::None,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpc(mut self, value: i64) -> Self {
        self.filter_average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpc {
            map.serialize_entry("FilterAverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterAddItem, A::Error> {
                let mut filter_average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => {
                            filter_average_cpc = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterAddItem {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCrrAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCrrAddItem {
    /// `Crr`: `xsd:int` (required).
    pub crr: i32,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCrrAddItem {
    /// A `StrategyAverageCrrAddItem` with its required fields (`Crr`, `GoalId`); the others start absent.
    pub fn new(crr: i32, goal_id: i64) -> Self {
        Self {
            crr,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            exploration_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCrrAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Crr", &self.crr)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrAddItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => crr = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrAddItem {
                    crr: rt::wire::required(crr, "Crr")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionCrrAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrAddItem {
    /// `Crr`: `xsd:int` (required).
    pub crr: i32,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionCrrAddItem {
    /// A `StrategyPayForConversionCrrAddItem` with its required fields (`Crr`, `GoalId`); the others start absent.
    pub fn new(crr: i32, goal_id: i64) -> Self {
        Self {
            crr,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Crr", &self.crr)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrAddItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => crr = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrAddItem {
                    crr: rt::wire::required(crr, "Crr")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaMultipleGoalsAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsAddItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaMultipleGoalsAddItem {
    /// An empty `StrategyAverageCpaMultipleGoalsAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            exploration_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaMultipleGoalsAddItem,
                A::Error,
            > {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionMultipleGoalsAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsAddItem {
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionMultipleGoalsAddItem {
    /// A `StrategyPayForConversionMultipleGoalsAddItem` with its required fields (`GoalId`); the others start absent.
    pub fn new(goal_id: i64) -> Self {
        Self {
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsAddItem,
                A::Error,
            > {
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsAddItem {
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumClicksBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumClicksBase {
    /// An empty `StrategyMaximumClicksBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumClicksBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumConversionRateBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumConversionRateBase {
    /// An empty `StrategyMaximumConversionRateBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            goal_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcBase {
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcBase {
    /// An empty `StrategyAverageCpcBase`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcBase, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcBase {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaBase {
    /// `AverageCpa`: `xsd:long` (optional).
    pub average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaBase {
    /// An empty `StrategyAverageCpaBase`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: i64) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaBase, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaBase {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaxProfitBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaxProfitBase {
    /// An empty `StrategyMaxProfitBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaxProfitBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionBase {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionBase {
    /// An empty `StrategyPayForConversionBase`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionBase, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionBase {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerCampaignBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignBase {
    /// `AverageCpa`: `xsd:long` (optional).
    pub average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerCampaignBase {
    /// An empty `StrategyAverageCpaPerCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: i64) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignBase, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignBase {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerCampaignBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignBase {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerCampaignBase {
    /// An empty `StrategyPayForConversionPerCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignBase,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignBase {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerFilterBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterBase {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerFilterBase {
    /// An empty `StrategyPayForConversionPerFilterBase`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterBase,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterBase {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerFilterBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterBase {
    /// `FilterAverageCpa`: `xsd:long` (optional).
    pub filter_average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerFilterBase {
    /// An empty `StrategyAverageCpaPerFilterBase`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpa(mut self, value: i64) -> Self {
        self.filter_average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterBase, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterBase {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerCampaignBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignBase {
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerCampaignBase {
    /// An empty `StrategyAverageCpcPerCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignBase, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignBase {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerFilterBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterBase {
    /// `FilterAverageCpc`: `xsd:long` (optional, nillable).
    pub filter_average_cpc: rt::Nullable<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerFilterBase {
    /// An empty `StrategyAverageCpcPerFilterBase`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpc: rt::Nullable::Absent,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpc(mut self, value: i64) -> Self {
        self.filter_average_cpc = rt::Nullable::Value(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterBase, A::Error> {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterBase {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCrrBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrrBase {
    /// `Crr`: `xsd:int` (optional).
    pub crr: ::core::option::Option<i32>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCrrBase {
    /// An empty `StrategyAverageCrrBase`: every field absent.
    pub fn new() -> Self {
        Self {
            crr: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Crr`.
    #[inline]
    #[must_use]
    pub fn with_crr(mut self, value: i32) -> Self {
        self.crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCrrBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrBase, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrBase {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionCrrBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrBase {
    /// `Crr`: `xsd:int` (optional).
    pub crr: ::core::option::Option<i32>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionCrrBase {
    /// An empty `StrategyPayForConversionCrrBase`: every field absent.
    pub fn new() -> Self {
        Self {
            crr: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Crr`.
    #[inline]
    #[must_use]
    pub fn with_crr(mut self, value: i32) -> Self {
        self.crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrBase, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrBase {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaMultipleGoalsBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaMultipleGoalsBase {
    /// An empty `StrategyAverageCpaMultipleGoalsBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaMultipleGoalsBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionMultipleGoalsBase` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionMultipleGoalsBase {
    /// An empty `StrategyPayForConversionMultipleGoalsBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsBase,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `PriorityGoalsItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PriorityGoalsItem {
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `Value`: `xsd:long` (required).
    pub value: i64,
    /// `IsMetrikaSourceOfValue`: `general:YesNoEnum` (optional).
    pub is_metrika_source_of_value: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PriorityGoalsItem {
    /// A `PriorityGoalsItem` with its required fields (`GoalId`, `Value`); the others start absent.
    pub fn new(goal_id: i64, value: i64) -> Self {
        Self {
            goal_id,
            value,
            is_metrika_source_of_value: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `IsMetrikaSourceOfValue`.
    #[inline]
    #[must_use]
    pub fn with_is_metrika_source_of_value(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.is_metrika_source_of_value = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for PriorityGoalsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        map.serialize_entry("Value", &self.value)?;
        if let ::core::option::Option::Some(value) = &self.is_metrika_source_of_value {
            map.serialize_entry("IsMetrikaSourceOfValue", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriorityGoalsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriorityGoalsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriorityGoalsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriorityGoalsItem, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut is_metrika_source_of_value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IsMetrikaSourceOfValue" => {
                            is_metrika_source_of_value = rt::wire::optional_value(
                                &mut map,
                                "IsMetrikaSourceOfValue",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriorityGoalsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriorityGoalsItem {
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    value: rt::wire::required(value, "Value")?,
                    is_metrika_source_of_value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `PriorityGoalsArray` (`schema/direct_v5/strategies.json`): a list written as `{"Items": [...]}`.
pub type PriorityGoalsArray = rt::Items<PriorityGoalsItem>;
/// `StrategyAddItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAddItem {
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `CounterIds`: `general:ArrayOfLong` (optional).
    pub counter_ids: ::core::option::Option<super::general::ArrayOfLong>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional).
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAddItem` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAddItem>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAddItem` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAddItem,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAddItem` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAddItem>,
    /// `AverageCpa`: `StrategyAverageCpaAddItem` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAddItem>,
    /// `MaxProfit`: `StrategyMaxProfitAddItem` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitAddItem>,
    /// `PayForConversion`: `StrategyPayForConversionAddItem` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAddItem>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaignAddItem` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAddItem,
    >,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaignAddItem` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAddItem,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilterAddItem` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAddItem,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilterAddItem` (optional).
    pub average_cpa_per_filter: ::core::option::Option<
        StrategyAverageCpaPerFilterAddItem,
    >,
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaignAddItem` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAddItem,
    >,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilterAddItem` (optional).
    pub average_cpc_per_filter: ::core::option::Option<
        StrategyAverageCpcPerFilterAddItem,
    >,
    /// `AverageCrr`: `StrategyAverageCrrAddItem` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAddItem>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAddItem` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<
        StrategyPayForConversionCrrAddItem,
    >,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAddItem` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAddItem,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAddItem` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAddItem,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAddItem {
    /// A `StrategyAddItem` with its required fields (`Name`); the others start absent.
    pub fn new(name: ::std::string::String) -> Self {
        Self {
            attribution_model: ::core::option::Option::None,
            name,
            counter_ids: ::core::option::Option::None,
            priority_goals: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AttributionModel`.
    #[inline]
    #[must_use]
    pub fn with_attribution_model(
        mut self,
        value: super::general::AttributionModelEnum,
    ) -> Self {
        self.attribution_model = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.counter_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(
        mut self,
        value: StrategyMaximumClicksAddItem,
    ) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAddItem,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAddItem) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAddItem) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAddItem) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAddItem,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaignAddItem,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaignAddItem,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilterAddItem,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilterAddItem,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaignAddItem,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilterAddItem,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAddItem) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAddItem,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAddItem,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAddItem,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        map.serialize_entry("Name", &self.name)?;
        if let ::core::option::Option::Some(value) = &self.counter_ids {
            map.serialize_entry("CounterIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.priority_goals {
            map.serialize_entry("PriorityGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAddItem, A::Error> {
                let mut attribution_model = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut counter_ids = ::core::option::Option::None;
                let mut priority_goals = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "CounterIds" => {
                            counter_ids = rt::wire::optional_value(
                                &mut map,
                                "CounterIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriorityGoals" => {
                            priority_goals = rt::wire::optional_value(
                                &mut map,
                                "PriorityGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAddItem {
                    attribution_model,
                    name: rt::wire::required(name, "Name")?,
                    counter_ids,
                    priority_goals,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    max_profit,
                    pay_for_conversion,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumClicksGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyMaximumClicksBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksGetItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumClicksGetItem {
    /// An empty `StrategyMaximumClicksGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumClicksGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksGetItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumConversionRateGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyMaximumConversionRateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateGetItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumConversionRateGetItem {
    /// An empty `StrategyMaximumConversionRateGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            goal_id: ::core::option::Option::None,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateGetItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpcBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcGetItem {
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcGetItem {
    /// An empty `StrategyAverageCpcGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcGetItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcGetItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaGetItem {
    /// `AverageCpa`: `xsd:long` (optional).
    pub average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaGetItem {
    /// An empty `StrategyAverageCpaGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: i64) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaGetItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaGetItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaxProfitGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyMaxProfitBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitGetItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaxProfitGetItem {
    /// An empty `StrategyMaxProfitGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaxProfitGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitGetItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionGetItem {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionGetItem {
    /// An empty `StrategyPayForConversionGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionGetItem, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionGetItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerCampaignGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignGetItem {
    /// `AverageCpa`: `xsd:long` (optional).
    pub average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerCampaignGetItem {
    /// An empty `StrategyAverageCpaPerCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: i64) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignGetItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignGetItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerCampaignGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignGetItem {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerCampaignGetItem {
    /// An empty `StrategyPayForConversionPerCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignGetItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignGetItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerFilterGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterGetItem {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerFilterGetItem {
    /// An empty `StrategyPayForConversionPerFilterGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterGetItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterGetItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerFilterGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterGetItem {
    /// `FilterAverageCpa`: `xsd:long` (optional).
    pub filter_average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerFilterGetItem {
    /// An empty `StrategyAverageCpaPerFilterGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpa(mut self, value: i64) -> Self {
        self.filter_average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterGetItem, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterGetItem {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerCampaignGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpcPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignGetItem {
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerCampaignGetItem {
    /// An empty `StrategyAverageCpcPerCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignGetItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignGetItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerFilterGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpcPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterGetItem {
    /// `FilterAverageCpc`: `xsd:long` (optional, nillable).
    pub filter_average_cpc: rt::Nullable<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerFilterGetItem {
    /// An empty `StrategyAverageCpcPerFilterGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpc: rt::Nullable::Absent,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpc(mut self, value: i64) -> Self {
        self.filter_average_cpc = rt::Nullable::Value(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterGetItem, A::Error> {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterGetItem {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCrrGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrrGetItem {
    /// `Crr`: `xsd:int` (optional).
    pub crr: ::core::option::Option<i32>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCrrGetItem {
    /// An empty `StrategyAverageCrrGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            crr: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Crr`.
    #[inline]
    #[must_use]
    pub fn with_crr(mut self, value: i32) -> Self {
        self.crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCrrGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrGetItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrGetItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionCrrGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrGetItem {
    /// `Crr`: `xsd:int` (optional).
    pub crr: ::core::option::Option<i32>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionCrrGetItem {
    /// An empty `StrategyPayForConversionCrrGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            crr: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Crr`.
    #[inline]
    #[must_use]
    pub fn with_crr(mut self, value: i32) -> Self {
        self.crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrGetItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrGetItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaMultipleGoalsGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsGetItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaMultipleGoalsGetItem {
    /// An empty `StrategyAverageCpaMultipleGoalsGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaMultipleGoalsGetItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionMultipleGoalsGetItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsGetItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionMultipleGoalsGetItem {
    /// An empty `StrategyPayForConversionMultipleGoalsGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BudgetType`.
    #[inline]
    #[must_use]
    pub fn with_budget_type(mut self, value: BudgetTypeEnum) -> Self {
        self.budget_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsGetItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyGetItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `Type`: `StrategyType` (optional).
    pub type_: ::core::option::Option<StrategyType>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// `CounterIds`: `general:ArrayOfLong` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `StatusArchived`: `general:YesNoEnum` (optional).
    pub status_archived: ::core::option::Option<super::general::YesNoEnum>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksGetItem` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksGetItem>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateGetItem` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateGetItem,
    >,
    /// `AverageCpc`: `StrategyAverageCpcGetItem` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcGetItem>,
    /// `AverageCpa`: `StrategyAverageCpaGetItem` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaGetItem>,
    /// `MaxProfit`: `StrategyMaxProfitGetItem` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitGetItem>,
    /// `PayForConversion`: `StrategyPayForConversionGetItem` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionGetItem>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaignGetItem` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignGetItem,
    >,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaignGetItem` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignGetItem,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilterGetItem` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterGetItem,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilterGetItem` (optional).
    pub average_cpa_per_filter: ::core::option::Option<
        StrategyAverageCpaPerFilterGetItem,
    >,
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaignGetItem` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignGetItem,
    >,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilterGetItem` (optional).
    pub average_cpc_per_filter: ::core::option::Option<
        StrategyAverageCpcPerFilterGetItem,
    >,
    /// `AverageCrr`: `StrategyAverageCrrGetItem` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrGetItem>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrGetItem` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<
        StrategyPayForConversionCrrGetItem,
    >,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsGetItem` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsGetItem,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsGetItem` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsGetItem,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyGetItem {
    /// An empty `StrategyGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            priority_goals: rt::Nullable::Absent,
            counter_ids: rt::Nullable::Absent,
            name: ::core::option::Option::None,
            status_archived: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
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
    /// Sets `AttributionModel`.
    #[inline]
    #[must_use]
    pub fn with_attribution_model(
        mut self,
        value: super::general::AttributionModelEnum,
    ) -> Self {
        self.attribution_model = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: StrategyType) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusArchived`.
    #[inline]
    #[must_use]
    pub fn with_status_archived(mut self, value: super::general::YesNoEnum) -> Self {
        self.status_archived = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(
        mut self,
        value: StrategyMaximumClicksGetItem,
    ) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateGetItem,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcGetItem) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaGetItem) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitGetItem) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionGetItem,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaignGetItem,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaignGetItem,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilterGetItem,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilterGetItem,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaignGetItem,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilterGetItem,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrGetItem) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrGetItem,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsGetItem,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsGetItem,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_archived {
            map.serialize_entry("StatusArchived", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut priority_goals = rt::Nullable::Absent;
                let mut counter_ids = rt::Nullable::Absent;
                let mut name = ::core::option::Option::None;
                let mut status_archived = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
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
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "CounterIds" => counter_ids = map.next_value()?,
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusArchived" => {
                            status_archived = rt::wire::optional_value(
                                &mut map,
                                "StatusArchived",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyGetItem {
                    id,
                    attribution_model,
                    type_,
                    priority_goals,
                    counter_ids,
                    name,
                    status_archived,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    max_profit,
                    pay_for_conversion,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategiesSelectionCriteria` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategiesSelectionCriteria {
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Types`: array of `StrategyType` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<StrategyType>>,
    /// `IsArchived`: `general:YesNoEnum` (optional).
    pub is_archived: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategiesSelectionCriteria {
    /// An empty `StrategiesSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            is_archived: ::core::option::Option::None,
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
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(mut self, value: ::std::vec::Vec<StrategyType>) -> Self {
        self.types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IsArchived`.
    #[inline]
    #[must_use]
    pub fn with_is_archived(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_archived = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategiesSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.is_archived {
            map.serialize_entry("IsArchived", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategiesSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategiesSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategiesSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategiesSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut is_archived = ::core::option::Option::None;
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
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "IsArchived" => {
                            is_archived = rt::wire::optional_value(
                                &mut map,
                                "IsArchived",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategiesSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategiesSelectionCriteria {
                    ids,
                    types,
                    is_archived,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/strategies.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `StrategiesSelectionCriteria` (required).
    pub selection_criteria: StrategiesSelectionCriteria,
    /// `FieldNames`: array of `StrategyFieldEnum` (required).
    pub field_names: ::std::vec::Vec<StrategyFieldEnum>,
    /// `StrategyMaximumClicksFieldNames`: array of `StrategyMaximumClicksFieldEnum` (optional).
    pub strategy_maximum_clicks_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyMaximumClicksFieldEnum>,
    >,
    /// `StrategyMaximumConversionRateFieldNames`: array of `StrategyMaximumConversionRateFieldEnum` (optional).
    pub strategy_maximum_conversion_rate_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyMaximumConversionRateFieldEnum>,
    >,
    /// `StrategyAverageCpcFieldNames`: array of `StrategyAverageCpcFieldEnum` (optional).
    pub strategy_average_cpc_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpcFieldEnum>,
    >,
    /// `StrategyAverageCpaFieldNames`: array of `StrategyAverageCpaFieldEnum` (optional).
    pub strategy_average_cpa_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaFieldEnum>,
    >,
    /// `StrategyMaxProfitFieldNames`: array of `StrategyMaxProfitFieldEnum` (optional).
    pub strategy_max_profit_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyMaxProfitFieldEnum>,
    >,
    /// `StrategyPayForConversionFieldNames`: array of `StrategyPayForConversionFieldEnum` (optional).
    pub strategy_pay_for_conversion_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionFieldEnum>,
    >,
    /// `StrategyAverageCpaPerCampaignFieldNames`: array of `StrategyAverageCpaPerCampaignFieldEnum` (optional).
    pub strategy_average_cpa_per_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaPerCampaignFieldEnum>,
    >,
    /// `StrategyPayForConversionPerCampaignFieldNames`: array of `StrategyPayForConversionPerCampaignFieldEnum` (optional).
    pub strategy_pay_for_conversion_per_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionPerCampaignFieldEnum>,
    >,
    /// `StrategyPayForConversionPerFilterFieldNames`: array of `StrategyPayForConversionPerFilterFieldEnum` (optional).
    pub strategy_pay_for_conversion_per_filter_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionPerFilterFieldEnum>,
    >,
    /// `StrategyAverageCpaPerFilterFieldNames`: array of `StrategyAverageCpaPerFilterFieldEnum` (optional).
    pub strategy_average_cpa_per_filter_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaPerFilterFieldEnum>,
    >,
    /// `StrategyAverageCpcPerCampaignFieldNames`: array of `StrategyAverageCpcPerCampaignFieldEnum` (optional).
    pub strategy_average_cpc_per_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpcPerCampaignFieldEnum>,
    >,
    /// `StrategyAverageCpcPerFilterFieldNames`: array of `StrategyAverageCpcPerFilterFieldEnum` (optional).
    pub strategy_average_cpc_per_filter_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpcPerFilterFieldEnum>,
    >,
    /// `StrategyAverageCrrFieldNames`: array of `StrategyAverageCrrFieldEnum` (optional).
    pub strategy_average_crr_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCrrFieldEnum>,
    >,
    /// `StrategyPayForConversionCrrFieldNames`: array of `StrategyPayForConversionCrrFieldEnum` (optional).
    pub strategy_pay_for_conversion_crr_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionCrrFieldEnum>,
    >,
    /// `StrategyAverageCpaMultipleGoalsFieldNames`: array of `StrategyAverageCpaMultipleGoalsFieldEnum` (optional).
    pub strategy_average_cpa_multiple_goals_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaMultipleGoalsFieldEnum>,
    >,
    /// `StrategyPayForConversionMultipleGoalsFieldNames`: array of `StrategyPayForConversionMultipleGoalsFieldEnum` (optional).
    pub strategy_pay_for_conversion_multiple_goals_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionMultipleGoalsFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: StrategiesSelectionCriteria,
        field_names: ::std::vec::Vec<StrategyFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
            strategy_maximum_clicks_field_names: ::core::option::Option::None,
            strategy_maximum_conversion_rate_field_names: ::core::option::Option::None,
            strategy_average_cpc_field_names: ::core::option::Option::None,
            strategy_average_cpa_field_names: ::core::option::Option::None,
            strategy_max_profit_field_names: ::core::option::Option::None,
            strategy_pay_for_conversion_field_names: ::core::option::Option::None,
            strategy_average_cpa_per_campaign_field_names: ::core::option::Option::None,
            strategy_pay_for_conversion_per_campaign_field_names: ::core::option::Option::None,
            strategy_pay_for_conversion_per_filter_field_names: ::core::option::Option::None,
            strategy_average_cpa_per_filter_field_names: ::core::option::Option::None,
            strategy_average_cpc_per_campaign_field_names: ::core::option::Option::None,
            strategy_average_cpc_per_filter_field_names: ::core::option::Option::None,
            strategy_average_crr_field_names: ::core::option::Option::None,
            strategy_pay_for_conversion_crr_field_names: ::core::option::Option::None,
            strategy_average_cpa_multiple_goals_field_names: ::core::option::Option::None,
            strategy_pay_for_conversion_multiple_goals_field_names: ::core::option::Option::None,
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
    /// Sets `StrategyMaximumClicksFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_maximum_clicks_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyMaximumClicksFieldEnum>,
    ) -> Self {
        self.strategy_maximum_clicks_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyMaximumConversionRateFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_maximum_conversion_rate_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyMaximumConversionRateFieldEnum>,
    ) -> Self {
        self.strategy_maximum_conversion_rate_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCpcFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpc_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpcFieldEnum>,
    ) -> Self {
        self.strategy_average_cpc_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyAverageCpaFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpaFieldEnum>,
    ) -> Self {
        self.strategy_average_cpa_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyMaxProfitFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_max_profit_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyMaxProfitFieldEnum>,
    ) -> Self {
        self.strategy_max_profit_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPayForConversionFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyPayForConversionFieldEnum>,
    ) -> Self {
        self.strategy_pay_for_conversion_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCpaPerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_per_campaign_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpaPerCampaignFieldEnum>,
    ) -> Self {
        self.strategy_average_cpa_per_campaign_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyPayForConversionPerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_per_campaign_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyPayForConversionPerCampaignFieldEnum>,
    ) -> Self {
        self.strategy_pay_for_conversion_per_campaign_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyPayForConversionPerFilterFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_per_filter_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyPayForConversionPerFilterFieldEnum>,
    ) -> Self {
        self.strategy_pay_for_conversion_per_filter_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCpaPerFilterFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_per_filter_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpaPerFilterFieldEnum>,
    ) -> Self {
        self.strategy_average_cpa_per_filter_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCpcPerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpc_per_campaign_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpcPerCampaignFieldEnum>,
    ) -> Self {
        self.strategy_average_cpc_per_campaign_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCpcPerFilterFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpc_per_filter_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpcPerFilterFieldEnum>,
    ) -> Self {
        self.strategy_average_cpc_per_filter_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCrrFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_crr_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCrrFieldEnum>,
    ) -> Self {
        self.strategy_average_crr_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyPayForConversionCrrFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_crr_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyPayForConversionCrrFieldEnum>,
    ) -> Self {
        self.strategy_pay_for_conversion_crr_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyAverageCpaMultipleGoalsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_multiple_goals_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyAverageCpaMultipleGoalsFieldEnum>,
    ) -> Self {
        self.strategy_average_cpa_multiple_goals_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `StrategyPayForConversionMultipleGoalsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_multiple_goals_field_names(
        mut self,
        value: ::std::vec::Vec<StrategyPayForConversionMultipleGoalsFieldEnum>,
    ) -> Self {
        self.strategy_pay_for_conversion_multiple_goals_field_names = ::core::option::Option::Some(
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
            .strategy_maximum_clicks_field_names
        {
            map.serialize_entry("StrategyMaximumClicksFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_maximum_conversion_rate_field_names
        {
            map.serialize_entry("StrategyMaximumConversionRateFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpc_field_names
        {
            map.serialize_entry("StrategyAverageCpcFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_field_names
        {
            map.serialize_entry("StrategyAverageCpaFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_max_profit_field_names
        {
            map.serialize_entry("StrategyMaxProfitFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_field_names
        {
            map.serialize_entry("StrategyPayForConversionFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_per_campaign_field_names
        {
            map.serialize_entry("StrategyAverageCpaPerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_per_campaign_field_names
        {
            map.serialize_entry("StrategyPayForConversionPerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_per_filter_field_names
        {
            map.serialize_entry("StrategyPayForConversionPerFilterFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_per_filter_field_names
        {
            map.serialize_entry("StrategyAverageCpaPerFilterFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpc_per_campaign_field_names
        {
            map.serialize_entry("StrategyAverageCpcPerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpc_per_filter_field_names
        {
            map.serialize_entry("StrategyAverageCpcPerFilterFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_crr_field_names
        {
            map.serialize_entry("StrategyAverageCrrFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_crr_field_names
        {
            map.serialize_entry("StrategyPayForConversionCrrFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_multiple_goals_field_names
        {
            map.serialize_entry("StrategyAverageCpaMultipleGoalsFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_multiple_goals_field_names
        {
            map.serialize_entry(
                "StrategyPayForConversionMultipleGoalsFieldNames",
                value,
            )?;
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
                let mut strategy_maximum_clicks_field_names = ::core::option::Option::None;
                let mut strategy_maximum_conversion_rate_field_names = ::core::option::Option::None;
                let mut strategy_average_cpc_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_field_names = ::core::option::Option::None;
                let mut strategy_max_profit_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_per_campaign_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_per_campaign_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_per_filter_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_per_filter_field_names = ::core::option::Option::None;
                let mut strategy_average_cpc_per_campaign_field_names = ::core::option::Option::None;
                let mut strategy_average_cpc_per_filter_field_names = ::core::option::Option::None;
                let mut strategy_average_crr_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_crr_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_multiple_goals_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_multiple_goals_field_names = ::core::option::Option::None;
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
                        "StrategyMaximumClicksFieldNames" => {
                            strategy_maximum_clicks_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyMaximumClicksFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyMaximumConversionRateFieldNames" => {
                            strategy_maximum_conversion_rate_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyMaximumConversionRateFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpcFieldNames" => {
                            strategy_average_cpc_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpcFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaFieldNames" => {
                            strategy_average_cpa_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyMaxProfitFieldNames" => {
                            strategy_max_profit_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyMaxProfitFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionFieldNames" => {
                            strategy_pay_for_conversion_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaPerCampaignFieldNames" => {
                            strategy_average_cpa_per_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaPerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionPerCampaignFieldNames" => {
                            strategy_pay_for_conversion_per_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionPerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionPerFilterFieldNames" => {
                            strategy_pay_for_conversion_per_filter_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionPerFilterFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaPerFilterFieldNames" => {
                            strategy_average_cpa_per_filter_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaPerFilterFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpcPerCampaignFieldNames" => {
                            strategy_average_cpc_per_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpcPerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpcPerFilterFieldNames" => {
                            strategy_average_cpc_per_filter_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpcPerFilterFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCrrFieldNames" => {
                            strategy_average_crr_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCrrFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionCrrFieldNames" => {
                            strategy_pay_for_conversion_crr_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionCrrFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaMultipleGoalsFieldNames" => {
                            strategy_average_cpa_multiple_goals_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaMultipleGoalsFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionMultipleGoalsFieldNames" => {
                            strategy_pay_for_conversion_multiple_goals_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionMultipleGoalsFieldNames",
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
                    strategy_maximum_clicks_field_names,
                    strategy_maximum_conversion_rate_field_names,
                    strategy_average_cpc_field_names,
                    strategy_average_cpa_field_names,
                    strategy_max_profit_field_names,
                    strategy_pay_for_conversion_field_names,
                    strategy_average_cpa_per_campaign_field_names,
                    strategy_pay_for_conversion_per_campaign_field_names,
                    strategy_pay_for_conversion_per_filter_field_names,
                    strategy_average_cpa_per_filter_field_names,
                    strategy_average_cpc_per_campaign_field_names,
                    strategy_average_cpc_per_filter_field_names,
                    strategy_average_crr_field_names,
                    strategy_pay_for_conversion_crr_field_names,
                    strategy_average_cpa_multiple_goals_field_names,
                    strategy_pay_for_conversion_multiple_goals_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumClicksUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyMaximumClicksBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksUpdateItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumClicksUpdateItem {
    /// An empty `StrategyMaximumClicksUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumClicksUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksUpdateItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaximumConversionRateUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyMaximumConversionRateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateUpdateItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumConversionRateUpdateItem {
    /// An empty `StrategyMaximumConversionRateUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            goal_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyMaximumConversionRateUpdateItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpcBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcUpdateItem {
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcUpdateItem {
    /// An empty `StrategyAverageCpcUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcUpdateItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcUpdateItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaUpdateItem {
    /// `AverageCpa`: `xsd:long` (optional).
    pub average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaUpdateItem {
    /// An empty `StrategyAverageCpaUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: i64) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaUpdateItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaUpdateItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyMaxProfitUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyMaxProfitBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitUpdateItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaxProfitUpdateItem {
    /// An empty `StrategyMaxProfitUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyMaxProfitUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitUpdateItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionUpdateItem {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionUpdateItem {
    /// An empty `StrategyPayForConversionUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionUpdateItem, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionUpdateItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerCampaignUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignUpdateItem {
    /// `AverageCpa`: `xsd:long` (optional).
    pub average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerCampaignUpdateItem {
    /// An empty `StrategyAverageCpaPerCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: i64) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaPerCampaignUpdateItem,
                A::Error,
            > {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignUpdateItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerCampaignUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignUpdateItem {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerCampaignUpdateItem {
    /// An empty `StrategyPayForConversionPerCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignUpdateItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignUpdateItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionPerFilterUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterUpdateItem {
    /// `Cpa`: `xsd:long` (optional).
    pub cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionPerFilterUpdateItem {
    /// An empty `StrategyPayForConversionPerFilterUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Cpa`.
    #[inline]
    #[must_use]
    pub fn with_cpa(mut self, value: i64) -> Self {
        self.cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterUpdateItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterUpdateItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaPerFilterUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterUpdateItem {
    /// `FilterAverageCpa`: `xsd:long` (optional).
    pub filter_average_cpa: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaPerFilterUpdateItem {
    /// An empty `StrategyAverageCpaPerFilterUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpa: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpa(mut self, value: i64) -> Self {
        self.filter_average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaPerFilterUpdateItem,
                A::Error,
            > {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterUpdateItem {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerCampaignUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpcPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignUpdateItem {
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerCampaignUpdateItem {
    /// An empty `StrategyAverageCpcPerCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpcPerCampaignUpdateItem,
                A::Error,
            > {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignUpdateItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpcPerFilterUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpcPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterUpdateItem {
    /// `FilterAverageCpc`: `xsd:long` (optional, nillable).
    pub filter_average_cpc: rt::Nullable<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcPerFilterUpdateItem {
    /// An empty `StrategyAverageCpcPerFilterUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            filter_average_cpc: rt::Nullable::Absent,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FilterAverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_filter_average_cpc(mut self, value: i64) -> Self {
        self.filter_average_cpc = rt::Nullable::Value(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpcPerFilterUpdateItem,
                A::Error,
            > {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterUpdateItem {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCrrUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrrUpdateItem {
    /// `Crr`: `xsd:int` (optional).
    pub crr: ::core::option::Option<i32>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCrrUpdateItem {
    /// An empty `StrategyAverageCrrUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            crr: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Crr`.
    #[inline]
    #[must_use]
    pub fn with_crr(mut self, value: i32) -> Self {
        self.crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCrrUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrUpdateItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrUpdateItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionCrrUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrUpdateItem {
    /// `Crr`: `xsd:int` (optional).
    pub crr: ::core::option::Option<i32>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionCrrUpdateItem {
    /// An empty `StrategyPayForConversionCrrUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            crr: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Crr`.
    #[inline]
    #[must_use]
    pub fn with_crr(mut self, value: i32) -> Self {
        self.crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalId`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: i64) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionCrrUpdateItem,
                A::Error,
            > {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrUpdateItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyAverageCpaMultipleGoalsUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyAverageCpaMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsUpdateItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpaMultipleGoalsUpdateItem {
    /// An empty `StrategyAverageCpaMultipleGoalsUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExplorationBudget`.
    #[inline]
    #[must_use]
    pub fn with_exploration_budget(mut self, value: ExplorationBudget) -> Self {
        self.exploration_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaMultipleGoalsUpdateItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyPayForConversionMultipleGoalsUpdateItem` (`schema/direct_v5/strategies.json`). Extends `StrategyPayForConversionMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsUpdateItem {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionMultipleGoalsUpdateItem {
    /// An empty `StrategyPayForConversionMultipleGoalsUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomPeriodBudget`.
    #[inline]
    #[must_use]
    pub fn with_custom_period_budget(mut self, value: CustomPeriodBudget) -> Self {
        self.custom_period_budget = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsUpdateItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `StrategyUpdateItem` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyUpdateItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `CounterIds`: `general:ArrayOfLong` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksUpdateItem` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksUpdateItem>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateUpdateItem` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateUpdateItem,
    >,
    /// `AverageCpc`: `StrategyAverageCpcUpdateItem` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcUpdateItem>,
    /// `AverageCpa`: `StrategyAverageCpaUpdateItem` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaUpdateItem>,
    /// `MaxProfit`: `StrategyMaxProfitUpdateItem` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitUpdateItem>,
    /// `PayForConversion`: `StrategyPayForConversionUpdateItem` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionUpdateItem>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaignUpdateItem` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignUpdateItem,
    >,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaignUpdateItem` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignUpdateItem,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilterUpdateItem` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterUpdateItem,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilterUpdateItem` (optional).
    pub average_cpa_per_filter: ::core::option::Option<
        StrategyAverageCpaPerFilterUpdateItem,
    >,
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaignUpdateItem` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignUpdateItem,
    >,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilterUpdateItem` (optional).
    pub average_cpc_per_filter: ::core::option::Option<
        StrategyAverageCpcPerFilterUpdateItem,
    >,
    /// `AverageCrr`: `StrategyAverageCrrUpdateItem` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrUpdateItem>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrUpdateItem` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<
        StrategyPayForConversionCrrUpdateItem,
    >,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsUpdateItem` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsUpdateItem,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsUpdateItem` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsUpdateItem,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyUpdateItem {
    /// A `StrategyUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            attribution_model: ::core::option::Option::None,
            name: ::core::option::Option::None,
            counter_ids: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AttributionModel`.
    #[inline]
    #[must_use]
    pub fn with_attribution_model(
        mut self,
        value: super::general::AttributionModelEnum,
    ) -> Self {
        self.attribution_model = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfLong) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(
        mut self,
        value: StrategyMaximumClicksUpdateItem,
    ) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateUpdateItem,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcUpdateItem) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaUpdateItem) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitUpdateItem) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionUpdateItem,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaignUpdateItem,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaignUpdateItem,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilterUpdateItem,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilterUpdateItem,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaignUpdateItem,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilterUpdateItem,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrUpdateItem) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrUpdateItem,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsUpdateItem,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsUpdateItem,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for StrategyUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut counter_ids = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
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
                        "CounterIds" => counter_ids = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    attribution_model,
                    name,
                    counter_ids,
                    priority_goals,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    max_profit,
                    pay_for_conversion,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Strategies`: array of `StrategyAddItem` (required).
    pub strategies: ::std::vec::Vec<StrategyAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Strategies`); the others start absent.
    pub fn new(strategies: ::std::vec::Vec<StrategyAddItem>) -> Self {
        Self {
            strategies,
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
        map.serialize_entry("Strategies", &self.strategies)?;
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
                let mut strategies = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Strategies" => {
                            strategies = ::core::option::Option::Some(map.next_value()?);
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
                    strategies: rt::wire::required(strategies, "Strategies")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:ActionResult` (optional).
    pub add_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// An empty `AddResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            add_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AddResults`.
    #[inline]
    #[must_use]
    pub fn with_add_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.add_results {
            map.serialize_entry("AddResults", value)?;
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
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = rt::wire::optional_value(
                                &mut map,
                                "AddResults",
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
                    add_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/strategies.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Strategies`: array of `StrategyGetItem` (optional).
    pub strategies: ::core::option::Option<::std::vec::Vec<StrategyGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            strategies: ::core::option::Option::None,
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
    /// Sets `Strategies`.
    #[inline]
    #[must_use]
    pub fn with_strategies(mut self, value: ::std::vec::Vec<StrategyGetItem>) -> Self {
        self.strategies = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.strategies {
            map.serialize_entry("Strategies", value)?;
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
                let mut strategies = ::core::option::Option::None;
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
                        "Strategies" => {
                            strategies = rt::wire::optional_value(
                                &mut map,
                                "Strategies",
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
                    strategies,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateRequest` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Strategies`: array of `StrategyUpdateItem` (required).
    pub strategies: ::std::vec::Vec<StrategyUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Strategies`); the others start absent.
    pub fn new(strategies: ::std::vec::Vec<StrategyUpdateItem>) -> Self {
        Self {
            strategies,
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
        map.serialize_entry("Strategies", &self.strategies)?;
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
                let mut strategies = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Strategies" => {
                            strategies = ::core::option::Option::Some(map.next_value()?);
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
                    strategies: rt::wire::required(strategies, "Strategies")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// `UpdateResults`: array of `general:ActionResult` (optional).
    pub update_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// An empty `UpdateResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            update_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `UpdateResults`.
    #[inline]
    #[must_use]
    pub fn with_update_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.update_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.update_results {
            map.serialize_entry("UpdateResults", value)?;
        }
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
                            update_results = rt::wire::optional_value(
                                &mut map,
                                "UpdateResults",
                                &mut unknown_fields,
                            )?;
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
                    update_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ArchiveRequest` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ArchiveRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ArchiveRequest {
    /// A `ArchiveRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for ArchiveRequest {
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
impl<'de> ::serde::Deserialize<'de> for ArchiveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ArchiveRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ArchiveRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ArchiveRequest, A::Error> {
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
                                "ArchiveRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ArchiveRequest {
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
/// `ArchiveResponse` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArchiveResponse {
    /// `ArchiveResults`: array of `general:ActionResult` (optional).
    pub archive_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ArchiveResponse {
    /// An empty `ArchiveResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            archive_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ArchiveResults`.
    #[inline]
    #[must_use]
    pub fn with_archive_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.archive_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ArchiveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.archive_results {
            map.serialize_entry("ArchiveResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ArchiveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ArchiveResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ArchiveResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ArchiveResponse, A::Error> {
                let mut archive_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ArchiveResults" => {
                            archive_results = rt::wire::optional_value(
                                &mut map,
                                "ArchiveResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ArchiveResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ArchiveResponse {
                    archive_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UnarchiveRequest` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnarchiveRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnarchiveRequest {
    /// A `UnarchiveRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UnarchiveRequest {
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
impl<'de> ::serde::Deserialize<'de> for UnarchiveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnarchiveRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnarchiveRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnarchiveRequest, A::Error> {
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
                                "UnarchiveRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnarchiveRequest {
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
/// `UnarchiveResponse` (`schema/direct_v5/strategies.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnarchiveResponse {
    /// `UnarchiveResults`: array of `general:ActionResult` (optional).
    pub unarchive_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnarchiveResponse {
    /// An empty `UnarchiveResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            unarchive_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `UnarchiveResults`.
    #[inline]
    #[must_use]
    pub fn with_unarchive_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.unarchive_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for UnarchiveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.unarchive_results {
            map.serialize_entry("UnarchiveResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnarchiveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnarchiveResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnarchiveResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnarchiveResponse, A::Error> {
                let mut unarchive_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UnarchiveResults" => {
                            unarchive_results = rt::wire::optional_value(
                                &mut map,
                                "UnarchiveResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnarchiveResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnarchiveResponse {
                    unarchive_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
