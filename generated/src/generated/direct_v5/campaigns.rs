// @generated from schema/direct_v5/campaigns.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Campaigns service: `POST /json/v5/campaigns`.
//!
//! Generated from `schema/direct_v5/campaigns.json` (upstream `campaigns.xml`, sha256 `25d076a955a9b1533c28896a10f51915d6696a75141f3b6fecc8b462b55c8a99`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Campaigns",
        endpoint: "campaigns",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Campaigns.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Campaigns.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `Campaigns.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Campaigns.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// `Campaigns.archive` (write): the method with its request and response types, as the client's generic calls take it.
pub const ARCHIVE: rt::Method<ArchiveRequest, ArchiveResponse> = rt::Method::new(
    method_info("archive", rt::Access::Write),
);
/// `Campaigns.unarchive` (write): the method with its request and response types, as the client's generic calls take it.
pub const UNARCHIVE: rt::Method<UnarchiveRequest, UnarchiveResponse> = rt::Method::new(
    method_info("unarchive", rt::Access::Write),
);
/// `Campaigns.suspend` (write): the method with its request and response types, as the client's generic calls take it.
pub const SUSPEND: rt::Method<SuspendRequest, SuspendResponse> = rt::Method::new(
    method_info("suspend", rt::Access::Write),
);
/// `Campaigns.resume` (write): the method with its request and response types, as the client's generic calls take it.
pub const RESUME: rt::Method<ResumeRequest, ResumeResponse> = rt::Method::new(
    method_info("resume", rt::Access::Write),
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
        info: DELETE.info,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
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
    rt::MethodEntry {
        info: SUSPEND.info,
        request: rt::method::roundtrip_request::<SuspendRequest>,
        response: rt::method::roundtrip_response::<SuspendResponse>,
    },
    rt::MethodEntry {
        info: RESUME.info,
        request: rt::method::roundtrip_request::<ResumeRequest>,
        response: rt::method::roundtrip_response::<ResumeResponse>,
    },
];
/// The Campaigns service (`POST /json/v5/campaigns`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct CampaignsService<'a> {
    client: &'a rt::Client,
}
impl<'a> CampaignsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Campaigns.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `Campaigns.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `Campaigns.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Campaigns.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `Campaigns.archive`: sends `ArchiveRequest` as `params`, returns `ArchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn archive(
        &self,
        params: ArchiveRequest,
    ) -> ::core::result::Result<rt::Response<ArchiveResponse>, rt::Error> {
        self.client.call(&ARCHIVE.info, &params).await
    }
    /// `Campaigns.unarchive`: sends `UnarchiveRequest` as `params`, returns `UnarchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn unarchive(
        &self,
        params: UnarchiveRequest,
    ) -> ::core::result::Result<rt::Response<UnarchiveResponse>, rt::Error> {
        self.client.call(&UNARCHIVE.info, &params).await
    }
    /// `Campaigns.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND.info, &params).await
    }
    /// `Campaigns.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME.info, &params).await
    }
    /// `Campaigns.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<CampaignGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Campaigns.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `SmsSettings::events`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmsEventsEnum {
    /// Sent as `MONITORING`.
    Monitoring,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `MONEY_IN`.
    MoneyIn,
    /// Sent as `MONEY_OUT`.
    MoneyOut,
    /// Sent as `FINISHED`.
    Finished,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmsEventsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Monitoring,
        Self::Moderation,
        Self::MoneyIn,
        Self::MoneyOut,
        Self::Finished,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monitoring => "MONITORING",
            Self::Moderation => "MODERATION",
            Self::MoneyIn => "MONEY_IN",
            Self::MoneyOut => "MONEY_OUT",
            Self::Finished => "FINISHED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MONITORING" => Self::Monitoring,
            "MODERATION" => Self::Moderation,
            "MONEY_IN" => Self::MoneyIn,
            "MONEY_OUT" => Self::MoneyOut,
            "FINISHED" => Self::Finished,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmsEventsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmsEventsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `PlacementType::type_`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementTypesEnum {
    /// Sent as `SEARCH_RESULTS`.
    SearchResults,
    /// Sent as `PRODUCT_GALLERY`.
    ProductGallery,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PlacementTypesEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::SearchResults, Self::ProductGallery];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResults => "SEARCH_RESULTS",
            Self::ProductGallery => "PRODUCT_GALLERY",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SEARCH_RESULTS" => Self::SearchResults,
            "PRODUCT_GALLERY" => Self::ProductGallery,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PlacementTypesEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PlacementTypesEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `PlacementTypeArray`, `DynamicTextCampaignAddItem::placement_types`, `DynamicTextCampaignUpdateItem::placement_types`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlacementType {
    /// Required. Sent as `Type`.
    pub type_: PlacementTypesEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PlacementType {
    /// A `PlacementType` with its required fields (`Type`, `Value`); the others start absent.
    pub fn new(type_: PlacementTypesEnum, value: super::general::YesNoEnum) -> Self {
        Self {
            type_,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DynamicTextCampaignGetItem::placement_types`. A list, sent as `{"Items": [...]}`.
pub type PlacementTypeArray = rt::Items<PlacementType>;
/// Used in `CampaignsSelectionCriteria::statuses`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStatusSelectionEnum {
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `REJECTED`.
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Accepted,
        Self::Draft,
        Self::Moderation,
        Self::Rejected,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "ACCEPTED",
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
            Self::Rejected => "REJECTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ACCEPTED" => Self::Accepted,
            "DRAFT" => Self::Draft,
            "MODERATION" => Self::Moderation,
            "REJECTED" => Self::Rejected,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CampaignsSelectionCriteria::states`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStateEnum {
    /// Sent as `ARCHIVED`.
    Archived,
    /// Sent as `CONVERTED`.
    Converted,
    /// Sent as `ENDED`.
    Ended,
    /// Sent as `OFF`.
    Off,
    /// Sent as `ON`.
    On,
    /// Sent as `SUSPENDED`.
    Suspended,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignStateEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Archived,
        Self::Converted,
        Self::Ended,
        Self::Off,
        Self::On,
        Self::Suspended,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Archived => "ARCHIVED",
            Self::Converted => "CONVERTED",
            Self::Ended => "ENDED",
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Suspended => "SUSPENDED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ARCHIVED" => Self::Archived,
            "CONVERTED" => Self::Converted,
            "ENDED" => Self::Ended,
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
impl ::core::fmt::Display for CampaignStateEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignStateEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CampaignGetItem::state`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStateGetEnum {
    /// Sent as `ARCHIVED`.
    Archived,
    /// Sent as `CONVERTED`.
    Converted,
    /// Sent as `ENDED`.
    Ended,
    /// Sent as `OFF`.
    Off,
    /// Sent as `ON`.
    On,
    /// Sent as `SUSPENDED`.
    Suspended,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignStateGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Archived,
        Self::Converted,
        Self::Ended,
        Self::Off,
        Self::On,
        Self::Suspended,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Archived => "ARCHIVED",
            Self::Converted => "CONVERTED",
            Self::Ended => "ENDED",
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Suspended => "SUSPENDED",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ARCHIVED" => Self::Archived,
            "CONVERTED" => Self::Converted,
            "ENDED" => Self::Ended,
            "OFF" => Self::Off,
            "ON" => Self::On,
            "SUSPENDED" => Self::Suspended,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignStateGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignStateGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CampaignGetItem::status_payment`, `CampaignsSelectionCriteria::statuses_payment`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStatusPaymentEnum {
    /// Sent as `DISALLOWED`.
    Disallowed,
    /// Sent as `ALLOWED`.
    Allowed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignStatusPaymentEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Disallowed, Self::Allowed];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disallowed => "DISALLOWED",
            Self::Allowed => "ALLOWED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DISALLOWED" => Self::Disallowed,
            "ALLOWED" => Self::Allowed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignStatusPaymentEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignStatusPaymentEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `RelevantKeywordsSettingAdd::mode`, `RelevantKeywordsSetting::mode`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelevantKeywordsModeEnum {
    /// Sent as `MINIMUM`.
    Minimum,
    /// Sent as `OPTIMAL`.
    Optimal,
    /// Sent as `MAXIMUM`.
    Maximum,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RelevantKeywordsModeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Minimum, Self::Optimal, Self::Maximum];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minimum => "MINIMUM",
            Self::Optimal => "OPTIMAL",
            Self::Maximum => "MAXIMUM",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MINIMUM" => Self::Minimum,
            "OPTIMAL" => Self::Optimal,
            "MAXIMUM" => Self::Maximum,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RelevantKeywordsModeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RelevantKeywordsModeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `DailyBudget::mode`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DailyBudgetModeEnum {
    /// Sent as `STANDARD`.
    Standard,
    /// Sent as `DISTRIBUTED`.
    Distributed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DailyBudgetModeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Standard, Self::Distributed];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Distributed => "DISTRIBUTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "STANDARD" => Self::Standard,
            "DISTRIBUTED" => Self::Distributed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DailyBudgetModeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DailyBudgetModeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `FundsParam::mode`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignFundsEnum {
    /// Sent as `CAMPAIGN_FUNDS`.
    CampaignFunds,
    /// Sent as `SHARED_ACCOUNT_FUNDS`.
    SharedAccountFunds,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignFundsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::CampaignFunds, Self::SharedAccountFunds];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignFunds => "CAMPAIGN_FUNDS",
            Self::SharedAccountFunds => "SHARED_ACCOUNT_FUNDS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CAMPAIGN_FUNDS" => Self::CampaignFunds,
            "SHARED_ACCOUNT_FUNDS" => Self::SharedAccountFunds,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignFundsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignFundsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CampaignsSelectionCriteria::types`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignTypeEnum {
    /// Sent as `TEXT_CAMPAIGN`.
    TextCampaign,
    /// Sent as `MOBILE_APP_CAMPAIGN`.
    MobileAppCampaign,
    /// Sent as `DYNAMIC_TEXT_CAMPAIGN`.
    DynamicTextCampaign,
    /// Sent as `CPM_BANNER_CAMPAIGN`.
    CpmBannerCampaign,
    /// Sent as `SMART_CAMPAIGN`.
    SmartCampaign,
    /// Sent as `UNIFIED_CAMPAIGN`.
    UnifiedCampaign,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::TextCampaign,
        Self::MobileAppCampaign,
        Self::DynamicTextCampaign,
        Self::CpmBannerCampaign,
        Self::SmartCampaign,
        Self::UnifiedCampaign,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextCampaign => "TEXT_CAMPAIGN",
            Self::MobileAppCampaign => "MOBILE_APP_CAMPAIGN",
            Self::DynamicTextCampaign => "DYNAMIC_TEXT_CAMPAIGN",
            Self::CpmBannerCampaign => "CPM_BANNER_CAMPAIGN",
            Self::SmartCampaign => "SMART_CAMPAIGN",
            Self::UnifiedCampaign => "UNIFIED_CAMPAIGN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TEXT_CAMPAIGN" => Self::TextCampaign,
            "MOBILE_APP_CAMPAIGN" => Self::MobileAppCampaign,
            "DYNAMIC_TEXT_CAMPAIGN" => Self::DynamicTextCampaign,
            "CPM_BANNER_CAMPAIGN" => Self::CpmBannerCampaign,
            "SMART_CAMPAIGN" => Self::SmartCampaign,
            "UNIFIED_CAMPAIGN" => Self::UnifiedCampaign,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CampaignGetItem::type_`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignTypeGetEnum {
    /// Sent as `TEXT_CAMPAIGN`.
    TextCampaign,
    /// Sent as `MOBILE_APP_CAMPAIGN`.
    MobileAppCampaign,
    /// Sent as `DYNAMIC_TEXT_CAMPAIGN`.
    DynamicTextCampaign,
    /// Sent as `CPM_BANNER_CAMPAIGN`.
    CpmBannerCampaign,
    /// Sent as `SMART_CAMPAIGN`.
    SmartCampaign,
    /// Sent as `UNIFIED_CAMPAIGN`.
    UnifiedCampaign,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignTypeGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::TextCampaign,
        Self::MobileAppCampaign,
        Self::DynamicTextCampaign,
        Self::CpmBannerCampaign,
        Self::SmartCampaign,
        Self::UnifiedCampaign,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextCampaign => "TEXT_CAMPAIGN",
            Self::MobileAppCampaign => "MOBILE_APP_CAMPAIGN",
            Self::DynamicTextCampaign => "DYNAMIC_TEXT_CAMPAIGN",
            Self::CpmBannerCampaign => "CPM_BANNER_CAMPAIGN",
            Self::SmartCampaign => "SMART_CAMPAIGN",
            Self::UnifiedCampaign => "UNIFIED_CAMPAIGN",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TEXT_CAMPAIGN" => Self::TextCampaign,
            "MOBILE_APP_CAMPAIGN" => Self::MobileAppCampaign,
            "DYNAMIC_TEXT_CAMPAIGN" => Self::DynamicTextCampaign,
            "CPM_BANNER_CAMPAIGN" => Self::CpmBannerCampaign,
            "SMART_CAMPAIGN" => Self::SmartCampaign,
            "UNIFIED_CAMPAIGN" => Self::UnifiedCampaign,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignTypeGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignTypeGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 22 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignFieldEnum {
    /// Sent as `BlockedIps`.
    BlockedIps,
    /// Sent as `ExcludedSites`.
    ExcludedSites,
    /// Sent as `Currency`.
    Currency,
    /// Sent as `DailyBudget`.
    DailyBudget,
    /// Sent as `Notification`.
    Notification,
    /// Sent as `EndDate`.
    EndDate,
    /// Sent as `Funds`.
    Funds,
    /// Sent as `ClientInfo`.
    ClientInfo,
    /// Sent as `Id`.
    Id,
    /// Sent as `Name`.
    Name,
    /// Sent as `NegativeKeywords`.
    NegativeKeywords,
    /// Sent as `RepresentedBy`.
    RepresentedBy,
    /// Sent as `StartDate`.
    StartDate,
    /// Sent as `Statistics`.
    Statistics,
    /// Sent as `State`.
    State,
    /// Sent as `Status`.
    Status,
    /// Sent as `StatusPayment`.
    StatusPayment,
    /// Sent as `StatusClarification`.
    StatusClarification,
    /// Sent as `SourceId`.
    SourceId,
    /// Sent as `TimeTargeting`.
    TimeTargeting,
    /// Sent as `TimeZone`.
    TimeZone,
    /// Sent as `Type`.
    Type,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::BlockedIps,
        Self::ExcludedSites,
        Self::Currency,
        Self::DailyBudget,
        Self::Notification,
        Self::EndDate,
        Self::Funds,
        Self::ClientInfo,
        Self::Id,
        Self::Name,
        Self::NegativeKeywords,
        Self::RepresentedBy,
        Self::StartDate,
        Self::Statistics,
        Self::State,
        Self::Status,
        Self::StatusPayment,
        Self::StatusClarification,
        Self::SourceId,
        Self::TimeTargeting,
        Self::TimeZone,
        Self::Type,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlockedIps => "BlockedIps",
            Self::ExcludedSites => "ExcludedSites",
            Self::Currency => "Currency",
            Self::DailyBudget => "DailyBudget",
            Self::Notification => "Notification",
            Self::EndDate => "EndDate",
            Self::Funds => "Funds",
            Self::ClientInfo => "ClientInfo",
            Self::Id => "Id",
            Self::Name => "Name",
            Self::NegativeKeywords => "NegativeKeywords",
            Self::RepresentedBy => "RepresentedBy",
            Self::StartDate => "StartDate",
            Self::Statistics => "Statistics",
            Self::State => "State",
            Self::Status => "Status",
            Self::StatusPayment => "StatusPayment",
            Self::StatusClarification => "StatusClarification",
            Self::SourceId => "SourceId",
            Self::TimeTargeting => "TimeTargeting",
            Self::TimeZone => "TimeZone",
            Self::Type => "Type",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BlockedIps" => Self::BlockedIps,
            "ExcludedSites" => Self::ExcludedSites,
            "Currency" => Self::Currency,
            "DailyBudget" => Self::DailyBudget,
            "Notification" => Self::Notification,
            "EndDate" => Self::EndDate,
            "Funds" => Self::Funds,
            "ClientInfo" => Self::ClientInfo,
            "Id" => Self::Id,
            "Name" => Self::Name,
            "NegativeKeywords" => Self::NegativeKeywords,
            "RepresentedBy" => Self::RepresentedBy,
            "StartDate" => Self::StartDate,
            "Statistics" => Self::Statistics,
            "State" => Self::State,
            "Status" => Self::Status,
            "StatusPayment" => Self::StatusPayment,
            "StatusClarification" => Self::StatusClarification,
            "SourceId" => Self::SourceId,
            "TimeTargeting" => Self::TimeTargeting,
            "TimeZone" => Self::TimeZone,
            "Type" => Self::Type,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::text_campaign_field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignFieldEnum {
    /// Sent as `CounterIds`.
    CounterIds,
    /// Sent as `RelevantKeywords`.
    RelevantKeywords,
    /// Sent as `Settings`.
    Settings,
    /// Sent as `BiddingStrategy`.
    BiddingStrategy,
    /// Sent as `PriorityGoals`.
    PriorityGoals,
    /// Sent as `TrackingParams`.
    TrackingParams,
    /// Sent as `AttributionModel`.
    AttributionModel,
    /// Sent as `PackageBiddingStrategy`.
    PackageBiddingStrategy,
    /// Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    CanBeUsedAsPackageBiddingStrategySource,
    /// Sent as `NegativeKeywordSharedSetIds`.
    NegativeKeywordSharedSetIds,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CounterIds,
        Self::RelevantKeywords,
        Self::Settings,
        Self::BiddingStrategy,
        Self::PriorityGoals,
        Self::TrackingParams,
        Self::AttributionModel,
        Self::PackageBiddingStrategy,
        Self::CanBeUsedAsPackageBiddingStrategySource,
        Self::NegativeKeywordSharedSetIds,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CounterIds => "CounterIds",
            Self::RelevantKeywords => "RelevantKeywords",
            Self::Settings => "Settings",
            Self::BiddingStrategy => "BiddingStrategy",
            Self::PriorityGoals => "PriorityGoals",
            Self::TrackingParams => "TrackingParams",
            Self::AttributionModel => "AttributionModel",
            Self::PackageBiddingStrategy => "PackageBiddingStrategy",
            Self::CanBeUsedAsPackageBiddingStrategySource => {
                "CanBeUsedAsPackageBiddingStrategySource"
            }
            Self::NegativeKeywordSharedSetIds => "NegativeKeywordSharedSetIds",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CounterIds" => Self::CounterIds,
            "RelevantKeywords" => Self::RelevantKeywords,
            "Settings" => Self::Settings,
            "BiddingStrategy" => Self::BiddingStrategy,
            "PriorityGoals" => Self::PriorityGoals,
            "TrackingParams" => Self::TrackingParams,
            "AttributionModel" => Self::AttributionModel,
            "PackageBiddingStrategy" => Self::PackageBiddingStrategy,
            "CanBeUsedAsPackageBiddingStrategySource" => {
                Self::CanBeUsedAsPackageBiddingStrategySource
            }
            "NegativeKeywordSharedSetIds" => Self::NegativeKeywordSharedSetIds,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::text_campaign_search_strategy_placement_types_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSearchStrategyPlacementTypesFieldEnum {
    /// Sent as `SearchResults`.
    SearchResults,
    /// Sent as `ProductGallery`.
    ProductGallery,
    /// Sent as `DynamicPlaces`.
    DynamicPlaces,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextCampaignSearchStrategyPlacementTypesFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SearchResults,
        Self::ProductGallery,
        Self::DynamicPlaces,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResults => "SearchResults",
            Self::ProductGallery => "ProductGallery",
            Self::DynamicPlaces => "DynamicPlaces",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SearchResults" => Self::SearchResults,
            "ProductGallery" => Self::ProductGallery,
            "DynamicPlaces" => Self::DynamicPlaces,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextCampaignSearchStrategyPlacementTypesFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextCampaignSearchStrategyPlacementTypesFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::unified_campaign_field_names`.
///
/// One of the 9 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignFieldEnum {
    /// Sent as `CounterIds`.
    CounterIds,
    /// Sent as `Settings`.
    Settings,
    /// Sent as `BiddingStrategy`.
    BiddingStrategy,
    /// Sent as `PriorityGoals`.
    PriorityGoals,
    /// Sent as `TrackingParams`.
    TrackingParams,
    /// Sent as `AttributionModel`.
    AttributionModel,
    /// Sent as `PackageBiddingStrategy`.
    PackageBiddingStrategy,
    /// Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    CanBeUsedAsPackageBiddingStrategySource,
    /// Sent as `NegativeKeywordSharedSetIds`.
    NegativeKeywordSharedSetIds,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CounterIds,
        Self::Settings,
        Self::BiddingStrategy,
        Self::PriorityGoals,
        Self::TrackingParams,
        Self::AttributionModel,
        Self::PackageBiddingStrategy,
        Self::CanBeUsedAsPackageBiddingStrategySource,
        Self::NegativeKeywordSharedSetIds,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CounterIds => "CounterIds",
            Self::Settings => "Settings",
            Self::BiddingStrategy => "BiddingStrategy",
            Self::PriorityGoals => "PriorityGoals",
            Self::TrackingParams => "TrackingParams",
            Self::AttributionModel => "AttributionModel",
            Self::PackageBiddingStrategy => "PackageBiddingStrategy",
            Self::CanBeUsedAsPackageBiddingStrategySource => {
                "CanBeUsedAsPackageBiddingStrategySource"
            }
            Self::NegativeKeywordSharedSetIds => "NegativeKeywordSharedSetIds",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CounterIds" => Self::CounterIds,
            "Settings" => Self::Settings,
            "BiddingStrategy" => Self::BiddingStrategy,
            "PriorityGoals" => Self::PriorityGoals,
            "TrackingParams" => Self::TrackingParams,
            "AttributionModel" => Self::AttributionModel,
            "PackageBiddingStrategy" => Self::PackageBiddingStrategy,
            "CanBeUsedAsPackageBiddingStrategySource" => {
                Self::CanBeUsedAsPackageBiddingStrategySource
            }
            "NegativeKeywordSharedSetIds" => Self::NegativeKeywordSharedSetIds,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UnifiedCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::unified_campaign_search_strategy_placement_types_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
    /// Sent as `SearchResults`.
    SearchResults,
    /// Sent as `ProductGallery`.
    ProductGallery,
    /// Sent as `DynamicPlaces`.
    DynamicPlaces,
    /// Sent as `Maps`.
    Maps,
    /// Sent as `SearchOrganizationList`.
    SearchOrganizationList,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SearchResults,
        Self::ProductGallery,
        Self::DynamicPlaces,
        Self::Maps,
        Self::SearchOrganizationList,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResults => "SearchResults",
            Self::ProductGallery => "ProductGallery",
            Self::DynamicPlaces => "DynamicPlaces",
            Self::Maps => "Maps",
            Self::SearchOrganizationList => "SearchOrganizationList",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SearchResults" => Self::SearchResults,
            "ProductGallery" => Self::ProductGallery,
            "DynamicPlaces" => Self::DynamicPlaces,
            "Maps" => Self::Maps,
            "SearchOrganizationList" => Self::SearchOrganizationList,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str>
for UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::unified_campaign_package_bidding_strategy_platforms_field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
    /// Sent as `SearchResult`.
    SearchResult,
    /// Sent as `ProductGallery`.
    ProductGallery,
    /// Sent as `Maps`.
    Maps,
    /// Sent as `SearchOrganizationList`.
    SearchOrganizationList,
    /// Sent as `Network`.
    Network,
    /// Sent as `DynamicPlaces`.
    DynamicPlaces,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SearchResult,
        Self::ProductGallery,
        Self::Maps,
        Self::SearchOrganizationList,
        Self::Network,
        Self::DynamicPlaces,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResult => "SearchResult",
            Self::ProductGallery => "ProductGallery",
            Self::Maps => "Maps",
            Self::SearchOrganizationList => "SearchOrganizationList",
            Self::Network => "Network",
            Self::DynamicPlaces => "DynamicPlaces",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SearchResult" => Self::SearchResult,
            "ProductGallery" => Self::ProductGallery,
            "Maps" => Self::Maps,
            "SearchOrganizationList" => Self::SearchOrganizationList,
            "Network" => Self::Network,
            "DynamicPlaces" => Self::DynamicPlaces,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str>
for UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::mobile_app_campaign_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignFieldEnum {
    /// Sent as `Settings`.
    Settings,
    /// Sent as `BiddingStrategy`.
    BiddingStrategy,
    /// Sent as `PackageBiddingStrategy`.
    PackageBiddingStrategy,
    /// Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    CanBeUsedAsPackageBiddingStrategySource,
    /// Sent as `NegativeKeywordSharedSetIds`.
    NegativeKeywordSharedSetIds,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Settings,
        Self::BiddingStrategy,
        Self::PackageBiddingStrategy,
        Self::CanBeUsedAsPackageBiddingStrategySource,
        Self::NegativeKeywordSharedSetIds,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Settings => "Settings",
            Self::BiddingStrategy => "BiddingStrategy",
            Self::PackageBiddingStrategy => "PackageBiddingStrategy",
            Self::CanBeUsedAsPackageBiddingStrategySource => {
                "CanBeUsedAsPackageBiddingStrategySource"
            }
            Self::NegativeKeywordSharedSetIds => "NegativeKeywordSharedSetIds",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Settings" => Self::Settings,
            "BiddingStrategy" => Self::BiddingStrategy,
            "PackageBiddingStrategy" => Self::PackageBiddingStrategy,
            "CanBeUsedAsPackageBiddingStrategySource" => {
                Self::CanBeUsedAsPackageBiddingStrategySource
            }
            "NegativeKeywordSharedSetIds" => Self::NegativeKeywordSharedSetIds,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::dynamic_text_campaign_field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignFieldEnum {
    /// Sent as `PlacementTypes`.
    PlacementTypes,
    /// Sent as `CounterIds`.
    CounterIds,
    /// Sent as `Settings`.
    Settings,
    /// Sent as `BiddingStrategy`.
    BiddingStrategy,
    /// Sent as `PriorityGoals`.
    PriorityGoals,
    /// Sent as `TrackingParams`.
    TrackingParams,
    /// Sent as `AttributionModel`.
    AttributionModel,
    /// Sent as `PackageBiddingStrategy`.
    PackageBiddingStrategy,
    /// Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    CanBeUsedAsPackageBiddingStrategySource,
    /// Sent as `NegativeKeywordSharedSetIds`.
    NegativeKeywordSharedSetIds,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::PlacementTypes,
        Self::CounterIds,
        Self::Settings,
        Self::BiddingStrategy,
        Self::PriorityGoals,
        Self::TrackingParams,
        Self::AttributionModel,
        Self::PackageBiddingStrategy,
        Self::CanBeUsedAsPackageBiddingStrategySource,
        Self::NegativeKeywordSharedSetIds,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlacementTypes => "PlacementTypes",
            Self::CounterIds => "CounterIds",
            Self::Settings => "Settings",
            Self::BiddingStrategy => "BiddingStrategy",
            Self::PriorityGoals => "PriorityGoals",
            Self::TrackingParams => "TrackingParams",
            Self::AttributionModel => "AttributionModel",
            Self::PackageBiddingStrategy => "PackageBiddingStrategy",
            Self::CanBeUsedAsPackageBiddingStrategySource => {
                "CanBeUsedAsPackageBiddingStrategySource"
            }
            Self::NegativeKeywordSharedSetIds => "NegativeKeywordSharedSetIds",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "PlacementTypes" => Self::PlacementTypes,
            "CounterIds" => Self::CounterIds,
            "Settings" => Self::Settings,
            "BiddingStrategy" => Self::BiddingStrategy,
            "PriorityGoals" => Self::PriorityGoals,
            "TrackingParams" => Self::TrackingParams,
            "AttributionModel" => Self::AttributionModel,
            "PackageBiddingStrategy" => Self::PackageBiddingStrategy,
            "CanBeUsedAsPackageBiddingStrategySource" => {
                Self::CanBeUsedAsPackageBiddingStrategySource
            }
            "NegativeKeywordSharedSetIds" => Self::NegativeKeywordSharedSetIds,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::dynamic_text_campaign_search_strategy_placement_types_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
    /// Sent as `SearchResults`.
    SearchResults,
    /// Sent as `ProductGallery`.
    ProductGallery,
    /// Sent as `DynamicPlaces`.
    DynamicPlaces,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SearchResults,
        Self::ProductGallery,
        Self::DynamicPlaces,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResults => "SearchResults",
            Self::ProductGallery => "ProductGallery",
            Self::DynamicPlaces => "DynamicPlaces",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SearchResults" => Self::SearchResults,
            "ProductGallery" => Self::ProductGallery,
            "DynamicPlaces" => Self::DynamicPlaces,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str>
for DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::cpm_banner_campaign_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignFieldEnum {
    /// Sent as `CounterIds`.
    CounterIds,
    /// Sent as `FrequencyCap`.
    FrequencyCap,
    /// Sent as `VideoTarget`.
    VideoTarget,
    /// Sent as `Settings`.
    Settings,
    /// Sent as `BiddingStrategy`.
    BiddingStrategy,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmBannerCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CounterIds,
        Self::FrequencyCap,
        Self::VideoTarget,
        Self::Settings,
        Self::BiddingStrategy,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CounterIds => "CounterIds",
            Self::FrequencyCap => "FrequencyCap",
            Self::VideoTarget => "VideoTarget",
            Self::Settings => "Settings",
            Self::BiddingStrategy => "BiddingStrategy",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CounterIds" => Self::CounterIds,
            "FrequencyCap" => Self::FrequencyCap,
            "VideoTarget" => Self::VideoTarget,
            "Settings" => Self::Settings,
            "BiddingStrategy" => Self::BiddingStrategy,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmBannerCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmBannerCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::smart_campaign_field_names`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignFieldEnum {
    /// Sent as `CounterId`.
    CounterId,
    /// Sent as `Settings`.
    Settings,
    /// Sent as `BiddingStrategy`.
    BiddingStrategy,
    /// Sent as `PriorityGoals`.
    PriorityGoals,
    /// Sent as `TrackingParams`.
    TrackingParams,
    /// Sent as `AttributionModel`.
    AttributionModel,
    /// Sent as `PackageBiddingStrategy`.
    PackageBiddingStrategy,
    /// Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    CanBeUsedAsPackageBiddingStrategySource,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartCampaignFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CounterId,
        Self::Settings,
        Self::BiddingStrategy,
        Self::PriorityGoals,
        Self::TrackingParams,
        Self::AttributionModel,
        Self::PackageBiddingStrategy,
        Self::CanBeUsedAsPackageBiddingStrategySource,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CounterId => "CounterId",
            Self::Settings => "Settings",
            Self::BiddingStrategy => "BiddingStrategy",
            Self::PriorityGoals => "PriorityGoals",
            Self::TrackingParams => "TrackingParams",
            Self::AttributionModel => "AttributionModel",
            Self::PackageBiddingStrategy => "PackageBiddingStrategy",
            Self::CanBeUsedAsPackageBiddingStrategySource => {
                "CanBeUsedAsPackageBiddingStrategySource"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CounterId" => Self::CounterId,
            "Settings" => Self::Settings,
            "BiddingStrategy" => Self::BiddingStrategy,
            "PriorityGoals" => Self::PriorityGoals,
            "TrackingParams" => Self::TrackingParams,
            "AttributionModel" => Self::AttributionModel,
            "PackageBiddingStrategy" => Self::PackageBiddingStrategy,
            "CanBeUsedAsPackageBiddingStrategySource" => {
                Self::CanBeUsedAsPackageBiddingStrategySource
            }
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartCampaignFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartCampaignFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `TextCampaignSearchStrategy::bidding_strategy_type`, `TextCampaignSearchStrategyAdd::bidding_strategy_type`.
///
/// One of the 16 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSearchStrategyTypeEnum {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `HIGHEST_POSITION`.
    HighestPosition,
    /// Sent as `IMPRESSIONS_BELOW_SEARCH`.
    ImpressionsBelowSearch,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `WEEKLY_CLICK_PACKAGE`.
    WeeklyClickPackage,
    /// Sent as `AVERAGE_ROI`.
    AverageRoi,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `AVERAGE_CPA_MULTIPLE_GOALS`.
    AverageCpaMultipleGoals,
    /// Sent as `PAY_FOR_CONVERSION_MULTIPLE_GOALS`.
    PayForConversionMultipleGoals,
    /// Sent as `MAX_PROFIT`.
    MaxProfit,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextCampaignSearchStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::WbMaximumConversionRate,
        Self::HighestPosition,
        Self::ImpressionsBelowSearch,
        Self::ServingOff,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::WeeklyClickPackage,
        Self::AverageRoi,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::AverageCpaMultipleGoals,
        Self::PayForConversionMultipleGoals,
        Self::MaxProfit,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::HighestPosition => "HIGHEST_POSITION",
            Self::ImpressionsBelowSearch => "IMPRESSIONS_BELOW_SEARCH",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::WeeklyClickPackage => "WEEKLY_CLICK_PACKAGE",
            Self::AverageRoi => "AVERAGE_ROI",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::AverageCpaMultipleGoals => "AVERAGE_CPA_MULTIPLE_GOALS",
            Self::PayForConversionMultipleGoals => "PAY_FOR_CONVERSION_MULTIPLE_GOALS",
            Self::MaxProfit => "MAX_PROFIT",
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
            "HIGHEST_POSITION" => Self::HighestPosition,
            "IMPRESSIONS_BELOW_SEARCH" => Self::ImpressionsBelowSearch,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "WEEKLY_CLICK_PACKAGE" => Self::WeeklyClickPackage,
            "AVERAGE_ROI" => Self::AverageRoi,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "AVERAGE_CPA_MULTIPLE_GOALS" => Self::AverageCpaMultipleGoals,
            "PAY_FOR_CONVERSION_MULTIPLE_GOALS" => Self::PayForConversionMultipleGoals,
            "MAX_PROFIT" => Self::MaxProfit,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextCampaignSearchStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextCampaignSearchStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `UnifiedCampaignSearchStrategy::bidding_strategy_type`, `UnifiedCampaignSearchStrategyAdd::bidding_strategy_type`.
///
/// One of the 13 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSearchStrategyTypeEnum {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `HIGHEST_POSITION`.
    HighestPosition,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `AVERAGE_CPA_MULTIPLE_GOALS`.
    AverageCpaMultipleGoals,
    /// Sent as `PAY_FOR_CONVERSION_MULTIPLE_GOALS`.
    PayForConversionMultipleGoals,
    /// Sent as `MAX_PROFIT`.
    MaxProfit,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignSearchStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::WbMaximumConversionRate,
        Self::HighestPosition,
        Self::ServingOff,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::AverageCpaMultipleGoals,
        Self::PayForConversionMultipleGoals,
        Self::MaxProfit,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::HighestPosition => "HIGHEST_POSITION",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::AverageCpaMultipleGoals => "AVERAGE_CPA_MULTIPLE_GOALS",
            Self::PayForConversionMultipleGoals => "PAY_FOR_CONVERSION_MULTIPLE_GOALS",
            Self::MaxProfit => "MAX_PROFIT",
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
            "HIGHEST_POSITION" => Self::HighestPosition,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "AVERAGE_CPA_MULTIPLE_GOALS" => Self::AverageCpaMultipleGoals,
            "PAY_FOR_CONVERSION_MULTIPLE_GOALS" => Self::PayForConversionMultipleGoals,
            "MAX_PROFIT" => Self::MaxProfit,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignSearchStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UnifiedCampaignSearchStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `TextCampaignNetworkStrategy::bidding_strategy_type`, `TextCampaignNetworkStrategyAdd::bidding_strategy_type`.
///
/// One of the 16 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignNetworkStrategyTypeEnum {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `MAXIMUM_COVERAGE`.
    MaximumCoverage,
    /// Sent as `NETWORK_DEFAULT`.
    NetworkDefault,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `WEEKLY_CLICK_PACKAGE`.
    WeeklyClickPackage,
    /// Sent as `AVERAGE_ROI`.
    AverageRoi,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `AVERAGE_CPA_MULTIPLE_GOALS`.
    AverageCpaMultipleGoals,
    /// Sent as `PAY_FOR_CONVERSION_MULTIPLE_GOALS`.
    PayForConversionMultipleGoals,
    /// Sent as `MAX_PROFIT`.
    MaxProfit,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextCampaignNetworkStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::WbMaximumConversionRate,
        Self::MaximumCoverage,
        Self::NetworkDefault,
        Self::ServingOff,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::WeeklyClickPackage,
        Self::AverageRoi,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::AverageCpaMultipleGoals,
        Self::PayForConversionMultipleGoals,
        Self::MaxProfit,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::MaximumCoverage => "MAXIMUM_COVERAGE",
            Self::NetworkDefault => "NETWORK_DEFAULT",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::WeeklyClickPackage => "WEEKLY_CLICK_PACKAGE",
            Self::AverageRoi => "AVERAGE_ROI",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::AverageCpaMultipleGoals => "AVERAGE_CPA_MULTIPLE_GOALS",
            Self::PayForConversionMultipleGoals => "PAY_FOR_CONVERSION_MULTIPLE_GOALS",
            Self::MaxProfit => "MAX_PROFIT",
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
            "MAXIMUM_COVERAGE" => Self::MaximumCoverage,
            "NETWORK_DEFAULT" => Self::NetworkDefault,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "WEEKLY_CLICK_PACKAGE" => Self::WeeklyClickPackage,
            "AVERAGE_ROI" => Self::AverageRoi,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "AVERAGE_CPA_MULTIPLE_GOALS" => Self::AverageCpaMultipleGoals,
            "PAY_FOR_CONVERSION_MULTIPLE_GOALS" => Self::PayForConversionMultipleGoals,
            "MAX_PROFIT" => Self::MaxProfit,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextCampaignNetworkStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextCampaignNetworkStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `UnifiedCampaignNetworkStrategy::bidding_strategy_type`, `UnifiedCampaignNetworkStrategyAdd::bidding_strategy_type`.
///
/// One of the 13 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignNetworkStrategyTypeEnum {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `NETWORK_DEFAULT`.
    NetworkDefault,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `AVERAGE_CPA_MULTIPLE_GOALS`.
    AverageCpaMultipleGoals,
    /// Sent as `PAY_FOR_CONVERSION_MULTIPLE_GOALS`.
    PayForConversionMultipleGoals,
    /// Sent as `MAX_PROFIT`.
    MaxProfit,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignNetworkStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::WbMaximumConversionRate,
        Self::NetworkDefault,
        Self::ServingOff,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::AverageCpaMultipleGoals,
        Self::PayForConversionMultipleGoals,
        Self::MaxProfit,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::NetworkDefault => "NETWORK_DEFAULT",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::AverageCpaMultipleGoals => "AVERAGE_CPA_MULTIPLE_GOALS",
            Self::PayForConversionMultipleGoals => "PAY_FOR_CONVERSION_MULTIPLE_GOALS",
            Self::MaxProfit => "MAX_PROFIT",
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
            "NETWORK_DEFAULT" => Self::NetworkDefault,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "AVERAGE_CPA_MULTIPLE_GOALS" => Self::AverageCpaMultipleGoals,
            "PAY_FOR_CONVERSION_MULTIPLE_GOALS" => Self::PayForConversionMultipleGoals,
            "MAX_PROFIT" => Self::MaxProfit,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignNetworkStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UnifiedCampaignNetworkStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `MobileAppCampaignSearchStrategy::bidding_strategy_type`, `MobileAppCampaignSearchStrategyAdd::bidding_strategy_type`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignSearchStrategyTypeEnum {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPI`.
    AverageCpi,
    /// Sent as `WB_MAXIMUM_APP_INSTALLS`.
    WbMaximumAppInstalls,
    /// Sent as `HIGHEST_POSITION`.
    HighestPosition,
    /// Sent as `IMPRESSIONS_BELOW_SEARCH`.
    ImpressionsBelowSearch,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `WEEKLY_CLICK_PACKAGE`.
    WeeklyClickPackage,
    /// Sent as `PAY_FOR_INSTALL`.
    PayForInstall,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppCampaignSearchStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpi,
        Self::WbMaximumAppInstalls,
        Self::HighestPosition,
        Self::ImpressionsBelowSearch,
        Self::ServingOff,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::WeeklyClickPackage,
        Self::PayForInstall,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpi => "AVERAGE_CPI",
            Self::WbMaximumAppInstalls => "WB_MAXIMUM_APP_INSTALLS",
            Self::HighestPosition => "HIGHEST_POSITION",
            Self::ImpressionsBelowSearch => "IMPRESSIONS_BELOW_SEARCH",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::WeeklyClickPackage => "WEEKLY_CLICK_PACKAGE",
            Self::PayForInstall => "PAY_FOR_INSTALL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AVERAGE_CPC" => Self::AverageCpc,
            "AVERAGE_CPI" => Self::AverageCpi,
            "WB_MAXIMUM_APP_INSTALLS" => Self::WbMaximumAppInstalls,
            "HIGHEST_POSITION" => Self::HighestPosition,
            "IMPRESSIONS_BELOW_SEARCH" => Self::ImpressionsBelowSearch,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "WEEKLY_CLICK_PACKAGE" => Self::WeeklyClickPackage,
            "PAY_FOR_INSTALL" => Self::PayForInstall,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppCampaignSearchStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppCampaignSearchStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `MobileAppCampaignNetworkStrategy::bidding_strategy_type`, `MobileAppCampaignNetworkStrategyAdd::bidding_strategy_type`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignNetworkStrategyTypeEnum {
    /// Sent as `NETWORK_DEFAULT`.
    NetworkDefault,
    /// Sent as `MAXIMUM_COVERAGE`.
    MaximumCoverage,
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPI`.
    AverageCpi,
    /// Sent as `WB_MAXIMUM_APP_INSTALLS`.
    WbMaximumAppInstalls,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `WEEKLY_CLICK_PACKAGE`.
    WeeklyClickPackage,
    /// Sent as `PAY_FOR_INSTALL`.
    PayForInstall,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppCampaignNetworkStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::NetworkDefault,
        Self::MaximumCoverage,
        Self::AverageCpc,
        Self::AverageCpi,
        Self::WbMaximumAppInstalls,
        Self::ServingOff,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::WeeklyClickPackage,
        Self::PayForInstall,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NetworkDefault => "NETWORK_DEFAULT",
            Self::MaximumCoverage => "MAXIMUM_COVERAGE",
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpi => "AVERAGE_CPI",
            Self::WbMaximumAppInstalls => "WB_MAXIMUM_APP_INSTALLS",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::WeeklyClickPackage => "WEEKLY_CLICK_PACKAGE",
            Self::PayForInstall => "PAY_FOR_INSTALL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NETWORK_DEFAULT" => Self::NetworkDefault,
            "MAXIMUM_COVERAGE" => Self::MaximumCoverage,
            "AVERAGE_CPC" => Self::AverageCpc,
            "AVERAGE_CPI" => Self::AverageCpi,
            "WB_MAXIMUM_APP_INSTALLS" => Self::WbMaximumAppInstalls,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "WEEKLY_CLICK_PACKAGE" => Self::WeeklyClickPackage,
            "PAY_FOR_INSTALL" => Self::PayForInstall,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppCampaignNetworkStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppCampaignNetworkStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `DynamicTextCampaignSearchStrategy::bidding_strategy_type`, `DynamicTextCampaignSearchStrategyAdd::bidding_strategy_type`.
///
/// One of the 13 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSearchStrategyTypeEnum {
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `HIGHEST_POSITION`.
    HighestPosition,
    /// Sent as `IMPRESSIONS_BELOW_SEARCH`.
    ImpressionsBelowSearch,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `WEEKLY_CLICK_PACKAGE`.
    WeeklyClickPackage,
    /// Sent as `AVERAGE_ROI`.
    AverageRoi,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextCampaignSearchStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::WbMaximumConversionRate,
        Self::HighestPosition,
        Self::ImpressionsBelowSearch,
        Self::Unknown,
        Self::WbMaximumClicks,
        Self::WeeklyClickPackage,
        Self::AverageRoi,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::ServingOff,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::HighestPosition => "HIGHEST_POSITION",
            Self::ImpressionsBelowSearch => "IMPRESSIONS_BELOW_SEARCH",
            Self::Unknown => "UNKNOWN",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::WeeklyClickPackage => "WEEKLY_CLICK_PACKAGE",
            Self::AverageRoi => "AVERAGE_ROI",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::ServingOff => "SERVING_OFF",
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
            "HIGHEST_POSITION" => Self::HighestPosition,
            "IMPRESSIONS_BELOW_SEARCH" => Self::ImpressionsBelowSearch,
            "UNKNOWN" => Self::Unknown,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "WEEKLY_CLICK_PACKAGE" => Self::WeeklyClickPackage,
            "AVERAGE_ROI" => Self::AverageRoi,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "SERVING_OFF" => Self::ServingOff,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextCampaignSearchStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextCampaignSearchStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `DynamicTextCampaignNetworkStrategy::bidding_strategy_type`, `DynamicTextCampaignNetworkStrategyAdd::bidding_strategy_type`.
///
/// One of the 13 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignNetworkStrategyTypeEnum {
    /// Sent as `NETWORK_DEFAULT`.
    NetworkDefault,
    /// Sent as `MAXIMUM_COVERAGE`.
    MaximumCoverage,
    /// Sent as `WB_MAXIMUM_CONVERSION_RATE`.
    WbMaximumConversionRate,
    /// Sent as `WB_MAXIMUM_CLICKS`.
    WbMaximumClicks,
    /// Sent as `AVERAGE_CPC`.
    AverageCpc,
    /// Sent as `AVERAGE_CPA`.
    AverageCpa,
    /// Sent as `PAY_FOR_CONVERSION`.
    PayForConversion,
    /// Sent as `AVERAGE_ROI`.
    AverageRoi,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `WEEKLY_CLICK_PACKAGE`.
    WeeklyClickPackage,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextCampaignNetworkStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::NetworkDefault,
        Self::MaximumCoverage,
        Self::WbMaximumConversionRate,
        Self::WbMaximumClicks,
        Self::AverageCpc,
        Self::AverageCpa,
        Self::PayForConversion,
        Self::AverageRoi,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::WeeklyClickPackage,
        Self::ServingOff,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NetworkDefault => "NETWORK_DEFAULT",
            Self::MaximumCoverage => "MAXIMUM_COVERAGE",
            Self::WbMaximumConversionRate => "WB_MAXIMUM_CONVERSION_RATE",
            Self::WbMaximumClicks => "WB_MAXIMUM_CLICKS",
            Self::AverageCpc => "AVERAGE_CPC",
            Self::AverageCpa => "AVERAGE_CPA",
            Self::PayForConversion => "PAY_FOR_CONVERSION",
            Self::AverageRoi => "AVERAGE_ROI",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::WeeklyClickPackage => "WEEKLY_CLICK_PACKAGE",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NETWORK_DEFAULT" => Self::NetworkDefault,
            "MAXIMUM_COVERAGE" => Self::MaximumCoverage,
            "WB_MAXIMUM_CONVERSION_RATE" => Self::WbMaximumConversionRate,
            "WB_MAXIMUM_CLICKS" => Self::WbMaximumClicks,
            "AVERAGE_CPC" => Self::AverageCpc,
            "AVERAGE_CPA" => Self::AverageCpa,
            "PAY_FOR_CONVERSION" => Self::PayForConversion,
            "AVERAGE_ROI" => Self::AverageRoi,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "WEEKLY_CLICK_PACKAGE" => Self::WeeklyClickPackage,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextCampaignNetworkStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextCampaignNetworkStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CpmBannerCampaignSearchStrategy::bidding_strategy_type`, `CpmBannerCampaignSearchStrategyAdd::bidding_strategy_type`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignSearchStrategyTypeEnum {
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmBannerCampaignSearchStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::ServingOff, Self::Unknown];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmBannerCampaignSearchStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmBannerCampaignSearchStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::bidding_strategy_type`, `CpmBannerCampaignNetworkStrategyAdd::bidding_strategy_type`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignNetworkStrategyTypeEnum {
    /// Sent as `MANUAL_CPM`.
    ManualCpm,
    /// Sent as `WB_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS`.
    WbDecreasedPriceForRepeatedImpressions,
    /// Sent as `CP_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS`.
    CpDecreasedPriceForRepeatedImpressions,
    /// Sent as `WB_MAXIMUM_IMPRESSIONS`.
    WbMaximumImpressions,
    /// Sent as `CP_MAXIMUM_IMPRESSIONS`.
    CpMaximumImpressions,
    /// Sent as `WB_AVERAGE_CPV`.
    WbAverageCpv,
    /// Sent as `CP_AVERAGE_CPV`.
    CpAverageCpv,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmBannerCampaignNetworkStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ManualCpm,
        Self::WbDecreasedPriceForRepeatedImpressions,
        Self::CpDecreasedPriceForRepeatedImpressions,
        Self::WbMaximumImpressions,
        Self::CpMaximumImpressions,
        Self::WbAverageCpv,
        Self::CpAverageCpv,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualCpm => "MANUAL_CPM",
            Self::WbDecreasedPriceForRepeatedImpressions => {
                "WB_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS"
            }
            Self::CpDecreasedPriceForRepeatedImpressions => {
                "CP_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS"
            }
            Self::WbMaximumImpressions => "WB_MAXIMUM_IMPRESSIONS",
            Self::CpMaximumImpressions => "CP_MAXIMUM_IMPRESSIONS",
            Self::WbAverageCpv => "WB_AVERAGE_CPV",
            Self::CpAverageCpv => "CP_AVERAGE_CPV",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MANUAL_CPM" => Self::ManualCpm,
            "WB_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS" => {
                Self::WbDecreasedPriceForRepeatedImpressions
            }
            "CP_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS" => {
                Self::CpDecreasedPriceForRepeatedImpressions
            }
            "WB_MAXIMUM_IMPRESSIONS" => Self::WbMaximumImpressions,
            "CP_MAXIMUM_IMPRESSIONS" => Self::CpMaximumImpressions,
            "WB_AVERAGE_CPV" => Self::WbAverageCpv,
            "CP_AVERAGE_CPV" => Self::CpAverageCpv,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmBannerCampaignNetworkStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmBannerCampaignNetworkStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `SmartCampaignSearchStrategy::bidding_strategy_type`, `SmartCampaignSearchStrategyAdd::bidding_strategy_type`.
///
/// One of the 11 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignSearchStrategyTypeEnum {
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
    /// Sent as `AVERAGE_ROI`.
    AverageRoi,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartCampaignSearchStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AverageCpcPerCampaign,
        Self::AverageCpcPerFilter,
        Self::AverageCpaPerCampaign,
        Self::AverageCpaPerFilter,
        Self::PayForConversionPerCampaign,
        Self::PayForConversionPerFilter,
        Self::AverageRoi,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::ServingOff,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpcPerCampaign => "AVERAGE_CPC_PER_CAMPAIGN",
            Self::AverageCpcPerFilter => "AVERAGE_CPC_PER_FILTER",
            Self::AverageCpaPerCampaign => "AVERAGE_CPA_PER_CAMPAIGN",
            Self::AverageCpaPerFilter => "AVERAGE_CPA_PER_FILTER",
            Self::PayForConversionPerCampaign => "PAY_FOR_CONVERSION_PER_CAMPAIGN",
            Self::PayForConversionPerFilter => "PAY_FOR_CONVERSION_PER_FILTER",
            Self::AverageRoi => "AVERAGE_ROI",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AVERAGE_CPC_PER_CAMPAIGN" => Self::AverageCpcPerCampaign,
            "AVERAGE_CPC_PER_FILTER" => Self::AverageCpcPerFilter,
            "AVERAGE_CPA_PER_CAMPAIGN" => Self::AverageCpaPerCampaign,
            "AVERAGE_CPA_PER_FILTER" => Self::AverageCpaPerFilter,
            "PAY_FOR_CONVERSION_PER_CAMPAIGN" => Self::PayForConversionPerCampaign,
            "PAY_FOR_CONVERSION_PER_FILTER" => Self::PayForConversionPerFilter,
            "AVERAGE_ROI" => Self::AverageRoi,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartCampaignSearchStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartCampaignSearchStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `SmartCampaignNetworkStrategy::bidding_strategy_type`, `SmartCampaignNetworkStrategyAdd::bidding_strategy_type`.
///
/// One of the 12 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignNetworkStrategyTypeEnum {
    /// Sent as `NETWORK_DEFAULT`.
    NetworkDefault,
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
    /// Sent as `AVERAGE_ROI`.
    AverageRoi,
    /// Sent as `AVERAGE_CRR`.
    AverageCrr,
    /// Sent as `PAY_FOR_CONVERSION_CRR`.
    PayForConversionCrr,
    /// Sent as `SERVING_OFF`.
    ServingOff,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartCampaignNetworkStrategyTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::NetworkDefault,
        Self::AverageCpcPerCampaign,
        Self::AverageCpcPerFilter,
        Self::AverageCpaPerCampaign,
        Self::AverageCpaPerFilter,
        Self::PayForConversionPerCampaign,
        Self::PayForConversionPerFilter,
        Self::AverageRoi,
        Self::AverageCrr,
        Self::PayForConversionCrr,
        Self::ServingOff,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NetworkDefault => "NETWORK_DEFAULT",
            Self::AverageCpcPerCampaign => "AVERAGE_CPC_PER_CAMPAIGN",
            Self::AverageCpcPerFilter => "AVERAGE_CPC_PER_FILTER",
            Self::AverageCpaPerCampaign => "AVERAGE_CPA_PER_CAMPAIGN",
            Self::AverageCpaPerFilter => "AVERAGE_CPA_PER_FILTER",
            Self::PayForConversionPerCampaign => "PAY_FOR_CONVERSION_PER_CAMPAIGN",
            Self::PayForConversionPerFilter => "PAY_FOR_CONVERSION_PER_FILTER",
            Self::AverageRoi => "AVERAGE_ROI",
            Self::AverageCrr => "AVERAGE_CRR",
            Self::PayForConversionCrr => "PAY_FOR_CONVERSION_CRR",
            Self::ServingOff => "SERVING_OFF",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NETWORK_DEFAULT" => Self::NetworkDefault,
            "AVERAGE_CPC_PER_CAMPAIGN" => Self::AverageCpcPerCampaign,
            "AVERAGE_CPC_PER_FILTER" => Self::AverageCpcPerFilter,
            "AVERAGE_CPA_PER_CAMPAIGN" => Self::AverageCpaPerCampaign,
            "AVERAGE_CPA_PER_FILTER" => Self::AverageCpaPerFilter,
            "PAY_FOR_CONVERSION_PER_CAMPAIGN" => Self::PayForConversionPerCampaign,
            "PAY_FOR_CONVERSION_PER_FILTER" => Self::PayForConversionPerFilter,
            "AVERAGE_ROI" => Self::AverageRoi,
            "AVERAGE_CRR" => Self::AverageCrr,
            "PAY_FOR_CONVERSION_CRR" => Self::PayForConversionCrr,
            "SERVING_OFF" => Self::ServingOff,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartCampaignNetworkStrategyTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartCampaignNetworkStrategyTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `TextCampaignSetting::option`.
///
/// One of the 17 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSettingsEnum {
    /// Sent as `EXCLUDE_PAUSED_COMPETING_ADS`.
    ExcludePausedCompetingAds,
    /// Sent as `ADD_OPENSTAT_TAG`.
    AddOpenstatTag,
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `ENABLE_BEHAVIORAL_TARGETING`.
    EnableBehavioralTargeting,
    /// Sent as `ENABLE_AUTOFOCUS`.
    EnableAutofocus,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `ENABLE_RELATED_KEYWORDS`.
    EnableRelatedKeywords,
    /// Sent as `ENABLE_EXTENDED_AD_TITLE`.
    EnableExtendedAdTitle,
    /// Sent as `MAINTAIN_NETWORK_CPC`.
    MaintainNetworkCpc,
    /// Sent as `ENABLE_COMPANY_INFO`.
    EnableCompanyInfo,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// Sent as `ALTERNATIVE_TEXTS_ENABLED`.
    AlternativeTextsEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextCampaignSettingsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ExcludePausedCompetingAds,
        Self::AddOpenstatTag,
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableSiteMonitoring,
        Self::EnableBehavioralTargeting,
        Self::EnableAutofocus,
        Self::RequireServicing,
        Self::EnableRelatedKeywords,
        Self::EnableExtendedAdTitle,
        Self::MaintainNetworkCpc,
        Self::EnableCompanyInfo,
        Self::CampaignExactPhraseMatchingEnabled,
        Self::AlternativeTextsEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExcludePausedCompetingAds => "EXCLUDE_PAUSED_COMPETING_ADS",
            Self::AddOpenstatTag => "ADD_OPENSTAT_TAG",
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::EnableBehavioralTargeting => "ENABLE_BEHAVIORAL_TARGETING",
            Self::EnableAutofocus => "ENABLE_AUTOFOCUS",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::EnableRelatedKeywords => "ENABLE_RELATED_KEYWORDS",
            Self::EnableExtendedAdTitle => "ENABLE_EXTENDED_AD_TITLE",
            Self::MaintainNetworkCpc => "MAINTAIN_NETWORK_CPC",
            Self::EnableCompanyInfo => "ENABLE_COMPANY_INFO",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::AlternativeTextsEnabled => "ALTERNATIVE_TEXTS_ENABLED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EXCLUDE_PAUSED_COMPETING_ADS" => Self::ExcludePausedCompetingAds,
            "ADD_OPENSTAT_TAG" => Self::AddOpenstatTag,
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "ENABLE_BEHAVIORAL_TARGETING" => Self::EnableBehavioralTargeting,
            "ENABLE_AUTOFOCUS" => Self::EnableAutofocus,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "ENABLE_RELATED_KEYWORDS" => Self::EnableRelatedKeywords,
            "ENABLE_EXTENDED_AD_TITLE" => Self::EnableExtendedAdTitle,
            "MAINTAIN_NETWORK_CPC" => Self::MaintainNetworkCpc,
            "ENABLE_COMPANY_INFO" => Self::EnableCompanyInfo,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            "ALTERNATIVE_TEXTS_ENABLED" => Self::AlternativeTextsEnabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextCampaignSettingsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextCampaignSettingsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `TextCampaignSettingGet::option`.
///
/// One of the 19 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSettingsGetEnum {
    /// Sent as `EXCLUDE_PAUSED_COMPETING_ADS`.
    ExcludePausedCompetingAds,
    /// Sent as `ADD_OPENSTAT_TAG`.
    AddOpenstatTag,
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `ENABLE_BEHAVIORAL_TARGETING`.
    EnableBehavioralTargeting,
    /// Sent as `ENABLE_AUTOFOCUS`.
    EnableAutofocus,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `ENABLE_RELATED_KEYWORDS`.
    EnableRelatedKeywords,
    /// Sent as `ENABLE_EXTENDED_AD_TITLE`.
    EnableExtendedAdTitle,
    /// Sent as `MAINTAIN_NETWORK_CPC`.
    MaintainNetworkCpc,
    /// Sent as `ENABLE_COMPANY_INFO`.
    EnableCompanyInfo,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// Sent as `DAILY_BUDGET_ALLOWED`.
    DailyBudgetAllowed,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// Sent as `ALTERNATIVE_TEXTS_ENABLED`.
    AlternativeTextsEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextCampaignSettingsGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ExcludePausedCompetingAds,
        Self::AddOpenstatTag,
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableSiteMonitoring,
        Self::EnableBehavioralTargeting,
        Self::EnableAutofocus,
        Self::RequireServicing,
        Self::EnableRelatedKeywords,
        Self::EnableExtendedAdTitle,
        Self::MaintainNetworkCpc,
        Self::EnableCompanyInfo,
        Self::SharedAccountEnabled,
        Self::DailyBudgetAllowed,
        Self::CampaignExactPhraseMatchingEnabled,
        Self::AlternativeTextsEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExcludePausedCompetingAds => "EXCLUDE_PAUSED_COMPETING_ADS",
            Self::AddOpenstatTag => "ADD_OPENSTAT_TAG",
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::EnableBehavioralTargeting => "ENABLE_BEHAVIORAL_TARGETING",
            Self::EnableAutofocus => "ENABLE_AUTOFOCUS",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::EnableRelatedKeywords => "ENABLE_RELATED_KEYWORDS",
            Self::EnableExtendedAdTitle => "ENABLE_EXTENDED_AD_TITLE",
            Self::MaintainNetworkCpc => "MAINTAIN_NETWORK_CPC",
            Self::EnableCompanyInfo => "ENABLE_COMPANY_INFO",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::DailyBudgetAllowed => "DAILY_BUDGET_ALLOWED",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::AlternativeTextsEnabled => "ALTERNATIVE_TEXTS_ENABLED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EXCLUDE_PAUSED_COMPETING_ADS" => Self::ExcludePausedCompetingAds,
            "ADD_OPENSTAT_TAG" => Self::AddOpenstatTag,
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "ENABLE_BEHAVIORAL_TARGETING" => Self::EnableBehavioralTargeting,
            "ENABLE_AUTOFOCUS" => Self::EnableAutofocus,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "ENABLE_RELATED_KEYWORDS" => Self::EnableRelatedKeywords,
            "ENABLE_EXTENDED_AD_TITLE" => Self::EnableExtendedAdTitle,
            "MAINTAIN_NETWORK_CPC" => Self::MaintainNetworkCpc,
            "ENABLE_COMPANY_INFO" => Self::EnableCompanyInfo,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            "DAILY_BUDGET_ALLOWED" => Self::DailyBudgetAllowed,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            "ALTERNATIVE_TEXTS_ENABLED" => Self::AlternativeTextsEnabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextCampaignSettingsGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextCampaignSettingsGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `UnifiedCampaignSetting::option`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSettingsEnum {
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `ENABLE_COMPANY_INFO`.
    EnableCompanyInfo,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// Sent as `ALTERNATIVE_TEXTS_ENABLED`.
    AlternativeTextsEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignSettingsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableSiteMonitoring,
        Self::RequireServicing,
        Self::EnableCompanyInfo,
        Self::CampaignExactPhraseMatchingEnabled,
        Self::AlternativeTextsEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::EnableCompanyInfo => "ENABLE_COMPANY_INFO",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::AlternativeTextsEnabled => "ALTERNATIVE_TEXTS_ENABLED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "ENABLE_COMPANY_INFO" => Self::EnableCompanyInfo,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            "ALTERNATIVE_TEXTS_ENABLED" => Self::AlternativeTextsEnabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignSettingsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UnifiedCampaignSettingsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `UnifiedCampaignSettingGet::option`.
///
/// One of the 9 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSettingsGetEnum {
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `ENABLE_COMPANY_INFO`.
    EnableCompanyInfo,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// Sent as `ALTERNATIVE_TEXTS_ENABLED`.
    AlternativeTextsEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl UnifiedCampaignSettingsGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableSiteMonitoring,
        Self::RequireServicing,
        Self::EnableCompanyInfo,
        Self::SharedAccountEnabled,
        Self::CampaignExactPhraseMatchingEnabled,
        Self::AlternativeTextsEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::EnableCompanyInfo => "ENABLE_COMPANY_INFO",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::AlternativeTextsEnabled => "ALTERNATIVE_TEXTS_ENABLED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "ENABLE_COMPANY_INFO" => Self::EnableCompanyInfo,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            "ALTERNATIVE_TEXTS_ENABLED" => Self::AlternativeTextsEnabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for UnifiedCampaignSettingsGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for UnifiedCampaignSettingsGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `MobileAppCampaignSetting::option`.
///
/// One of the 9 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignSettingsEnum {
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_BEHAVIORAL_TARGETING`.
    EnableBehavioralTargeting,
    /// Sent as `ENABLE_AUTOFOCUS`.
    EnableAutofocus,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `MAINTAIN_NETWORK_CPC`.
    MaintainNetworkCpc,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppCampaignSettingsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableBehavioralTargeting,
        Self::EnableAutofocus,
        Self::RequireServicing,
        Self::MaintainNetworkCpc,
        Self::CampaignExactPhraseMatchingEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableBehavioralTargeting => "ENABLE_BEHAVIORAL_TARGETING",
            Self::EnableAutofocus => "ENABLE_AUTOFOCUS",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::MaintainNetworkCpc => "MAINTAIN_NETWORK_CPC",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_BEHAVIORAL_TARGETING" => Self::EnableBehavioralTargeting,
            "ENABLE_AUTOFOCUS" => Self::EnableAutofocus,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "MAINTAIN_NETWORK_CPC" => Self::MaintainNetworkCpc,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppCampaignSettingsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppCampaignSettingsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `MobileAppCampaignSettingGet::option`.
///
/// One of the 11 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignSettingsGetEnum {
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_BEHAVIORAL_TARGETING`.
    EnableBehavioralTargeting,
    /// Sent as `ENABLE_AUTOFOCUS`.
    EnableAutofocus,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `MAINTAIN_NETWORK_CPC`.
    MaintainNetworkCpc,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// Sent as `DAILY_BUDGET_ALLOWED`.
    DailyBudgetAllowed,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppCampaignSettingsGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableBehavioralTargeting,
        Self::EnableAutofocus,
        Self::RequireServicing,
        Self::MaintainNetworkCpc,
        Self::SharedAccountEnabled,
        Self::DailyBudgetAllowed,
        Self::CampaignExactPhraseMatchingEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableBehavioralTargeting => "ENABLE_BEHAVIORAL_TARGETING",
            Self::EnableAutofocus => "ENABLE_AUTOFOCUS",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::MaintainNetworkCpc => "MAINTAIN_NETWORK_CPC",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::DailyBudgetAllowed => "DAILY_BUDGET_ALLOWED",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_BEHAVIORAL_TARGETING" => Self::EnableBehavioralTargeting,
            "ENABLE_AUTOFOCUS" => Self::EnableAutofocus,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "MAINTAIN_NETWORK_CPC" => Self::MaintainNetworkCpc,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            "DAILY_BUDGET_ALLOWED" => Self::DailyBudgetAllowed,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppCampaignSettingsGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppCampaignSettingsGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `DynamicTextCampaignSetting::option`.
///
/// One of the 12 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSettingsEnum {
    /// Sent as `ADD_OPENSTAT_TAG`.
    AddOpenstatTag,
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `ENABLE_BEHAVIORAL_TARGETING`.
    EnableBehavioralTargeting,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `ENABLE_EXTENDED_AD_TITLE`.
    EnableExtendedAdTitle,
    /// Sent as `ENABLE_COMPANY_INFO`.
    EnableCompanyInfo,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextCampaignSettingsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddOpenstatTag,
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableSiteMonitoring,
        Self::EnableBehavioralTargeting,
        Self::RequireServicing,
        Self::EnableExtendedAdTitle,
        Self::EnableCompanyInfo,
        Self::CampaignExactPhraseMatchingEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddOpenstatTag => "ADD_OPENSTAT_TAG",
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::EnableBehavioralTargeting => "ENABLE_BEHAVIORAL_TARGETING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::EnableExtendedAdTitle => "ENABLE_EXTENDED_AD_TITLE",
            Self::EnableCompanyInfo => "ENABLE_COMPANY_INFO",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_OPENSTAT_TAG" => Self::AddOpenstatTag,
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "ENABLE_BEHAVIORAL_TARGETING" => Self::EnableBehavioralTargeting,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "ENABLE_EXTENDED_AD_TITLE" => Self::EnableExtendedAdTitle,
            "ENABLE_COMPANY_INFO" => Self::EnableCompanyInfo,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextCampaignSettingsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextCampaignSettingsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `DynamicTextCampaignSettingGet::option`.
///
/// One of the 14 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSettingsGetEnum {
    /// Sent as `ADD_OPENSTAT_TAG`.
    AddOpenstatTag,
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `ENABLE_BEHAVIORAL_TARGETING`.
    EnableBehavioralTargeting,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `ENABLE_EXTENDED_AD_TITLE`.
    EnableExtendedAdTitle,
    /// Sent as `ENABLE_COMPANY_INFO`.
    EnableCompanyInfo,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// Sent as `DAILY_BUDGET_ALLOWED`.
    DailyBudgetAllowed,
    /// Sent as `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`.
    CampaignExactPhraseMatchingEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextCampaignSettingsGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddOpenstatTag,
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableSiteMonitoring,
        Self::EnableBehavioralTargeting,
        Self::RequireServicing,
        Self::EnableExtendedAdTitle,
        Self::EnableCompanyInfo,
        Self::SharedAccountEnabled,
        Self::DailyBudgetAllowed,
        Self::CampaignExactPhraseMatchingEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddOpenstatTag => "ADD_OPENSTAT_TAG",
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::EnableBehavioralTargeting => "ENABLE_BEHAVIORAL_TARGETING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::EnableExtendedAdTitle => "ENABLE_EXTENDED_AD_TITLE",
            Self::EnableCompanyInfo => "ENABLE_COMPANY_INFO",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::DailyBudgetAllowed => "DAILY_BUDGET_ALLOWED",
            Self::CampaignExactPhraseMatchingEnabled => {
                "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_OPENSTAT_TAG" => Self::AddOpenstatTag,
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "ENABLE_BEHAVIORAL_TARGETING" => Self::EnableBehavioralTargeting,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "ENABLE_EXTENDED_AD_TITLE" => Self::EnableExtendedAdTitle,
            "ENABLE_COMPANY_INFO" => Self::EnableCompanyInfo,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            "DAILY_BUDGET_ALLOWED" => Self::DailyBudgetAllowed,
            "CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED" => {
                Self::CampaignExactPhraseMatchingEnabled
            }
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextCampaignSettingsGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextCampaignSettingsGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CpmBannerCampaignSetting::option`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignSettingsEnum {
    /// Sent as `ADD_OPENSTAT_TAG`.
    AddOpenstatTag,
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmBannerCampaignSettingsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddOpenstatTag,
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableSiteMonitoring,
        Self::RequireServicing,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddOpenstatTag => "ADD_OPENSTAT_TAG",
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_OPENSTAT_TAG" => Self::AddOpenstatTag,
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmBannerCampaignSettingsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmBannerCampaignSettingsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `CpmBannerCampaignSettingGet::option`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignSettingsGetEnum {
    /// Sent as `ADD_OPENSTAT_TAG`.
    AddOpenstatTag,
    /// Sent as `ADD_METRICA_TAG`.
    AddMetricaTag,
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `ENABLE_SITE_MONITORING`.
    EnableSiteMonitoring,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// Sent as `DAILY_BUDGET_ALLOWED`.
    DailyBudgetAllowed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmBannerCampaignSettingsGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddOpenstatTag,
        Self::AddMetricaTag,
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::EnableSiteMonitoring,
        Self::RequireServicing,
        Self::SharedAccountEnabled,
        Self::DailyBudgetAllowed,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddOpenstatTag => "ADD_OPENSTAT_TAG",
            Self::AddMetricaTag => "ADD_METRICA_TAG",
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::EnableSiteMonitoring => "ENABLE_SITE_MONITORING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::DailyBudgetAllowed => "DAILY_BUDGET_ALLOWED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_OPENSTAT_TAG" => Self::AddOpenstatTag,
            "ADD_METRICA_TAG" => Self::AddMetricaTag,
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "ENABLE_SITE_MONITORING" => Self::EnableSiteMonitoring,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            "DAILY_BUDGET_ALLOWED" => Self::DailyBudgetAllowed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmBannerCampaignSettingsGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmBannerCampaignSettingsGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `SmartCampaignSetting::option`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignSettingsEnum {
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartCampaignSettingsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::RequireServicing,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartCampaignSettingsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartCampaignSettingsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `SmartCampaignSettingGet::option`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignSettingsGetEnum {
    /// Sent as `ADD_TO_FAVORITES`.
    AddToFavorites,
    /// Sent as `ENABLE_AREA_OF_INTEREST_TARGETING`.
    EnableAreaOfInterestTargeting,
    /// Sent as `ENABLE_CURRENT_AREA_TARGETING`.
    EnableCurrentAreaTargeting,
    /// Sent as `ENABLE_REGULAR_AREA_TARGETING`.
    EnableRegularAreaTargeting,
    /// Sent as `REQUIRE_SERVICING`.
    RequireServicing,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// Sent as `DAILY_BUDGET_ALLOWED`.
    DailyBudgetAllowed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartCampaignSettingsGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AddToFavorites,
        Self::EnableAreaOfInterestTargeting,
        Self::EnableCurrentAreaTargeting,
        Self::EnableRegularAreaTargeting,
        Self::RequireServicing,
        Self::SharedAccountEnabled,
        Self::DailyBudgetAllowed,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddToFavorites => "ADD_TO_FAVORITES",
            Self::EnableAreaOfInterestTargeting => "ENABLE_AREA_OF_INTEREST_TARGETING",
            Self::EnableCurrentAreaTargeting => "ENABLE_CURRENT_AREA_TARGETING",
            Self::EnableRegularAreaTargeting => "ENABLE_REGULAR_AREA_TARGETING",
            Self::RequireServicing => "REQUIRE_SERVICING",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::DailyBudgetAllowed => "DAILY_BUDGET_ALLOWED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD_TO_FAVORITES" => Self::AddToFavorites,
            "ENABLE_AREA_OF_INTEREST_TARGETING" => Self::EnableAreaOfInterestTargeting,
            "ENABLE_CURRENT_AREA_TARGETING" => Self::EnableCurrentAreaTargeting,
            "ENABLE_REGULAR_AREA_TARGETING" => Self::EnableRegularAreaTargeting,
            "REQUIRE_SERVICING" => Self::RequireServicing,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            "DAILY_BUDGET_ALLOWED" => Self::DailyBudgetAllowed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartCampaignSettingsGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartCampaignSettingsGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `StrategyMaximumClicks::budget_type`, `StrategyMaximumConversionRate::budget_type`, `StrategyAverageCpc::budget_type` and 14 more.
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
/// Used in `TextCampaignSearchStrategy::placement_types`, `TextCampaignSearchStrategyAdd::placement_types`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignSearchStrategyPlacementTypes {
    /// Optional. Sent as `SearchResults`.
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `ProductGallery`.
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `DynamicPlaces`.
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignSearchStrategyPlacementTypes {
    /// An empty `TextCampaignSearchStrategyPlacementTypes`: every field absent.
    pub fn new() -> Self {
        Self {
            search_results: ::core::option::Option::None,
            product_gallery: ::core::option::Option::None,
            dynamic_places: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SearchResults`.
    #[inline]
    #[must_use]
    pub fn with_search_results(mut self, value: super::general::YesNoEnum) -> Self {
        self.search_results = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ProductGallery`.
    #[inline]
    #[must_use]
    pub fn with_product_gallery(mut self, value: super::general::YesNoEnum) -> Self {
        self.product_gallery = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicPlaces`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_places(mut self, value: super::general::YesNoEnum) -> Self {
        self.dynamic_places = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignPackageBiddingStrategyGet::platforms`, `TextCampaignPackageBiddingStrategyAdd::platforms`, `TextCampaignPackageBiddingStrategyUpdate::platforms`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignPlatforms {
    /// Required. Sent as `SearchResult`.
    pub search_result: super::general::YesNoEnum,
    /// Required. Sent as `ProductGallery`.
    pub product_gallery: super::general::YesNoEnum,
    /// Required. Sent as `Network`.
    pub network: super::general::YesNoEnum,
    /// Optional. Sent as `DynamicPlaces`.
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignPlatforms {
    /// A `TextCampaignPlatforms` with its required fields (`SearchResult`, `ProductGallery`, `Network`); the others start absent.
    pub fn new(
        search_result: super::general::YesNoEnum,
        product_gallery: super::general::YesNoEnum,
        network: super::general::YesNoEnum,
    ) -> Self {
        Self {
            search_result,
            product_gallery,
            network,
            dynamic_places: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `DynamicPlaces`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_places(mut self, value: super::general::YesNoEnum) -> Self {
        self.dynamic_places = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignSearchStrategy::placement_types`, `UnifiedCampaignSearchStrategyAdd::placement_types`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignSearchStrategyPlacementTypes {
    /// Optional. Sent as `SearchResults`.
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `ProductGallery`.
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `DynamicPlaces`.
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Maps`.
    pub maps: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `SearchOrganizationList`.
    pub search_organization_list: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignSearchStrategyPlacementTypes {
    /// An empty `UnifiedCampaignSearchStrategyPlacementTypes`: every field absent.
    pub fn new() -> Self {
        Self {
            search_results: ::core::option::Option::None,
            product_gallery: ::core::option::Option::None,
            dynamic_places: ::core::option::Option::None,
            maps: ::core::option::Option::None,
            search_organization_list: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SearchResults`.
    #[inline]
    #[must_use]
    pub fn with_search_results(mut self, value: super::general::YesNoEnum) -> Self {
        self.search_results = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ProductGallery`.
    #[inline]
    #[must_use]
    pub fn with_product_gallery(mut self, value: super::general::YesNoEnum) -> Self {
        self.product_gallery = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicPlaces`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_places(mut self, value: super::general::YesNoEnum) -> Self {
        self.dynamic_places = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Maps`.
    #[inline]
    #[must_use]
    pub fn with_maps(mut self, value: super::general::YesNoEnum) -> Self {
        self.maps = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SearchOrganizationList`.
    #[inline]
    #[must_use]
    pub fn with_search_organization_list(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.search_organization_list = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignPackageBiddingStrategyGet::platforms`, `UnifiedCampaignPackageBiddingStrategyAdd::platforms`, `UnifiedCampaignPackageBiddingStrategyUpdate::platforms`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignPlatforms {
    /// Required. Sent as `SearchResult`.
    pub search_result: super::general::YesNoEnum,
    /// Required. Sent as `ProductGallery`.
    pub product_gallery: super::general::YesNoEnum,
    /// Optional. Sent as `Maps`.
    pub maps: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `SearchOrganizationList`.
    pub search_organization_list: ::core::option::Option<super::general::YesNoEnum>,
    /// Required. Sent as `Network`.
    pub network: super::general::YesNoEnum,
    /// Optional. Sent as `DynamicPlaces`.
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignPlatforms {
    /// A `UnifiedCampaignPlatforms` with its required fields (`SearchResult`, `ProductGallery`, `Network`); the others start absent.
    pub fn new(
        search_result: super::general::YesNoEnum,
        product_gallery: super::general::YesNoEnum,
        network: super::general::YesNoEnum,
    ) -> Self {
        Self {
            search_result,
            product_gallery,
            maps: ::core::option::Option::None,
            search_organization_list: ::core::option::Option::None,
            network,
            dynamic_places: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Maps`.
    #[inline]
    #[must_use]
    pub fn with_maps(mut self, value: super::general::YesNoEnum) -> Self {
        self.maps = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SearchOrganizationList`.
    #[inline]
    #[must_use]
    pub fn with_search_organization_list(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.search_organization_list = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicPlaces`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_places(mut self, value: super::general::YesNoEnum) -> Self {
        self.dynamic_places = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignPackageBiddingStrategyGet::platforms`, `SmartCampaignPackageBiddingStrategyAdd::platforms`, `SmartCampaignPackageBiddingStrategyUpdate::platforms`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignPlatforms {
    /// Required. Sent as `Search`.
    pub search: super::general::YesNoEnum,
    /// Required. Sent as `Network`.
    pub network: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignPlatforms {
    /// A `SmartCampaignPlatforms` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: super::general::YesNoEnum,
        network: super::general::YesNoEnum,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `TextCampaignPackageBiddingStrategyGet`, `UnifiedCampaignPackageBiddingStrategyGet`, `DynamicTextCampaignPackageBiddingStrategyGet` and 2 more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PackageBiddingStrategyGetBase {
    /// Required. Sent as `StrategyId`.
    pub strategy_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PackageBiddingStrategyGetBase {
    /// A `PackageBiddingStrategyGetBase` with its required fields (`StrategyId`); the others start absent.
    pub fn new(strategy_id: i64) -> Self {
        Self {
            strategy_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `TextCampaignPackageBiddingStrategyAdd`, `UnifiedCampaignPackageBiddingStrategyAdd`, `DynamicTextCampaignPackageBiddingStrategyAdd` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PackageBiddingStrategyAddBase {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PackageBiddingStrategyAddBase {
    /// An empty `PackageBiddingStrategyAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `TextCampaignPackageBiddingStrategyUpdate`, `UnifiedCampaignPackageBiddingStrategyUpdate`, `DynamicTextCampaignPackageBiddingStrategyUpdate` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PackageBiddingStrategyUpdateBase {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PackageBiddingStrategyUpdateBase {
    /// An empty `PackageBiddingStrategyUpdateBase`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignGetItem::package_bidding_strategy`. Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignPackageBiddingStrategyGet {
    /// Required. Sent as `StrategyId`.
    pub strategy_id: i64,
    /// Required. Sent as `Platforms`.
    pub platforms: TextCampaignPlatforms,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignPackageBiddingStrategyGet {
    /// A `TextCampaignPackageBiddingStrategyGet` with its required fields (`StrategyId`, `Platforms`); the others start absent.
    pub fn new(strategy_id: i64, platforms: TextCampaignPlatforms) -> Self {
        Self {
            strategy_id,
            platforms,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `UnifiedCampaignGetItem::package_bidding_strategy`. Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignPackageBiddingStrategyGet {
    /// Required. Sent as `StrategyId`.
    pub strategy_id: i64,
    /// Required. Sent as `Platforms`.
    pub platforms: UnifiedCampaignPlatforms,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignPackageBiddingStrategyGet {
    /// A `UnifiedCampaignPackageBiddingStrategyGet` with its required fields (`StrategyId`, `Platforms`); the others start absent.
    pub fn new(strategy_id: i64, platforms: UnifiedCampaignPlatforms) -> Self {
        Self {
            strategy_id,
            platforms,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `TextCampaignAddItem::package_bidding_strategy`. Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignPackageBiddingStrategyAdd {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Required. Sent as `Platforms`.
    pub platforms: TextCampaignPlatforms,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignPackageBiddingStrategyAdd {
    /// A `TextCampaignPackageBiddingStrategyAdd` with its required fields (`Platforms`); the others start absent.
    pub fn new(platforms: TextCampaignPlatforms) -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            platforms,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignAddItem::package_bidding_strategy`. Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignPackageBiddingStrategyAdd {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Required. Sent as `Platforms`.
    pub platforms: UnifiedCampaignPlatforms,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignPackageBiddingStrategyAdd {
    /// A `UnifiedCampaignPackageBiddingStrategyAdd` with its required fields (`Platforms`); the others start absent.
    pub fn new(platforms: UnifiedCampaignPlatforms) -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            platforms,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignUpdateItem::package_bidding_strategy`. Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignPackageBiddingStrategyUpdate {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Platforms`.
    pub platforms: ::core::option::Option<TextCampaignPlatforms>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignPackageBiddingStrategyUpdate {
    /// An empty `TextCampaignPackageBiddingStrategyUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            platforms: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Platforms`.
    #[inline]
    #[must_use]
    pub fn with_platforms(mut self, value: TextCampaignPlatforms) -> Self {
        self.platforms = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignUpdateItem::package_bidding_strategy`. Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignPackageBiddingStrategyUpdate {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Platforms`.
    pub platforms: ::core::option::Option<UnifiedCampaignPlatforms>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignPackageBiddingStrategyUpdate {
    /// An empty `UnifiedCampaignPackageBiddingStrategyUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            platforms: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Platforms`.
    #[inline]
    #[must_use]
    pub fn with_platforms(mut self, value: UnifiedCampaignPlatforms) -> Self {
        self.platforms = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignGetItem::package_bidding_strategy`. Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignPackageBiddingStrategyGet {
    /// Required. Sent as `StrategyId`.
    pub strategy_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignPackageBiddingStrategyGet {
    /// A `DynamicTextCampaignPackageBiddingStrategyGet` with its required fields (`StrategyId`); the others start absent.
    pub fn new(strategy_id: i64) -> Self {
        Self {
            strategy_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DynamicTextCampaignAddItem::package_bidding_strategy`. Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignPackageBiddingStrategyAdd {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignPackageBiddingStrategyAdd {
    /// An empty `DynamicTextCampaignPackageBiddingStrategyAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignUpdateItem::package_bidding_strategy`. Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignPackageBiddingStrategyUpdate {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignPackageBiddingStrategyUpdate {
    /// An empty `DynamicTextCampaignPackageBiddingStrategyUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignGetItem::package_bidding_strategy`. Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignPackageBiddingStrategyGet {
    /// Required. Sent as `StrategyId`.
    pub strategy_id: i64,
    /// Required. Sent as `Platforms`.
    pub platforms: SmartCampaignPlatforms,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignPackageBiddingStrategyGet {
    /// A `SmartCampaignPackageBiddingStrategyGet` with its required fields (`StrategyId`, `Platforms`); the others start absent.
    pub fn new(strategy_id: i64, platforms: SmartCampaignPlatforms) -> Self {
        Self {
            strategy_id,
            platforms,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SmartCampaignAddItem::package_bidding_strategy`. Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignPackageBiddingStrategyAdd {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Required. Sent as `Platforms`.
    pub platforms: SmartCampaignPlatforms,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignPackageBiddingStrategyAdd {
    /// A `SmartCampaignPackageBiddingStrategyAdd` with its required fields (`Platforms`); the others start absent.
    pub fn new(platforms: SmartCampaignPlatforms) -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            platforms,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignUpdateItem::package_bidding_strategy`. Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignPackageBiddingStrategyUpdate {
    /// Optional. Sent as `StrategyId`.
    pub strategy_id: ::core::option::Option<i64>,
    /// Optional. Sent as `StrategyFromCampaignId`.
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Platforms`.
    pub platforms: ::core::option::Option<SmartCampaignPlatforms>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignPackageBiddingStrategyUpdate {
    /// An empty `SmartCampaignPackageBiddingStrategyUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            strategy_id: ::core::option::Option::None,
            strategy_from_campaign_id: ::core::option::Option::None,
            platforms: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StrategyId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_id(mut self, value: i64) -> Self {
        self.strategy_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrategyFromCampaignId`.
    #[inline]
    #[must_use]
    pub fn with_strategy_from_campaign_id(mut self, value: i64) -> Self {
        self.strategy_from_campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Platforms`.
    #[inline]
    #[must_use]
    pub fn with_platforms(mut self, value: SmartCampaignPlatforms) -> Self {
        self.platforms = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignGetItem::package_bidding_strategy`. Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignPackageBiddingStrategyGet {
    /// Required. Sent as `StrategyId`.
    pub strategy_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignPackageBiddingStrategyGet {
    /// A `MobileAppCampaignPackageBiddingStrategyGet` with its required fields (`StrategyId`); the others start absent.
    pub fn new(strategy_id: i64) -> Self {
        Self {
            strategy_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `StrategyMaximumClicks`, `StrategyMaximumConversionRate`, `StrategyMaximumAppInstalls`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyWeeklyBudgetBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWeeklyBudgetBase {
    /// An empty `StrategyWeeklyBudgetBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
/// Used in `TextCampaignStrategyBase::wb_maximum_clicks`, `UnifiedCampaignStrategyBase::wb_maximum_clicks`, `MobileAppCampaignStrategyBase::wb_maximum_clicks` and one more. Extends `StrategyWeeklyBudgetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicks {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumClicks {
    /// An empty `StrategyMaximumClicks`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
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
/// Used in `TextCampaignStrategyBase::wb_maximum_conversion_rate`, `UnifiedCampaignStrategyBase::wb_maximum_conversion_rate`, `DynamicTextCampaignStrategyBase::wb_maximum_conversion_rate`. Extends `StrategyWeeklyBudgetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumConversionRate {
    /// An empty `StrategyMaximumConversionRate`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            goal_id: ::core::option::Option::None,
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
/// Used in `MobileAppCampaignStrategyBase::wb_maximum_app_installs`. Extends `StrategyWeeklyBudgetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumAppInstalls {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumAppInstalls {
    /// An empty `StrategyMaximumAppInstalls`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = rt::Nullable::Value(value);
        self
    }
}
/// Used in `TextCampaignStrategyBase::average_cpc`, `UnifiedCampaignStrategyBase::average_cpc`, `MobileAppCampaignStrategyBase::average_cpc` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpc {
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
impl StrategyAverageCpc {
    /// An empty `StrategyAverageCpc`: every field absent.
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
/// Used in `TextCampaignStrategyBase::average_cpa`, `UnifiedCampaignStrategyBase::average_cpa`, `DynamicTextCampaignStrategyBase::average_cpa`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpa {
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
impl StrategyAverageCpa {
    /// An empty `StrategyAverageCpa`: every field absent.
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
/// Used in `TextCampaignStrategyBase::pay_for_conversion`, `UnifiedCampaignStrategyBase::pay_for_conversion`, `DynamicTextCampaignStrategyBase::pay_for_conversion`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversion {
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
impl StrategyPayForConversion {
    /// An empty `StrategyPayForConversion`: every field absent.
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
/// Used in `MobileAppCampaignStrategyBase::average_cpi`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpi {
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpi {
    /// An empty `StrategyAverageCpi`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpi: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: i64) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
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
}
/// Used in `MobileAppCampaignStrategyBase::pay_for_install`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForInstall {
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForInstall {
    /// An empty `StrategyPayForInstall`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpi: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: i64) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklySpendLimit`.
    #[inline]
    #[must_use]
    pub fn with_weekly_spend_limit(mut self, value: i64) -> Self {
        self.weekly_spend_limit = rt::Nullable::Value(value);
        self
    }
}
/// Used in `SmartCampaignStrategyBase::average_cpa_per_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaign {
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
impl StrategyAverageCpaPerCampaign {
    /// An empty `StrategyAverageCpaPerCampaign`: every field absent.
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
/// Used in `SmartCampaignStrategyBase::pay_for_conversion_per_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaign {
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
impl StrategyPayForConversionPerCampaign {
    /// An empty `StrategyPayForConversionPerCampaign`: every field absent.
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
/// Used in `SmartCampaignStrategyBase::pay_for_conversion_per_filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilter {
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
impl StrategyPayForConversionPerFilter {
    /// An empty `StrategyPayForConversionPerFilter`: every field absent.
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
/// Used in `SmartCampaignStrategyBase::average_cpa_per_filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilter {
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
impl StrategyAverageCpaPerFilter {
    /// An empty `StrategyAverageCpaPerFilter`: every field absent.
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
/// Used in `SmartCampaignStrategyBase::average_cpc_per_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaign {
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
impl StrategyAverageCpcPerCampaign {
    /// An empty `StrategyAverageCpcPerCampaign`: every field absent.
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
/// Used in `SmartCampaignStrategyBase::average_cpc_per_filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilter {
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
impl StrategyAverageCpcPerFilter {
    /// An empty `StrategyAverageCpcPerFilter`: every field absent.
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
/// Used in `TextCampaignStrategyBase::average_roi`, `DynamicTextCampaignStrategyBase::average_roi`, `SmartCampaignStrategyBase::average_roi`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageRoi {
    /// Optional. Sent as `ReserveReturn`.
    pub reserve_return: ::core::option::Option<i32>,
    /// Optional. Sent as `RoiCoef`.
    pub roi_coef: ::core::option::Option<i64>,
    /// Optional. Sent as `GoalId`.
    pub goal_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Profitability`.
    pub profitability: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExplorationBudget`.
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// Optional. Sent as `BudgetType`.
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageRoi {
    /// An empty `StrategyAverageRoi`: every field absent.
    pub fn new() -> Self {
        Self {
            reserve_return: ::core::option::Option::None,
            roi_coef: ::core::option::Option::None,
            goal_id: ::core::option::Option::None,
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            profitability: rt::Nullable::Absent,
            exploration_budget: rt::Nullable::Absent,
            budget_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ReserveReturn`.
    #[inline]
    #[must_use]
    pub fn with_reserve_return(mut self, value: i32) -> Self {
        self.reserve_return = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RoiCoef`.
    #[inline]
    #[must_use]
    pub fn with_roi_coef(mut self, value: i64) -> Self {
        self.roi_coef = ::core::option::Option::Some(value);
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
    /// Sets `Profitability`.
    #[inline]
    #[must_use]
    pub fn with_profitability(mut self, value: i64) -> Self {
        self.profitability = rt::Nullable::Value(value);
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
/// Used in `TextCampaignStrategyBase::average_crr`, `UnifiedCampaignStrategyBase::average_crr`, `DynamicTextCampaignStrategyBase::average_crr` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrr {
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
impl StrategyAverageCrr {
    /// An empty `StrategyAverageCrr`: every field absent.
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
/// Used in `TextCampaignStrategyBase::pay_for_conversion_crr`, `UnifiedCampaignStrategyBase::pay_for_conversion_crr`, `DynamicTextCampaignStrategyBase::pay_for_conversion_crr` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrr {
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
impl StrategyPayForConversionCrr {
    /// An empty `StrategyPayForConversionCrr`: every field absent.
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
/// Used in `TextCampaignStrategyBase::weekly_click_package`, `MobileAppCampaignStrategyBase::weekly_click_package`, `DynamicTextCampaignStrategyBase::weekly_click_package`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyWeeklyClickPackage {
    /// Optional. Sent as `ClicksPerWeek`.
    pub clicks_per_week: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AverageCpc`.
    pub average_cpc: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BidCeiling`.
    pub bid_ceiling: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWeeklyClickPackage {
    /// An empty `StrategyWeeklyClickPackage`: every field absent.
    pub fn new() -> Self {
        Self {
            clicks_per_week: ::core::option::Option::None,
            average_cpc: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ClicksPerWeek`.
    #[inline]
    #[must_use]
    pub fn with_clicks_per_week(mut self, value: i64) -> Self {
        self.clicks_per_week = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: i64) -> Self {
        self.average_cpc = rt::Nullable::Value(value);
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
/// Used in `TextCampaignStrategyBase::max_profit`, `UnifiedCampaignStrategyBase::max_profit`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfit {
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
impl StrategyMaxProfit {
    /// An empty `StrategyMaxProfit`: every field absent.
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
/// Used in `TextCampaignStrategyBase::average_cpa_multiple_goals`, `UnifiedCampaignStrategyBase::average_cpa_multiple_goals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoals {
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
impl StrategyAverageCpaMultipleGoals {
    /// An empty `StrategyAverageCpaMultipleGoals`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
            custom_period_budget: rt::Nullable::Absent,
            bid_ceiling: rt::Nullable::Absent,
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
/// Used in `TextCampaignStrategyBase::pay_for_conversion_multiple_goals`, `UnifiedCampaignStrategyBase::pay_for_conversion_multiple_goals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoals {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// Optional. Sent as `BudgetType`.
    pub budget_type: ::core::option::Option<BudgetTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionMultipleGoals {
    /// An empty `StrategyPayForConversionMultipleGoals`: every field absent.
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
/// Used in `TextCampaignNetworkStrategy::network_default`, `MobileAppCampaignNetworkStrategy::network_default`, `DynamicTextCampaignNetworkStrategy::network_default` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyNetworkDefault {
    /// Optional. Sent as `LimitPercent`.
    pub limit_percent: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyNetworkDefault {
    /// An empty `StrategyNetworkDefault`: every field absent.
    pub fn new() -> Self {
        Self {
            limit_percent: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LimitPercent`.
    #[inline]
    #[must_use]
    pub fn with_limit_percent(mut self, value: i32) -> Self {
        self.limit_percent = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignStrategyBase::highest_position`, `MobileAppCampaignStrategyBase::highest_position`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyHighestPosition {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyHighestPosition {
    /// An empty `StrategyHighestPosition`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: rt::Nullable::Absent,
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
}
/// Used in `CpmBannerCampaignNetworkStrategy::manual_cpm`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyManualCpm {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyManualCpm {
    /// An empty `StrategyManualCpm`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
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
}
/// Extended by `StrategyWbMaximumImpressions`, `StrategyCpMaximumImpressions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumImpressionsBase {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumImpressionsBase {
    /// A `StrategyMaximumImpressionsBase` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::wb_maximum_impressions`. Extends `StrategyMaximumImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbMaximumImpressions {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWbMaximumImpressions {
    /// A `StrategyWbMaximumImpressions` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::cp_maximum_impressions`. Extends `StrategyMaximumImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpMaximumImpressions {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
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
impl StrategyCpMaximumImpressions {
    /// A `StrategyCpMaximumImpressions` with its required fields (`AverageCpm`, `SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        average_cpm: i64,
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            average_cpm,
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `StrategyWbAverageCpv`, `StrategyCpAverageCpv`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpvBase {
    /// Required. Sent as `AverageCpv`.
    pub average_cpv: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpvBase {
    /// A `StrategyAverageCpvBase` with its required fields (`AverageCpv`, `SpendLimit`); the others start absent.
    pub fn new(average_cpv: i64, spend_limit: i64) -> Self {
        Self {
            average_cpv,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::wb_average_cpv`. Extends `StrategyAverageCpvBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbAverageCpv {
    /// Required. Sent as `AverageCpv`.
    pub average_cpv: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWbAverageCpv {
    /// A `StrategyWbAverageCpv` with its required fields (`AverageCpv`, `SpendLimit`); the others start absent.
    pub fn new(average_cpv: i64, spend_limit: i64) -> Self {
        Self {
            average_cpv,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::cp_average_cpv`. Extends `StrategyAverageCpvBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpAverageCpv {
    /// Required. Sent as `AverageCpv`.
    pub average_cpv: i64,
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
impl StrategyCpAverageCpv {
    /// A `StrategyCpAverageCpv` with its required fields (`AverageCpv`, `SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        average_cpv: i64,
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            average_cpv,
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `StrategyWbDecreasedPriceForRepeatedImpressions`, `StrategyCpDecreasedPriceForRepeatedImpressions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyDecreasedPriceForRepeatedImpressionsBase {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyDecreasedPriceForRepeatedImpressionsBase {
    /// A `StrategyDecreasedPriceForRepeatedImpressionsBase` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::wb_decreased_price_for_repeated_impressions`. Extends `StrategyDecreasedPriceForRepeatedImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbDecreasedPriceForRepeatedImpressions {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWbDecreasedPriceForRepeatedImpressions {
    /// A `StrategyWbDecreasedPriceForRepeatedImpressions` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategy::cp_decreased_price_for_repeated_impressions`. Extends `StrategyDecreasedPriceForRepeatedImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpDecreasedPriceForRepeatedImpressions {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
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
impl StrategyCpDecreasedPriceForRepeatedImpressions {
    /// A `StrategyCpDecreasedPriceForRepeatedImpressions` with its required fields (`AverageCpm`, `SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        average_cpm: i64,
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            average_cpm,
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `TextCampaignNetworkStrategy`, `TextCampaignSearchStrategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignStrategyBase {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignStrategyBase {
    /// An empty `TextCampaignStrategyBase`: every field absent.
    pub fn new() -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoals,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoals,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfit) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategy::network`. Extends `TextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignNetworkStrategy {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: TextCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefault>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignNetworkStrategy {
    /// A `TextCampaignNetworkStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: TextCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoals,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoals,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfit) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefault) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategy::search`. Extends `TextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSearchStrategy {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: TextCampaignSearchStrategyTypeEnum,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<
        TextCampaignSearchStrategyPlacementTypes,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignSearchStrategy {
    /// A `TextCampaignSearchStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: TextCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            placement_types: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoals,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoals,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfit) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: TextCampaignSearchStrategyPlacementTypes,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `UnifiedCampaignNetworkStrategy`, `UnifiedCampaignSearchStrategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategyBase {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignStrategyBase {
    /// An empty `UnifiedCampaignStrategyBase`: every field absent.
    pub fn new() -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPosition) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoals,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoals,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfit) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignStrategy::network`. Extends `UnifiedCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignNetworkStrategy {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: UnifiedCampaignNetworkStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignNetworkStrategy {
    /// A `UnifiedCampaignNetworkStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: UnifiedCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPosition) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoals,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoals,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfit) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignStrategy::search`. Extends `UnifiedCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSearchStrategy {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: UnifiedCampaignSearchStrategyTypeEnum,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<
        UnifiedCampaignSearchStrategyPlacementTypes,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignSearchStrategy {
    /// A `UnifiedCampaignSearchStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: UnifiedCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            placement_types: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPosition) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoals,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoals,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfit) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: UnifiedCampaignSearchStrategyPlacementTypes,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `MobileAppCampaignSearchStrategy`, `MobileAppCampaignNetworkStrategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategyBase {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumAppInstalls`.
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstalls>,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<StrategyAverageCpi>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `PayForInstall`.
    pub pay_for_install: ::core::option::Option<StrategyPayForInstall>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignStrategyBase {
    /// An empty `MobileAppCampaignStrategyBase`: every field absent.
    pub fn new() -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_app_installs: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpi: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            pay_for_install: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPosition) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumAppInstalls`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_app_installs(
        mut self,
        value: StrategyMaximumAppInstalls,
    ) -> Self {
        self.wb_maximum_app_installs = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: StrategyAverageCpi) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForInstall`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_install(mut self, value: StrategyPayForInstall) -> Self {
        self.pay_for_install = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignStrategy::search`. Extends `MobileAppCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSearchStrategy {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumAppInstalls`.
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstalls>,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<StrategyAverageCpi>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `PayForInstall`.
    pub pay_for_install: ::core::option::Option<StrategyPayForInstall>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: MobileAppCampaignSearchStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignSearchStrategy {
    /// A `MobileAppCampaignSearchStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: MobileAppCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_app_installs: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpi: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            pay_for_install: ::core::option::Option::None,
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPosition) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumAppInstalls`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_app_installs(
        mut self,
        value: StrategyMaximumAppInstalls,
    ) -> Self {
        self.wb_maximum_app_installs = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: StrategyAverageCpi) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForInstall`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_install(mut self, value: StrategyPayForInstall) -> Self {
        self.pay_for_install = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignStrategy::network`. Extends `MobileAppCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignNetworkStrategy {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumAppInstalls`.
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstalls>,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<StrategyAverageCpi>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `PayForInstall`.
    pub pay_for_install: ::core::option::Option<StrategyPayForInstall>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: MobileAppCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefault>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignNetworkStrategy {
    /// A `MobileAppCampaignNetworkStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: MobileAppCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_app_installs: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpi: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            pay_for_install: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPosition) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumAppInstalls`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_app_installs(
        mut self,
        value: StrategyMaximumAppInstalls,
    ) -> Self {
        self.wb_maximum_app_installs = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: StrategyAverageCpi) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForInstall`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_install(mut self, value: StrategyPayForInstall) -> Self {
        self.pay_for_install = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefault) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `DynamicTextCampaignSearchStrategy`, `DynamicTextCampaignNetworkStrategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategyBase {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignStrategyBase {
    /// An empty `DynamicTextCampaignStrategyBase`: every field absent.
    pub fn new() -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignSearchStrategy::placement_types`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategyPlacementTypes {
    /// Optional. Sent as `SearchResults`.
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `ProductGallery`.
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `DynamicPlaces`.
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignSearchStrategyPlacementTypes {
    /// An empty `DynamicTextCampaignSearchStrategyPlacementTypes`: every field absent.
    pub fn new() -> Self {
        Self {
            search_results: ::core::option::Option::None,
            product_gallery: ::core::option::Option::None,
            dynamic_places: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SearchResults`.
    #[inline]
    #[must_use]
    pub fn with_search_results(mut self, value: super::general::YesNoEnum) -> Self {
        self.search_results = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ProductGallery`.
    #[inline]
    #[must_use]
    pub fn with_product_gallery(mut self, value: super::general::YesNoEnum) -> Self {
        self.product_gallery = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicPlaces`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_places(mut self, value: super::general::YesNoEnum) -> Self {
        self.dynamic_places = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignStrategy::search`. Extends `DynamicTextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategy {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: DynamicTextCampaignSearchStrategyTypeEnum,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<
        DynamicTextCampaignSearchStrategyPlacementTypes,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignSearchStrategy {
    /// A `DynamicTextCampaignSearchStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(
        bidding_strategy_type: DynamicTextCampaignSearchStrategyTypeEnum,
    ) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            placement_types: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: DynamicTextCampaignSearchStrategyPlacementTypes,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignStrategy::network`. Extends `DynamicTextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignNetworkStrategy {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: DynamicTextCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefault>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignNetworkStrategy {
    /// A `DynamicTextCampaignNetworkStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(
        bidding_strategy_type: DynamicTextCampaignNetworkStrategyTypeEnum,
    ) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicks) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRate,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpc) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpa) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(mut self, value: StrategyPayForConversion) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackage,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefault) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CpmBannerCampaignStrategy::search`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSearchStrategy {
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: CpmBannerCampaignSearchStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignSearchStrategy {
    /// A `CpmBannerCampaignSearchStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: CpmBannerCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignStrategy::network`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignNetworkStrategy {
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: CpmBannerCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `ManualCpm`.
    pub manual_cpm: ::core::option::Option<StrategyManualCpm>,
    /// Optional. Sent as `WbMaximumImpressions`.
    pub wb_maximum_impressions: ::core::option::Option<StrategyWbMaximumImpressions>,
    /// Optional. Sent as `CpMaximumImpressions`.
    pub cp_maximum_impressions: ::core::option::Option<StrategyCpMaximumImpressions>,
    /// Optional. Sent as `WbDecreasedPriceForRepeatedImpressions`.
    pub wb_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyWbDecreasedPriceForRepeatedImpressions,
    >,
    /// Optional. Sent as `CpDecreasedPriceForRepeatedImpressions`.
    pub cp_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyCpDecreasedPriceForRepeatedImpressions,
    >,
    /// Optional. Sent as `WbAverageCpv`.
    pub wb_average_cpv: ::core::option::Option<StrategyWbAverageCpv>,
    /// Optional. Sent as `CpAverageCpv`.
    pub cp_average_cpv: ::core::option::Option<StrategyCpAverageCpv>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignNetworkStrategy {
    /// A `CpmBannerCampaignNetworkStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: CpmBannerCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            bidding_strategy_type,
            manual_cpm: ::core::option::Option::None,
            wb_maximum_impressions: ::core::option::Option::None,
            cp_maximum_impressions: ::core::option::Option::None,
            wb_decreased_price_for_repeated_impressions: ::core::option::Option::None,
            cp_decreased_price_for_repeated_impressions: ::core::option::Option::None,
            wb_average_cpv: ::core::option::Option::None,
            cp_average_cpv: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ManualCpm`.
    #[inline]
    #[must_use]
    pub fn with_manual_cpm(mut self, value: StrategyManualCpm) -> Self {
        self.manual_cpm = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumImpressions`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_impressions(
        mut self,
        value: StrategyWbMaximumImpressions,
    ) -> Self {
        self.wb_maximum_impressions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpMaximumImpressions`.
    #[inline]
    #[must_use]
    pub fn with_cp_maximum_impressions(
        mut self,
        value: StrategyCpMaximumImpressions,
    ) -> Self {
        self.cp_maximum_impressions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbDecreasedPriceForRepeatedImpressions`.
    #[inline]
    #[must_use]
    pub fn with_wb_decreased_price_for_repeated_impressions(
        mut self,
        value: StrategyWbDecreasedPriceForRepeatedImpressions,
    ) -> Self {
        self.wb_decreased_price_for_repeated_impressions = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `CpDecreasedPriceForRepeatedImpressions`.
    #[inline]
    #[must_use]
    pub fn with_cp_decreased_price_for_repeated_impressions(
        mut self,
        value: StrategyCpDecreasedPriceForRepeatedImpressions,
    ) -> Self {
        self.cp_decreased_price_for_repeated_impressions = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `WbAverageCpv`.
    #[inline]
    #[must_use]
    pub fn with_wb_average_cpv(mut self, value: StrategyWbAverageCpv) -> Self {
        self.wb_average_cpv = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpAverageCpv`.
    #[inline]
    #[must_use]
    pub fn with_cp_average_cpv(mut self, value: StrategyCpAverageCpv) -> Self {
        self.cp_average_cpv = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `SmartCampaignSearchStrategy`, `SmartCampaignNetworkStrategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignStrategyBase {
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<StrategyAverageCpcPerCampaign>,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilter>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<StrategyAverageCpaPerCampaign>,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaign,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilter,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilter>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignStrategyBase {
    /// An empty `SmartCampaignStrategyBase`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaign,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilter,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaign,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaign,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilter,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilter,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignStrategy::search`. Extends `SmartCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSearchStrategy {
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<StrategyAverageCpcPerCampaign>,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilter>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<StrategyAverageCpaPerCampaign>,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaign,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilter,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilter>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: SmartCampaignSearchStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignSearchStrategy {
    /// A `SmartCampaignSearchStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: SmartCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaign,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilter,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaign,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaign,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilter,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilter,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignStrategy::network`. Extends `SmartCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignNetworkStrategy {
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<StrategyAverageCpcPerCampaign>,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilter>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<StrategyAverageCpaPerCampaign>,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaign,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilter,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilter>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: SmartCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefault>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignNetworkStrategy {
    /// A `SmartCampaignNetworkStrategy` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: SmartCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaign,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilter,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaign,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaign,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilter,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilter,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoi) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrr) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrr,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefault) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignUpdateItem::bidding_strategy`, `TextCampaignGetItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignStrategy {
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<TextCampaignSearchStrategy>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<TextCampaignNetworkStrategy>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignStrategy {
    /// An empty `TextCampaignStrategy`: every field absent.
    pub fn new() -> Self {
        Self {
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: TextCampaignSearchStrategy) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: TextCampaignNetworkStrategy) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignUpdateItem::bidding_strategy`, `UnifiedCampaignGetItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategy {
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<UnifiedCampaignSearchStrategy>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<UnifiedCampaignNetworkStrategy>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignStrategy {
    /// An empty `UnifiedCampaignStrategy`: every field absent.
    pub fn new() -> Self {
        Self {
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: UnifiedCampaignSearchStrategy) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: UnifiedCampaignNetworkStrategy) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignUpdateItem::bidding_strategy`, `MobileAppCampaignGetItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategy {
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<MobileAppCampaignSearchStrategy>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<MobileAppCampaignNetworkStrategy>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignStrategy {
    /// An empty `MobileAppCampaignStrategy`: every field absent.
    pub fn new() -> Self {
        Self {
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: MobileAppCampaignSearchStrategy) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: MobileAppCampaignNetworkStrategy) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignUpdateItem::bidding_strategy`, `DynamicTextCampaignGetItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategy {
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<DynamicTextCampaignSearchStrategy>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<DynamicTextCampaignNetworkStrategy>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignStrategy {
    /// An empty `DynamicTextCampaignStrategy`: every field absent.
    pub fn new() -> Self {
        Self {
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: DynamicTextCampaignSearchStrategy) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: DynamicTextCampaignNetworkStrategy) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CpmBannerCampaignUpdateItem::bidding_strategy`, `CpmBannerCampaignGetItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignStrategy {
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<CpmBannerCampaignSearchStrategy>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<CpmBannerCampaignNetworkStrategy>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignStrategy {
    /// An empty `CpmBannerCampaignStrategy`: every field absent.
    pub fn new() -> Self {
        Self {
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: CpmBannerCampaignSearchStrategy) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: CpmBannerCampaignNetworkStrategy) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignUpdateItem::bidding_strategy`, `SmartCampaignGetItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignStrategy {
    /// Optional. Sent as `Search`.
    pub search: ::core::option::Option<SmartCampaignSearchStrategy>,
    /// Optional. Sent as `Network`.
    pub network: ::core::option::Option<SmartCampaignNetworkStrategy>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignStrategy {
    /// An empty `SmartCampaignStrategy`: every field absent.
    pub fn new() -> Self {
        Self {
            search: ::core::option::Option::None,
            network: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Search`.
    #[inline]
    #[must_use]
    pub fn with_search(mut self, value: SmartCampaignSearchStrategy) -> Self {
        self.search = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Network`.
    #[inline]
    #[must_use]
    pub fn with_network(mut self, value: SmartCampaignNetworkStrategy) -> Self {
        self.network = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `StrategyMaximumClicksAdd`, `StrategyMaximumConversionRateAdd`, `StrategyMaximumAppInstallsAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyWeeklyBudgetAddBase {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWeeklyBudgetAddBase {
    /// An empty `StrategyWeeklyBudgetAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategyAddBase::wb_maximum_clicks`, `UnifiedCampaignStrategyAddBase::wb_maximum_clicks`, `MobileAppCampaignStrategyAddBase::wb_maximum_clicks` and one more. Extends `StrategyWeeklyBudgetAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumClicksAdd {
    /// An empty `StrategyMaximumClicksAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
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
/// Used in `TextCampaignStrategyAddBase::wb_maximum_conversion_rate`, `UnifiedCampaignStrategyAddBase::wb_maximum_conversion_rate`, `DynamicTextCampaignStrategyAddBase::wb_maximum_conversion_rate`. Extends `StrategyWeeklyBudgetAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumConversionRateAdd {
    /// A `StrategyMaximumConversionRateAdd` with its required fields (`GoalId`); the others start absent.
    pub fn new(goal_id: i64) -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            goal_id,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
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
/// Used in `MobileAppCampaignStrategyAddBase::wb_maximum_app_installs`. Extends `StrategyWeeklyBudgetAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumAppInstallsAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumAppInstallsAdd {
    /// An empty `StrategyMaximumAppInstallsAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategyAddBase::average_cpc`, `UnifiedCampaignStrategyAddBase::average_cpc`, `MobileAppCampaignStrategyAddBase::average_cpc` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcAdd {
    /// Required. Sent as `AverageCpc`.
    pub average_cpc: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpcAdd {
    /// A `StrategyAverageCpcAdd` with its required fields (`AverageCpc`); the others start absent.
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
/// Used in `TextCampaignStrategyAddBase::average_cpa`, `UnifiedCampaignStrategyAddBase::average_cpa`, `DynamicTextCampaignStrategyAddBase::average_cpa`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaAdd {
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
impl StrategyAverageCpaAdd {
    /// A `StrategyAverageCpaAdd` with its required fields (`AverageCpa`, `GoalId`); the others start absent.
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
/// Used in `TextCampaignStrategyAddBase::pay_for_conversion`, `UnifiedCampaignStrategyAddBase::pay_for_conversion`, `DynamicTextCampaignStrategyAddBase::pay_for_conversion`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionAdd {
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
impl StrategyPayForConversionAdd {
    /// A `StrategyPayForConversionAdd` with its required fields (`Cpa`, `GoalId`); the others start absent.
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
/// Used in `MobileAppCampaignStrategyAddBase::average_cpi`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpiAdd {
    /// Required. Sent as `AverageCpi`.
    pub average_cpi: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpiAdd {
    /// A `StrategyAverageCpiAdd` with its required fields (`AverageCpi`); the others start absent.
    pub fn new(average_cpi: i64) -> Self {
        Self {
            average_cpi,
            weekly_spend_limit: ::core::option::Option::None,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignStrategyAddBase::pay_for_install`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForInstallAdd {
    /// Required. Sent as `AverageCpi`.
    pub average_cpi: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForInstallAdd {
    /// A `StrategyPayForInstallAdd` with its required fields (`AverageCpi`); the others start absent.
    pub fn new(average_cpi: i64) -> Self {
        Self {
            average_cpi,
            weekly_spend_limit: ::core::option::Option::None,
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
}
/// Used in `SmartCampaignStrategyAddBase::average_cpa_per_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignAdd {
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
impl StrategyAverageCpaPerCampaignAdd {
    /// A `StrategyAverageCpaPerCampaignAdd` with its required fields (`AverageCpa`, `GoalId`); the others start absent.
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
/// Used in `SmartCampaignStrategyAddBase::pay_for_conversion_per_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignAdd {
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
impl StrategyPayForConversionPerCampaignAdd {
    /// A `StrategyPayForConversionPerCampaignAdd` with its required fields (`Cpa`, `GoalId`); the others start absent.
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
/// Used in `SmartCampaignStrategyAddBase::pay_for_conversion_per_filter`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterAdd {
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
impl StrategyPayForConversionPerFilterAdd {
    /// A `StrategyPayForConversionPerFilterAdd` with its required fields (`Cpa`, `GoalId`); the others start absent.
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
/// Used in `SmartCampaignStrategyAddBase::average_cpa_per_filter`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterAdd {
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
impl StrategyAverageCpaPerFilterAdd {
    /// A `StrategyAverageCpaPerFilterAdd` with its required fields (`FilterAverageCpa`, `GoalId`); the others start absent.
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
/// Used in `SmartCampaignStrategyAddBase::average_cpc_per_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignAdd {
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
impl StrategyAverageCpcPerCampaignAdd {
    /// A `StrategyAverageCpcPerCampaignAdd` with its required fields (`AverageCpc`); the others start absent.
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
/// Used in `SmartCampaignStrategyAddBase::average_cpc_per_filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterAdd {
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
impl StrategyAverageCpcPerFilterAdd {
    /// An empty `StrategyAverageCpcPerFilterAdd`: every field absent.
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
/// Used in `TextCampaignStrategyAddBase::average_roi`, `DynamicTextCampaignStrategyAddBase::average_roi`, `SmartCampaignStrategyAddBase::average_roi`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageRoiAdd {
    /// Required. Sent as `ReserveReturn`.
    pub reserve_return: i32,
    /// Required. Sent as `RoiCoef`.
    pub roi_coef: i64,
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Optional. Sent as `Profitability`.
    pub profitability: ::core::option::Option<i64>,
    /// Optional. Sent as `ExplorationBudget`.
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageRoiAdd {
    /// A `StrategyAverageRoiAdd` with its required fields (`ReserveReturn`, `RoiCoef`, `GoalId`); the others start absent.
    pub fn new(reserve_return: i32, roi_coef: i64, goal_id: i64) -> Self {
        Self {
            reserve_return,
            roi_coef,
            goal_id,
            weekly_spend_limit: ::core::option::Option::None,
            custom_period_budget: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
            profitability: ::core::option::Option::None,
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
    /// Sets `Profitability`.
    #[inline]
    #[must_use]
    pub fn with_profitability(mut self, value: i64) -> Self {
        self.profitability = ::core::option::Option::Some(value);
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
/// Used in `TextCampaignStrategyAddBase::average_crr`, `UnifiedCampaignStrategyAddBase::average_crr`, `DynamicTextCampaignStrategyAddBase::average_crr` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCrrAdd {
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
impl StrategyAverageCrrAdd {
    /// A `StrategyAverageCrrAdd` with its required fields (`Crr`, `GoalId`); the others start absent.
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
/// Used in `TextCampaignStrategyAddBase::pay_for_conversion_crr`, `UnifiedCampaignStrategyAddBase::pay_for_conversion_crr`, `DynamicTextCampaignStrategyAddBase::pay_for_conversion_crr` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrAdd {
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
impl StrategyPayForConversionCrrAdd {
    /// A `StrategyPayForConversionCrrAdd` with its required fields (`Crr`, `GoalId`); the others start absent.
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
/// Used in `TextCampaignStrategyAddBase::weekly_click_package`, `MobileAppCampaignStrategyAddBase::weekly_click_package`, `DynamicTextCampaignStrategyAddBase::weekly_click_package`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWeeklyClickPackageAdd {
    /// Required. Sent as `ClicksPerWeek`.
    pub clicks_per_week: i64,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<i64>,
    /// Optional. Sent as `BidCeiling`.
    pub bid_ceiling: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWeeklyClickPackageAdd {
    /// A `StrategyWeeklyClickPackageAdd` with its required fields (`ClicksPerWeek`); the others start absent.
    pub fn new(clicks_per_week: i64) -> Self {
        Self {
            clicks_per_week,
            average_cpc: ::core::option::Option::None,
            bid_ceiling: ::core::option::Option::None,
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
    /// Sets `BidCeiling`.
    #[inline]
    #[must_use]
    pub fn with_bid_ceiling(mut self, value: i64) -> Self {
        self.bid_ceiling = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategyAddBase::max_profit`, `UnifiedCampaignStrategyAddBase::max_profit`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Optional. Sent as `ExplorationBudget`.
    pub exploration_budget: ::core::option::Option<ExplorationBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaxProfitAdd {
    /// An empty `StrategyMaxProfitAdd`: every field absent.
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
/// Used in `TextCampaignStrategyAddBase::average_cpa_multiple_goals`, `UnifiedCampaignStrategyAddBase::average_cpa_multiple_goals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsAdd {
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
impl StrategyAverageCpaMultipleGoalsAdd {
    /// An empty `StrategyAverageCpaMultipleGoalsAdd`: every field absent.
    pub fn new() -> Self {
        Self {
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
/// Used in `TextCampaignStrategyAddBase::pay_for_conversion_multiple_goals`, `UnifiedCampaignStrategyAddBase::pay_for_conversion_multiple_goals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Optional. Sent as `CustomPeriodBudget`.
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyPayForConversionMultipleGoalsAdd {
    /// An empty `StrategyPayForConversionMultipleGoalsAdd`: every field absent.
    pub fn new() -> Self {
        Self {
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
/// Used in `TextCampaignNetworkStrategyAdd::network_default`, `MobileAppCampaignNetworkStrategyAdd::network_default`, `DynamicTextCampaignNetworkStrategyAdd::network_default` and one more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyNetworkDefaultAdd {
    /// Optional. Sent as `LimitPercent`.
    pub limit_percent: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyNetworkDefaultAdd {
    /// An empty `StrategyNetworkDefaultAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            limit_percent: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LimitPercent`.
    #[inline]
    #[must_use]
    pub fn with_limit_percent(mut self, value: i32) -> Self {
        self.limit_percent = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignStrategyAddBase::highest_position`, `MobileAppCampaignStrategyAddBase::highest_position`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyHighestPositionAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyHighestPositionAdd {
    /// An empty `StrategyHighestPositionAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
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
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::manual_cpm`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyManualCpmAdd {
    /// Optional. Sent as `WeeklySpendLimit`.
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyManualCpmAdd {
    /// An empty `StrategyManualCpmAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            weekly_spend_limit: ::core::option::Option::None,
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
}
/// Extended by `StrategyWbMaximumImpressionsAdd`, `StrategyCpMaximumImpressionsAdd`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumImpressionsAddBase {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyMaximumImpressionsAddBase {
    /// A `StrategyMaximumImpressionsAddBase` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::wb_maximum_impressions`. Extends `StrategyMaximumImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbMaximumImpressionsAdd {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWbMaximumImpressionsAdd {
    /// A `StrategyWbMaximumImpressionsAdd` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::cp_maximum_impressions`. Extends `StrategyMaximumImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpMaximumImpressionsAdd {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
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
impl StrategyCpMaximumImpressionsAdd {
    /// A `StrategyCpMaximumImpressionsAdd` with its required fields (`AverageCpm`, `SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        average_cpm: i64,
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            average_cpm,
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `StrategyWbAverageCpvAdd`, `StrategyCpAverageCpvAdd`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpvAddBase {
    /// Required. Sent as `AverageCpv`.
    pub average_cpv: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyAverageCpvAddBase {
    /// A `StrategyAverageCpvAddBase` with its required fields (`AverageCpv`, `SpendLimit`); the others start absent.
    pub fn new(average_cpv: i64, spend_limit: i64) -> Self {
        Self {
            average_cpv,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::wb_average_cpv`. Extends `StrategyAverageCpvAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbAverageCpvAdd {
    /// Required. Sent as `AverageCpv`.
    pub average_cpv: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWbAverageCpvAdd {
    /// A `StrategyWbAverageCpvAdd` with its required fields (`AverageCpv`, `SpendLimit`); the others start absent.
    pub fn new(average_cpv: i64, spend_limit: i64) -> Self {
        Self {
            average_cpv,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::cp_average_cpv`. Extends `StrategyAverageCpvAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpAverageCpvAdd {
    /// Required. Sent as `AverageCpv`.
    pub average_cpv: i64,
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
impl StrategyCpAverageCpvAdd {
    /// A `StrategyCpAverageCpvAdd` with its required fields (`AverageCpv`, `SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        average_cpv: i64,
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            average_cpv,
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `StrategyWbDecreasedPriceForRepeatedImpressionsAdd`, `StrategyCpDecreasedPriceForRepeatedImpressionsAdd`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyDecreasedPriceForRepeatedImpressionsAddBase {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyDecreasedPriceForRepeatedImpressionsAddBase {
    /// A `StrategyDecreasedPriceForRepeatedImpressionsAddBase` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::wb_decreased_price_for_repeated_impressions`. Extends `StrategyDecreasedPriceForRepeatedImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbDecreasedPriceForRepeatedImpressionsAdd {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
    /// Required. Sent as `SpendLimit`.
    pub spend_limit: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StrategyWbDecreasedPriceForRepeatedImpressionsAdd {
    /// A `StrategyWbDecreasedPriceForRepeatedImpressionsAdd` with its required fields (`AverageCpm`, `SpendLimit`); the others start absent.
    pub fn new(average_cpm: i64, spend_limit: i64) -> Self {
        Self {
            average_cpm,
            spend_limit,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignNetworkStrategyAdd::cp_decreased_price_for_repeated_impressions`. Extends `StrategyDecreasedPriceForRepeatedImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpDecreasedPriceForRepeatedImpressionsAdd {
    /// Required. Sent as `AverageCpm`.
    pub average_cpm: i64,
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
impl StrategyCpDecreasedPriceForRepeatedImpressionsAdd {
    /// A `StrategyCpDecreasedPriceForRepeatedImpressionsAdd` with its required fields (`AverageCpm`, `SpendLimit`, `StartDate`, `EndDate`, `AutoContinue`); the others start absent.
    pub fn new(
        average_cpm: i64,
        spend_limit: i64,
        start_date: impl ::core::convert::Into<::std::string::String>,
        end_date: impl ::core::convert::Into<::std::string::String>,
        auto_continue: super::general::YesNoEnum,
    ) -> Self {
        Self {
            average_cpm,
            spend_limit,
            start_date: start_date.into(),
            end_date: end_date.into(),
            auto_continue,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `TextCampaignNetworkStrategyAdd`, `TextCampaignSearchStrategyAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignStrategyAddBase {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignStrategyAddBase {
    /// An empty `TextCampaignStrategyAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAdd,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAdd,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAdd) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategyAdd::network`. Extends `TextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignNetworkStrategyAdd {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: TextCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefaultAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignNetworkStrategyAdd {
    /// A `TextCampaignNetworkStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: TextCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAdd,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAdd,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAdd) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefaultAdd) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignStrategyAdd::search`. Extends `TextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSearchStrategyAdd {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: TextCampaignSearchStrategyTypeEnum,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<
        TextCampaignSearchStrategyPlacementTypes,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignSearchStrategyAdd {
    /// A `TextCampaignSearchStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: TextCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            placement_types: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAdd,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAdd,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAdd) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: TextCampaignSearchStrategyPlacementTypes,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `UnifiedCampaignNetworkStrategyAdd`, `UnifiedCampaignSearchStrategyAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategyAddBase {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignStrategyAddBase {
    /// An empty `UnifiedCampaignStrategyAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPositionAdd) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAdd,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAdd,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAdd) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignStrategyAdd::network`. Extends `UnifiedCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignNetworkStrategyAdd {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: UnifiedCampaignNetworkStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignNetworkStrategyAdd {
    /// A `UnifiedCampaignNetworkStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: UnifiedCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPositionAdd) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAdd,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAdd,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAdd) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UnifiedCampaignStrategyAdd::search`. Extends `UnifiedCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSearchStrategyAdd {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Optional. Sent as `AverageCpaMultipleGoals`.
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// Optional. Sent as `PayForConversionMultipleGoals`.
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// Optional. Sent as `MaxProfit`.
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: UnifiedCampaignSearchStrategyTypeEnum,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<
        UnifiedCampaignSearchStrategyPlacementTypes,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignSearchStrategyAdd {
    /// A `UnifiedCampaignSearchStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: UnifiedCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            average_cpa_multiple_goals: ::core::option::Option::None,
            pay_for_conversion_multiple_goals: ::core::option::Option::None,
            max_profit: ::core::option::Option::None,
            bidding_strategy_type,
            placement_types: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPositionAdd) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_multiple_goals(
        mut self,
        value: StrategyAverageCpaMultipleGoalsAdd,
    ) -> Self {
        self.average_cpa_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionMultipleGoals`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_multiple_goals(
        mut self,
        value: StrategyPayForConversionMultipleGoalsAdd,
    ) -> Self {
        self.pay_for_conversion_multiple_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MaxProfit`.
    #[inline]
    #[must_use]
    pub fn with_max_profit(mut self, value: StrategyMaxProfitAdd) -> Self {
        self.max_profit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: UnifiedCampaignSearchStrategyPlacementTypes,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `MobileAppCampaignSearchStrategyAdd`, `MobileAppCampaignNetworkStrategyAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategyAddBase {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumAppInstalls`.
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstallsAdd>,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<StrategyAverageCpiAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `PayForInstall`.
    pub pay_for_install: ::core::option::Option<StrategyPayForInstallAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignStrategyAddBase {
    /// An empty `MobileAppCampaignStrategyAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_app_installs: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpi: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            pay_for_install: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPositionAdd) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumAppInstalls`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_app_installs(
        mut self,
        value: StrategyMaximumAppInstallsAdd,
    ) -> Self {
        self.wb_maximum_app_installs = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: StrategyAverageCpiAdd) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForInstall`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_install(mut self, value: StrategyPayForInstallAdd) -> Self {
        self.pay_for_install = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignStrategyAdd::search`. Extends `MobileAppCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSearchStrategyAdd {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumAppInstalls`.
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstallsAdd>,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<StrategyAverageCpiAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `PayForInstall`.
    pub pay_for_install: ::core::option::Option<StrategyPayForInstallAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: MobileAppCampaignSearchStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignSearchStrategyAdd {
    /// A `MobileAppCampaignSearchStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: MobileAppCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_app_installs: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpi: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            pay_for_install: ::core::option::Option::None,
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPositionAdd) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumAppInstalls`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_app_installs(
        mut self,
        value: StrategyMaximumAppInstallsAdd,
    ) -> Self {
        self.wb_maximum_app_installs = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: StrategyAverageCpiAdd) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForInstall`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_install(mut self, value: StrategyPayForInstallAdd) -> Self {
        self.pay_for_install = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppCampaignStrategyAdd::network`. Extends `MobileAppCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignNetworkStrategyAdd {
    /// Optional. Sent as `HighestPosition`.
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumAppInstalls`.
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstallsAdd>,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpi`.
    pub average_cpi: ::core::option::Option<StrategyAverageCpiAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `PayForInstall`.
    pub pay_for_install: ::core::option::Option<StrategyPayForInstallAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: MobileAppCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefaultAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignNetworkStrategyAdd {
    /// A `MobileAppCampaignNetworkStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: MobileAppCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            highest_position: ::core::option::Option::None,
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_app_installs: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpi: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            pay_for_install: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `HighestPosition`.
    #[inline]
    #[must_use]
    pub fn with_highest_position(mut self, value: StrategyHighestPositionAdd) -> Self {
        self.highest_position = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumAppInstalls`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_app_installs(
        mut self,
        value: StrategyMaximumAppInstallsAdd,
    ) -> Self {
        self.wb_maximum_app_installs = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpi`.
    #[inline]
    #[must_use]
    pub fn with_average_cpi(mut self, value: StrategyAverageCpiAdd) -> Self {
        self.average_cpi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForInstall`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_install(mut self, value: StrategyPayForInstallAdd) -> Self {
        self.pay_for_install = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefaultAdd) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `DynamicTextCampaignSearchStrategyAdd`, `DynamicTextCampaignNetworkStrategyAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategyAddBase {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignStrategyAddBase {
    /// An empty `DynamicTextCampaignStrategyAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignSearchStrategyAdd::placement_types`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategyPlacementTypesAdd {
    /// Optional. Sent as `SearchResults`.
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `ProductGallery`.
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `DynamicPlaces`.
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignSearchStrategyPlacementTypesAdd {
    /// An empty `DynamicTextCampaignSearchStrategyPlacementTypesAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            search_results: ::core::option::Option::None,
            product_gallery: ::core::option::Option::None,
            dynamic_places: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SearchResults`.
    #[inline]
    #[must_use]
    pub fn with_search_results(mut self, value: super::general::YesNoEnum) -> Self {
        self.search_results = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ProductGallery`.
    #[inline]
    #[must_use]
    pub fn with_product_gallery(mut self, value: super::general::YesNoEnum) -> Self {
        self.product_gallery = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicPlaces`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_places(mut self, value: super::general::YesNoEnum) -> Self {
        self.dynamic_places = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignStrategyAdd::search`. Extends `DynamicTextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategyAdd {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: DynamicTextCampaignSearchStrategyTypeEnum,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<
        DynamicTextCampaignSearchStrategyPlacementTypesAdd,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignSearchStrategyAdd {
    /// A `DynamicTextCampaignSearchStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(
        bidding_strategy_type: DynamicTextCampaignSearchStrategyTypeEnum,
    ) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            placement_types: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: DynamicTextCampaignSearchStrategyPlacementTypesAdd,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DynamicTextCampaignStrategyAdd::network`. Extends `DynamicTextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignNetworkStrategyAdd {
    /// Optional. Sent as `WbMaximumClicks`.
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// Optional. Sent as `WbMaximumConversionRate`.
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// Optional. Sent as `AverageCpc`.
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// Optional. Sent as `AverageCpa`.
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// Optional. Sent as `PayForConversion`.
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// Optional. Sent as `WeeklyClickPackage`.
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: DynamicTextCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefaultAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignNetworkStrategyAdd {
    /// A `DynamicTextCampaignNetworkStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(
        bidding_strategy_type: DynamicTextCampaignNetworkStrategyTypeEnum,
    ) -> Self {
        Self {
            wb_maximum_clicks: ::core::option::Option::None,
            wb_maximum_conversion_rate: ::core::option::Option::None,
            average_cpc: ::core::option::Option::None,
            average_cpa: ::core::option::Option::None,
            pay_for_conversion: ::core::option::Option::None,
            weekly_click_package: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WbMaximumClicks`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_clicks(mut self, value: StrategyMaximumClicksAdd) -> Self {
        self.wb_maximum_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumConversionRate`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_conversion_rate(
        mut self,
        value: StrategyMaximumConversionRateAdd,
    ) -> Self {
        self.wb_maximum_conversion_rate = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpc`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc(mut self, value: StrategyAverageCpcAdd) -> Self {
        self.average_cpc = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpa`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa(mut self, value: StrategyAverageCpaAdd) -> Self {
        self.average_cpa = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversion`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion(
        mut self,
        value: StrategyPayForConversionAdd,
    ) -> Self {
        self.pay_for_conversion = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WeeklyClickPackage`.
    #[inline]
    #[must_use]
    pub fn with_weekly_click_package(
        mut self,
        value: StrategyWeeklyClickPackageAdd,
    ) -> Self {
        self.weekly_click_package = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefaultAdd) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CpmBannerCampaignStrategyAdd::search`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSearchStrategyAdd {
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: CpmBannerCampaignSearchStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignSearchStrategyAdd {
    /// A `CpmBannerCampaignSearchStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: CpmBannerCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignStrategyAdd::network`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignNetworkStrategyAdd {
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: CpmBannerCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `ManualCpm`.
    pub manual_cpm: ::core::option::Option<StrategyManualCpmAdd>,
    /// Optional. Sent as `WbMaximumImpressions`.
    pub wb_maximum_impressions: ::core::option::Option<StrategyWbMaximumImpressionsAdd>,
    /// Optional. Sent as `CpMaximumImpressions`.
    pub cp_maximum_impressions: ::core::option::Option<StrategyCpMaximumImpressionsAdd>,
    /// Optional. Sent as `WbDecreasedPriceForRepeatedImpressions`.
    pub wb_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyWbDecreasedPriceForRepeatedImpressionsAdd,
    >,
    /// Optional. Sent as `CpDecreasedPriceForRepeatedImpressions`.
    pub cp_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyCpDecreasedPriceForRepeatedImpressionsAdd,
    >,
    /// Optional. Sent as `WbAverageCpv`.
    pub wb_average_cpv: ::core::option::Option<StrategyWbAverageCpvAdd>,
    /// Optional. Sent as `CpAverageCpv`.
    pub cp_average_cpv: ::core::option::Option<StrategyCpAverageCpvAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignNetworkStrategyAdd {
    /// A `CpmBannerCampaignNetworkStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: CpmBannerCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            bidding_strategy_type,
            manual_cpm: ::core::option::Option::None,
            wb_maximum_impressions: ::core::option::Option::None,
            cp_maximum_impressions: ::core::option::Option::None,
            wb_decreased_price_for_repeated_impressions: ::core::option::Option::None,
            cp_decreased_price_for_repeated_impressions: ::core::option::Option::None,
            wb_average_cpv: ::core::option::Option::None,
            cp_average_cpv: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ManualCpm`.
    #[inline]
    #[must_use]
    pub fn with_manual_cpm(mut self, value: StrategyManualCpmAdd) -> Self {
        self.manual_cpm = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbMaximumImpressions`.
    #[inline]
    #[must_use]
    pub fn with_wb_maximum_impressions(
        mut self,
        value: StrategyWbMaximumImpressionsAdd,
    ) -> Self {
        self.wb_maximum_impressions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpMaximumImpressions`.
    #[inline]
    #[must_use]
    pub fn with_cp_maximum_impressions(
        mut self,
        value: StrategyCpMaximumImpressionsAdd,
    ) -> Self {
        self.cp_maximum_impressions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WbDecreasedPriceForRepeatedImpressions`.
    #[inline]
    #[must_use]
    pub fn with_wb_decreased_price_for_repeated_impressions(
        mut self,
        value: StrategyWbDecreasedPriceForRepeatedImpressionsAdd,
    ) -> Self {
        self.wb_decreased_price_for_repeated_impressions = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `CpDecreasedPriceForRepeatedImpressions`.
    #[inline]
    #[must_use]
    pub fn with_cp_decreased_price_for_repeated_impressions(
        mut self,
        value: StrategyCpDecreasedPriceForRepeatedImpressionsAdd,
    ) -> Self {
        self.cp_decreased_price_for_repeated_impressions = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `WbAverageCpv`.
    #[inline]
    #[must_use]
    pub fn with_wb_average_cpv(mut self, value: StrategyWbAverageCpvAdd) -> Self {
        self.wb_average_cpv = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpAverageCpv`.
    #[inline]
    #[must_use]
    pub fn with_cp_average_cpv(mut self, value: StrategyCpAverageCpvAdd) -> Self {
        self.cp_average_cpv = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `SmartCampaignSearchStrategyAdd`, `SmartCampaignNetworkStrategyAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignStrategyAddBase {
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAdd,
    >,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilterAdd>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAdd,
    >,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAdd,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAdd,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilterAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignStrategyAddBase {
    /// An empty `SmartCampaignStrategyAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaignAdd,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilterAdd,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaignAdd,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaignAdd,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilterAdd,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilterAdd,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignStrategyAdd::search`. Extends `SmartCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSearchStrategyAdd {
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAdd,
    >,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilterAdd>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAdd,
    >,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAdd,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAdd,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilterAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: SmartCampaignSearchStrategyTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignSearchStrategyAdd {
    /// A `SmartCampaignSearchStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: SmartCampaignSearchStrategyTypeEnum) -> Self {
        Self {
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaignAdd,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilterAdd,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaignAdd,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaignAdd,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilterAdd,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilterAdd,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `SmartCampaignStrategyAdd::network`. Extends `SmartCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignNetworkStrategyAdd {
    /// Optional. Sent as `AverageCpcPerCampaign`.
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAdd,
    >,
    /// Optional. Sent as `AverageCpcPerFilter`.
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilterAdd>,
    /// Optional. Sent as `AverageCpaPerCampaign`.
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAdd,
    >,
    /// Optional. Sent as `PayForConversionPerCampaign`.
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAdd,
    >,
    /// Optional. Sent as `PayForConversionPerFilter`.
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAdd,
    >,
    /// Optional. Sent as `AverageCpaPerFilter`.
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilterAdd>,
    /// Optional. Sent as `AverageRoi`.
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// Optional. Sent as `AverageCrr`.
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// Optional. Sent as `PayForConversionCrr`.
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// Required. Sent as `BiddingStrategyType`.
    pub bidding_strategy_type: SmartCampaignNetworkStrategyTypeEnum,
    /// Optional. Sent as `NetworkDefault`.
    pub network_default: ::core::option::Option<StrategyNetworkDefaultAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignNetworkStrategyAdd {
    /// A `SmartCampaignNetworkStrategyAdd` with its required fields (`BiddingStrategyType`); the others start absent.
    pub fn new(bidding_strategy_type: SmartCampaignNetworkStrategyTypeEnum) -> Self {
        Self {
            average_cpc_per_campaign: ::core::option::Option::None,
            average_cpc_per_filter: ::core::option::Option::None,
            average_cpa_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_campaign: ::core::option::Option::None,
            pay_for_conversion_per_filter: ::core::option::Option::None,
            average_cpa_per_filter: ::core::option::Option::None,
            average_roi: ::core::option::Option::None,
            average_crr: ::core::option::Option::None,
            pay_for_conversion_crr: ::core::option::Option::None,
            bidding_strategy_type,
            network_default: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AverageCpcPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_campaign(
        mut self,
        value: StrategyAverageCpcPerCampaignAdd,
    ) -> Self {
        self.average_cpc_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpcPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpc_per_filter(
        mut self,
        value: StrategyAverageCpcPerFilterAdd,
    ) -> Self {
        self.average_cpc_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_campaign(
        mut self,
        value: StrategyAverageCpaPerCampaignAdd,
    ) -> Self {
        self.average_cpa_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_campaign(
        mut self,
        value: StrategyPayForConversionPerCampaignAdd,
    ) -> Self {
        self.pay_for_conversion_per_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_per_filter(
        mut self,
        value: StrategyPayForConversionPerFilterAdd,
    ) -> Self {
        self.pay_for_conversion_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCpaPerFilter`.
    #[inline]
    #[must_use]
    pub fn with_average_cpa_per_filter(
        mut self,
        value: StrategyAverageCpaPerFilterAdd,
    ) -> Self {
        self.average_cpa_per_filter = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageRoi`.
    #[inline]
    #[must_use]
    pub fn with_average_roi(mut self, value: StrategyAverageRoiAdd) -> Self {
        self.average_roi = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AverageCrr`.
    #[inline]
    #[must_use]
    pub fn with_average_crr(mut self, value: StrategyAverageCrrAdd) -> Self {
        self.average_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PayForConversionCrr`.
    #[inline]
    #[must_use]
    pub fn with_pay_for_conversion_crr(
        mut self,
        value: StrategyPayForConversionCrrAdd,
    ) -> Self {
        self.pay_for_conversion_crr = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NetworkDefault`.
    #[inline]
    #[must_use]
    pub fn with_network_default(mut self, value: StrategyNetworkDefaultAdd) -> Self {
        self.network_default = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignAddItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignStrategyAdd {
    /// Required. Sent as `Search`.
    pub search: TextCampaignSearchStrategyAdd,
    /// Required. Sent as `Network`.
    pub network: TextCampaignNetworkStrategyAdd,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignStrategyAdd {
    /// A `TextCampaignStrategyAdd` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: TextCampaignSearchStrategyAdd,
        network: TextCampaignNetworkStrategyAdd,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `UnifiedCampaignAddItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategyAdd {
    /// Required. Sent as `Search`.
    pub search: UnifiedCampaignSearchStrategyAdd,
    /// Required. Sent as `Network`.
    pub network: UnifiedCampaignNetworkStrategyAdd,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignStrategyAdd {
    /// A `UnifiedCampaignStrategyAdd` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: UnifiedCampaignSearchStrategyAdd,
        network: UnifiedCampaignNetworkStrategyAdd,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `MobileAppCampaignAddItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategyAdd {
    /// Required. Sent as `Search`.
    pub search: MobileAppCampaignSearchStrategyAdd,
    /// Required. Sent as `Network`.
    pub network: MobileAppCampaignNetworkStrategyAdd,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignStrategyAdd {
    /// A `MobileAppCampaignStrategyAdd` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: MobileAppCampaignSearchStrategyAdd,
        network: MobileAppCampaignNetworkStrategyAdd,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DynamicTextCampaignAddItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategyAdd {
    /// Required. Sent as `Search`.
    pub search: DynamicTextCampaignSearchStrategyAdd,
    /// Required. Sent as `Network`.
    pub network: DynamicTextCampaignNetworkStrategyAdd,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignStrategyAdd {
    /// A `DynamicTextCampaignStrategyAdd` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: DynamicTextCampaignSearchStrategyAdd,
        network: DynamicTextCampaignNetworkStrategyAdd,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignAddItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignStrategyAdd {
    /// Required. Sent as `Search`.
    pub search: CpmBannerCampaignSearchStrategyAdd,
    /// Required. Sent as `Network`.
    pub network: CpmBannerCampaignNetworkStrategyAdd,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignStrategyAdd {
    /// A `CpmBannerCampaignStrategyAdd` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: CpmBannerCampaignSearchStrategyAdd,
        network: CpmBannerCampaignNetworkStrategyAdd,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SmartCampaignAddItem::bidding_strategy`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignStrategyAdd {
    /// Required. Sent as `Search`.
    pub search: SmartCampaignSearchStrategyAdd,
    /// Required. Sent as `Network`.
    pub network: SmartCampaignNetworkStrategyAdd,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignStrategyAdd {
    /// A `SmartCampaignStrategyAdd` with its required fields (`Search`, `Network`); the others start absent.
    pub fn new(
        search: SmartCampaignSearchStrategyAdd,
        network: SmartCampaignNetworkStrategyAdd,
    ) -> Self {
        Self {
            search,
            network,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CampaignBase::notification`, `CampaignGetItem::notification`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Notification {
    /// Optional. Sent as `SmsSettings`.
    pub sms_settings: ::core::option::Option<SmsSettings>,
    /// Optional. Sent as `EmailSettings`.
    pub email_settings: ::core::option::Option<EmailSettings>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Notification {
    /// An empty `Notification`: every field absent.
    pub fn new() -> Self {
        Self {
            sms_settings: ::core::option::Option::None,
            email_settings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SmsSettings`.
    #[inline]
    #[must_use]
    pub fn with_sms_settings(mut self, value: SmsSettings) -> Self {
        self.sms_settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `EmailSettings`.
    #[inline]
    #[must_use]
    pub fn with_email_settings(mut self, value: EmailSettings) -> Self {
        self.email_settings = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `Notification::sms_settings`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmsSettings {
    /// Optional. Sent as `Events`.
    pub events: ::core::option::Option<::std::vec::Vec<SmsEventsEnum>>,
    /// Optional. Sent as `TimeFrom`.
    pub time_from: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TimeTo`.
    pub time_to: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmsSettings {
    /// An empty `SmsSettings`: every field absent.
    pub fn new() -> Self {
        Self {
            events: ::core::option::Option::None,
            time_from: ::core::option::Option::None,
            time_to: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Events`.
    #[inline]
    #[must_use]
    pub fn with_events(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmsEventsEnum>,
        >,
    ) -> Self {
        self.events = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TimeFrom`.
    #[inline]
    #[must_use]
    pub fn with_time_from(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_from = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TimeTo`.
    #[inline]
    #[must_use]
    pub fn with_time_to(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_to = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `Notification::email_settings`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EmailSettings {
    /// Optional. Sent as `Email`.
    pub email: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `CheckPositionInterval`.
    pub check_position_interval: ::core::option::Option<i32>,
    /// Optional. Sent as `WarningBalance`.
    pub warning_balance: ::core::option::Option<i32>,
    /// Optional. Sent as `SendAccountNews`.
    pub send_account_news: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `SendWarnings`.
    pub send_warnings: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EmailSettings {
    /// An empty `EmailSettings`: every field absent.
    pub fn new() -> Self {
        Self {
            email: ::core::option::Option::None,
            check_position_interval: ::core::option::Option::None,
            warning_balance: ::core::option::Option::None,
            send_account_news: ::core::option::Option::None,
            send_warnings: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
    /// Sets `CheckPositionInterval`.
    #[inline]
    #[must_use]
    pub fn with_check_position_interval(mut self, value: i32) -> Self {
        self.check_position_interval = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WarningBalance`.
    #[inline]
    #[must_use]
    pub fn with_warning_balance(mut self, value: i32) -> Self {
        self.warning_balance = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SendAccountNews`.
    #[inline]
    #[must_use]
    pub fn with_send_account_news(mut self, value: super::general::YesNoEnum) -> Self {
        self.send_account_news = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SendWarnings`.
    #[inline]
    #[must_use]
    pub fn with_send_warnings(mut self, value: super::general::YesNoEnum) -> Self {
        self.send_warnings = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TimeTargeting::holidays_schedule`, `TimeTargetingAdd::holidays_schedule`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargetingOnPublicHolidays {
    /// Required. Sent as `SuspendOnHolidays`.
    pub suspend_on_holidays: super::general::YesNoEnum,
    /// Optional. Sent as `BidPercent`.
    pub bid_percent: ::core::option::Option<i32>,
    /// Optional. Sent as `StartHour`.
    pub start_hour: ::core::option::Option<i32>,
    /// Optional. Sent as `EndHour`.
    pub end_hour: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TimeTargetingOnPublicHolidays {
    /// A `TimeTargetingOnPublicHolidays` with its required fields (`SuspendOnHolidays`); the others start absent.
    pub fn new(suspend_on_holidays: super::general::YesNoEnum) -> Self {
        Self {
            suspend_on_holidays,
            bid_percent: ::core::option::Option::None,
            start_hour: ::core::option::Option::None,
            end_hour: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidPercent`.
    #[inline]
    #[must_use]
    pub fn with_bid_percent(mut self, value: i32) -> Self {
        self.bid_percent = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StartHour`.
    #[inline]
    #[must_use]
    pub fn with_start_hour(mut self, value: i32) -> Self {
        self.start_hour = ::core::option::Option::Some(value);
        self
    }
    /// Sets `EndHour`.
    #[inline]
    #[must_use]
    pub fn with_end_hour(mut self, value: i32) -> Self {
        self.end_hour = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextCampaignAddItem::relevant_keywords`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RelevantKeywordsSettingAdd {
    /// Required. Sent as `BudgetPercent`.
    pub budget_percent: i32,
    /// Optional. Sent as `Mode`.
    pub mode: ::core::option::Option<RelevantKeywordsModeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OptimizeGoalId`.
    pub optimize_goal_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RelevantKeywordsSettingAdd {
    /// A `RelevantKeywordsSettingAdd` with its required fields (`BudgetPercent`); the others start absent.
    pub fn new(budget_percent: i32) -> Self {
        Self {
            budget_percent,
            mode: ::core::option::Option::None,
            optimize_goal_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Mode`.
    #[inline]
    #[must_use]
    pub fn with_mode(mut self, value: RelevantKeywordsModeEnum) -> Self {
        self.mode = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OptimizeGoalId`.
    #[inline]
    #[must_use]
    pub fn with_optimize_goal_id(mut self, value: i64) -> Self {
        self.optimize_goal_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `TextCampaignBase::relevant_keywords`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RelevantKeywordsSetting {
    /// Optional. Sent as `BudgetPercent`.
    pub budget_percent: ::core::option::Option<i32>,
    /// Optional. Sent as `Mode`.
    pub mode: ::core::option::Option<RelevantKeywordsModeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OptimizeGoalId`.
    pub optimize_goal_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RelevantKeywordsSetting {
    /// An empty `RelevantKeywordsSetting`: every field absent.
    pub fn new() -> Self {
        Self {
            budget_percent: ::core::option::Option::None,
            mode: ::core::option::Option::None,
            optimize_goal_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BudgetPercent`.
    #[inline]
    #[must_use]
    pub fn with_budget_percent(mut self, value: i32) -> Self {
        self.budget_percent = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Mode`.
    #[inline]
    #[must_use]
    pub fn with_mode(mut self, value: RelevantKeywordsModeEnum) -> Self {
        self.mode = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OptimizeGoalId`.
    #[inline]
    #[must_use]
    pub fn with_optimize_goal_id(mut self, value: i64) -> Self {
        self.optimize_goal_id = rt::Nullable::Value(value);
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
/// Used in `PriorityGoalsUpdateSetting`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PriorityGoalsUpdateItem {
    /// Required. Sent as `GoalId`.
    pub goal_id: i64,
    /// Required. Sent as `Value`.
    pub value: i64,
    /// Optional. Sent as `IsMetrikaSourceOfValue`.
    pub is_metrika_source_of_value: ::core::option::Option<super::general::YesNoEnum>,
    /// Required. Sent as `Operation`.
    pub operation: super::general::OperationEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PriorityGoalsUpdateItem {
    /// A `PriorityGoalsUpdateItem` with its required fields (`GoalId`, `Value`, `Operation`); the others start absent.
    pub fn new(
        goal_id: i64,
        value: i64,
        operation: super::general::OperationEnum,
    ) -> Self {
        Self {
            goal_id,
            value,
            is_metrika_source_of_value: ::core::option::Option::None,
            operation,
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
/// Used in `TextCampaignAddItem::priority_goals`, `UnifiedCampaignAddItem::priority_goals`, `DynamicTextCampaignAddItem::priority_goals` and 5 more. A list, sent as `{"Items": [...]}`.
pub type PriorityGoalsArray = rt::Items<PriorityGoalsItem>;
/// Used in `TextCampaignUpdateItem::priority_goals`, `UnifiedCampaignUpdateItem::priority_goals`, `DynamicTextCampaignUpdateItem::priority_goals` and one more. A list, sent as `{"Items": [...]}`.
pub type PriorityGoalsUpdateSetting = rt::Items<PriorityGoalsUpdateItem>;
/// Used in `CpmBannerCampaignBase::frequency_cap`, `CpmBannerCampaignAddItem::frequency_cap`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FrequencyCapSetting {
    /// Required. Sent as `Impressions`.
    pub impressions: i32,
    /// Required; may be `null`. Sent as `PeriodDays`.
    pub period_days: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FrequencyCapSetting {
    /// A `FrequencyCapSetting` with its required fields (`Impressions`); the others start absent.
    pub fn new(impressions: i32) -> Self {
        Self {
            impressions,
            period_days: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `PeriodDays`.
    #[inline]
    #[must_use]
    pub fn with_period_days(mut self, value: i32) -> Self {
        self.period_days = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignAddItem::daily_budget`, `CampaignUpdateItem::daily_budget`, `CampaignGetItem::daily_budget`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DailyBudget {
    /// Required. Sent as `Amount`.
    pub amount: i64,
    /// Required. Sent as `Mode`.
    pub mode: DailyBudgetModeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DailyBudget {
    /// A `DailyBudget` with its required fields (`Amount`, `Mode`); the others start absent.
    pub fn new(amount: i64, mode: DailyBudgetModeEnum) -> Self {
        Self {
            amount,
            mode,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `StrategyMaximumClicks::custom_period_budget`, `StrategyMaximumConversionRate::custom_period_budget`, `StrategyAverageCpc::custom_period_budget` and 31 more.
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
/// Used in `StrategyAverageCpa::exploration_budget`, `StrategyAverageCpaPerCampaign::exploration_budget`, `StrategyAverageCpaPerFilter::exploration_budget` and 11 more.
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
/// Used in `TextCampaignAddItem::settings`, `TextCampaignUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSetting {
    /// Required. Sent as `Option`.
    pub option: TextCampaignSettingsEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignSetting {
    /// A `TextCampaignSetting` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: TextCampaignSettingsEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `TextCampaignGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSettingGet {
    /// Required. Sent as `Option`.
    pub option: TextCampaignSettingsGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignSettingGet {
    /// A `TextCampaignSettingGet` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: TextCampaignSettingsGetEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `UnifiedCampaignAddItem::settings`, `UnifiedCampaignUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSetting {
    /// Required. Sent as `Option`.
    pub option: UnifiedCampaignSettingsEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignSetting {
    /// A `UnifiedCampaignSetting` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: UnifiedCampaignSettingsEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `UnifiedCampaignGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSettingGet {
    /// Required. Sent as `Option`.
    pub option: UnifiedCampaignSettingsGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignSettingGet {
    /// A `UnifiedCampaignSettingGet` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: UnifiedCampaignSettingsGetEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `MobileAppCampaignAddItem::settings`, `MobileAppCampaignUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSetting {
    /// Required. Sent as `Option`.
    pub option: MobileAppCampaignSettingsEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignSetting {
    /// A `MobileAppCampaignSetting` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: MobileAppCampaignSettingsEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `MobileAppCampaignGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSettingGet {
    /// Required. Sent as `Option`.
    pub option: MobileAppCampaignSettingsGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignSettingGet {
    /// A `MobileAppCampaignSettingGet` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: MobileAppCampaignSettingsGetEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DynamicTextCampaignAddItem::settings`, `DynamicTextCampaignUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSetting {
    /// Required. Sent as `Option`.
    pub option: DynamicTextCampaignSettingsEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignSetting {
    /// A `DynamicTextCampaignSetting` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: DynamicTextCampaignSettingsEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DynamicTextCampaignGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSettingGet {
    /// Required. Sent as `Option`.
    pub option: DynamicTextCampaignSettingsGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignSettingGet {
    /// A `DynamicTextCampaignSettingGet` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: DynamicTextCampaignSettingsGetEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignAddItem::settings`, `CpmBannerCampaignUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSetting {
    /// Required. Sent as `Option`.
    pub option: CpmBannerCampaignSettingsEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignSetting {
    /// A `CpmBannerCampaignSetting` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: CpmBannerCampaignSettingsEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerCampaignGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSettingGet {
    /// Required. Sent as `Option`.
    pub option: CpmBannerCampaignSettingsGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignSettingGet {
    /// A `CpmBannerCampaignSettingGet` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: CpmBannerCampaignSettingsGetEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SmartCampaignAddItem::settings`, `SmartCampaignUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSetting {
    /// Required. Sent as `Option`.
    pub option: SmartCampaignSettingsEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignSetting {
    /// A `SmartCampaignSetting` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: SmartCampaignSettingsEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `SmartCampaignGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSettingGet {
    /// Required. Sent as `Option`.
    pub option: SmartCampaignSettingsGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignSettingGet {
    /// A `SmartCampaignSettingGet` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: SmartCampaignSettingsGetEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `FundsParam::campaign_funds`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignFundsParam {
    /// Required. Sent as `Sum`.
    pub sum: i64,
    /// Required. Sent as `Balance`.
    pub balance: i64,
    /// Required. Sent as `BalanceBonus`.
    pub balance_bonus: i64,
    /// Optional. Sent as `SumAvailableForTransfer`.
    pub sum_available_for_transfer: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignFundsParam {
    /// A `CampaignFundsParam` with its required fields (`Sum`, `Balance`, `BalanceBonus`); the others start absent.
    pub fn new(sum: i64, balance: i64, balance_bonus: i64) -> Self {
        Self {
            sum,
            balance,
            balance_bonus,
            sum_available_for_transfer: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SumAvailableForTransfer`.
    #[inline]
    #[must_use]
    pub fn with_sum_available_for_transfer(mut self, value: i64) -> Self {
        self.sum_available_for_transfer = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `FundsParam::shared_account_funds`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SharedAccountFundsParam {
    /// Optional. Sent as `Refund`.
    pub refund: ::core::option::Option<i64>,
    /// Optional. Sent as `Spend`.
    pub spend: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SharedAccountFundsParam {
    /// An empty `SharedAccountFundsParam`: every field absent.
    pub fn new() -> Self {
        Self {
            refund: ::core::option::Option::None,
            spend: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Refund`.
    #[inline]
    #[must_use]
    pub fn with_refund(mut self, value: i64) -> Self {
        self.refund = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Spend`.
    #[inline]
    #[must_use]
    pub fn with_spend(mut self, value: i64) -> Self {
        self.spend = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignGetItem::funds`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FundsParam {
    /// Required. Sent as `Mode`.
    pub mode: CampaignFundsEnum,
    /// Optional. Sent as `CampaignFunds`.
    pub campaign_funds: ::core::option::Option<CampaignFundsParam>,
    /// Optional. Sent as `SharedAccountFunds`.
    pub shared_account_funds: ::core::option::Option<SharedAccountFundsParam>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FundsParam {
    /// A `FundsParam` with its required fields (`Mode`); the others start absent.
    pub fn new(mode: CampaignFundsEnum) -> Self {
        Self {
            mode,
            campaign_funds: ::core::option::Option::None,
            shared_account_funds: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignFunds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_funds(mut self, value: CampaignFundsParam) -> Self {
        self.campaign_funds = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SharedAccountFunds`.
    #[inline]
    #[must_use]
    pub fn with_shared_account_funds(mut self, value: SharedAccountFundsParam) -> Self {
        self.shared_account_funds = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignGetItem::represented_by`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignAssistant {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Manager`.
    pub manager: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Agency`.
    pub agency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignAssistant {
    /// An empty `CampaignAssistant`: every field absent.
    pub fn new() -> Self {
        Self {
            manager: rt::Nullable::Absent,
            agency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Manager`.
    #[inline]
    #[must_use]
    pub fn with_manager(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.manager = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Agency`.
    #[inline]
    #[must_use]
    pub fn with_agency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency = rt::Nullable::Value(value.into());
        self
    }
}
/// Extended by `TimeTargeting`, `TimeTargetingAdd`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargetingBase {
    /// Optional. Sent as `Schedule`.
    pub schedule: ::core::option::Option<super::general::ArrayOfString>,
    /// Required. Sent as `ConsiderWorkingWeekends`.
    pub consider_working_weekends: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TimeTargetingBase {
    /// A `TimeTargetingBase` with its required fields (`ConsiderWorkingWeekends`); the others start absent.
    pub fn new(consider_working_weekends: super::general::YesNoEnum) -> Self {
        Self {
            schedule: ::core::option::Option::None,
            consider_working_weekends,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Schedule`.
    #[inline]
    #[must_use]
    pub fn with_schedule(mut self, value: super::general::ArrayOfString) -> Self {
        self.schedule = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignUpdateItem::time_targeting`, `CampaignGetItem::time_targeting`. Extends `TimeTargetingBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargeting {
    /// Optional. Sent as `Schedule`.
    pub schedule: ::core::option::Option<super::general::ArrayOfString>,
    /// Required. Sent as `ConsiderWorkingWeekends`.
    pub consider_working_weekends: super::general::YesNoEnum,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `HolidaysSchedule`.
    pub holidays_schedule: rt::Nullable<TimeTargetingOnPublicHolidays>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TimeTargeting {
    /// A `TimeTargeting` with its required fields (`ConsiderWorkingWeekends`); the others start absent.
    pub fn new(consider_working_weekends: super::general::YesNoEnum) -> Self {
        Self {
            schedule: ::core::option::Option::None,
            consider_working_weekends,
            holidays_schedule: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Schedule`.
    #[inline]
    #[must_use]
    pub fn with_schedule(mut self, value: super::general::ArrayOfString) -> Self {
        self.schedule = ::core::option::Option::Some(value);
        self
    }
    /// Sets `HolidaysSchedule`.
    #[inline]
    #[must_use]
    pub fn with_holidays_schedule(
        mut self,
        value: TimeTargetingOnPublicHolidays,
    ) -> Self {
        self.holidays_schedule = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignAddItem::time_targeting`. Extends `TimeTargetingBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargetingAdd {
    /// Optional. Sent as `Schedule`.
    pub schedule: ::core::option::Option<super::general::ArrayOfString>,
    /// Required. Sent as `ConsiderWorkingWeekends`.
    pub consider_working_weekends: super::general::YesNoEnum,
    /// Optional. Sent as `HolidaysSchedule`.
    pub holidays_schedule: ::core::option::Option<TimeTargetingOnPublicHolidays>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TimeTargetingAdd {
    /// A `TimeTargetingAdd` with its required fields (`ConsiderWorkingWeekends`); the others start absent.
    pub fn new(consider_working_weekends: super::general::YesNoEnum) -> Self {
        Self {
            schedule: ::core::option::Option::None,
            consider_working_weekends,
            holidays_schedule: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Schedule`.
    #[inline]
    #[must_use]
    pub fn with_schedule(mut self, value: super::general::ArrayOfString) -> Self {
        self.schedule = ::core::option::Option::Some(value);
        self
    }
    /// Sets `HolidaysSchedule`.
    #[inline]
    #[must_use]
    pub fn with_holidays_schedule(
        mut self,
        value: TimeTargetingOnPublicHolidays,
    ) -> Self {
        self.holidays_schedule = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `CampaignAddItem`, `CampaignUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignBase {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Notification`.
    pub notification: ::core::option::Option<Notification>,
    /// Optional. Sent as `TimeZone`.
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignBase {
    /// An empty `CampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            client_info: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            time_zone: ::core::option::Option::None,
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
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(mut self, value: Notification) -> Self {
        self.notification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeZone`.
    #[inline]
    #[must_use]
    pub fn with_time_zone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_zone = ::core::option::Option::Some(value.into());
        self
    }
}
/// Extended by `TextCampaignUpdateItem`, `TextCampaignGetItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RelevantKeywords`.
    pub relevant_keywords: rt::Nullable<RelevantKeywordsSetting>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignBase {
    /// An empty `TextCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            relevant_keywords: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `RelevantKeywords`.
    #[inline]
    #[must_use]
    pub fn with_relevant_keywords(mut self, value: RelevantKeywordsSetting) -> Self {
        self.relevant_keywords = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Extended by `UnifiedCampaignUpdateItem`, `UnifiedCampaignGetItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignBase {
    /// An empty `UnifiedCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Extended by `DynamicTextCampaignUpdateItem`, `DynamicTextCampaignGetItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignBase {
    /// An empty `DynamicTextCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Extended by `CpmBannerCampaignUpdateItem`, `CpmBannerCampaignGetItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FrequencyCap`.
    pub frequency_cap: rt::Nullable<FrequencyCapSetting>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignBase {
    /// An empty `CpmBannerCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            frequency_cap: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `FrequencyCap`.
    #[inline]
    #[must_use]
    pub fn with_frequency_cap(mut self, value: FrequencyCapSetting) -> Self {
        self.frequency_cap = rt::Nullable::Value(value);
        self
    }
}
/// Extended by `SmartCampaignUpdateItem`, `SmartCampaignGetItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignBase {
    /// Optional. Sent as `CounterId`.
    pub counter_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignBase {
    /// An empty `SmartCampaignBase`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_id: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterId`.
    #[inline]
    #[must_use]
    pub fn with_counter_id(mut self, value: i64) -> Self {
        self.counter_id = ::core::option::Option::Some(value);
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
}
/// Used in `CampaignAddItem::text_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignAddItem {
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<TextCampaignStrategyAdd>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<TextCampaignSetting>>,
    /// Optional. Sent as `CounterIds`.
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// Optional. Sent as `RelevantKeywords`.
    pub relevant_keywords: ::core::option::Option<RelevantKeywordsSettingAdd>,
    /// Optional. Sent as `PriorityGoals`.
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: ::core::option::Option<
        TextCampaignPackageBiddingStrategyAdd,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignAddItem {
    /// An empty `TextCampaignAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            counter_ids: ::core::option::Option::None,
            relevant_keywords: ::core::option::Option::None,
            priority_goals: ::core::option::Option::None,
            tracking_params: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            package_bidding_strategy: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: TextCampaignStrategyAdd) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RelevantKeywords`.
    #[inline]
    #[must_use]
    pub fn with_relevant_keywords(mut self, value: RelevantKeywordsSettingAdd) -> Self {
        self.relevant_keywords = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: TextCampaignPackageBiddingStrategyAdd,
    ) -> Self {
        self.package_bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignAddItem::unified_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignAddItem {
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<UnifiedCampaignStrategyAdd>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<UnifiedCampaignSetting>>,
    /// Optional. Sent as `CounterIds`.
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// Optional. Sent as `PriorityGoals`.
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: ::core::option::Option<
        UnifiedCampaignPackageBiddingStrategyAdd,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignAddItem {
    /// An empty `UnifiedCampaignAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            counter_ids: ::core::option::Option::None,
            priority_goals: ::core::option::Option::None,
            tracking_params: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            package_bidding_strategy: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: UnifiedCampaignStrategyAdd) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<UnifiedCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
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
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: UnifiedCampaignPackageBiddingStrategyAdd,
    ) -> Self {
        self.package_bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignAddItem::mobile_app_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignAddItem {
    /// Required. Sent as `BiddingStrategy`.
    pub bidding_strategy: MobileAppCampaignStrategyAdd,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<MobileAppCampaignSetting>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignAddItem {
    /// A `MobileAppCampaignAddItem` with its required fields (`BiddingStrategy`); the others start absent.
    pub fn new(bidding_strategy: MobileAppCampaignStrategyAdd) -> Self {
        Self {
            bidding_strategy,
            settings: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignAddItem::dynamic_text_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignAddItem {
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<DynamicTextCampaignStrategyAdd>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<DynamicTextCampaignSetting>>,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<::std::vec::Vec<PlacementType>>,
    /// Optional. Sent as `CounterIds`.
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// Optional. Sent as `PriorityGoals`.
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: ::core::option::Option<
        DynamicTextCampaignPackageBiddingStrategyAdd,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignAddItem {
    /// An empty `DynamicTextCampaignAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            placement_types: ::core::option::Option::None,
            counter_ids: ::core::option::Option::None,
            priority_goals: ::core::option::Option::None,
            tracking_params: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            package_bidding_strategy: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(
        mut self,
        value: DynamicTextCampaignStrategyAdd,
    ) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<PlacementType>,
        >,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
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
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: DynamicTextCampaignPackageBiddingStrategyAdd,
    ) -> Self {
        self.package_bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignAddItem::cpm_banner_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignAddItem {
    /// Required. Sent as `BiddingStrategy`.
    pub bidding_strategy: CpmBannerCampaignStrategyAdd,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<CpmBannerCampaignSetting>>,
    /// Optional. Sent as `CounterIds`.
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// Optional. Sent as `FrequencyCap`.
    pub frequency_cap: ::core::option::Option<FrequencyCapSetting>,
    /// Optional. Sent as `VideoTarget`.
    pub video_target: ::core::option::Option<super::general::VideoTargetEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignAddItem {
    /// A `CpmBannerCampaignAddItem` with its required fields (`BiddingStrategy`); the others start absent.
    pub fn new(bidding_strategy: CpmBannerCampaignStrategyAdd) -> Self {
        Self {
            bidding_strategy,
            settings: ::core::option::Option::None,
            counter_ids: ::core::option::Option::None,
            frequency_cap: ::core::option::Option::None,
            video_target: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmBannerCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FrequencyCap`.
    #[inline]
    #[must_use]
    pub fn with_frequency_cap(mut self, value: FrequencyCapSetting) -> Self {
        self.frequency_cap = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoTarget`.
    #[inline]
    #[must_use]
    pub fn with_video_target(mut self, value: super::general::VideoTargetEnum) -> Self {
        self.video_target = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignAddItem::smart_campaign`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignAddItem {
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<SmartCampaignStrategyAdd>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<SmartCampaignSetting>>,
    /// Required. Sent as `CounterId`.
    pub counter_id: i64,
    /// Optional. Sent as `PriorityGoals`.
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// Optional. Sent as `TrackingParams`.
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: ::core::option::Option<
        SmartCampaignPackageBiddingStrategyAdd,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignAddItem {
    /// A `SmartCampaignAddItem` with its required fields (`CounterId`); the others start absent.
    pub fn new(counter_id: i64) -> Self {
        Self {
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            counter_id,
            priority_goals: ::core::option::Option::None,
            tracking_params: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            package_bidding_strategy: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: SmartCampaignStrategyAdd) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = ::core::option::Option::Some(value.into());
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
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: SmartCampaignPackageBiddingStrategyAdd,
    ) -> Self {
        self.package_bidding_strategy = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AddRequest::campaigns`. Extends `CampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignAddItem {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Notification`.
    pub notification: ::core::option::Option<Notification>,
    /// Optional. Sent as `TimeZone`.
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Required. Sent as `StartDate`.
    pub start_date: ::std::string::String,
    /// Optional. Sent as `DailyBudget`.
    pub daily_budget: ::core::option::Option<DailyBudget>,
    /// Optional. Sent as `EndDate`.
    pub end_date: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `NegativeKeywords`.
    pub negative_keywords: ::core::option::Option<super::general::ArrayOfString>,
    /// Optional. Sent as `BlockedIps`.
    pub blocked_ips: ::core::option::Option<super::general::ArrayOfString>,
    /// Optional. Sent as `ExcludedSites`.
    pub excluded_sites: ::core::option::Option<super::general::ArrayOfString>,
    /// Optional. Sent as `TextCampaign`.
    pub text_campaign: ::core::option::Option<TextCampaignAddItem>,
    /// Optional. Sent as `UnifiedCampaign`.
    pub unified_campaign: ::core::option::Option<UnifiedCampaignAddItem>,
    /// Optional. Sent as `MobileAppCampaign`.
    pub mobile_app_campaign: ::core::option::Option<MobileAppCampaignAddItem>,
    /// Optional. Sent as `DynamicTextCampaign`.
    pub dynamic_text_campaign: ::core::option::Option<DynamicTextCampaignAddItem>,
    /// Optional. Sent as `CpmBannerCampaign`.
    pub cpm_banner_campaign: ::core::option::Option<CpmBannerCampaignAddItem>,
    /// Optional. Sent as `SmartCampaign`.
    pub smart_campaign: ::core::option::Option<SmartCampaignAddItem>,
    /// Optional. Sent as `TimeTargeting`.
    pub time_targeting: ::core::option::Option<TimeTargetingAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignAddItem {
    /// A `CampaignAddItem` with its required fields (`Name`, `StartDate`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        start_date: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_info: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            time_zone: ::core::option::Option::None,
            name: name.into(),
            start_date: start_date.into(),
            daily_budget: ::core::option::Option::None,
            end_date: ::core::option::Option::None,
            negative_keywords: ::core::option::Option::None,
            blocked_ips: ::core::option::Option::None,
            excluded_sites: ::core::option::Option::None,
            text_campaign: ::core::option::Option::None,
            unified_campaign: ::core::option::Option::None,
            mobile_app_campaign: ::core::option::Option::None,
            dynamic_text_campaign: ::core::option::Option::None,
            cpm_banner_campaign: ::core::option::Option::None,
            smart_campaign: ::core::option::Option::None,
            time_targeting: ::core::option::Option::None,
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
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(mut self, value: Notification) -> Self {
        self.notification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeZone`.
    #[inline]
    #[must_use]
    pub fn with_time_zone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_zone = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `DailyBudget`.
    #[inline]
    #[must_use]
    pub fn with_daily_budget(mut self, value: DailyBudget) -> Self {
        self.daily_budget = ::core::option::Option::Some(value);
        self
    }
    /// Sets `EndDate`.
    #[inline]
    #[must_use]
    pub fn with_end_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BlockedIps`.
    #[inline]
    #[must_use]
    pub fn with_blocked_ips(mut self, value: super::general::ArrayOfString) -> Self {
        self.blocked_ips = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExcludedSites`.
    #[inline]
    #[must_use]
    pub fn with_excluded_sites(mut self, value: super::general::ArrayOfString) -> Self {
        self.excluded_sites = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextCampaign`.
    #[inline]
    #[must_use]
    pub fn with_text_campaign(mut self, value: TextCampaignAddItem) -> Self {
        self.text_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedCampaign`.
    #[inline]
    #[must_use]
    pub fn with_unified_campaign(mut self, value: UnifiedCampaignAddItem) -> Self {
        self.unified_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCampaign`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_campaign(mut self, value: MobileAppCampaignAddItem) -> Self {
        self.mobile_app_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextCampaign`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_campaign(
        mut self,
        value: DynamicTextCampaignAddItem,
    ) -> Self {
        self.dynamic_text_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_campaign(mut self, value: CpmBannerCampaignAddItem) -> Self {
        self.cpm_banner_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartCampaign`.
    #[inline]
    #[must_use]
    pub fn with_smart_campaign(mut self, value: SmartCampaignAddItem) -> Self {
        self.smart_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeTargeting`.
    #[inline]
    #[must_use]
    pub fn with_time_targeting(mut self, value: TimeTargetingAdd) -> Self {
        self.time_targeting = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignUpdateItem::text_campaign`. Extends `TextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RelevantKeywords`.
    pub relevant_keywords: rt::Nullable<RelevantKeywordsSetting>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<TextCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<TextCampaignSetting>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<TextCampaignPackageBiddingStrategyUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignUpdateItem {
    /// An empty `TextCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            relevant_keywords: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `RelevantKeywords`.
    #[inline]
    #[must_use]
    pub fn with_relevant_keywords(mut self, value: RelevantKeywordsSetting) -> Self {
        self.relevant_keywords = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: TextCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsUpdateSetting) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: TextCampaignPackageBiddingStrategyUpdate,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignUpdateItem::unified_campaign`. Extends `UnifiedCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<UnifiedCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<UnifiedCampaignSetting>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<
        UnifiedCampaignPackageBiddingStrategyUpdate,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignUpdateItem {
    /// An empty `UnifiedCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: UnifiedCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<UnifiedCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsUpdateSetting) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: UnifiedCampaignPackageBiddingStrategyUpdate,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignUpdateItem::mobile_app_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignUpdateItem {
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<MobileAppCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<MobileAppCampaignSetting>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignUpdateItem {
    /// An empty `MobileAppCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: MobileAppCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignUpdateItem::dynamic_text_campaign`. Extends `DynamicTextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<DynamicTextCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<DynamicTextCampaignSetting>>,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<::std::vec::Vec<PlacementType>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<
        DynamicTextCampaignPackageBiddingStrategyUpdate,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignUpdateItem {
    /// An empty `DynamicTextCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            placement_types: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: DynamicTextCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<PlacementType>,
        >,
    ) -> Self {
        self.placement_types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsUpdateSetting) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: DynamicTextCampaignPackageBiddingStrategyUpdate,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignUpdateItem::cpm_banner_campaign`. Extends `CpmBannerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FrequencyCap`.
    pub frequency_cap: rt::Nullable<FrequencyCapSetting>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<CpmBannerCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<CpmBannerCampaignSetting>>,
    /// Optional. Sent as `VideoTarget`.
    pub video_target: ::core::option::Option<super::general::VideoTargetEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignUpdateItem {
    /// An empty `CpmBannerCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            frequency_cap: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            video_target: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `FrequencyCap`.
    #[inline]
    #[must_use]
    pub fn with_frequency_cap(mut self, value: FrequencyCapSetting) -> Self {
        self.frequency_cap = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: CpmBannerCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmBannerCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `VideoTarget`.
    #[inline]
    #[must_use]
    pub fn with_video_target(mut self, value: super::general::VideoTargetEnum) -> Self {
        self.video_target = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignUpdateItem::smart_campaign`. Extends `SmartCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignUpdateItem {
    /// Optional. Sent as `CounterId`.
    pub counter_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<SmartCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<SmartCampaignSetting>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<
        SmartCampaignPackageBiddingStrategyUpdate,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignUpdateItem {
    /// An empty `SmartCampaignUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_id: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterId`.
    #[inline]
    #[must_use]
    pub fn with_counter_id(mut self, value: i64) -> Self {
        self.counter_id = ::core::option::Option::Some(value);
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
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: SmartCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartCampaignSetting>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsUpdateSetting) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: SmartCampaignPackageBiddingStrategyUpdate,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
}
/// Used in `UpdateRequest::campaigns`. Extends `CampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignUpdateItem {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Notification`.
    pub notification: ::core::option::Option<Notification>,
    /// Optional. Sent as `TimeZone`.
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `StartDate`.
    pub start_date: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DailyBudget`.
    pub daily_budget: rt::Nullable<DailyBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EndDate`.
    pub end_date: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywords`.
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BlockedIps`.
    pub blocked_ips: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExcludedSites`.
    pub excluded_sites: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `TextCampaign`.
    pub text_campaign: ::core::option::Option<TextCampaignUpdateItem>,
    /// Optional. Sent as `UnifiedCampaign`.
    pub unified_campaign: ::core::option::Option<UnifiedCampaignUpdateItem>,
    /// Optional. Sent as `MobileAppCampaign`.
    pub mobile_app_campaign: ::core::option::Option<MobileAppCampaignUpdateItem>,
    /// Optional. Sent as `DynamicTextCampaign`.
    pub dynamic_text_campaign: ::core::option::Option<DynamicTextCampaignUpdateItem>,
    /// Optional. Sent as `CpmBannerCampaign`.
    pub cpm_banner_campaign: ::core::option::Option<CpmBannerCampaignUpdateItem>,
    /// Optional. Sent as `SmartCampaign`.
    pub smart_campaign: ::core::option::Option<SmartCampaignUpdateItem>,
    /// Optional. Sent as `TimeTargeting`.
    pub time_targeting: ::core::option::Option<TimeTargeting>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignUpdateItem {
    /// A `CampaignUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            client_info: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            time_zone: ::core::option::Option::None,
            id,
            name: ::core::option::Option::None,
            start_date: ::core::option::Option::None,
            daily_budget: rt::Nullable::Absent,
            end_date: rt::Nullable::Absent,
            negative_keywords: rt::Nullable::Absent,
            blocked_ips: rt::Nullable::Absent,
            excluded_sites: rt::Nullable::Absent,
            text_campaign: ::core::option::Option::None,
            unified_campaign: ::core::option::Option::None,
            mobile_app_campaign: ::core::option::Option::None,
            dynamic_text_campaign: ::core::option::Option::None,
            cpm_banner_campaign: ::core::option::Option::None,
            smart_campaign: ::core::option::Option::None,
            time_targeting: ::core::option::Option::None,
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
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(mut self, value: Notification) -> Self {
        self.notification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeZone`.
    #[inline]
    #[must_use]
    pub fn with_time_zone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_zone = ::core::option::Option::Some(value.into());
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
    /// Sets `StartDate`.
    #[inline]
    #[must_use]
    pub fn with_start_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `DailyBudget`.
    #[inline]
    #[must_use]
    pub fn with_daily_budget(mut self, value: DailyBudget) -> Self {
        self.daily_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `EndDate`.
    #[inline]
    #[must_use]
    pub fn with_end_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = rt::Nullable::Value(value);
        self
    }
    /// Sets `BlockedIps`.
    #[inline]
    #[must_use]
    pub fn with_blocked_ips(mut self, value: super::general::ArrayOfString) -> Self {
        self.blocked_ips = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExcludedSites`.
    #[inline]
    #[must_use]
    pub fn with_excluded_sites(mut self, value: super::general::ArrayOfString) -> Self {
        self.excluded_sites = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextCampaign`.
    #[inline]
    #[must_use]
    pub fn with_text_campaign(mut self, value: TextCampaignUpdateItem) -> Self {
        self.text_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedCampaign`.
    #[inline]
    #[must_use]
    pub fn with_unified_campaign(mut self, value: UnifiedCampaignUpdateItem) -> Self {
        self.unified_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCampaign`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_campaign(
        mut self,
        value: MobileAppCampaignUpdateItem,
    ) -> Self {
        self.mobile_app_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextCampaign`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_campaign(
        mut self,
        value: DynamicTextCampaignUpdateItem,
    ) -> Self {
        self.dynamic_text_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_campaign(
        mut self,
        value: CpmBannerCampaignUpdateItem,
    ) -> Self {
        self.cpm_banner_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartCampaign`.
    #[inline]
    #[must_use]
    pub fn with_smart_campaign(mut self, value: SmartCampaignUpdateItem) -> Self {
        self.smart_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeTargeting`.
    #[inline]
    #[must_use]
    pub fn with_time_targeting(mut self, value: TimeTargeting) -> Self {
        self.time_targeting = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `CampaignGetItem::text_campaign`. Extends `TextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RelevantKeywords`.
    pub relevant_keywords: rt::Nullable<RelevantKeywordsSetting>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<TextCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<TextCampaignSettingGet>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<TextCampaignPackageBiddingStrategyGet>,
    /// Optional. Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    pub can_be_used_as_package_bidding_strategy_source: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextCampaignGetItem {
    /// An empty `TextCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            relevant_keywords: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            can_be_used_as_package_bidding_strategy_source: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `RelevantKeywords`.
    #[inline]
    #[must_use]
    pub fn with_relevant_keywords(mut self, value: RelevantKeywordsSetting) -> Self {
        self.relevant_keywords = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: TextCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextCampaignSettingGet>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: TextCampaignPackageBiddingStrategyGet,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
    /// Sets `CanBeUsedAsPackageBiddingStrategySource`.
    #[inline]
    #[must_use]
    pub fn with_can_be_used_as_package_bidding_strategy_source(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.can_be_used_as_package_bidding_strategy_source = ::core::option::Option::Some(
            value,
        );
        self
    }
}
/// Used in `CampaignGetItem::unified_campaign`. Extends `UnifiedCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<UnifiedCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<UnifiedCampaignSettingGet>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<UnifiedCampaignPackageBiddingStrategyGet>,
    /// Optional. Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    pub can_be_used_as_package_bidding_strategy_source: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UnifiedCampaignGetItem {
    /// An empty `UnifiedCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            can_be_used_as_package_bidding_strategy_source: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: UnifiedCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<UnifiedCampaignSettingGet>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: UnifiedCampaignPackageBiddingStrategyGet,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
    /// Sets `CanBeUsedAsPackageBiddingStrategySource`.
    #[inline]
    #[must_use]
    pub fn with_can_be_used_as_package_bidding_strategy_source(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.can_be_used_as_package_bidding_strategy_source = ::core::option::Option::Some(
            value,
        );
        self
    }
}
/// Used in `CampaignGetItem::mobile_app_campaign`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignGetItem {
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<MobileAppCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<MobileAppCampaignSettingGet>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<
        MobileAppCampaignPackageBiddingStrategyGet,
    >,
    /// Optional. Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    pub can_be_used_as_package_bidding_strategy_source: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCampaignGetItem {
    /// An empty `MobileAppCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            package_bidding_strategy: rt::Nullable::Absent,
            can_be_used_as_package_bidding_strategy_source: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: MobileAppCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppCampaignSettingGet>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: MobileAppCampaignPackageBiddingStrategyGet,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
    /// Sets `CanBeUsedAsPackageBiddingStrategySource`.
    #[inline]
    #[must_use]
    pub fn with_can_be_used_as_package_bidding_strategy_source(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.can_be_used_as_package_bidding_strategy_source = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignGetItem::dynamic_text_campaign`. Extends `DynamicTextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywordSharedSetIds`.
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<DynamicTextCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<DynamicTextCampaignSettingGet>>,
    /// Optional. Sent as `PlacementTypes`.
    pub placement_types: ::core::option::Option<PlacementTypeArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<
        DynamicTextCampaignPackageBiddingStrategyGet,
    >,
    /// Optional. Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    pub can_be_used_as_package_bidding_strategy_source: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextCampaignGetItem {
    /// An empty `DynamicTextCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            attribution_model: ::core::option::Option::None,
            negative_keyword_shared_set_ids: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            placement_types: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            can_be_used_as_package_bidding_strategy_source: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
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
    /// Sets `NegativeKeywordSharedSetIds`.
    #[inline]
    #[must_use]
    pub fn with_negative_keyword_shared_set_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.negative_keyword_shared_set_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: DynamicTextCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextCampaignSettingGet>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PlacementTypes`.
    #[inline]
    #[must_use]
    pub fn with_placement_types(mut self, value: PlacementTypeArray) -> Self {
        self.placement_types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: DynamicTextCampaignPackageBiddingStrategyGet,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
    /// Sets `CanBeUsedAsPackageBiddingStrategySource`.
    #[inline]
    #[must_use]
    pub fn with_can_be_used_as_package_bidding_strategy_source(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.can_be_used_as_package_bidding_strategy_source = ::core::option::Option::Some(
            value,
        );
        self
    }
}
/// Used in `CampaignGetItem::cpm_banner_campaign`. Extends `CpmBannerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CounterIds`.
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FrequencyCap`.
    pub frequency_cap: rt::Nullable<FrequencyCapSetting>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<CpmBannerCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<CpmBannerCampaignSettingGet>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VideoTarget`.
    pub video_target: rt::Nullable<super::general::VideoTargetEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerCampaignGetItem {
    /// An empty `CpmBannerCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_ids: rt::Nullable::Absent,
            frequency_cap: rt::Nullable::Absent,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            video_target: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterIds`.
    #[inline]
    #[must_use]
    pub fn with_counter_ids(mut self, value: super::general::ArrayOfInteger) -> Self {
        self.counter_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `FrequencyCap`.
    #[inline]
    #[must_use]
    pub fn with_frequency_cap(mut self, value: FrequencyCapSetting) -> Self {
        self.frequency_cap = rt::Nullable::Value(value);
        self
    }
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: CpmBannerCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmBannerCampaignSettingGet>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `VideoTarget`.
    #[inline]
    #[must_use]
    pub fn with_video_target(mut self, value: super::general::VideoTargetEnum) -> Self {
        self.video_target = rt::Nullable::Value(value);
        self
    }
}
/// Used in `CampaignGetItem::smart_campaign`. Extends `SmartCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignGetItem {
    /// Optional. Sent as `CounterId`.
    pub counter_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AttributionModel`.
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// Optional. Sent as `BiddingStrategy`.
    pub bidding_strategy: ::core::option::Option<SmartCampaignStrategy>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<SmartCampaignSettingGet>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingParams`.
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriorityGoals`.
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PackageBiddingStrategy`.
    pub package_bidding_strategy: rt::Nullable<SmartCampaignPackageBiddingStrategyGet>,
    /// Optional. Sent as `CanBeUsedAsPackageBiddingStrategySource`.
    pub can_be_used_as_package_bidding_strategy_source: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartCampaignGetItem {
    /// An empty `SmartCampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            counter_id: ::core::option::Option::None,
            attribution_model: ::core::option::Option::None,
            bidding_strategy: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tracking_params: rt::Nullable::Absent,
            priority_goals: rt::Nullable::Absent,
            package_bidding_strategy: rt::Nullable::Absent,
            can_be_used_as_package_bidding_strategy_source: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CounterId`.
    #[inline]
    #[must_use]
    pub fn with_counter_id(mut self, value: i64) -> Self {
        self.counter_id = ::core::option::Option::Some(value);
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
    /// Sets `BiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_bidding_strategy(mut self, value: SmartCampaignStrategy) -> Self {
        self.bidding_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartCampaignSettingGet>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TrackingParams`.
    #[inline]
    #[must_use]
    pub fn with_tracking_params(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_params = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriorityGoals`.
    #[inline]
    #[must_use]
    pub fn with_priority_goals(mut self, value: PriorityGoalsArray) -> Self {
        self.priority_goals = rt::Nullable::Value(value);
        self
    }
    /// Sets `PackageBiddingStrategy`.
    #[inline]
    #[must_use]
    pub fn with_package_bidding_strategy(
        mut self,
        value: SmartCampaignPackageBiddingStrategyGet,
    ) -> Self {
        self.package_bidding_strategy = rt::Nullable::Value(value);
        self
    }
    /// Sets `CanBeUsedAsPackageBiddingStrategySource`.
    #[inline]
    #[must_use]
    pub fn with_can_be_used_as_package_bidding_strategy_source(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.can_be_used_as_package_bidding_strategy_source = ::core::option::Option::Some(
            value,
        );
        self
    }
}
/// Used in `GetResponse::campaigns`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignGetItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ClientInfo`.
    pub client_info: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Notification`.
    pub notification: rt::Nullable<Notification>,
    /// Optional. Sent as `TimeZone`.
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `StartDate`.
    pub start_date: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<CampaignTypeGetEnum>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<CampaignStateGetEnum>,
    /// Optional. Sent as `StatusPayment`.
    pub status_payment: ::core::option::Option<CampaignStatusPaymentEnum>,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SourceId`.
    pub source_id: rt::Nullable<i64>,
    /// Optional. Sent as `Statistics`.
    pub statistics: ::core::option::Option<super::general::Statistics>,
    /// Optional. Sent as `Currency`.
    pub currency: ::core::option::Option<super::general::CurrencyEnum>,
    /// Optional. Sent as `Funds`.
    pub funds: ::core::option::Option<FundsParam>,
    /// Optional. Sent as `RepresentedBy`.
    pub represented_by: ::core::option::Option<CampaignAssistant>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DailyBudget`.
    pub daily_budget: rt::Nullable<DailyBudget>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EndDate`.
    pub end_date: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `NegativeKeywords`.
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BlockedIps`.
    pub blocked_ips: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExcludedSites`.
    pub excluded_sites: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `TextCampaign`.
    pub text_campaign: ::core::option::Option<TextCampaignGetItem>,
    /// Optional. Sent as `UnifiedCampaign`.
    pub unified_campaign: ::core::option::Option<UnifiedCampaignGetItem>,
    /// Optional. Sent as `MobileAppCampaign`.
    pub mobile_app_campaign: ::core::option::Option<MobileAppCampaignGetItem>,
    /// Optional. Sent as `DynamicTextCampaign`.
    pub dynamic_text_campaign: ::core::option::Option<DynamicTextCampaignGetItem>,
    /// Optional. Sent as `CpmBannerCampaign`.
    pub cpm_banner_campaign: ::core::option::Option<CpmBannerCampaignGetItem>,
    /// Optional. Sent as `SmartCampaign`.
    pub smart_campaign: ::core::option::Option<SmartCampaignGetItem>,
    /// Optional. Sent as `TimeTargeting`.
    pub time_targeting: ::core::option::Option<TimeTargeting>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignGetItem {
    /// An empty `CampaignGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            client_info: rt::Nullable::Absent,
            notification: rt::Nullable::Absent,
            time_zone: ::core::option::Option::None,
            id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            start_date: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            status: ::core::option::Option::None,
            state: ::core::option::Option::None,
            status_payment: ::core::option::Option::None,
            status_clarification: ::core::option::Option::None,
            source_id: rt::Nullable::Absent,
            statistics: ::core::option::Option::None,
            currency: ::core::option::Option::None,
            funds: ::core::option::Option::None,
            represented_by: ::core::option::Option::None,
            daily_budget: rt::Nullable::Absent,
            end_date: rt::Nullable::Absent,
            negative_keywords: rt::Nullable::Absent,
            blocked_ips: rt::Nullable::Absent,
            excluded_sites: rt::Nullable::Absent,
            text_campaign: ::core::option::Option::None,
            unified_campaign: ::core::option::Option::None,
            mobile_app_campaign: ::core::option::Option::None,
            dynamic_text_campaign: ::core::option::Option::None,
            cpm_banner_campaign: ::core::option::Option::None,
            smart_campaign: ::core::option::Option::None,
            time_targeting: ::core::option::Option::None,
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
        self.client_info = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(mut self, value: Notification) -> Self {
        self.notification = rt::Nullable::Value(value);
        self
    }
    /// Sets `TimeZone`.
    #[inline]
    #[must_use]
    pub fn with_time_zone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_zone = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
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
    /// Sets `StartDate`.
    #[inline]
    #[must_use]
    pub fn with_start_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: CampaignTypeGetEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: CampaignStateGetEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusPayment`.
    #[inline]
    #[must_use]
    pub fn with_status_payment(mut self, value: CampaignStatusPaymentEnum) -> Self {
        self.status_payment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_clarification = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SourceId`.
    #[inline]
    #[must_use]
    pub fn with_source_id(mut self, value: i64) -> Self {
        self.source_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `Statistics`.
    #[inline]
    #[must_use]
    pub fn with_statistics(mut self, value: super::general::Statistics) -> Self {
        self.statistics = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(mut self, value: super::general::CurrencyEnum) -> Self {
        self.currency = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Funds`.
    #[inline]
    #[must_use]
    pub fn with_funds(mut self, value: FundsParam) -> Self {
        self.funds = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RepresentedBy`.
    #[inline]
    #[must_use]
    pub fn with_represented_by(mut self, value: CampaignAssistant) -> Self {
        self.represented_by = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DailyBudget`.
    #[inline]
    #[must_use]
    pub fn with_daily_budget(mut self, value: DailyBudget) -> Self {
        self.daily_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `EndDate`.
    #[inline]
    #[must_use]
    pub fn with_end_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `NegativeKeywords`.
    #[inline]
    #[must_use]
    pub fn with_negative_keywords(
        mut self,
        value: super::general::ArrayOfString,
    ) -> Self {
        self.negative_keywords = rt::Nullable::Value(value);
        self
    }
    /// Sets `BlockedIps`.
    #[inline]
    #[must_use]
    pub fn with_blocked_ips(mut self, value: super::general::ArrayOfString) -> Self {
        self.blocked_ips = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExcludedSites`.
    #[inline]
    #[must_use]
    pub fn with_excluded_sites(mut self, value: super::general::ArrayOfString) -> Self {
        self.excluded_sites = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextCampaign`.
    #[inline]
    #[must_use]
    pub fn with_text_campaign(mut self, value: TextCampaignGetItem) -> Self {
        self.text_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `UnifiedCampaign`.
    #[inline]
    #[must_use]
    pub fn with_unified_campaign(mut self, value: UnifiedCampaignGetItem) -> Self {
        self.unified_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCampaign`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_campaign(mut self, value: MobileAppCampaignGetItem) -> Self {
        self.mobile_app_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextCampaign`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_campaign(
        mut self,
        value: DynamicTextCampaignGetItem,
    ) -> Self {
        self.dynamic_text_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerCampaign`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_campaign(mut self, value: CpmBannerCampaignGetItem) -> Self {
        self.cpm_banner_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartCampaign`.
    #[inline]
    #[must_use]
    pub fn with_smart_campaign(mut self, value: SmartCampaignGetItem) -> Self {
        self.smart_campaign = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimeTargeting`.
    #[inline]
    #[must_use]
    pub fn with_time_targeting(mut self, value: TimeTargeting) -> Self {
        self.time_targeting = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignsSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<CampaignTypeEnum>>,
    /// Optional. Sent as `States`.
    pub states: ::core::option::Option<::std::vec::Vec<CampaignStateEnum>>,
    /// Optional. Sent as `Statuses`.
    pub statuses: ::core::option::Option<::std::vec::Vec<CampaignStatusSelectionEnum>>,
    /// Optional. Sent as `StatusesPayment`.
    pub statuses_payment: ::core::option::Option<
        ::std::vec::Vec<CampaignStatusPaymentEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignsSelectionCriteria {
    /// An empty `CampaignsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            states: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            statuses_payment: ::core::option::Option::None,
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
            Item = impl ::core::convert::Into<CampaignTypeEnum>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignStateEnum>,
        >,
    ) -> Self {
        self.states = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Statuses`.
    #[inline]
    #[must_use]
    pub fn with_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignStatusSelectionEnum>,
        >,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `StatusesPayment`.
    #[inline]
    #[must_use]
    pub fn with_statuses_payment(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignStatusPaymentEnum>,
        >,
    ) -> Self {
        self.statuses_payment = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Campaigns.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<CampaignsSelectionCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<CampaignFieldEnum>,
    /// Optional. Sent as `TextCampaignFieldNames`.
    pub text_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<TextCampaignFieldEnum>,
    >,
    /// Optional. Sent as `TextCampaignSearchStrategyPlacementTypesFieldNames`.
    pub text_campaign_search_strategy_placement_types_field_names: ::core::option::Option<
        ::std::vec::Vec<TextCampaignSearchStrategyPlacementTypesFieldEnum>,
    >,
    /// Optional. Sent as `MobileAppCampaignFieldNames`.
    pub mobile_app_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppCampaignFieldEnum>,
    >,
    /// Optional. Sent as `DynamicTextCampaignFieldNames`.
    pub dynamic_text_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextCampaignFieldEnum>,
    >,
    /// Optional. Sent as `DynamicTextCampaignSearchStrategyPlacementTypesFieldNames`.
    pub dynamic_text_campaign_search_strategy_placement_types_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum>,
    >,
    /// Optional. Sent as `CpmBannerCampaignFieldNames`.
    pub cpm_banner_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmBannerCampaignFieldEnum>,
    >,
    /// Optional. Sent as `SmartCampaignFieldNames`.
    pub smart_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartCampaignFieldEnum>,
    >,
    /// Optional. Sent as `UnifiedCampaignFieldNames`.
    pub unified_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<UnifiedCampaignFieldEnum>,
    >,
    /// Optional. Sent as `UnifiedCampaignSearchStrategyPlacementTypesFieldNames`.
    pub unified_campaign_search_strategy_placement_types_field_names: ::core::option::Option<
        ::std::vec::Vec<UnifiedCampaignSearchStrategyPlacementTypesFieldEnum>,
    >,
    /// Optional. Sent as `UnifiedCampaignPackageBiddingStrategyPlatformsFieldNames`.
    pub unified_campaign_package_bidding_strategy_platforms_field_names: ::core::option::Option<
        ::std::vec::Vec<UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            text_campaign_field_names: ::core::option::Option::None,
            text_campaign_search_strategy_placement_types_field_names: ::core::option::Option::None,
            mobile_app_campaign_field_names: ::core::option::Option::None,
            dynamic_text_campaign_field_names: ::core::option::Option::None,
            dynamic_text_campaign_search_strategy_placement_types_field_names: ::core::option::Option::None,
            cpm_banner_campaign_field_names: ::core::option::Option::None,
            smart_campaign_field_names: ::core::option::Option::None,
            unified_campaign_field_names: ::core::option::Option::None,
            unified_campaign_search_strategy_placement_types_field_names: ::core::option::Option::None,
            unified_campaign_package_bidding_strategy_platforms_field_names: ::core::option::Option::None,
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
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(mut self, value: CampaignsSelectionCriteria) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextCampaignFieldEnum>,
        >,
    ) -> Self {
        self.text_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextCampaignSearchStrategyPlacementTypesFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_campaign_search_strategy_placement_types_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                TextCampaignSearchStrategyPlacementTypesFieldEnum,
            >,
        >,
    ) -> Self {
        self.text_campaign_search_strategy_placement_types_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `MobileAppCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppCampaignFieldEnum>,
        >,
    ) -> Self {
        self.mobile_app_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DynamicTextCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextCampaignFieldEnum>,
        >,
    ) -> Self {
        self.dynamic_text_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DynamicTextCampaignSearchStrategyPlacementTypesFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_campaign_search_strategy_placement_types_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum,
            >,
        >,
    ) -> Self {
        self.dynamic_text_campaign_search_strategy_placement_types_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CpmBannerCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmBannerCampaignFieldEnum>,
        >,
    ) -> Self {
        self.cpm_banner_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SmartCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartCampaignFieldEnum>,
        >,
    ) -> Self {
        self.smart_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `UnifiedCampaignFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_unified_campaign_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<UnifiedCampaignFieldEnum>,
        >,
    ) -> Self {
        self.unified_campaign_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `UnifiedCampaignSearchStrategyPlacementTypesFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_unified_campaign_search_strategy_placement_types_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                UnifiedCampaignSearchStrategyPlacementTypesFieldEnum,
            >,
        >,
    ) -> Self {
        self.unified_campaign_search_strategy_placement_types_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `UnifiedCampaignPackageBiddingStrategyPlatformsFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_unified_campaign_package_bidding_strategy_platforms_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum,
            >,
        >,
    ) -> Self {
        self.unified_campaign_package_bidding_strategy_platforms_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `Campaigns.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Campaigns`.
    pub campaigns: ::core::option::Option<::std::vec::Vec<CampaignGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            campaigns: ::core::option::Option::None,
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
    /// Sets `Campaigns`.
    #[inline]
    #[must_use]
    pub fn with_campaigns(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignGetItem>,
        >,
    ) -> Self {
        self.campaigns = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Campaigns.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Campaigns`.
    pub campaigns: ::std::vec::Vec<CampaignAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Campaigns`); the others start absent.
    pub fn new(
        campaigns: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignAddItem>,
        >,
    ) -> Self {
        Self {
            campaigns: campaigns.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Campaigns.add`.
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
/// The `params` of `Campaigns.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Campaigns`.
    pub campaigns: ::std::vec::Vec<CampaignUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Campaigns`); the others start absent.
    pub fn new(
        campaigns: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CampaignUpdateItem>,
        >,
    ) -> Self {
        Self {
            campaigns: campaigns.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Campaigns.update`.
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
/// The `params` of `Campaigns.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `Campaigns.delete`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Optional. Sent as `DeleteResults`.
    pub delete_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// An empty `DeleteResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            delete_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `DeleteResults`.
    #[inline]
    #[must_use]
    pub fn with_delete_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.delete_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Campaigns.archive`.
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
/// The `result` of `Campaigns.archive`.
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
/// The `params` of `Campaigns.unarchive`.
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
/// The `result` of `Campaigns.unarchive`.
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
/// The `params` of `Campaigns.suspend`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SuspendRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `Campaigns.suspend`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SuspendResponse {
    /// Optional. Sent as `SuspendResults`.
    pub suspend_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SuspendResponse {
    /// An empty `SuspendResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            suspend_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SuspendResults`.
    #[inline]
    #[must_use]
    pub fn with_suspend_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.suspend_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Campaigns.resume`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResumeRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `Campaigns.resume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResumeResponse {
    /// Optional. Sent as `ResumeResults`.
    pub resume_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResumeResponse {
    /// An empty `ResumeResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            resume_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ResumeResults`.
    #[inline]
    #[must_use]
    pub fn with_resume_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.resume_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
