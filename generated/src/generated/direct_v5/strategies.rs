// @generated from schema/direct_v5/strategies.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Strategies service: `POST /json/v5/strategies`.
//!
//! Generated from `schema/direct_v5/strategies.json` (upstream `strategies.xml`, sha256 `70d403d81d5532f094af6a9f28e7931c1ecb3a302ad8ae5315c91cd1a1890f5a`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Strategies",
        endpoint: "strategies",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Strategies.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Strategies.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `Strategies.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Strategies.archive` (write): the method with its request and response types, as the client's generic calls take it.
pub const ARCHIVE: rt::Method<ArchiveRequest, ArchiveResponse> = rt::Method::new(
    method_info("archive", rt::Access::Write),
);
/// `Strategies.unarchive` (write): the method with its request and response types, as the client's generic calls take it.
pub const UNARCHIVE: rt::Method<UnarchiveRequest, UnarchiveResponse> = rt::Method::new(
    method_info("unarchive", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: UPDATE.info,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ARCHIVE.info,
        request: rt::method::roundtrip_request::<ArchiveRequest>,
        response: rt::method::roundtrip_response::<ArchiveResponse>,
    },
    rt::MethodEntry {
        info: UNARCHIVE.info,
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
        self.client.call(&ADD.info, &params).await
    }
    /// `Strategies.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `Strategies.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Strategies.archive`: sends `ArchiveRequest` as `params`, returns `ArchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn archive(
        &self,
        params: ArchiveRequest,
    ) -> ::core::result::Result<rt::Response<ArchiveResponse>, rt::Error> {
        self.client.call(&ARCHIVE.info, &params).await
    }
    /// `Strategies.unarchive`: sends `UnarchiveRequest` as `params`, returns `UnarchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn unarchive(
        &self,
        params: UnarchiveRequest,
    ) -> ::core::result::Result<rt::Response<UnarchiveResponse>, rt::Error> {
        self.client.call(&UNARCHIVE.info, &params).await
    }
    /// `Strategies.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<StrategyGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Strategies.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `AttributionModel`.
    AttributionModel,
    /// Sent as `CounterIds`.
    CounterIds,
    /// Sent as `PriorityGoals`.
    PriorityGoals,
    /// Sent as `Type`.
    Type,
    /// Sent as `Name`.
    Name,
    /// Sent as `StatusArchived`.
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
/// Used in `GetRequest::strategy_maximum_clicks_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyMaximumClicksFieldEnum {
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
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
/// Used in `GetRequest::strategy_maximum_conversion_rate_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyMaximumConversionRateFieldEnum {
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
    BidCeiling,
    /// Sent as `GoalId`.
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
/// Used in `GetRequest::strategy_average_cpc_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpcFieldEnum {
    /// Sent as `AverageCpc`.
    AverageCpc,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
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
/// Used in `GetRequest::strategy_average_cpa_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaFieldEnum {
    /// Sent as `AverageCpa`.
    AverageCpa,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
    BidCeiling,
    /// Sent as `ExplorationBudget`.
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
/// Used in `GetRequest::strategy_max_profit_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyMaxProfitFieldEnum {
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `ExplorationBudget`.
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
/// Used in `GetRequest::strategy_pay_for_conversion_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionFieldEnum {
    /// Sent as `Cpa`.
    Cpa,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
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
/// Used in `GetRequest::strategy_average_cpa_per_campaign_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaPerCampaignFieldEnum {
    /// Sent as `AverageCpa`.
    AverageCpa,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
    BidCeiling,
    /// Sent as `ExplorationBudget`.
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
/// Used in `GetRequest::strategy_pay_for_conversion_per_campaign_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionPerCampaignFieldEnum {
    /// Sent as `Cpa`.
    Cpa,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
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
/// Used in `GetRequest::strategy_pay_for_conversion_per_filter_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionPerFilterFieldEnum {
    /// Sent as `Cpa`.
    Cpa,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
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
/// Used in `GetRequest::strategy_average_cpa_per_filter_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaPerFilterFieldEnum {
    /// Sent as `FilterAverageCpa`.
    FilterAverageCpa,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
    BidCeiling,
    /// Sent as `ExplorationBudget`.
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
/// Used in `GetRequest::strategy_average_cpc_per_campaign_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpcPerCampaignFieldEnum {
    /// Sent as `AverageCpc`.
    AverageCpc,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
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
/// Used in `GetRequest::strategy_average_cpc_per_filter_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpcPerFilterFieldEnum {
    /// Sent as `FilterAverageCpc`.
    FilterAverageCpc,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `BidCeiling`.
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
/// Used in `GetRequest::strategy_average_crr_field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCrrFieldEnum {
    /// Sent as `Crr`.
    Crr,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `ExplorationBudget`.
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
/// Used in `GetRequest::strategy_pay_for_conversion_crr_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionCrrFieldEnum {
    /// Sent as `Crr`.
    Crr,
    /// Sent as `GoalId`.
    GoalId,
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
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
/// Used in `GetRequest::strategy_average_cpa_multiple_goals_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyAverageCpaMultipleGoalsFieldEnum {
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
    BudgetType,
    /// Sent as `ExplorationBudget`.
    ExplorationBudget,
    /// Sent as `BidCeiling`.
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
/// Used in `GetRequest::strategy_pay_for_conversion_multiple_goals_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyPayForConversionMultipleGoalsFieldEnum {
    /// Sent as `WeeklySpendLimit`.
    WeeklySpendLimit,
    /// Sent as `CustomPeriodBudget`.
    CustomPeriodBudget,
    /// Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::type_`, `StrategiesSelectionCriteria::types`.
///
/// One of the 17 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StrategyType {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `AVERAGE_CPC_PER_CAMPAIGN`.
    AverageCpcPerCampaign,
    /// Sent as `AVERAGE_CPC_PER_FILTER`.
    AverageCpcPerFilter,
    /// Sent as `AVERAGE_CPA_PER_CAMPAIGN`.
    AverageCpaPerCampaign,
    /// Sent as `AVERAGE_CPA_PER_FILTER`.
    AverageCpaPerFilter,
    /// Sent as `PAY_FOR_CONVERSION_PER_CAMPAIGN`.
    PayForConversionPerCampaign,
    /// Sent as `PAY_FOR_CONVERSION_PER_FILTER`.
    PayForConversionPerFilter,
    /// Sent as `MAX_PROFIT`.
    MaxProfit,
    /// Sent as `AVERAGE_CPA_MULTIPLE_GOALS`.
    AverageCpaMultipleGoals,
    /// Sent as `PAY_FOR_CONVERSION_MULTIPLE_GOALS`.
    PayForConversionMultipleGoals,
    /// Sent as `UNKNOWN`.
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
/// Used in `StrategyMaximumClicksGetItem::budget_type`, `StrategyMaximumConversionRateGetItem::budget_type`, `StrategyAverageCpcGetItem::budget_type` and 13 more.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BudgetTypeEnum {
    /// Sent as `WEEKLY_BUDGET`.
    WeeklyBudget,
    /// Sent as `CUSTOM_PERIOD_BUDGET`.
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
/// Used in `StrategyAverageCpaAddItem::exploration_budget`, `StrategyMaxProfitAddItem::exploration_budget`, `StrategyAverageCpaPerCampaignAddItem::exploration_budget` and 9 more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExplorationBudget {
    /// Required. Sent as `MinimumExplorationBudget`.
    pub minimum_exploration_budget: i64,
    /// Required. Sent as `IsMinimumExplorationBudgetCustom`.
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
/// Used in `StrategyMaximumClicksAddItem::custom_period_budget`, `StrategyMaximumConversionRateAddItem::custom_period_budget`, `StrategyAverageCpcAddItem::custom_period_budget` and 28 more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CustomPeriodBudget {
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Required. Sent as `StartDate`.
    pub start_date: ::std::string::String,
    /// Required. Sent as `EndDate`.
    pub end_date: ::std::string::String,
    /// Required. Sent as `AutoContinue`.
    pub auto_continue: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CustomPeriodBudget {
    /// A `CustomPeriodBudget` with its required fields (`SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `StrategyAddItem::wb_maximum_clicks`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksAddItem {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
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
/// Used in `StrategyAddItem::wb_maximum_conversion_rate`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateAddItem {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Required. Sent as `GoalId`.
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
/// Used in `StrategyAddItem::average_cpc`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcAddItem {
    /// Required. Sent as `AverageCpc`.
    pub average_cpc: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyAddItem::average_cpa`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaAddItem {
    /// Required. Sent as `AverageCpa`.
    pub average_cpa: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Optional. Sent as `ExplorationBudget`.
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
/// Used in `StrategyAddItem::max_profit`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitAddItem {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `ExplorationBudget`.
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
/// Used in `StrategyAddItem::pay_for_conversion`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionAddItem {
    /// Required. Sent as `Cpa`.
    pub cpa: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyAddItem::average_cpa_per_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignAddItem {
    /// Required. Sent as `AverageCpa`.
    pub average_cpa: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Optional. Sent as `ExplorationBudget`.
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
/// Used in `StrategyAddItem::pay_for_conversion_per_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignAddItem {
    /// Required. Sent as `Cpa`.
    pub cpa: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyAddItem::pay_for_conversion_per_filter`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterAddItem {
    /// Required. Sent as `Cpa`.
    pub cpa: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyAddItem::average_cpa_per_filter`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterAddItem {
    /// Required. Sent as `FilterAverageCpa`.
    pub filter_average_cpa: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Optional. Sent as `ExplorationBudget`.
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
/// Used in `StrategyAddItem::average_cpc_per_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignAddItem {
    /// Required. Sent as `AverageCpc`.
    pub average_cpc: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
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
/// Used in `StrategyAddItem::average_cpc_per_filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterAddItem {
    /// Optional. Sent as `FilterAverageCpc`.
    pub filter_average_cpc: ::core::option::Option<i64>,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
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
/// Used in `StrategyAddItem::average_crr`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCrrAddItem {
    /// Required. Sent as `Crr`.
    pub crr: i32,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `ExplorationBudget`.
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
/// Used in `StrategyAddItem::pay_for_conversion_crr`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrAddItem {
    /// Required. Sent as `Crr`.
    pub crr: i32,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyAddItem::average_cpa_multiple_goals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsAddItem {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `ExplorationBudget`.
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Optional. Sent as `BidCeiling`.
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
/// Used in `StrategyAddItem::pay_for_conversion_multiple_goals`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsAddItem {
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
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
/// Extended by `StrategyMaximumClicksGetItem`, `StrategyMaximumClicksUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Extended by `StrategyMaximumConversionRateGetItem`, `StrategyMaximumConversionRateUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `GoalId`.
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
/// Extended by `StrategyAverageCpcGetItem`, `StrategyAverageCpcUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcBase {
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Extended by `StrategyAverageCpaGetItem`, `StrategyAverageCpaUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaBase {
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Extended by `StrategyMaxProfitGetItem`, `StrategyMaxProfitUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Extended by `StrategyPayForConversionGetItem`, `StrategyPayForConversionUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionBase {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Extended by `StrategyAverageCpaPerCampaignGetItem`, `StrategyAverageCpaPerCampaignUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignBase {
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Extended by `StrategyPayForConversionPerCampaignGetItem`, `StrategyPayForConversionPerCampaignUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignBase {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Extended by `StrategyPayForConversionPerFilterGetItem`, `StrategyPayForConversionPerFilterUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterBase {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Extended by `StrategyAverageCpaPerFilterGetItem`, `StrategyAverageCpaPerFilterUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterBase {
    /// Optional. Sent as `FilterAverageCpa`.
    pub filter_average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Extended by `StrategyAverageCpcPerCampaignGetItem`, `StrategyAverageCpcPerCampaignUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignBase {
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Extended by `StrategyAverageCpcPerFilterGetItem`, `StrategyAverageCpcPerFilterUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FilterAverageCpc`.
    pub filter_average_cpc: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Extended by `StrategyAverageCrrGetItem`, `StrategyAverageCrrUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrrBase {
    /// Optional. Sent as `Crr`.
    pub crr: ::core::option::Option<i32>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Extended by `StrategyPayForConversionCrrGetItem`, `StrategyPayForConversionCrrUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrBase {
    /// Optional. Sent as `Crr`.
    pub crr: ::core::option::Option<i32>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Extended by `StrategyAverageCpaMultipleGoalsGetItem`, `StrategyAverageCpaMultipleGoalsUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Extended by `StrategyPayForConversionMultipleGoalsGetItem`, `StrategyPayForConversionMultipleGoalsUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `PriorityGoalsArray`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PriorityGoalsItem {
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Required. Sent as `Value`.
    pub value: i64,
    /// Optional. Sent as `IsMetrikaSourceOfValue`.
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
/// Used in `StrategyAddItem::priority_goals`, `StrategyGetItem::priority_goals`, `StrategyUpdateItem::priority_goals`. A list, sent as `{"Items": [...]}`.
pub type PriorityGoalsArray = rt::Items<PriorityGoalsItem>;
/// Used in `AddRequest::strategies`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAddItem {
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Optional. Sent as `CounterIds`.
    pub counter_ids: ::core::option::Option<super::general::ArrayOfLong>,
    /// Optional. Sent as `PriorityGoals`.
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAddItem>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAddItem,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAddItem>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAddItem>,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAddItem>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAddItem>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAddItem,
    >,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAddItem,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAddItem,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<
        StrategyAverageCpaPerFilterAddItem,
    >,
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAddItem,
    >,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<
        StrategyAverageCpcPerFilterAddItem,
    >,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAddItem>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<
        StrategyPayForConversionCrrAddItem,
    >,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAddItem,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAddItem,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAddItem {
    /// A `StrategyAddItem` with its required fields (`Name`); the others start absent.
    pub fn new(name: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            attribution_model: ::core::option::Option::None,
            name: name.into(),
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
/// Used in `StrategyGetItem::wb_maximum_clicks`. Extends `StrategyMaximumClicksBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::wb_maximum_conversion_rate`. Extends `StrategyMaximumConversionRateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpc`. Extends `StrategyAverageCpcBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcGetItem {
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpa`. Extends `StrategyAverageCpaBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaGetItem {
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::max_profit`. Extends `StrategyMaxProfitBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::pay_for_conversion`. Extends `StrategyPayForConversionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionGetItem {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpa_per_campaign`. Extends `StrategyAverageCpaPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignGetItem {
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::pay_for_conversion_per_campaign`. Extends `StrategyPayForConversionPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignGetItem {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::pay_for_conversion_per_filter`. Extends `StrategyPayForConversionPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterGetItem {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpa_per_filter`. Extends `StrategyAverageCpaPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterGetItem {
    /// Optional. Sent as `FilterAverageCpa`.
    pub filter_average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpc_per_campaign`. Extends `StrategyAverageCpcPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignGetItem {
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpc_per_filter`. Extends `StrategyAverageCpcPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FilterAverageCpc`.
    pub filter_average_cpc: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_crr`. Extends `StrategyAverageCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrrGetItem {
    /// Optional. Sent as `Crr`.
    pub crr: ::core::option::Option<i32>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::pay_for_conversion_crr`. Extends `StrategyPayForConversionCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrGetItem {
    /// Optional. Sent as `Crr`.
    pub crr: ::core::option::Option<i32>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::average_cpa_multiple_goals`. Extends `StrategyAverageCpaMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `StrategyGetItem::pay_for_conversion_multiple_goals`. Extends `StrategyPayForConversionMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
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
/// Used in `GetResponse::strategies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<StrategyType>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `StatusArchived`.
    pub status_archived: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksGetItem>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateGetItem,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcGetItem>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaGetItem>,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitGetItem>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionGetItem>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignGetItem,
    >,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignGetItem,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterGetItem,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<
        StrategyAverageCpaPerFilterGetItem,
    >,
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignGetItem,
    >,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<
        StrategyAverageCpcPerFilterGetItem,
    >,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrGetItem>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<
        StrategyPayForConversionCrrGetItem,
    >,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsGetItem,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
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
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategiesSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<StrategyType>>,
    /// Optional. Sent as `IsArchived`.
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
    pub fn with_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyType>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
/// The `params` of `Strategies.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: StrategiesSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<StrategyFieldEnum>,
    /// Optional. Sent as `StrategyMaximumClicksFieldNames`.
    pub strategy_maximum_clicks_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyMaximumClicksFieldEnum>,
    >,
    /// Optional. Sent as `StrategyMaximumConversionRateFieldNames`.
    pub strategy_maximum_conversion_rate_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyMaximumConversionRateFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpcFieldNames`.
    pub strategy_average_cpc_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpcFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpaFieldNames`.
    pub strategy_average_cpa_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaFieldEnum>,
    >,
    /// Optional. Sent as `StrategyMaxProfitFieldNames`.
    pub strategy_max_profit_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyMaxProfitFieldEnum>,
    >,
    /// Optional. Sent as `StrategyPayForConversionFieldNames`.
    pub strategy_pay_for_conversion_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpaPerCampaignFieldNames`.
    pub strategy_average_cpa_per_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaPerCampaignFieldEnum>,
    >,
    /// Optional. Sent as `StrategyPayForConversionPerCampaignFieldNames`.
    pub strategy_pay_for_conversion_per_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionPerCampaignFieldEnum>,
    >,
    /// Optional. Sent as `StrategyPayForConversionPerFilterFieldNames`.
    pub strategy_pay_for_conversion_per_filter_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionPerFilterFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpaPerFilterFieldNames`.
    pub strategy_average_cpa_per_filter_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaPerFilterFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpcPerCampaignFieldNames`.
    pub strategy_average_cpc_per_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpcPerCampaignFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpcPerFilterFieldNames`.
    pub strategy_average_cpc_per_filter_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpcPerFilterFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCrrFieldNames`.
    pub strategy_average_crr_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCrrFieldEnum>,
    >,
    /// Optional. Sent as `StrategyPayForConversionCrrFieldNames`.
    pub strategy_pay_for_conversion_crr_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyPayForConversionCrrFieldEnum>,
    >,
    /// Optional. Sent as `StrategyAverageCpaMultipleGoalsFieldNames`.
    pub strategy_average_cpa_multiple_goals_field_names: ::core::option::Option<
        ::std::vec::Vec<StrategyAverageCpaMultipleGoalsFieldEnum>,
    >,
    /// Optional. Sent as `StrategyPayForConversionMultipleGoalsFieldNames`.
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
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyMaximumClicksFieldEnum>,
        >,
    ) -> Self {
        self.strategy_maximum_clicks_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyMaximumConversionRateFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_maximum_conversion_rate_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyMaximumConversionRateFieldEnum>,
        >,
    ) -> Self {
        self.strategy_maximum_conversion_rate_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpcFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpc_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpcFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpc_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpaFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpaFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpa_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyMaxProfitFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_max_profit_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyMaxProfitFieldEnum>,
        >,
    ) -> Self {
        self.strategy_max_profit_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyPayForConversionFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyPayForConversionFieldEnum>,
        >,
    ) -> Self {
        self.strategy_pay_for_conversion_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpaPerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_per_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpaPerCampaignFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpa_per_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyPayForConversionPerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_per_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                StrategyPayForConversionPerCampaignFieldEnum,
            >,
        >,
    ) -> Self {
        self.strategy_pay_for_conversion_per_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyPayForConversionPerFilterFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_per_filter_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyPayForConversionPerFilterFieldEnum>,
        >,
    ) -> Self {
        self.strategy_pay_for_conversion_per_filter_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpaPerFilterFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_per_filter_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpaPerFilterFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpa_per_filter_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpcPerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpc_per_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpcPerCampaignFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpc_per_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpcPerFilterFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpc_per_filter_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpcPerFilterFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpc_per_filter_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCrrFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_crr_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCrrFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_crr_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyPayForConversionCrrFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_crr_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyPayForConversionCrrFieldEnum>,
        >,
    ) -> Self {
        self.strategy_pay_for_conversion_crr_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyAverageCpaMultipleGoalsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_average_cpa_multiple_goals_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAverageCpaMultipleGoalsFieldEnum>,
        >,
    ) -> Self {
        self.strategy_average_cpa_multiple_goals_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StrategyPayForConversionMultipleGoalsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_strategy_pay_for_conversion_multiple_goals_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                StrategyPayForConversionMultipleGoalsFieldEnum,
            >,
        >,
    ) -> Self {
        self.strategy_pay_for_conversion_multiple_goals_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `StrategyUpdateItem::wb_maximum_clicks`. Extends `StrategyMaximumClicksBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Used in `StrategyUpdateItem::wb_maximum_conversion_rate`. Extends `StrategyMaximumConversionRateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `GoalId`.
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
/// Used in `StrategyUpdateItem::average_cpc`. Extends `StrategyAverageCpcBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcUpdateItem {
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyUpdateItem::average_cpa`. Extends `StrategyAverageCpaBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaUpdateItem {
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Used in `StrategyUpdateItem::max_profit`. Extends `StrategyMaxProfitBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Used in `StrategyUpdateItem::pay_for_conversion`. Extends `StrategyPayForConversionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionUpdateItem {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyUpdateItem::average_cpa_per_campaign`. Extends `StrategyAverageCpaPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignUpdateItem {
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Used in `StrategyUpdateItem::pay_for_conversion_per_campaign`. Extends `StrategyPayForConversionPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignUpdateItem {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyUpdateItem::pay_for_conversion_per_filter`. Extends `StrategyPayForConversionPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterUpdateItem {
    /// Optional. Sent as `Cpa`.
    pub cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyUpdateItem::average_cpa_per_filter`. Extends `StrategyAverageCpaPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterUpdateItem {
    /// Optional. Sent as `FilterAverageCpa`.
    pub filter_average_cpa: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Used in `StrategyUpdateItem::average_cpc_per_campaign`. Extends `StrategyAverageCpcPerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignUpdateItem {
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Used in `StrategyUpdateItem::average_cpc_per_filter`. Extends `StrategyAverageCpcPerFilterBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FilterAverageCpc`.
    pub filter_average_cpc: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Used in `StrategyUpdateItem::average_crr`. Extends `StrategyAverageCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrrUpdateItem {
    /// Optional. Sent as `Crr`.
    pub crr: ::core::option::Option<i32>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
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
/// Used in `StrategyUpdateItem::pay_for_conversion_crr`. Extends `StrategyPayForConversionCrrBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrUpdateItem {
    /// Optional. Sent as `Crr`.
    pub crr: ::core::option::Option<i32>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `StrategyUpdateItem::average_cpa_multiple_goals`. Extends `StrategyAverageCpaMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
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
/// Used in `StrategyUpdateItem::pay_for_conversion_multiple_goals`. Extends `StrategyPayForConversionMultipleGoalsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
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
/// Used in `UpdateRequest::strategies`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyUpdateItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksUpdateItem>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateUpdateItem,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcUpdateItem>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaUpdateItem>,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitUpdateItem>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionUpdateItem>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignUpdateItem,
    >,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignUpdateItem,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterUpdateItem,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<
        StrategyAverageCpaPerFilterUpdateItem,
    >,
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignUpdateItem,
    >,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<
        StrategyAverageCpcPerFilterUpdateItem,
    >,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrUpdateItem>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<
        StrategyPayForConversionCrrUpdateItem,
    >,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsUpdateItem,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
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
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
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
/// The `params` of `Strategies.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Strategies`.
    pub strategies: ::std::vec::Vec<StrategyAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Strategies`); the others start absent.
    pub fn new(
        strategies: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyAddItem>,
        >,
    ) -> Self {
        Self {
            strategies: strategies
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Strategies.add`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `AddResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `Strategies.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Strategies`.
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
    pub fn with_strategies(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyGetItem>,
        >,
    ) -> Self {
        self.strategies = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Strategies.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Strategies`.
    pub strategies: ::std::vec::Vec<StrategyUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Strategies`); the others start absent.
    pub fn new(
        strategies: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<StrategyUpdateItem>,
        >,
    ) -> Self {
        Self {
            strategies: strategies
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Strategies.update`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// Optional. Sent as `UpdateResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.update_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Strategies.archive`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ArchiveRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `Strategies.archive`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArchiveResponse {
    /// Optional. Sent as `ArchiveResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.archive_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Strategies.unarchive`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnarchiveRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `Strategies.unarchive`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnarchiveResponse {
    /// Optional. Sent as `UnarchiveResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.unarchive_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
