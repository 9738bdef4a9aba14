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
/// `AdCategoryEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdCategoryEnum {
    /// `ABORTION`
    Abortion,
    /// `ALCOHOL`
    Alcohol,
    /// `BABY_FOOD`
    BabyFood,
    /// `DIETARY_SUPPLEMENTS`
    DietarySupplements,
    /// `MEDICINE`
    Medicine,
    /// `PROJECT_DECLARATION`
    ProjectDeclaration,
    /// `PSEUDO_WEAPON`
    PseudoWeapon,
    /// `TOBACCO`
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
/// `AgeLabelEnum`: one of 18 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgeLabelEnum {
    /// `MONTHS_0`
    Months0,
    /// `MONTHS_1`
    Months1,
    /// `MONTHS_2`
    Months2,
    /// `MONTHS_3`
    Months3,
    /// `MONTHS_4`
    Months4,
    /// `MONTHS_5`
    Months5,
    /// `MONTHS_6`
    Months6,
    /// `MONTHS_7`
    Months7,
    /// `MONTHS_8`
    Months8,
    /// `MONTHS_9`
    Months9,
    /// `MONTHS_10`
    Months10,
    /// `MONTHS_11`
    Months11,
    /// `MONTHS_12`
    Months12,
    /// `AGE_0`
    Age0,
    /// `AGE_6`
    Age6,
    /// `AGE_12`
    Age12,
    /// `AGE_16`
    Age16,
    /// `AGE_18`
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
/// `MobAppAgeLabelEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobAppAgeLabelEnum {
    /// `AGE_0`
    Age0,
    /// `AGE_6`
    Age6,
    /// `AGE_12`
    Age12,
    /// `AGE_16`
    Age16,
    /// `AGE_18`
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
/// `AdFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdFieldEnum {
    /// `AdCategories`
    AdCategories,
    /// `AgeLabel`
    AgeLabel,
    /// `AdGroupId`
    AdGroupId,
    /// `CampaignId`
    CampaignId,
    /// `Id`
    Id,
    /// `State`
    State,
    /// `Status`
    Status,
    /// `StatusClarification`
    StatusClarification,
    /// `Type`
    Type,
    /// `Subtype`
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
/// `AdStateSelectionEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdStateSelectionEnum {
    /// `OFF`
    Off,
    /// `ON`
    On,
    /// `SUSPENDED`
    Suspended,
    /// `OFF_BY_MONITORING`
    OffByMonitoring,
    /// `ARCHIVED`
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
/// `AdStatusSelectionEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdStatusSelectionEnum {
    /// `DRAFT`
    Draft,
    /// `MODERATION`
    Moderation,
    /// `PREACCEPTED`
    Preaccepted,
    /// `ACCEPTED`
    Accepted,
    /// `REJECTED`
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
/// `TextAdFieldEnum`: one of 23 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdFieldEnum {
    /// `AdImageHash`
    AdImageHash,
    /// `DisplayDomain`
    DisplayDomain,
    /// `FinalUrl`
    FinalUrl,
    /// `Href`
    Href,
    /// `SitelinkSetId`
    SitelinkSetId,
    /// `Text`
    Text,
    /// `Title`
    Title,
    /// `Title2`
    Title2,
    /// `Mobile`
    Mobile,
    /// `VCardId`
    VCardId,
    /// `DisplayUrlPath`
    DisplayUrlPath,
    /// `AdImageModeration`
    AdImageModeration,
    /// `SitelinksModeration`
    SitelinksModeration,
    /// `VCardModeration`
    VCardModeration,
    /// `AdExtensions`
    AdExtensions,
    /// `DisplayUrlPathModeration`
    DisplayUrlPathModeration,
    /// `VideoExtension`
    VideoExtension,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageModeration`
    TurboPageModeration,
    /// `BusinessId`
    BusinessId,
    /// `PreferVCardOverBusiness`
    PreferVCardOverBusiness,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `TextAdPriceExtensionFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdPriceExtensionFieldEnum {
    /// `Price`
    Price,
    /// `OldPrice`
    OldPrice,
    /// `PriceCurrency`
    PriceCurrency,
    /// `PriceQualifier`
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
/// `ResponsiveAdFieldEnum`: one of 14 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponsiveAdFieldEnum {
    /// `AdImages`
    AdImages,
    /// `DisplayDomain`
    DisplayDomain,
    /// `Href`
    Href,
    /// `SitelinkSetId`
    SitelinkSetId,
    /// `Texts`
    Texts,
    /// `Titles`
    Titles,
    /// `DisplayUrlPath`
    DisplayUrlPath,
    /// `SitelinksModeration`
    SitelinksModeration,
    /// `AdExtensions`
    AdExtensions,
    /// `DisplayUrlPathModeration`
    DisplayUrlPathModeration,
    /// `PriceExtension`
    PriceExtension,
    /// `VideoExtensions`
    VideoExtensions,
    /// `BusinessId`
    BusinessId,
    /// `ErirAdDescription`
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
/// `DynamicTextAdFieldEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DynamicTextAdFieldEnum {
    /// `AdImageHash`
    AdImageHash,
    /// `SitelinkSetId`
    SitelinkSetId,
    /// `Text`
    Text,
    /// `VCardId`
    VCardId,
    /// `AdImageModeration`
    AdImageModeration,
    /// `SitelinksModeration`
    SitelinksModeration,
    /// `VCardModeration`
    VCardModeration,
    /// `AdExtensions`
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
/// `MobileAppAdFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdFieldEnum {
    /// `AdImageHash`
    AdImageHash,
    /// `Title`
    Title,
    /// `Text`
    Text,
    /// `Features`
    Features,
    /// `Action`
    Action,
    /// `TrackingUrl`
    TrackingUrl,
    /// `AdImageModeration`
    AdImageModeration,
    /// `VideoExtension`
    VideoExtension,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `TextImageAdFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextImageAdFieldEnum {
    /// `AdImageHash`
    AdImageHash,
    /// `FinalUrl`
    FinalUrl,
    /// `Href`
    Href,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageModeration`
    TurboPageModeration,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `MobileAppImageAdFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppImageAdFieldEnum {
    /// `AdImageHash`
    AdImageHash,
    /// `TrackingUrl`
    TrackingUrl,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `TextAdBuilderAdFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextAdBuilderAdFieldEnum {
    /// `Creative`
    Creative,
    /// `FinalUrl`
    FinalUrl,
    /// `Href`
    Href,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageModeration`
    TurboPageModeration,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `MobileAppAdBuilderAdFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdBuilderAdFieldEnum {
    /// `Creative`
    Creative,
    /// `TrackingUrl`
    TrackingUrl,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `MobileAppCpcVideoAdBuilderAdFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppCpcVideoAdBuilderAdFieldEnum {
    /// `Creative`
    Creative,
    /// `TrackingUrl`
    TrackingUrl,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `CpmBannerAdBuilderAdFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmBannerAdBuilderAdFieldEnum {
    /// `Creative`
    Creative,
    /// `Href`
    Href,
    /// `TrackingPixels`
    TrackingPixels,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageModeration`
    TurboPageModeration,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `CpcVideoAdBuilderAdFieldEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpcVideoAdBuilderAdFieldEnum {
    /// `Creative`
    Creative,
    /// `Href`
    Href,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageModeration`
    TurboPageModeration,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `CpmVideoAdBuilderAdFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpmVideoAdBuilderAdFieldEnum {
    /// `Creative`
    Creative,
    /// `Href`
    Href,
    /// `TrackingPixels`
    TrackingPixels,
    /// `TurboPageId`
    TurboPageId,
    /// `TurboPageModeration`
    TurboPageModeration,
    /// `ErirAdDescription`
    ErirAdDescription,
    /// `AutogeneratedErirAdDescription`
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
/// `SmartAdBuilderAdFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartAdBuilderAdFieldEnum {
    /// `Creative`
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
/// `ShoppingAdFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShoppingAdFieldEnum {
    /// `SitelinkSetId`
    SitelinkSetId,
    /// `SitelinksModeration`
    SitelinksModeration,
    /// `AdExtensions`
    AdExtensions,
    /// `BusinessId`
    BusinessId,
    /// `FeedId`
    FeedId,
    /// `FeedFilterConditions`
    FeedFilterConditions,
    /// `FeedProcessingStatus`
    FeedProcessingStatus,
    /// `TitleSources`
    TitleSources,
    /// `TextSources`
    TextSources,
    /// `DefaultTexts`
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
/// `ListingAdFieldEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListingAdFieldEnum {
    /// `SitelinkSetId`
    SitelinkSetId,
    /// `SitelinksModeration`
    SitelinksModeration,
    /// `AdExtensions`
    AdExtensions,
    /// `BusinessId`
    BusinessId,
    /// `FeedId`
    FeedId,
    /// `FeedFilterConditions`
    FeedFilterConditions,
    /// `FeedProcessingStatus`
    FeedProcessingStatus,
    /// `TitleSources`
    TitleSources,
    /// `TextSources`
    TextSources,
    /// `DefaultTexts`
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
/// `AdTypeEnum`: one of 10 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdTypeEnum {
    /// `TEXT_AD`
    TextAd,
    /// `MOBILE_APP_AD`
    MobileAppAd,
    /// `DYNAMIC_TEXT_AD`
    DynamicTextAd,
    /// `IMAGE_AD`
    ImageAd,
    /// `CPC_VIDEO_AD`
    CpcVideoAd,
    /// `CPM_BANNER_AD`
    CpmBannerAd,
    /// `CPM_VIDEO_AD`
    CpmVideoAd,
    /// `SMART_AD`
    SmartAd,
    /// `SHOPPING_AD`
    ShoppingAd,
    /// `LISTING_AD`
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
/// `AdSubtypeEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdSubtypeEnum {
    /// `MOBILE_APP_AD_BUILDER_AD`
    MobileAppAdBuilderAd,
    /// `MOBILE_APP_IMAGE_AD`
    MobileAppImageAd,
    /// `MOBILE_APP_CPC_VIDEO_AD_BUILDER_AD`
    MobileAppCpcVideoAdBuilderAd,
    /// `NONE`
    None,
    /// `TEXT_AD_BUILDER_AD`
    TextAdBuilderAd,
    /// `TEXT_IMAGE_AD`
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
/// `MobileAppFeatureEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppFeatureEnum {
    /// `PRICE`
    Price,
    /// `ICON`
    Icon,
    /// `CUSTOMER_RATING`
    CustomerRating,
    /// `RATINGS`
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
/// `PriceCurrencyEnum`: one of 9 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriceCurrencyEnum {
    /// `RUB`
    Rub,
    /// `UAH`
    Uah,
    /// `BYN`
    Byn,
    /// `USD`
    Usd,
    /// `EUR`
    Eur,
    /// `KZT`
    Kzt,
    /// `TRY`
    Try,
    /// `CHF`
    Chf,
    /// `UZS`
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
/// `PriceQualifierEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriceQualifierEnum {
    /// `NONE`
    None,
    /// `FROM`
    From,
    /// `UP_TO`
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
/// `FeedProcessingStatusEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeedProcessingStatusEnum {
    /// `EMPTY_RESULT`
    EmptyResult,
    /// `PROCESSED`
    Processed,
    /// `UNKNOWN`
    Unknown,
    /// `UNPROCESSED`
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
/// `ArrayOfAdCategoryEnum` (`schema/direct_v5/ads.json`): a list written as `{"Items": [...]}`.
pub type ArrayOfAdCategoryEnum = rt::Items<AdCategoryEnum>;
/// `AdExtensionAdGetItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdExtensionAdGetItem {
    /// `AdExtensionId`: `xsd:long` (required).
    pub ad_extension_id: i64,
    /// `Type`: `adextensiontypes:AdExtensionTypeEnum` (required).
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
/// `TextGetItem` (`schema/direct_v5/ads.json`). Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextGetItem {
    /// `Status`: `StatusEnum` (required).
    pub status: super::general::StatusEnum,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `Text`: `xsd:string` (required).
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
/// `TitleGetItem` (`schema/direct_v5/ads.json`). Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TitleGetItem {
    /// `Status`: `StatusEnum` (required).
    pub status: super::general::StatusEnum,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `Title`: `xsd:string` (required).
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
/// `ArrayOfAdImageGet` (`schema/direct_v5/ads.json`): a list written as `{"Items": [...]}`.
pub type ArrayOfAdImageGet = rt::Items<AdImageGetItem>;
/// `AdImageGetItem` (`schema/direct_v5/ads.json`). Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdImageGetItem {
    /// `Status`: `StatusEnum` (required).
    pub status: super::general::StatusEnum,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `ImageHash`: `xsd:string` (required).
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
/// `ArrayOfVideoExtensionGet` (`schema/direct_v5/ads.json`): a list written as `{"Items": [...]}`.
pub type ArrayOfVideoExtensionGet = rt::Items<
    VideoExtensionWithStatusClarificationGetItem,
>;
/// `VideoExtensionWithStatusClarificationGetItem` (`schema/direct_v5/ads.json`). Extends `general:ExtensionModeration`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionWithStatusClarificationGetItem {
    /// `Status`: `StatusEnum` (required).
    pub status: super::general::StatusEnum,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `CreativeId`: `xsd:long` (required).
    pub creative_id: i64,
    /// `ThumbnailUrl`: `xsd:string` (required).
    pub thumbnail_url: ::std::string::String,
    /// `PreviewUrl`: `xsd:string` (required).
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
/// `VideoExtensionGetItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoExtensionGetItem {
    /// `CreativeId`: `xsd:long` (required).
    pub creative_id: i64,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `ThumbnailUrl`: `xsd:string` (required).
    pub thumbnail_url: ::std::string::String,
    /// `PreviewUrl`: `xsd:string` (required).
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
/// `TrackingPixelGetItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TrackingPixelGetItem {
    /// `TrackingPixel`: `xsd:string` (required).
    pub tracking_pixel: ::std::string::String,
    /// `Provider`: `xsd:string` (required).
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
/// `TrackingPixelGetArray` (`schema/direct_v5/ads.json`): a list written as `{"Items": [...]}`.
pub type TrackingPixelGetArray = rt::Items<TrackingPixelGetItem>;
/// `VideoExtensionAddItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VideoExtensionAddItem {
    /// `CreativeId`: `xsd:long` (optional).
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
/// `VideoExtensionUpdateItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VideoExtensionUpdateItem {
    /// `CreativeId`: `xsd:long` (optional, nillable).
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
/// `PriceExtensionAddItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PriceExtensionAddItem {
    /// `Price`: `xsd:long` (required).
    pub price: i64,
    /// `OldPrice`: `xsd:long` (optional).
    pub old_price: ::core::option::Option<i64>,
    /// `PriceQualifier`: `PriceQualifierEnum` (required).
    pub price_qualifier: PriceQualifierEnum,
    /// `PriceCurrency`: `PriceCurrencyEnum` (required).
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
/// `PriceExtensionUpdateItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PriceExtensionUpdateItem {
    /// `Price`: `xsd:long` (optional).
    pub price: ::core::option::Option<i64>,
    /// `OldPrice`: `xsd:long` (optional, nillable).
    pub old_price: rt::Nullable<i64>,
    /// `PriceQualifier`: `PriceQualifierEnum` (optional).
    pub price_qualifier: ::core::option::Option<PriceQualifierEnum>,
    /// `PriceCurrency`: `PriceCurrencyEnum` (optional).
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
/// `PriceExtensionGetItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PriceExtensionGetItem {
    /// `Price`: `xsd:long` (optional).
    pub price: ::core::option::Option<i64>,
    /// `OldPrice`: `xsd:long` (optional, nillable).
    pub old_price: rt::Nullable<i64>,
    /// `PriceQualifier`: `PriceQualifierEnum` (optional).
    pub price_qualifier: ::core::option::Option<PriceQualifierEnum>,
    /// `PriceCurrency`: `PriceCurrencyEnum` (optional).
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
/// `MobileAppAdFeatureItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdFeatureItem {
    /// `Feature`: `MobileAppFeatureEnum` (required).
    pub feature: MobileAppFeatureEnum,
    /// `Enabled`: `general:YesNoEnum` (required).
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
/// `MobileAppAdFeatureGetItem` (`schema/direct_v5/ads.json`). Extends `MobileAppAdFeatureItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdFeatureGetItem {
    /// `Feature`: `MobileAppFeatureEnum` (required).
    pub feature: MobileAppFeatureEnum,
    /// `Enabled`: `general:YesNoEnum` (required).
    pub enabled: super::general::YesNoEnum,
    /// `IsAvailable`: `general:YesNoUnknownEnum` (required).
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
/// `SmartAdBuilderAdAdd` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdBuilderAdAdd {
    /// `LogoExtensionHash`: `xsd:string` (optional).
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
/// `ShoppingAdAdd` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShoppingAdAdd {
    /// `SitelinkSetId`: `xsd:long` (optional).
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `BusinessId`: `xsd:long` (optional).
    pub business_id: ::core::option::Option<i64>,
    /// `FeedId`: `xsd:long` (required).
    pub feed_id: i64,
    /// `FeedFilterConditions`: array of `FeedFilterConditionItem` (optional).
    pub feed_filter_conditions: ::core::option::Option<
        ::std::vec::Vec<FeedFilterConditionItem>,
    >,
    /// `TitleSources`: array of `xsd:string` (optional).
    pub title_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `TextSources`: array of `xsd:string` (optional).
    pub text_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DefaultTexts`: array of `xsd:string` (required).
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
/// `ListingAdAdd` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListingAdAdd {
    /// `SitelinkSetId`: `xsd:long` (optional).
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `BusinessId`: `xsd:long` (optional).
    pub business_id: ::core::option::Option<i64>,
    /// `FeedId`: `xsd:long` (required).
    pub feed_id: i64,
    /// `FeedFilterConditions`: array of `FeedFilterConditionItem` (optional).
    pub feed_filter_conditions: ::core::option::Option<
        ::std::vec::Vec<FeedFilterConditionItem>,
    >,
    /// `TitleSources`: array of `xsd:string` (optional).
    pub title_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `TextSources`: array of `xsd:string` (optional).
    pub text_sources: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DefaultTexts`: array of `xsd:string` (required).
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
/// `ArrayOfFeedFilterCondition` (`schema/direct_v5/ads.json`): a list written as `{"Items": [...]}`.
pub type ArrayOfFeedFilterCondition = rt::Items<FeedFilterConditionItem>;
/// `FeedFilterConditionItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedFilterConditionItem {
    /// `Operand`: `xsd:string` (required).
    pub operand: ::std::string::String,
    /// `Operator`: `general:StringConditionOperatorEnum` (required).
    pub operator: super::general::StringConditionOperatorEnum,
    /// `Arguments`: array of `xsd:string` (required).
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
/// `MobileAppAdBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdBase {
    /// `Title`: `xsd:string` (optional).
    pub title: ::core::option::Option<::std::string::String>,
    /// `Text`: `xsd:string` (optional).
    pub text: ::core::option::Option<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// `Action`: `general:MobileAppAdActionEnum` (optional).
    pub action: ::core::option::Option<super::general::MobileAppAdActionEnum>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `SmartAdBuilderAdUpdate` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdBuilderAdUpdate {
    /// `LogoExtensionHash`: `xsd:string` (optional, nillable).
    pub logo_extension_hash: rt::Nullable<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `ShoppingAdUpdate` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ShoppingAdUpdate {
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `CalloutSetting`: `adextensiontypes:AdExtensionSetting` (optional, nillable).
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `FeedFilterConditions`: `ArrayOfFeedFilterCondition` (optional, nillable).
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// `TitleSources`: `general:ArrayOfString` (optional, nillable).
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `TextSources`: `general:ArrayOfString` (optional, nillable).
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `DefaultTexts`: array of `xsd:string` (optional).
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
/// `ListingAdUpdate` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListingAdUpdate {
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `CalloutSetting`: `adextensiontypes:AdExtensionSetting` (optional, nillable).
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `FeedFilterConditions`: `ArrayOfFeedFilterCondition` (optional, nillable).
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// `TitleSources`: `general:ArrayOfString` (optional, nillable).
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `TextSources`: `general:ArrayOfString` (optional, nillable).
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `DefaultTexts`: array of `xsd:string` (optional).
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
/// `AdAddItemBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdAddItemBase {
    /// `AdGroupId`: `xsd:long` (required).
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
/// `TextAdAddBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdAddBase {
    /// `VCardId`: `xsd:long` (optional).
    pub v_card_id: ::core::option::Option<i64>,
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional).
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
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
/// `AdAddItem` (`schema/direct_v5/ads.json`). Extends `AdAddItemBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdAddItem {
    /// `AdGroupId`: `xsd:long` (required).
    pub ad_group_id: i64,
    /// `TextAd`: `TextAdAdd` (optional).
    pub text_ad: ::core::option::Option<TextAdAdd>,
    /// `ResponsiveAd`: `ResponsiveAdAdd` (optional).
    pub responsive_ad: ::core::option::Option<ResponsiveAdAdd>,
    /// `DynamicTextAd`: `DynamicTextAdAdd` (optional).
    pub dynamic_text_ad: ::core::option::Option<DynamicTextAdAdd>,
    /// `MobileAppAd`: `MobileAppAdAdd` (optional).
    pub mobile_app_ad: ::core::option::Option<MobileAppAdAdd>,
    /// `TextImageAd`: `TextImageAdAdd` (optional).
    pub text_image_ad: ::core::option::Option<TextImageAdAdd>,
    /// `MobileAppImageAd`: `MobileAppImageAdAdd` (optional).
    pub mobile_app_image_ad: ::core::option::Option<MobileAppImageAdAdd>,
    /// `TextAdBuilderAd`: `TextAdBuilderAdAdd` (optional).
    pub text_ad_builder_ad: ::core::option::Option<TextAdBuilderAdAdd>,
    /// `MobileAppAdBuilderAd`: `MobileAppAdBuilderAdAdd` (optional).
    pub mobile_app_ad_builder_ad: ::core::option::Option<MobileAppAdBuilderAdAdd>,
    /// `MobileAppCpcVideoAdBuilderAd`: `MobileAppCpcVideoAdBuilderAdAdd` (optional).
    pub mobile_app_cpc_video_ad_builder_ad: ::core::option::Option<
        MobileAppCpcVideoAdBuilderAdAdd,
    >,
    /// `CpmBannerAdBuilderAd`: `CpmBannerAdBuilderAdAdd` (optional).
    pub cpm_banner_ad_builder_ad: ::core::option::Option<CpmBannerAdBuilderAdAdd>,
    /// `CpcVideoAdBuilderAd`: `CpcVideoAdBuilderAdAdd` (optional).
    pub cpc_video_ad_builder_ad: ::core::option::Option<CpcVideoAdBuilderAdAdd>,
    /// `CpmVideoAdBuilderAd`: `CpmVideoAdBuilderAdAdd` (optional).
    pub cpm_video_ad_builder_ad: ::core::option::Option<CpmVideoAdBuilderAdAdd>,
    /// `SmartAdBuilderAd`: `SmartAdBuilderAdAdd` (optional).
    pub smart_ad_builder_ad: ::core::option::Option<SmartAdBuilderAdAdd>,
    /// `ShoppingAd`: `ShoppingAdAdd` (optional).
    pub shopping_ad: ::core::option::Option<ShoppingAdAdd>,
    /// `ListingAd`: `ListingAdAdd` (optional).
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
/// `TextAdAdd` (`schema/direct_v5/ads.json`). Extends `TextAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextAdAdd {
    /// `VCardId`: `xsd:long` (optional).
    pub v_card_id: ::core::option::Option<i64>,
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional).
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Text`: `xsd:string` (required).
    pub text: ::std::string::String,
    /// `Title`: `xsd:string` (required).
    pub title: ::std::string::String,
    /// `Title2`: `xsd:string` (optional).
    pub title2: ::core::option::Option<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional).
    pub final_url: ::core::option::Option<::std::string::String>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `Mobile`: `general:YesNoEnum` (required).
    pub mobile: super::general::YesNoEnum,
    /// `DisplayUrlPath`: `xsd:string` (optional).
    pub display_url_path: ::core::option::Option<::std::string::String>,
    /// `VideoExtension`: `VideoExtensionAddItem` (optional).
    pub video_extension: ::core::option::Option<VideoExtensionAddItem>,
    /// `PriceExtension`: `PriceExtensionAddItem` (optional).
    pub price_extension: ::core::option::Option<PriceExtensionAddItem>,
    /// `TurboPageId`: `xsd:long` (optional).
    pub turbo_page_id: ::core::option::Option<i64>,
    /// `BusinessId`: `xsd:long` (optional).
    pub business_id: ::core::option::Option<i64>,
    /// `PreferVCardOverBusiness`: `general:YesNoEnum` (optional).
    pub prefer_v_card_over_business: ::core::option::Option<super::general::YesNoEnum>,
    /// `ErirAdDescription`: `xsd:string` (optional).
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
/// `ResponsiveAdAdd` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResponsiveAdAdd {
    /// `Texts`: array of `xsd:string` (required).
    pub texts: ::std::vec::Vec<::std::string::String>,
    /// `Titles`: array of `xsd:string` (required).
    pub titles: ::std::vec::Vec<::std::string::String>,
    /// `AdImageHashes`: array of `xsd:string` (optional).
    pub ad_image_hashes: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `VideoExtensionIds`: array of `xsd:long` (optional).
    pub video_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `AgeLabel`: `AgeLabelEnum` (optional).
    pub age_label: ::core::option::Option<AgeLabelEnum>,
    /// `DisplayUrlPath`: `xsd:string` (optional).
    pub display_url_path: ::core::option::Option<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional).
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `PriceExtension`: `PriceExtensionAddItem` (optional).
    pub price_extension: ::core::option::Option<PriceExtensionAddItem>,
    /// `BusinessId`: `xsd:long` (optional).
    pub business_id: ::core::option::Option<i64>,
    /// `ErirAdDescription`: `xsd:string` (optional).
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
/// `DynamicTextAdAdd` (`schema/direct_v5/ads.json`). Extends `TextAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DynamicTextAdAdd {
    /// `VCardId`: `xsd:long` (optional).
    pub v_card_id: ::core::option::Option<i64>,
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional).
    pub sitelink_set_id: ::core::option::Option<i64>,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
    pub ad_extension_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Text`: `xsd:string` (required).
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
/// `MobileAppAdAdd` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdAdd {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `Text`: `xsd:string` (required).
    pub text: ::std::string::String,
    /// `Title`: `xsd:string` (required).
    pub title: ::std::string::String,
    /// `TrackingUrl`: `xsd:string` (optional).
    pub tracking_url: ::core::option::Option<::std::string::String>,
    /// `Action`: `general:MobileAppAdActionEnum` (required).
    pub action: super::general::MobileAppAdActionEnum,
    /// `Features`: array of `MobileAppAdFeatureItem` (optional).
    pub features: ::core::option::Option<::std::vec::Vec<MobileAppAdFeatureItem>>,
    /// `AgeLabel`: `MobAppAgeLabelEnum` (optional).
    pub age_label: ::core::option::Option<MobAppAgeLabelEnum>,
    /// `VideoExtension`: `VideoExtensionAddItem` (optional).
    pub video_extension: ::core::option::Option<VideoExtensionAddItem>,
    /// `ErirAdDescription`: `xsd:string` (optional).
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
/// `ImageAdAddBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ImageAdAddBase {
    /// `AdImageHash`: `xsd:string` (required).
    pub ad_image_hash: ::std::string::String,
    /// `ErirAdDescription`: `xsd:string` (optional).
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
/// `TextImageAdAdd` (`schema/direct_v5/ads.json`). Extends `ImageAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextImageAdAdd {
    /// `AdImageHash`: `xsd:string` (required).
    pub ad_image_hash: ::std::string::String,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional).
    pub final_url: ::core::option::Option<::std::string::String>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional).
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
/// `MobileAppImageAdAdd` (`schema/direct_v5/ads.json`). Extends `ImageAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppImageAdAdd {
    /// `AdImageHash`: `xsd:string` (required).
    pub ad_image_hash: ::std::string::String,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional).
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
/// `AdBuilderAdAddItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdAddItem {
    /// `CreativeId`: `xsd:long` (required).
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
/// `AdBuilderAdAddBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdAddBase {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
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
/// `TextAdBuilderAdAdd` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextAdBuilderAdAdd {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional).
    pub final_url: ::core::option::Option<::std::string::String>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional).
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
/// `MobileAppAdBuilderAdAdd` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppAdBuilderAdAdd {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional).
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
/// `MobileAppCpcVideoAdBuilderAdAdd` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAppCpcVideoAdBuilderAdAdd {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional).
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
/// `CpmBannerAdBuilderAdAdd` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmBannerAdBuilderAdAdd {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `TrackingPixels`: `general:ArrayOfString` (optional).
    pub tracking_pixels: ::core::option::Option<super::general::ArrayOfString>,
    /// `TurboPageId`: `xsd:long` (optional).
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
/// `CpcVideoAdBuilderAdAdd` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpcVideoAdBuilderAdAdd {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional).
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
/// `CpmVideoAdBuilderAdAdd` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CpmVideoAdBuilderAdAdd {
    /// `Creative`: `AdBuilderAdAddItem` (required).
    pub creative: AdBuilderAdAddItem,
    /// `ErirAdDescription`: `xsd:string` (optional).
    pub erir_ad_description: ::core::option::Option<::std::string::String>,
    /// `Href`: `xsd:string` (optional).
    pub href: ::core::option::Option<::std::string::String>,
    /// `TrackingPixels`: `general:ArrayOfString` (optional).
    pub tracking_pixels: ::core::option::Option<super::general::ArrayOfString>,
    /// `TurboPageId`: `xsd:long` (optional).
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
/// `AdUpdateItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdUpdateItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `TextAd`: `TextAdUpdate` (optional).
    pub text_ad: ::core::option::Option<TextAdUpdate>,
    /// `ResponsiveAd`: `ResponsiveAdUpdate` (optional).
    pub responsive_ad: ::core::option::Option<ResponsiveAdUpdate>,
    /// `DynamicTextAd`: `DynamicTextAdUpdate` (optional).
    pub dynamic_text_ad: ::core::option::Option<DynamicTextAdUpdate>,
    /// `MobileAppAd`: `MobileAppAdUpdate` (optional).
    pub mobile_app_ad: ::core::option::Option<MobileAppAdUpdate>,
    /// `TextImageAd`: `TextImageAdUpdate` (optional).
    pub text_image_ad: ::core::option::Option<TextImageAdUpdate>,
    /// `MobileAppImageAd`: `MobileAppImageAdUpdate` (optional).
    pub mobile_app_image_ad: ::core::option::Option<MobileAppImageAdUpdate>,
    /// `MobileAppCpcVideoAdBuilderAd`: `MobileAppCpcVideoAdBuilderAdUpdate` (optional).
    pub mobile_app_cpc_video_ad_builder_ad: ::core::option::Option<
        MobileAppCpcVideoAdBuilderAdUpdate,
    >,
    /// `TextAdBuilderAd`: `TextAdBuilderAdUpdate` (optional).
    pub text_ad_builder_ad: ::core::option::Option<TextAdBuilderAdUpdate>,
    /// `MobileAppAdBuilderAd`: `MobileAppAdBuilderAdUpdate` (optional).
    pub mobile_app_ad_builder_ad: ::core::option::Option<MobileAppAdBuilderAdUpdate>,
    /// `CpcVideoAdBuilderAd`: `CpcVideoAdBuilderAdUpdate` (optional).
    pub cpc_video_ad_builder_ad: ::core::option::Option<CpcVideoAdBuilderAdUpdate>,
    /// `CpmBannerAdBuilderAd`: `CpmBannerAdBuilderAdUpdate` (optional).
    pub cpm_banner_ad_builder_ad: ::core::option::Option<CpmBannerAdBuilderAdUpdate>,
    /// `CpmVideoAdBuilderAd`: `CpmVideoAdBuilderAdUpdate` (optional).
    pub cpm_video_ad_builder_ad: ::core::option::Option<CpmVideoAdBuilderAdUpdate>,
    /// `SmartAdBuilderAd`: `SmartAdBuilderAdUpdate` (optional).
    pub smart_ad_builder_ad: ::core::option::Option<SmartAdBuilderAdUpdate>,
    /// `ShoppingAd`: `ShoppingAdUpdate` (optional).
    pub shopping_ad: ::core::option::Option<ShoppingAdUpdate>,
    /// `ListingAd`: `ListingAdUpdate` (optional).
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
/// `TextAdUpdateBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdUpdateBase {
    /// `VCardId`: `xsd:long` (optional, nillable).
    pub v_card_id: rt::Nullable<i64>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `CalloutSetting`: `adextensiontypes:AdExtensionSetting` (optional, nillable).
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
/// `TextAdUpdate` (`schema/direct_v5/ads.json`). Extends `TextAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdUpdate {
    /// `VCardId`: `xsd:long` (optional, nillable).
    pub v_card_id: rt::Nullable<i64>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `CalloutSetting`: `adextensiontypes:AdExtensionSetting` (optional, nillable).
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// `Text`: `xsd:string` (optional).
    pub text: ::core::option::Option<::std::string::String>,
    /// `Title`: `xsd:string` (optional).
    pub title: ::core::option::Option<::std::string::String>,
    /// `Title2`: `xsd:string` (optional, nillable).
    pub title2: rt::Nullable<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional, nillable).
    pub final_url: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `AgeLabel`: `AgeLabelEnum` (optional).
    pub age_label: ::core::option::Option<AgeLabelEnum>,
    /// `DisplayUrlPath`: `xsd:string` (optional, nillable).
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// `VideoExtension`: `VideoExtensionUpdateItem` (optional).
    pub video_extension: ::core::option::Option<VideoExtensionUpdateItem>,
    /// `PriceExtension`: `PriceExtensionUpdateItem` (optional, nillable).
    pub price_extension: rt::Nullable<PriceExtensionUpdateItem>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `PreferVCardOverBusiness`: `general:YesNoEnum` (optional, nillable).
    pub prefer_v_card_over_business: rt::Nullable<super::general::YesNoEnum>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `ResponsiveAdUpdate` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResponsiveAdUpdate {
    /// `Texts`: array of `xsd:string` (optional).
    pub texts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Titles`: array of `xsd:string` (optional).
    pub titles: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `AdImageHashes`: `general:ArrayOfString` (optional, nillable).
    pub ad_image_hashes: rt::Nullable<super::general::ArrayOfString>,
    /// `VideoExtensionIds`: `general:ArrayOfLong` (optional, nillable).
    pub video_extension_ids: rt::Nullable<super::general::ArrayOfLong>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `CalloutSetting`: `adextensiontypes:AdExtensionSetting` (optional, nillable).
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `AgeLabel`: `AgeLabelEnum` (optional).
    pub age_label: ::core::option::Option<AgeLabelEnum>,
    /// `DisplayUrlPath`: `xsd:string` (optional, nillable).
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// `PriceExtension`: `PriceExtensionUpdateItem` (optional, nillable).
    pub price_extension: rt::Nullable<PriceExtensionUpdateItem>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `DynamicTextAdUpdate` (`schema/direct_v5/ads.json`). Extends `TextAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextAdUpdate {
    /// `VCardId`: `xsd:long` (optional, nillable).
    pub v_card_id: rt::Nullable<i64>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `CalloutSetting`: `adextensiontypes:AdExtensionSetting` (optional, nillable).
    pub callout_setting: rt::Nullable<super::adextensiontypes::AdExtensionSetting>,
    /// `Text`: `xsd:string` (optional).
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
/// `MobileAppAdUpdate` (`schema/direct_v5/ads.json`). Extends `MobileAppAdBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdUpdate {
    /// `Title`: `xsd:string` (optional).
    pub title: ::core::option::Option<::std::string::String>,
    /// `Text`: `xsd:string` (optional).
    pub text: ::core::option::Option<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// `Action`: `general:MobileAppAdActionEnum` (optional).
    pub action: ::core::option::Option<super::general::MobileAppAdActionEnum>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Features`: array of `MobileAppAdFeatureItem` (optional).
    pub features: ::core::option::Option<::std::vec::Vec<MobileAppAdFeatureItem>>,
    /// `AgeLabel`: `MobAppAgeLabelEnum` (optional).
    pub age_label: ::core::option::Option<MobAppAgeLabelEnum>,
    /// `VideoExtension`: `VideoExtensionUpdateItem` (optional).
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
/// `ImageAdUpdateBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageAdUpdateBase {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `TextImageAdUpdate` (`schema/direct_v5/ads.json`). Extends `ImageAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextImageAdUpdate {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional, nillable).
    pub final_url: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
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
/// `MobileAppImageAdUpdate` (`schema/direct_v5/ads.json`). Extends `ImageAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppImageAdUpdate {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
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
/// `AdBuilderAdUpdateItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdUpdateItem {
    /// `CreativeId`: `xsd:long` (required).
    pub creative_id: i64,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `AdBuilderAdUpdateBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdBuilderAdUpdateBase {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `TextAdBuilderAdUpdate` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdBuilderAdUpdate {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional, nillable).
    pub final_url: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
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
/// `MobileAppAdBuilderAdUpdate` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdBuilderAdUpdate {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
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
/// `CpmBannerAdBuilderAdUpdate` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerAdBuilderAdUpdate {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TrackingPixels`: `general:ArrayOfString` (optional, nillable).
    pub tracking_pixels: rt::Nullable<super::general::ArrayOfString>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
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
/// `MobileAppCpcVideoAdBuilderAdUpdate` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCpcVideoAdBuilderAdUpdate {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
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
/// `CpcVideoAdBuilderAdUpdate` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpcVideoAdBuilderAdUpdate {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
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
/// `CpmVideoAdBuilderAdUpdate` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdUpdateBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmVideoAdBuilderAdUpdate {
    /// `Creative`: `AdBuilderAdUpdateItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdUpdateItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TrackingPixels`: `general:ArrayOfString` (optional, nillable).
    pub tracking_pixels: rt::Nullable<super::general::ArrayOfString>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
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
/// `AdsSelectionCriteria` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdsSelectionCriteria {
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `States`: array of `AdStateSelectionEnum` (optional).
    pub states: ::core::option::Option<::std::vec::Vec<AdStateSelectionEnum>>,
    /// `Statuses`: array of `AdStatusSelectionEnum` (optional).
    pub statuses: ::core::option::Option<::std::vec::Vec<AdStatusSelectionEnum>>,
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Types`: array of `AdTypeEnum` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<AdTypeEnum>>,
    /// `Mobile`: `general:YesNoEnum` (optional).
    pub mobile: ::core::option::Option<super::general::YesNoEnum>,
    /// `VCardIds`: array of `xsd:long` (optional).
    pub v_card_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `SitelinkSetIds`: array of `xsd:long` (optional).
    pub sitelink_set_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdImageHashes`: array of `xsd:string` (optional).
    pub ad_image_hashes: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `VCardModerationStatuses`: array of `general:ExtensionStatusSelectionEnum` (optional).
    pub v_card_moderation_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// `SitelinksModerationStatuses`: array of `general:ExtensionStatusSelectionEnum` (optional).
    pub sitelinks_moderation_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// `AdImageModerationStatuses`: array of `general:ExtensionStatusSelectionEnum` (optional).
    pub ad_image_moderation_statuses: ::core::option::Option<
        ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    >,
    /// `AdExtensionIds`: array of `xsd:long` (optional).
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
/// `TextAdGetBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGetBase {
    /// `VCardId`: `xsd:long` (optional, nillable).
    pub v_card_id: rt::Nullable<i64>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `VCardModeration`: `general:ExtensionModeration` (optional, nillable).
    pub v_card_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `SitelinksModeration`: `general:ExtensionModeration` (optional, nillable).
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdImageModeration`: `general:ExtensionModeration` (optional, nillable).
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdExtensions`: array of `AdExtensionAdGetItem` (optional).
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
/// `TextAdGet` (`schema/direct_v5/ads.json`). Extends `TextAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdGet {
    /// `VCardId`: `xsd:long` (optional, nillable).
    pub v_card_id: rt::Nullable<i64>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `VCardModeration`: `general:ExtensionModeration` (optional, nillable).
    pub v_card_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `SitelinksModeration`: `general:ExtensionModeration` (optional, nillable).
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdImageModeration`: `general:ExtensionModeration` (optional, nillable).
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdExtensions`: array of `AdExtensionAdGetItem` (optional).
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// `Text`: `xsd:string` (optional).
    pub text: ::core::option::Option<::std::string::String>,
    /// `Title`: `xsd:string` (optional).
    pub title: ::core::option::Option<::std::string::String>,
    /// `Title2`: `xsd:string` (optional, nillable).
    pub title2: rt::Nullable<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional, nillable).
    pub final_url: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `Mobile`: `general:YesNoEnum` (optional).
    pub mobile: ::core::option::Option<super::general::YesNoEnum>,
    /// `DisplayDomain`: `xsd:string` (optional, nillable).
    pub display_domain: rt::Nullable<::std::string::String>,
    /// `DisplayUrlPath`: `xsd:string` (optional, nillable).
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// `DisplayUrlPathModeration`: `general:ExtensionModeration` (optional, nillable).
    pub display_url_path_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `VideoExtension`: `VideoExtensionGetItem` (optional, nillable).
    pub video_extension: rt::Nullable<VideoExtensionGetItem>,
    /// `PriceExtension`: `PriceExtensionGetItem` (optional, nillable).
    pub price_extension: rt::Nullable<PriceExtensionGetItem>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `TurboPageModeration`: `general:ExtensionModeration` (optional, nillable).
    pub turbo_page_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `PreferVCardOverBusiness`: `general:YesNoEnum` (optional, nillable).
    pub prefer_v_card_over_business: rt::Nullable<super::general::YesNoEnum>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `ResponsiveAdGet` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResponsiveAdGet {
    /// `Texts`: array of `TextGetItem` (optional).
    pub texts: ::core::option::Option<::std::vec::Vec<TextGetItem>>,
    /// `Titles`: array of `TitleGetItem` (optional).
    pub titles: ::core::option::Option<::std::vec::Vec<TitleGetItem>>,
    /// `AdImages`: `ArrayOfAdImageGet` (optional, nillable).
    pub ad_images: rt::Nullable<ArrayOfAdImageGet>,
    /// `VideoExtensions`: `ArrayOfVideoExtensionGet` (optional, nillable).
    pub video_extensions: rt::Nullable<ArrayOfVideoExtensionGet>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `DisplayDomain`: `xsd:string` (optional, nillable).
    pub display_domain: rt::Nullable<::std::string::String>,
    /// `DisplayUrlPath`: `xsd:string` (optional, nillable).
    pub display_url_path: rt::Nullable<::std::string::String>,
    /// `DisplayUrlPathModeration`: `general:ExtensionModeration` (optional, nillable).
    pub display_url_path_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `PriceExtension`: `PriceExtensionGetItem` (optional, nillable).
    pub price_extension: rt::Nullable<PriceExtensionGetItem>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `SitelinksModeration`: `general:ExtensionModeration` (optional, nillable).
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdExtensions`: array of `AdExtensionAdGetItem` (optional).
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
/// `SmartAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `DynamicTextAdGet` (`schema/direct_v5/ads.json`). Extends `TextAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DynamicTextAdGet {
    /// `VCardId`: `xsd:long` (optional, nillable).
    pub v_card_id: rt::Nullable<i64>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `VCardModeration`: `general:ExtensionModeration` (optional, nillable).
    pub v_card_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `SitelinksModeration`: `general:ExtensionModeration` (optional, nillable).
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdImageModeration`: `general:ExtensionModeration` (optional, nillable).
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdExtensions`: array of `AdExtensionAdGetItem` (optional).
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// `Text`: `xsd:string` (optional).
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
/// `MobileAppAdGet` (`schema/direct_v5/ads.json`). Extends `MobileAppAdBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdGet {
    /// `Title`: `xsd:string` (optional).
    pub title: ::core::option::Option<::std::string::String>,
    /// `Text`: `xsd:string` (optional).
    pub text: ::core::option::Option<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
    pub tracking_url: rt::Nullable<::std::string::String>,
    /// `Action`: `general:MobileAppAdActionEnum` (optional).
    pub action: ::core::option::Option<super::general::MobileAppAdActionEnum>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Features`: array of `MobileAppAdFeatureGetItem` (optional).
    pub features: ::core::option::Option<::std::vec::Vec<MobileAppAdFeatureGetItem>>,
    /// `AdImageModeration`: `general:ExtensionModeration` (optional, nillable).
    pub ad_image_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `VideoExtension`: `VideoExtensionGetItem` (optional, nillable).
    pub video_extension: rt::Nullable<VideoExtensionGetItem>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `ImageAdGetBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageAdGetBase {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `TextImageAdGet` (`schema/direct_v5/ads.json`). Extends `ImageAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextImageAdGet {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional, nillable).
    pub final_url: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `TurboPageModeration`: `general:ExtensionModeration` (optional, nillable).
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
/// `MobileAppImageAdGet` (`schema/direct_v5/ads.json`). Extends `ImageAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppImageAdGet {
    /// `AdImageHash`: `xsd:string` (optional).
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
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
/// `AdBuilderAdGetItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdBuilderAdGetItem {
    /// `CreativeId`: `xsd:long` (required).
    pub creative_id: i64,
    /// `ThumbnailUrl`: `xsd:string` (optional).
    pub thumbnail_url: ::core::option::Option<::std::string::String>,
    /// `PreviewUrl`: `xsd:string` (optional).
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
/// `AdBuilderAdGetBase` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdBuilderAdGetBase {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
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
/// `TextAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `FinalUrl`: `xsd:string` (optional, nillable).
    pub final_url: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `TurboPageModeration`: `general:ExtensionModeration` (optional, nillable).
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
/// `MobileAppAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
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
/// `CpcVideoAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpcVideoAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `TurboPageModeration`: `general:ExtensionModeration` (optional, nillable).
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
/// `MobileAppCpcVideoAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAppCpcVideoAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `TrackingUrl`: `xsd:string` (optional, nillable).
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
/// `CpmBannerAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmBannerAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TrackingPixels`: `TrackingPixelGetArray` (optional, nillable).
    pub tracking_pixels: rt::Nullable<TrackingPixelGetArray>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `TurboPageModeration`: `general:ExtensionModeration` (optional, nillable).
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
/// `CpmVideoAdBuilderAdGet` (`schema/direct_v5/ads.json`). Extends `AdBuilderAdGetBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CpmVideoAdBuilderAdGet {
    /// `Creative`: `AdBuilderAdGetItem` (optional).
    pub creative: ::core::option::Option<AdBuilderAdGetItem>,
    /// `ErirAdDescription`: `xsd:string` (optional, nillable).
    pub erir_ad_description: rt::Nullable<::std::string::String>,
    /// `AutogeneratedErirAdDescription`: `xsd:string` (optional, nillable).
    pub autogenerated_erir_ad_description: rt::Nullable<::std::string::String>,
    /// `Href`: `xsd:string` (optional, nillable).
    pub href: rt::Nullable<::std::string::String>,
    /// `TrackingPixels`: `TrackingPixelGetArray` (optional, nillable).
    pub tracking_pixels: rt::Nullable<TrackingPixelGetArray>,
    /// `TurboPageId`: `xsd:long` (optional, nillable).
    pub turbo_page_id: rt::Nullable<i64>,
    /// `TurboPageModeration`: `general:ExtensionModeration` (optional, nillable).
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
/// `ShoppingAdGet` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ShoppingAdGet {
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `SitelinksModeration`: `general:ExtensionModeration` (optional, nillable).
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdExtensions`: array of `AdExtensionAdGetItem` (optional).
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `FeedId`: `xsd:long` (optional).
    pub feed_id: ::core::option::Option<i64>,
    /// `FeedFilterConditions`: `ArrayOfFeedFilterCondition` (optional, nillable).
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// `FeedProcessingStatus`: `FeedProcessingStatusEnum` (optional).
    pub feed_processing_status: ::core::option::Option<FeedProcessingStatusEnum>,
    /// `TitleSources`: `general:ArrayOfString` (optional, nillable).
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `TextSources`: `general:ArrayOfString` (optional, nillable).
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `DefaultTexts`: array of `xsd:string` (optional).
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
/// `ListingAdGet` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListingAdGet {
    /// `SitelinkSetId`: `xsd:long` (optional, nillable).
    pub sitelink_set_id: rt::Nullable<i64>,
    /// `SitelinksModeration`: `general:ExtensionModeration` (optional, nillable).
    pub sitelinks_moderation: rt::Nullable<super::general::ExtensionModeration>,
    /// `AdExtensions`: array of `AdExtensionAdGetItem` (optional).
    pub ad_extensions: ::core::option::Option<::std::vec::Vec<AdExtensionAdGetItem>>,
    /// `BusinessId`: `xsd:long` (optional, nillable).
    pub business_id: rt::Nullable<i64>,
    /// `FeedId`: `xsd:long` (optional).
    pub feed_id: ::core::option::Option<i64>,
    /// `FeedFilterConditions`: `ArrayOfFeedFilterCondition` (optional, nillable).
    pub feed_filter_conditions: rt::Nullable<ArrayOfFeedFilterCondition>,
    /// `FeedProcessingStatus`: `FeedProcessingStatusEnum` (optional).
    pub feed_processing_status: ::core::option::Option<FeedProcessingStatusEnum>,
    /// `TitleSources`: `general:ArrayOfString` (optional, nillable).
    pub title_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `TextSources`: `general:ArrayOfString` (optional, nillable).
    pub text_sources: rt::Nullable<super::general::ArrayOfString>,
    /// `DefaultTexts`: array of `xsd:string` (optional).
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
/// `AdGetItem` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `State`: `general:StateEnum` (optional).
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `AdCategories`: `ArrayOfAdCategoryEnum` (optional, nillable).
    pub ad_categories: rt::Nullable<ArrayOfAdCategoryEnum>,
    /// `AgeLabel`: `AgeLabelEnum` (optional, nillable).
    pub age_label: rt::Nullable<AgeLabelEnum>,
    /// `Type`: `AdTypeEnum` (optional).
    pub type_: ::core::option::Option<AdTypeEnum>,
    /// `Subtype`: `AdSubtypeEnum` (optional).
    pub subtype: ::core::option::Option<AdSubtypeEnum>,
    /// `TextAd`: `TextAdGet` (optional).
    pub text_ad: ::core::option::Option<TextAdGet>,
    /// `DynamicTextAd`: `DynamicTextAdGet` (optional).
    pub dynamic_text_ad: ::core::option::Option<DynamicTextAdGet>,
    /// `MobileAppAd`: `MobileAppAdGet` (optional).
    pub mobile_app_ad: ::core::option::Option<MobileAppAdGet>,
    /// `TextImageAd`: `TextImageAdGet` (optional).
    pub text_image_ad: ::core::option::Option<TextImageAdGet>,
    /// `MobileAppImageAd`: `MobileAppImageAdGet` (optional).
    pub mobile_app_image_ad: ::core::option::Option<MobileAppImageAdGet>,
    /// `TextAdBuilderAd`: `TextAdBuilderAdGet` (optional).
    pub text_ad_builder_ad: ::core::option::Option<TextAdBuilderAdGet>,
    /// `MobileAppAdBuilderAd`: `MobileAppAdBuilderAdGet` (optional).
    pub mobile_app_ad_builder_ad: ::core::option::Option<MobileAppAdBuilderAdGet>,
    /// `MobileAppCpcVideoAdBuilderAd`: `MobileAppCpcVideoAdBuilderAdGet` (optional).
    pub mobile_app_cpc_video_ad_builder_ad: ::core::option::Option<
        MobileAppCpcVideoAdBuilderAdGet,
    >,
    /// `CpmBannerAdBuilderAd`: `CpmBannerAdBuilderAdGet` (optional).
    pub cpm_banner_ad_builder_ad: ::core::option::Option<CpmBannerAdBuilderAdGet>,
    /// `CpcVideoAdBuilderAd`: `CpcVideoAdBuilderAdGet` (optional).
    pub cpc_video_ad_builder_ad: ::core::option::Option<CpcVideoAdBuilderAdGet>,
    /// `CpmVideoAdBuilderAd`: `CpmVideoAdBuilderAdGet` (optional).
    pub cpm_video_ad_builder_ad: ::core::option::Option<CpmVideoAdBuilderAdGet>,
    /// `SmartAdBuilderAd`: `SmartAdBuilderAdGet` (optional).
    pub smart_ad_builder_ad: ::core::option::Option<SmartAdBuilderAdGet>,
    /// `ShoppingAd`: `ShoppingAdGet` (optional).
    pub shopping_ad: ::core::option::Option<ShoppingAdGet>,
    /// `ListingAd`: `ListingAdGet` (optional).
    pub listing_ad: ::core::option::Option<ListingAdGet>,
    /// `ResponsiveAd`: `ResponsiveAdGet` (optional).
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
/// `GetRequest` (`schema/direct_v5/ads.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `AdsSelectionCriteria` (required).
    pub selection_criteria: AdsSelectionCriteria,
    /// `FieldNames`: array of `AdFieldEnum` (required).
    pub field_names: ::std::vec::Vec<AdFieldEnum>,
    /// `TextAdFieldNames`: array of `TextAdFieldEnum` (optional).
    pub text_ad_field_names: ::core::option::Option<::std::vec::Vec<TextAdFieldEnum>>,
    /// `TextAdPriceExtensionFieldNames`: array of `TextAdPriceExtensionFieldEnum` (optional).
    pub text_ad_price_extension_field_names: ::core::option::Option<
        ::std::vec::Vec<TextAdPriceExtensionFieldEnum>,
    >,
    /// `MobileAppAdFieldNames`: array of `MobileAppAdFieldEnum` (optional).
    pub mobile_app_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppAdFieldEnum>,
    >,
    /// `DynamicTextAdFieldNames`: array of `DynamicTextAdFieldEnum` (optional).
    pub dynamic_text_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<DynamicTextAdFieldEnum>,
    >,
    /// `TextImageAdFieldNames`: array of `TextImageAdFieldEnum` (optional).
    pub text_image_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<TextImageAdFieldEnum>,
    >,
    /// `MobileAppImageAdFieldNames`: array of `MobileAppImageAdFieldEnum` (optional).
    pub mobile_app_image_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppImageAdFieldEnum>,
    >,
    /// `TextAdBuilderAdFieldNames`: array of `TextAdBuilderAdFieldEnum` (optional).
    pub text_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<TextAdBuilderAdFieldEnum>,
    >,
    /// `MobileAppAdBuilderAdFieldNames`: array of `MobileAppAdBuilderAdFieldEnum` (optional).
    pub mobile_app_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppAdBuilderAdFieldEnum>,
    >,
    /// `MobileAppCpcVideoAdBuilderAdFieldNames`: array of `MobileAppCpcVideoAdBuilderAdFieldEnum` (optional).
    pub mobile_app_cpc_video_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAppCpcVideoAdBuilderAdFieldEnum>,
    >,
    /// `CpmBannerAdBuilderAdFieldNames`: array of `CpmBannerAdBuilderAdFieldEnum` (optional).
    pub cpm_banner_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmBannerAdBuilderAdFieldEnum>,
    >,
    /// `CpcVideoAdBuilderAdFieldNames`: array of `CpcVideoAdBuilderAdFieldEnum` (optional).
    pub cpc_video_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<CpcVideoAdBuilderAdFieldEnum>,
    >,
    /// `CpmVideoAdBuilderAdFieldNames`: array of `CpmVideoAdBuilderAdFieldEnum` (optional).
    pub cpm_video_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<CpmVideoAdBuilderAdFieldEnum>,
    >,
    /// `SmartAdBuilderAdFieldNames`: array of `SmartAdBuilderAdFieldEnum` (optional).
    pub smart_ad_builder_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartAdBuilderAdFieldEnum>,
    >,
    /// `ShoppingAdFieldNames`: array of `ShoppingAdFieldEnum` (optional).
    pub shopping_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<ShoppingAdFieldEnum>,
    >,
    /// `ListingAdFieldNames`: array of `ListingAdFieldEnum` (optional).
    pub listing_ad_field_names: ::core::option::Option<
        ::std::vec::Vec<ListingAdFieldEnum>,
    >,
    /// `ResponsiveAdFieldNames`: array of `ResponsiveAdFieldEnum` (optional).
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
/// `GetResponse` (`schema/direct_v5/ads.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `Ads`: array of `AdGetItem` (optional).
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
/// `AddRequest` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `Ads`: array of `AdAddItem` (required).
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
/// `AddResponse` (`schema/direct_v5/ads.json`).
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
/// `UpdateRequest` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `Ads`: array of `AdUpdateItem` (required).
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
/// `UpdateResponse` (`schema/direct_v5/ads.json`).
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
/// `DeleteRequest` (`schema/direct_v5/ads.json`).
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
/// `DeleteResponse` (`schema/direct_v5/ads.json`).
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
/// `ArchiveRequest` (`schema/direct_v5/ads.json`).
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
/// `ArchiveResponse` (`schema/direct_v5/ads.json`).
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
/// `UnarchiveRequest` (`schema/direct_v5/ads.json`).
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
/// `UnarchiveResponse` (`schema/direct_v5/ads.json`).
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
/// `SuspendRequest` (`schema/direct_v5/ads.json`).
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
/// `SuspendResponse` (`schema/direct_v5/ads.json`).
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
/// `ResumeRequest` (`schema/direct_v5/ads.json`).
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
/// `ResumeResponse` (`schema/direct_v5/ads.json`).
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
/// `ModerateRequest` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ModerateRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
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
/// `ModerateResponse` (`schema/direct_v5/ads.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModerateResponse {
    /// `ModerateResults`: array of `general:ActionResult` (optional).
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
