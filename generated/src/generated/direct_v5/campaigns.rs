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
/// `SmsEventsEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmsEventsEnum {
    /// `MONITORING`
    Monitoring,
    /// `MODERATION`
    Moderation,
    /// `MONEY_IN`
    MoneyIn,
    /// `MONEY_OUT`
    MoneyOut,
    /// `FINISHED`
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
/// `PlacementTypesEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlacementTypesEnum {
    /// `SEARCH_RESULTS`
    SearchResults,
    /// `PRODUCT_GALLERY`
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
/// `PlacementType` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlacementType {
    /// `Type`: `PlacementTypesEnum` (required).
    pub type_: PlacementTypesEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `PlacementTypeArray` (`schema/direct_v5/campaigns.json`): a list written as `{"Items": [...]}`.
pub type PlacementTypeArray = rt::Items<PlacementType>;
/// `CampaignStatusSelectionEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStatusSelectionEnum {
    /// `ACCEPTED`
    Accepted,
    /// `DRAFT`
    Draft,
    /// `MODERATION`
    Moderation,
    /// `REJECTED`
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
/// `CampaignStateEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStateEnum {
    /// `ARCHIVED`
    Archived,
    /// `CONVERTED`
    Converted,
    /// `ENDED`
    Ended,
    /// `OFF`
    Off,
    /// `ON`
    On,
    /// `SUSPENDED`
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
/// `CampaignStateGetEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStateGetEnum {
    /// `ARCHIVED`
    Archived,
    /// `CONVERTED`
    Converted,
    /// `ENDED`
    Ended,
    /// `OFF`
    Off,
    /// `ON`
    On,
    /// `SUSPENDED`
    Suspended,
    /// `UNKNOWN`
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
/// `CampaignStatusPaymentEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignStatusPaymentEnum {
    /// `DISALLOWED`
    Disallowed,
    /// `ALLOWED`
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
/// `RelevantKeywordsModeEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelevantKeywordsModeEnum {
    /// `MINIMUM`
    Minimum,
    /// `OPTIMAL`
    Optimal,
    /// `MAXIMUM`
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
/// `DailyBudgetModeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DailyBudgetModeEnum {
    /// `STANDARD`
    Standard,
    /// `DISTRIBUTED`
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
/// `CampaignFundsEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignFundsEnum {
    /// `CAMPAIGN_FUNDS`
    CampaignFunds,
    /// `SHARED_ACCOUNT_FUNDS`
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
/// `CampaignTypeEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignTypeEnum {
    /// `TEXT_CAMPAIGN`
    TextCampaign,
    /// `MOBILE_APP_CAMPAIGN`
    MobileAppCampaign,
    /// `DYNAMIC_TEXT_CAMPAIGN`
    DynamicTextCampaign,
    /// `CPM_BANNER_CAMPAIGN`
    CpmBannerCampaign,
    /// `SMART_CAMPAIGN`
    SmartCampaign,
    /// `UNIFIED_CAMPAIGN`
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
/// `CampaignTypeGetEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignTypeGetEnum {
    /// `TEXT_CAMPAIGN`
    TextCampaign,
    /// `MOBILE_APP_CAMPAIGN`
    MobileAppCampaign,
    /// `DYNAMIC_TEXT_CAMPAIGN`
    DynamicTextCampaign,
    /// `CPM_BANNER_CAMPAIGN`
    CpmBannerCampaign,
    /// `SMART_CAMPAIGN`
    SmartCampaign,
    /// `UNIFIED_CAMPAIGN`
    UnifiedCampaign,
    /// `UNKNOWN`
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
/// `CampaignFieldEnum`: one of 22 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignFieldEnum {
    /// `BlockedIps`
    BlockedIps,
    /// `ExcludedSites`
    ExcludedSites,
    /// `Currency`
    Currency,
    /// `DailyBudget`
    DailyBudget,
    /// `Notification`
    Notification,
    /// `EndDate`
    EndDate,
    /// `Funds`
    Funds,
    /// `ClientInfo`
    ClientInfo,
    /// `Id`
    Id,
    /// `Name`
    Name,
    /// `NegativeKeywords`
    NegativeKeywords,
    /// `RepresentedBy`
    RepresentedBy,
    /// `StartDate`
    StartDate,
    /// `Statistics`
    Statistics,
    /// `State`
    State,
    /// `Status`
    Status,
    /// `StatusPayment`
    StatusPayment,
    /// `StatusClarification`
    StatusClarification,
    /// `SourceId`
    SourceId,
    /// `TimeTargeting`
    TimeTargeting,
    /// `TimeZone`
    TimeZone,
    /// `Type`
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
/// `TextCampaignFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignFieldEnum {
    /// `CounterIds`
    CounterIds,
    /// `RelevantKeywords`
    RelevantKeywords,
    /// `Settings`
    Settings,
    /// `BiddingStrategy`
    BiddingStrategy,
    /// `PriorityGoals`
    PriorityGoals,
    /// `TrackingParams`
    TrackingParams,
    /// `AttributionModel`
    AttributionModel,
    /// `PackageBiddingStrategy`
    PackageBiddingStrategy,
    /// `CanBeUsedAsPackageBiddingStrategySource`
    CanBeUsedAsPackageBiddingStrategySource,
    /// `NegativeKeywordSharedSetIds`
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
/// `TextCampaignSearchStrategyPlacementTypesFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSearchStrategyPlacementTypesFieldEnum {
    /// `SearchResults`
    SearchResults,
    /// `ProductGallery`
    ProductGallery,
    /// `DynamicPlaces`
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
/// `UnifiedCampaignFieldEnum`: one of 9 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignFieldEnum {
    /// `CounterIds`
    CounterIds,
    /// `Settings`
    Settings,
    /// `BiddingStrategy`
    BiddingStrategy,
    /// `PriorityGoals`
    PriorityGoals,
    /// `TrackingParams`
    TrackingParams,
    /// `AttributionModel`
    AttributionModel,
    /// `PackageBiddingStrategy`
    PackageBiddingStrategy,
    /// `CanBeUsedAsPackageBiddingStrategySource`
    CanBeUsedAsPackageBiddingStrategySource,
    /// `NegativeKeywordSharedSetIds`
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
/// `UnifiedCampaignSearchStrategyPlacementTypesFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSearchStrategyPlacementTypesFieldEnum {
    /// `SearchResults`
    SearchResults,
    /// `ProductGallery`
    ProductGallery,
    /// `DynamicPlaces`
    DynamicPlaces,
    /// `Maps`
    Maps,
    /// `SearchOrganizationList`
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
/// `UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum {
    /// `SearchResult`
    SearchResult,
    /// `ProductGallery`
    ProductGallery,
    /// `Maps`
    Maps,
    /// `SearchOrganizationList`
    SearchOrganizationList,
    /// `Network`
    Network,
    /// `DynamicPlaces`
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
/// `MobileAppCampaignFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignFieldEnum {
    /// `Settings`
    Settings,
    /// `BiddingStrategy`
    BiddingStrategy,
    /// `PackageBiddingStrategy`
    PackageBiddingStrategy,
    /// `CanBeUsedAsPackageBiddingStrategySource`
    CanBeUsedAsPackageBiddingStrategySource,
    /// `NegativeKeywordSharedSetIds`
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
/// `DynamicTextCampaignFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignFieldEnum {
    /// `PlacementTypes`
    PlacementTypes,
    /// `CounterIds`
    CounterIds,
    /// `Settings`
    Settings,
    /// `BiddingStrategy`
    BiddingStrategy,
    /// `PriorityGoals`
    PriorityGoals,
    /// `TrackingParams`
    TrackingParams,
    /// `AttributionModel`
    AttributionModel,
    /// `PackageBiddingStrategy`
    PackageBiddingStrategy,
    /// `CanBeUsedAsPackageBiddingStrategySource`
    CanBeUsedAsPackageBiddingStrategySource,
    /// `NegativeKeywordSharedSetIds`
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
/// `DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum {
    /// `SearchResults`
    SearchResults,
    /// `ProductGallery`
    ProductGallery,
    /// `DynamicPlaces`
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
/// `CpmBannerCampaignFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignFieldEnum {
    /// `CounterIds`
    CounterIds,
    /// `FrequencyCap`
    FrequencyCap,
    /// `VideoTarget`
    VideoTarget,
    /// `Settings`
    Settings,
    /// `BiddingStrategy`
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
/// `SmartCampaignFieldEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignFieldEnum {
    /// `CounterId`
    CounterId,
    /// `Settings`
    Settings,
    /// `BiddingStrategy`
    BiddingStrategy,
    /// `PriorityGoals`
    PriorityGoals,
    /// `TrackingParams`
    TrackingParams,
    /// `AttributionModel`
    AttributionModel,
    /// `PackageBiddingStrategy`
    PackageBiddingStrategy,
    /// `CanBeUsedAsPackageBiddingStrategySource`
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
/// `TextCampaignSearchStrategyTypeEnum`: one of 16 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSearchStrategyTypeEnum {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `HIGHEST_POSITION`
    HighestPosition,
    /// `IMPRESSIONS_BELOW_SEARCH`
    ImpressionsBelowSearch,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `WEEKLY_CLICK_PACKAGE`
    WeeklyClickPackage,
    /// `AVERAGE_ROI`
    AverageRoi,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `AVERAGE_CPA_MULTIPLE_GOALS`
    AverageCpaMultipleGoals,
    /// `PAY_FOR_CONVERSION_MULTIPLE_GOALS`
    PayForConversionMultipleGoals,
    /// `MAX_PROFIT`
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
/// `UnifiedCampaignSearchStrategyTypeEnum`: one of 13 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSearchStrategyTypeEnum {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `HIGHEST_POSITION`
    HighestPosition,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `AVERAGE_CPA_MULTIPLE_GOALS`
    AverageCpaMultipleGoals,
    /// `PAY_FOR_CONVERSION_MULTIPLE_GOALS`
    PayForConversionMultipleGoals,
    /// `MAX_PROFIT`
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
/// `TextCampaignNetworkStrategyTypeEnum`: one of 16 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignNetworkStrategyTypeEnum {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `MAXIMUM_COVERAGE`
    MaximumCoverage,
    /// `NETWORK_DEFAULT`
    NetworkDefault,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `WEEKLY_CLICK_PACKAGE`
    WeeklyClickPackage,
    /// `AVERAGE_ROI`
    AverageRoi,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `AVERAGE_CPA_MULTIPLE_GOALS`
    AverageCpaMultipleGoals,
    /// `PAY_FOR_CONVERSION_MULTIPLE_GOALS`
    PayForConversionMultipleGoals,
    /// `MAX_PROFIT`
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
/// `UnifiedCampaignNetworkStrategyTypeEnum`: one of 13 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignNetworkStrategyTypeEnum {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `NETWORK_DEFAULT`
    NetworkDefault,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `AVERAGE_CPA_MULTIPLE_GOALS`
    AverageCpaMultipleGoals,
    /// `PAY_FOR_CONVERSION_MULTIPLE_GOALS`
    PayForConversionMultipleGoals,
    /// `MAX_PROFIT`
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
/// `MobileAppCampaignSearchStrategyTypeEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignSearchStrategyTypeEnum {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPI`
    AverageCpi,
    /// `WB_MAXIMUM_APP_INSTALLS`
    WbMaximumAppInstalls,
    /// `HIGHEST_POSITION`
    HighestPosition,
    /// `IMPRESSIONS_BELOW_SEARCH`
    ImpressionsBelowSearch,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `WEEKLY_CLICK_PACKAGE`
    WeeklyClickPackage,
    /// `PAY_FOR_INSTALL`
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
/// `MobileAppCampaignNetworkStrategyTypeEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignNetworkStrategyTypeEnum {
    /// `NETWORK_DEFAULT`
    NetworkDefault,
    /// `MAXIMUM_COVERAGE`
    MaximumCoverage,
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPI`
    AverageCpi,
    /// `WB_MAXIMUM_APP_INSTALLS`
    WbMaximumAppInstalls,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `WEEKLY_CLICK_PACKAGE`
    WeeklyClickPackage,
    /// `PAY_FOR_INSTALL`
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
/// `DynamicTextCampaignSearchStrategyTypeEnum`: one of 13 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSearchStrategyTypeEnum {
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `HIGHEST_POSITION`
    HighestPosition,
    /// `IMPRESSIONS_BELOW_SEARCH`
    ImpressionsBelowSearch,
    /// `UNKNOWN`
    Unknown,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `WEEKLY_CLICK_PACKAGE`
    WeeklyClickPackage,
    /// `AVERAGE_ROI`
    AverageRoi,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `SERVING_OFF`
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
/// `DynamicTextCampaignNetworkStrategyTypeEnum`: one of 13 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignNetworkStrategyTypeEnum {
    /// `NETWORK_DEFAULT`
    NetworkDefault,
    /// `MAXIMUM_COVERAGE`
    MaximumCoverage,
    /// `WB_MAXIMUM_CONVERSION_RATE`
    WbMaximumConversionRate,
    /// `WB_MAXIMUM_CLICKS`
    WbMaximumClicks,
    /// `AVERAGE_CPC`
    AverageCpc,
    /// `AVERAGE_CPA`
    AverageCpa,
    /// `PAY_FOR_CONVERSION`
    PayForConversion,
    /// `AVERAGE_ROI`
    AverageRoi,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `WEEKLY_CLICK_PACKAGE`
    WeeklyClickPackage,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
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
/// `CpmBannerCampaignSearchStrategyTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignSearchStrategyTypeEnum {
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
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
/// `CpmBannerCampaignNetworkStrategyTypeEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignNetworkStrategyTypeEnum {
    /// `MANUAL_CPM`
    ManualCpm,
    /// `WB_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS`
    WbDecreasedPriceForRepeatedImpressions,
    /// `CP_DECREASED_PRICE_FOR_REPEATED_IMPRESSIONS`
    CpDecreasedPriceForRepeatedImpressions,
    /// `WB_MAXIMUM_IMPRESSIONS`
    WbMaximumImpressions,
    /// `CP_MAXIMUM_IMPRESSIONS`
    CpMaximumImpressions,
    /// `WB_AVERAGE_CPV`
    WbAverageCpv,
    /// `CP_AVERAGE_CPV`
    CpAverageCpv,
    /// `UNKNOWN`
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
/// `SmartCampaignSearchStrategyTypeEnum`: one of 11 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignSearchStrategyTypeEnum {
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
    /// `AVERAGE_ROI`
    AverageRoi,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
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
/// `SmartCampaignNetworkStrategyTypeEnum`: one of 12 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignNetworkStrategyTypeEnum {
    /// `NETWORK_DEFAULT`
    NetworkDefault,
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
    /// `AVERAGE_ROI`
    AverageRoi,
    /// `AVERAGE_CRR`
    AverageCrr,
    /// `PAY_FOR_CONVERSION_CRR`
    PayForConversionCrr,
    /// `SERVING_OFF`
    ServingOff,
    /// `UNKNOWN`
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
/// `TextCampaignSettingsEnum`: one of 17 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSettingsEnum {
    /// `EXCLUDE_PAUSED_COMPETING_ADS`
    ExcludePausedCompetingAds,
    /// `ADD_OPENSTAT_TAG`
    AddOpenstatTag,
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `ENABLE_BEHAVIORAL_TARGETING`
    EnableBehavioralTargeting,
    /// `ENABLE_AUTOFOCUS`
    EnableAutofocus,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `ENABLE_RELATED_KEYWORDS`
    EnableRelatedKeywords,
    /// `ENABLE_EXTENDED_AD_TITLE`
    EnableExtendedAdTitle,
    /// `MAINTAIN_NETWORK_CPC`
    MaintainNetworkCpc,
    /// `ENABLE_COMPANY_INFO`
    EnableCompanyInfo,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
    CampaignExactPhraseMatchingEnabled,
    /// `ALTERNATIVE_TEXTS_ENABLED`
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
/// `TextCampaignSettingsGetEnum`: one of 19 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextCampaignSettingsGetEnum {
    /// `EXCLUDE_PAUSED_COMPETING_ADS`
    ExcludePausedCompetingAds,
    /// `ADD_OPENSTAT_TAG`
    AddOpenstatTag,
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `ENABLE_BEHAVIORAL_TARGETING`
    EnableBehavioralTargeting,
    /// `ENABLE_AUTOFOCUS`
    EnableAutofocus,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `ENABLE_RELATED_KEYWORDS`
    EnableRelatedKeywords,
    /// `ENABLE_EXTENDED_AD_TITLE`
    EnableExtendedAdTitle,
    /// `MAINTAIN_NETWORK_CPC`
    MaintainNetworkCpc,
    /// `ENABLE_COMPANY_INFO`
    EnableCompanyInfo,
    /// `SHARED_ACCOUNT_ENABLED`
    SharedAccountEnabled,
    /// `DAILY_BUDGET_ALLOWED`
    DailyBudgetAllowed,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
    CampaignExactPhraseMatchingEnabled,
    /// `ALTERNATIVE_TEXTS_ENABLED`
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
/// `UnifiedCampaignSettingsEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSettingsEnum {
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `ENABLE_COMPANY_INFO`
    EnableCompanyInfo,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
    CampaignExactPhraseMatchingEnabled,
    /// `ALTERNATIVE_TEXTS_ENABLED`
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
/// `UnifiedCampaignSettingsGetEnum`: one of 9 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnifiedCampaignSettingsGetEnum {
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `ENABLE_COMPANY_INFO`
    EnableCompanyInfo,
    /// `SHARED_ACCOUNT_ENABLED`
    SharedAccountEnabled,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
    CampaignExactPhraseMatchingEnabled,
    /// `ALTERNATIVE_TEXTS_ENABLED`
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
/// `MobileAppCampaignSettingsEnum`: one of 9 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignSettingsEnum {
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_BEHAVIORAL_TARGETING`
    EnableBehavioralTargeting,
    /// `ENABLE_AUTOFOCUS`
    EnableAutofocus,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `MAINTAIN_NETWORK_CPC`
    MaintainNetworkCpc,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
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
/// `MobileAppCampaignSettingsGetEnum`: one of 11 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCampaignSettingsGetEnum {
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_BEHAVIORAL_TARGETING`
    EnableBehavioralTargeting,
    /// `ENABLE_AUTOFOCUS`
    EnableAutofocus,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `MAINTAIN_NETWORK_CPC`
    MaintainNetworkCpc,
    /// `SHARED_ACCOUNT_ENABLED`
    SharedAccountEnabled,
    /// `DAILY_BUDGET_ALLOWED`
    DailyBudgetAllowed,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
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
/// `DynamicTextCampaignSettingsEnum`: one of 12 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSettingsEnum {
    /// `ADD_OPENSTAT_TAG`
    AddOpenstatTag,
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `ENABLE_BEHAVIORAL_TARGETING`
    EnableBehavioralTargeting,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `ENABLE_EXTENDED_AD_TITLE`
    EnableExtendedAdTitle,
    /// `ENABLE_COMPANY_INFO`
    EnableCompanyInfo,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
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
/// `DynamicTextCampaignSettingsGetEnum`: one of 14 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextCampaignSettingsGetEnum {
    /// `ADD_OPENSTAT_TAG`
    AddOpenstatTag,
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `ENABLE_BEHAVIORAL_TARGETING`
    EnableBehavioralTargeting,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `ENABLE_EXTENDED_AD_TITLE`
    EnableExtendedAdTitle,
    /// `ENABLE_COMPANY_INFO`
    EnableCompanyInfo,
    /// `SHARED_ACCOUNT_ENABLED`
    SharedAccountEnabled,
    /// `DAILY_BUDGET_ALLOWED`
    DailyBudgetAllowed,
    /// `CAMPAIGN_EXACT_PHRASE_MATCHING_ENABLED`
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
/// `CpmBannerCampaignSettingsEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignSettingsEnum {
    /// `ADD_OPENSTAT_TAG`
    AddOpenstatTag,
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `REQUIRE_SERVICING`
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
/// `CpmBannerCampaignSettingsGetEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerCampaignSettingsGetEnum {
    /// `ADD_OPENSTAT_TAG`
    AddOpenstatTag,
    /// `ADD_METRICA_TAG`
    AddMetricaTag,
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `ENABLE_SITE_MONITORING`
    EnableSiteMonitoring,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `SHARED_ACCOUNT_ENABLED`
    SharedAccountEnabled,
    /// `DAILY_BUDGET_ALLOWED`
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
/// `SmartCampaignSettingsEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignSettingsEnum {
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `REQUIRE_SERVICING`
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
/// `SmartCampaignSettingsGetEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartCampaignSettingsGetEnum {
    /// `ADD_TO_FAVORITES`
    AddToFavorites,
    /// `ENABLE_AREA_OF_INTEREST_TARGETING`
    EnableAreaOfInterestTargeting,
    /// `ENABLE_CURRENT_AREA_TARGETING`
    EnableCurrentAreaTargeting,
    /// `ENABLE_REGULAR_AREA_TARGETING`
    EnableRegularAreaTargeting,
    /// `REQUIRE_SERVICING`
    RequireServicing,
    /// `SHARED_ACCOUNT_ENABLED`
    SharedAccountEnabled,
    /// `DAILY_BUDGET_ALLOWED`
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
/// `TextCampaignSearchStrategyPlacementTypes` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignSearchStrategyPlacementTypes {
    /// `SearchResults`: `general:YesNoEnum` (optional).
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// `ProductGallery`: `general:YesNoEnum` (optional).
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// `DynamicPlaces`: `general:YesNoEnum` (optional).
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
/// `TextCampaignPlatforms` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignPlatforms {
    /// `SearchResult`: `general:YesNoEnum` (required).
    pub search_result: super::general::YesNoEnum,
    /// `ProductGallery`: `general:YesNoEnum` (required).
    pub product_gallery: super::general::YesNoEnum,
    /// `Network`: `general:YesNoEnum` (required).
    pub network: super::general::YesNoEnum,
    /// `DynamicPlaces`: `general:YesNoEnum` (optional).
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
/// `UnifiedCampaignSearchStrategyPlacementTypes` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignSearchStrategyPlacementTypes {
    /// `SearchResults`: `general:YesNoEnum` (optional).
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// `ProductGallery`: `general:YesNoEnum` (optional).
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// `DynamicPlaces`: `general:YesNoEnum` (optional).
    pub dynamic_places: ::core::option::Option<super::general::YesNoEnum>,
    /// `Maps`: `general:YesNoEnum` (optional).
    pub maps: ::core::option::Option<super::general::YesNoEnum>,
    /// `SearchOrganizationList`: `general:YesNoEnum` (optional).
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
/// `UnifiedCampaignPlatforms` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignPlatforms {
    /// `SearchResult`: `general:YesNoEnum` (required).
    pub search_result: super::general::YesNoEnum,
    /// `ProductGallery`: `general:YesNoEnum` (required).
    pub product_gallery: super::general::YesNoEnum,
    /// `Maps`: `general:YesNoEnum` (optional).
    pub maps: ::core::option::Option<super::general::YesNoEnum>,
    /// `SearchOrganizationList`: `general:YesNoEnum` (optional).
    pub search_organization_list: ::core::option::Option<super::general::YesNoEnum>,
    /// `Network`: `general:YesNoEnum` (required).
    pub network: super::general::YesNoEnum,
    /// `DynamicPlaces`: `general:YesNoEnum` (optional).
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
/// `SmartCampaignPlatforms` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignPlatforms {
    /// `Search`: `general:YesNoEnum` (required).
    pub search: super::general::YesNoEnum,
    /// `Network`: `general:YesNoEnum` (required).
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
/// `PackageBiddingStrategyGetBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PackageBiddingStrategyGetBase {
    /// `StrategyId`: `xsd:long` (required).
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
/// `PackageBiddingStrategyAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PackageBiddingStrategyAddBase {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
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
/// `PackageBiddingStrategyUpdateBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PackageBiddingStrategyUpdateBase {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
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
/// `TextCampaignPackageBiddingStrategyGet` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignPackageBiddingStrategyGet {
    /// `StrategyId`: `xsd:long` (required).
    pub strategy_id: i64,
    /// `Platforms`: `TextCampaignPlatforms` (required).
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
/// `UnifiedCampaignPackageBiddingStrategyGet` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignPackageBiddingStrategyGet {
    /// `StrategyId`: `xsd:long` (required).
    pub strategy_id: i64,
    /// `Platforms`: `UnifiedCampaignPlatforms` (required).
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
/// `TextCampaignPackageBiddingStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignPackageBiddingStrategyAdd {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// `Platforms`: `TextCampaignPlatforms` (required).
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
/// `UnifiedCampaignPackageBiddingStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignPackageBiddingStrategyAdd {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// `Platforms`: `UnifiedCampaignPlatforms` (required).
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
/// `TextCampaignPackageBiddingStrategyUpdate` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignPackageBiddingStrategyUpdate {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// `Platforms`: `TextCampaignPlatforms` (optional).
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
/// `UnifiedCampaignPackageBiddingStrategyUpdate` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignPackageBiddingStrategyUpdate {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// `Platforms`: `UnifiedCampaignPlatforms` (optional).
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
/// `DynamicTextCampaignPackageBiddingStrategyGet` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignPackageBiddingStrategyGet {
    /// `StrategyId`: `xsd:long` (required).
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
/// `DynamicTextCampaignPackageBiddingStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignPackageBiddingStrategyAdd {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
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
/// `DynamicTextCampaignPackageBiddingStrategyUpdate` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignPackageBiddingStrategyUpdate {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
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
/// `SmartCampaignPackageBiddingStrategyGet` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignPackageBiddingStrategyGet {
    /// `StrategyId`: `xsd:long` (required).
    pub strategy_id: i64,
    /// `Platforms`: `SmartCampaignPlatforms` (required).
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
/// `SmartCampaignPackageBiddingStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignPackageBiddingStrategyAdd {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// `Platforms`: `SmartCampaignPlatforms` (required).
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
/// `SmartCampaignPackageBiddingStrategyUpdate` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignPackageBiddingStrategyUpdate {
    /// `StrategyId`: `xsd:long` (optional).
    pub strategy_id: ::core::option::Option<i64>,
    /// `StrategyFromCampaignId`: `xsd:long` (optional).
    pub strategy_from_campaign_id: ::core::option::Option<i64>,
    /// `Platforms`: `SmartCampaignPlatforms` (optional).
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
/// `MobileAppCampaignPackageBiddingStrategyGet` (`schema/direct_v5/campaigns.json`). Extends `PackageBiddingStrategyGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignPackageBiddingStrategyGet {
    /// `StrategyId`: `xsd:long` (required).
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
/// `StrategyWeeklyBudgetBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyWeeklyBudgetBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
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
/// `StrategyMaximumClicks` (`schema/direct_v5/campaigns.json`). Extends `StrategyWeeklyBudgetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicks {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
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
/// `StrategyMaximumConversionRate` (`schema/direct_v5/campaigns.json`). Extends `StrategyWeeklyBudgetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRate {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
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
/// `StrategyMaximumAppInstalls` (`schema/direct_v5/campaigns.json`). Extends `StrategyWeeklyBudgetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumAppInstalls {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
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
/// `StrategyAverageCpc` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpc {
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
/// `StrategyAverageCpa` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpa {
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
/// `StrategyPayForConversion` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversion {
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
/// `StrategyAverageCpi` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpi {
    /// `AverageCpi`: `xsd:long` (optional).
    pub average_cpi: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
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
/// `StrategyPayForInstall` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForInstall {
    /// `AverageCpi`: `xsd:long` (optional).
    pub average_cpi: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
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
/// `StrategyAverageCpaPerCampaign` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaign {
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
/// `StrategyPayForConversionPerCampaign` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaign {
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
/// `StrategyPayForConversionPerFilter` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilter {
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
/// `StrategyAverageCpaPerFilter` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilter {
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
/// `StrategyAverageCpcPerCampaign` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaign {
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
/// `StrategyAverageCpcPerFilter` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilter {
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
/// `StrategyAverageRoi` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageRoi {
    /// `ReserveReturn`: `xsd:int` (optional).
    pub reserve_return: ::core::option::Option<i32>,
    /// `RoiCoef`: `xsd:long` (optional).
    pub roi_coef: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<i64>,
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
    pub bid_ceiling: rt::Nullable<i64>,
    /// `Profitability`: `xsd:long` (optional, nillable).
    pub profitability: rt::Nullable<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional, nillable).
    pub exploration_budget: rt::Nullable<ExplorationBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
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
/// `StrategyAverageCrr` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCrr {
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
/// `StrategyPayForConversionCrr` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrr {
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
/// `StrategyWeeklyClickPackage` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyWeeklyClickPackage {
    /// `ClicksPerWeek`: `xsd:long` (optional).
    pub clicks_per_week: ::core::option::Option<i64>,
    /// `AverageCpc`: `xsd:long` (optional, nillable).
    pub average_cpc: rt::Nullable<i64>,
    /// `BidCeiling`: `xsd:long` (optional, nillable).
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
/// `StrategyMaxProfit` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfit {
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
/// `StrategyAverageCpaMultipleGoals` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoals {
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
/// `StrategyPayForConversionMultipleGoals` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoals {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
    pub weekly_spend_limit: rt::Nullable<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional, nillable).
    pub custom_period_budget: rt::Nullable<CustomPeriodBudget>,
    /// `BudgetType`: `BudgetTypeEnum` (optional).
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
/// `StrategyNetworkDefault` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyNetworkDefault {
    /// `LimitPercent`: `xsd:int` (optional).
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
/// `StrategyHighestPosition` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyHighestPosition {
    /// `WeeklySpendLimit`: `xsd:long` (optional, nillable).
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
/// `StrategyManualCpm` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyManualCpm {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
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
/// `StrategyMaximumImpressionsBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumImpressionsBase {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyWbMaximumImpressions` (`schema/direct_v5/campaigns.json`). Extends `StrategyMaximumImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbMaximumImpressions {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyCpMaximumImpressions` (`schema/direct_v5/campaigns.json`). Extends `StrategyMaximumImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpMaximumImpressions {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
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
/// `StrategyAverageCpvBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpvBase {
    /// `AverageCpv`: `xsd:long` (required).
    pub average_cpv: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyWbAverageCpv` (`schema/direct_v5/campaigns.json`). Extends `StrategyAverageCpvBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbAverageCpv {
    /// `AverageCpv`: `xsd:long` (required).
    pub average_cpv: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyCpAverageCpv` (`schema/direct_v5/campaigns.json`). Extends `StrategyAverageCpvBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpAverageCpv {
    /// `AverageCpv`: `xsd:long` (required).
    pub average_cpv: i64,
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
/// `StrategyDecreasedPriceForRepeatedImpressionsBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyDecreasedPriceForRepeatedImpressionsBase {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyWbDecreasedPriceForRepeatedImpressions` (`schema/direct_v5/campaigns.json`). Extends `StrategyDecreasedPriceForRepeatedImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbDecreasedPriceForRepeatedImpressions {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyCpDecreasedPriceForRepeatedImpressions` (`schema/direct_v5/campaigns.json`). Extends `StrategyDecreasedPriceForRepeatedImpressionsBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpDecreasedPriceForRepeatedImpressions {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
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
/// `TextCampaignStrategyBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignStrategyBase {
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoals` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoals` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// `MaxProfit`: `StrategyMaxProfit` (optional).
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
/// `TextCampaignNetworkStrategy` (`schema/direct_v5/campaigns.json`). Extends `TextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignNetworkStrategy {
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoals` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoals` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// `MaxProfit`: `StrategyMaxProfit` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// `BiddingStrategyType`: `TextCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: TextCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefault` (optional).
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
/// `TextCampaignSearchStrategy` (`schema/direct_v5/campaigns.json`). Extends `TextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSearchStrategy {
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoals` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoals` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// `MaxProfit`: `StrategyMaxProfit` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// `BiddingStrategyType`: `TextCampaignSearchStrategyTypeEnum` (required).
    pub bidding_strategy_type: TextCampaignSearchStrategyTypeEnum,
    /// `PlacementTypes`: `TextCampaignSearchStrategyPlacementTypes` (optional).
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
/// `UnifiedCampaignStrategyBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategyBase {
    /// `HighestPosition`: `StrategyHighestPosition` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoals` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoals` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// `MaxProfit`: `StrategyMaxProfit` (optional).
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
/// `UnifiedCampaignNetworkStrategy` (`schema/direct_v5/campaigns.json`). Extends `UnifiedCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignNetworkStrategy {
    /// `HighestPosition`: `StrategyHighestPosition` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoals` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoals` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// `MaxProfit`: `StrategyMaxProfit` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// `BiddingStrategyType`: `UnifiedCampaignNetworkStrategyTypeEnum` (required).
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
/// `UnifiedCampaignSearchStrategy` (`schema/direct_v5/campaigns.json`). Extends `UnifiedCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSearchStrategy {
    /// `HighestPosition`: `StrategyHighestPosition` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoals` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoals,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoals` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoals,
    >,
    /// `MaxProfit`: `StrategyMaxProfit` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfit>,
    /// `BiddingStrategyType`: `UnifiedCampaignSearchStrategyTypeEnum` (required).
    pub bidding_strategy_type: UnifiedCampaignSearchStrategyTypeEnum,
    /// `PlacementTypes`: `UnifiedCampaignSearchStrategyPlacementTypes` (optional).
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
/// `MobileAppCampaignStrategyBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategyBase {
    /// `HighestPosition`: `StrategyHighestPosition` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumAppInstalls`: `StrategyMaximumAppInstalls` (optional).
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstalls>,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpi`: `StrategyAverageCpi` (optional).
    pub average_cpi: ::core::option::Option<StrategyAverageCpi>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `PayForInstall`: `StrategyPayForInstall` (optional).
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
/// `MobileAppCampaignSearchStrategy` (`schema/direct_v5/campaigns.json`). Extends `MobileAppCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSearchStrategy {
    /// `HighestPosition`: `StrategyHighestPosition` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumAppInstalls`: `StrategyMaximumAppInstalls` (optional).
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstalls>,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpi`: `StrategyAverageCpi` (optional).
    pub average_cpi: ::core::option::Option<StrategyAverageCpi>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `PayForInstall`: `StrategyPayForInstall` (optional).
    pub pay_for_install: ::core::option::Option<StrategyPayForInstall>,
    /// `BiddingStrategyType`: `MobileAppCampaignSearchStrategyTypeEnum` (required).
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
/// `MobileAppCampaignNetworkStrategy` (`schema/direct_v5/campaigns.json`). Extends `MobileAppCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignNetworkStrategy {
    /// `HighestPosition`: `StrategyHighestPosition` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPosition>,
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumAppInstalls`: `StrategyMaximumAppInstalls` (optional).
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstalls>,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpi`: `StrategyAverageCpi` (optional).
    pub average_cpi: ::core::option::Option<StrategyAverageCpi>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `PayForInstall`: `StrategyPayForInstall` (optional).
    pub pay_for_install: ::core::option::Option<StrategyPayForInstall>,
    /// `BiddingStrategyType`: `MobileAppCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: MobileAppCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefault` (optional).
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
/// `DynamicTextCampaignStrategyBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategyBase {
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
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
/// `DynamicTextCampaignSearchStrategyPlacementTypes` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategyPlacementTypes {
    /// `SearchResults`: `general:YesNoEnum` (optional).
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// `ProductGallery`: `general:YesNoEnum` (optional).
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// `DynamicPlaces`: `general:YesNoEnum` (optional).
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
/// `DynamicTextCampaignSearchStrategy` (`schema/direct_v5/campaigns.json`). Extends `DynamicTextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategy {
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `BiddingStrategyType`: `DynamicTextCampaignSearchStrategyTypeEnum` (required).
    pub bidding_strategy_type: DynamicTextCampaignSearchStrategyTypeEnum,
    /// `PlacementTypes`: `DynamicTextCampaignSearchStrategyPlacementTypes` (optional).
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
/// `DynamicTextCampaignNetworkStrategy` (`schema/direct_v5/campaigns.json`). Extends `DynamicTextCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignNetworkStrategy {
    /// `WbMaximumClicks`: `StrategyMaximumClicks` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicks>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRate` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRate,
    >,
    /// `AverageCpc`: `StrategyAverageCpc` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpc>,
    /// `AverageCpa`: `StrategyAverageCpa` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpa>,
    /// `PayForConversion`: `StrategyPayForConversion` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversion>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackage` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackage>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `BiddingStrategyType`: `DynamicTextCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: DynamicTextCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefault` (optional).
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
/// `CpmBannerCampaignSearchStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSearchStrategy {
    /// `BiddingStrategyType`: `CpmBannerCampaignSearchStrategyTypeEnum` (required).
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
/// `CpmBannerCampaignNetworkStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignNetworkStrategy {
    /// `BiddingStrategyType`: `CpmBannerCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: CpmBannerCampaignNetworkStrategyTypeEnum,
    /// `ManualCpm`: `StrategyManualCpm` (optional).
    pub manual_cpm: ::core::option::Option<StrategyManualCpm>,
    /// `WbMaximumImpressions`: `StrategyWbMaximumImpressions` (optional).
    pub wb_maximum_impressions: ::core::option::Option<StrategyWbMaximumImpressions>,
    /// `CpMaximumImpressions`: `StrategyCpMaximumImpressions` (optional).
    pub cp_maximum_impressions: ::core::option::Option<StrategyCpMaximumImpressions>,
    /// `WbDecreasedPriceForRepeatedImpressions`: `StrategyWbDecreasedPriceForRepeatedImpressions` (optional).
    pub wb_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyWbDecreasedPriceForRepeatedImpressions,
    >,
    /// `CpDecreasedPriceForRepeatedImpressions`: `StrategyCpDecreasedPriceForRepeatedImpressions` (optional).
    pub cp_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyCpDecreasedPriceForRepeatedImpressions,
    >,
    /// `WbAverageCpv`: `StrategyWbAverageCpv` (optional).
    pub wb_average_cpv: ::core::option::Option<StrategyWbAverageCpv>,
    /// `CpAverageCpv`: `StrategyCpAverageCpv` (optional).
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
/// `SmartCampaignStrategyBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignStrategyBase {
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaign` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<StrategyAverageCpcPerCampaign>,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilter` (optional).
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilter>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaign` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<StrategyAverageCpaPerCampaign>,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaign` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaign,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilter` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilter,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilter` (optional).
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilter>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
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
/// `SmartCampaignSearchStrategy` (`schema/direct_v5/campaigns.json`). Extends `SmartCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSearchStrategy {
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaign` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<StrategyAverageCpcPerCampaign>,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilter` (optional).
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilter>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaign` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<StrategyAverageCpaPerCampaign>,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaign` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaign,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilter` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilter,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilter` (optional).
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilter>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `BiddingStrategyType`: `SmartCampaignSearchStrategyTypeEnum` (required).
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
/// `SmartCampaignNetworkStrategy` (`schema/direct_v5/campaigns.json`). Extends `SmartCampaignStrategyBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignNetworkStrategy {
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaign` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<StrategyAverageCpcPerCampaign>,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilter` (optional).
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilter>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaign` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<StrategyAverageCpaPerCampaign>,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaign` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaign,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilter` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilter,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilter` (optional).
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilter>,
    /// `AverageRoi`: `StrategyAverageRoi` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoi>,
    /// `AverageCrr`: `StrategyAverageCrr` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrr>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrr` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrr>,
    /// `BiddingStrategyType`: `SmartCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: SmartCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefault` (optional).
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
/// `TextCampaignStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignStrategy {
    /// `Search`: `TextCampaignSearchStrategy` (optional).
    pub search: ::core::option::Option<TextCampaignSearchStrategy>,
    /// `Network`: `TextCampaignNetworkStrategy` (optional).
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
/// `UnifiedCampaignStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategy {
    /// `Search`: `UnifiedCampaignSearchStrategy` (optional).
    pub search: ::core::option::Option<UnifiedCampaignSearchStrategy>,
    /// `Network`: `UnifiedCampaignNetworkStrategy` (optional).
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
/// `MobileAppCampaignStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategy {
    /// `Search`: `MobileAppCampaignSearchStrategy` (optional).
    pub search: ::core::option::Option<MobileAppCampaignSearchStrategy>,
    /// `Network`: `MobileAppCampaignNetworkStrategy` (optional).
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
/// `DynamicTextCampaignStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategy {
    /// `Search`: `DynamicTextCampaignSearchStrategy` (optional).
    pub search: ::core::option::Option<DynamicTextCampaignSearchStrategy>,
    /// `Network`: `DynamicTextCampaignNetworkStrategy` (optional).
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
/// `CpmBannerCampaignStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignStrategy {
    /// `Search`: `CpmBannerCampaignSearchStrategy` (optional).
    pub search: ::core::option::Option<CpmBannerCampaignSearchStrategy>,
    /// `Network`: `CpmBannerCampaignNetworkStrategy` (optional).
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
/// `SmartCampaignStrategy` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignStrategy {
    /// `Search`: `SmartCampaignSearchStrategy` (optional).
    pub search: ::core::option::Option<SmartCampaignSearchStrategy>,
    /// `Network`: `SmartCampaignNetworkStrategy` (optional).
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
/// `StrategyWeeklyBudgetAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyWeeklyBudgetAddBase {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `BidCeiling`: `xsd:long` (optional).
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
/// `StrategyMaximumClicksAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyWeeklyBudgetAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumClicksAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
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
/// `StrategyMaximumConversionRateAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyWeeklyBudgetAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumConversionRateAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
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
/// `StrategyMaximumAppInstallsAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyWeeklyBudgetAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaximumAppInstallsAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `BidCeiling`: `xsd:long` (optional).
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
/// `StrategyAverageCpcAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcAdd {
    /// `AverageCpc`: `xsd:long` (required).
    pub average_cpc: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
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
/// `StrategyAverageCpaAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaAdd {
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
/// `StrategyPayForConversionAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionAdd {
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
/// `StrategyAverageCpiAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpiAdd {
    /// `AverageCpi`: `xsd:long` (required).
    pub average_cpi: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `BidCeiling`: `xsd:long` (optional).
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
/// `StrategyPayForInstallAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForInstallAdd {
    /// `AverageCpi`: `xsd:long` (required).
    pub average_cpi: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
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
/// `StrategyAverageCpaPerCampaignAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerCampaignAdd {
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
/// `StrategyPayForConversionPerCampaignAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerCampaignAdd {
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
/// `StrategyPayForConversionPerFilterAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionPerFilterAdd {
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
/// `StrategyAverageCpaPerFilterAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpaPerFilterAdd {
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
/// `StrategyAverageCpcPerCampaignAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerCampaignAdd {
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
/// `StrategyAverageCpcPerFilterAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpcPerFilterAdd {
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
/// `StrategyAverageRoiAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageRoiAdd {
    /// `ReserveReturn`: `xsd:int` (required).
    pub reserve_return: i32,
    /// `RoiCoef`: `xsd:long` (required).
    pub roi_coef: i64,
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `BidCeiling`: `xsd:long` (optional).
    pub bid_ceiling: ::core::option::Option<i64>,
    /// `Profitability`: `xsd:long` (optional).
    pub profitability: ::core::option::Option<i64>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
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
/// `StrategyAverageCrrAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCrrAdd {
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
/// `StrategyPayForConversionCrrAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyPayForConversionCrrAdd {
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
/// `StrategyWeeklyClickPackageAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWeeklyClickPackageAdd {
    /// `ClicksPerWeek`: `xsd:long` (required).
    pub clicks_per_week: i64,
    /// `AverageCpc`: `xsd:long` (optional).
    pub average_cpc: ::core::option::Option<i64>,
    /// `BidCeiling`: `xsd:long` (optional).
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
/// `StrategyMaxProfitAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyMaxProfitAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
    pub custom_period_budget: ::core::option::Option<CustomPeriodBudget>,
    /// `ExplorationBudget`: `ExplorationBudget` (optional).
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
/// `StrategyAverageCpaMultipleGoalsAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyAverageCpaMultipleGoalsAdd {
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
/// `StrategyPayForConversionMultipleGoalsAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyPayForConversionMultipleGoalsAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
    pub weekly_spend_limit: ::core::option::Option<i64>,
    /// `CustomPeriodBudget`: `CustomPeriodBudget` (optional).
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
/// `StrategyNetworkDefaultAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyNetworkDefaultAdd {
    /// `LimitPercent`: `xsd:int` (optional).
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
/// `StrategyHighestPositionAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyHighestPositionAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
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
/// `StrategyManualCpmAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StrategyManualCpmAdd {
    /// `WeeklySpendLimit`: `xsd:long` (optional).
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
/// `StrategyMaximumImpressionsAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyMaximumImpressionsAddBase {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyWbMaximumImpressionsAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyMaximumImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbMaximumImpressionsAdd {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyCpMaximumImpressionsAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyMaximumImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpMaximumImpressionsAdd {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
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
/// `StrategyAverageCpvAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyAverageCpvAddBase {
    /// `AverageCpv`: `xsd:long` (required).
    pub average_cpv: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyWbAverageCpvAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyAverageCpvAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbAverageCpvAdd {
    /// `AverageCpv`: `xsd:long` (required).
    pub average_cpv: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyCpAverageCpvAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyAverageCpvAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpAverageCpvAdd {
    /// `AverageCpv`: `xsd:long` (required).
    pub average_cpv: i64,
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
/// `StrategyDecreasedPriceForRepeatedImpressionsAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyDecreasedPriceForRepeatedImpressionsAddBase {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyWbDecreasedPriceForRepeatedImpressionsAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyDecreasedPriceForRepeatedImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyWbDecreasedPriceForRepeatedImpressionsAdd {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
    /// `SpendLimit`: `xsd:long` (required).
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
/// `StrategyCpDecreasedPriceForRepeatedImpressionsAdd` (`schema/direct_v5/campaigns.json`). Extends `StrategyDecreasedPriceForRepeatedImpressionsAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StrategyCpDecreasedPriceForRepeatedImpressionsAdd {
    /// `AverageCpm`: `xsd:long` (required).
    pub average_cpm: i64,
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
/// `TextCampaignStrategyAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignStrategyAddBase {
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAdd` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAdd` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// `MaxProfit`: `StrategyMaxProfitAdd` (optional).
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
/// `TextCampaignNetworkStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `TextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignNetworkStrategyAdd {
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAdd` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAdd` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// `MaxProfit`: `StrategyMaxProfitAdd` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// `BiddingStrategyType`: `TextCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: TextCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefaultAdd` (optional).
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
/// `TextCampaignSearchStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `TextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSearchStrategyAdd {
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAdd` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAdd` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// `MaxProfit`: `StrategyMaxProfitAdd` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// `BiddingStrategyType`: `TextCampaignSearchStrategyTypeEnum` (required).
    pub bidding_strategy_type: TextCampaignSearchStrategyTypeEnum,
    /// `PlacementTypes`: `TextCampaignSearchStrategyPlacementTypes` (optional).
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
/// `UnifiedCampaignStrategyAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategyAddBase {
    /// `HighestPosition`: `StrategyHighestPositionAdd` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAdd` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAdd` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// `MaxProfit`: `StrategyMaxProfitAdd` (optional).
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
/// `UnifiedCampaignNetworkStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `UnifiedCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignNetworkStrategyAdd {
    /// `HighestPosition`: `StrategyHighestPositionAdd` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAdd` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAdd` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// `MaxProfit`: `StrategyMaxProfitAdd` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// `BiddingStrategyType`: `UnifiedCampaignNetworkStrategyTypeEnum` (required).
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
/// `UnifiedCampaignSearchStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `UnifiedCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSearchStrategyAdd {
    /// `HighestPosition`: `StrategyHighestPositionAdd` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `AverageCpaMultipleGoals`: `StrategyAverageCpaMultipleGoalsAdd` (optional).
    pub average_cpa_multiple_goals: ::core::option::Option<
        StrategyAverageCpaMultipleGoalsAdd,
    >,
    /// `PayForConversionMultipleGoals`: `StrategyPayForConversionMultipleGoalsAdd` (optional).
    pub pay_for_conversion_multiple_goals: ::core::option::Option<
        StrategyPayForConversionMultipleGoalsAdd,
    >,
    /// `MaxProfit`: `StrategyMaxProfitAdd` (optional).
    pub max_profit: ::core::option::Option<StrategyMaxProfitAdd>,
    /// `BiddingStrategyType`: `UnifiedCampaignSearchStrategyTypeEnum` (required).
    pub bidding_strategy_type: UnifiedCampaignSearchStrategyTypeEnum,
    /// `PlacementTypes`: `UnifiedCampaignSearchStrategyPlacementTypes` (optional).
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
/// `MobileAppCampaignStrategyAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategyAddBase {
    /// `HighestPosition`: `StrategyHighestPositionAdd` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumAppInstalls`: `StrategyMaximumAppInstallsAdd` (optional).
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstallsAdd>,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpi`: `StrategyAverageCpiAdd` (optional).
    pub average_cpi: ::core::option::Option<StrategyAverageCpiAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `PayForInstall`: `StrategyPayForInstallAdd` (optional).
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
/// `MobileAppCampaignSearchStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `MobileAppCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSearchStrategyAdd {
    /// `HighestPosition`: `StrategyHighestPositionAdd` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumAppInstalls`: `StrategyMaximumAppInstallsAdd` (optional).
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstallsAdd>,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpi`: `StrategyAverageCpiAdd` (optional).
    pub average_cpi: ::core::option::Option<StrategyAverageCpiAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `PayForInstall`: `StrategyPayForInstallAdd` (optional).
    pub pay_for_install: ::core::option::Option<StrategyPayForInstallAdd>,
    /// `BiddingStrategyType`: `MobileAppCampaignSearchStrategyTypeEnum` (required).
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
/// `MobileAppCampaignNetworkStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `MobileAppCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignNetworkStrategyAdd {
    /// `HighestPosition`: `StrategyHighestPositionAdd` (optional).
    pub highest_position: ::core::option::Option<StrategyHighestPositionAdd>,
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumAppInstalls`: `StrategyMaximumAppInstallsAdd` (optional).
    pub wb_maximum_app_installs: ::core::option::Option<StrategyMaximumAppInstallsAdd>,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpi`: `StrategyAverageCpiAdd` (optional).
    pub average_cpi: ::core::option::Option<StrategyAverageCpiAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `PayForInstall`: `StrategyPayForInstallAdd` (optional).
    pub pay_for_install: ::core::option::Option<StrategyPayForInstallAdd>,
    /// `BiddingStrategyType`: `MobileAppCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: MobileAppCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefaultAdd` (optional).
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
/// `DynamicTextCampaignStrategyAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategyAddBase {
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
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
/// `DynamicTextCampaignSearchStrategyPlacementTypesAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategyPlacementTypesAdd {
    /// `SearchResults`: `general:YesNoEnum` (optional).
    pub search_results: ::core::option::Option<super::general::YesNoEnum>,
    /// `ProductGallery`: `general:YesNoEnum` (optional).
    pub product_gallery: ::core::option::Option<super::general::YesNoEnum>,
    /// `DynamicPlaces`: `general:YesNoEnum` (optional).
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
/// `DynamicTextCampaignSearchStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `DynamicTextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSearchStrategyAdd {
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `BiddingStrategyType`: `DynamicTextCampaignSearchStrategyTypeEnum` (required).
    pub bidding_strategy_type: DynamicTextCampaignSearchStrategyTypeEnum,
    /// `PlacementTypes`: `DynamicTextCampaignSearchStrategyPlacementTypesAdd` (optional).
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
/// `DynamicTextCampaignNetworkStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `DynamicTextCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignNetworkStrategyAdd {
    /// `WbMaximumClicks`: `StrategyMaximumClicksAdd` (optional).
    pub wb_maximum_clicks: ::core::option::Option<StrategyMaximumClicksAdd>,
    /// `WbMaximumConversionRate`: `StrategyMaximumConversionRateAdd` (optional).
    pub wb_maximum_conversion_rate: ::core::option::Option<
        StrategyMaximumConversionRateAdd,
    >,
    /// `AverageCpc`: `StrategyAverageCpcAdd` (optional).
    pub average_cpc: ::core::option::Option<StrategyAverageCpcAdd>,
    /// `AverageCpa`: `StrategyAverageCpaAdd` (optional).
    pub average_cpa: ::core::option::Option<StrategyAverageCpaAdd>,
    /// `PayForConversion`: `StrategyPayForConversionAdd` (optional).
    pub pay_for_conversion: ::core::option::Option<StrategyPayForConversionAdd>,
    /// `WeeklyClickPackage`: `StrategyWeeklyClickPackageAdd` (optional).
    pub weekly_click_package: ::core::option::Option<StrategyWeeklyClickPackageAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `BiddingStrategyType`: `DynamicTextCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: DynamicTextCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefaultAdd` (optional).
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
/// `CpmBannerCampaignSearchStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSearchStrategyAdd {
    /// `BiddingStrategyType`: `CpmBannerCampaignSearchStrategyTypeEnum` (required).
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
/// `CpmBannerCampaignNetworkStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignNetworkStrategyAdd {
    /// `BiddingStrategyType`: `CpmBannerCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: CpmBannerCampaignNetworkStrategyTypeEnum,
    /// `ManualCpm`: `StrategyManualCpmAdd` (optional).
    pub manual_cpm: ::core::option::Option<StrategyManualCpmAdd>,
    /// `WbMaximumImpressions`: `StrategyWbMaximumImpressionsAdd` (optional).
    pub wb_maximum_impressions: ::core::option::Option<StrategyWbMaximumImpressionsAdd>,
    /// `CpMaximumImpressions`: `StrategyCpMaximumImpressionsAdd` (optional).
    pub cp_maximum_impressions: ::core::option::Option<StrategyCpMaximumImpressionsAdd>,
    /// `WbDecreasedPriceForRepeatedImpressions`: `StrategyWbDecreasedPriceForRepeatedImpressionsAdd` (optional).
    pub wb_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyWbDecreasedPriceForRepeatedImpressionsAdd,
    >,
    /// `CpDecreasedPriceForRepeatedImpressions`: `StrategyCpDecreasedPriceForRepeatedImpressionsAdd` (optional).
    pub cp_decreased_price_for_repeated_impressions: ::core::option::Option<
        StrategyCpDecreasedPriceForRepeatedImpressionsAdd,
    >,
    /// `WbAverageCpv`: `StrategyWbAverageCpvAdd` (optional).
    pub wb_average_cpv: ::core::option::Option<StrategyWbAverageCpvAdd>,
    /// `CpAverageCpv`: `StrategyCpAverageCpvAdd` (optional).
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
/// `SmartCampaignStrategyAddBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignStrategyAddBase {
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaignAdd` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAdd,
    >,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilterAdd` (optional).
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilterAdd>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaignAdd` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAdd,
    >,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaignAdd` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAdd,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilterAdd` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAdd,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilterAdd` (optional).
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilterAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
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
/// `SmartCampaignSearchStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `SmartCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSearchStrategyAdd {
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaignAdd` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAdd,
    >,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilterAdd` (optional).
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilterAdd>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaignAdd` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAdd,
    >,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaignAdd` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAdd,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilterAdd` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAdd,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilterAdd` (optional).
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilterAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `BiddingStrategyType`: `SmartCampaignSearchStrategyTypeEnum` (required).
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
/// `SmartCampaignNetworkStrategyAdd` (`schema/direct_v5/campaigns.json`). Extends `SmartCampaignStrategyAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignNetworkStrategyAdd {
    /// `AverageCpcPerCampaign`: `StrategyAverageCpcPerCampaignAdd` (optional).
    pub average_cpc_per_campaign: ::core::option::Option<
        StrategyAverageCpcPerCampaignAdd,
    >,
    /// `AverageCpcPerFilter`: `StrategyAverageCpcPerFilterAdd` (optional).
    pub average_cpc_per_filter: ::core::option::Option<StrategyAverageCpcPerFilterAdd>,
    /// `AverageCpaPerCampaign`: `StrategyAverageCpaPerCampaignAdd` (optional).
    pub average_cpa_per_campaign: ::core::option::Option<
        StrategyAverageCpaPerCampaignAdd,
    >,
    /// `PayForConversionPerCampaign`: `StrategyPayForConversionPerCampaignAdd` (optional).
    pub pay_for_conversion_per_campaign: ::core::option::Option<
        StrategyPayForConversionPerCampaignAdd,
    >,
    /// `PayForConversionPerFilter`: `StrategyPayForConversionPerFilterAdd` (optional).
    pub pay_for_conversion_per_filter: ::core::option::Option<
        StrategyPayForConversionPerFilterAdd,
    >,
    /// `AverageCpaPerFilter`: `StrategyAverageCpaPerFilterAdd` (optional).
    pub average_cpa_per_filter: ::core::option::Option<StrategyAverageCpaPerFilterAdd>,
    /// `AverageRoi`: `StrategyAverageRoiAdd` (optional).
    pub average_roi: ::core::option::Option<StrategyAverageRoiAdd>,
    /// `AverageCrr`: `StrategyAverageCrrAdd` (optional).
    pub average_crr: ::core::option::Option<StrategyAverageCrrAdd>,
    /// `PayForConversionCrr`: `StrategyPayForConversionCrrAdd` (optional).
    pub pay_for_conversion_crr: ::core::option::Option<StrategyPayForConversionCrrAdd>,
    /// `BiddingStrategyType`: `SmartCampaignNetworkStrategyTypeEnum` (required).
    pub bidding_strategy_type: SmartCampaignNetworkStrategyTypeEnum,
    /// `NetworkDefault`: `StrategyNetworkDefaultAdd` (optional).
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
/// `TextCampaignStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignStrategyAdd {
    /// `Search`: `TextCampaignSearchStrategyAdd` (required).
    pub search: TextCampaignSearchStrategyAdd,
    /// `Network`: `TextCampaignNetworkStrategyAdd` (required).
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
/// `UnifiedCampaignStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignStrategyAdd {
    /// `Search`: `UnifiedCampaignSearchStrategyAdd` (required).
    pub search: UnifiedCampaignSearchStrategyAdd,
    /// `Network`: `UnifiedCampaignNetworkStrategyAdd` (required).
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
/// `MobileAppCampaignStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignStrategyAdd {
    /// `Search`: `MobileAppCampaignSearchStrategyAdd` (required).
    pub search: MobileAppCampaignSearchStrategyAdd,
    /// `Network`: `MobileAppCampaignNetworkStrategyAdd` (required).
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
/// `DynamicTextCampaignStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignStrategyAdd {
    /// `Search`: `DynamicTextCampaignSearchStrategyAdd` (required).
    pub search: DynamicTextCampaignSearchStrategyAdd,
    /// `Network`: `DynamicTextCampaignNetworkStrategyAdd` (required).
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
/// `CpmBannerCampaignStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignStrategyAdd {
    /// `Search`: `CpmBannerCampaignSearchStrategyAdd` (required).
    pub search: CpmBannerCampaignSearchStrategyAdd,
    /// `Network`: `CpmBannerCampaignNetworkStrategyAdd` (required).
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
/// `SmartCampaignStrategyAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignStrategyAdd {
    /// `Search`: `SmartCampaignSearchStrategyAdd` (required).
    pub search: SmartCampaignSearchStrategyAdd,
    /// `Network`: `SmartCampaignNetworkStrategyAdd` (required).
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
/// `Notification` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Notification {
    /// `SmsSettings`: `SmsSettings` (optional).
    pub sms_settings: ::core::option::Option<SmsSettings>,
    /// `EmailSettings`: `EmailSettings` (optional).
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
/// `SmsSettings` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmsSettings {
    /// `Events`: array of `SmsEventsEnum` (optional).
    pub events: ::core::option::Option<::std::vec::Vec<SmsEventsEnum>>,
    /// `TimeFrom`: `xsd:string` (optional).
    pub time_from: ::core::option::Option<::std::string::String>,
    /// `TimeTo`: `xsd:string` (optional).
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
/// `EmailSettings` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EmailSettings {
    /// `Email`: `xsd:string` (optional).
    pub email: ::core::option::Option<::std::string::String>,
    /// `CheckPositionInterval`: `xsd:int` (optional).
    pub check_position_interval: ::core::option::Option<i32>,
    /// `WarningBalance`: `xsd:int` (optional).
    pub warning_balance: ::core::option::Option<i32>,
    /// `SendAccountNews`: `general:YesNoEnum` (optional).
    pub send_account_news: ::core::option::Option<super::general::YesNoEnum>,
    /// `SendWarnings`: `general:YesNoEnum` (optional).
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
/// `TimeTargetingOnPublicHolidays` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargetingOnPublicHolidays {
    /// `SuspendOnHolidays`: `general:YesNoEnum` (required).
    pub suspend_on_holidays: super::general::YesNoEnum,
    /// `BidPercent`: `xsd:int` (optional).
    pub bid_percent: ::core::option::Option<i32>,
    /// `StartHour`: `xsd:int` (optional).
    pub start_hour: ::core::option::Option<i32>,
    /// `EndHour`: `xsd:int` (optional).
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
/// `RelevantKeywordsSettingAdd` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RelevantKeywordsSettingAdd {
    /// `BudgetPercent`: `xsd:int` (required).
    pub budget_percent: i32,
    /// `Mode`: `RelevantKeywordsModeEnum` (optional).
    pub mode: ::core::option::Option<RelevantKeywordsModeEnum>,
    /// `OptimizeGoalId`: `xsd:long` (optional, nillable).
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
/// `RelevantKeywordsSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RelevantKeywordsSetting {
    /// `BudgetPercent`: `xsd:int` (optional).
    pub budget_percent: ::core::option::Option<i32>,
    /// `Mode`: `RelevantKeywordsModeEnum` (optional).
    pub mode: ::core::option::Option<RelevantKeywordsModeEnum>,
    /// `OptimizeGoalId`: `xsd:long` (optional, nillable).
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
/// `PriorityGoalsItem` (`schema/direct_v5/campaigns.json`).
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
/// `PriorityGoalsUpdateItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PriorityGoalsUpdateItem {
    /// `GoalId`: `xsd:long` (required).
    pub goal_id: i64,
    /// `Value`: `xsd:long` (required).
    pub value: i64,
    /// `IsMetrikaSourceOfValue`: `general:YesNoEnum` (optional).
    pub is_metrika_source_of_value: ::core::option::Option<super::general::YesNoEnum>,
    /// `Operation`: `general:OperationEnum` (required).
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
/// `PriorityGoalsArray` (`schema/direct_v5/campaigns.json`): a list written as `{"Items": [...]}`.
pub type PriorityGoalsArray = rt::Items<PriorityGoalsItem>;
/// `PriorityGoalsUpdateSetting` (`schema/direct_v5/campaigns.json`): a list written as `{"Items": [...]}`.
pub type PriorityGoalsUpdateSetting = rt::Items<PriorityGoalsUpdateItem>;
/// `FrequencyCapSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FrequencyCapSetting {
    /// `Impressions`: `xsd:int` (required).
    pub impressions: i32,
    /// `PeriodDays`: `xsd:int` (required, nillable).
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
/// `DailyBudget` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DailyBudget {
    /// `Amount`: `xsd:long` (required).
    pub amount: i64,
    /// `Mode`: `DailyBudgetModeEnum` (required).
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
/// `CustomPeriodBudget` (`schema/direct_v5/campaigns.json`).
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
/// `ExplorationBudget` (`schema/direct_v5/campaigns.json`).
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
/// `TextCampaignSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSetting {
    /// `Option`: `TextCampaignSettingsEnum` (required).
    pub option: TextCampaignSettingsEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `TextCampaignSettingGet` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextCampaignSettingGet {
    /// `Option`: `TextCampaignSettingsGetEnum` (required).
    pub option: TextCampaignSettingsGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `UnifiedCampaignSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSetting {
    /// `Option`: `UnifiedCampaignSettingsEnum` (required).
    pub option: UnifiedCampaignSettingsEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `UnifiedCampaignSettingGet` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnifiedCampaignSettingGet {
    /// `Option`: `UnifiedCampaignSettingsGetEnum` (required).
    pub option: UnifiedCampaignSettingsGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `MobileAppCampaignSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSetting {
    /// `Option`: `MobileAppCampaignSettingsEnum` (required).
    pub option: MobileAppCampaignSettingsEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `MobileAppCampaignSettingGet` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignSettingGet {
    /// `Option`: `MobileAppCampaignSettingsGetEnum` (required).
    pub option: MobileAppCampaignSettingsGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `DynamicTextCampaignSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSetting {
    /// `Option`: `DynamicTextCampaignSettingsEnum` (required).
    pub option: DynamicTextCampaignSettingsEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `DynamicTextCampaignSettingGet` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextCampaignSettingGet {
    /// `Option`: `DynamicTextCampaignSettingsGetEnum` (required).
    pub option: DynamicTextCampaignSettingsGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `CpmBannerCampaignSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSetting {
    /// `Option`: `CpmBannerCampaignSettingsEnum` (required).
    pub option: CpmBannerCampaignSettingsEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `CpmBannerCampaignSettingGet` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignSettingGet {
    /// `Option`: `CpmBannerCampaignSettingsGetEnum` (required).
    pub option: CpmBannerCampaignSettingsGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `SmartCampaignSetting` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSetting {
    /// `Option`: `SmartCampaignSettingsEnum` (required).
    pub option: SmartCampaignSettingsEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `SmartCampaignSettingGet` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignSettingGet {
    /// `Option`: `SmartCampaignSettingsGetEnum` (required).
    pub option: SmartCampaignSettingsGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
/// `CampaignFundsParam` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignFundsParam {
    /// `Sum`: `xsd:long` (required).
    pub sum: i64,
    /// `Balance`: `xsd:long` (required).
    pub balance: i64,
    /// `BalanceBonus`: `xsd:long` (required).
    pub balance_bonus: i64,
    /// `SumAvailableForTransfer`: `xsd:long` (optional).
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
/// `SharedAccountFundsParam` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SharedAccountFundsParam {
    /// `Refund`: `xsd:long` (optional).
    pub refund: ::core::option::Option<i64>,
    /// `Spend`: `xsd:long` (optional).
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
/// `FundsParam` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FundsParam {
    /// `Mode`: `CampaignFundsEnum` (required).
    pub mode: CampaignFundsEnum,
    /// `CampaignFunds`: `CampaignFundsParam` (optional).
    pub campaign_funds: ::core::option::Option<CampaignFundsParam>,
    /// `SharedAccountFunds`: `SharedAccountFundsParam` (optional).
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
/// `CampaignAssistant` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignAssistant {
    /// `Manager`: `xsd:string` (optional, nillable).
    pub manager: rt::Nullable<::std::string::String>,
    /// `Agency`: `xsd:string` (optional, nillable).
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
/// `TimeTargetingBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargetingBase {
    /// `Schedule`: `general:ArrayOfString` (optional).
    pub schedule: ::core::option::Option<super::general::ArrayOfString>,
    /// `ConsiderWorkingWeekends`: `general:YesNoEnum` (required).
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
/// `TimeTargeting` (`schema/direct_v5/campaigns.json`). Extends `TimeTargetingBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargeting {
    /// `Schedule`: `general:ArrayOfString` (optional).
    pub schedule: ::core::option::Option<super::general::ArrayOfString>,
    /// `ConsiderWorkingWeekends`: `general:YesNoEnum` (required).
    pub consider_working_weekends: super::general::YesNoEnum,
    /// `HolidaysSchedule`: `TimeTargetingOnPublicHolidays` (optional, nillable).
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
/// `TimeTargetingAdd` (`schema/direct_v5/campaigns.json`). Extends `TimeTargetingBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeTargetingAdd {
    /// `Schedule`: `general:ArrayOfString` (optional).
    pub schedule: ::core::option::Option<super::general::ArrayOfString>,
    /// `ConsiderWorkingWeekends`: `general:YesNoEnum` (required).
    pub consider_working_weekends: super::general::YesNoEnum,
    /// `HolidaysSchedule`: `TimeTargetingOnPublicHolidays` (optional).
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
/// `CampaignBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignBase {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Notification`: `Notification` (optional).
    pub notification: ::core::option::Option<Notification>,
    /// `TimeZone`: `xsd:string` (optional).
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
/// `TextCampaignBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignBase {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `RelevantKeywords`: `RelevantKeywordsSetting` (optional, nillable).
    pub relevant_keywords: rt::Nullable<RelevantKeywordsSetting>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `UnifiedCampaignBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignBase {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `DynamicTextCampaignBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignBase {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `CpmBannerCampaignBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignBase {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `FrequencyCap`: `FrequencyCapSetting` (optional, nillable).
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
/// `SmartCampaignBase` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignBase {
    /// `CounterId`: `xsd:long` (optional).
    pub counter_id: ::core::option::Option<i64>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
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
/// `TextCampaignAddItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignAddItem {
    /// `BiddingStrategy`: `TextCampaignStrategyAdd` (optional).
    pub bidding_strategy: ::core::option::Option<TextCampaignStrategyAdd>,
    /// `Settings`: array of `TextCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<TextCampaignSetting>>,
    /// `CounterIds`: `general:ArrayOfInteger` (optional).
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// `RelevantKeywords`: `RelevantKeywordsSettingAdd` (optional).
    pub relevant_keywords: ::core::option::Option<RelevantKeywordsSettingAdd>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional).
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `PackageBiddingStrategy`: `TextCampaignPackageBiddingStrategyAdd` (optional).
    pub package_bidding_strategy: ::core::option::Option<
        TextCampaignPackageBiddingStrategyAdd,
    >,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `UnifiedCampaignAddItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignAddItem {
    /// `BiddingStrategy`: `UnifiedCampaignStrategyAdd` (optional).
    pub bidding_strategy: ::core::option::Option<UnifiedCampaignStrategyAdd>,
    /// `Settings`: array of `UnifiedCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<UnifiedCampaignSetting>>,
    /// `CounterIds`: `general:ArrayOfInteger` (optional).
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional).
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `PackageBiddingStrategy`: `UnifiedCampaignPackageBiddingStrategyAdd` (optional).
    pub package_bidding_strategy: ::core::option::Option<
        UnifiedCampaignPackageBiddingStrategyAdd,
    >,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `MobileAppCampaignAddItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCampaignAddItem {
    /// `BiddingStrategy`: `MobileAppCampaignStrategyAdd` (required).
    pub bidding_strategy: MobileAppCampaignStrategyAdd,
    /// `Settings`: array of `MobileAppCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<MobileAppCampaignSetting>>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `DynamicTextCampaignAddItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignAddItem {
    /// `BiddingStrategy`: `DynamicTextCampaignStrategyAdd` (optional).
    pub bidding_strategy: ::core::option::Option<DynamicTextCampaignStrategyAdd>,
    /// `Settings`: array of `DynamicTextCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<DynamicTextCampaignSetting>>,
    /// `PlacementTypes`: array of `PlacementType` (optional).
    pub placement_types: ::core::option::Option<::std::vec::Vec<PlacementType>>,
    /// `CounterIds`: `general:ArrayOfInteger` (optional).
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional).
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `PackageBiddingStrategy`: `DynamicTextCampaignPackageBiddingStrategyAdd` (optional).
    pub package_bidding_strategy: ::core::option::Option<
        DynamicTextCampaignPackageBiddingStrategyAdd,
    >,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `CpmBannerCampaignAddItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerCampaignAddItem {
    /// `BiddingStrategy`: `CpmBannerCampaignStrategyAdd` (required).
    pub bidding_strategy: CpmBannerCampaignStrategyAdd,
    /// `Settings`: array of `CpmBannerCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<CpmBannerCampaignSetting>>,
    /// `CounterIds`: `general:ArrayOfInteger` (optional).
    pub counter_ids: ::core::option::Option<super::general::ArrayOfInteger>,
    /// `FrequencyCap`: `FrequencyCapSetting` (optional).
    pub frequency_cap: ::core::option::Option<FrequencyCapSetting>,
    /// `VideoTarget`: `general:VideoTargetEnum` (optional).
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
/// `SmartCampaignAddItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartCampaignAddItem {
    /// `BiddingStrategy`: `SmartCampaignStrategyAdd` (optional).
    pub bidding_strategy: ::core::option::Option<SmartCampaignStrategyAdd>,
    /// `Settings`: array of `SmartCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<SmartCampaignSetting>>,
    /// `CounterId`: `xsd:long` (required).
    pub counter_id: i64,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional).
    pub priority_goals: ::core::option::Option<PriorityGoalsArray>,
    /// `TrackingParams`: `xsd:string` (optional).
    pub tracking_params: ::core::option::Option<::std::string::String>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `PackageBiddingStrategy`: `SmartCampaignPackageBiddingStrategyAdd` (optional).
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
/// `CampaignAddItem` (`schema/direct_v5/campaigns.json`). Extends `CampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignAddItem {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Notification`: `Notification` (optional).
    pub notification: ::core::option::Option<Notification>,
    /// `TimeZone`: `xsd:string` (optional).
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `StartDate`: `xsd:string` (required).
    pub start_date: ::std::string::String,
    /// `DailyBudget`: `DailyBudget` (optional).
    pub daily_budget: ::core::option::Option<DailyBudget>,
    /// `EndDate`: `xsd:string` (optional).
    pub end_date: ::core::option::Option<::std::string::String>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional).
    pub negative_keywords: ::core::option::Option<super::general::ArrayOfString>,
    /// `BlockedIps`: `general:ArrayOfString` (optional).
    pub blocked_ips: ::core::option::Option<super::general::ArrayOfString>,
    /// `ExcludedSites`: `general:ArrayOfString` (optional).
    pub excluded_sites: ::core::option::Option<super::general::ArrayOfString>,
    /// `TextCampaign`: `TextCampaignAddItem` (optional).
    pub text_campaign: ::core::option::Option<TextCampaignAddItem>,
    /// `UnifiedCampaign`: `UnifiedCampaignAddItem` (optional).
    pub unified_campaign: ::core::option::Option<UnifiedCampaignAddItem>,
    /// `MobileAppCampaign`: `MobileAppCampaignAddItem` (optional).
    pub mobile_app_campaign: ::core::option::Option<MobileAppCampaignAddItem>,
    /// `DynamicTextCampaign`: `DynamicTextCampaignAddItem` (optional).
    pub dynamic_text_campaign: ::core::option::Option<DynamicTextCampaignAddItem>,
    /// `CpmBannerCampaign`: `CpmBannerCampaignAddItem` (optional).
    pub cpm_banner_campaign: ::core::option::Option<CpmBannerCampaignAddItem>,
    /// `SmartCampaign`: `SmartCampaignAddItem` (optional).
    pub smart_campaign: ::core::option::Option<SmartCampaignAddItem>,
    /// `TimeTargeting`: `TimeTargetingAdd` (optional).
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
/// `TextCampaignUpdateItem` (`schema/direct_v5/campaigns.json`). Extends `TextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignUpdateItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `RelevantKeywords`: `RelevantKeywordsSetting` (optional, nillable).
    pub relevant_keywords: rt::Nullable<RelevantKeywordsSetting>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `BiddingStrategy`: `TextCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<TextCampaignStrategy>,
    /// `Settings`: array of `TextCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<TextCampaignSetting>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsUpdateSetting` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// `PackageBiddingStrategy`: `TextCampaignPackageBiddingStrategyUpdate` (optional, nillable).
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
/// `UnifiedCampaignUpdateItem` (`schema/direct_v5/campaigns.json`). Extends `UnifiedCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignUpdateItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `BiddingStrategy`: `UnifiedCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<UnifiedCampaignStrategy>,
    /// `Settings`: array of `UnifiedCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<UnifiedCampaignSetting>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsUpdateSetting` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// `PackageBiddingStrategy`: `UnifiedCampaignPackageBiddingStrategyUpdate` (optional, nillable).
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
/// `MobileAppCampaignUpdateItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignUpdateItem {
    /// `BiddingStrategy`: `MobileAppCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<MobileAppCampaignStrategy>,
    /// `Settings`: array of `MobileAppCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<MobileAppCampaignSetting>>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `DynamicTextCampaignUpdateItem` (`schema/direct_v5/campaigns.json`). Extends `DynamicTextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignUpdateItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `BiddingStrategy`: `DynamicTextCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<DynamicTextCampaignStrategy>,
    /// `Settings`: array of `DynamicTextCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<DynamicTextCampaignSetting>>,
    /// `PlacementTypes`: array of `PlacementType` (optional).
    pub placement_types: ::core::option::Option<::std::vec::Vec<PlacementType>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsUpdateSetting` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// `PackageBiddingStrategy`: `DynamicTextCampaignPackageBiddingStrategyUpdate` (optional, nillable).
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
/// `CpmBannerCampaignUpdateItem` (`schema/direct_v5/campaigns.json`). Extends `CpmBannerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignUpdateItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `FrequencyCap`: `FrequencyCapSetting` (optional, nillable).
    pub frequency_cap: rt::Nullable<FrequencyCapSetting>,
    /// `BiddingStrategy`: `CpmBannerCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<CpmBannerCampaignStrategy>,
    /// `Settings`: array of `CpmBannerCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<CpmBannerCampaignSetting>>,
    /// `VideoTarget`: `general:VideoTargetEnum` (optional).
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
/// `SmartCampaignUpdateItem` (`schema/direct_v5/campaigns.json`). Extends `SmartCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignUpdateItem {
    /// `CounterId`: `xsd:long` (optional).
    pub counter_id: ::core::option::Option<i64>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `BiddingStrategy`: `SmartCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<SmartCampaignStrategy>,
    /// `Settings`: array of `SmartCampaignSetting` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<SmartCampaignSetting>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsUpdateSetting` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsUpdateSetting>,
    /// `PackageBiddingStrategy`: `SmartCampaignPackageBiddingStrategyUpdate` (optional, nillable).
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
/// `CampaignUpdateItem` (`schema/direct_v5/campaigns.json`). Extends `CampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignUpdateItem {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Notification`: `Notification` (optional).
    pub notification: ::core::option::Option<Notification>,
    /// `TimeZone`: `xsd:string` (optional).
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `StartDate`: `xsd:string` (optional).
    pub start_date: ::core::option::Option<::std::string::String>,
    /// `DailyBudget`: `DailyBudget` (optional, nillable).
    pub daily_budget: rt::Nullable<DailyBudget>,
    /// `EndDate`: `xsd:string` (optional, nillable).
    pub end_date: rt::Nullable<::std::string::String>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional, nillable).
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// `BlockedIps`: `general:ArrayOfString` (optional, nillable).
    pub blocked_ips: rt::Nullable<super::general::ArrayOfString>,
    /// `ExcludedSites`: `general:ArrayOfString` (optional, nillable).
    pub excluded_sites: rt::Nullable<super::general::ArrayOfString>,
    /// `TextCampaign`: `TextCampaignUpdateItem` (optional).
    pub text_campaign: ::core::option::Option<TextCampaignUpdateItem>,
    /// `UnifiedCampaign`: `UnifiedCampaignUpdateItem` (optional).
    pub unified_campaign: ::core::option::Option<UnifiedCampaignUpdateItem>,
    /// `MobileAppCampaign`: `MobileAppCampaignUpdateItem` (optional).
    pub mobile_app_campaign: ::core::option::Option<MobileAppCampaignUpdateItem>,
    /// `DynamicTextCampaign`: `DynamicTextCampaignUpdateItem` (optional).
    pub dynamic_text_campaign: ::core::option::Option<DynamicTextCampaignUpdateItem>,
    /// `CpmBannerCampaign`: `CpmBannerCampaignUpdateItem` (optional).
    pub cpm_banner_campaign: ::core::option::Option<CpmBannerCampaignUpdateItem>,
    /// `SmartCampaign`: `SmartCampaignUpdateItem` (optional).
    pub smart_campaign: ::core::option::Option<SmartCampaignUpdateItem>,
    /// `TimeTargeting`: `TimeTargeting` (optional).
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
/// `TextCampaignGetItem` (`schema/direct_v5/campaigns.json`). Extends `TextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextCampaignGetItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `RelevantKeywords`: `RelevantKeywordsSetting` (optional, nillable).
    pub relevant_keywords: rt::Nullable<RelevantKeywordsSetting>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `BiddingStrategy`: `TextCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<TextCampaignStrategy>,
    /// `Settings`: array of `TextCampaignSettingGet` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<TextCampaignSettingGet>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// `PackageBiddingStrategy`: `TextCampaignPackageBiddingStrategyGet` (optional, nillable).
    pub package_bidding_strategy: rt::Nullable<TextCampaignPackageBiddingStrategyGet>,
    /// `CanBeUsedAsPackageBiddingStrategySource`: `general:YesNoEnum` (optional).
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
/// `UnifiedCampaignGetItem` (`schema/direct_v5/campaigns.json`). Extends `UnifiedCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UnifiedCampaignGetItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `BiddingStrategy`: `UnifiedCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<UnifiedCampaignStrategy>,
    /// `Settings`: array of `UnifiedCampaignSettingGet` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<UnifiedCampaignSettingGet>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// `PackageBiddingStrategy`: `UnifiedCampaignPackageBiddingStrategyGet` (optional, nillable).
    pub package_bidding_strategy: rt::Nullable<UnifiedCampaignPackageBiddingStrategyGet>,
    /// `CanBeUsedAsPackageBiddingStrategySource`: `general:YesNoEnum` (optional).
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
/// `MobileAppCampaignGetItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCampaignGetItem {
    /// `BiddingStrategy`: `MobileAppCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<MobileAppCampaignStrategy>,
    /// `Settings`: array of `MobileAppCampaignSettingGet` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<MobileAppCampaignSettingGet>>,
    /// `PackageBiddingStrategy`: `MobileAppCampaignPackageBiddingStrategyGet` (optional, nillable).
    pub package_bidding_strategy: rt::Nullable<
        MobileAppCampaignPackageBiddingStrategyGet,
    >,
    /// `CanBeUsedAsPackageBiddingStrategySource`: `general:YesNoEnum` (optional).
    pub can_be_used_as_package_bidding_strategy_source: ::core::option::Option<
        super::general::YesNoEnum,
    >,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
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
/// `DynamicTextCampaignGetItem` (`schema/direct_v5/campaigns.json`). Extends `DynamicTextCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextCampaignGetItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `NegativeKeywordSharedSetIds`: `general:ArrayOfLong` (optional, nillable).
    pub negative_keyword_shared_set_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `BiddingStrategy`: `DynamicTextCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<DynamicTextCampaignStrategy>,
    /// `Settings`: array of `DynamicTextCampaignSettingGet` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<DynamicTextCampaignSettingGet>>,
    /// `PlacementTypes`: `PlacementTypeArray` (optional).
    pub placement_types: ::core::option::Option<PlacementTypeArray>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// `PackageBiddingStrategy`: `DynamicTextCampaignPackageBiddingStrategyGet` (optional, nillable).
    pub package_bidding_strategy: rt::Nullable<
        DynamicTextCampaignPackageBiddingStrategyGet,
    >,
    /// `CanBeUsedAsPackageBiddingStrategySource`: `general:YesNoEnum` (optional).
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
/// `CpmBannerCampaignGetItem` (`schema/direct_v5/campaigns.json`). Extends `CpmBannerCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerCampaignGetItem {
    /// `CounterIds`: `general:ArrayOfInteger` (optional, nillable).
    pub counter_ids: rt::Nullable<super::general::ArrayOfInteger>,
    /// `FrequencyCap`: `FrequencyCapSetting` (optional, nillable).
    pub frequency_cap: rt::Nullable<FrequencyCapSetting>,
    /// `BiddingStrategy`: `CpmBannerCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<CpmBannerCampaignStrategy>,
    /// `Settings`: array of `CpmBannerCampaignSettingGet` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<CpmBannerCampaignSettingGet>>,
    /// `VideoTarget`: `general:VideoTargetEnum` (optional, nillable).
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
/// `SmartCampaignGetItem` (`schema/direct_v5/campaigns.json`). Extends `SmartCampaignBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartCampaignGetItem {
    /// `CounterId`: `xsd:long` (optional).
    pub counter_id: ::core::option::Option<i64>,
    /// `AttributionModel`: `general:AttributionModelEnum` (optional).
    pub attribution_model: ::core::option::Option<super::general::AttributionModelEnum>,
    /// `BiddingStrategy`: `SmartCampaignStrategy` (optional).
    pub bidding_strategy: ::core::option::Option<SmartCampaignStrategy>,
    /// `Settings`: array of `SmartCampaignSettingGet` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<SmartCampaignSettingGet>>,
    /// `TrackingParams`: `xsd:string` (optional, nillable).
    pub tracking_params: rt::Nullable<::std::string::String>,
    /// `PriorityGoals`: `PriorityGoalsArray` (optional, nillable).
    pub priority_goals: rt::Nullable<PriorityGoalsArray>,
    /// `PackageBiddingStrategy`: `SmartCampaignPackageBiddingStrategyGet` (optional, nillable).
    pub package_bidding_strategy: rt::Nullable<SmartCampaignPackageBiddingStrategyGet>,
    /// `CanBeUsedAsPackageBiddingStrategySource`: `general:YesNoEnum` (optional).
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
/// `CampaignGetItem` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignGetItem {
    /// `ClientInfo`: `xsd:string` (optional, nillable).
    pub client_info: rt::Nullable<::std::string::String>,
    /// `Notification`: `Notification` (optional, nillable).
    pub notification: rt::Nullable<Notification>,
    /// `TimeZone`: `xsd:string` (optional).
    pub time_zone: ::core::option::Option<::std::string::String>,
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `StartDate`: `xsd:string` (optional).
    pub start_date: ::core::option::Option<::std::string::String>,
    /// `Type`: `CampaignTypeGetEnum` (optional).
    pub type_: ::core::option::Option<CampaignTypeGetEnum>,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `State`: `CampaignStateGetEnum` (optional).
    pub state: ::core::option::Option<CampaignStateGetEnum>,
    /// `StatusPayment`: `CampaignStatusPaymentEnum` (optional).
    pub status_payment: ::core::option::Option<CampaignStatusPaymentEnum>,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `SourceId`: `xsd:long` (optional, nillable).
    pub source_id: rt::Nullable<i64>,
    /// `Statistics`: `general:Statistics` (optional).
    pub statistics: ::core::option::Option<super::general::Statistics>,
    /// `Currency`: `general:CurrencyEnum` (optional).
    pub currency: ::core::option::Option<super::general::CurrencyEnum>,
    /// `Funds`: `FundsParam` (optional).
    pub funds: ::core::option::Option<FundsParam>,
    /// `RepresentedBy`: `CampaignAssistant` (optional).
    pub represented_by: ::core::option::Option<CampaignAssistant>,
    /// `DailyBudget`: `DailyBudget` (optional, nillable).
    pub daily_budget: rt::Nullable<DailyBudget>,
    /// `EndDate`: `xsd:string` (optional, nillable).
    pub end_date: rt::Nullable<::std::string::String>,
    /// `NegativeKeywords`: `general:ArrayOfString` (optional, nillable).
    pub negative_keywords: rt::Nullable<super::general::ArrayOfString>,
    /// `BlockedIps`: `general:ArrayOfString` (optional, nillable).
    pub blocked_ips: rt::Nullable<super::general::ArrayOfString>,
    /// `ExcludedSites`: `general:ArrayOfString` (optional, nillable).
    pub excluded_sites: rt::Nullable<super::general::ArrayOfString>,
    /// `TextCampaign`: `TextCampaignGetItem` (optional).
    pub text_campaign: ::core::option::Option<TextCampaignGetItem>,
    /// `UnifiedCampaign`: `UnifiedCampaignGetItem` (optional).
    pub unified_campaign: ::core::option::Option<UnifiedCampaignGetItem>,
    /// `MobileAppCampaign`: `MobileAppCampaignGetItem` (optional).
    pub mobile_app_campaign: ::core::option::Option<MobileAppCampaignGetItem>,
    /// `DynamicTextCampaign`: `DynamicTextCampaignGetItem` (optional).
    pub dynamic_text_campaign: ::core::option::Option<DynamicTextCampaignGetItem>,
    /// `CpmBannerCampaign`: `CpmBannerCampaignGetItem` (optional).
    pub cpm_banner_campaign: ::core::option::Option<CpmBannerCampaignGetItem>,
    /// `SmartCampaign`: `SmartCampaignGetItem` (optional).
    pub smart_campaign: ::core::option::Option<SmartCampaignGetItem>,
    /// `TimeTargeting`: `TimeTargeting` (optional).
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
/// `CampaignsSelectionCriteria` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignsSelectionCriteria {
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Types`: array of `CampaignTypeEnum` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<CampaignTypeEnum>>,
    /// `States`: array of `CampaignStateEnum` (optional).
    pub states: ::core::option::Option<::std::vec::Vec<CampaignStateEnum>>,
    /// `Statuses`: array of `CampaignStatusSelectionEnum` (optional).
    pub statuses: ::core::option::Option<::std::vec::Vec<CampaignStatusSelectionEnum>>,
    /// `StatusesPayment`: array of `CampaignStatusPaymentEnum` (optional).
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
/// `GetRequest` (`schema/direct_v5/campaigns.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `CampaignsSelectionCriteria` (optional).
    pub selection_criteria: ::core::option::Option<CampaignsSelectionCriteria>,
    /// `FieldNames`: array of `CampaignFieldEnum` (required).
    pub field_names: ::std::vec::Vec<CampaignFieldEnum>,
    /// `TextCampaignFieldNames`: array of `TextCampaignFieldEnum` (optional).
    pub text_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<TextCampaignFieldEnum>,
    >,
    /// `TextCampaignSearchStrategyPlacementTypesFieldNames`: array of `TextCampaignSearchStrategyPlacementTypesFieldEnum` (optional).
    pub text_campaign_search_strategy_placement_types_field_names: ::core::option::Option<
        ::std::vec::Vec<TextCampaignSearchStrategyPlacementTypesFieldEnum>,
    >,
    /// `MobileAppCampaignFieldNames`: array of `MobileAppCampaignFieldEnum` (optional).
    pub mobile_app_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppCampaignFieldEnum>,
    >,
    /// `DynamicTextCampaignFieldNames`: array of `DynamicTextCampaignFieldEnum` (optional).
    pub dynamic_text_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextCampaignFieldEnum>,
    >,
    /// `DynamicTextCampaignSearchStrategyPlacementTypesFieldNames`: array of `DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum` (optional).
    pub dynamic_text_campaign_search_strategy_placement_types_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextCampaignSearchStrategyPlacementTypesFieldEnum>,
    >,
    /// `CpmBannerCampaignFieldNames`: array of `CpmBannerCampaignFieldEnum` (optional).
    pub cpm_banner_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmBannerCampaignFieldEnum>,
    >,
    /// `SmartCampaignFieldNames`: array of `SmartCampaignFieldEnum` (optional).
    pub smart_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartCampaignFieldEnum>,
    >,
    /// `UnifiedCampaignFieldNames`: array of `UnifiedCampaignFieldEnum` (optional).
    pub unified_campaign_field_names: ::core::option::Option<
        ::std::vec::Vec<UnifiedCampaignFieldEnum>,
    >,
    /// `UnifiedCampaignSearchStrategyPlacementTypesFieldNames`: array of `UnifiedCampaignSearchStrategyPlacementTypesFieldEnum` (optional).
    pub unified_campaign_search_strategy_placement_types_field_names: ::core::option::Option<
        ::std::vec::Vec<UnifiedCampaignSearchStrategyPlacementTypesFieldEnum>,
    >,
    /// `UnifiedCampaignPackageBiddingStrategyPlatformsFieldNames`: array of `UnifiedCampaignPackageBiddingStrategyPlatformsFieldEnum` (optional).
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
/// `GetResponse` (`schema/direct_v5/campaigns.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Campaigns`: array of `CampaignGetItem` (optional).
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
/// `AddRequest` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Campaigns`: array of `CampaignAddItem` (required).
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
/// `AddResponse` (`schema/direct_v5/campaigns.json`).
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
/// `UpdateRequest` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Campaigns`: array of `CampaignUpdateItem` (required).
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
/// `UpdateResponse` (`schema/direct_v5/campaigns.json`).
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
/// `DeleteRequest` (`schema/direct_v5/campaigns.json`).
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
/// `DeleteResponse` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// `DeleteResults`: array of `general:ActionResult` (optional).
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
/// `ArchiveRequest` (`schema/direct_v5/campaigns.json`).
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
/// `ArchiveResponse` (`schema/direct_v5/campaigns.json`).
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
/// `UnarchiveRequest` (`schema/direct_v5/campaigns.json`).
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
/// `UnarchiveResponse` (`schema/direct_v5/campaigns.json`).
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
/// `SuspendRequest` (`schema/direct_v5/campaigns.json`).
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
/// `SuspendResponse` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SuspendResponse {
    /// `SuspendResults`: array of `general:ActionResult` (optional).
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
/// `ResumeRequest` (`schema/direct_v5/campaigns.json`).
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
/// `ResumeResponse` (`schema/direct_v5/campaigns.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResumeResponse {
    /// `ResumeResults`: array of `general:ActionResult` (optional).
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
