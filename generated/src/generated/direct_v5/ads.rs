// @generated from schema/direct_v5/ads.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Ads service: `POST /json/v5/ads`.
//!
//! Generated from `schema/direct_v5/ads.json` (upstream `ads.xml`, sha256 `7a5c2c243ccdf36c3a3b7e975dd41d42e8f2f7d6202e3bbf36bb1156fb65e912`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "Ads",
        endpoint: "ads",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `Ads.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `Ads.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `Ads.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `Ads.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// `Ads.archive` (write): the method with its request and response types, as the client's generic calls take it.
pub const ARCHIVE: rt::Method<ArchiveRequest, ArchiveResponse> = rt::Method::new(
    method_info("archive", rt::Access::Write),
);
/// `Ads.unarchive` (write): the method with its request and response types, as the client's generic calls take it.
pub const UNARCHIVE: rt::Method<UnarchiveRequest, UnarchiveResponse> = rt::Method::new(
    method_info("unarchive", rt::Access::Write),
);
/// `Ads.suspend` (write): the method with its request and response types, as the client's generic calls take it.
pub const SUSPEND: rt::Method<SuspendRequest, SuspendResponse> = rt::Method::new(
    method_info("suspend", rt::Access::Write),
);
/// `Ads.resume` (write): the method with its request and response types, as the client's generic calls take it.
pub const RESUME: rt::Method<ResumeRequest, ResumeResponse> = rt::Method::new(
    method_info("resume", rt::Access::Write),
);
/// `Ads.moderate` (write): the method with its request and response types, as the client's generic calls take it.
pub const MODERATE: rt::Method<ModerateRequest, ModerateResponse> = rt::Method::new(
    method_info("moderate", rt::Access::Write),
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
    rt::MethodEntry {
        info: MODERATE.info,
        request: rt::method::roundtrip_request::<ModerateRequest>,
        response: rt::method::roundtrip_response::<ModerateResponse>,
    },
];
/// The Ads service (`POST /json/v5/ads`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct AdsService<'a> {
    client: &'a rt::Client,
}
impl<'a> AdsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Ads.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `Ads.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `Ads.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `Ads.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `Ads.archive`: sends `ArchiveRequest` as `params`, returns `ArchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn archive(
        &self,
        params: ArchiveRequest,
    ) -> ::core::result::Result<rt::Response<ArchiveResponse>, rt::Error> {
        self.client.call(&ARCHIVE.info, &params).await
    }
    /// `Ads.unarchive`: sends `UnarchiveRequest` as `params`, returns `UnarchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn unarchive(
        &self,
        params: UnarchiveRequest,
    ) -> ::core::result::Result<rt::Response<UnarchiveResponse>, rt::Error> {
        self.client.call(&UNARCHIVE.info, &params).await
    }
    /// `Ads.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND.info, &params).await
    }
    /// `Ads.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME.info, &params).await
    }
    /// `Ads.moderate`: sends `ModerateRequest` as `params`, returns `ModerateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn moderate(
        &self,
        params: ModerateRequest,
    ) -> ::core::result::Result<rt::Response<ModerateResponse>, rt::Error> {
        self.client.call(&MODERATE.info, &params).await
    }
    /// `Ads.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<AdGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `Ads.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `ArrayOfAdCategoryEnum`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdCategoryEnum {
    /// Sent as `ABORTION`.
    Abortion,
    /// Sent as `ALCOHOL`.
    Alcohol,
    /// Sent as `BABY_FOOD`.
    BabyFood,
    /// Sent as `DIETARY_SUPPLEMENTS`.
    DietarySupplements,
    /// Sent as `MEDICINE`.
    Medicine,
    /// Sent as `PROJECT_DECLARATION`.
    ProjectDeclaration,
    /// Sent as `PSEUDO_WEAPON`.
    PseudoWeapon,
    /// Sent as `TOBACCO`.
    Tobacco,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdCategoryEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Abortion,
        Self::Alcohol,
        Self::BabyFood,
        Self::DietarySupplements,
        Self::Medicine,
        Self::ProjectDeclaration,
        Self::PseudoWeapon,
        Self::Tobacco,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Abortion => "ABORTION",
            Self::Alcohol => "ALCOHOL",
            Self::BabyFood => "BABY_FOOD",
            Self::DietarySupplements => "DIETARY_SUPPLEMENTS",
            Self::Medicine => "MEDICINE",
            Self::ProjectDeclaration => "PROJECT_DECLARATION",
            Self::PseudoWeapon => "PSEUDO_WEAPON",
            Self::Tobacco => "TOBACCO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ABORTION" => Self::Abortion,
            "ALCOHOL" => Self::Alcohol,
            "BABY_FOOD" => Self::BabyFood,
            "DIETARY_SUPPLEMENTS" => Self::DietarySupplements,
            "MEDICINE" => Self::Medicine,
            "PROJECT_DECLARATION" => Self::ProjectDeclaration,
            "PSEUDO_WEAPON" => Self::PseudoWeapon,
            "TOBACCO" => Self::Tobacco,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdCategoryEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdCategoryEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ResponsiveAdAdd::age_label`, `TextAdUpdate::age_label`, `ResponsiveAdUpdate::age_label` and one more.
///
/// One of the 18 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgeLabelEnum {
    /// Sent as `MONTHS_0`.
    Months0,
    /// Sent as `MONTHS_1`.
    Months1,
    /// Sent as `MONTHS_2`.
    Months2,
    /// Sent as `MONTHS_3`.
    Months3,
    /// Sent as `MONTHS_4`.
    Months4,
    /// Sent as `MONTHS_5`.
    Months5,
    /// Sent as `MONTHS_6`.
    Months6,
    /// Sent as `MONTHS_7`.
    Months7,
    /// Sent as `MONTHS_8`.
    Months8,
    /// Sent as `MONTHS_9`.
    Months9,
    /// Sent as `MONTHS_10`.
    Months10,
    /// Sent as `MONTHS_11`.
    Months11,
    /// Sent as `MONTHS_12`.
    Months12,
    /// Sent as `AGE_0`.
    Age0,
    /// Sent as `AGE_6`.
    Age6,
    /// Sent as `AGE_12`.
    Age12,
    /// Sent as `AGE_16`.
    Age16,
    /// Sent as `AGE_18`.
    Age18,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AgeLabelEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Months0,
        Self::Months1,
        Self::Months2,
        Self::Months3,
        Self::Months4,
        Self::Months5,
        Self::Months6,
        Self::Months7,
        Self::Months8,
        Self::Months9,
        Self::Months10,
        Self::Months11,
        Self::Months12,
        Self::Age0,
        Self::Age6,
        Self::Age12,
        Self::Age16,
        Self::Age18,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Months0 => "MONTHS_0",
            Self::Months1 => "MONTHS_1",
            Self::Months2 => "MONTHS_2",
            Self::Months3 => "MONTHS_3",
            Self::Months4 => "MONTHS_4",
            Self::Months5 => "MONTHS_5",
            Self::Months6 => "MONTHS_6",
            Self::Months7 => "MONTHS_7",
            Self::Months8 => "MONTHS_8",
            Self::Months9 => "MONTHS_9",
            Self::Months10 => "MONTHS_10",
            Self::Months11 => "MONTHS_11",
            Self::Months12 => "MONTHS_12",
            Self::Age0 => "AGE_0",
            Self::Age6 => "AGE_6",
            Self::Age12 => "AGE_12",
            Self::Age16 => "AGE_16",
            Self::Age18 => "AGE_18",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MONTHS_0" => Self::Months0,
            "MONTHS_1" => Self::Months1,
            "MONTHS_2" => Self::Months2,
            "MONTHS_3" => Self::Months3,
            "MONTHS_4" => Self::Months4,
            "MONTHS_5" => Self::Months5,
            "MONTHS_6" => Self::Months6,
            "MONTHS_7" => Self::Months7,
            "MONTHS_8" => Self::Months8,
            "MONTHS_9" => Self::Months9,
            "MONTHS_10" => Self::Months10,
            "MONTHS_11" => Self::Months11,
            "MONTHS_12" => Self::Months12,
            "AGE_0" => Self::Age0,
            "AGE_6" => Self::Age6,
            "AGE_12" => Self::Age12,
            "AGE_16" => Self::Age16,
            "AGE_18" => Self::Age18,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AgeLabelEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AgeLabelEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `MobileAppAdAdd::age_label`, `MobileAppAdUpdate::age_label`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobAppAgeLabelEnum {
    /// Sent as `AGE_0`.
    Age0,
    /// Sent as `AGE_6`.
    Age6,
    /// Sent as `AGE_12`.
    Age12,
    /// Sent as `AGE_16`.
    Age16,
    /// Sent as `AGE_18`.
    Age18,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobAppAgeLabelEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Age0,
        Self::Age6,
        Self::Age12,
        Self::Age16,
        Self::Age18,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Age0 => "AGE_0",
            Self::Age6 => "AGE_6",
            Self::Age12 => "AGE_12",
            Self::Age16 => "AGE_16",
            Self::Age18 => "AGE_18",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AGE_0" => Self::Age0,
            "AGE_6" => Self::Age6,
            "AGE_12" => Self::Age12,
            "AGE_16" => Self::Age16,
            "AGE_18" => Self::Age18,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobAppAgeLabelEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobAppAgeLabelEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdFieldEnum {
    /// Sent as `AdCategories`.
    AdCategories,
    /// Sent as `AgeLabel`.
    AgeLabel,
    /// Sent as `AdGroupId`.
    AdGroupId,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `Id`.
    Id,
    /// Sent as `State`.
    State,
    /// Sent as `Status`.
    Status,
    /// Sent as `StatusClarification`.
    StatusClarification,
    /// Sent as `Type`.
    Type,
    /// Sent as `Subtype`.
    Subtype,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdCategories,
        Self::AgeLabel,
        Self::AdGroupId,
        Self::CampaignId,
        Self::Id,
        Self::State,
        Self::Status,
        Self::StatusClarification,
        Self::Type,
        Self::Subtype,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdCategories => "AdCategories",
            Self::AgeLabel => "AgeLabel",
            Self::AdGroupId => "AdGroupId",
            Self::CampaignId => "CampaignId",
            Self::Id => "Id",
            Self::State => "State",
            Self::Status => "Status",
            Self::StatusClarification => "StatusClarification",
            Self::Type => "Type",
            Self::Subtype => "Subtype",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdCategories" => Self::AdCategories,
            "AgeLabel" => Self::AgeLabel,
            "AdGroupId" => Self::AdGroupId,
            "CampaignId" => Self::CampaignId,
            "Id" => Self::Id,
            "State" => Self::State,
            "Status" => Self::Status,
            "StatusClarification" => Self::StatusClarification,
            "Type" => Self::Type,
            "Subtype" => Self::Subtype,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdsSelectionCriteria::states`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdStateSelectionEnum {
    /// Sent as `OFF`.
    Off,
    /// Sent as `ON`.
    On,
    /// Sent as `SUSPENDED`.
    Suspended,
    /// Sent as `OFF_BY_MONITORING`.
    OffByMonitoring,
    /// Sent as `ARCHIVED`.
    Archived,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdStateSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Off,
        Self::On,
        Self::Suspended,
        Self::OffByMonitoring,
        Self::Archived,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Suspended => "SUSPENDED",
            Self::OffByMonitoring => "OFF_BY_MONITORING",
            Self::Archived => "ARCHIVED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "OFF" => Self::Off,
            "ON" => Self::On,
            "SUSPENDED" => Self::Suspended,
            "OFF_BY_MONITORING" => Self::OffByMonitoring,
            "ARCHIVED" => Self::Archived,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdStateSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdStateSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdsSelectionCriteria::statuses`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdStatusSelectionEnum {
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `PREACCEPTED`.
    Preaccepted,
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `REJECTED`.
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Draft,
        Self::Moderation,
        Self::Preaccepted,
        Self::Accepted,
        Self::Rejected,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
            Self::Preaccepted => "PREACCEPTED",
            Self::Accepted => "ACCEPTED",
            Self::Rejected => "REJECTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "MODERATION" => Self::Moderation,
            "PREACCEPTED" => Self::Preaccepted,
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
impl ::core::fmt::Display for AdStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::text_ad_field_names`.
///
/// One of the 23 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdFieldEnum {
    /// Sent as `AdImageHash`.
    AdImageHash,
    /// Sent as `DisplayDomain`.
    DisplayDomain,
    /// Sent as `FinalUrl`.
    FinalUrl,
    /// Sent as `Href`.
    Href,
    /// Sent as `SitelinkSetId`.
    SitelinkSetId,
    /// Sent as `Text`.
    Text,
    /// Sent as `Title`.
    Title,
    /// Sent as `Title2`.
    Title2,
    /// Sent as `Mobile`.
    Mobile,
    /// Sent as `VCardId`.
    VCardId,
    /// Sent as `DisplayUrlPath`.
    DisplayUrlPath,
    /// Sent as `AdImageModeration`.
    AdImageModeration,
    /// Sent as `SitelinksModeration`.
    SitelinksModeration,
    /// Sent as `VCardModeration`.
    VCardModeration,
    /// Sent as `AdExtensions`.
    AdExtensions,
    /// Sent as `DisplayUrlPathModeration`.
    DisplayUrlPathModeration,
    /// Sent as `VideoExtension`.
    VideoExtension,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageModeration`.
    TurboPageModeration,
    /// Sent as `BusinessId`.
    BusinessId,
    /// Sent as `PreferVCardOverBusiness`.
    PreferVCardOverBusiness,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImageHash,
        Self::DisplayDomain,
        Self::FinalUrl,
        Self::Href,
        Self::SitelinkSetId,
        Self::Text,
        Self::Title,
        Self::Title2,
        Self::Mobile,
        Self::VCardId,
        Self::DisplayUrlPath,
        Self::AdImageModeration,
        Self::SitelinksModeration,
        Self::VCardModeration,
        Self::AdExtensions,
        Self::DisplayUrlPathModeration,
        Self::VideoExtension,
        Self::TurboPageId,
        Self::TurboPageModeration,
        Self::BusinessId,
        Self::PreferVCardOverBusiness,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImageHash => "AdImageHash",
            Self::DisplayDomain => "DisplayDomain",
            Self::FinalUrl => "FinalUrl",
            Self::Href => "Href",
            Self::SitelinkSetId => "SitelinkSetId",
            Self::Text => "Text",
            Self::Title => "Title",
            Self::Title2 => "Title2",
            Self::Mobile => "Mobile",
            Self::VCardId => "VCardId",
            Self::DisplayUrlPath => "DisplayUrlPath",
            Self::AdImageModeration => "AdImageModeration",
            Self::SitelinksModeration => "SitelinksModeration",
            Self::VCardModeration => "VCardModeration",
            Self::AdExtensions => "AdExtensions",
            Self::DisplayUrlPathModeration => "DisplayUrlPathModeration",
            Self::VideoExtension => "VideoExtension",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageModeration => "TurboPageModeration",
            Self::BusinessId => "BusinessId",
            Self::PreferVCardOverBusiness => "PreferVCardOverBusiness",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImageHash" => Self::AdImageHash,
            "DisplayDomain" => Self::DisplayDomain,
            "FinalUrl" => Self::FinalUrl,
            "Href" => Self::Href,
            "SitelinkSetId" => Self::SitelinkSetId,
            "Text" => Self::Text,
            "Title" => Self::Title,
            "Title2" => Self::Title2,
            "Mobile" => Self::Mobile,
            "VCardId" => Self::VCardId,
            "DisplayUrlPath" => Self::DisplayUrlPath,
            "AdImageModeration" => Self::AdImageModeration,
            "SitelinksModeration" => Self::SitelinksModeration,
            "VCardModeration" => Self::VCardModeration,
            "AdExtensions" => Self::AdExtensions,
            "DisplayUrlPathModeration" => Self::DisplayUrlPathModeration,
            "VideoExtension" => Self::VideoExtension,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageModeration" => Self::TurboPageModeration,
            "BusinessId" => Self::BusinessId,
            "PreferVCardOverBusiness" => Self::PreferVCardOverBusiness,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::text_ad_price_extension_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdPriceExtensionFieldEnum {
    /// Sent as `Price`.
    Price,
    /// Sent as `OldPrice`.
    OldPrice,
    /// Sent as `PriceCurrency`.
    PriceCurrency,
    /// Sent as `PriceQualifier`.
    PriceQualifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextAdPriceExtensionFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Price,
        Self::OldPrice,
        Self::PriceCurrency,
        Self::PriceQualifier,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Price => "Price",
            Self::OldPrice => "OldPrice",
            Self::PriceCurrency => "PriceCurrency",
            Self::PriceQualifier => "PriceQualifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Price" => Self::Price,
            "OldPrice" => Self::OldPrice,
            "PriceCurrency" => Self::PriceCurrency,
            "PriceQualifier" => Self::PriceQualifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextAdPriceExtensionFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextAdPriceExtensionFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::responsive_ad_field_names`.
///
/// One of the 14 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponsiveAdFieldEnum {
    /// Sent as `AdImages`.
    AdImages,
    /// Sent as `DisplayDomain`.
    DisplayDomain,
    /// Sent as `Href`.
    Href,
    /// Sent as `SitelinkSetId`.
    SitelinkSetId,
    /// Sent as `Texts`.
    Texts,
    /// Sent as `Titles`.
    Titles,
    /// Sent as `DisplayUrlPath`.
    DisplayUrlPath,
    /// Sent as `SitelinksModeration`.
    SitelinksModeration,
    /// Sent as `AdExtensions`.
    AdExtensions,
    /// Sent as `DisplayUrlPathModeration`.
    DisplayUrlPathModeration,
    /// Sent as `PriceExtension`.
    PriceExtension,
    /// Sent as `VideoExtensions`.
    VideoExtensions,
    /// Sent as `BusinessId`.
    BusinessId,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ResponsiveAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImages,
        Self::DisplayDomain,
        Self::Href,
        Self::SitelinkSetId,
        Self::Texts,
        Self::Titles,
        Self::DisplayUrlPath,
        Self::SitelinksModeration,
        Self::AdExtensions,
        Self::DisplayUrlPathModeration,
        Self::PriceExtension,
        Self::VideoExtensions,
        Self::BusinessId,
        Self::ErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImages => "AdImages",
            Self::DisplayDomain => "DisplayDomain",
            Self::Href => "Href",
            Self::SitelinkSetId => "SitelinkSetId",
            Self::Texts => "Texts",
            Self::Titles => "Titles",
            Self::DisplayUrlPath => "DisplayUrlPath",
            Self::SitelinksModeration => "SitelinksModeration",
            Self::AdExtensions => "AdExtensions",
            Self::DisplayUrlPathModeration => "DisplayUrlPathModeration",
            Self::PriceExtension => "PriceExtension",
            Self::VideoExtensions => "VideoExtensions",
            Self::BusinessId => "BusinessId",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImages" => Self::AdImages,
            "DisplayDomain" => Self::DisplayDomain,
            "Href" => Self::Href,
            "SitelinkSetId" => Self::SitelinkSetId,
            "Texts" => Self::Texts,
            "Titles" => Self::Titles,
            "DisplayUrlPath" => Self::DisplayUrlPath,
            "SitelinksModeration" => Self::SitelinksModeration,
            "AdExtensions" => Self::AdExtensions,
            "DisplayUrlPathModeration" => Self::DisplayUrlPathModeration,
            "PriceExtension" => Self::PriceExtension,
            "VideoExtensions" => Self::VideoExtensions,
            "BusinessId" => Self::BusinessId,
            "ErirAdDescription" => Self::ErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ResponsiveAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ResponsiveAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::dynamic_text_ad_field_names`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextAdFieldEnum {
    /// Sent as `AdImageHash`.
    AdImageHash,
    /// Sent as `SitelinkSetId`.
    SitelinkSetId,
    /// Sent as `Text`.
    Text,
    /// Sent as `VCardId`.
    VCardId,
    /// Sent as `AdImageModeration`.
    AdImageModeration,
    /// Sent as `SitelinksModeration`.
    SitelinksModeration,
    /// Sent as `VCardModeration`.
    VCardModeration,
    /// Sent as `AdExtensions`.
    AdExtensions,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DynamicTextAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImageHash,
        Self::SitelinkSetId,
        Self::Text,
        Self::VCardId,
        Self::AdImageModeration,
        Self::SitelinksModeration,
        Self::VCardModeration,
        Self::AdExtensions,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImageHash => "AdImageHash",
            Self::SitelinkSetId => "SitelinkSetId",
            Self::Text => "Text",
            Self::VCardId => "VCardId",
            Self::AdImageModeration => "AdImageModeration",
            Self::SitelinksModeration => "SitelinksModeration",
            Self::VCardModeration => "VCardModeration",
            Self::AdExtensions => "AdExtensions",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImageHash" => Self::AdImageHash,
            "SitelinkSetId" => Self::SitelinkSetId,
            "Text" => Self::Text,
            "VCardId" => Self::VCardId,
            "AdImageModeration" => Self::AdImageModeration,
            "SitelinksModeration" => Self::SitelinksModeration,
            "VCardModeration" => Self::VCardModeration,
            "AdExtensions" => Self::AdExtensions,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DynamicTextAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DynamicTextAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::mobile_app_ad_field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdFieldEnum {
    /// Sent as `AdImageHash`.
    AdImageHash,
    /// Sent as `Title`.
    Title,
    /// Sent as `Text`.
    Text,
    /// Sent as `Features`.
    Features,
    /// Sent as `Action`.
    Action,
    /// Sent as `TrackingUrl`.
    TrackingUrl,
    /// Sent as `AdImageModeration`.
    AdImageModeration,
    /// Sent as `VideoExtension`.
    VideoExtension,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImageHash,
        Self::Title,
        Self::Text,
        Self::Features,
        Self::Action,
        Self::TrackingUrl,
        Self::AdImageModeration,
        Self::VideoExtension,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImageHash => "AdImageHash",
            Self::Title => "Title",
            Self::Text => "Text",
            Self::Features => "Features",
            Self::Action => "Action",
            Self::TrackingUrl => "TrackingUrl",
            Self::AdImageModeration => "AdImageModeration",
            Self::VideoExtension => "VideoExtension",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImageHash" => Self::AdImageHash,
            "Title" => Self::Title,
            "Text" => Self::Text,
            "Features" => Self::Features,
            "Action" => Self::Action,
            "TrackingUrl" => Self::TrackingUrl,
            "AdImageModeration" => Self::AdImageModeration,
            "VideoExtension" => Self::VideoExtension,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::text_image_ad_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextImageAdFieldEnum {
    /// Sent as `AdImageHash`.
    AdImageHash,
    /// Sent as `FinalUrl`.
    FinalUrl,
    /// Sent as `Href`.
    Href,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageModeration`.
    TurboPageModeration,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextImageAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImageHash,
        Self::FinalUrl,
        Self::Href,
        Self::TurboPageId,
        Self::TurboPageModeration,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImageHash => "AdImageHash",
            Self::FinalUrl => "FinalUrl",
            Self::Href => "Href",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageModeration => "TurboPageModeration",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImageHash" => Self::AdImageHash,
            "FinalUrl" => Self::FinalUrl,
            "Href" => Self::Href,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageModeration" => Self::TurboPageModeration,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextImageAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextImageAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::mobile_app_image_ad_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppImageAdFieldEnum {
    /// Sent as `AdImageHash`.
    AdImageHash,
    /// Sent as `TrackingUrl`.
    TrackingUrl,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppImageAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImageHash,
        Self::TrackingUrl,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImageHash => "AdImageHash",
            Self::TrackingUrl => "TrackingUrl",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImageHash" => Self::AdImageHash,
            "TrackingUrl" => Self::TrackingUrl,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppImageAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppImageAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::text_ad_builder_ad_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// Sent as `FinalUrl`.
    FinalUrl,
    /// Sent as `Href`.
    Href,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageModeration`.
    TurboPageModeration,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TextAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Creative,
        Self::FinalUrl,
        Self::Href,
        Self::TurboPageId,
        Self::TurboPageModeration,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::FinalUrl => "FinalUrl",
            Self::Href => "Href",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageModeration => "TurboPageModeration",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            "FinalUrl" => Self::FinalUrl,
            "Href" => Self::Href,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageModeration" => Self::TurboPageModeration,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TextAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TextAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::mobile_app_ad_builder_ad_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// Sent as `TrackingUrl`.
    TrackingUrl,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Creative,
        Self::TrackingUrl,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::TrackingUrl => "TrackingUrl",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            "TrackingUrl" => Self::TrackingUrl,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::mobile_app_cpc_video_ad_builder_ad_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCpcVideoAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// Sent as `TrackingUrl`.
    TrackingUrl,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppCpcVideoAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Creative,
        Self::TrackingUrl,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::TrackingUrl => "TrackingUrl",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            "TrackingUrl" => Self::TrackingUrl,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppCpcVideoAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppCpcVideoAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::cpm_banner_ad_builder_ad_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// Sent as `Href`.
    Href,
    /// Sent as `TrackingPixels`.
    TrackingPixels,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageModeration`.
    TurboPageModeration,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmBannerAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Creative,
        Self::Href,
        Self::TrackingPixels,
        Self::TurboPageId,
        Self::TurboPageModeration,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::Href => "Href",
            Self::TrackingPixels => "TrackingPixels",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageModeration => "TurboPageModeration",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            "Href" => Self::Href,
            "TrackingPixels" => Self::TrackingPixels,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageModeration" => Self::TurboPageModeration,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmBannerAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmBannerAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::cpc_video_ad_builder_ad_field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpcVideoAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// Sent as `Href`.
    Href,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageModeration`.
    TurboPageModeration,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpcVideoAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Creative,
        Self::Href,
        Self::TurboPageId,
        Self::TurboPageModeration,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::Href => "Href",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageModeration => "TurboPageModeration",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            "Href" => Self::Href,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageModeration" => Self::TurboPageModeration,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpcVideoAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpcVideoAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::cpm_video_ad_builder_ad_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmVideoAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// Sent as `Href`.
    Href,
    /// Sent as `TrackingPixels`.
    TrackingPixels,
    /// Sent as `TurboPageId`.
    TurboPageId,
    /// Sent as `TurboPageModeration`.
    TurboPageModeration,
    /// Sent as `ErirAdDescription`.
    ErirAdDescription,
    /// Sent as `AutogeneratedErirAdDescription`.
    AutogeneratedErirAdDescription,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CpmVideoAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Creative,
        Self::Href,
        Self::TrackingPixels,
        Self::TurboPageId,
        Self::TurboPageModeration,
        Self::ErirAdDescription,
        Self::AutogeneratedErirAdDescription,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::Href => "Href",
            Self::TrackingPixels => "TrackingPixels",
            Self::TurboPageId => "TurboPageId",
            Self::TurboPageModeration => "TurboPageModeration",
            Self::ErirAdDescription => "ErirAdDescription",
            Self::AutogeneratedErirAdDescription => "AutogeneratedErirAdDescription",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            "Href" => Self::Href,
            "TrackingPixels" => Self::TrackingPixels,
            "TurboPageId" => Self::TurboPageId,
            "TurboPageModeration" => Self::TurboPageModeration,
            "ErirAdDescription" => Self::ErirAdDescription,
            "AutogeneratedErirAdDescription" => Self::AutogeneratedErirAdDescription,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CpmVideoAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CpmVideoAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::smart_ad_builder_ad_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartAdBuilderAdFieldEnum {
    /// Sent as `Creative`.
    Creative,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartAdBuilderAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Creative];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creative => "Creative",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Creative" => Self::Creative,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartAdBuilderAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartAdBuilderAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::shopping_ad_field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShoppingAdFieldEnum {
    /// Sent as `SitelinkSetId`.
    SitelinkSetId,
    /// Sent as `SitelinksModeration`.
    SitelinksModeration,
    /// Sent as `AdExtensions`.
    AdExtensions,
    /// Sent as `BusinessId`.
    BusinessId,
    /// Sent as `FeedId`.
    FeedId,
    /// Sent as `FeedFilterConditions`.
    FeedFilterConditions,
    /// Sent as `FeedProcessingStatus`.
    FeedProcessingStatus,
    /// Sent as `TitleSources`.
    TitleSources,
    /// Sent as `TextSources`.
    TextSources,
    /// Sent as `DefaultTexts`.
    DefaultTexts,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ShoppingAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SitelinkSetId,
        Self::SitelinksModeration,
        Self::AdExtensions,
        Self::BusinessId,
        Self::FeedId,
        Self::FeedFilterConditions,
        Self::FeedProcessingStatus,
        Self::TitleSources,
        Self::TextSources,
        Self::DefaultTexts,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SitelinkSetId => "SitelinkSetId",
            Self::SitelinksModeration => "SitelinksModeration",
            Self::AdExtensions => "AdExtensions",
            Self::BusinessId => "BusinessId",
            Self::FeedId => "FeedId",
            Self::FeedFilterConditions => "FeedFilterConditions",
            Self::FeedProcessingStatus => "FeedProcessingStatus",
            Self::TitleSources => "TitleSources",
            Self::TextSources => "TextSources",
            Self::DefaultTexts => "DefaultTexts",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SitelinkSetId" => Self::SitelinkSetId,
            "SitelinksModeration" => Self::SitelinksModeration,
            "AdExtensions" => Self::AdExtensions,
            "BusinessId" => Self::BusinessId,
            "FeedId" => Self::FeedId,
            "FeedFilterConditions" => Self::FeedFilterConditions,
            "FeedProcessingStatus" => Self::FeedProcessingStatus,
            "TitleSources" => Self::TitleSources,
            "TextSources" => Self::TextSources,
            "DefaultTexts" => Self::DefaultTexts,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ShoppingAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ShoppingAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GetRequest::listing_ad_field_names`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListingAdFieldEnum {
    /// Sent as `SitelinkSetId`.
    SitelinkSetId,
    /// Sent as `SitelinksModeration`.
    SitelinksModeration,
    /// Sent as `AdExtensions`.
    AdExtensions,
    /// Sent as `BusinessId`.
    BusinessId,
    /// Sent as `FeedId`.
    FeedId,
    /// Sent as `FeedFilterConditions`.
    FeedFilterConditions,
    /// Sent as `FeedProcessingStatus`.
    FeedProcessingStatus,
    /// Sent as `TitleSources`.
    TitleSources,
    /// Sent as `TextSources`.
    TextSources,
    /// Sent as `DefaultTexts`.
    DefaultTexts,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ListingAdFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SitelinkSetId,
        Self::SitelinksModeration,
        Self::AdExtensions,
        Self::BusinessId,
        Self::FeedId,
        Self::FeedFilterConditions,
        Self::FeedProcessingStatus,
        Self::TitleSources,
        Self::TextSources,
        Self::DefaultTexts,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SitelinkSetId => "SitelinkSetId",
            Self::SitelinksModeration => "SitelinksModeration",
            Self::AdExtensions => "AdExtensions",
            Self::BusinessId => "BusinessId",
            Self::FeedId => "FeedId",
            Self::FeedFilterConditions => "FeedFilterConditions",
            Self::FeedProcessingStatus => "FeedProcessingStatus",
            Self::TitleSources => "TitleSources",
            Self::TextSources => "TextSources",
            Self::DefaultTexts => "DefaultTexts",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SitelinkSetId" => Self::SitelinkSetId,
            "SitelinksModeration" => Self::SitelinksModeration,
            "AdExtensions" => Self::AdExtensions,
            "BusinessId" => Self::BusinessId,
            "FeedId" => Self::FeedId,
            "FeedFilterConditions" => Self::FeedFilterConditions,
            "FeedProcessingStatus" => Self::FeedProcessingStatus,
            "TitleSources" => Self::TitleSources,
            "TextSources" => Self::TextSources,
            "DefaultTexts" => Self::DefaultTexts,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ListingAdFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ListingAdFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdsSelectionCriteria::types`, `AdGetItem::type_`.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdTypeEnum {
    /// Sent as `TEXT_AD`.
    TextAd,
    /// Sent as `MOBILE_APP_AD`.
    MobileAppAd,
    /// Sent as `DYNAMIC_TEXT_AD`.
    DynamicTextAd,
    /// Sent as `IMAGE_AD`.
    ImageAd,
    /// Sent as `CPC_VIDEO_AD`.
    CpcVideoAd,
    /// Sent as `CPM_BANNER_AD`.
    CpmBannerAd,
    /// Sent as `CPM_VIDEO_AD`.
    CpmVideoAd,
    /// Sent as `SMART_AD`.
    SmartAd,
    /// Sent as `SHOPPING_AD`.
    ShoppingAd,
    /// Sent as `LISTING_AD`.
    ListingAd,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::TextAd,
        Self::MobileAppAd,
        Self::DynamicTextAd,
        Self::ImageAd,
        Self::CpcVideoAd,
        Self::CpmBannerAd,
        Self::CpmVideoAd,
        Self::SmartAd,
        Self::ShoppingAd,
        Self::ListingAd,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextAd => "TEXT_AD",
            Self::MobileAppAd => "MOBILE_APP_AD",
            Self::DynamicTextAd => "DYNAMIC_TEXT_AD",
            Self::ImageAd => "IMAGE_AD",
            Self::CpcVideoAd => "CPC_VIDEO_AD",
            Self::CpmBannerAd => "CPM_BANNER_AD",
            Self::CpmVideoAd => "CPM_VIDEO_AD",
            Self::SmartAd => "SMART_AD",
            Self::ShoppingAd => "SHOPPING_AD",
            Self::ListingAd => "LISTING_AD",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TEXT_AD" => Self::TextAd,
            "MOBILE_APP_AD" => Self::MobileAppAd,
            "DYNAMIC_TEXT_AD" => Self::DynamicTextAd,
            "IMAGE_AD" => Self::ImageAd,
            "CPC_VIDEO_AD" => Self::CpcVideoAd,
            "CPM_BANNER_AD" => Self::CpmBannerAd,
            "CPM_VIDEO_AD" => Self::CpmVideoAd,
            "SMART_AD" => Self::SmartAd,
            "SHOPPING_AD" => Self::ShoppingAd,
            "LISTING_AD" => Self::ListingAd,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdGetItem::subtype`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdSubtypeEnum {
    /// Sent as `MOBILE_APP_AD_BUILDER_AD`.
    MobileAppAdBuilderAd,
    /// Sent as `MOBILE_APP_IMAGE_AD`.
    MobileAppImageAd,
    /// Sent as `MOBILE_APP_CPC_VIDEO_AD_BUILDER_AD`.
    MobileAppCpcVideoAdBuilderAd,
    /// Sent as `NONE`.
    None,
    /// Sent as `TEXT_AD_BUILDER_AD`.
    TextAdBuilderAd,
    /// Sent as `TEXT_IMAGE_AD`.
    TextImageAd,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdSubtypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MobileAppAdBuilderAd,
        Self::MobileAppImageAd,
        Self::MobileAppCpcVideoAdBuilderAd,
        Self::None,
        Self::TextAdBuilderAd,
        Self::TextImageAd,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MobileAppAdBuilderAd => "MOBILE_APP_AD_BUILDER_AD",
            Self::MobileAppImageAd => "MOBILE_APP_IMAGE_AD",
            Self::MobileAppCpcVideoAdBuilderAd => "MOBILE_APP_CPC_VIDEO_AD_BUILDER_AD",
            Self::None => "NONE",
            Self::TextAdBuilderAd => "TEXT_AD_BUILDER_AD",
            Self::TextImageAd => "TEXT_IMAGE_AD",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MOBILE_APP_AD_BUILDER_AD" => Self::MobileAppAdBuilderAd,
            "MOBILE_APP_IMAGE_AD" => Self::MobileAppImageAd,
            "MOBILE_APP_CPC_VIDEO_AD_BUILDER_AD" => Self::MobileAppCpcVideoAdBuilderAd,
            "NONE" => Self::None,
            "TEXT_AD_BUILDER_AD" => Self::TextAdBuilderAd,
            "TEXT_IMAGE_AD" => Self::TextImageAd,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdSubtypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdSubtypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `MobileAppAdFeatureItem::feature`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppFeatureEnum {
    /// Sent as `PRICE`.
    Price,
    /// Sent as `ICON`.
    Icon,
    /// Sent as `CUSTOMER_RATING`.
    CustomerRating,
    /// Sent as `RATINGS`.
    Ratings,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppFeatureEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Price,
        Self::Icon,
        Self::CustomerRating,
        Self::Ratings,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Price => "PRICE",
            Self::Icon => "ICON",
            Self::CustomerRating => "CUSTOMER_RATING",
            Self::Ratings => "RATINGS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "PRICE" => Self::Price,
            "ICON" => Self::Icon,
            "CUSTOMER_RATING" => Self::CustomerRating,
            "RATINGS" => Self::Ratings,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppFeatureEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppFeatureEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `PriceExtensionAddItem::price_currency`, `PriceExtensionUpdateItem::price_currency`, `PriceExtensionGetItem::price_currency`.
///
/// One of the 9 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriceCurrencyEnum {
    /// Sent as `RUB`.
    Rub,
    /// Sent as `UAH`.
    Uah,
    /// Sent as `BYN`.
    Byn,
    /// Sent as `USD`.
    Usd,
    /// Sent as `EUR`.
    Eur,
    /// Sent as `KZT`.
    Kzt,
    /// Sent as `TRY`.
    Try,
    /// Sent as `CHF`.
    Chf,
    /// Sent as `UZS`.
    Uzs,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PriceCurrencyEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Rub,
        Self::Uah,
        Self::Byn,
        Self::Usd,
        Self::Eur,
        Self::Kzt,
        Self::Try,
        Self::Chf,
        Self::Uzs,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rub => "RUB",
            Self::Uah => "UAH",
            Self::Byn => "BYN",
            Self::Usd => "USD",
            Self::Eur => "EUR",
            Self::Kzt => "KZT",
            Self::Try => "TRY",
            Self::Chf => "CHF",
            Self::Uzs => "UZS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RUB" => Self::Rub,
            "UAH" => Self::Uah,
            "BYN" => Self::Byn,
            "USD" => Self::Usd,
            "EUR" => Self::Eur,
            "KZT" => Self::Kzt,
            "TRY" => Self::Try,
            "CHF" => Self::Chf,
            "UZS" => Self::Uzs,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PriceCurrencyEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PriceCurrencyEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `PriceExtensionAddItem::price_qualifier`, `PriceExtensionUpdateItem::price_qualifier`, `PriceExtensionGetItem::price_qualifier`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriceQualifierEnum {
    /// Sent as `NONE`.
    None,
    /// Sent as `FROM`.
    From,
    /// Sent as `UP_TO`.
    UpTo,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PriceQualifierEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::None, Self::From, Self::UpTo];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::From => "FROM",
            Self::UpTo => "UP_TO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "FROM" => Self::From,
            "UP_TO" => Self::UpTo,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PriceQualifierEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PriceQualifierEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ShoppingAdGet::feed_processing_status`, `ListingAdGet::feed_processing_status`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeedProcessingStatusEnum {
    /// Sent as `EMPTY_RESULT`.
    EmptyResult,
    /// Sent as `PROCESSED`.
    Processed,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// Sent as `UNPROCESSED`.
    Unprocessed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl FeedProcessingStatusEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::EmptyResult,
        Self::Processed,
        Self::Unknown,
        Self::Unprocessed,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmptyResult => "EMPTY_RESULT",
            Self::Processed => "PROCESSED",
            Self::Unknown => "UNKNOWN",
            Self::Unprocessed => "UNPROCESSED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EMPTY_RESULT" => Self::EmptyResult,
            "PROCESSED" => Self::Processed,
            "UNKNOWN" => Self::Unknown,
            "UNPROCESSED" => Self::Unprocessed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for FeedProcessingStatusEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for FeedProcessingStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdGetItem::ad_categories`. A list, sent as `{"Items": [...]}`.
pub type ArrayOfAdCategoryEnum = rt::Items<AdCategoryEnum>;
/// Used in `TextAdGetBase::ad_extensions`, `ResponsiveAdGet::ad_extensions`, `ShoppingAdGet::ad_extensions` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdExtensionAdGetItem {
    /// Required. Sent as `AdExtensionId`.
    pub ad_extension_id: i64,
    /// Required. Sent as `Type`.
    pub type_: super::adextensiontypes::AdExtensionTypeEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionAdGetItem {
    /// A `AdExtensionAdGetItem` with its required fields (`AdExtensionId`, `Type`); the others start absent.
    pub fn new(
        ad_extension_id: i64,
        type_: super::adextensiontypes::AdExtensionTypeEnum,
    ) -> Self {
        Self {
            ad_extension_id,
            type_,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ResponsiveAdGet::texts`. Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextGetItem {
    /// Required. Sent as `Status`.
    pub status: super::general::StatusEnum,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Text`.
    pub text: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextGetItem {
    /// A `TextGetItem` with its required fields (`Status`, `Text`); the others start absent.
    pub fn new(
        status: super::general::StatusEnum,
        text: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            text: text.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
}
/// Used in `ResponsiveAdGet::titles`. Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TitleGetItem {
    /// Required. Sent as `Status`.
    pub status: super::general::StatusEnum,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Title`.
    pub title: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TitleGetItem {
    /// A `TitleGetItem` with its required fields (`Status`, `Title`); the others start absent.
    pub fn new(
        status: super::general::StatusEnum,
        title: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            title: title.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
}
/// Used in `ResponsiveAdGet::ad_images`. A list, sent as `{"Items": [...]}`.
pub type ArrayOfAdImageGet = rt::Items<AdImageGetItem>;
/// Used in `ArrayOfAdImageGet`. Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdImageGetItem {
    /// Required. Sent as `Status`.
    pub status: super::general::StatusEnum,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `ImageHash`.
    pub image_hash: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageGetItem {
    /// A `AdImageGetItem` with its required fields (`Status`, `ImageHash`); the others start absent.
    pub fn new(
        status: super::general::StatusEnum,
        image_hash: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            image_hash: image_hash.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
}
/// Used in `ResponsiveAdGet::video_extensions`. A list, sent as `{"Items": [...]}`.
pub type ArrayOfVideoExtensionGet = rt::Items<
    VideoExtensionWithStatusClarificationGetItem,
>;
/// Used in `ArrayOfVideoExtensionGet`. Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionWithStatusClarificationGetItem {
    /// Required. Sent as `Status`.
    pub status: super::general::StatusEnum,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `CreativeId`.
    pub creative_id: i64,
    /// Required. Sent as `ThumbnailUrl`.
    pub thumbnail_url: ::std::string::String,
    /// Required. Sent as `PreviewUrl`.
    pub preview_url: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionWithStatusClarificationGetItem {
    /// A `VideoExtensionWithStatusClarificationGetItem` with its required fields (`Status`, `CreativeId`, `ThumbnailUrl`, `PreviewUrl`); the others start absent.
    pub fn new(
        status: super::general::StatusEnum,
        creative_id: i64,
        thumbnail_url: impl ::core::convert::Into<::std::string::String>,
        preview_url: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            creative_id,
            thumbnail_url: thumbnail_url.into(),
            preview_url: preview_url.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
}
/// Used in `TextAdGet::video_extension`, `MobileAppAdGet::video_extension`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionGetItem {
    /// Required. Sent as `CreativeId`.
    pub creative_id: i64,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Required. Sent as `ThumbnailUrl`.
    pub thumbnail_url: ::std::string::String,
    /// Required. Sent as `PreviewUrl`.
    pub preview_url: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionGetItem {
    /// A `VideoExtensionGetItem` with its required fields (`CreativeId`, `ThumbnailUrl`, `PreviewUrl`); the others start absent.
    pub fn new(
        creative_id: i64,
        thumbnail_url: impl ::core::convert::Into<::std::string::String>,
        preview_url: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            creative_id,
            status: ::core::option::Option::None,
            thumbnail_url: thumbnail_url.into(),
            preview_url: preview_url.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TrackingPixelGetArray`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TrackingPixelGetItem {
    /// Required. Sent as `TrackingPixel`.
    pub tracking_pixel: ::std::string::String,
    /// Required. Sent as `Provider`.
    pub provider: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TrackingPixelGetItem {
    /// A `TrackingPixelGetItem` with its required fields (`TrackingPixel`, `Provider`); the others start absent.
    pub fn new(
        tracking_pixel: impl ::core::convert::Into<::std::string::String>,
        provider: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            tracking_pixel: tracking_pixel.into(),
            provider: provider.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `CpmBannerAdBuilderAdGet::tracking_pixels`, `CpmVideoAdBuilderAdGet::tracking_pixels`. A list, sent as `{"Items": [...]}`.
pub type TrackingPixelGetArray = rt::Items<TrackingPixelGetItem>;
/// Used in `TextAdAdd::video_extension`, `MobileAppAdAdd::video_extension`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VideoExtensionAddItem {
    /// Optional. Sent as `CreativeId`.
    pub creative_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionAddItem {
    /// An empty `VideoExtensionAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            creative_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CreativeId`.
    #[inline]
    #[must_use]
    pub fn with_creative_id(mut self, value: i64) -> Self {
        self.creative_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextAdUpdate::video_extension`, `MobileAppAdUpdate::video_extension`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VideoExtensionUpdateItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CreativeId`.
    pub creative_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoExtensionUpdateItem {
    /// An empty `VideoExtensionUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            creative_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CreativeId`.
    #[inline]
    #[must_use]
    pub fn with_creative_id(mut self, value: i64) -> Self {
        self.creative_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `TextAdAdd::price_extension`, `ResponsiveAdAdd::price_extension`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PriceExtensionAddItem {
    /// Required. Sent as `Price`.
    pub price: i64,
    /// Optional. Sent as `OldPrice`.
    pub old_price: ::core::option::Option<i64>,
    /// Required. Sent as `PriceQualifier`.
    pub price_qualifier: PriceQualifierEnum,
    /// Required. Sent as `PriceCurrency`.
    pub price_currency: PriceCurrencyEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PriceExtensionAddItem {
    /// A `PriceExtensionAddItem` with its required fields (`Price`, `PriceQualifier`, `PriceCurrency`); the others start absent.
    pub fn new(
        price: i64,
        price_qualifier: PriceQualifierEnum,
        price_currency: PriceCurrencyEnum,
    ) -> Self {
        Self {
            price,
            old_price: ::core::option::Option::None,
            price_qualifier,
            price_currency,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `OldPrice`.
    #[inline]
    #[must_use]
    pub fn with_old_price(mut self, value: i64) -> Self {
        self.old_price = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextAdUpdate::price_extension`, `ResponsiveAdUpdate::price_extension`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PriceExtensionUpdateItem {
    /// Optional. Sent as `Price`.
    pub price: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OldPrice`.
    pub old_price: rt::Nullable<i64>,
    /// Optional. Sent as `PriceQualifier`.
    pub price_qualifier: ::core::option::Option<PriceQualifierEnum>,
    /// Optional. Sent as `PriceCurrency`.
    pub price_currency: ::core::option::Option<PriceCurrencyEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PriceExtensionUpdateItem {
    /// An empty `PriceExtensionUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            price: ::core::option::Option::None,
            old_price: rt::Nullable::Absent,
            price_qualifier: ::core::option::Option::None,
            price_currency: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: i64) -> Self {
        self.price = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OldPrice`.
    #[inline]
    #[must_use]
    pub fn with_old_price(mut self, value: i64) -> Self {
        self.old_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `PriceQualifier`.
    #[inline]
    #[must_use]
    pub fn with_price_qualifier(mut self, value: PriceQualifierEnum) -> Self {
        self.price_qualifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriceCurrency`.
    #[inline]
    #[must_use]
    pub fn with_price_currency(mut self, value: PriceCurrencyEnum) -> Self {
        self.price_currency = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `TextAdGet::price_extension`, `ResponsiveAdGet::price_extension`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PriceExtensionGetItem {
    /// Optional. Sent as `Price`.
    pub price: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OldPrice`.
    pub old_price: rt::Nullable<i64>,
    /// Optional. Sent as `PriceQualifier`.
    pub price_qualifier: ::core::option::Option<PriceQualifierEnum>,
    /// Optional. Sent as `PriceCurrency`.
    pub price_currency: ::core::option::Option<PriceCurrencyEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PriceExtensionGetItem {
    /// An empty `PriceExtensionGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            price: ::core::option::Option::None,
            old_price: rt::Nullable::Absent,
            price_qualifier: ::core::option::Option::None,
            price_currency: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: i64) -> Self {
        self.price = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OldPrice`.
    #[inline]
    #[must_use]
    pub fn with_old_price(mut self, value: i64) -> Self {
        self.old_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `PriceQualifier`.
    #[inline]
    #[must_use]
    pub fn with_price_qualifier(mut self, value: PriceQualifierEnum) -> Self {
        self.price_qualifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriceCurrency`.
    #[inline]
    #[must_use]
    pub fn with_price_currency(mut self, value: PriceCurrencyEnum) -> Self {
        self.price_currency = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `MobileAppAdAdd::features`, `MobileAppAdUpdate::features`. Extended by `MobileAppAdFeatureGetItem`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdFeatureItem {
    /// Required. Sent as `Feature`.
    pub feature: MobileAppFeatureEnum,
    /// Required. Sent as `Enabled`.
    pub enabled: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdFeatureItem {
    /// A `MobileAppAdFeatureItem` with its required fields (`Feature`, `Enabled`); the others start absent.
    pub fn new(
        feature: MobileAppFeatureEnum,
        enabled: super::general::YesNoEnum,
    ) -> Self {
        Self {
            feature,
            enabled,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `MobileAppAdGet::features`. Extends `MobileAppAdFeatureItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdFeatureGetItem {
    /// Required. Sent as `Feature`.
    pub feature: MobileAppFeatureEnum,
    /// Required. Sent as `Enabled`.
    pub enabled: super::general::YesNoEnum,
    /// Required. Sent as `IsAvailable`.
    pub is_available: super::general::YesNoUnknownEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdFeatureGetItem {
    /// A `MobileAppAdFeatureGetItem` with its required fields (`Feature`, `Enabled`, `IsAvailable`); the others start absent.
    pub fn new(
        feature: MobileAppFeatureEnum,
        enabled: super::general::YesNoEnum,
        is_available: super::general::YesNoUnknownEnum,
    ) -> Self {
        Self {
            feature,
            enabled,
            is_available,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `AdAddItem::smart_ad_builder_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdBuilderAdAdd {
    /// Optional. Sent as `LogoExtensionHash`.
    pub logo_extension_hash: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdBuilderAdAdd {
    /// An empty `SmartAdBuilderAdAdd`: every field absent.
    pub fn new() -> Self {
        Self {
            logo_extension_hash: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LogoExtensionHash`.
    #[inline]
    #[must_use]
    pub fn with_logo_extension_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_extension_hash = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::shopping_ad`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShoppingAdAdd {
    /// Optional. Sent as `SitelinkSetId`.
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `BusinessId`.
    pub business_id: ::core::option::Option<i64>,
    /// Required. Sent as `FeedId`.
    pub feed_id: i64,
    /// Optional. Sent as `FeedFilterConditions`.
    pub feed_filter_conditions: ::core::option::Option<
        ::std::vec::Vec<FeedFilterConditionItem>,
    >,
    /// Optional. Sent as `TitleSources`.
    pub title_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `TextSources`.
    pub text_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Required. Sent as `DefaultTexts`.
    pub default_texts: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ShoppingAdAdd {
    /// A `ShoppingAdAdd` with its required fields (`FeedId`, `DefaultTexts`); the others start absent.
    pub fn new(
        feed_id: i64,
        default_texts: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            business_id: ::core::option::Option::None,
            feed_id,
            feed_filter_conditions: ::core::option::Option::None,
            title_sources: ::core::option::Option::None,
            text_sources: ::core::option::Option::None,
            default_texts: default_texts
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedFilterConditions`.
    #[inline]
    #[must_use]
    pub fn with_feed_filter_conditions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FeedFilterConditionItem>,
        >,
    ) -> Self {
        self.feed_filter_conditions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.title_sources = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.text_sources = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AdAddItem::listing_ad`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListingAdAdd {
    /// Optional. Sent as `SitelinkSetId`.
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `BusinessId`.
    pub business_id: ::core::option::Option<i64>,
    /// Required. Sent as `FeedId`.
    pub feed_id: i64,
    /// Optional. Sent as `FeedFilterConditions`.
    pub feed_filter_conditions: ::core::option::Option<
        ::std::vec::Vec<FeedFilterConditionItem>,
    >,
    /// Optional. Sent as `TitleSources`.
    pub title_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `TextSources`.
    pub text_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Required. Sent as `DefaultTexts`.
    pub default_texts: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ListingAdAdd {
    /// A `ListingAdAdd` with its required fields (`FeedId`, `DefaultTexts`); the others start absent.
    pub fn new(
        feed_id: i64,
        default_texts: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            business_id: ::core::option::Option::None,
            feed_id,
            feed_filter_conditions: ::core::option::Option::None,
            title_sources: ::core::option::Option::None,
            text_sources: ::core::option::Option::None,
            default_texts: default_texts
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedFilterConditions`.
    #[inline]
    #[must_use]
    pub fn with_feed_filter_conditions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<FeedFilterConditionItem>,
        >,
    ) -> Self {
        self.feed_filter_conditions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.title_sources = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.text_sources = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `ShoppingAdUpdate::feed_filter_conditions`, `ListingAdUpdate::feed_filter_conditions`, `ShoppingAdGet::feed_filter_conditions` and one more. A list, sent as `{"Items": [...]}`.
pub type ArrayOfFeedFilterCondition = rt::Items<FeedFilterConditionItem>;
/// Used in `ShoppingAdAdd::feed_filter_conditions`, `ListingAdAdd::feed_filter_conditions`, `ArrayOfFeedFilterCondition`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedFilterConditionItem {
    /// Required. Sent as `Operand`.
    pub operand: ::std::string::String,
    /// Required. Sent as `Operator`.
    pub operator: super::general::StringConditionOperatorEnum,
    /// Required. Sent as `Arguments`.
    pub arguments: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl FeedFilterConditionItem {
    /// A `FeedFilterConditionItem` with its required fields (`Operand`, `Operator`, `Arguments`); the others start absent.
    pub fn new(
        operand: impl ::core::convert::Into<::std::string::String>,
        operator: super::general::StringConditionOperatorEnum,
        arguments: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            operand: operand.into(),
            operator,
            arguments: arguments.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `MobileAppAdUpdate`, `MobileAppAdGet`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdBase {
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Action`.
    pub action: ::core::option::Option<super::general::MobileAppAdActionEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdBase {
    /// An empty `MobileAppAdBase`: every field absent.
    pub fn new() -> Self {
        Self {
            title: ::core::option::Option::None,
            text: ::core::option::Option::None,
            tracking_url: rt::Nullable::Absent,
            action: ::core::option::Option::None,
            ad_image_hash: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Action`.
    #[inline]
    #[must_use]
    pub fn with_action(mut self, value: super::general::MobileAppAdActionEnum) -> Self {
        self.action = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::smart_ad_builder_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdBuilderAdUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `LogoExtensionHash`.
    pub logo_extension_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdBuilderAdUpdate {
    /// An empty `SmartAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            logo_extension_hash: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LogoExtensionHash`.
    #[inline]
    #[must_use]
    pub fn with_logo_extension_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_extension_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::shopping_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ShoppingAdUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CalloutSetting`.
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedFilterConditions`.
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TitleSources`.
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TextSources`.
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `DefaultTexts`.
    pub default_texts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ShoppingAdUpdate {
    /// An empty `ShoppingAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            sitelink_set_id: rt::Nullable::Absent,
            callout_setting: rt::Nullable::Absent,
            business_id: rt::Nullable::Absent,
            feed_filter_conditions: rt::Nullable::Absent,
            title_sources: rt::Nullable::Absent,
            text_sources: rt::Nullable::Absent,
            default_texts: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CalloutSetting`.
    #[inline]
    #[must_use]
    pub fn with_callout_setting(
        mut self,
        value: super::adextensiontypes::AdExtensionSetting,
    ) -> Self {
        self.callout_setting = rt::Nullable::Value(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedFilterConditions`.
    #[inline]
    #[must_use]
    pub fn with_feed_filter_conditions(
        mut self,
        value: ArrayOfFeedFilterCondition,
    ) -> Self {
        self.feed_filter_conditions = rt::Nullable::Value(value);
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.title_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.text_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `DefaultTexts`.
    #[inline]
    #[must_use]
    pub fn with_default_texts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AdUpdateItem::listing_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListingAdUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CalloutSetting`.
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedFilterConditions`.
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TitleSources`.
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TextSources`.
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `DefaultTexts`.
    pub default_texts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ListingAdUpdate {
    /// An empty `ListingAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            sitelink_set_id: rt::Nullable::Absent,
            callout_setting: rt::Nullable::Absent,
            business_id: rt::Nullable::Absent,
            feed_filter_conditions: rt::Nullable::Absent,
            title_sources: rt::Nullable::Absent,
            text_sources: rt::Nullable::Absent,
            default_texts: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CalloutSetting`.
    #[inline]
    #[must_use]
    pub fn with_callout_setting(
        mut self,
        value: super::adextensiontypes::AdExtensionSetting,
    ) -> Self {
        self.callout_setting = rt::Nullable::Value(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedFilterConditions`.
    #[inline]
    #[must_use]
    pub fn with_feed_filter_conditions(
        mut self,
        value: ArrayOfFeedFilterCondition,
    ) -> Self {
        self.feed_filter_conditions = rt::Nullable::Value(value);
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.title_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.text_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `DefaultTexts`.
    #[inline]
    #[must_use]
    pub fn with_default_texts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Extended by `AdAddItem`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdAddItemBase {
    /// Required. Sent as `AdGroupId`.
    pub ad_group_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdAddItemBase {
    /// A `AdAddItemBase` with its required fields (`AdGroupId`); the others start absent.
    pub fn new(ad_group_id: i64) -> Self {
        Self {
            ad_group_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `TextAdAdd`, `DynamicTextAdAdd`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdAddBase {
    /// Optional. Sent as `VCardId`.
    pub v_card_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `SitelinkSetId`.
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdAddBase {
    /// An empty `TextAdAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: ::core::option::Option::None,
            ad_image_hash: ::core::option::Option::None,
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AddRequest::ads`. Extends `AdAddItemBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdAddItem {
    /// Required. Sent as `AdGroupId`.
    pub ad_group_id: i64,
    /// Optional. Sent as `TextAd`.
    pub text_ad: ::core::option::Option<TextAdAdd>,
    /// Optional. Sent as `ResponsiveAd`.
    pub responsive_ad: ::core::option::Option<ResponsiveAdAdd>,
    /// Optional. Sent as `DynamicTextAd`.
    pub dynamic_text_ad: ::core::option::Option<DynamicTextAdAdd>,
    /// Optional. Sent as `MobileAppAd`.
    pub mobile_app_ad: ::core::option::Option<MobileAppAdAdd>,
    /// Optional. Sent as `TextImageAd`.
    pub text_image_ad: ::core::option::Option<TextImageAdAdd>,
    /// Optional. Sent as `MobileAppImageAd`.
    pub mobile_app_image_ad: ::core::option::Option<MobileAppImageAdAdd>,
    /// Optional. Sent as `TextAdBuilderAd`.
    pub text_ad_builder_ad: ::core::option::Option<TextAdBuilderAdAdd>,
    /// Optional. Sent as `MobileAppAdBuilderAd`.
    pub mobile_app_ad_builder_ad: ::core::option::Option<MobileAppAdBuilderAdAdd>,
    /// Optional. Sent as `MobileAppCpcVideoAdBuilderAd`.
    pub mobile_app_cpc_video_ad_builder_ad: ::core::option::Option<
        MobileAppCpcVideoAdBuilderAdAdd,
    >,
    /// Optional. Sent as `CpmBannerAdBuilderAd`.
    pub cpm_banner_ad_builder_ad: ::core::option::Option<CpmBannerAdBuilderAdAdd>,
    /// Optional. Sent as `CpcVideoAdBuilderAd`.
    pub cpc_video_ad_builder_ad: ::core::option::Option<CpcVideoAdBuilderAdAdd>,
    /// Optional. Sent as `CpmVideoAdBuilderAd`.
    pub cpm_video_ad_builder_ad: ::core::option::Option<CpmVideoAdBuilderAdAdd>,
    /// Optional. Sent as `SmartAdBuilderAd`.
    pub smart_ad_builder_ad: ::core::option::Option<SmartAdBuilderAdAdd>,
    /// Optional. Sent as `ShoppingAd`.
    pub shopping_ad: ::core::option::Option<ShoppingAdAdd>,
    /// Optional. Sent as `ListingAd`.
    pub listing_ad: ::core::option::Option<ListingAdAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdAddItem {
    /// A `AdAddItem` with its required fields (`AdGroupId`); the others start absent.
    pub fn new(ad_group_id: i64) -> Self {
        Self {
            ad_group_id,
            text_ad: ::core::option::Option::None,
            responsive_ad: ::core::option::Option::None,
            dynamic_text_ad: ::core::option::Option::None,
            mobile_app_ad: ::core::option::Option::None,
            text_image_ad: ::core::option::Option::None,
            mobile_app_image_ad: ::core::option::Option::None,
            text_ad_builder_ad: ::core::option::Option::None,
            mobile_app_ad_builder_ad: ::core::option::Option::None,
            mobile_app_cpc_video_ad_builder_ad: ::core::option::Option::None,
            cpm_banner_ad_builder_ad: ::core::option::Option::None,
            cpc_video_ad_builder_ad: ::core::option::Option::None,
            cpm_video_ad_builder_ad: ::core::option::Option::None,
            smart_ad_builder_ad: ::core::option::Option::None,
            shopping_ad: ::core::option::Option::None,
            listing_ad: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TextAd`.
    #[inline]
    #[must_use]
    pub fn with_text_ad(mut self, value: TextAdAdd) -> Self {
        self.text_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ResponsiveAd`.
    #[inline]
    #[must_use]
    pub fn with_responsive_ad(mut self, value: ResponsiveAdAdd) -> Self {
        self.responsive_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAd`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad(mut self, value: DynamicTextAdAdd) -> Self {
        self.dynamic_text_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad(mut self, value: MobileAppAdAdd) -> Self {
        self.mobile_app_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextImageAd`.
    #[inline]
    #[must_use]
    pub fn with_text_image_ad(mut self, value: TextImageAdAdd) -> Self {
        self.text_image_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppImageAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_image_ad(mut self, value: MobileAppImageAdAdd) -> Self {
        self.mobile_app_image_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_builder_ad(mut self, value: TextAdBuilderAdAdd) -> Self {
        self.text_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_builder_ad(
        mut self,
        value: MobileAppAdBuilderAdAdd,
    ) -> Self {
        self.mobile_app_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCpcVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_cpc_video_ad_builder_ad(
        mut self,
        value: MobileAppCpcVideoAdBuilderAdAdd,
    ) -> Self {
        self.mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_ad_builder_ad(
        mut self,
        value: CpmBannerAdBuilderAdAdd,
    ) -> Self {
        self.cpm_banner_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpcVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_ad_builder_ad(
        mut self,
        value: CpcVideoAdBuilderAdAdd,
    ) -> Self {
        self.cpc_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_ad_builder_ad(
        mut self,
        value: CpmVideoAdBuilderAdAdd,
    ) -> Self {
        self.cpm_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_builder_ad(mut self, value: SmartAdBuilderAdAdd) -> Self {
        self.smart_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ShoppingAd`.
    #[inline]
    #[must_use]
    pub fn with_shopping_ad(mut self, value: ShoppingAdAdd) -> Self {
        self.shopping_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ListingAd`.
    #[inline]
    #[must_use]
    pub fn with_listing_ad(mut self, value: ListingAdAdd) -> Self {
        self.listing_ad = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AdAddItem::text_ad`. Extends `TextAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextAdAdd {
    /// Optional. Sent as `VCardId`.
    pub v_card_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `SitelinkSetId`.
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Required. Sent as `Text`.
    pub text: ::std::string::String,
    /// Required. Sent as `Title`.
    pub title: ::std::string::String,
    /// Optional. Sent as `Title2`.
    pub title2: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `FinalUrl`.
    pub final_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Mobile`.
    pub mobile: super::general::YesNoEnum,
    /// Optional. Sent as `DisplayUrlPath`.
    pub display_url_path: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `VideoExtension`.
    pub video_extension: ::core::option::Option<VideoExtensionAddItem>,
    /// Optional. Sent as `PriceExtension`.
    pub price_extension: ::core::option::Option<PriceExtensionAddItem>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Optional. Sent as `BusinessId`.
    pub business_id: ::core::option::Option<i64>,
    /// Optional. Sent as `PreferVCardOverBusiness`.
    pub prefer_v_card_over_business: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdAdd {
    /// A `TextAdAdd` with its required fields (`Text`, `Title`, `Mobile`); the others start absent.
    pub fn new(
        text: impl ::core::convert::Into<::std::string::String>,
        title: impl ::core::convert::Into<::std::string::String>,
        mobile: super::general::YesNoEnum,
    ) -> Self {
        Self {
            v_card_id: ::core::option::Option::None,
            ad_image_hash: ::core::option::Option::None,
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            text: text.into(),
            title: title.into(),
            title2: ::core::option::Option::None,
            final_url: ::core::option::Option::None,
            href: ::core::option::Option::None,
            mobile,
            display_url_path: ::core::option::Option::None,
            video_extension: ::core::option::Option::None,
            price_extension: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            business_id: ::core::option::Option::None,
            prefer_v_card_over_business: ::core::option::Option::None,
            erir_ad_description: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Title2`.
    #[inline]
    #[must_use]
    pub fn with_title2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title2 = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_url_path = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `VideoExtension`.
    #[inline]
    #[must_use]
    pub fn with_video_extension(mut self, value: VideoExtensionAddItem) -> Self {
        self.video_extension = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriceExtension`.
    #[inline]
    #[must_use]
    pub fn with_price_extension(mut self, value: PriceExtensionAddItem) -> Self {
        self.price_extension = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PreferVCardOverBusiness`.
    #[inline]
    #[must_use]
    pub fn with_prefer_v_card_over_business(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.prefer_v_card_over_business = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::responsive_ad`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResponsiveAdAdd {
    /// Required. Sent as `Texts`.
    pub texts: ::std::vec::Vec<::std::string::String>,
    /// Required. Sent as `Titles`.
    pub titles: ::std::vec::Vec<::std::string::String>,
    /// Optional. Sent as `AdImageHashes`.
    pub ad_image_hashes: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `VideoExtensionIds`.
    pub video_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AgeLabel`.
    pub age_label: ::core::option::Option<AgeLabelEnum>,
    /// Optional. Sent as `DisplayUrlPath`.
    pub display_url_path: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `SitelinkSetId`.
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `PriceExtension`.
    pub price_extension: ::core::option::Option<PriceExtensionAddItem>,
    /// Optional. Sent as `BusinessId`.
    pub business_id: ::core::option::Option<i64>,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResponsiveAdAdd {
    /// A `ResponsiveAdAdd` with its required fields (`Texts`, `Titles`); the others start absent.
    pub fn new(
        texts: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
        titles: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            texts: texts.into_iter().map(::core::convert::Into::into).collect(),
            titles: titles.into_iter().map(::core::convert::Into::into).collect(),
            ad_image_hashes: ::core::option::Option::None,
            video_extension_ids: ::core::option::Option::None,
            href: ::core::option::Option::None,
            age_label: ::core::option::Option::None,
            display_url_path: ::core::option::Option::None,
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            price_extension: ::core::option::Option::None,
            business_id: ::core::option::Option::None,
            erir_ad_description: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHashes`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hashes(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.ad_image_hashes = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `VideoExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_video_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.video_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `AgeLabel`.
    #[inline]
    #[must_use]
    pub fn with_age_label(mut self, value: AgeLabelEnum) -> Self {
        self.age_label = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_url_path = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `PriceExtension`.
    #[inline]
    #[must_use]
    pub fn with_price_extension(mut self, value: PriceExtensionAddItem) -> Self {
        self.price_extension = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::dynamic_text_ad`. Extends `TextAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextAdAdd {
    /// Optional. Sent as `VCardId`.
    pub v_card_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `SitelinkSetId`.
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Required. Sent as `Text`.
    pub text: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextAdAdd {
    /// A `DynamicTextAdAdd` with its required fields (`Text`); the others start absent.
    pub fn new(text: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            v_card_id: ::core::option::Option::None,
            ad_image_hash: ::core::option::Option::None,
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            text: text.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AdAddItem::mobile_app_ad`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdAdd {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Text`.
    pub text: ::std::string::String,
    /// Required. Sent as `Title`.
    pub title: ::std::string::String,
    /// Optional. Sent as `TrackingUrl`.
    pub tracking_url: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Action`.
    pub action: super::general::MobileAppAdActionEnum,
    /// Optional. Sent as `Features`.
    pub features: ::core::option::Option<::std::vec::Vec<MobileAppAdFeatureItem>>,
    /// Optional. Sent as `AgeLabel`.
    pub age_label: ::core::option::Option<MobAppAgeLabelEnum>,
    /// Optional. Sent as `VideoExtension`.
    pub video_extension: ::core::option::Option<VideoExtensionAddItem>,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdAdd {
    /// A `MobileAppAdAdd` with its required fields (`Text`, `Title`, `Action`); the others start absent.
    pub fn new(
        text: impl ::core::convert::Into<::std::string::String>,
        title: impl ::core::convert::Into<::std::string::String>,
        action: super::general::MobileAppAdActionEnum,
    ) -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            text: text.into(),
            title: title.into(),
            tracking_url: ::core::option::Option::None,
            action,
            features: ::core::option::Option::None,
            age_label: ::core::option::Option::None,
            video_extension: ::core::option::Option::None,
            erir_ad_description: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Features`.
    #[inline]
    #[must_use]
    pub fn with_features(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppAdFeatureItem>,
        >,
    ) -> Self {
        self.features = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AgeLabel`.
    #[inline]
    #[must_use]
    pub fn with_age_label(mut self, value: MobAppAgeLabelEnum) -> Self {
        self.age_label = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoExtension`.
    #[inline]
    #[must_use]
    pub fn with_video_extension(mut self, value: VideoExtensionAddItem) -> Self {
        self.video_extension = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
}
/// Extended by `TextImageAdAdd`, `MobileAppImageAdAdd`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ImageAdAddBase {
    /// Required. Sent as `AdImageHash`.
    pub ad_image_hash: ::std::string::String,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ImageAdAddBase {
    /// A `ImageAdAddBase` with its required fields (`AdImageHash`); the others start absent.
    pub fn new(
        ad_image_hash: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            ad_image_hash: ad_image_hash.into(),
            erir_ad_description: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::text_image_ad`. Extends `ImageAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextImageAdAdd {
    /// Required. Sent as `AdImageHash`.
    pub ad_image_hash: ::std::string::String,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `FinalUrl`.
    pub final_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextImageAdAdd {
    /// A `TextImageAdAdd` with its required fields (`AdImageHash`); the others start absent.
    pub fn new(
        ad_image_hash: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            ad_image_hash: ad_image_hash.into(),
            erir_ad_description: ::core::option::Option::None,
            final_url: ::core::option::Option::None,
            href: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AdAddItem::mobile_app_image_ad`. Extends `ImageAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppImageAdAdd {
    /// Required. Sent as `AdImageHash`.
    pub ad_image_hash: ::std::string::String,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TrackingUrl`.
    pub tracking_url: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppImageAdAdd {
    /// A `MobileAppImageAdAdd` with its required fields (`AdImageHash`); the others start absent.
    pub fn new(
        ad_image_hash: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            ad_image_hash: ad_image_hash.into(),
            erir_ad_description: ::core::option::Option::None,
            tracking_url: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdBuilderAdAddBase::creative`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdAddItem {
    /// Required. Sent as `CreativeId`.
    pub creative_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdBuilderAdAddItem {
    /// A `AdBuilderAdAddItem` with its required fields (`CreativeId`); the others start absent.
    pub fn new(creative_id: i64) -> Self {
        Self {
            creative_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `TextAdBuilderAdAdd`, `MobileAppAdBuilderAdAdd`, `MobileAppCpcVideoAdBuilderAdAdd` and 3 more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdAddBase {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdBuilderAdAddBase {
    /// A `AdBuilderAdAddBase` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::text_ad_builder_ad`. Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextAdBuilderAdAdd {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `FinalUrl`.
    pub final_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdBuilderAdAdd {
    /// A `TextAdBuilderAdAdd` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            final_url: ::core::option::Option::None,
            href: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AdAddItem::mobile_app_ad_builder_ad`. Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdBuilderAdAdd {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TrackingUrl`.
    pub tracking_url: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdBuilderAdAdd {
    /// A `MobileAppAdBuilderAdAdd` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            tracking_url: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::mobile_app_cpc_video_ad_builder_ad`. Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCpcVideoAdBuilderAdAdd {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TrackingUrl`.
    pub tracking_url: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCpcVideoAdBuilderAdAdd {
    /// A `MobileAppCpcVideoAdBuilderAdAdd` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            tracking_url: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdAddItem::cpm_banner_ad_builder_ad`. Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerAdBuilderAdAdd {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TrackingPixels`.
    pub tracking_pixels: ::core::option::Option<super::general::ArrayOfString>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerAdBuilderAdAdd {
    /// A `CpmBannerAdBuilderAdAdd` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            href: ::core::option::Option::None,
            tracking_pixels: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingPixels`.
    #[inline]
    #[must_use]
    pub fn with_tracking_pixels(mut self, value: super::general::ArrayOfString) -> Self {
        self.tracking_pixels = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AdAddItem::cpc_video_ad_builder_ad`. Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpcVideoAdBuilderAdAdd {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpcVideoAdBuilderAdAdd {
    /// A `CpcVideoAdBuilderAdAdd` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            href: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AdAddItem::cpm_video_ad_builder_ad`. Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmVideoAdBuilderAdAdd {
    /// Required. Sent as `Creative`.
    pub creative: AdBuilderAdAddItem,
    /// Optional. Sent as `ErirAdDescription`.
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Href`.
    pub href: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `TrackingPixels`.
    pub tracking_pixels: ::core::option::Option<super::general::ArrayOfString>,
    /// Optional. Sent as `TurboPageId`.
    pub turbo_page_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmVideoAdBuilderAdAdd {
    /// A `CpmVideoAdBuilderAdAdd` with its required fields (`Creative`); the others start absent.
    pub fn new(creative: AdBuilderAdAddItem) -> Self {
        Self {
            creative,
            erir_ad_description: ::core::option::Option::None,
            href: ::core::option::Option::None,
            tracking_pixels: ::core::option::Option::None,
            turbo_page_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingPixels`.
    #[inline]
    #[must_use]
    pub fn with_tracking_pixels(mut self, value: super::general::ArrayOfString) -> Self {
        self.tracking_pixels = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `UpdateRequest::ads`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdUpdateItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Optional. Sent as `TextAd`.
    pub text_ad: ::core::option::Option<TextAdUpdate>,
    /// Optional. Sent as `ResponsiveAd`.
    pub responsive_ad: ::core::option::Option<ResponsiveAdUpdate>,
    /// Optional. Sent as `DynamicTextAd`.
    pub dynamic_text_ad: ::core::option::Option<DynamicTextAdUpdate>,
    /// Optional. Sent as `MobileAppAd`.
    pub mobile_app_ad: ::core::option::Option<MobileAppAdUpdate>,
    /// Optional. Sent as `TextImageAd`.
    pub text_image_ad: ::core::option::Option<TextImageAdUpdate>,
    /// Optional. Sent as `MobileAppImageAd`.
    pub mobile_app_image_ad: ::core::option::Option<MobileAppImageAdUpdate>,
    /// Optional. Sent as `MobileAppCpcVideoAdBuilderAd`.
    pub mobile_app_cpc_video_ad_builder_ad: ::core::option::Option<
        MobileAppCpcVideoAdBuilderAdUpdate,
    >,
    /// Optional. Sent as `TextAdBuilderAd`.
    pub text_ad_builder_ad: ::core::option::Option<TextAdBuilderAdUpdate>,
    /// Optional. Sent as `MobileAppAdBuilderAd`.
    pub mobile_app_ad_builder_ad: ::core::option::Option<MobileAppAdBuilderAdUpdate>,
    /// Optional. Sent as `CpcVideoAdBuilderAd`.
    pub cpc_video_ad_builder_ad: ::core::option::Option<CpcVideoAdBuilderAdUpdate>,
    /// Optional. Sent as `CpmBannerAdBuilderAd`.
    pub cpm_banner_ad_builder_ad: ::core::option::Option<CpmBannerAdBuilderAdUpdate>,
    /// Optional. Sent as `CpmVideoAdBuilderAd`.
    pub cpm_video_ad_builder_ad: ::core::option::Option<CpmVideoAdBuilderAdUpdate>,
    /// Optional. Sent as `SmartAdBuilderAd`.
    pub smart_ad_builder_ad: ::core::option::Option<SmartAdBuilderAdUpdate>,
    /// Optional. Sent as `ShoppingAd`.
    pub shopping_ad: ::core::option::Option<ShoppingAdUpdate>,
    /// Optional. Sent as `ListingAd`.
    pub listing_ad: ::core::option::Option<ListingAdUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdUpdateItem {
    /// A `AdUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            text_ad: ::core::option::Option::None,
            responsive_ad: ::core::option::Option::None,
            dynamic_text_ad: ::core::option::Option::None,
            mobile_app_ad: ::core::option::Option::None,
            text_image_ad: ::core::option::Option::None,
            mobile_app_image_ad: ::core::option::Option::None,
            mobile_app_cpc_video_ad_builder_ad: ::core::option::Option::None,
            text_ad_builder_ad: ::core::option::Option::None,
            mobile_app_ad_builder_ad: ::core::option::Option::None,
            cpc_video_ad_builder_ad: ::core::option::Option::None,
            cpm_banner_ad_builder_ad: ::core::option::Option::None,
            cpm_video_ad_builder_ad: ::core::option::Option::None,
            smart_ad_builder_ad: ::core::option::Option::None,
            shopping_ad: ::core::option::Option::None,
            listing_ad: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TextAd`.
    #[inline]
    #[must_use]
    pub fn with_text_ad(mut self, value: TextAdUpdate) -> Self {
        self.text_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ResponsiveAd`.
    #[inline]
    #[must_use]
    pub fn with_responsive_ad(mut self, value: ResponsiveAdUpdate) -> Self {
        self.responsive_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAd`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad(mut self, value: DynamicTextAdUpdate) -> Self {
        self.dynamic_text_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad(mut self, value: MobileAppAdUpdate) -> Self {
        self.mobile_app_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextImageAd`.
    #[inline]
    #[must_use]
    pub fn with_text_image_ad(mut self, value: TextImageAdUpdate) -> Self {
        self.text_image_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppImageAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_image_ad(mut self, value: MobileAppImageAdUpdate) -> Self {
        self.mobile_app_image_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCpcVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_cpc_video_ad_builder_ad(
        mut self,
        value: MobileAppCpcVideoAdBuilderAdUpdate,
    ) -> Self {
        self.mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_builder_ad(mut self, value: TextAdBuilderAdUpdate) -> Self {
        self.text_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_builder_ad(
        mut self,
        value: MobileAppAdBuilderAdUpdate,
    ) -> Self {
        self.mobile_app_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpcVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_ad_builder_ad(
        mut self,
        value: CpcVideoAdBuilderAdUpdate,
    ) -> Self {
        self.cpc_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_ad_builder_ad(
        mut self,
        value: CpmBannerAdBuilderAdUpdate,
    ) -> Self {
        self.cpm_banner_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_ad_builder_ad(
        mut self,
        value: CpmVideoAdBuilderAdUpdate,
    ) -> Self {
        self.cpm_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_builder_ad(mut self, value: SmartAdBuilderAdUpdate) -> Self {
        self.smart_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ShoppingAd`.
    #[inline]
    #[must_use]
    pub fn with_shopping_ad(mut self, value: ShoppingAdUpdate) -> Self {
        self.shopping_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ListingAd`.
    #[inline]
    #[must_use]
    pub fn with_listing_ad(mut self, value: ListingAdUpdate) -> Self {
        self.listing_ad = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `TextAdUpdate`, `DynamicTextAdUpdate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdUpdateBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardId`.
    pub v_card_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CalloutSetting`.
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdUpdateBase {
    /// An empty `TextAdUpdateBase`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: rt::Nullable::Absent,
            ad_image_hash: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            callout_setting: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CalloutSetting`.
    #[inline]
    #[must_use]
    pub fn with_callout_setting(
        mut self,
        value: super::adextensiontypes::AdExtensionSetting,
    ) -> Self {
        self.callout_setting = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdUpdateItem::text_ad`. Extends `TextAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardId`.
    pub v_card_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CalloutSetting`.
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Title2`.
    pub title2: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinalUrl`.
    pub final_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `AgeLabel`.
    pub age_label: ::core::option::Option<AgeLabelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayUrlPath`.
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `VideoExtension`.
    pub video_extension: ::core::option::Option<VideoExtensionUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriceExtension`.
    pub price_extension: rt::Nullable<PriceExtensionUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PreferVCardOverBusiness`.
    pub prefer_v_card_over_business: rt::Nullable<super::general::YesNoEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdUpdate {
    /// An empty `TextAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: rt::Nullable::Absent,
            ad_image_hash: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            callout_setting: rt::Nullable::Absent,
            text: ::core::option::Option::None,
            title: ::core::option::Option::None,
            title2: rt::Nullable::Absent,
            final_url: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            age_label: ::core::option::Option::None,
            display_url_path: rt::Nullable::Absent,
            video_extension: ::core::option::Option::None,
            price_extension: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            business_id: rt::Nullable::Absent,
            prefer_v_card_over_business: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CalloutSetting`.
    #[inline]
    #[must_use]
    pub fn with_callout_setting(
        mut self,
        value: super::adextensiontypes::AdExtensionSetting,
    ) -> Self {
        self.callout_setting = rt::Nullable::Value(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Title2`.
    #[inline]
    #[must_use]
    pub fn with_title2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title2 = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AgeLabel`.
    #[inline]
    #[must_use]
    pub fn with_age_label(mut self, value: AgeLabelEnum) -> Self {
        self.age_label = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_url_path = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `VideoExtension`.
    #[inline]
    #[must_use]
    pub fn with_video_extension(mut self, value: VideoExtensionUpdateItem) -> Self {
        self.video_extension = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PriceExtension`.
    #[inline]
    #[must_use]
    pub fn with_price_extension(mut self, value: PriceExtensionUpdateItem) -> Self {
        self.price_extension = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `PreferVCardOverBusiness`.
    #[inline]
    #[must_use]
    pub fn with_prefer_v_card_over_business(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.prefer_v_card_over_business = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::responsive_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResponsiveAdUpdate {
    /// Optional. Sent as `Texts`.
    pub texts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `Titles`.
    pub titles: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHashes`.
    pub ad_image_hashes: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VideoExtensionIds`.
    pub video_extension_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CalloutSetting`.
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `AgeLabel`.
    pub age_label: ::core::option::Option<AgeLabelEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayUrlPath`.
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriceExtension`.
    pub price_extension: rt::Nullable<PriceExtensionUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResponsiveAdUpdate {
    /// An empty `ResponsiveAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            texts: ::core::option::Option::None,
            titles: ::core::option::Option::None,
            ad_image_hashes: rt::Nullable::Absent,
            video_extension_ids: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            callout_setting: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            age_label: ::core::option::Option::None,
            display_url_path: rt::Nullable::Absent,
            price_extension: rt::Nullable::Absent,
            business_id: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Texts`.
    #[inline]
    #[must_use]
    pub fn with_texts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.texts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Titles`.
    #[inline]
    #[must_use]
    pub fn with_titles(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.titles = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdImageHashes`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hashes(mut self, value: super::general::ArrayOfString) -> Self {
        self.ad_image_hashes = rt::Nullable::Value(value);
        self
    }
    /// Sets `VideoExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_video_extension_ids(
        mut self,
        value: super::general::ArrayOfLong,
    ) -> Self {
        self.video_extension_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CalloutSetting`.
    #[inline]
    #[must_use]
    pub fn with_callout_setting(
        mut self,
        value: super::adextensiontypes::AdExtensionSetting,
    ) -> Self {
        self.callout_setting = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AgeLabel`.
    #[inline]
    #[must_use]
    pub fn with_age_label(mut self, value: AgeLabelEnum) -> Self {
        self.age_label = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_url_path = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PriceExtension`.
    #[inline]
    #[must_use]
    pub fn with_price_extension(mut self, value: PriceExtensionUpdateItem) -> Self {
        self.price_extension = rt::Nullable::Value(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::dynamic_text_ad`. Extends `TextAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextAdUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardId`.
    pub v_card_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CalloutSetting`.
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextAdUpdate {
    /// An empty `DynamicTextAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: rt::Nullable::Absent,
            ad_image_hash: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            callout_setting: rt::Nullable::Absent,
            text: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CalloutSetting`.
    #[inline]
    #[must_use]
    pub fn with_callout_setting(
        mut self,
        value: super::adextensiontypes::AdExtensionSetting,
    ) -> Self {
        self.callout_setting = rt::Nullable::Value(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdUpdateItem::mobile_app_ad`. Extends `MobileAppAdBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdUpdate {
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Action`.
    pub action: ::core::option::Option<super::general::MobileAppAdActionEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Features`.
    pub features: ::core::option::Option<::std::vec::Vec<MobileAppAdFeatureItem>>,
    /// Optional. Sent as `AgeLabel`.
    pub age_label: ::core::option::Option<MobAppAgeLabelEnum>,
    /// Optional. Sent as `VideoExtension`.
    pub video_extension: ::core::option::Option<VideoExtensionUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdUpdate {
    /// An empty `MobileAppAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            title: ::core::option::Option::None,
            text: ::core::option::Option::None,
            tracking_url: rt::Nullable::Absent,
            action: ::core::option::Option::None,
            ad_image_hash: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            features: ::core::option::Option::None,
            age_label: ::core::option::Option::None,
            video_extension: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Action`.
    #[inline]
    #[must_use]
    pub fn with_action(mut self, value: super::general::MobileAppAdActionEnum) -> Self {
        self.action = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Features`.
    #[inline]
    #[must_use]
    pub fn with_features(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppAdFeatureItem>,
        >,
    ) -> Self {
        self.features = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AgeLabel`.
    #[inline]
    #[must_use]
    pub fn with_age_label(mut self, value: MobAppAgeLabelEnum) -> Self {
        self.age_label = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoExtension`.
    #[inline]
    #[must_use]
    pub fn with_video_extension(mut self, value: VideoExtensionUpdateItem) -> Self {
        self.video_extension = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `TextImageAdUpdate`, `MobileAppImageAdUpdate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageAdUpdateBase {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ImageAdUpdateBase {
    /// An empty `ImageAdUpdateBase`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::text_image_ad`. Extends `ImageAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextImageAdUpdate {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinalUrl`.
    pub final_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextImageAdUpdate {
    /// An empty `TextImageAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            final_url: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdUpdateItem::mobile_app_image_ad`. Extends `ImageAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppImageAdUpdate {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppImageAdUpdate {
    /// An empty `MobileAppImageAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            tracking_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdBuilderAdUpdateBase::creative`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdUpdateItem {
    /// Required. Sent as `CreativeId`.
    pub creative_id: i64,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdBuilderAdUpdateItem {
    /// A `AdBuilderAdUpdateItem` with its required fields (`CreativeId`); the others start absent.
    pub fn new(creative_id: i64) -> Self {
        Self {
            creative_id,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Extended by `TextAdBuilderAdUpdate`, `MobileAppAdBuilderAdUpdate`, `CpmBannerAdBuilderAdUpdate` and 3 more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdBuilderAdUpdateBase {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdBuilderAdUpdateBase {
    /// An empty `AdBuilderAdUpdateBase`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::text_ad_builder_ad`. Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdBuilderAdUpdate {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinalUrl`.
    pub final_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdBuilderAdUpdate {
    /// An empty `TextAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            final_url: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdUpdateItem::mobile_app_ad_builder_ad`. Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdBuilderAdUpdate {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdBuilderAdUpdate {
    /// An empty `MobileAppAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            tracking_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::cpm_banner_ad_builder_ad`. Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerAdBuilderAdUpdate {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingPixels`.
    pub tracking_pixels: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerAdBuilderAdUpdate {
    /// An empty `CpmBannerAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            tracking_pixels: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingPixels`.
    #[inline]
    #[must_use]
    pub fn with_tracking_pixels(mut self, value: super::general::ArrayOfString) -> Self {
        self.tracking_pixels = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdUpdateItem::mobile_app_cpc_video_ad_builder_ad`. Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCpcVideoAdBuilderAdUpdate {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCpcVideoAdBuilderAdUpdate {
    /// An empty `MobileAppCpcVideoAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            tracking_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdUpdateItem::cpc_video_ad_builder_ad`. Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpcVideoAdBuilderAdUpdate {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpcVideoAdBuilderAdUpdate {
    /// An empty `CpcVideoAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdUpdateItem::cpm_video_ad_builder_ad`. Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmVideoAdBuilderAdUpdate {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingPixels`.
    pub tracking_pixels: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmVideoAdBuilderAdUpdate {
    /// An empty `CpmVideoAdBuilderAdUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            tracking_pixels: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdUpdateItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingPixels`.
    #[inline]
    #[must_use]
    pub fn with_tracking_pixels(mut self, value: super::general::ArrayOfString) -> Self {
        self.tracking_pixels = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdsSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `States`.
    pub states: ::core::option::Option<::std::vec::Vec<AdStateSelectionEnum>>,
    /// Optional. Sent as `Statuses`.
    pub statuses: ::core::option::Option<::std::vec::Vec<AdStatusSelectionEnum>>,
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<AdTypeEnum>>,
    /// Optional. Sent as `Mobile`.
    pub mobile: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `VCardIds`.
    pub v_card_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `SitelinkSetIds`.
    pub sitelink_set_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdImageHashes`.
    pub ad_image_hashes: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `VCardModerationStatuses`.
    pub v_card_moderation_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// Optional. Sent as `SitelinksModerationStatuses`.
    pub sitelinks_moderation_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// Optional. Sent as `AdImageModerationStatuses`.
    pub ad_image_moderation_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// Optional. Sent as `AdExtensionIds`.
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdsSelectionCriteria {
    /// An empty `AdsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            states: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            mobile: ::core::option::Option::None,
            v_card_ids: ::core::option::Option::None,
            sitelink_set_ids: ::core::option::Option::None,
            ad_image_hashes: ::core::option::Option::None,
            v_card_moderation_statuses: ::core::option::Option::None,
            sitelinks_moderation_statuses: ::core::option::Option::None,
            ad_image_moderation_statuses: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
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
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdStateSelectionEnum>,
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
            Item = impl ::core::convert::Into<AdStatusSelectionEnum>,
        >,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.campaign_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(
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
            Item = impl ::core::convert::Into<AdTypeEnum>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Mobile`.
    #[inline]
    #[must_use]
    pub fn with_mobile(mut self, value: super::general::YesNoEnum) -> Self {
        self.mobile = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VCardIds`.
    #[inline]
    #[must_use]
    pub fn with_v_card_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.v_card_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SitelinkSetIds`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.sitelink_set_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdImageHashes`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hashes(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.ad_image_hashes = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `VCardModerationStatuses`.
    #[inline]
    #[must_use]
    pub fn with_v_card_moderation_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::general::ExtensionStatusSelectionEnum,
            >,
        >,
    ) -> Self {
        self.v_card_moderation_statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SitelinksModerationStatuses`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::general::ExtensionStatusSelectionEnum,
            >,
        >,
    ) -> Self {
        self.sitelinks_moderation_statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdImageModerationStatuses`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_moderation_statuses(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<
                super::general::ExtensionStatusSelectionEnum,
            >,
        >,
    ) -> Self {
        self.ad_image_moderation_statuses = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Extended by `TextAdGet`, `DynamicTextAdGet`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGetBase {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardId`.
    pub v_card_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardModeration`.
    pub v_card_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinksModeration`.
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageModeration`.
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdGetBase {
    /// An empty `TextAdGetBase`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: rt::Nullable::Absent,
            ad_image_hash: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            v_card_moderation: rt::Nullable::Absent,
            sitelinks_moderation: rt::Nullable::Absent,
            ad_image_moderation: rt::Nullable::Absent,
            ad_extensions: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `VCardModeration`.
    #[inline]
    #[must_use]
    pub fn with_v_card_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.v_card_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinksModeration`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.sitelinks_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageModeration`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.ad_image_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAdGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AdGetItem::text_ad`. Extends `TextAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardId`.
    pub v_card_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardModeration`.
    pub v_card_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinksModeration`.
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageModeration`.
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Title2`.
    pub title2: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinalUrl`.
    pub final_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Mobile`.
    pub mobile: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayDomain`.
    pub display_domain: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayUrlPath`.
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayUrlPathModeration`.
    pub display_url_path_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VideoExtension`.
    pub video_extension: rt::Nullable<VideoExtensionGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriceExtension`.
    pub price_extension: rt::Nullable<PriceExtensionGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageModeration`.
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PreferVCardOverBusiness`.
    pub prefer_v_card_over_business: rt::Nullable<super::general::YesNoEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdGet {
    /// An empty `TextAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: rt::Nullable::Absent,
            ad_image_hash: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            v_card_moderation: rt::Nullable::Absent,
            sitelinks_moderation: rt::Nullable::Absent,
            ad_image_moderation: rt::Nullable::Absent,
            ad_extensions: ::core::option::Option::None,
            text: ::core::option::Option::None,
            title: ::core::option::Option::None,
            title2: rt::Nullable::Absent,
            final_url: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            mobile: ::core::option::Option::None,
            display_domain: rt::Nullable::Absent,
            display_url_path: rt::Nullable::Absent,
            display_url_path_moderation: rt::Nullable::Absent,
            video_extension: rt::Nullable::Absent,
            price_extension: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            turbo_page_moderation: rt::Nullable::Absent,
            business_id: rt::Nullable::Absent,
            prefer_v_card_over_business: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `VCardModeration`.
    #[inline]
    #[must_use]
    pub fn with_v_card_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.v_card_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinksModeration`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.sitelinks_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageModeration`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.ad_image_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAdGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Title2`.
    #[inline]
    #[must_use]
    pub fn with_title2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title2 = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Mobile`.
    #[inline]
    #[must_use]
    pub fn with_mobile(mut self, value: super::general::YesNoEnum) -> Self {
        self.mobile = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DisplayDomain`.
    #[inline]
    #[must_use]
    pub fn with_display_domain(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_domain = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_url_path = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `DisplayUrlPathModeration`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.display_url_path_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `VideoExtension`.
    #[inline]
    #[must_use]
    pub fn with_video_extension(mut self, value: VideoExtensionGetItem) -> Self {
        self.video_extension = rt::Nullable::Value(value);
        self
    }
    /// Sets `PriceExtension`.
    #[inline]
    #[must_use]
    pub fn with_price_extension(mut self, value: PriceExtensionGetItem) -> Self {
        self.price_extension = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageModeration`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.turbo_page_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `PreferVCardOverBusiness`.
    #[inline]
    #[must_use]
    pub fn with_prefer_v_card_over_business(
        mut self,
        value: super::general::YesNoEnum,
    ) -> Self {
        self.prefer_v_card_over_business = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGetItem::responsive_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResponsiveAdGet {
    /// Optional. Sent as `Texts`.
    pub texts: ::core::option::Option<::std::vec::Vec<TextGetItem>>,
    /// Optional. Sent as `Titles`.
    pub titles: ::core::option::Option<::std::vec::Vec<TitleGetItem>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImages`.
    pub ad_images: rt::Nullable<ArrayOfAdImageGet>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VideoExtensions`.
    pub video_extensions: rt::Nullable<ArrayOfVideoExtensionGet>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayDomain`.
    pub display_domain: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayUrlPath`.
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `DisplayUrlPathModeration`.
    pub display_url_path_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PriceExtension`.
    pub price_extension: rt::Nullable<PriceExtensionGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinksModeration`.
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ResponsiveAdGet {
    /// An empty `ResponsiveAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            texts: ::core::option::Option::None,
            titles: ::core::option::Option::None,
            ad_images: rt::Nullable::Absent,
            video_extensions: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            display_domain: rt::Nullable::Absent,
            display_url_path: rt::Nullable::Absent,
            display_url_path_moderation: rt::Nullable::Absent,
            price_extension: rt::Nullable::Absent,
            business_id: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            sitelinks_moderation: rt::Nullable::Absent,
            ad_extensions: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Texts`.
    #[inline]
    #[must_use]
    pub fn with_texts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextGetItem>,
        >,
    ) -> Self {
        self.texts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Titles`.
    #[inline]
    #[must_use]
    pub fn with_titles(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TitleGetItem>,
        >,
    ) -> Self {
        self.titles = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdImages`.
    #[inline]
    #[must_use]
    pub fn with_ad_images(mut self, value: ArrayOfAdImageGet) -> Self {
        self.ad_images = rt::Nullable::Value(value);
        self
    }
    /// Sets `VideoExtensions`.
    #[inline]
    #[must_use]
    pub fn with_video_extensions(mut self, value: ArrayOfVideoExtensionGet) -> Self {
        self.video_extensions = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `DisplayDomain`.
    #[inline]
    #[must_use]
    pub fn with_display_domain(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_domain = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_url_path = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `DisplayUrlPathModeration`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.display_url_path_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `PriceExtension`.
    #[inline]
    #[must_use]
    pub fn with_price_extension(mut self, value: PriceExtensionGetItem) -> Self {
        self.price_extension = rt::Nullable::Value(value);
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinksModeration`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.sitelinks_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAdGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AdGetItem::smart_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdBuilderAdGet {
    /// An empty `SmartAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGetItem::dynamic_text_ad`. Extends `TextAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextAdGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardId`.
    pub v_card_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VCardModeration`.
    pub v_card_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinksModeration`.
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageModeration`.
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DynamicTextAdGet {
    /// An empty `DynamicTextAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            v_card_id: rt::Nullable::Absent,
            ad_image_hash: rt::Nullable::Absent,
            sitelink_set_id: rt::Nullable::Absent,
            v_card_moderation: rt::Nullable::Absent,
            sitelinks_moderation: rt::Nullable::Absent,
            ad_image_moderation: rt::Nullable::Absent,
            ad_extensions: ::core::option::Option::None,
            text: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VCardId`.
    #[inline]
    #[must_use]
    pub fn with_v_card_id(mut self, value: i64) -> Self {
        self.v_card_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `VCardModeration`.
    #[inline]
    #[must_use]
    pub fn with_v_card_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.v_card_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinksModeration`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.sitelinks_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageModeration`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.ad_image_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAdGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `AdGetItem::mobile_app_ad`. Extends `MobileAppAdBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdGet {
    /// Optional. Sent as `Title`.
    pub title: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Action`.
    pub action: ::core::option::Option<super::general::MobileAppAdActionEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Features`.
    pub features: ::core::option::Option<::std::vec::Vec<MobileAppAdFeatureGetItem>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageModeration`.
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VideoExtension`.
    pub video_extension: rt::Nullable<VideoExtensionGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdGet {
    /// An empty `MobileAppAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            title: ::core::option::Option::None,
            text: ::core::option::Option::None,
            tracking_url: rt::Nullable::Absent,
            action: ::core::option::Option::None,
            ad_image_hash: rt::Nullable::Absent,
            erir_ad_description: rt::Nullable::Absent,
            features: ::core::option::Option::None,
            ad_image_moderation: rt::Nullable::Absent,
            video_extension: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Action`.
    #[inline]
    #[must_use]
    pub fn with_action(mut self, value: super::general::MobileAppAdActionEnum) -> Self {
        self.action = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Features`.
    #[inline]
    #[must_use]
    pub fn with_features(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppAdFeatureGetItem>,
        >,
    ) -> Self {
        self.features = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdImageModeration`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.ad_image_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `VideoExtension`.
    #[inline]
    #[must_use]
    pub fn with_video_extension(mut self, value: VideoExtensionGetItem) -> Self {
        self.video_extension = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Extended by `TextImageAdGet`, `MobileAppImageAdGet`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageAdGetBase {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ImageAdGetBase {
    /// An empty `ImageAdGetBase`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGetItem::text_image_ad`. Extends `ImageAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextImageAdGet {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinalUrl`.
    pub final_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageModeration`.
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextImageAdGet {
    /// An empty `TextImageAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            final_url: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            turbo_page_moderation: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageModeration`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.turbo_page_moderation = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdGetItem::mobile_app_image_ad`. Extends `ImageAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppImageAdGet {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppImageAdGet {
    /// An empty `MobileAppImageAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            tracking_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdBuilderAdGetBase::creative`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdGetItem {
    /// Required. Sent as `CreativeId`.
    pub creative_id: i64,
    /// Optional. Sent as `ThumbnailUrl`.
    pub thumbnail_url: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `PreviewUrl`.
    pub preview_url: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdBuilderAdGetItem {
    /// A `AdBuilderAdGetItem` with its required fields (`CreativeId`); the others start absent.
    pub fn new(creative_id: i64) -> Self {
        Self {
            creative_id,
            thumbnail_url: ::core::option::Option::None,
            preview_url: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ThumbnailUrl`.
    #[inline]
    #[must_use]
    pub fn with_thumbnail_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.thumbnail_url = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `PreviewUrl`.
    #[inline]
    #[must_use]
    pub fn with_preview_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.preview_url = ::core::option::Option::Some(value.into());
        self
    }
}
/// Extended by `SmartAdBuilderAdGet`, `TextAdBuilderAdGet`, `MobileAppAdBuilderAdGet` and 4 more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdBuilderAdGetBase {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdBuilderAdGetBase {
    /// An empty `AdBuilderAdGetBase`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGetItem::text_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinalUrl`.
    pub final_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageModeration`.
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TextAdBuilderAdGet {
    /// An empty `TextAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            final_url: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            turbo_page_moderation: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.final_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageModeration`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.turbo_page_moderation = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdGetItem::mobile_app_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppAdBuilderAdGet {
    /// An empty `MobileAppAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            tracking_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGetItem::cpc_video_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpcVideoAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageModeration`.
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpcVideoAdBuilderAdGet {
    /// An empty `CpcVideoAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            turbo_page_moderation: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageModeration`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.turbo_page_moderation = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdGetItem::mobile_app_cpc_video_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCpcVideoAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingUrl`.
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAppCpcVideoAdBuilderAdGet {
    /// An empty `MobileAppCpcVideoAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            tracking_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tracking_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `AdGetItem::cpm_banner_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingPixels`.
    pub tracking_pixels: rt::Nullable<TrackingPixelGetArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageModeration`.
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmBannerAdBuilderAdGet {
    /// An empty `CpmBannerAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            tracking_pixels: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            turbo_page_moderation: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingPixels`.
    #[inline]
    #[must_use]
    pub fn with_tracking_pixels(mut self, value: TrackingPixelGetArray) -> Self {
        self.tracking_pixels = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageModeration`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.turbo_page_moderation = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdGetItem::cpm_video_ad_builder_ad`. Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmVideoAdBuilderAdGet {
    /// Optional. Sent as `Creative`.
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAdDescription`.
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutogeneratedErirAdDescription`.
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Href`.
    pub href: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TrackingPixels`.
    pub tracking_pixels: rt::Nullable<TrackingPixelGetArray>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageId`.
    pub turbo_page_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TurboPageModeration`.
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CpmVideoAdBuilderAdGet {
    /// An empty `CpmVideoAdBuilderAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            creative: ::core::option::Option::None,
            erir_ad_description: rt::Nullable::Absent,
            autogenerated_erir_ad_description: rt::Nullable::Absent,
            href: rt::Nullable::Absent,
            tracking_pixels: rt::Nullable::Absent,
            turbo_page_id: rt::Nullable::Absent,
            turbo_page_moderation: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Creative`.
    #[inline]
    #[must_use]
    pub fn with_creative(mut self, value: AdBuilderAdGetItem) -> Self {
        self.creative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TrackingPixels`.
    #[inline]
    #[must_use]
    pub fn with_tracking_pixels(mut self, value: TrackingPixelGetArray) -> Self {
        self.tracking_pixels = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageId`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_id(mut self, value: i64) -> Self {
        self.turbo_page_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TurboPageModeration`.
    #[inline]
    #[must_use]
    pub fn with_turbo_page_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.turbo_page_moderation = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdGetItem::shopping_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ShoppingAdGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinksModeration`.
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional. Sent as `FeedId`.
    pub feed_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedFilterConditions`.
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// Optional. Sent as `FeedProcessingStatus`.
    pub feed_processing_status: ::core::option::Option<FeedProcessingStatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TitleSources`.
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TextSources`.
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `DefaultTexts`.
    pub default_texts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ShoppingAdGet {
    /// An empty `ShoppingAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            sitelink_set_id: rt::Nullable::Absent,
            sitelinks_moderation: rt::Nullable::Absent,
            ad_extensions: ::core::option::Option::None,
            business_id: rt::Nullable::Absent,
            feed_id: ::core::option::Option::None,
            feed_filter_conditions: rt::Nullable::Absent,
            feed_processing_status: ::core::option::Option::None,
            title_sources: rt::Nullable::Absent,
            text_sources: rt::Nullable::Absent,
            default_texts: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinksModeration`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.sitelinks_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAdGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedFilterConditions`.
    #[inline]
    #[must_use]
    pub fn with_feed_filter_conditions(
        mut self,
        value: ArrayOfFeedFilterCondition,
    ) -> Self {
        self.feed_filter_conditions = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedProcessingStatus`.
    #[inline]
    #[must_use]
    pub fn with_feed_processing_status(
        mut self,
        value: FeedProcessingStatusEnum,
    ) -> Self {
        self.feed_processing_status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.title_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.text_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `DefaultTexts`.
    #[inline]
    #[must_use]
    pub fn with_default_texts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AdGetItem::listing_ad`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListingAdGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinkSetId`.
    pub sitelink_set_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SitelinksModeration`.
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// Optional. Sent as `AdExtensions`.
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BusinessId`.
    pub business_id: rt::Nullable<i64>,
    /// Optional. Sent as `FeedId`.
    pub feed_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FeedFilterConditions`.
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// Optional. Sent as `FeedProcessingStatus`.
    pub feed_processing_status: ::core::option::Option<FeedProcessingStatusEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TitleSources`.
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TextSources`.
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// Optional. Sent as `DefaultTexts`.
    pub default_texts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ListingAdGet {
    /// An empty `ListingAdGet`: every field absent.
    pub fn new() -> Self {
        Self {
            sitelink_set_id: rt::Nullable::Absent,
            sitelinks_moderation: rt::Nullable::Absent,
            ad_extensions: ::core::option::Option::None,
            business_id: rt::Nullable::Absent,
            feed_id: ::core::option::Option::None,
            feed_filter_conditions: rt::Nullable::Absent,
            feed_processing_status: ::core::option::Option::None,
            title_sources: rt::Nullable::Absent,
            text_sources: rt::Nullable::Absent,
            default_texts: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SitelinkSetId`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_id(mut self, value: i64) -> Self {
        self.sitelink_set_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `SitelinksModeration`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation(
        mut self,
        value: super::general::ExtensionModeration,
    ) -> Self {
        self.sitelinks_moderation = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdExtensions`.
    #[inline]
    #[must_use]
    pub fn with_ad_extensions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionAdGetItem>,
        >,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `BusinessId`.
    #[inline]
    #[must_use]
    pub fn with_business_id(mut self, value: i64) -> Self {
        self.business_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedId`.
    #[inline]
    #[must_use]
    pub fn with_feed_id(mut self, value: i64) -> Self {
        self.feed_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FeedFilterConditions`.
    #[inline]
    #[must_use]
    pub fn with_feed_filter_conditions(
        mut self,
        value: ArrayOfFeedFilterCondition,
    ) -> Self {
        self.feed_filter_conditions = rt::Nullable::Value(value);
        self
    }
    /// Sets `FeedProcessingStatus`.
    #[inline]
    #[must_use]
    pub fn with_feed_processing_status(
        mut self,
        value: FeedProcessingStatusEnum,
    ) -> Self {
        self.feed_processing_status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.title_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(mut self, value: super::general::ArrayOfString) -> Self {
        self.text_sources = rt::Nullable::Value(value);
        self
    }
    /// Sets `DefaultTexts`.
    #[inline]
    #[must_use]
    pub fn with_default_texts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::ads`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdCategories`.
    pub ad_categories: rt::Nullable<ArrayOfAdCategoryEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AgeLabel`.
    pub age_label: rt::Nullable<AgeLabelEnum>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<AdTypeEnum>,
    /// Optional. Sent as `Subtype`.
    pub subtype: ::core::option::Option<AdSubtypeEnum>,
    /// Optional. Sent as `TextAd`.
    pub text_ad: ::core::option::Option<TextAdGet>,
    /// Optional. Sent as `DynamicTextAd`.
    pub dynamic_text_ad: ::core::option::Option<DynamicTextAdGet>,
    /// Optional. Sent as `MobileAppAd`.
    pub mobile_app_ad: ::core::option::Option<MobileAppAdGet>,
    /// Optional. Sent as `TextImageAd`.
    pub text_image_ad: ::core::option::Option<TextImageAdGet>,
    /// Optional. Sent as `MobileAppImageAd`.
    pub mobile_app_image_ad: ::core::option::Option<MobileAppImageAdGet>,
    /// Optional. Sent as `TextAdBuilderAd`.
    pub text_ad_builder_ad: ::core::option::Option<TextAdBuilderAdGet>,
    /// Optional. Sent as `MobileAppAdBuilderAd`.
    pub mobile_app_ad_builder_ad: ::core::option::Option<MobileAppAdBuilderAdGet>,
    /// Optional. Sent as `MobileAppCpcVideoAdBuilderAd`.
    pub mobile_app_cpc_video_ad_builder_ad: ::core::option::Option<
        MobileAppCpcVideoAdBuilderAdGet,
    >,
    /// Optional. Sent as `CpmBannerAdBuilderAd`.
    pub cpm_banner_ad_builder_ad: ::core::option::Option<CpmBannerAdBuilderAdGet>,
    /// Optional. Sent as `CpcVideoAdBuilderAd`.
    pub cpc_video_ad_builder_ad: ::core::option::Option<CpcVideoAdBuilderAdGet>,
    /// Optional. Sent as `CpmVideoAdBuilderAd`.
    pub cpm_video_ad_builder_ad: ::core::option::Option<CpmVideoAdBuilderAdGet>,
    /// Optional. Sent as `SmartAdBuilderAd`.
    pub smart_ad_builder_ad: ::core::option::Option<SmartAdBuilderAdGet>,
    /// Optional. Sent as `ShoppingAd`.
    pub shopping_ad: ::core::option::Option<ShoppingAdGet>,
    /// Optional. Sent as `ListingAd`.
    pub listing_ad: ::core::option::Option<ListingAdGet>,
    /// Optional. Sent as `ResponsiveAd`.
    pub responsive_ad: ::core::option::Option<ResponsiveAdGet>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGetItem {
    /// An empty `AdGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            status: ::core::option::Option::None,
            state: ::core::option::Option::None,
            status_clarification: ::core::option::Option::None,
            ad_categories: rt::Nullable::Absent,
            age_label: rt::Nullable::Absent,
            type_: ::core::option::Option::None,
            subtype: ::core::option::Option::None,
            text_ad: ::core::option::Option::None,
            dynamic_text_ad: ::core::option::Option::None,
            mobile_app_ad: ::core::option::Option::None,
            text_image_ad: ::core::option::Option::None,
            mobile_app_image_ad: ::core::option::Option::None,
            text_ad_builder_ad: ::core::option::Option::None,
            mobile_app_ad_builder_ad: ::core::option::Option::None,
            mobile_app_cpc_video_ad_builder_ad: ::core::option::Option::None,
            cpm_banner_ad_builder_ad: ::core::option::Option::None,
            cpc_video_ad_builder_ad: ::core::option::Option::None,
            cpm_video_ad_builder_ad: ::core::option::Option::None,
            smart_ad_builder_ad: ::core::option::Option::None,
            shopping_ad: ::core::option::Option::None,
            listing_ad: ::core::option::Option::None,
            responsive_ad: ::core::option::Option::None,
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
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
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
    /// Sets `AdCategories`.
    #[inline]
    #[must_use]
    pub fn with_ad_categories(mut self, value: ArrayOfAdCategoryEnum) -> Self {
        self.ad_categories = rt::Nullable::Value(value);
        self
    }
    /// Sets `AgeLabel`.
    #[inline]
    #[must_use]
    pub fn with_age_label(mut self, value: AgeLabelEnum) -> Self {
        self.age_label = rt::Nullable::Value(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: AdTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Subtype`.
    #[inline]
    #[must_use]
    pub fn with_subtype(mut self, value: AdSubtypeEnum) -> Self {
        self.subtype = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAd`.
    #[inline]
    #[must_use]
    pub fn with_text_ad(mut self, value: TextAdGet) -> Self {
        self.text_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAd`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad(mut self, value: DynamicTextAdGet) -> Self {
        self.dynamic_text_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad(mut self, value: MobileAppAdGet) -> Self {
        self.mobile_app_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextImageAd`.
    #[inline]
    #[must_use]
    pub fn with_text_image_ad(mut self, value: TextImageAdGet) -> Self {
        self.text_image_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppImageAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_image_ad(mut self, value: MobileAppImageAdGet) -> Self {
        self.mobile_app_image_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_builder_ad(mut self, value: TextAdBuilderAdGet) -> Self {
        self.text_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_builder_ad(
        mut self,
        value: MobileAppAdBuilderAdGet,
    ) -> Self {
        self.mobile_app_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCpcVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_cpc_video_ad_builder_ad(
        mut self,
        value: MobileAppCpcVideoAdBuilderAdGet,
    ) -> Self {
        self.mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmBannerAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_ad_builder_ad(
        mut self,
        value: CpmBannerAdBuilderAdGet,
    ) -> Self {
        self.cpm_banner_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpcVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_ad_builder_ad(
        mut self,
        value: CpcVideoAdBuilderAdGet,
    ) -> Self {
        self.cpc_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_ad_builder_ad(
        mut self,
        value: CpmVideoAdBuilderAdGet,
    ) -> Self {
        self.cpm_video_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdBuilderAd`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_builder_ad(mut self, value: SmartAdBuilderAdGet) -> Self {
        self.smart_ad_builder_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ShoppingAd`.
    #[inline]
    #[must_use]
    pub fn with_shopping_ad(mut self, value: ShoppingAdGet) -> Self {
        self.shopping_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ListingAd`.
    #[inline]
    #[must_use]
    pub fn with_listing_ad(mut self, value: ListingAdGet) -> Self {
        self.listing_ad = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ResponsiveAd`.
    #[inline]
    #[must_use]
    pub fn with_responsive_ad(mut self, value: ResponsiveAdGet) -> Self {
        self.responsive_ad = ::core::option::Option::Some(value);
        self
    }
}
/// The `params` of `Ads.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: AdsSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<AdFieldEnum>,
    /// Optional. Sent as `TextAdFieldNames`.
    pub text_ad_field_names: ::core::option::Option<::std::vec::Vec<TextAdFieldEnum>>,
    /// Optional. Sent as `TextAdPriceExtensionFieldNames`.
    pub text_ad_price_extension_field_names: ::core::option::Option<
        ::std::vec::Vec<TextAdPriceExtensionFieldEnum>,
    >,
    /// Optional. Sent as `MobileAppAdFieldNames`.
    pub mobile_app_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppAdFieldEnum>,
    >,
    /// Optional. Sent as `DynamicTextAdFieldNames`.
    pub dynamic_text_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextAdFieldEnum>,
    >,
    /// Optional. Sent as `TextImageAdFieldNames`.
    pub text_image_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<TextImageAdFieldEnum>,
    >,
    /// Optional. Sent as `MobileAppImageAdFieldNames`.
    pub mobile_app_image_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppImageAdFieldEnum>,
    >,
    /// Optional. Sent as `TextAdBuilderAdFieldNames`.
    pub text_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<TextAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `MobileAppAdBuilderAdFieldNames`.
    pub mobile_app_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `MobileAppCpcVideoAdBuilderAdFieldNames`.
    pub mobile_app_cpc_video_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppCpcVideoAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `CpmBannerAdBuilderAdFieldNames`.
    pub cpm_banner_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmBannerAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `CpcVideoAdBuilderAdFieldNames`.
    pub cpc_video_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<CpcVideoAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `CpmVideoAdBuilderAdFieldNames`.
    pub cpm_video_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmVideoAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `SmartAdBuilderAdFieldNames`.
    pub smart_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartAdBuilderAdFieldEnum>,
    >,
    /// Optional. Sent as `ShoppingAdFieldNames`.
    pub shopping_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<ShoppingAdFieldEnum>,
    >,
    /// Optional. Sent as `ListingAdFieldNames`.
    pub listing_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<ListingAdFieldEnum>,
    >,
    /// Optional. Sent as `ResponsiveAdFieldNames`.
    pub responsive_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<ResponsiveAdFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: AdsSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            text_ad_field_names: ::core::option::Option::None,
            text_ad_price_extension_field_names: ::core::option::Option::None,
            mobile_app_ad_field_names: ::core::option::Option::None,
            dynamic_text_ad_field_names: ::core::option::Option::None,
            text_image_ad_field_names: ::core::option::Option::None,
            mobile_app_image_ad_field_names: ::core::option::Option::None,
            text_ad_builder_ad_field_names: ::core::option::Option::None,
            mobile_app_ad_builder_ad_field_names: ::core::option::Option::None,
            mobile_app_cpc_video_ad_builder_ad_field_names: ::core::option::Option::None,
            cpm_banner_ad_builder_ad_field_names: ::core::option::Option::None,
            cpc_video_ad_builder_ad_field_names: ::core::option::Option::None,
            cpm_video_ad_builder_ad_field_names: ::core::option::Option::None,
            smart_ad_builder_ad_field_names: ::core::option::Option::None,
            shopping_ad_field_names: ::core::option::Option::None,
            listing_ad_field_names: ::core::option::Option::None,
            responsive_ad_field_names: ::core::option::Option::None,
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
    /// Sets `TextAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextAdFieldEnum>,
        >,
    ) -> Self {
        self.text_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextAdPriceExtensionFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_price_extension_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextAdPriceExtensionFieldEnum>,
        >,
    ) -> Self {
        self.text_ad_price_extension_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `MobileAppAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppAdFieldEnum>,
        >,
    ) -> Self {
        self.mobile_app_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DynamicTextAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DynamicTextAdFieldEnum>,
        >,
    ) -> Self {
        self.dynamic_text_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextImageAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_image_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextImageAdFieldEnum>,
        >,
    ) -> Self {
        self.text_image_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `MobileAppImageAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_image_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppImageAdFieldEnum>,
        >,
    ) -> Self {
        self.mobile_app_image_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TextAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TextAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.text_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `MobileAppAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.mobile_app_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `MobileAppCpcVideoAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_cpc_video_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAppCpcVideoAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.mobile_app_cpc_video_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CpmBannerAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmBannerAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.cpm_banner_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CpcVideoAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpcVideoAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.cpc_video_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `CpmVideoAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<CpmVideoAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.cpm_video_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SmartAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_builder_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartAdBuilderAdFieldEnum>,
        >,
    ) -> Self {
        self.smart_ad_builder_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ShoppingAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_shopping_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ShoppingAdFieldEnum>,
        >,
    ) -> Self {
        self.shopping_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ListingAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_listing_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ListingAdFieldEnum>,
        >,
    ) -> Self {
        self.listing_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ResponsiveAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_responsive_ad_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ResponsiveAdFieldEnum>,
        >,
    ) -> Self {
        self.responsive_ad_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `result` of `Ads.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `Ads`.
    pub ads: ::core::option::Option<::std::vec::Vec<AdGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            ads: ::core::option::Option::None,
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
    /// Sets `Ads`.
    #[inline]
    #[must_use]
    pub fn with_ads(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGetItem>,
        >,
    ) -> Self {
        self.ads = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `Ads.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `Ads`.
    pub ads: ::std::vec::Vec<AdAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`Ads`); the others start absent.
    pub fn new(
        ads: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdAddItem>,
        >,
    ) -> Self {
        Self {
            ads: ads.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Ads.add`.
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
/// The `params` of `Ads.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `Ads`.
    pub ads: ::std::vec::Vec<AdUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`Ads`); the others start absent.
    pub fn new(
        ads: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdUpdateItem>,
        >,
    ) -> Self {
        Self {
            ads: ads.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Ads.update`.
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
/// The `params` of `Ads.delete`.
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
/// The `result` of `Ads.delete`.
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
/// The `params` of `Ads.archive`.
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
/// The `result` of `Ads.archive`.
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
/// The `params` of `Ads.unarchive`.
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
/// The `result` of `Ads.unarchive`.
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
/// The `params` of `Ads.suspend`.
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
/// The `result` of `Ads.suspend`.
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
/// The `params` of `Ads.resume`.
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
/// The `result` of `Ads.resume`.
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
/// The `params` of `Ads.moderate`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ModerateRequest {
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ModerateRequest {
    /// A `ModerateRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `Ads.moderate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModerateResponse {
    /// Optional. Sent as `ModerateResults`.
    pub moderate_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ModerateResponse {
    /// An empty `ModerateResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            moderate_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ModerateResults`.
    #[inline]
    #[must_use]
    pub fn with_moderate_results(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.moderate_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
